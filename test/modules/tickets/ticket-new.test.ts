import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import type { Ticket } from '../../../src/core/schemas/index.js';
import '../../../src/modules/tickets/ticket-new.js';
import type { MeTicketNew } from '../../../src/modules/tickets/ticket-new.js';
import { deepQuery, FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

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

/** The control a user sees inside a <me-field name=…>. */
function control(form: MeTicketNew, name: string) {
  return form.shadowRoot!.querySelector(`me-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')!;
}

/** Adds a CC chip the way a user does: type the address, press Enter. */
async function addCc(form: MeTicketNew, email: string) {
  const cc = form.shadowRoot!.querySelector<HTMLInputElement>('#cc')!;
  cc.value = email;
  cc.dispatchEvent(new Event('input'));
  cc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await form.updateComplete;
}

/** Chooses files in the form's (hidden) file input. */
function choose(form: MeTicketNew, ...files: File[]) {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const list = new DataTransfer();
  for (const file of files) list.items.add(file);
  input.files = list.files;
  input.dispatchEvent(new Event('change'));
}

const uploadRows = (form: MeTicketNew) => [...form.shadowRoot!.querySelectorAll<HTMLElement>('.upload')].map((li) => `${li.dataset.status}: ${textOf(li).trim()}`);

async function fillValid(form: MeTicketNew) {
  await fill(form, 'productId', FACTS.products.inUse);
  await fill(form, 'module', 'SIGAFIS — Livros Fiscais');
  await fill(form, 'subject', 'Erro ao transmitir a NF-e');
  await fill(form, 'description', 'Ao transmitir a nota 1234 o sistema mostra a rejeição 539.');
  await fill(form, 'priority', 'high');
}

describe('<me-ticket-new>', () => {
  const mockApi = useMockApi();

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
    await addCc(form, 'nao-e-email');
    await waitForText(form, '“nao-e-email” não é um e-mail válido.');
    await addCc(form, 'carlos.lima@metalurgicapaulista.com.br');
    await waitForText(form, 'carlos.lima@metalurgicapaulista.com.br');
    const created = oneEvent(form, 'me-ticket-created');
    submitButton(form).click();
    const { ticket } = (await created).detail;
    expect(ticket.subject).to.equal('Erro ao transmitir a NF-e');
    await networkIdle(); // a duplicate sent after the event is counted too
    const posts = sent('POST', '/v1/tickets');
    expect(posts, 'one POST').to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    expect(await posts[0]!.json()).to.deep.equal({
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
    submitButton(form).click(); // the form was reset: a click after success is refused by validation, not sent
    await networkIdle();
    expect(sent('POST', '/v1/tickets')).to.have.length(1);
  });

  it('keeps every value on failure and retries with the same Idempotency-Key', async () => {
    const form = await renderForm();
    await fillValid(form);
    await addCc(form, 'carlos.lima@metalurgicapaulista.com.br');
    choose(form, new File(['log de erro'], 'console.log', { type: 'text/plain' }));
    await waitUntil(() => uploadRows(form).some((row) => row.startsWith('done: console.log')), 'the upload never finished');
    injectFault({ method: 'POST', path: '/v1/tickets', status: 503 });
    submitButton(form).click();
    await waitForText(form, 'A solicitação não foi aberta');
    await form.updateComplete;
    // what the user sees in every field is still what they typed and chose
    const product = control(form, 'productId') as HTMLSelectElement;
    expect(product.value).to.equal(FACTS.products.inUse);
    expect(product.selectedOptions[0]!.textContent).to.match(/^Protheus /);
    expect(control(form, 'module').value).to.equal('SIGAFIS — Livros Fiscais');
    expect(control(form, 'subject').value).to.equal('Erro ao transmitir a NF-e');
    expect(control(form, 'description').value).to.equal('Ao transmitir a nota 1234 o sistema mostra a rejeição 539.');
    const priority = control(form, 'priority') as HTMLSelectElement;
    expect(priority.value).to.equal('high');
    expect(priority.selectedOptions[0]!.textContent!.trim()).to.equal('Alta');
    const chips = [...form.shadowRoot!.querySelectorAll('.chip')];
    expect(chips.map((chip) => textOf(chip).replace('✕', '').trim())).to.deep.equal(['carlos.lima@metalurgicapaulista.com.br']);
    expect(chips[0]!.querySelector('button')!.getAttribute('aria-label')).to.contain('carlos.lima@metalurgicapaulista.com.br');
    expect(uploadRows(form)).to.have.length(1);
    expect(uploadRows(form)[0]).to.match(/^done: console\.log \(11 \S+\) anexado$/);
    const created = oneEvent(form, 'me-ticket-created');
    submitButton(form).click();
    await created;
    await networkIdle();
    const posts = sent('POST', '/v1/tickets');
    expect(posts, 'the failed POST and its retry, nothing more').to.have.length(2);
    const keys = posts.map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[1]).to.equal(keys[0]);
    const [failed, retried] = await Promise.all(posts.map((r) => r.clone().json() as Promise<Record<string, unknown>>));
    expect(retried, 'the retry sends the very same request').to.deep.equal(failed);
    expect(failed).to.include({ productId: FACTS.products.inUse, module: 'SIGAFIS — Livros Fiscais', priority: 'high' });
    expect(failed!.ccEmails).to.deep.equal(['carlos.lima@metalurgicapaulista.com.br']);
    expect(failed!.attachmentIds).to.have.length(1);
  });

  it('shows the server’s field errors under their fields', async () => {
    const form = await renderForm();
    await fillValid(form);
    injectFault({ method: 'POST', path: '/v1/tickets', status: 422, body: { type: 'https://api.meu-espaco.dev/problems/validation', title: 'Dados inválidos', status: 422, errors: [{ path: 'subject', message: 'Assunto já usado hoje' }] }, headers: { 'Content-Type': 'application/problem+json' } });
    submitButton(form).click();
    await waitForText(form, 'Assunto já usado hoje');
  });

  it('uploads attachments as they are chosen and refuses files over 25 MB; a failed one blocks the request until removed; the ids are sent', async () => {
    const form = await renderForm();
    await fillValid(form);
    choose(form, new File(['log de erro'], 'console.log', { type: 'text/plain' }), new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'dump.bin'));
    await waitForText(form, 'dump.bin tem');
    await waitUntil(() => sent('POST', '/v1/uploads').length === 1 && textOf(form).includes('anexado'), 'the upload never finished');
    submitButton(form).click();
    await waitForText(form, 'Remova ou envie de novo os anexos com erro.');
    await networkIdle();
    expect(sent('POST', '/v1/tickets')).to.have.length(0);
    form.shadowRoot!.querySelector<HTMLButtonElement>('.upload button[aria-label="Remover dump.bin"]')!.click();
    const created = oneEvent(form, 'me-ticket-created');
    submitButton(form).click();
    await created;
    await networkIdle();
    expect(sent('POST', '/v1/uploads'), 'the file over the limit was never sent').to.have.length(1);
    const posts = sent('POST', '/v1/tickets');
    expect(posts).to.have.length(1);
    const uploaded = (await sent('POST', '/v1/uploads')[0]!.clone().formData()).get('file') as File;
    expect(uploaded.name).to.equal('console.log');
    expect((await posts[0]!.json()).attachmentIds).to.have.length(1);
  });

  it('holds the request while an upload is in flight, says so, and sends it once the upload is done', async () => {
    let finishUpload!: () => void;
    const uploadMayFinish = new Promise<void>((resolve) => { finishUpload = resolve; });
    // the upload reaches the mock, which answers only when the test lets it (then falls through to the real handler)
    mockApi().worker.use(http.post('/api/v1/uploads', async () => { await uploadMayFinish; return undefined; }));
    const form = await renderForm();
    await fillValid(form);
    choose(form, new File(['log de erro'], 'console.log', { type: 'text/plain' }));
    await waitUntil(() => sent('POST', '/v1/uploads').length === 1, 'the upload was never sent');
    await form.updateComplete;
    expect(uploadRows(form)).to.have.length(1);
    expect(uploadRows(form)[0]).to.match(/^uploading: Enviando console\.log: \d+%$/);
    submitButton(form).click();
    await waitForText(form, 'Aguarde o envio dos anexos.');
    const held = [...form.shadowRoot!.querySelectorAll('[role=alert]')].map((el) => textOf(el).trim());
    expect(held).to.include('Aguarde o envio dos anexos.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await form.updateComplete;
    expect(sent('POST', '/v1/tickets'), 'nothing sent while the upload is in flight').to.have.length(0);
    finishUpload();
    await waitUntil(() => uploadRows(form).some((row) => row.startsWith('done: console.log')), 'the upload never finished');
    await form.updateComplete;
    expect(textOf(form), 'the hold message goes once the upload is done').to.not.contain('Aguarde o envio dos anexos.');
    const created = oneEvent(form, 'me-ticket-created');
    submitButton(form).click();
    await created;
    await networkIdle();
    const posts = sent('POST', '/v1/tickets');
    expect(posts).to.have.length(1);
    const { ticket } = (await created).detail as { ticket: Ticket };
    expect((await posts[0]!.json()).attachmentIds).to.deep.equal(ticket.attachments.map((a) => a.id));
    expect(ticket.attachments.map((a) => a.name)).to.deep.equal(['console.log']);
  });

  it('is accessible', async () => {
    const form = await renderForm();
    await expect(form).to.be.accessible();
    expect(deepQuery(form, 'me-field[name="subject"]')).to.exist;
  });
});
