import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/toolbar/index.js';
import type { MeToolbar } from '../../src/ui/toolbar/toolbar.js';
import { textOf } from '../helpers/dom.js';
import { mount } from './render.js';

/** the name a screen reader gives a button: its text without aria-hidden parts */
function computeAccessibleName(button: HTMLElement): string {
  const clone = button.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[aria-hidden=true]').forEach((e) => e.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('<me-toolbar>', () => {
  it('groups the filters under a name and keeps actions at the end', async () => {
    const el = await fixture<MeToolbar>(html`<me-toolbar label="Filtrar solicitações">
      <me-search-field></me-search-field>
      <me-select label="Status" .options=${[{ value: 'open', label: 'Em atendimento' }]}></me-select>
      <me-date-range></me-date-range>
      <button slot="actions">Exportar</button>
    </me-toolbar>`);
    const group = el.shadowRoot!.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-label')).to.equal('Filtrar solicitações');
    const actions = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=actions]')!;
    expect(actions.assignedElements().map((e) => e.textContent)).to.deep.equal(['Exportar']);
    await expect(el).to.be.accessible();
  });

  it('on a phone, folds the filters behind a "Filtros" button that says how many are set; the search stays out', async () => {
    const el = await mount<HTMLDivElement>(html`<div style="width: 360px"><me-toolbar active="2">
      <me-search-field slot="search"></me-search-field><me-select label="Status"></me-select><me-date-range></me-date-range>
    </me-toolbar></div>`);
    const toolbar = el.querySelector('me-toolbar')!;
    await toolbar.updateComplete;
    const [search, select] = [el.querySelector('me-search-field')!, el.querySelector('me-select')!];
    const toggle = toolbar.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(search.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(select.getBoundingClientRect().height).to.equal(0); // folded
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(toggle).replace(/\s+/g, ' ').trim()).to.equal('Filtros 2(2 ativos) ▾');
    expect(computeAccessibleName(toggle)).to.equal('Filtros (2 ativos)');
    toggle.click();
    await toolbar.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(select.getBoundingClientRect().top).to.be.greaterThan(search.getBoundingClientRect().bottom - 1); // each takes a row
    expect(toolbar.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal('Filtros');
    await expect(toolbar).to.be.accessible();
  });

  it('shows every filter and no button when wide enough', async () => {
    const el = await mount<HTMLDivElement>(html`<div style="width: 900px"><me-toolbar>
      <me-search-field slot="search"></me-search-field><me-select label="Status"></me-select>
    </me-toolbar></div>`);
    const toolbar = el.querySelector('me-toolbar')!;
    await toolbar.updateComplete;
    expect(el.querySelector('me-select')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(toolbar.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.getBoundingClientRect().height).to.equal(0);
  });
});
