/**
 * Untrusted rich text (agents' `htmlBody`, the LGPD term) made safe to render. DOMPurify does
 * the work; it loads lazily on the first call, so no element's initial chunk carries it.
 *
 * Kept: basic formatting, lists, quotes, code, headings h1–h4, simple tables, and links to
 * `https:` or `mailto:` (each opening in a new tab with `rel="noopener noreferrer"`).
 * Removed: scripts, event handlers, `style`, iframes, forms, SVG/MathML, every other URL scheme
 * (`javascript:`, `data:`, `http:`, relative links).
 */
import type { Config, DOMPurify, WindowLike } from 'dompurify';

/** Turns untrusted HTML into a string that is safe to put in the DOM. */
export type Sanitize = (html: string) => string;

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small',
  'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h1', 'h2', 'h3', 'h4',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'a',
];

const CONFIG = {
  ALLOWED_TAGS,
  // `target`/`rel` are not accepted from the input: the hook below sets them on every link
  ALLOWED_ATTR: ['href', 'title', 'colspan', 'rowspan', 'scope'],
  ALLOWED_URI_REGEXP: /^(?:https:|mailto:)/i,
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'img', 'video', 'audio', 'link', 'meta', 'base'],
  FORBID_ATTR: ['style', 'target', 'rel'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
} satisfies Config;

const SPACE = /[\t\n\f\r ]/;
const NAME_END = /[\t\n\f\r />=]/;
const UNQUOTED_END = /[\t\n\f\r >]/;

/**
 * Drops event-handler (`on…`) and `style` attributes from the start tags of `html` before the
 * browser parses it. DOMPurify removes them anyway, but a page under a strict Content-Security-
 * Policy reports every inline handler and style attribute the browser parses, even into an inert
 * document (Chromium, `DOMParser`): a bank's CSP reports would fill with our sanitizer's work.
 * Start tags are read as the HTML tokenizer reads them (a quoted value may hold `>`), comments are
 * passed whole; whatever this pass leaves, DOMPurify still removes.
 */
export function stripInlineAttributes(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      out += html.slice(lt, i);
      continue;
    }
    if (!/[a-z]/i.test(html[lt + 1] ?? '')) {
      out += '<';
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && !NAME_END.test(html[j]!) ) j++;
    out += html.slice(lt, j);
    for (;;) {
      const gap = j;
      while (j < n && (SPACE.test(html[j]!) || html[j] === '/')) j++;
      if (j >= n || html[j] === '>') {
        out += html.slice(gap, Math.min(j + 1, n));
        j++;
        break;
      }
      const nameStart = j++;
      while (j < n && !NAME_END.test(html[j]!)) j++;
      const name = html.slice(nameStart, j).toLowerCase();
      let k = j;
      while (k < n && SPACE.test(html[k]!)) k++;
      if (html[k] === '=') {
        k++;
        while (k < n && SPACE.test(html[k]!)) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          k = close < 0 ? n : close + 1;
        } else {
          while (k < n && !UNQUOTED_END.test(html[k]!)) k++;
        }
        j = k;
      }
      if (!name.startsWith('on') && name !== 'style') out += html.slice(gap, j);
    }
    i = j;
  }
  return out;
}

/** A private instance: our hook and settings never leak into a host's global DOMPurify. */
function createSanitizer(factory: DOMPurify): Sanitize {
  const purifier = factory(globalThis as unknown as WindowLike);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.localName !== 'a') return;
    if (node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return (html) => purifier.sanitize(stripInlineAttributes(html), CONFIG);
}

let loading: Promise<Sanitize> | undefined;
let loaded: Sanitize | undefined;

/** Loads DOMPurify once (a lazy chunk); resolves with the synchronous sanitizer. */
export function loadSanitizer(): Promise<Sanitize> {
  loading ??= import('dompurify').then(
    (module) => (loaded = createSanitizer(module.default)),
    (error: unknown) => {
      loading = undefined; // a chunk that failed to load may load on the next try
      throw error;
    },
  );
  return loading;
}

/** The sanitizer when already loaded (no flash of unsanitized-pending content on re-render). */
export function sanitizerIfLoaded(): Sanitize | undefined {
  return loaded;
}

/** Sanitizes untrusted HTML, loading DOMPurify on first use. */
export async function sanitizeHtml(html: string): Promise<string> {
  return (loaded ?? (await loadSanitizer()))(html);
}
