import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/toolbar/select.js';
import type { MeSelect, MeSelectChangeEvent } from '../../src/ui/toolbar/select.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

const statuses = [
  { value: 'new', label: 'Novo' },
  { value: 'open', label: 'Em atendimento' },
  { value: 'pending', label: 'Aguardando cliente' },
  { value: 'solved', label: 'Resolvido' },
];

function changes(el: Element) {
  const seen: Array<{ value: string; values: string[] }> = [];
  el.addEventListener('change', (e) => seen.push((e as MeSelectChangeEvent).detail));
  return seen;
}

describe('<me-select>', () => {
  useMockApi();

  describe('single', () => {
    it('is a labelled native select with a "Todos" entry, firing change with the value', async () => {
      const el = await fixture<MeSelect>(html`<me-select label="Status" placeholder="" .options=${statuses}></me-select>`);
      const select = el.shadowRoot!.querySelector('select')!;
      expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal('select');
      expect([...select.options].map((o) => o.text)).to.deep.equal(['Todos', 'Novo', 'Em atendimento', 'Aguardando cliente', 'Resolvido']);
      await expect(el).to.be.accessible();
      const seen = changes(el);
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('open');
      expect(seen.at(-1)).to.deep.equal({ value: 'open', values: ['open'] });
    });

    it('shows the value it was given', async () => {
      const el = await fixture<MeSelect>(html`<me-select label="Status" value="pending" .options=${statuses}></me-select>`);
      expect(el.shadowRoot!.querySelector('select')!.value).to.equal('pending');
    });
  });

  describe('multiple', () => {
    async function renderMulti(values: string[] = []) {
      const el = await fixture<MeSelect>(html`<me-select multiple label="Status" .options=${statuses} .values=${values}></me-select>`);
      const root = el.shadowRoot!;
      return {
        el,
        trigger: root.querySelector<HTMLButtonElement>('button')!,
        listbox: root.querySelector<HTMLElement>('[role=listbox]')!,
        options: () => [...root.querySelectorAll<HTMLElement>('[role=option]')],
      };
    }

    it('is a disclosure button named by its label and summary, with a multi-select listbox', async () => {
      const { el, trigger, listbox } = await renderMulti();
      expect(trigger.getAttribute('aria-haspopup')).to.equal('listbox');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(trigger.getAttribute('aria-labelledby')).to.equal('label summary');
      expect(textOf(trigger).trim()).to.equal('Todos');
      expect(listbox.hidden).to.be.true;
      expect(listbox.getAttribute('aria-multiselectable')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('opens with the keyboard, moves with arrows, toggles with Space and closes with Esc', async () => {
      const { el, trigger, listbox, options } = await renderMulti();
      const seen = changes(el);
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(listbox.hidden).to.be.false;
      expect(deepActiveElement()).to.equal(options()[0]);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(options()[1]);
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(options()[3]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(options().map((o) => o.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false', 'true']);
      expect(seen.at(-1)).to.deep.equal({ value: 'open,solved', values: ['open', 'solved'] });
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: ' ' }); // un-chosen options stay in the options' order
      expect(el.values).to.deep.equal(['new', 'open', 'solved']);
      await sendKeys({ press: ' ' });
      expect(el.values).to.deep.equal(['open', 'solved']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(listbox.hidden).to.be.true;
      expect(deepActiveElement()).to.equal(trigger);
      expect(textOf(trigger).trim()).to.equal('2 selecionados');
    });

    it('summarises one choice by its name and toggles by click', async () => {
      const { el, trigger, options } = await renderMulti(['pending']);
      expect(textOf(trigger).trim()).to.equal('Aguardando cliente');
      trigger.click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(options()[2]); // opens on the first chosen option
      setTimeout(() => options()[2]!.click());
      const event = (await oneEvent(el, 'change')) as MeSelectChangeEvent;
      expect(event.detail.values).to.deep.equal([]);
    });

    it('closes when focus leaves it', async () => {
      const { el, trigger, listbox } = await renderMulti();
      trigger.click();
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(listbox.hidden).to.be.true;
    });
  });

  it('speaks English', async () => {
    const el = await renderInLocale<MeSelect>('en', html`<me-select multiple label="Status" .options=${statuses} .values=${['new', 'open']}></me-select>`);
    await waitForText(el, '2 selected');
    el.values = [];
    await waitForText(el, 'All');
  });
});
