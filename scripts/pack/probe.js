/* global window, document, getComputedStyle */
/**
 * Injected into every host page before its own scripts (playwright `addInitScript`; plain JS
 * because tsx would wrap TypeScript functions passed to `page.evaluate` in its `__name` helper).
 * `window.__pack.violations`: every `securitypolicyviolation` of the page (the event is composed,
 * so one listener on the document also hears shadow roots). `window.__pack.styles(spec)`: the
 * computed styles inside the widgets (see style-diff.ts).
 */
(() => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push({
      directive: e.violatedDirective,
      blockedURI: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
    });
  }, true);

  // what a host page hears: the widgets' public events on the document (bubbling and composed)
  const events = [];
  for (const type of ['me-organization-change', 'me-ticket-opened', 'me-session-expired']) {
    document.addEventListener(type, (e) => events.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
  }

  const SKIP = new Set(['style', 'script', 'template', 'link', 'meta']);
  /**
   * A <slot> shows nothing itself: what it shows is the elements assigned to it, which inherit
   * from it and are compared themselves (a widget's own slotted elements; the host page's are
   * out of scope). Its fallback content is walked.
   */
  const PASS_THROUGH = new Set(['slot']);

  /**
   * Computed styles of each widget host (`hostProps`; not of `shells`) and of every element of its shadow tree,
   * deeply (`props`): the host's shadow root, the elements it renders (also those it slots into
   * nested elements) and every nested shadow root. Keyed by a path that is the same on two
   * pages with the same markup: `me-tickets[0]/#shadow/div[2]/me-data-list[0]/#shadow/…`, each
   * step the element's tag and its index among its parent's element children.
   */
  function styles({ hosts, shells, props, hostProps }) {
    const out = {};
    const pick = (element, names) => {
      const computed = getComputedStyle(element);
      const values = {};
      for (const name of names) values[name] = computed.getPropertyValue(name);
      return values;
    };
    const walk = (parent, path) => {
      let index = 0;
      for (const child of parent.children) {
        const step = `${child.localName}[${index++}]`;
        if (SKIP.has(child.localName)) continue;
        const key = `${path}/${step}`;
        if (!PASS_THROUGH.has(child.localName)) out[key] = pick(child, props);
        if (child.shadowRoot) walk(child.shadowRoot, `${key}/#shadow`);
        walk(child, key);
      }
    };
    for (const tag of hosts) {
      document.querySelectorAll(tag).forEach((host, i) => {
        const key = `${tag}[${i}]`;
        // a shell (<me-portal> composing widgets) wraps host-page content too: it must not
        // restyle it, so its own box follows the page; what it renders in its shadow root counts
        if (!shells.includes(tag)) out[`${key} (host)`] = pick(host, hostProps);
        if (host.shadowRoot) walk(host.shadowRoot, `${key}/#shadow`);
      });
    }
    return out;
  }

  window.__pack = { violations, styles, events };
})();
