import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { entries } from './src/entries.js';

/**
 * zod/mini's schema builders are side-effect free but not annotated as pure: without this, a
 * module importing one schema keeps every schema of the file it comes from.
 */
export const treeshake = { manualPureFunctions: ['z', 'listEnvelope'] };

/** Runtime dependencies stay external in the npm build so hosts dedupe them. */
export const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^@tanstack\//, /^dompurify$/, /^papaparse$/, /^chart\.js($|\/)/, /^msw($|\/)/];

/** The strict policy `demo/csp.html` is served with (and only it). */
export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * The demo server's two additions (`vite` only):
 * - `/cdn/*` is the built CDN file and its chunks (`dist/cdn`, which `npm start` builds first;
 *   `MEU_ESPACO_DEMO_CDN` names another directory): `demo/cdn.html` loads them as a plain page
 *   would, with no Vite transform. Missing, `/cdn/meu-espaco.js` is a script saying so.
 * - `demo/csp.html` comes with `Content-Security-Policy: ${DEMO_CSP}`.
 */
function demoPages(): Plugin {
  const cdnDir = resolve(process.env.MEU_ESPACO_DEMO_CDN || 'dist/cdn');
  const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8' };
  return {
    name: 'meu-espaco-demo-pages',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split(/[?#]/)[0]!);
        if (path === '/csp.html') res.setHeader('Content-Security-Policy', DEMO_CSP);
        if (!path.startsWith('/cdn/')) return next();
        const file = resolve(cdnDir, `.${path.slice('/cdn'.length)}`);
        res.setHeader('Cache-Control', 'no-cache');
        if (file.startsWith(cdnDir + sep) && existsSync(file) && statSync(file).isFile()) {
          res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        } else if (path === '/cdn/meu-espaco.js') {
          res.setHeader('Content-Type', types['.js']!);
          res.end(`document.body.insertAdjacentHTML('afterbegin', '<p role="alert">${relative(process.cwd(), cdnDir)}/meu-espaco.js is not built: <code>npm start</code> builds it first (or <code>npm run build</code>).</p>');\n`);
        } else {
          res.statusCode = 404;
          res.end('not found');
        }
      });
    },
  };
}

/**
 * `vite` (npm start): the demo pages on the bundled mock API.
 * `vite build`: the npm package (one ES module per entry, deps external) into dist/.
 * `vite build --mode cdn`: dist/cdn/meu-espaco.js with every dependency bundled (lazy chunks beside it).
 */
export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve') {
    return {
      root: 'demo',
      publicDir: '../public',
      plugins: [demoPages()],
      server: { port: 5173, strictPort: true, host: true, fs: { allow: ['..'] } },
      preview: { port: 5173 },
    };
  }
  if (mode === 'cdn') {
    return {
      publicDir: false,
      // the CDN file runs with no bundler after it: what a host's bundler would replace is replaced
      // here (the TanStack packages read process.env.NODE_ENV; left as is, a plain page throws
      // "process is not defined" the first time that code runs)
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: true,
        target: 'es2022',
        lib: { entry: { 'meu-espaco': 'src/cdn.ts' }, formats: ['es'] },
        rolldownOptions: { treeshake, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: { external, treeshake, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
