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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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
  download(filename, content, type = 'application/octet-stream') {
    const blob = content instanceof Blob ? content : new Blob([content], { type });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = filename;
    anchor.rel = 'noopener';
    anchor.style.display = 'none';
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  },
  print(title, bodyHtml, css = '') {
    return new Promise((resolve) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0;pointer-events:none';
      document.body.append(frame);
      const doc = frame.contentDocument!;
      doc.open();
      doc.write(`<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>${bodyHtml}</body></html>`);
      doc.close();
      const win = frame.contentWindow!;
      const done = () => { frame.remove(); resolve(); };
      win.addEventListener('afterprint', () => setTimeout(done, 0), { once: true });
      win.focus();
      win.print();
      setTimeout(done, 60_000);
    });
  },
};
