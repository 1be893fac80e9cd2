import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/toolbar/index.js';
import type { MeToolbar } from '../../src/ui/toolbar/toolbar.js';
import { mount } from './render.js';

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

  it('wraps on a narrow width: each filter takes a row', async () => {
    const el = await mount<HTMLDivElement>(html`<div style="width: 360px"><me-toolbar>
      <me-search-field></me-search-field><me-select label="Status"></me-select>
    </me-toolbar></div>`);
    const toolbar = el.querySelector('me-toolbar')!;
    await toolbar.updateComplete;
    const [search, select] = [el.querySelector('me-search-field')!, el.querySelector('me-select')!];
    expect(select.getBoundingClientRect().top).to.be.greaterThan(search.getBoundingClientRect().bottom - 1);
    expect(toolbar.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal('Filtros');
  });
});
