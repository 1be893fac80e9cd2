import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../../src/ui/copy-button.js';
import { findDeep, shadow } from '../support/shadow.js';

interface CopyButtonArgs {
  value: string;
  label?: string;
}

/** A clipboard the story controls (the browser's needs focus and permission, which a test run lacks). */
const clipboard = { copyText: fn(async (_text: string) => undefined) };
const brokenClipboard = { copyText: fn(async (_text: string) => Promise.reject(new Error('denied'))) };
const copied = fn();

const meta = {
  title: 'UI/Copy button',
  component: 'me-copy-button',
  args: { value: 'T45871', label: 'Copiar o código da organização' },
  parameters: { portal: { services: clipboard } },
  beforeEach: () => {
    clipboard.copyText.mockClear();
    brokenClipboard.copyText.mockClear();
    copied.mockClear();
  },
  render: (args) => html`<div>
    <me-copy-button value=${args.value} label=${ifDefined(args.label)} @me-copy=${(event: CustomEvent) => copied(event.detail)}></me-copy-button>
  </div>`,
} satisfies Meta<CopyButtonArgs>;

export default meta;
type Story = StoryObj<CopyButtonArgs>;

async function button(canvasElement: HTMLElement) {
  const element = await findDeep<HTMLElement>(canvasElement, 'me-copy-button');
  return { element, view: shadow(element) };
}

/** Click copies the value, announces "Copiado!" politely and fires `me-copy`. */
export const Copies: Story = {
  play: async ({ canvasElement }) => {
    const { view } = await button(canvasElement);
    const trigger = view.getByRole('button', { name: 'Copiar o código da organização' });
    expect(trigger).toHaveTextContent('Copiar');
    expect(view.getByRole('status')).toHaveTextContent('');
    await userEvent.click(trigger);
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('Copiado!'));
    expect(clipboard.copyText).toHaveBeenCalledWith('T45871');
    expect(copied).toHaveBeenCalledWith({ value: 'T45871' });
  },
};

/** Without `label` the button's name is the generic "Copiar". */
export const DefaultLabel: Story = {
  args: { label: undefined, value: 'ana.carvalho@metalurgicapaulista.com.br' },
  play: async ({ canvasElement }) => {
    const { view } = await button(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Copiar' }));
    await waitFor(() => expect(clipboard.copyText).toHaveBeenCalledWith('ana.carvalho@metalurgicapaulista.com.br'));
  },
};

/** The clipboard refuses: the failure is announced and no `me-copy` fires. */
export const CopyFails: Story = {
  parameters: { portal: { services: brokenClipboard } },
  play: async ({ canvasElement }) => {
    const { view } = await button(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Copiar o código da organização' }));
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('Não foi possível copiar.'));
    expect(brokenClipboard.copyText).toHaveBeenCalledOnce();
    expect(copied).not.toHaveBeenCalled();
  },
};

/** Outside any portal there is no clipboard service: the click reports the failure instead of throwing. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const { view } = await button(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Copiar o código da organização' }));
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('Não foi possível copiar.'));
    expect(copied).not.toHaveBeenCalled();
  },
};

/** In English (toolbar locale). */
export const English: Story = {
  globals: { locale: 'en' },
  args: { label: undefined },
  play: async ({ canvasElement }) => {
    const { view } = await button(canvasElement);
    const trigger = await view.findByRole('button', { name: 'Copy' });
    await userEvent.click(trigger);
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('Copied!'));
  },
};
