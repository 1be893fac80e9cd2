/**
 * Hostile-CSS check: the computed styles inside the widgets on a page with aggressive global CSS
 * must equal those on a clean page with the same markup, data, viewport and open states. Styles
 * are collected by `window.__pack.styles` (probe.js); this file waits for a stable snapshot,
 * compares two and writes a short report.
 */
import type { Page } from 'playwright-core';

/** path → property → computed value */
export type StyleSnapshot = Record<string, Record<string, string>>;

/** Compared on every element of a widget's shadow tree. */
export const PROPS = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'color', 'background-color',
  'text-transform', 'box-sizing', 'transform',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
];
/** Compared on the widget host elements themselves (the page may size and place them, not change their text). */
export const HOST_PROPS = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'color', 'text-transform'];

export interface StyleDiff {
  path: string;
  prop: string;
  clean: string;
  hostile: string;
}

export interface DiffResult {
  compared: number;
  diffs: StyleDiff[];
  onlyClean: string[];
  onlyHostile: string[];
}

/** Snapshots until two in a row (300 ms apart) are equal: rendering, fonts and late data have settled. */
export async function stableStyles(page: Page, hosts: string[], shells: string[]): Promise<StyleSnapshot> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const take = () => page.evaluate((spec) => (window as unknown as { __pack: { styles(s: typeof spec): StyleSnapshot } }).__pack.styles(spec),
    { hosts, shells, props: PROPS, hostProps: HOST_PROPS });
  let previous = JSON.stringify(await take());
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(300);
    const next = await take();
    const json = JSON.stringify(next);
    if (json === previous) return next;
    previous = json;
  }
  throw new Error('the widgets\' computed styles kept changing for 3 s (an animation or a late render?)');
}

export function diffStyles(clean: StyleSnapshot, hostile: StyleSnapshot): DiffResult {
  const result: DiffResult = { compared: 0, diffs: [], onlyClean: [], onlyHostile: [] };
  for (const [path, values] of Object.entries(clean)) {
    const other = hostile[path];
    if (!other) { result.onlyClean.push(path); continue; }
    result.compared++;
    for (const [prop, value] of Object.entries(values)) {
      if (other[prop] !== value) result.diffs.push({ path, prop, clean: value, hostile: other[prop] ?? '(none)' });
    }
  }
  for (const path of Object.keys(hostile)) if (!clean[path]) result.onlyHostile.push(path);
  return result;
}

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** keeps the start (the widget) and the end (the element) of a long path */
const shortPath = (path: string, max = 90) => (path.length > max ? `${path.slice(0, 30)}…${path.slice(-(max - 31))}` : path);

/** At most `maxLines` lines: the hosts' own differences, then differences grouped by property and values. */
export function formatDiff(result: DiffResult, maxLines = 40): string[] {
  const lines: string[] = [];
  const hostGroups = new Map<string, string[]>();
  for (const d of result.diffs.filter((x) => x.path.endsWith(' (host)'))) {
    const key = `${d.prop}: ${short(d.clean, 40)} → ${short(d.hostile, 40)}`;
    hostGroups.set(key, [...(hostGroups.get(key) ?? []), d.path.replace(/\[\d+\] \(host\)$/, '')]);
  }
  if (hostGroups.size) {
    lines.push('  on the widget host elements themselves (what the page sets on them):');
    for (const [key, hosts] of hostGroups) lines.push(`    ${key}  <${[...new Set(hosts)].join('>, <')}>`);
  }
  const groups = new Map<string, StyleDiff[]>();
  for (const d of result.diffs) {
    if (d.path.endsWith(' (host)')) continue;
    const key = `${d.prop}\u0000${d.clean}\u0000${d.hostile}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size) {
    lines.push('  inside the shadow roots (count × property: clean → hostile, first element):');
    const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
    for (const group of sorted) {
      const d = group[0]!;
      lines.push(`    ${String(group.length).padStart(4)}× ${d.prop}: ${short(d.clean, 36)} → ${short(d.hostile, 36)}  ${shortPath(d.path)}`);
    }
  }
  if (result.onlyClean.length || result.onlyHostile.length) {
    lines.push(`  elements only on the clean page: ${result.onlyClean.length}, only on the hostile page: ${result.onlyHostile.length} (the page changed what the widgets render)`);
    for (const path of [...result.onlyClean.slice(0, 3), ...result.onlyHostile.slice(0, 3)]) lines.push(`    ${shortPath(path, 110)}`);
  }
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), `  … ${lines.length - maxLines + 1} more lines in the full report`];
  return lines;
}

/** Every difference, one a line, for the file next to the host project. */
export function fullDiff(result: DiffResult): string {
  return [
    ...result.diffs.map((d) => `${d.path}\t${d.prop}\t${d.clean}\t${d.hostile}`),
    ...result.onlyClean.map((p) => `${p}\t(only on the clean page)`),
    ...result.onlyHostile.map((p) => `${p}\t(only on the hostile page)`),
  ].join('\n') + '\n';
}
