import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent } from 'storybook/test';
import '../../src/ui/toolbar/search-field.js';
import { expectFocus } from './focus.js';
import { holdTimers } from '../../test/helpers/clock.js';
import { findDeep, shadow } from '../support/shadow.js';

interface SearchArgs {
  label?: string;
  value: string;
  placeholder?: string;
  hideLabel: boolean;
}

const searched = fn();

const meta = {
  title: 'UI/Toolbar/Search field',
  component: 'me-search-field',
  args: { label: 'Pesquisar solicitações', value: '', placeholder: 'Número, assunto ou produto', hideLabel: false },
  beforeEach: () => { searched.mockClear(); },
  render: (args) => html`<me-search-field label=${ifDefined(args.label)} .value=${args.value} placeholder=${ifDefined(args.placeholder)}
    ?hide-label=${args.hideLabel} @me-search=${(e: CustomEvent) => searched(e.detail)}></me-search-field>`,
} satisfies Meta<SearchArgs>;

export default meta;
type Story = StoryObj<SearchArgs>;

async function field(canvasElement: HTMLElement) {
  const element = await findDeep<HTMLElement>(canvasElement, 'me-search-field');
  return { element, view: shadow(element) };
}

/** Typing searches once the user pauses (300 ms); Enter searches at once. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const { view } = await field(canvasElement);
    const box = view.getByRole('searchbox', { name: 'Pesquisar solicitações' });
    // the 300 ms debounce runs on a held clock: what is checked does not depend on how fast this machine types
    const clock = holdTimers((ms) => ms === 300);
    try {
      await userEvent.type(box, 'SEFAZ');
      expect(searched).not.toHaveBeenCalled();
      await clock.advance(299);
      expect(searched).not.toHaveBeenCalled();
      await clock.advance(1);
      expect(searched).toHaveBeenCalledOnce();
      expect(searched).toHaveBeenLastCalledWith({ value: 'SEFAZ' });
      await userEvent.type(box, ' NF{Enter}');
      // the debounce of " NF" never ran: this search is Enter's own, and the debounce adds none
      expect(searched).toHaveBeenCalledTimes(2);
      expect(searched).toHaveBeenLastCalledWith({ value: 'SEFAZ NF' });
      await clock.advance(1000);
      expect(searched).toHaveBeenCalledTimes(2);
    } finally {
      clock.restore();
    }
  },
};

/** With text, a named clear button empties it; Esc does the same. */
export const WithValue: Story = {
  args: { value: 'nota fiscal' },
  play: async ({ canvasElement }) => {
    const { view } = await field(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Limpar pesquisa' }));
    expect(searched).toHaveBeenCalledWith({ value: '' });
    const box = view.getByRole('searchbox');
    expect(box).toHaveValue('');
    await expectFocus(box);
    expect(view.queryByRole('button', { name: 'Limpar pesquisa' })).toBeNull();
    await userEvent.type(box, 'xml{Escape}');
    expect(box).toHaveValue('');
  },
};

/** A toolbar may keep the label for screen readers only. */
export const HiddenLabel: Story = {
  args: { hideLabel: true },
  play: async ({ canvasElement }) => {
    const { view } = await field(canvasElement);
    expect(view.getByRole('searchbox', { name: 'Pesquisar solicitações' })).toBeVisible();
  },
};

/** Default label, in English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { label: undefined, value: 'x', placeholder: undefined },
  play: async ({ canvasElement }) => {
    const { view } = await field(canvasElement);
    await view.findByRole('searchbox', { name: 'Search' });
    expect(view.getByRole('button', { name: 'Clear search' })).toBeVisible();
  },
};
