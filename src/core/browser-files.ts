/** Downloads and printing (loaded on first use by the browser services). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function download(filename: string, content: Blob | string, type = 'application/octet-stream'): void {
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
}

/**
 * A hidden iframe holding a standalone document: the title, the body markup and its stylesheet.
 * The stylesheet is adopted through the CSSOM, not written as a `<style>` element: the frame
 * inherits the host page's Content-Security-Policy, and a strict `style-src 'self'` would drop an
 * inline `<style>` (no nonce of ours can be right for every host).
 */
export function writePrintFrame(title: string, bodyHtml: string, css = ''): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0;pointer-events:none';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${bodyHtml}</body></html>`);
  doc.close();
  const sheet = new (frame.contentWindow as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
  return frame;
}

/** Prints a standalone document in a hidden iframe, so the host page's layout is never touched. */
export function print(title: string, bodyHtml: string, css = ''): Promise<void> {
  return new Promise((resolve) => {
    const frame = writePrintFrame(title, bodyHtml, css);
    const win = frame.contentWindow!;
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      frame.remove();
      resolve();
    };
    win.addEventListener('afterprint', () => setTimeout(done, 0), { once: true });
    win.focus();
    win.print();
    setTimeout(done, 60_000);
  });
}
