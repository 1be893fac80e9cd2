/**
 * What a widget shows, as computed styles: every element of every shadow root below the given
 * hosts (and the hosts' inherited text properties), keyed by its path. Two snapshots of the same
 * widgets — on a clean page and under a host's global CSS — must be equal: any difference is the
 * page reaching inside.
 */

/** Properties a host's global rules typically change (inherited text ones and the usual resets). */
export const WATCHED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
  'color', 'background-color', 'text-transform', 'text-align', 'text-indent', 'text-shadow', 'white-space',
  'box-sizing', 'transform', 'border-top-width', 'border-top-style', 'border-top-color', 'padding-top', 'padding-left', 'margin-top',
] as const;

/** The text properties a host element's inside inherits from it. */
const INHERITED = ['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'color', 'text-transform', 'text-align', 'text-indent', 'text-shadow', 'white-space'] as const;

export type StyleSnapshot = Map<string, Record<string, string>>;

function pick(element: Element, props: readonly string[]): Record<string, string> {
  const style = getComputedStyle(element);
  return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
}

/**
 * Computed styles of everything the hosts render, keyed by path (`me-tickets[2]/#shadow/div[0]/…`),
 * and of the hosts' inherited text properties. `inside`: elements whose shadow content counts but
 * whose own box is the page's (`<me-portal>`: the host's own markup inside it takes the page's styles).
 */
export function styleSnapshot(hosts: Element[], inside: Element[] = []): StyleSnapshot {
  const snapshot: StyleSnapshot = new Map();
  const walk = (root: ParentNode, path: string) => {
    [...root.children].forEach((child, i) => {
      const key = `${path}/${child.localName}[${i}]`;
      // a slot draws no box: what it shows is slotted content, styled where that content lives
      // (<me-portal>'s slot passes the page's styles to the host's own markup, as it should)
      if (child.localName !== 'slot') snapshot.set(key, pick(child, WATCHED));
      walk(child, key);
      if (child.shadowRoot) walk(child.shadowRoot, `${key}/#shadow`);
    });
  };
  [...hosts, ...inside].forEach((host, i) => {
    const key = `${host.localName}[${i}]`;
    if (i < hosts.length) snapshot.set(key, pick(host, INHERITED));
    if (host.shadowRoot) walk(host.shadowRoot, `${key}/#shadow`);
  });
  return snapshot;
}

/** Every difference between two snapshots, one line each (`path: property clean → now`). */
export function styleDiff(before: StyleSnapshot, after: StyleSnapshot): string[] {
  const lines: string[] = [];
  for (const [key, props] of before) {
    const now = after.get(key);
    if (!now) {
      lines.push(`${key}: gone`);
      continue;
    }
    for (const [prop, value] of Object.entries(props)) if (now[prop] !== value) lines.push(`${key}: ${prop} ${value} → ${now[prop]}`);
  }
  for (const key of after.keys()) if (!before.has(key)) lines.push(`${key}: new`);
  return lines;
}
