import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import '../../src/ui/form/field.js';
import type { FieldType } from '../../src/ui/form/field.js';
import { findDeep, shadow } from '../support/shadow.js';

interface FieldArgs {
  label: string;
  type: FieldType;
  value: string;
  hint?: string;
  error?: string;
  required: boolean;
  maxlength?: number;
}

const meta = {
  title: 'UI/Form/Field',
  component: 'me-field',
  args: { label: 'Assunto', type: 'text', value: '', hint: 'Resuma o problema em uma frase.', required: true },
  argTypes: { type: { control: 'select', options: ['text', 'email', 'tel', 'number', 'date', 'textarea', 'select'] } },
  render: (args) => html`<div style="max-width: 480px"><me-field label=${args.label} type=${args.type} .value=${args.value}
    hint=${ifDefined(args.hint)} error=${ifDefined(args.error)} ?required=${args.required} maxlength=${ifDefined(args.maxlength)}
    .options=${[{ value: 'low', label: 'Baixa' }, { value: 'normal', label: 'Normal' }, { value: 'high', label: 'Alta' }]}></me-field></div>`,
} satisfies Meta<FieldArgs>;

export default meta;
type Story = StoryObj<FieldArgs>;

async function field(canvasElement: HTMLElement) {
  return shadow(await findDeep<HTMLElement>(canvasElement, 'me-field'));
}

/** Label, required mark and hint, all tied to the input. */
export const Text: Story = {
  play: async ({ canvasElement }) => {
    const view = await field(canvasElement);
    const input = view.getByRole('textbox', { name: 'Assunto' });
    expect(input).toBeRequired();
    expect(input).toHaveAccessibleDescription('Resuma o problema em uma frase.');
    await userEvent.type(input, 'NF-e rejeitada');
    expect(input).toHaveValue('NF-e rejeitada');
  },
};

/** An error: red border, icon and text, `aria-invalid` and described by the message. */
export const WithError: Story = {
  args: { value: 'NF', error: 'Use pelo menos 5 caracteres.' },
  play: async ({ canvasElement }) => {
    const view = await field(canvasElement);
    const input = view.getByRole('textbox');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Resuma o problema em uma frase. Use pelo menos 5 caracteres.');
  },
};

/** A textarea with `maxlength` counts characters, visibly and for screen readers. */
export const TextareaWithCounter: Story = {
  args: { label: 'Descrição', type: 'textarea', maxlength: 500, hint: undefined, value: 'Erro 539' },
  play: async ({ canvasElement }) => {
    const view = await field(canvasElement);
    const area = view.getByRole('textbox', { name: 'Descrição' });
    expect(area).toHaveAccessibleDescription('8 de 500 caracteres');
    await userEvent.type(area, '!');
    expect(view.getByText('9/500')).toBeVisible();
  },
};

/** A select with its empty first choice. */
export const Select: Story = {
  args: { label: 'Prioridade', type: 'select', value: 'normal', hint: undefined },
  play: async ({ canvasElement }) => {
    const view = await field(canvasElement);
    const select = view.getByRole('combobox', { name: 'Prioridade' });
    expect(select).toHaveValue('normal');
    await userEvent.selectOptions(select, 'high');
    expect(select).toHaveValue('high');
  },
};

/** E-mail, in English. */
export const EmailInEnglish: Story = {
  globals: { locale: 'en' },
  args: { label: 'E-mail', type: 'email', hint: undefined, required: false, error: 'Enter a valid e-mail address, like name@company.com.' },
  play: async ({ canvasElement }) => {
    const view = await field(canvasElement);
    expect(view.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute('type', 'email');
  },
};
