import { nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadSanitizer, sanitizerIfLoaded } from '../core/sanitize.js';

/**
 * Renders untrusted HTML only after DOMPurify cleaned it (src/core/sanitize.ts). Until the
 * sanitizer chunk has loaded — or if it never loads — `fallback` shows instead (typically the
 * same content as plain text), so unsanitized markup never reaches the DOM.
 */
class SanitizedHtmlDirective extends AsyncDirective {
  #input: string | undefined;
  #output: string | undefined;

  render(html: string, fallback: unknown = nothing): unknown {
    if (html === this.#input && this.#output !== undefined) return unsafeHTML(this.#output);
    this.#input = html;
    this.#output = undefined;
    const sanitize = sanitizerIfLoaded();
    if (sanitize) {
      this.#output = sanitize(html);
      return unsafeHTML(this.#output);
    }
    loadSanitizer().then(
      (loaded) => {
        if (this.#input !== html) return; // a newer value took over meanwhile
        this.#output = loaded(html);
        if (this.isConnected) this.setValue(unsafeHTML(this.#output));
      },
      () => undefined, // keep the fallback
    );
    return fallback;
  }

  protected override reconnected(): void {
    if (this.#output !== undefined) this.setValue(unsafeHTML(this.#output));
  }
}

/** `${sanitizedHtml(comment.htmlBody, comment.body)}`: safe rich text, plain text until ready. */
export const sanitizedHtml = directive(SanitizedHtmlDirective);
