import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/modules/tickets/ticket-new.js';
import type { MeTicketNew } from '../../../src/modules/tickets/ticket-new.js';
import { deepQuery, FACTS, injectFault, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

async function renderForm() {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-ticket-new></me-ticket-new></me-portal>`);
  const form = portal.querySelector<MeTicketNew>('me-ticket-new')!;
  await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never showed (products)', { timeout: 4000 });
  return form;
}

/** Types into a <me-field name=…> the way a user would (the inner control's input event). */
async function fill(form: MeTicketNew, name: string, value: string) {
  const field = form.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`me-field[name="${name}"]`)!;
  await field.updateComplete;
  const control = field.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  control.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

function submitButton(form: MeTicketNew): HTMLButtonElement {
  const submit = form.shadowRoot!.querySelector('me-submit-button')!;
  return (submit.shadowRoot?.querySelector('button') ?? submit) as HTMLButtonElement;
}

async function fillValid(form: MeTicketNew) {
  await fill(form, 'productId', FACTS.products.inUse);
  await fill(form, 'module', 'SIGAFIS — Livros Fiscais');
  await fill(form, 'subject', 'Erro ao transmitir a NF-e');
  await fill(form, 'description', 'Ao transmitir a nota 1234 o sistema mostra a rejeição 539.');
  await fill(form, 'priority', 'high');
}

describe('<me-ticket-new>', () => {
  useMockApi();

  it('validates with the API schema and sends nothing while invalid', async () => {
    const form = await renderForm();
    await fill(form, 'subject', 'Erro');
    submitButton(form).click();
    await waitForText(form, 'Use pelo menos 5 caracteres.');
    expect(textOf(form)).to.contain('Preencha este campo.');
    expect(sent('POST', '/v1/tickets')).to.have.length(0);
  });

  it('opens a request with CCs, an Idempotency-Key, and fires me-ticket-created', async () => {
    const form = await renderForm();
    await fillValid(form);
    const cc = form.shadowRoot!.querySelector<HTMLInputElement>('#cc')!;
    cc.value = 'nao-e-email';
    cc.dispatchEvent(new Event('input'));
    cc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitForText(form, '“nao-e-email” não é um e-mail válido.');
    cc.value = 'carlos.lima@metalurgicapaulista.com.br';
    cc.dispatchEvent(new Event('input'));
    cc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitForText(form, 'carlos.lima@metalurgicapaulista.com.br');
    const created = oneEvent(form, 'me-ticket-created');
    submitButton(form).click();
    const { ticket } = (await created).detail;
    expect(ticket.subject).to.equal('Erro ao transmitir a NF-e');
    const [post] = sent('POST', '/v1/tickets');
    expect(post!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    expect(await post!.json()).to.deep.equal({
      organizationId: FACTS.orgs.a, productId: FACTS.products.inUse, module: 'SIGAFIS — Livros Fiscais', subject: 'Erro ao transmitir a NF-e',
      description: 'Ao transmitir a nota 1234 o sistema mostra a rejeição 539.', priority: 'high', ccEmails: ['carlos.lima@metalurgicapaulista.com.br'],
    });
  });

  it('sends one POST however fast the submit is clicked', async () => {
    const form = await renderForm();
    await fillValid(form);
    injectFault({ method: 'POST', path: '/v1/tickets', delayMs: 300 });
    const button = submitButton(form);
    button.click();
    button.click();
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await oneEvent(form, 'me-ticket-created');
    expect(sent('POST', '/v1/tickets')).to.have.length(1);
  });

  it('keeps every value on failure and retries with the same Idempotency-Key', async () => {
    const form = await renderForm();
    await fillValid(form);
    injectFault({ method: 'POST', path: '/v1/tickets', status: 503 });
    submitButton(form).click();
    await waitForText(form, 'A solicitação não foi aberta');
    const subject = form.shadowRoot!.querySelector<HTMLElement & { value: string }>('me-field[name="subject"]')!;
    expect(subject.value).to.equal('Erro ao transmitir a NF-e');
    const created = oneEvent(form, 'me-ticket-created');
    submitButton(form).click();
    await created;
    const keys = sent('POST', '/v1/tickets').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('shows the server’s field errors under their fields', async () => {
    const form = await renderForm();
    await fillValid(form);
    injectFault({ method: 'POST', path: '/v1/tickets', status: 422, body: { type: 'https://api.meu-espaco.dev/problems/validation', title: 'Dados inválidos', status: 422, errors: [{ path: 'subject', message: 'Assunto já usado hoje' }] }, headers: { 'Content-Type': 'application/problem+json' } });
    submitButton(form).click();
    await waitForText(form, 'Assunto já usado hoje');
  });

  it('uploads attachments with progress, refuses files over 25 MB, holds the request until they are settled and sends the ids', async () => {
    const form = await renderForm();
    await fillValid(form);
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File(['log de erro'], 'console.log', { type: 'text/plain' }));
    files.items.add(new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'dump.bin'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitForText(form, 'dump.bin tem');
    await waitUntil(() => sent('POST', '/v1/uploads').length === 1 && textOf(form).includes('anexado'), 'the upload never finished');
    submitButton(form).click();
    await waitForText(form, 'Remova ou envie de novo os anexos com erro.');
    expect(sent('POST', '/v1/tickets')).to.have.length(0);
    form.shadowRoot!.querySelector<HTMLButtonElement>('.upload button[aria-label="Remover dump.bin"]')!.click();
    const created = oneEvent(form, 'me-ticket-created');
    submitButton(form).click();
    await created;
    const body = await sent('POST', '/v1/tickets')[0]!.json();
    expect(body.attachmentIds).to.have.length(1);
  });

  it('is accessible', async () => {
    const form = await renderForm();
    await expect(form).to.be.accessible();
    expect(deepQuery(form, 'me-field[name="subject"]')).to.exist;
  });
});
