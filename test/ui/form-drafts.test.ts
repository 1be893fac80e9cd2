/**
 * Drafts that survive a reload (core/drafts.ts through the form kit's `draft` option): typed for
 * real, the page's widgets removed and rendered again (what a reload does to them), the draft
 * restored with "Rascunho restaurado" and "Descartar"; removed once sent or discarded; never shown
 * to another user; flagged when the server's version changed; gone on `me-session-expired`,
 * `portal.clearDrafts()`; none with `drafts="off"`.
 */
import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sharedDraftStore } from '../../src/core/drafts.js';
import '../../src/modules/contacts/contact-editor.js';
import '../../src/modules/licenses/distribution-editor.js';
import '../../src/modules/os-approval/define.js';
import '../../src/modules/products/product-editor.js';
import '../../src/modules/profile/define.js';
import type { MeProfile } from '../../src/modules/profile/me-profile.js';
import '../../src/modules/tickets/ticket-detail.js';
import type { MeTicketDetail } from '../../src/modules/tickets/ticket-detail.js';
import '../../src/modules/tickets/ticket-new.js';
import type { MeTicketNew } from '../../src/modules/tickets/ticket-new.js';
import type { MePortal } from '../../src/portal/me-portal.js';
import { click, useMouse } from '../helpers/input.js';
import { acceptEulaInDb } from '../modules/licenses/helpers.js';
import { pendingOrders, renderApproval, rowOf, waitForRows } from '../modules/os-approval/helpers.js';
import { FACTS, networkIdle, renderPortal, sent, textOf, useMockApi } from '../helpers/portal.js';

const SUBJECT = 'Erro ao gerar o SPED Fiscal de outubro';
/** any answer (the request is only there to meet the 401) */
const MeAnything = { safeParse: (value: unknown) => ({ success: true as const, data: value }) };
const DESCRIPTION = 'Ao gerar o arquivo, o sistema para no registro C170 com a mensagem de NCM inválido.';

async function openForm(options: { token?: string; drafts?: string } = {}): Promise<{ portal: MePortal; form: MeTicketNew }> {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} drafts=${options.drafts ?? 'on'}>
    <me-ticket-new></me-ticket-new></me-portal>`);
  const form = portal.querySelector<MeTicketNew>('me-ticket-new')!;
  await waitUntil(() => form.shadowRoot!.querySelector('form me-field'), 'the form never showed', { timeout: 6000 });
  return { portal, form };
}

const control = (host: Element, name: string) =>
  host.shadowRoot!.querySelector(`me-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>('input, textarea, select')!;

async function typeInto(host: Element, name: string, text: string): Promise<void> {
  const input = control(host, name);
  input.focus();
  input.select?.();
  await sendKeys({ type: text });
}

const notice = (host: Element) => host.shadowRoot!.querySelector<HTMLElement>('[part~=draft]');

/** What a reload does to the widgets: gone, the pending draft written (page hide), rendered again. */
async function reload(): Promise<void> {
  await sharedDraftStore().flush();
  fixtureCleanup();
}

async function storedKeys(): Promise<string[]> {
  const request = indexedDB.open('meu-espaco');
  const db = await new Promise<IDBDatabase>((resolve, reject) => { request.onsuccess = () => resolve(request.result); request.onerror = () => reject(request.error); });
  try {
    const keys = db.transaction('drafts').objectStore('drafts').getAllKeys();
    return await new Promise<string[]>((resolve) => { keys.onsuccess = () => resolve(keys.result as string[]); });
  } finally {
    db.close();
  }
}

describe('drafts', () => {
  const api = useMockApi();
  useMouse();

  it('a new request survives a reload: restored with a notice, and "Descartar" throws it away', async () => {
    let { form } = await openForm();
    await typeInto(form, 'subject', SUBJECT);
    await typeInto(form, 'description', DESCRIPTION);
    await reload();
    ({ form } = await openForm());
    await waitUntil(() => notice(form), 'no "Rascunho restaurado" notice', { timeout: 4000 });
    expect(textOf(notice(form)!)).to.match(/^\s*Rascunho restaurado \(salvo às \d\d:\d\d\)\.\s*Descartar\s*$/);
    expect(notice(form)!.getAttribute('role')).to.equal('status');
    expect(control(form, 'subject').value).to.equal(SUBJECT);
    expect(control(form, 'description').value).to.equal(DESCRIPTION);
    await click(notice(form)!.querySelector('button')!);
    await waitUntil(() => !notice(form) && control(form, 'subject').value === '', 'Descartar left the draft in the form');
    await reload();
    ({ form } = await openForm());
    await networkIdle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notice(form)).to.equal(null);
    expect(control(form, 'subject').value).to.equal('');
    expect(await storedKeys()).to.deep.equal([]);
  });

  it('a new request’s uploaded files come back by id (not uploaded again); one the server no longer has is dropped', async () => {
    let { form } = await openForm();
    const files = new DataTransfer();
    files.items.add(new File(['log de erro'], 'console.log', { type: 'text/plain' }));
    files.items.add(new File(['print da tela'], 'tela.png', { type: 'image/png' }));
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => form.shadowRoot!.querySelectorAll('.upload[data-status=done]').length === 2, 'the files were not uploaded', { timeout: 6000 });
    const uploads = await Promise.all(sent('POST', '/v1/uploads').map(async (r) => r));
    expect(uploads).to.have.length(2);
    await reload();
    // meanwhile the server let go of the screenshot's upload
    const gone = [...api().db.uploads.values()].find((u) => u.name === 'tela.png')!;
    api().db.uploads.delete(gone.id);
    api().db.attachments.delete(gone.id);
    ({ form } = await openForm());
    await waitUntil(() => notice(form) && form.shadowRoot!.querySelectorAll('.upload[data-status=done]').length === 1, 'the uploaded file was not restored', { timeout: 6000 });
    expect(textOf(form.shadowRoot!.querySelector('.upload')!)).to.match(/console\.log \(11 \S+\) anexado/);
    expect(sent('POST', '/v1/uploads'), 'nothing uploaded again').to.have.length(2);
  });

  it('sending the request removes its draft', async () => {
    let { form } = await openForm();
    control(form, 'productId').value = FACTS.products.inUse;
    control(form, 'productId').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await typeInto(form, 'module', 'SIGAFIS — Livros Fiscais');
    await typeInto(form, 'subject', SUBJECT);
    await typeInto(form, 'description', DESCRIPTION);
    await sharedDraftStore().flush();
    expect(await storedKeys()).to.have.length(1);
    // the subject's suggestions come in under the field (after their pause): the button moves, then stays
    await new Promise((resolve) => setTimeout(resolve, 500));
    await networkIdle();
    const send = form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;
    send.scrollIntoView({ block: 'center' });
    await click(send);
    await waitUntil(() => sent('POST', '/v1/tickets').length === 1, 'the request was not sent');
    await networkIdle();
    await waitUntil(async () => (await storedKeys()).length === 0, 'the draft stayed after the request was created', { timeout: 4000 });
    await reload();
    ({ form } = await openForm());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notice(form)).to.equal(null);
  });

  it('a draft is never shown to another user, and a reply draft belongs to its ticket', async () => {
    let { form } = await openForm();
    await typeInto(form, 'subject', SUBJECT);
    await reload();
    ({ form } = await openForm({ token: FACTS.tokens.member }));
    await networkIdle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notice(form), 'another user saw the draft').to.equal(null);
    expect(control(form, 'subject').value).to.equal('');
    fixtureCleanup();
    // a reply typed in one ticket comes back in that ticket only
    const render = async (id: string) => {
      const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-ticket-detail ticket-id=${id}></me-ticket-detail></me-portal>`);
      const detail = portal.querySelector<MeTicketDetail>('me-ticket-detail')!;
      await waitUntil(() => detail.shadowRoot!.querySelector('.reply me-field'), 'no reply form', { timeout: 6000 });
      return detail;
    };
    let detail = await render(FACTS.tickets.open);
    await typeInto(detail, 'body', 'Segue o log que pediram.');
    await reload();
    detail = await render(FACTS.tickets.pending);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(control(detail, 'body').value).to.equal('');
    fixtureCleanup();
    detail = await render(FACTS.tickets.open);
    await waitUntil(() => control(detail, 'body').value === 'Segue o log que pediram.', 'the reply draft was not restored', { timeout: 4000 });
    expect(notice(detail)).to.exist;
  });

  it('a profile draft of an older version says so instead of overwriting silently', async () => {
    const render = async () => {
      const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-profile></me-profile></me-portal>`);
      const profile = portal.querySelector<MeProfile>('me-profile')!;
      await waitUntil(() => profile.shadowRoot!.querySelector('me-field[name=name]'), 'no profile form', { timeout: 6000 });
      return profile;
    };
    let profile = await render();
    await typeInto(profile, 'jobTitle', 'Coordenadora fiscal');
    await reload();
    // meanwhile the profile changed elsewhere (another device)
    const me = await fetch('/api/v1/me', { headers: { Authorization: 'Bearer demo-token' } });
    const etag = me.headers.get('ETag')!;
    const changed = await fetch('/api/v1/me', { method: 'PATCH', headers: { Authorization: 'Bearer demo-token', 'If-Match': etag, 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: '+55 11 4000-1234' }) });
    expect(changed.status).to.equal(200);
    profile = await render();
    await waitUntil(() => notice(profile), 'no notice for the draft', { timeout: 4000 });
    expect(textOf(notice(profile)!)).to.contain('de uma versão anterior: os dados mudaram no servidor desde então');
    expect(notice(profile)!.classList.contains('stale')).to.equal(true);
    expect(control(profile, 'jobTitle').value).to.equal('Coordenadora fiscal');
  });

  it('portal.clearDrafts() (sign-out) and me-session-expired remove the user’s drafts', async () => {
    const { portal, form } = await openForm();
    await typeInto(form, 'subject', SUBJECT);
    await sharedDraftStore().flush();
    expect(await storedKeys()).to.have.length(1);
    await portal.clearDrafts();
    expect(await storedKeys()).to.deep.equal([]);
    await typeInto(form, 'subject', ' (de novo)');
    await sharedDraftStore().flush();
    expect(await storedKeys()).to.have.length(1);
    // the token is refused and cannot be renewed: the session is over
    const expired = new Promise((resolve) => portal.addEventListener('me-session-expired', resolve, { once: true }));
    portal.token = FACTS.tokens.expired;
    await portal.updateComplete;
    await portal.client.get('/me', MeAnything).catch(() => undefined);
    await expired;
    await waitUntil(async () => (await storedKeys()).length === 0, 'drafts stayed after the session expired', { timeout: 4000 });
  });

  it('a licence distribution being typed survives a reload, and Descartar goes back to the saved quantities', async () => {
    acceptEulaInDb(api().db);
    const render = async () => {
      // (an internal part of <me-licenses>, which opens it once the organization is known)
      const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>
        <me-licenses-distribution license-id=${FACTS.licenses.active}></me-licenses-distribution></me-portal>`);
      const editor = portal.querySelector('me-licenses-distribution')!;
      await waitUntil(() => editor.shadowRoot!.querySelector(`me-field[data-installation="${FACTS.installations.a}"]`), 'the editor never showed', { timeout: 6000 })
        .catch((error: Error) => { throw new Error(`${error.message}: ${textOf(editor).slice(0, 300)}`); });
      return editor;
    };
    const quantity = (editor: Element) => editor.shadowRoot!.querySelector(`me-field[data-installation="${FACTS.installations.a}"]`)!.shadowRoot!.querySelector('input')!;
    let editor = await render();
    const saved = quantity(editor).value;
    quantity(editor).focus();
    quantity(editor).select();
    await sendKeys({ type: '45' });
    await reload();
    editor = await render();
    await waitUntil(() => quantity(editor).value === '45' && notice(editor), `the typed quantity was not restored (${quantity(editor).value}, notice ${!!notice(editor)})`, { timeout: 4000 });
    expect(textOf(notice(editor)!)).to.match(/Rascunho restaurado/);
    await click(notice(editor)!.querySelector('button')!);
    await waitUntil(() => quantity(editor).value === saved, 'Descartar did not go back to the saved quantity');
    expect(notice(editor)).to.equal(null);
  });

  it('the reason of a rejection survives a reload, for that order only', async () => {
    const [first, second] = await pendingOrders();
    const openReject = async (number: string) => {
      const { el } = await renderApproval();
      await waitForRows(el);
      await click(rowOf(el, number)!.querySelector<HTMLButtonElement>('button.os-reject')!);
      await waitUntil(() => el.shadowRoot!.querySelector('me-dialog.reject-dialog')!.shadowRoot!.querySelector('dialog')!.open, 'no reject dialog');
      return { el, reason: () => el.shadowRoot!.querySelector('me-dialog.reject-dialog me-field')!.shadowRoot!.querySelector('textarea')! };
    };
    const typed = await openReject(first!.number);
    typed.reason().focus();
    await sendKeys({ type: 'As horas de 12/11 não ocorreram: o consultor não esteve na planta.' });
    await reload();
    const other = await openReject(second!.number);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(other.reason().value, 'another order’s reason').to.equal('');
    fixtureCleanup();
    const again = await openReject(first!.number);
    await waitUntil(() => again.reason().value.startsWith('As horas de 12/11'), 'the reason was not restored', { timeout: 4000 });
    expect(notice(again.el)).to.exist;
  });

  it('a contact invitation and a new product being typed survive a reload', async () => {
    const renderIn = async (template: unknown, tag: string, ready: string) => {
      const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" organization-id=${FACTS.orgs.a}>${template}</me-portal>`);
      const editor = portal.querySelector(tag)!;
      await waitUntil(() => editor.shadowRoot?.querySelector(ready), `${tag} never showed its form`, { timeout: 6000 });
      return editor;
    };
    const invite = () => renderIn(html`<me-contact-editor mode="invite"></me-contact-editor>`, 'me-contact-editor', 'form.invite-form me-field[name=email]');
    let editor = await invite();
    await typeInto(editor, 'name', 'Beatriz Nogueira');
    await typeInto(editor, 'email', 'beatriz.nogueira@metalurgicapaulista.com.br');
    await reload();
    editor = await invite();
    await waitUntil(() => control(editor, 'email').value === 'beatriz.nogueira@metalurgicapaulista.com.br', 'the invitation was not restored', { timeout: 4000 });
    expect(control(editor, 'name').value).to.equal('Beatriz Nogueira');
    expect(notice(editor)).to.exist;
    fixtureCleanup();
    const product = () => renderIn(html`<me-product-editor></me-product-editor>`, 'me-product-editor', 'form me-field[name=database]');
    editor = await product();
    await typeInto(editor, 'database', 'Oracle 19c');
    await reload();
    editor = await product();
    await waitUntil(() => control(editor, 'database').value === 'Oracle 19c', 'the new product was not restored', { timeout: 4000 });
    expect(notice(editor)).to.exist;
  });

  it('drafts="off" keeps nothing', async () => {
    const { form } = await openForm({ drafts: 'off' });
    await typeInto(form, 'subject', SUBJECT);
    await sharedDraftStore().flush();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await storedKeys()).to.deep.equal([]);
  });
});
