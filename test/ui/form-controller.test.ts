import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import * as z from 'zod/mini';
import { MeElement } from '../../src/core/element.js';
import { ApiError } from '../../src/core/errors.js';
import { TicketCreateBodySchema, type TicketCreateBody } from '../../src/core/schemas/tickets.js';
import '../../src/ui/form/index.js';
import { FormController, type SubmitContext, type SubmitResult } from '../../src/ui/form/form-controller.js';
import type { MeField } from '../../src/ui/form/field.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

type Handler = (body: TicketCreateBody, context: SubmitContext) => Promise<unknown>;

/** A host like the tickets module's "Nova solicitação" form. */
class TestTicketForm extends MeElement {
  readonly form = new FormController(this, {
    schema: TicketCreateBodySchema,
    initial: { organizationId: 'org-1', productId: 'prod-1', priority: 'normal' },
  });
  handler: Handler = async () => 'created';
  result?: SubmitResult<unknown>;

  protected override render() {
    const f = this.form;
    return html`<form novalidate @submit=${this.#submit}>
      <me-field label="Assunto" ${f.field('subject')}></me-field>
      <me-field label="Descrição" type="textarea" ${f.field('description')}></me-field>
      <me-field label="Prioridade" type="select" .options=${[{ value: 'normal', label: 'Normal' }, { value: 'high', label: 'Alta' }]} ${f.field('priority')}></me-field>
      <me-field label="Módulo" ${f.field('module')}></me-field>
      ${f.errorMessage ? html`<p role="alert">${f.errorMessage}</p>` : nothing}
      <me-submit-button ?pending=${f.pending}>Enviar</me-submit-button>
    </form>`;
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    this.result = await this.form.submit((body, context) => this.handler(body, context));
  };
}
customElements.define('test-ticket-form', TestTicketForm);

/** Two forms in one shadow root, like a ticket's reply and its rating. */
class TestTwoForms extends MeElement {
  readonly reply = new FormController(this, { schema: z.object({ body: z.string().check(z.minLength(1)) }) });
  readonly rating = new FormController(this, { schema: z.object({ rating: z.enum(['good', 'bad']), comment: z.optional(z.string()) }) });

  protected override render() {
    return html`<form class="rating">
        <label><input type="radio" name="rating" value="good" /> Bom</label>
        <me-field label="Comentário" type="textarea" ${this.rating.field('comment')}></me-field>
      </form>
      <form class="reply"><me-field label="Resposta" type="textarea" ${this.reply.field('body')}></me-field></form>`;
  }
}
customElements.define('test-two-forms', TestTwoForms);

function view(host: TestTicketForm) {
  const field = (name: string) => host.shadowRoot!.querySelector<MeField>(`me-field[name=${name}]`)!;
  const control = (name: string) => field(name).shadowRoot!.querySelector<HTMLElement>('#control')!;
  return {
    field,
    control,
    error: (name: string) => field(name).shadowRoot!.querySelector('[part=error]')?.textContent?.trim() ?? '',
    submitButton: () => host.shadowRoot!.querySelector('me-submit-button')!,
    submit: () => host.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!.click(),
    alert: () => textOf(host.shadowRoot!.querySelector('[role=alert]') ?? document.createElement('p')).trim(),
  };
}

async function typeInto(host: TestTicketForm, name: string, text: string) {
  view(host).field(name).focus();
  await sendKeys({ type: text });
  await host.updateComplete;
}

async function fill(host: TestTicketForm, values: { subject?: string; description?: string }) {
  if (values.subject) host.form.set('subject', values.subject);
  if (values.description) host.form.set('description', values.description);
  await host.updateComplete;
}

function deferred<T = unknown>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const serverError = (status: number, fieldErrors: Array<{ path: string; message: string }> = []) =>
  new ApiError({ kind: 'http', status, message: `HTTP ${status}`, title: `HTTP ${status}`, fieldErrors });

describe('FormController + <me-field> + <me-submit-button>', () => {
  useMockApi();

  it('takes required and maxlength from the API body schema', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    const v = view(host);
    expect(v.field('subject').required).to.be.true;
    expect((v.control('subject') as HTMLInputElement).maxLength).to.equal(150);
    expect((v.control('description') as HTMLTextAreaElement).maxLength).to.equal(20000);
    expect(textOf(v.field('description'))).to.contain('0 de 20.000 caracteres');
    expect(v.field('module').required).to.be.false;
    await expect(host).to.be.accessible();
  });

  it('shows a field\'s error when the user leaves it after typing, and clears it as they fix it', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    const v = view(host);
    await typeInto(host, 'subject', 'NF');
    expect(v.error('subject')).to.equal(''); // not while typing the first time
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => v.error('subject') === 'Use pelo menos 5 caracteres.');
    const control = v.control('subject');
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    expect(v.field('subject').shadowRoot!.getElementById(control.getAttribute('aria-describedby')!)!.textContent!.trim())
      .to.equal('Use pelo menos 5 caracteres.');
    await expect(host).to.be.accessible();
    await typeInto(host, 'subject', '-e rejeitada');
    await waitUntil(() => v.error('subject') === '');
    expect(control.hasAttribute('aria-invalid')).to.be.false;
  });

  it('says nothing about fields the user only tabbed through', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    view(host).field('subject').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await host.updateComplete;
    expect(view(host).error('subject')).to.equal('');
    expect(view(host).error('description')).to.equal('');
  });

  it('on submit shows every error, focuses the first invalid field and does not call the handler', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    const calls: unknown[] = [];
    host.handler = async (body) => calls.push(body);
    const v = view(host);
    await typeInto(host, 'description', 'curta');
    v.submit();
    await waitUntil(() => host.result);
    expect(host.result).to.deep.equal({ ok: false, reason: 'invalid' });
    expect(v.error('subject')).to.equal('Preencha este campo.');
    expect(v.error('description')).to.equal('Use pelo menos 10 caracteres.');
    expect(v.error('module')).to.equal('');
    expect(deepActiveElement()).to.equal(v.control('subject'));
    expect(calls).to.have.length(0);
    await expect(host).to.be.accessible();
  });

  it('speaks English', async () => {
    const host = await renderInLocale<TestTicketForm>('en', html`<test-ticket-form></test-ticket-form>`);
    await waitForText(host, '0 of 20,000 characters');
    host.form.set('description', 'short');
    await host.form.submit(async () => undefined);
    await waitForText(host, 'Fill in this field.');
    expect(view(host).error('description')).to.equal('Use at least 10 characters.');
  });

  it('explains a bad e-mail, a bad choice and passes custom schema messages through', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    host.form.set('ccEmails', ['ana@empresa.com.br', 'sem-arroba']);
    host.form.set('priority', 'altissima' as never);
    expect(host.form.validate()).to.be.false;
    await host.form.submit(async () => undefined);
    expect(host.form.error('ccEmails')).to.equal('Informe um e-mail válido, como nome@empresa.com.br.');
    expect(host.form.error('ccEmails.1')).to.equal('Informe um e-mail válido, como nome@empresa.com.br.');
    expect(view(host).error('priority')).to.equal('Escolha uma das opções.');

    const custom = new FormController(host, { schema: z.object({ code: z.string().check(z.regex(/^T\d+$/, 'Use o código da organização, como T45871.')) }) });
    custom.set('code', 'abc');
    await custom.submit(async () => undefined);
    expect(custom.error('code')).to.equal('Use o código da organização, como T45871.');
  });

  it('hands the handler the trimmed body the API expects', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    const bodies: TicketCreateBody[] = [];
    host.handler = async (body) => bodies.push(body);
    await fill(host, { subject: '  Nota fiscal rejeitada  ', description: 'A SEFAZ rejeita a NF-e com erro 539.' });
    view(host).submit();
    await waitUntil(() => host.result?.ok);
    expect(bodies).to.deep.equal([{
      organizationId: 'org-1', productId: 'prod-1', priority: 'normal',
      subject: 'Nota fiscal rejeitada', description: 'A SEFAZ rejeita a NF-e com erro 539.',
    }]);
  });

  it('cannot submit twice: the button and the controller both ignore a second submit while pending', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    const pending = deferred();
    let calls = 0;
    host.handler = () => { calls++; return pending.promise; };
    await fill(host, { subject: 'Nota fiscal rejeitada', description: 'A SEFAZ rejeita a NF-e.' });
    const v = view(host);
    v.submit();
    v.submit(); // before the host re-rendered: the controller ignores it
    await host.updateComplete;
    const button = v.submitButton();
    await button.updateComplete;
    expect(button.pending).to.be.true;
    expect(button.shadowRoot!.querySelector('button')!.getAttribute('aria-busy')).to.equal('true');
    v.submit(); // after: the button swallows it
    expect(await host.form.submit(async () => 'again')).to.deep.equal({ ok: false, reason: 'busy' });
    pending.resolve('created');
    await waitUntil(() => host.result?.ok);
    expect(calls).to.equal(1);
    await host.updateComplete;
    expect(button.pending).to.be.false;
  });

  it('keeps what the user typed when the submission fails, and reuses the Idempotency-Key on retry', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    const keys: string[] = [];
    let fail = true;
    host.handler = async (_body, { idempotencyKey }) => {
      keys.push(idempotencyKey);
      if (fail) throw serverError(503);
      return 'created';
    };
    const v = view(host);
    await typeInto(host, 'subject', 'Nota fiscal rejeitada');
    await typeInto(host, 'description', 'A SEFAZ rejeita a NF-e com erro 539.');
    v.submit();
    await waitUntil(() => host.result && !host.result.ok);
    await host.updateComplete;
    expect(v.alert()).to.equal('O servidor respondeu com um erro (503).');
    expect((v.control('subject') as HTMLInputElement).value).to.equal('Nota fiscal rejeitada');
    expect((v.control('description') as HTMLTextAreaElement).value).to.equal('A SEFAZ rejeita a NF-e com erro 539.');

    host.result = undefined;
    v.submit(); // retry, same values: same key
    await waitUntil(() => host.result);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);

    await typeInto(host, 'subject', ' 2');
    host.result = undefined;
    v.submit(); // changed values: a new action
    await waitUntil(() => host.result);
    expect(keys).to.have.length(3);
    expect(keys[2]).to.not.equal(keys[1]);

    fail = false;
    host.result = undefined;
    v.submit();
    await waitUntil(() => host.result?.ok);
    expect(keys[3]).to.equal(keys[2]);
    host.result = undefined;
    v.submit(); // succeeded before: the next submission is a new action even with the same values
    await waitUntil(() => host.result?.ok);
    expect(keys[4]).to.not.equal(keys[3]);
    await host.updateComplete;
    expect(v.alert()).to.equal('');
  });

  it('puts a 422\'s field errors under their fields, focuses the first, and keeps the others for the alert', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    host.handler = async () => {
      throw serverError(422, [
        { path: 'description', message: 'A descrição contém um anexo bloqueado.' },
        { path: 'subject', message: 'Já existe uma solicitação aberta com este assunto.' },
        { path: 'ccEmails.0', message: 'Este e-mail não pertence à organização.' },
      ]);
    };
    await fill(host, { subject: 'Nota fiscal rejeitada', description: 'A SEFAZ rejeita a NF-e.' });
    const v = view(host);
    v.submit();
    await waitUntil(() => host.result);
    await host.updateComplete;
    expect(v.error('subject')).to.equal('Já existe uma solicitação aberta com este assunto.');
    expect(v.error('description')).to.equal('A descrição contém um anexo bloqueado.');
    expect(v.alert()).to.equal('Este e-mail não pertence à organização.');
    expect(deepActiveElement()).to.equal(v.control('subject')); // first in page order
    expect((v.control('subject') as HTMLInputElement).value).to.equal('Nota fiscal rejeitada');
    await expect(host).to.be.accessible();
    await sendKeys({ type: '!' }); // focus put the caret after the text: typing adds to it
    await host.updateComplete;
    expect(host.form.value('subject')).to.equal('Nota fiscal rejeitada!');
    expect(v.error('subject')).to.equal('');
    expect(v.error('description')).to.equal('A descrição contém um anexo bloqueado.');
  });

  it('says "fix the highlighted fields" when every server error found its field; reset starts over', async () => {
    const host = await fixture<TestTicketForm>(html`<test-ticket-form></test-ticket-form>`);
    host.handler = async () => { throw serverError(400, [{ path: 'subject', message: 'Assunto inválido.' }]); };
    await fill(host, { subject: 'Nota fiscal rejeitada', description: 'A SEFAZ rejeita a NF-e.' });
    await host.form.submit(host.handler);
    await host.updateComplete;
    expect(view(host).alert()).to.equal('Não foi possível enviar. Corrija os campos destacados e tente novamente.');
    host.form.reset();
    await host.updateComplete;
    expect(view(host).error('subject')).to.equal('');
    expect(host.form.value('subject')).to.equal(undefined);
    expect(host.form.value('organizationId')).to.equal('org-1');
  });

  it('keeps two forms of one shadow root apart: real typing in one is never wiped by the other', async () => {
    const host = await fixture<TestTwoForms>(html`<test-two-forms></test-two-forms>`);
    const control = (name: string) => host.shadowRoot!.querySelector<MeField>(`me-field[name=${name}]`)!.shadowRoot!.querySelector('textarea')!;
    // a trusted input event runs microtasks between its listeners: a form taking another's field
    // re-rendered the host in between, and the field's own form read it back empty
    control('comment').focus();
    await sendKeys({ type: 'Resolveram rápido.' });
    await host.updateComplete;
    expect(control('comment').value).to.equal('Resolveram rápido.');
    expect(host.rating.value('comment')).to.equal('Resolveram rápido.');
    expect(host.reply.values).to.deep.equal({});
    host.shadowRoot!.querySelector<HTMLInputElement>('input[value=good]')!.click();
    await host.updateComplete;
    expect(host.rating.value('rating')).to.equal('good');
    expect(host.reply.values).to.deep.equal({});
    control('body').focus();
    await sendKeys({ type: 'Segue o log.' });
    await host.updateComplete;
    expect(host.reply.value('body')).to.equal('Segue o log.');
    expect(host.rating.values).to.deep.equal({ comment: 'Resolveram rápido.', rating: 'good' });
  });
});
