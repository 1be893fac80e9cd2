import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { loadSanitizer, sanitizeHtml, sanitizerIfLoaded } from '../../src/core/sanitize.js';
import { HOSTILE_SNIPPETS } from '../../src/mocks/db/details.js';
import { sanitizedHtml } from '../../src/ui/sanitized-html.js';

type Flagged = Window & { __xss?: string[] };
const win = window as Flagged;

/** Every payload calls alert(): while a test runs, alert() only records that it was called. */
function trapAlerts() {
  let original: typeof window.alert;
  beforeEach(() => {
    win.__xss = [];
    original = window.alert;
    window.alert = (message?: unknown) => { win.__xss!.push(String(message)); };
  });
  afterEach(() => {
    window.alert = original;
    delete win.__xss;
  });
}

const BENIGN = '<p>Olá, <b>Ana</b>! Veja <a href="https://tdn.totvs.com/x" target="_self">o artigo</a> ou escreva para <a href="mailto:suporte@totvs.com.br">o suporte</a>.</p>'
  + '<ul><li><strong>Ambiente:</strong> produção</li></ul><table><tr><th>Campo</th><td>MV_ESTADO</td></tr></table>';

/**
 * Puts markup in the live document (where handlers and resources would fire) and waits for them.
 * fixtureSync: `fixture` waits for an animation frame, which a page in the background never gets.
 */
async function mount(markup: string): Promise<HTMLElement> {
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  await aTimeout(300);
  return host;
}

describe('sanitizeHtml', () => {
  trapAlerts();

  it('loads DOMPurify only when first asked', async () => {
    expect(sanitizerIfLoaded()).to.equal(undefined);
    const sanitize = await loadSanitizer();
    expect(sanitizerIfLoaded()).to.equal(sanitize);
    expect(await loadSanitizer()).to.equal(sanitize);
  });

  it('the trap works: the raw payloads do run when inserted unsanitized', async () => {
    await mount(HOSTILE_SNIPPETS[1]); // <img src=x onerror=alert(…)>
    await waitUntil(() => win.__xss!.length > 0, 'the control payload never ran');
    expect(win.__xss).to.deep.equal(['xss: onerror']);
  });

  it('runs none of the hostile snippets once sanitized, alone or together', async () => {
    for (const snippet of [...HOSTILE_SNIPPETS, HOSTILE_SNIPPETS.join('')]) {
      const host = await mount(await sanitizeHtml(snippet));
      for (const a of host.querySelectorAll('a')) a.click();
      await aTimeout(50);
      expect(host.querySelector('script, img, svg, iframe, style, [style], [onerror], [onload], [onclick]'), snippet).to.equal(null);
    }
    expect(win.__xss).to.deep.equal([]);
  });

  it('strips scripts, handlers, styles, frames, forms, SVG/MathML and javascript:/data: URLs', async () => {
    const out = await sanitizeHtml(HOSTILE_SNIPPETS.join('')
      + '<form action="https://evil.example"><input name="senha"></form><math><mi>x</mi></math>'
      + '<a href="data:text/html,<script>alert(1)</script>">data</a><a href=" JaVaScRiPt:alert(2)">js</a>'
      + '<a href="http://plain.example">http</a><a href="/relative">rel</a>');
    expect(out).not.to.match(/<script|onerror|onload|onclick|style=|<iframe|<svg|<form|<input|<math|javascript:|data:|http:|\/relative/i);
    // the text of a neutralized link stays readable, just not as a link
    expect(out).to.contain('Clique aqui para baixar o patch');
    expect(out).to.contain('Texto com atributos maliciosos');
  });

  it('keeps basic formatting, https and mailto links (new tab, noopener noreferrer)', async () => {
    const host = await mount(await sanitizeHtml(BENIGN));
    expect(host.querySelector('b')!.textContent).to.equal('Ana');
    expect(host.querySelector('ul li strong')).to.exist;
    expect(host.querySelector('table th')!.textContent).to.equal('Campo');
    const [https, mail] = host.querySelectorAll('a');
    expect(https!.getAttribute('href')).to.equal('https://tdn.totvs.com/x');
    expect(https!.getAttribute('target')).to.equal('_blank');
    expect(https!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(mail!.getAttribute('href')).to.equal('mailto:suporte@totvs.com.br');
    expect(mail!.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('installs its link hook on a private instance, not on the global DOMPurify', async () => {
    await loadSanitizer();
    const { default: global } = await import('dompurify');
    expect(global.sanitize('<a href="https://x.example">x</a>')).not.to.contain('target');
  });
});

describe('sanitizedHtml directive', () => {
  trapAlerts();

  it('renders the sanitized markup in a shadow root and nothing runs', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const { render } = await import('lit');
    render(html`<div class="rich">${sanitizedHtml(HOSTILE_SNIPPETS.join('') + BENIGN, 'texto')}</div>`, root);
    await waitUntil(() => root.querySelector('.rich b'), 'never rendered the sanitized HTML');
    await aTimeout(300);
    root.querySelectorAll('a').forEach((a) => a.click());
    await aTimeout(50);
    expect(win.__xss).to.deep.equal([]);
    expect(root.querySelector('.rich a[href^="https:"]')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(root.querySelector('script, img, svg, iframe, [style]')).to.equal(null);
  });
});
