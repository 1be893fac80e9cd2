import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent } from 'storybook/test';
import '../../src/ui/toolbar/select.js';
import { expectFocus } from './focus.js';
import { findDeep, shadow } from '../support/shadow.js';

const statuses = [
  { value: 'new', label: 'Novo' },
  { value: 'open', label: 'Em atendimento' },
  { value: 'pending', label: 'Aguardando cliente' },
  { value: 'hold', label: 'Em espera' },
  { value: 'solved', label: 'Resolvido' },
  { value: 'closed', label: 'Encerrado' },
];

interface SelectArgs {
  label: string;
  multiple: boolean;
  value: string;
  values: string[];
}

const changed = fn();

const meta = {
  title: 'UI/Toolbar/Select',
  component: 'me-select',
  args: { label: 'Status', multiple: false, value: '', values: [] },
  beforeEach: () => { changed.mockClear(); },
  render: (args) => html`<div style="min-height: 300px"><me-select label=${args.label} placeholder="" .options=${statuses}
    ?multiple=${args.multiple} .value=${args.value} .values=${args.values}
    @change=${(e: CustomEvent) => changed(e.detail)}></me-select></div>`,
} satisfies Meta<SelectArgs>;

export default meta;
type Story = StoryObj<SelectArgs>;

async function select(canvasElement: HTMLElement) {
  const element = await findDeep<HTMLElement>(canvasElement, 'me-select');
  return { element, view: shadow(element) };
}

/** One choice: a native select with a "Todos" entry. */
export const Single: Story = {
  play: async ({ canvasElement }) => {
    const { view } = await select(canvasElement);
    const box = view.getByRole('combobox', { name: 'Status' });
    await userEvent.selectOptions(box, 'pending');
    expect(changed).toHaveBeenCalledWith({ value: 'pending', values: ['pending'] });
  },
};

/** Several choices: a button that opens a listbox (arrows move, Space toggles, Esc closes). */
export const Multiple: Story = {
  args: { multiple: true },
  play: async ({ canvasElement }) => {
    const { view } = await select(canvasElement);
    const trigger = view.getByRole('button', { name: 'Status Todos' });
    await userEvent.click(trigger);
    const list = view.getByRole('listbox', { name: 'Status' });
    expect(list).toBeVisible();
    await expectFocus(view.getByRole('option', { name: 'Novo' }));
    await userEvent.keyboard('{ArrowDown} {ArrowDown} ');
    expect(changed).toHaveBeenLastCalledWith({ value: 'open,pending', values: ['open', 'pending'] });
    expect(view.getByRole('option', { name: 'Em atendimento' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Escape}');
    await expectFocus(trigger);
    expect(trigger).toHaveAccessibleName('Status 2 selecionados');
  },
};

/** Chosen beforehand: the open list starts on the first chosen option. */
export const MultipleChosen: Story = {
  args: { multiple: true, values: ['solved', 'closed'] },
  play: async ({ canvasElement }) => {
    const { view } = await select(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Status 2 selecionados' }));
    await expectFocus(view.getByRole('option', { name: 'Resolvido' }));
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { multiple: true, values: ['new', 'open', 'hold'] },
  play: async ({ canvasElement }) => {
    const { view } = await select(canvasElement);
    await view.findByRole('button', { name: 'Status 3 selected' });
  },
};
