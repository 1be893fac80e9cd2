import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/tabs.js';
import type { MeTabs, TabItem } from '../../src/ui/tabs.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

const tabs: TabItem[] = [
  { id: 'open', label: 'Abertas', count: 12 },
  { id: 'pending', label: 'Aguardando você', count: 3 },
  { id: 'archived', label: 'Arquivadas', hidden: true },
  { id: 'closed', label: 'Encerradas', count: 1280 },
];

async function renderTabs(selected = 'open') {
  const el = await fixture<MeTabs>(html`<me-tabs label="Solicitações" selected=${selected} .tabs=${tabs}>
    <p slot="open">Lista das abertas</p>
    <p slot="closed">Lista das encerradas</p>
    <p>Rodapé comum</p>
  </me-tabs>`);
  const changes: Array<{ id: string; previous: string }> = [];
  el.addEventListener('me-tab-change', (e) => changes.push(e.detail));
  const tabButtons = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')];
  const visiblePanel = () => el.shadowRoot!.querySelector<HTMLElement>('[role=tabpanel]:not([hidden])')!;
  return { el, changes, tabButtons, visiblePanel };
}

/** The text a screen reader gives a tab: aria-hidden parts left out. */
function accessibleName(tab: Element): string {
  const clone = tab.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden=true]').forEach((n) => n.remove());
  return clone.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<me-tabs>', () => {
  useMockApi();

  it('renders ARIA tabs with counts shown and announced; hidden tabs are left out', async () => {
    const { el, tabButtons, visiblePanel } = await renderTabs();
    const list = el.shadowRoot!.querySelector('[role=tablist]')!;
    expect(list.getAttribute('aria-label')).to.equal('Solicitações');
    expect(tabButtons().map(accessibleName)).to.deep.equal(['Abertas (12)', 'Aguardando você (3)', 'Encerradas (1.280)']);
    expect(tabButtons().map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(tabButtons().map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    const panel = visiblePanel();
    expect(el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)).to.equal(tabButtons()[0]);
    expect(tabButtons()[0]!.getAttribute('aria-controls')).to.equal(panel.id);
    expect(textOf(panel)).to.contain('Lista das abertas');
    expect(textOf(panel)).to.contain('Rodapé comum');
    await expect(el).to.be.accessible();
  });

  it('moves and selects with the arrows (wrapping), Home and End; one tab stop', async () => {
    const { el, changes, tabButtons, visiblePanel } = await renderTabs();
    tabButtons()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(tabButtons()[1]);
    expect(el.selected).to.equal('pending');
    expect(tabButtons()[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(changes).to.deep.equal([{ id: 'pending', previous: 'open' }]);
    await sendKeys({ press: 'ArrowRight' }); // skips the hidden "Arquivadas"
    expect(el.selected).to.equal('closed');
    expect(textOf(visiblePanel())).to.contain('Lista das encerradas');
    await sendKeys({ press: 'ArrowRight' });
    expect(el.selected).to.equal('open');
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.selected).to.equal('closed');
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(tabButtons()[0]);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(tabButtons()[2]);
    expect(tabButtons().map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(visiblePanel());
  });

  it('selects on click and says nothing when the tab was already selected', async () => {
    const { changes, tabButtons } = await renderTabs('closed');
    tabButtons()[2]!.click();
    tabButtons()[1]!.click();
    expect(changes).to.deep.equal([{ id: 'pending', previous: 'closed' }]);
  });

  it('skips disabled tabs and falls back to the first tab when the selected one is hidden', async () => {
    const el = await fixture<MeTabs>(html`<me-tabs label="Visões" selected="archived" .tabs=${[
      { id: 'a', label: 'A' }, { id: 'b', label: 'B', disabled: true }, { id: 'c', label: 'C' }, { id: 'archived', label: 'X', hidden: true },
    ]}></me-tabs>`);
    expect(el.current?.id).to.equal('a');
    el.shadowRoot!.querySelector<HTMLElement>('[role=tab]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.selected).to.equal('c');
    el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')[1]!.click();
    expect(el.selected).to.equal('c');
    await expect(el).to.be.accessible();
  });

  it('formats counts in English', async () => {
    const el = await renderInLocale<MeTabs>('en', html`<me-tabs label="Tickets" .tabs=${tabs}></me-tabs>`);
    await waitForText(el, '1,280');
  });
});
