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
  return (html) => purifier.sanitize(html, CONFIG);
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
