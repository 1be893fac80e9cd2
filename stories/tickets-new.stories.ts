import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { injectFault } from '../src/mocks/index.js';
import '../src/modules/tickets/define.js';
import '../src/modules/tickets/ticket-new.js';
import { sharedDraftStore } from '../src/core/drafts.js';
import { apiUrl, FACTS } from './support/mock-api.js';
import { findDeep, queryDeep, shadow, visibleText } from './support/shadow.js';

/** What a user fills in (Protheus 12.1.2310 in production is `FACTS.products.inUse`). */
const VALUES = {
  productId: FACTS.products.inUse,
  productLabel: 'Protheus 12.1.2310 (12.1.2310.14) — Produção',
  module: 'SIGAFIS — Livros Fiscais',
  subject: 'Erro ao transmitir a NF-e',
  description: 'Rejeição 539 ao transmitir a nota 1234.',
  priority: 'high',
  cc: 'carlos.lima@metalurgicapaulista.com.br',
};

type Field = HTMLElement & { value: string; error?: string };
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const created = fn();
let posts = 0;

/** Counts the `POST /v1/tickets` that go out; returning nothing lets the mock API answer. */
const countPosts = http.post(apiUrl('/tickets'), () => {
  posts += 1;
});

/** The `<me-ticket-new>` of the story, once its form shows (the products came from Meus produtos). */
async function formOf(root: ParentNode): Promise<HTMLElement> {
  const el = await findDeep<HTMLElement>(root, 'me-ticket-new');
  await waitFor(() => expect(el.shadowRoot!.querySelector('form me-field[name="productId"]')).not.toBeNull());
  return el;
}

function field(form: HTMLElement, name: string): Field {
  const found = form.shadowRoot!.querySelector<Field>(`me-field[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** The native control inside a `<me-field>` (what the user types into). */
async function control<C extends Control = Control>(form: HTMLElement, name: string): Promise<C> {
  return waitFor(() => {
    const found = field(form, name).shadowRoot?.querySelector<C>('#control');
    if (!found) throw new Error(`no control in ${name}`);
    return found;
  });
}

function submitButton(form: HTMLElement): HTMLButtonElement {
  return form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;
}

function ccInput(form: HTMLElement): HTMLInputElement {
  return form.shadowRoot!.querySelector<HTMLInputElement>('#cc')!;
}

/** Fills every field as a user would (and one person in copy). */
async function fillValid(form: HTMLElement): Promise<void> {
  await userEvent.selectOptions(await control(form, 'productId'), VALUES.productId);
  await userEvent.type(await control(form, 'module'), VALUES.module);
  await userEvent.type(await control(form, 'subject'), VALUES.subject);
  await userEvent.type(await control(form, 'description'), VALUES.description);
  await userEvent.selectOptions(await control(form, 'priority'), VALUES.priority);
  await userEvent.type(ccInput(form), `${VALUES.cc}{Enter}`);
  await waitFor(() => expect(visibleText(form)).toContain(VALUES.cc));
}

/** Sets files on the hidden file input the way the browser does after "Anexar arquivos". */
function chooseFiles(form: HTMLElement, files: File[]): void {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const meta = {
  title: 'Modules/Tickets/New request',
  component: 'me-ticket-new',
  beforeEach: ({ msw }) => {
    created.mockClear();
    posts = 0;
    msw.use(countPosts);
  },
  render: () => html`<me-ticket-new @me-ticket-created=${(event: CustomEvent) => created(event.detail)}></me-ticket-new>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The empty form: the organization's products (from Meus produtos) with their environment, priority "Normal", nothing in copy. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    const product = await control<HTMLSelectElement>(form, 'productId');
    const options = [...product.options].map((option) => option.textContent!.trim());
    expect(options[0]).toBe('Selecione…');
    expect(options).toContain(VALUES.productLabel);
    expect(product.value).toBe('');
    expect(visibleText(field(form, 'productId'))).toContain('Os produtos cadastrados em Meus produtos.');
    expect(visibleText(field(form, 'module'))).toContain('Ex.: SIGAFIS — Livros Fiscais');
    expect((await control(form, 'subject')).value).toBe('');
    expect((await control(form, 'priority')).value).toBe('normal');
    const text = visibleText(form);
    expect(text).toContain('Em cópia (e-mails)');
    expect(text).toContain('Digite um e-mail e tecle Enter ou vírgula.');
    expect(text).toContain('Anexos');
    expect(text).toContain('Anexar arquivos');
    expect(text).toContain('Até 25 MB por arquivo.');
    expect(visibleText(submitButton(form))).toBe('Abrir solicitação');
    expect(shadow(form).getByRole('button', { name: 'Cancelar' })).toBeVisible();
    expect(form.shadowRoot!.querySelector('[role=alert]')).toBeNull();
  },
};

/** Submitted with a too-short subject and nothing else: a message under each invalid field, focus on the first (product), nothing sent. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    await userEvent.type(await control(form, 'subject'), 'Erro');
    await userEvent.click(submitButton(form));
    await waitFor(() => expect(visibleText(field(form, 'subject'))).toContain('Use pelo menos 5 caracteres.'));
    expect(visibleText(field(form, 'productId'))).toContain('Preencha este campo.');
    expect(visibleText(field(form, 'description'))).toContain('Preencha este campo.');
    expect(field(form, 'module').error).toBe('');
    expect(field(form, 'priority').error).toBe('');
    for (const name of ['productId', 'subject', 'description']) expect(await control(form, name)).toHaveAttribute('aria-invalid', 'true');
    // focus goes to the first invalid field in page order
    await waitFor(() => expect(form.shadowRoot!.activeElement).toBe(field(form, 'productId')));
    expect(field(form, 'productId').shadowRoot!.activeElement).toBe(await control(form, 'productId'));
    expect(posts).toBe(0);
  },
};

/** E-mails in copy become chips on Enter; one that is not an e-mail is refused with a message and stays in the input to be fixed. */
export const CcChips: Story = {
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    const input = ccInput(form);
    await userEvent.type(input, `${VALUES.cc}{Enter}`);
    const view = shadow(form);
    expect(await view.findByRole('button', { name: `Remover ${VALUES.cc}` })).toBeVisible();
    expect(input.value).toBe('');
    // user-event keeps its own copy of a shadow-root input's value and misses the form emptying it
    // (a user sees an empty input): typing over the whole of that copy starts from empty again
    await userEvent.type(input, 'nao-e-email{Enter}', { initialSelectionStart: 0, initialSelectionEnd: Number.MAX_SAFE_INTEGER });
    expect(await view.findByRole('alert')).toHaveTextContent('“nao-e-email” não é um e-mail válido.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toContain('cc-error');
    expect(input.value).toBe('nao-e-email');
    expect(form.shadowRoot!.querySelectorAll('.chip')).toHaveLength(1);
    expect(view.queryByRole('button', { name: 'Remover nao-e-email' })).toBeNull();
  },
};

/**
 * Files upload as soon as they are chosen: one still uploading (with its progress), one
 * attached, one refused by the server with its own message and retry; submitting meanwhile
 * asks to wait for the uploads.
 */
export const AttachmentUploads: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.post(apiUrl('/uploads'), async ({ request }) => {
        const file = (await request.clone().formData()).get('file');
        const name = file instanceof File ? file.name : '';
        if (name === 'registro.log') {
          await delay('infinite');
        }
        // a bare 500 with an HTML-ish reason phrase: the user reads the localized sentence, not the phrase
        if (name === 'captura.png') return new Response(null, { status: 500, statusText: 'Internal Server Error' });
        return undefined; // the mock API stores the others
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    chooseFiles(form, [
      new File(['THREAD ERROR na emissão da nota'], 'registro.log', { type: 'text/plain' }),
      new File([new Uint8Array(2048)], 'captura.png', { type: 'image/png' }),
      new File(['log de erro'], 'console.log', { type: 'text/plain' }),
    ]);
    const view = shadow(form);
    const list = await view.findByRole('list', { name: 'Anexos' });
    await waitFor(() => expect(visibleText(list)).toMatch(/console\.log \(.+\) anexado/));
    const progress = view.getByRole('progressbar', { name: 'registro.log' });
    expect(progress).toHaveAttribute('max', String(new Blob(['THREAD ERROR na emissão da nota']).size));
    expect(visibleText(list)).toMatch(/Enviando registro\.log: \d+%/);
    const failure = await view.findByRole('alert');
    expect(failure).toHaveTextContent('Falha ao enviar captura.png: O servidor respondeu com um erro (500).');
    expect(view.getByRole('button', { name: 'Enviar captura.png de novo' })).toBeVisible();
    expect(view.getByRole('button', { name: 'Remover captura.png' })).toBeVisible();
    expect(view.queryByRole('button', { name: 'Enviar console.log de novo' })).toBeNull();
    await userEvent.click(submitButton(form));
    await waitFor(() => expect(visibleText(form)).toContain('Aguarde o envio dos anexos.'));
    expect(posts).toBe(0);
  },
};

/** The server takes its time: the button says it is sending and ignores more clicks and Enter — one POST. */
export const Submitting: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.post(apiUrl('/tickets'), async () => {
        posts += 1;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    await fillValid(form);
    const button = submitButton(form);
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    expect(button).toHaveAttribute('aria-disabled', 'true');
    const sending = form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('[role=status]')!;
    expect(sending).toHaveTextContent('Enviando…');
    await userEvent.click(button);
    await userEvent.type(await control(form, 'subject'), '{Enter}');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts).toBe(1);
    expect(shadow(form).getByRole('button', { name: 'Anexar arquivos' })).toBeDisabled();
    expect(created).not.toHaveBeenCalled();
  },
};

/** The server fails (500): an alert says the request was not opened, and every typed value and the person in copy stay. */
export const ServerError: Story = {
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    await fillValid(form);
    injectFault({ method: 'POST', path: '/tickets', status: 500 });
    await userEvent.click(submitButton(form));
    const alert = await shadow(form).findByRole('alert');
    expect(alert).toHaveTextContent('A solicitação não foi aberta. Seus dados foram mantidos; tente novamente.');
    expect((await control(form, 'productId')).value).toBe(VALUES.productId);
    expect((await control(form, 'module')).value).toBe(VALUES.module);
    expect((await control(form, 'subject')).value).toBe(VALUES.subject);
    expect((await control(form, 'description')).value).toBe(VALUES.description);
    expect((await control(form, 'priority')).value).toBe(VALUES.priority);
    expect(shadow(form).getByRole('button', { name: `Remover ${VALUES.cc}` })).toBeVisible();
    expect(submitButton(form)).not.toHaveAttribute('aria-busy');
    expect(posts).toBe(1);
    expect(created).not.toHaveBeenCalled();
  },
};

/** The server refuses a field (422): its message under that field, focus on it, every other value kept. */
export const ServerFieldErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    await fillValid(form);
    injectFault({
      method: 'POST',
      path: '/tickets',
      status: 422,
      headers: { 'Content-Type': 'application/problem+json' },
      body: { type: 'https://api.meu-espaco.dev/problems/validation-failed', title: 'Dados inválidos', status: 422, errors: [{ path: 'subject', message: 'Assunto já usado hoje' }] },
    });
    await userEvent.click(submitButton(form));
    await waitFor(() => expect(visibleText(field(form, 'subject'))).toContain('Assunto já usado hoje'));
    expect(await control(form, 'subject')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(form.shadowRoot!.activeElement).toBe(field(form, 'subject')));
    const alert = shadow(form).getAllByRole('alert').find((node) => node.classList.contains('alert'))!;
    expect(alert).toHaveTextContent('A solicitação não foi aberta. Seus dados foram mantidos; tente novamente. Não foi possível enviar. Corrija os campos destacados e tente novamente.');
    expect((await control(form, 'subject')).value).toBe(VALUES.subject);
    expect((await control(form, 'description')).value).toBe(VALUES.description);
    expect((await control(form, 'productId')).value).toBe(VALUES.productId);
    expect(visibleText(form)).toContain(VALUES.cc);
  },
};

/**
 * Opened from `<me-tickets>` ("Nova solicitação"), as hosts use it: the request is created,
 * `me-ticket-created` fires with it, its number is announced and its detail opens.
 */
export const Success: Story = {
  render: () => html`<me-tickets tab="mine" style="--me-tickets-list-height: 320px"
    @me-ticket-created=${(event: CustomEvent) => created(event.detail)}></me-tickets>`,
  play: async ({ canvasElement }) => {
    const tickets = await findDeep<HTMLElement>(canvasElement, 'me-tickets');
    await userEvent.click(await shadow(tickets).findByRole('button', { name: 'Nova solicitação' }));
    const form = await formOf(tickets.shadowRoot!);
    await fillValid(form);
    await userEvent.click(submitButton(form));
    await waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    const { ticket } = created.mock.calls[0]![0] as { ticket: { id: string; number: string; subject: string; status: string } };
    expect(ticket).toMatchObject({ subject: VALUES.subject, status: 'new' });
    expect(posts).toBe(1);
    const region = await findDeep<HTMLElement>(tickets.shadowRoot!, 'me-toast-region');
    await waitFor(() => expect(region.shadowRoot!.querySelector('[role=status]')).toHaveTextContent(`Solicitação ${ticket.number} aberta com sucesso.`));
    const detail = await findDeep<HTMLElement>(tickets.shadowRoot!, 'me-drawer me-ticket-detail');
    expect(detail).toHaveAttribute('ticket-id', ticket.id);
    await waitFor(() => expect(detail.shadowRoot!.querySelector('[part=ticket]')).not.toBeNull());
    expect(visibleText(detail)).toContain(VALUES.subject);
    expect(queryDeep(tickets.shadowRoot!, 'me-ticket-new')).toBeNull();
  },
};

/** The empty form in English (the toolbar's locale). */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    await waitFor(() => expect(visibleText(submitButton(form))).toBe('Open request'));
    const product = await control<HTMLSelectElement>(form, 'productId');
    await waitFor(() => expect([...product.options].map((option) => option.textContent!.trim())).toContain('Protheus 12.1.2310 (12.1.2310.14) — Production'));
    // the kit's own catalog (ui) arrives on its own, maybe after the tickets one
    await waitFor(() => expect(product.options[0]).toHaveTextContent('Select…'));
    const text = visibleText(form);
    for (const label of ['Product', 'Module', 'Subject', 'Description', 'Priority', 'In copy (e-mails)', 'Attachments']) expect(text).toContain(label);
    expect(text).toContain('Type an e-mail and press Enter or comma.');
    expect(shadow(form).getByRole('button', { name: 'Cancel' })).toBeVisible();
  },
};

/** The empty form in Spanish (the toolbar's locale). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    await waitFor(() => expect(visibleText(submitButton(form))).toBe('Abrir solicitud'));
    const product = await control<HTMLSelectElement>(form, 'productId');
    await waitFor(() => expect([...product.options].map((option) => option.textContent!.trim())).toContain('Protheus 12.1.2310 (12.1.2310.14) — Producción'));
    await waitFor(() => expect(product.options[0]).toHaveTextContent('Seleccione…'));
    const text = visibleText(form);
    for (const label of ['Producto', 'Módulo', 'Asunto', 'Descripción', 'Prioridad', 'En copia (correos)', 'Adjuntos']) expect(text).toContain(label);
    expect(text).toContain('Escribe un correo y pulsa Enter o coma.');
    expect(shadow(form).getByRole('button', { name: 'Cancelar' })).toBeVisible();
  },
};

/** A draft from an earlier visit (a reload, a crash): the typed values are back, with "Rascunho restaurado" and "Descartar". */
export const DraftRestored: Story = {
  beforeEach: async () => {
    const store = sharedDraftStore();
    store.save({ apiBase: '/api', userId: FACTS.users.ana, organizationId: FACTS.orgs.a }, 'ticket-new', {
      productId: VALUES.productId, module: VALUES.module, subject: VALUES.subject, description: VALUES.description,
    });
    await store.flush();
  },
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    await waitFor(() => expect(form.shadowRoot!.querySelector('[part~=draft]')).not.toBeNull(), { timeout: 5000 });
    expect(visibleText(form.shadowRoot!.querySelector('[part~=draft]')!)).toMatch(/Rascunho restaurado \(salvo às \d\d:\d\d\)\. Descartar/);
    expect(field(form, 'subject').value).toBe(VALUES.subject);
    expect(field(form, 'description').value).toBe(VALUES.description);
    await userEvent.click(shadow(form).getByRole('button', { name: 'Descartar' }));
    await waitFor(() => expect(field(form, 'subject').value).toBe(''));
    expect(form.shadowRoot!.querySelector('[part~=draft]')).toBeNull();
  },
};
