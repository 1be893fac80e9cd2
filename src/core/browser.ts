/**
 * The only place that touches browser services outside an element's own shadow root: the URL
 * hash (full layout), clipboard, downloads and printing. The portal hands these to widgets
 * through its context; a host (or a test) may replace them with `portal.services`.
 */
export interface BrowserServices {
  getHash(): string;
  setHash(hash: string, options?: { replace?: boolean }): void;
  onHashChange(listener: (hash: string) => void): () => void;
  copyText(text: string): Promise<void>;
  download(filename: string, content: Blob | string, type?: string): void;
  /** Prints a standalone HTML document (styles included) without touching the host page's layout. */
  print(title: string, bodyHtml: string, css?: string): Promise<void>;
}

export const defaultBrowserServices: BrowserServices = {
  getHash: () => decodeURIComponent(location.hash.replace(/^#/, '')),
  setHash(hash, options) {
    const url = `${location.pathname}${location.search}#${hash}`;
    if (options?.replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  },
  onHashChange(listener) {
    const handler = () => listener(decodeURIComponent(location.hash.replace(/^#/, '')));
    window.addEventListener('hashchange', handler);
    window.addEventListener('popstate', handler);
    return () => {
      window.removeEventListener('hashchange', handler);
      window.removeEventListener('popstate', handler);
    };
  },
  async copyText(text) {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
    throw new Error('clipboard unavailable');
  },
  // downloads and printing load on first use: most pages never need them
  download(filename, content, type) {
    void import('./browser-files.js').then((files) => files.download(filename, content, type));
  },
  print: (title, bodyHtml, css) => import('./browser-files.js').then((files) => files.print(title, bodyHtml, css)),
};
