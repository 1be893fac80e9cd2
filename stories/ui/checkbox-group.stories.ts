import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../src/ui/form/checkbox-group.js';
import type { MeCheckboxGroup } from '../../src/ui/form/checkbox-group.js';
import { findDeep, shadow } from '../support/shadow.js';

interface GroupArgs {
  label: string;
  value: string[];
  hint?: string;
  error?: string;
  disabled: boolean;
}

const OPTIONS = [
  { value: 'support', label: 'Suporte Técnico' },
  { value: 'finance', label: 'Administrativo/Financeiro' },
  { value: 'ombudsman', label: 'Ouvidoria' },
];

const meta = {
  title: 'UI/Form/Checkbox group',
  component: 'me-checkbox-group',
  args: { label: 'Áreas liberadas', value: ['support'], hint: 'O que o contato pode acessar no portal.', disabled: false },
  render: (args) => html`<div style="max-width: 560px"><me-checkbox-group label=${args.label} name="areas" .options=${OPTIONS} .value=${args.value}
    hint=${ifDefined(args.hint)} error=${ifDefined(args.error)} ?disabled=${args.disabled}></me-checkbox-group></div>`,
} satisfies Meta<GroupArgs>;

export default meta;
type Story = StoryObj<GroupArgs>;

/** A fieldset named by its legend; Space or a click toggles a choice; the value is the checked ones, in order. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await findDeep<MeCheckboxGroup>(canvasElement, 'me-checkbox-group');
    const view = shadow(el);
    expect(view.getByRole('group', { name: 'Áreas liberadas' })).toBeTruthy();
    await userEvent.click(view.getByRole('checkbox', { name: 'Ouvidoria' }));
    await waitFor(() => expect(el.value).toEqual(['support', 'ombudsman']));
    await userEvent.click(view.getByRole('checkbox', { name: 'Suporte Técnico' }));
    await waitFor(() => expect(el.value).toEqual(['ombudsman']));
  },
};

/** With an error: described on the group, every checkbox marked invalid. */
export const WithError: Story = {
  args: { value: [], error: 'Escolha ao menos uma área.' },
  play: async ({ canvasElement }) => {
    const el = await findDeep<MeCheckboxGroup>(canvasElement, 'me-checkbox-group');
    const view = shadow(el);
    expect(view.getByRole('group')).toHaveAccessibleDescription(/Escolha ao menos uma área/);
    for (const box of view.getAllByRole('checkbox')) expect(box).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Disabled: nothing can be toggled. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const el = await findDeep<MeCheckboxGroup>(canvasElement, 'me-checkbox-group');
    for (const box of shadow(el).getAllByRole('checkbox')) expect(box).toBeDisabled();
  },
};
