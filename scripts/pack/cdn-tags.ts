/**
 * Which custom elements the CDN file registers: every declaration with a `tagName` in
 * custom-elements.json, split by how the CDN entry (vite.config.ts, `--mode cdn`) reaches the
 * source file declaring it — `eager` through static imports (defined as soon as the file runs),
 * `lazy` only through a dynamic `import()` (defined when that chunk loads). So the list grows
 * with the library: a new element is expected the moment the CDN's import graph reaches it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import viteConfig from '../../vite.config.js';

export interface CdnTags {
  /** the CDN entry's source file, relative to the repository */
  entry: string;
  eager: string[];
  lazy: string[];
}

interface Manifest {
  modules: Array<{ path: string; declarations?: Array<{ tagName?: string }> }>;
}

/** `./x.js` of a TypeScript source → the file it means (x.ts, x/index.ts); bare specifiers → undefined. */
function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((file) => file.endsWith('.ts') && existsSync(file));
}

/** Runtime imports of a file: static ones (imports and re-exports, not `import type`) and `import()` calls. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = { static: [] as string[], dynamic: [] as string[] };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      found.static.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.static.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) found.dynamic.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The CDN entry named by vite.config.ts for `vite build --mode cdn`. */
function cdnEntry(root: string): string {
  const config = typeof viteConfig === 'function'
    ? viteConfig({ command: 'build', mode: 'cdn', isSsrBuild: false, isPreview: false })
    : viteConfig;
  if (config instanceof Promise) throw new Error('vite.config.ts: an async config is not supported here');
  const entry = config.build?.lib ? config.build.lib.entry : undefined;
  const files = typeof entry === 'string' ? [entry] : Array.isArray(entry) ? entry : Object.values(entry ?? {});
  if (files.length !== 1) throw new Error(`vite.config.ts --mode cdn: expected one lib entry, found ${files.length}`);
  return resolve(root, files[0]!);
}

export function cdnTags(root: string, manifestPath: string): CdnTags {
  const entry = cdnEntry(root);
  const eager = new Set<string>();
  const all = new Set<string>();
  // breadth-first over static edges from the entry (eager), then from every dynamic target (lazy)
  const walk = (start: string, into: Set<string>, lazyStarts: string[]): void => {
    const queue = [start];
    while (queue.length) {
      const file = queue.shift()!;
      if (into.has(file)) continue;
      into.add(file);
      const { static: statics, dynamic } = importsOf(file);
      for (const spec of statics) {
        const target = resolveImport(file, spec);
        if (target && !into.has(target)) queue.push(target);
      }
      for (const spec of dynamic) {
        const target = resolveImport(file, spec);
        if (target) lazyStarts.push(target);
      }
    }
  };
  const lazyStarts: string[] = [];
  walk(entry, eager, lazyStarts);
  for (const file of eager) all.add(file);
  while (lazyStarts.length) walk(lazyStarts.shift()!, all, lazyStarts);

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const tags = { eager: [] as string[], lazy: [] as string[] };
  for (const module of manifest.modules) {
    const file = resolve(root, module.path);
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      if (eager.has(file)) tags.eager.push(declaration.tagName);
      else if (all.has(file)) tags.lazy.push(declaration.tagName);
    }
  }
  return { entry: relative(root, entry), eager: tags.eager.sort(), lazy: tags.lazy.sort() };
}
