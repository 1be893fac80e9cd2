/**
 * Defines elements when a page first uses them: the CDN file registers `<me-portal>` at once and
 * each module the first time its tag appears in the document (in the markup, or added later by
 * script), so a page with one widget downloads that widget's code, not all eleven. Elements inside
 * a host's own shadow roots are out of the document's sight: `load(tag)` defines them on demand.
 */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Loads (once) the module defining `tag`; resolves when it is defined. */
  load(tag: string): Promise<void>;
  /** Stops watching the document. */
  stop(): void;
}

export function autoload(doc: Document, loaders: ElementLoaders): Autoloader {
  const tags = Object.keys(loaders);
  const loading = new Map<string, Promise<void>>();
  const load = (tag: string): Promise<void> => {
    const loader = loaders[tag];
    if (!loader) return Promise.reject(new Error(`meu-espaco: no module defines <${tag}>`));
    if (customElements.get(tag)) return Promise.resolve();
    let pending = loading.get(tag);
    if (!pending) {
      pending = loader().then(() => customElements.whenDefined(tag)).then(() => undefined);
      // a chunk that failed to arrive (network) may be asked for again by the next use
      pending.catch(() => loading.delete(tag));
      loading.set(tag, pending);
    }
    return pending;
  };
  const report = (tag: string) => {
    load(tag).catch((error: unknown) => console.error(`meu-espaco: could not load <${tag}>`, error));
  };
  const scan = (root: Element | Document) => {
    if (root instanceof Element && root.localName in loaders) report(root.localName);
    for (const tag of tags) if (!customElements.get(tag) && root.querySelector(tag)) report(tag);
  };
  scan(doc);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return { load, stop: () => observer.disconnect() };
}
