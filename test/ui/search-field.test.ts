import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/toolbar/search-field.js';
import type { MeSearchField } from '../../src/ui/toolbar/search-field.js';
import { deepActiveElement, useMockApi, waitForText } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

function parts(el: MeSearchField) {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector('input')!,
    label: root.querySelector('label')!,
    clear: () => root.querySelector<HTMLButtonElement>('button[part=clear]'),
  };
}

function record(el: HTMLElement) {
  const values: string[] = [];
  el.addEventListener('me-search', (e) => values.push(e.detail.value));
  return values;
}

describe('<me-search-field>', () => {
  useMockApi();

  it('is a labelled search box outside any portal (pt-BR)', async () => {
    const el = await fixture<MeSearchField>(html`<me-search-field></me-search-field>`);
    const { input, label } = parts(el);
    expect(label.textContent).to.equal('Pesquisar');
    expect(label.htmlFor).to.equal(input.id);
    expect(input.type).to.equal('search');
    expect(parts(el).clear()).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('searches once after a 300 ms pause in typing, not on every key', async () => {
    const el = await fixture<MeSearchField>(html`<me-search-field label="Pesquisar solicitações"></me-search-field>`);
    const searched = record(el);
    el.focus();
    await sendKeys({ type: 'nota' });
    expect(el.value).to.equal('nota');
    expect(searched).to.deep.equal([]);
    const started = performance.now();
    await waitUntil(() => searched.length > 0, 'never searched', { timeout: 1000 });
    expect(performance.now() - started).to.be.greaterThan(150);
    expect(searched).to.deep.equal(['nota']);
    await new Promise((r) => setTimeout(r, 350));
    expect(searched).to.have.length(1);
  });

  it('searches at once on Enter', async () => {
    const el = await fixture<MeSearchField>(html`<me-search-field></me-search-field>`);
    el.focus();
    await sendKeys({ type: 'fiscal' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const { detail } = await oneEvent(el, 'me-search');
    expect(detail).to.deep.equal({ value: 'fiscal' });
    await new Promise((r) => setTimeout(r, 350));
    expect(el.value).to.equal('fiscal');
  });

  it('clears with its named button, searches for everything and keeps focus in the field', async () => {
    const el = await fixture<MeSearchField>(html`<me-search-field value="boleto"></me-search-field>`);
    const clear = parts(el).clear()!;
    expect(clear.getAttribute('aria-label')).to.equal('Limpar pesquisa');
    await expect(el).to.be.accessible();
    setTimeout(() => clear.click());
    const { detail } = await oneEvent(el, 'me-search');
    expect(detail.value).to.equal('');
    expect(parts(el).input.value).to.equal('');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(parts(el).input);
    expect(parts(el).clear()).to.be.null;
  });

  it('clears on Esc', async () => {
    const el = await fixture<MeSearchField>(html`<me-search-field value="xml"></me-search-field>`);
    const searched = record(el);
    el.focus();
    await sendKeys({ press: 'Escape' });
    expect(el.value).to.equal('');
    expect(searched).to.deep.equal(['']);
  });

  it('can hide its label visually and still be named', async () => {
    const el = await fixture<MeSearchField>(html`<me-search-field hide-label label="Buscar chamados"></me-search-field>`);
    expect(parts(el).label.className).to.contain('visually-hidden');
    await expect(el).to.be.accessible();
  });

  it('speaks English and Spanish', async () => {
    const en = await renderInLocale<MeSearchField>('en', html`<me-search-field value="x"></me-search-field>`);
    await waitForText(en, 'Search');
    expect(parts(en).clear()!.getAttribute('aria-label')).to.equal('Clear search');
    const es = await renderInLocale<MeSearchField>('es', html`<me-search-field></me-search-field>`);
    await waitForText(es, 'Buscar');
  });
});
