import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/toolbar/search-field.js';
import type { MeSearchField } from '../../src/ui/toolbar/search-field.js';
import { holdTimers, restoreTimers } from '../helpers/clock.js';
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
  afterEach(() => restoreTimers());

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
    const clock = holdTimers((ms) => ms === 300); // the debounce: it fires only when the test moves the clock
    el.focus();
    await sendKeys({ type: 'no' });
    expect(searched, 'no search while typing').to.deep.equal([]);
    expect(clock.pending(), 'one 300 ms debounce timer').to.deep.equal([300]);
    await clock.advance(200);
    await sendKeys({ type: 'ta' });
    expect(clock.pending(), 'each key restarts the one timer').to.deep.equal([300]);
    await clock.advance(299);
    expect(searched, '299 ms after the last key: still no search').to.deep.equal([]);
    await clock.advance(1);
    expect(searched).to.deep.equal(['nota']);
    expect(el.value).to.equal('nota');
    await clock.advance(1000);
    expect(searched, 'searched once').to.deep.equal(['nota']);
    expect(clock.pending()).to.deep.equal([]);
  });

  it('searches at once on Enter', async () => {
    const el = await fixture<MeSearchField>(html`<me-search-field></me-search-field>`);
    const searched = record(el);
    const clock = holdTimers((ms) => ms === 300);
    el.focus();
    await sendKeys({ type: 'fiscal' });
    expect(clock.pending(), 'the debounce is waiting').to.deep.equal([300]);
    await sendKeys({ press: 'Enter' });
    // the held debounce never ran: the search came from Enter itself
    expect(searched).to.deep.equal(['fiscal']);
    expect(clock.pending(), 'Enter dropped the pending debounce').to.deep.equal([]);
    await clock.advance(1000);
    expect(searched, 'no second search once the debounce would have fired').to.deep.equal(['fiscal']);
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
