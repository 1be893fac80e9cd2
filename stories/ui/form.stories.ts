import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { define } from '../../src/core/define.js';
import { MeElement } from '../../src/core/element.js';
import { ApiError } from '../../src/core/errors.js';
import { TicketCreateBodySchema, type TicketCreateBody } from '../../src/core/schemas/tickets.js';
import { tokens } from '../../src/core/theme.js';
import { FormController, type SubmitContext } from '../../src/ui/form/index.js';
import { expectFocus } from './focus.js';
import { findDeep, shadow } from '../support/shadow.js';

type Outcome = 'success' | 'field-errors' | 'server-error';

/** What a module's form looks like with the kit: the ticket body schema drives validation. */
class MeExampleTicketForm extends MeElement {
  static override styles = [tokens];
  static override properties = { outcome: {} };
  outcome: Outcome = 'success';
  onSend: (body: TicketCreateBody, context: SubmitContext) => void = () => undefined;
  readonly form = new FormController(this, {
    schema: TicketCreateBodySchema,
    initial: { organizationId: 'org-1', productId: 'prod-1', priority: 'normal' },
  });

  protected override render() {
    const f = this.form;
    return html`<form novalidate style="display: grid; gap: 12px; max-width: 520px" @submit=${this.#submit}>
      <me-field label="Assunto" ${f.field('subject')}></me-field>
      <me-field label="Descrição" type="textarea" hint="Passos, mensagens de erro, desde quando." ${f.field('description')}></me-field>
      <me-field label="Prioridade" type="select" .options=${[{ value: 'normal', label: 'Normal' }, { value: 'high', label: 'Alta' }]} ${f.field('priority')}></me-field>
      ${f.errorMessage ? html`<p role="alert" style="margin: 0">${f.errorMessage}</p>` : nothing}
      <div><me-submit-button ?pending=${f.pending}>Enviar solicitação</me-submit-button></div>
    </form>`;
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    await this.form.submit(async (body, context) => {
      this.onSend(body, context);
      await new Promise((r) => setTimeout(r, 300));
      if (this.outcome === 'field-errors') {
        throw new ApiError({ kind: 'http', status: 422, message: '422', fieldErrors: [{ path: 'subject', message: 'Já existe uma solicitação aberta com este assunto.' }] });
      }
      if (this.outcome === 'server-error') throw new ApiError({ kind: 'http', status: 503, message: '503', title: 'HTTP 503' });
    });
  };
}
define('me-example-ticket-form', MeExampleTicketForm);

const sent = fn();

const meta = {
  title: 'UI/Form/FormController',
  args: { outcome: 'success' as Outcome },
  argTypes: { outcome: { control: 'inline-radio', options: ['success', 'field-errors', 'server-error'] } },
  beforeEach: () => { sent.mockClear(); },
  render: (args) => html`<me-example-ticket-form .outcome=${args.outcome} .onSend=${sent}></me-example-ticket-form>`,
} satisfies Meta<{ outcome: Outcome }>;

export default meta;
type Story = StoryObj<{ outcome: Outcome }>;

async function form(canvasElement: HTMLElement) {
  const element = await findDeep<MeExampleTicketForm>(canvasElement, 'me-example-ticket-form');
  const fields = (name: string) => shadow(element.shadowRoot!.querySelector(`me-field[name=${name}]`)!);
  const button = () => shadow(element.shadowRoot!.querySelector('me-submit-button')!).getByRole('button', { name: /Enviar solicitação/ });
  return { element, view: shadow(element), fields, button };
}

/** Submitting empty: every error appears, focus goes to the first invalid field. */
export const ValidationOnSubmit: Story = {
  play: async ({ canvasElement }) => {
    const { fields, button } = await form(canvasElement);
    await userEvent.click(button());
    const subject = fields('subject').getByRole('textbox', { name: 'Assunto' });
    await expectFocus(subject);
    expect(subject).toHaveAccessibleDescription('Preencha este campo.');
    expect(fields('description').getByRole('textbox')).toHaveAccessibleDescription('Passos, mensagens de erro, desde quando. Preencha este campo. 0 de 20.000 caracteres');
    expect(sent).not.toHaveBeenCalled();
  },
};

/** A field left too short says so when the user leaves it. */
export const ValidationOnBlur: Story = {
  play: async ({ canvasElement }) => {
    const { fields } = await form(canvasElement);
    const subject = fields('subject').getByRole('textbox');
    await userEvent.type(subject, 'NF');
    await userEvent.tab();
    await waitFor(() => expect(subject).toHaveAccessibleDescription('Use pelo menos 5 caracteres.'));
  },
};

async function fillAndSend(canvasElement: HTMLElement) {
  const parts = await form(canvasElement);
  await userEvent.type(parts.fields('subject').getByRole('textbox'), 'NF-e rejeitada');
  await userEvent.type(parts.fields('description').getByRole('textbox'), 'A SEFAZ rejeita com o erro 539.');
  await userEvent.click(parts.button());
  return parts;
}

/** Sending: the button is busy and ignores more clicks; the body is the schema's (trimmed) output. */
export const Sends: Story = {
  play: async ({ canvasElement }) => {
    const { button } = await fillAndSend(canvasElement);
    await waitFor(() => expect(button()).toHaveAttribute('aria-busy', 'true'));
    await userEvent.click(button());
    await waitFor(() => expect(button()).not.toHaveAttribute('aria-busy'));
    expect(sent).toHaveBeenCalledOnce();
    expect(sent.mock.calls[0]![0]).toMatchObject({ subject: 'NF-e rejeitada', priority: 'normal' });
    expect(sent.mock.calls[0]![1].idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  },
};

/** The server's 422 lands under its field; what the user typed stays. */
export const ServerFieldErrors: Story = {
  args: { outcome: 'field-errors' },
  play: async ({ canvasElement }) => {
    const { fields, view } = await fillAndSend(canvasElement);
    const subject = fields('subject').getByRole('textbox');
    await waitFor(() => expect(subject).toHaveAccessibleDescription('Já existe uma solicitação aberta com este assunto.'));
    await expectFocus(subject);
    expect(subject).toHaveValue('NF-e rejeitada');
    expect(view.getByRole('alert')).toHaveTextContent('Corrija os campos destacados');
  },
};

/** A failure keeps the values; retrying sends the same Idempotency-Key. */
export const ServerErrorAndRetry: Story = {
  args: { outcome: 'server-error' },
  play: async ({ canvasElement }) => {
    const { view, fields, button } = await fillAndSend(canvasElement);
    await waitFor(() => expect(view.getByRole('alert')).toHaveTextContent('O servidor respondeu com um erro (503).'));
    expect(fields('description').getByRole('textbox')).toHaveValue('A SEFAZ rejeita com o erro 539.');
    await userEvent.click(button());
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(2));
    expect(sent.mock.calls[1]![1].idempotencyKey).toBe(sent.mock.calls[0]![1].idempotencyKey);
  },
};

/** Messages in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const { fields, button } = await form(canvasElement);
    await userEvent.click(button());
    await waitFor(() => expect(fields('subject').getByRole('textbox')).toHaveAccessibleDescription('Fill in this field.'));
  },
};
