import { expect, html, waitUntil } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { MeElement } from '../../src/core/element.js';
import { defineMessages, MessagesController } from '../../src/core/i18n.js';
import { renderPortal, useMockApi } from '../helpers/portal.js';

let release: () => void = () => undefined;
const slow = defineMessages('test-slow', { 'hello': 'Olá' }, {
  en: () => new Promise((resolve) => { release = () => resolve({ default: { hello: 'Hello' } }); }),
  es: () => Promise.reject(new Error('chunk failed')),
});
let releaseStuck: () => void = () => undefined;
const stuck = defineMessages('test-stuck', { 'bye': 'Tchau' }, {
  en: () => new Promise((resolve) => { releaseStuck = () => resolve({ default: { bye: 'Bye' } }); }),
  es: () => new Promise(() => undefined),
});

class StuckProbe extends MeElement {
  readonly #t = new MessagesController(this, stuck);
  protected override render() {
    return html`<p>${this.#t.t('bye')}</p>`;
  }
}
define('test-i18n-stuck', StuckProbe);

/** Records each render's language and text. */
class I18nProbe extends MeElement {
  readonly shown: string[] = [];
  readonly #t = new MessagesController(this, slow);
  protected override render() {
    const text = this.#t.t('hello');
    this.shown.push(`${this.locale}:${text}`);
    return html`<p>${text}</p>`;
  }
}
define('test-i18n-probe', I18nProbe);

describe('catalogs (core/i18n.ts)', () => {
  useMockApi();

  it('renders a widget in English only once its English strings are in: no flash of Portuguese', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale="en"><test-i18n-probe></test-i18n-probe></me-portal>`);
    const probe = portal.querySelector<I18nProbe>('test-i18n-probe')!;
    await waitUntil(() => probe.locale === 'en', 'the portal never gave its language');
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('Hello'), 'English never showed');
    expect(probe.shown.filter((entry) => entry.startsWith('en:'))).to.deep.equal(['en:Hello']); // one render, in English
  });

  it('falls back to Portuguese when a language chunk cannot load', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale="es"><test-i18n-probe></test-i18n-probe></me-portal>`);
    const probe = portal.querySelector<I18nProbe>('test-i18n-probe')!;
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('Olá'), 'nothing rendered after the failed chunk');
  });

  it('does not freeze on a language chunk stuck on the network: pt-BR after a few seconds, the language when it arrives', async function () {
    this.timeout(10000);
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale="en"><test-i18n-stuck></test-i18n-stuck></me-portal>`);
    const probe = portal.querySelector('test-i18n-stuck')!;
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('Tchau'), 'never rendered while the chunk was stuck', { timeout: 6000 });
    // later updates do not wait for the stuck chunk again
    (probe as StuckProbe).requestUpdate();
    const next = await Promise.race([(probe as StuckProbe).updateComplete.then(() => 'rendered'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 1000))]);
    expect(next).to.equal('rendered');
    releaseStuck();
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('Bye'), 'the language never came once it arrived');
  });
});
