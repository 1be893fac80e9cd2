/**
 * <me-contacts>' mutations: invite (201, 409 duplicate e-mail, 422 fields, keyboard only), edit
 * with If-Match (412 keeps the typed values and reloads), role and areas, deactivate/reactivate,
 * delete after a confirmation, the last active admin (refused before sending; the server's 409),
 * one request per double click, the public event and the shared cache.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeContacts } from '../../../src/modules/contacts/me-contacts.js';
import type { MeContactEditor } from '../../../src/modules/contacts/contact-editor.js';
import { PROBLEM_BASE } from '../../../src/mocks/index.js';
import { click, doubleClick, useMouse } from '../../helpers/input.js';
import { deepActiveElement, FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import {
  chooseIn, contactNow, contactPath, controlOf, errorOf, fieldOf, listPath, onlyAnaAdmin, openContact, renderContacts, rowOf,
  submitButtonOf, typeInto, waitForRows,
} from './helpers.js';

const BRUNO = FACTS.users.member;
const ANA = FACTS.users.ana;

function inviteEditor(el: MeContacts): MeContactEditor | null {
  return el.shadowRoot!.querySelector<MeContactEditor>('me-dialog.invite-dialog me-contact-editor');
}

async function openInvite(el: MeContacts): Promise<ShadowRoot> {
  await click(el.shadowRoot!.querySelector('button.invite')!);
  await waitUntil(() => inviteEditor(el)?.shadowRoot?.querySelector('form.invite-form me-field'), 'no invite form');
  return inviteEditor(el)!.shadowRoot!;
}

const confirmOf = (editor: MeContactEditor) => editor.shadowRoot!.querySelector('me-confirm-dialog')!;
const patches = (id: string) => sent('PATCH', contactPath(id));

async function confirm(editor: MeContactEditor): Promise<void> {
  const dialog = confirmOf(editor);
  await waitUntil(() => dialog.open, 'no confirmation asked');
  await click(dialog.shadowRoot!.querySelector('[part=confirm]')!);
}

const areasGroup = (root: ParentNode) => root.querySelector('me-checkbox-group')!;
const areaBox = (root: ParentNode, label: string) =>
  [...areasGroup(root).shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.includes(label))!.querySelector('span')!;

describe('<me-contacts> flows', () => {
  const api = useMockApi();
  useMouse();

  it('invites a contact (201): the body, an Idempotency-Key, the event, and the new row', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const changes: unknown[] = [];
    el.addEventListener('me-contacts-changed', (e) => changes.push(e.detail));
    const form = await openInvite(el);
    await typeInto(fieldOf(form, 'Nome'), 'Débora Nunes');
    await typeInto(fieldOf(form, 'E-mail'), 'debora.nunes@metalurgicapaulista.com.br');
    await typeInto(fieldOf(form, 'Cargo'), 'Compradora');
    chooseIn(fieldOf(form, 'Perfil'), 'admin');
    await click(areaBox(form, 'Ouvidoria'));
    await click(submitButtonOf(form, 'me-submit-button.invite-submit'));
    await waitUntil(() => !inviteEditor(el), 'the invite dialog stayed open', { timeout: 8000 });
    const [post] = sent('POST', listPath);
    expect(post!.headers.get('Idempotency-Key')).to.match(/.+/);
    expect(await post!.json()).to.deep.equal({ name: 'Débora Nunes', email: 'debora.nunes@metalurgicapaulista.com.br', jobTitle: 'Compradora', role: 'admin', areas: ['support', 'ombudsman'] });
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ organizationId: FACTS.orgs.a, reason: 'invited' });
    expect((changes[0] as { contactId: string }).contactId).to.match(/^ctt-n/);
    await waitUntil(() => rowOf(el, 'Débora Nunes'), 'the new contact never showed in the list', { timeout: 8000 });
    expect(textOf(rowOf(el, 'Débora Nunes')!)).to.include('Convidado');
  });

  it('a duplicate e-mail (409) lands on the e-mail field with the server\'s detail; the typed values stay', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const form = await openInvite(el);
    await typeInto(fieldOf(form, 'Nome'), 'Outra Ana');
    await typeInto(fieldOf(form, 'E-mail'), 'ana.carvalho@metalurgicapaulista.com.br');
    await click(submitButtonOf(form, 'me-submit-button.invite-submit'));
    await waitUntil(() => errorOf(fieldOf(form, 'E-mail')).includes('já é um contato'), 'no error on the e-mail field', { timeout: 8000 });
    expect(controlOf(fieldOf(form, 'Nome')).value).to.equal('Outra Ana');
    expect(deepActiveElement()).to.equal(controlOf(fieldOf(form, 'E-mail')));
    await expect(el).to.be.accessible();
  });

  it('422 field errors land on their fields; client validation sends nothing', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const form = await openInvite(el);
    await click(submitButtonOf(form, 'me-submit-button.invite-submit'));
    await waitUntil(() => errorOf(fieldOf(form, 'Nome')) !== '', 'no client error on the name');
    expect(sent('POST', listPath)).to.have.length(0);
    await typeInto(fieldOf(form, 'Nome'), 'Paulo Reis');
    await typeInto(fieldOf(form, 'E-mail'), 'paulo.reis@metalurgicapaulista.com.br');
    injectFault({ method: 'POST', path: listPath, status: 422, body: {
      type: `${PROBLEM_BASE}validation-failed`, title: 'Dados inválidos', status: 422,
      errors: [{ path: 'email', message: 'Domínio não aceito pelo servidor' }, { path: 'areas.0', message: 'Área não contratada' }],
    } });
    await click(submitButtonOf(form, 'me-submit-button.invite-submit'));
    await waitUntil(() => errorOf(fieldOf(form, 'E-mail')) === 'Domínio não aceito pelo servidor', 'no 422 on the e-mail');
    const group = areasGroup(form);
    await waitUntil(() => group.shadowRoot!.querySelector('[part=error]')?.textContent?.includes('Área não contratada'), 'no 422 on the areas');
  });

  it('invites with the keyboard only', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.invite')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inviteEditor(el)?.shadowRoot?.querySelector('form.invite-form me-field'), 'no invite form');
    const form = inviteEditor(el)!.shadowRoot!;
    // Tab into the first field (bounded: a focus trap that never reaches it fails here), then type and Tab through
    for (let i = 0; i < 5 && deepActiveElement() !== controlOf(fieldOf(form, 'Nome')); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(controlOf(fieldOf(form, 'Nome')));
    await sendKeys({ type: 'Gustavo Prado' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'gustavo.prado@metalurgicapaulista.com.br' });
    await sendKeys({ press: 'Tab' }); // phone
    await sendKeys({ press: 'Tab' }); // job title
    await sendKeys({ press: 'Tab' }); // role
    await sendKeys({ press: 'Tab' }); // areas: Suporte Técnico (checked by default)
    await sendKeys({ press: 'Tab' }); // Administrativo/Financeiro
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // Ouvidoria
    await sendKeys({ press: 'Tab' }); // Cancelar
    await sendKeys({ press: 'Tab' }); // Enviar convite
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent('POST', listPath).length === 1, 'nothing sent', { timeout: 8000 });
    await waitUntil(() => !inviteEditor(el), 'the invite dialog stayed open', { timeout: 8000 });
    expect(await sent('POST', listPath)[0]!.json()).to.deep.equal({ name: 'Gustavo Prado', email: 'gustavo.prado@metalurgicapaulista.com.br', role: 'member', areas: ['support', 'finance'] });
  });

  it('edits a contact: loads it (ETag), sends only what changed with If-Match — role and areas too', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const editor = await openContact(el, 'Bruno Henrique Souza');
    const root = editor.shadowRoot!;
    expect(sent('GET', contactPath(BRUNO))).to.have.length(1);
    expect(controlOf(fieldOf(root, 'Nome')).value).to.equal('Bruno Henrique Souza');
    await typeInto(fieldOf(root, 'Cargo'), 'Coordenador Fiscal');
    chooseIn(fieldOf(root, 'Perfil'), 'admin');
    await click(areaBox(root, 'Administrativo/Financeiro'));
    await click(submitButtonOf(root, 'me-submit-button.save'));
    await waitUntil(() => patches(BRUNO).length === 1, 'no PATCH', { timeout: 8000 });
    const [patch] = patches(BRUNO);
    expect(patch!.headers.get('If-Match')).to.match(/.+/);
    expect(await patch!.json()).to.deep.equal({ jobTitle: 'Coordenador Fiscal', role: 'admin', areas: ['support', 'finance'] });
    await waitUntil(async () => (await contactNow(BRUNO))?.role === 'admin', 'not saved');
    await waitUntil(() => textOf(rowOf(el, 'Bruno Henrique Souza')!).includes('Administrador'), 'the list never refreshed', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('a 412 keeps the typed values and offers a reload; saving again goes with the new ETag', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const editor = await openContact(el, 'Bruno Henrique Souza');
    const root = editor.shadowRoot!;
    // someone else renames Bruno meanwhile: the editor's ETag is stale
    api().db.contacts.get(FACTS.orgs.a)!.get(BRUNO)!.name = 'Bruno H. Souza';
    await typeInto(fieldOf(root, 'Cargo'), 'Contador');
    await click(submitButtonOf(root, 'me-submit-button.save'));
    await waitForText(root, 'foi alterado por outra pessoa');
    expect((await contactNow(BRUNO))!.jobTitle).to.equal('Analista Fiscal');
    expect(controlOf(fieldOf(root, 'Cargo')).value).to.equal('Contador');
    const firstTag = patches(BRUNO)[0]!.headers.get('If-Match');
    await click(root.querySelector<HTMLButtonElement>('button.reload')!);
    await waitForText(root, 'Versão atual carregada');
    expect(controlOf(fieldOf(root, 'Cargo')).value).to.equal('Contador');
    await click(submitButtonOf(root, 'me-submit-button.save'));
    await waitUntil(() => patches(BRUNO).length === 2, 'no second PATCH', { timeout: 8000 });
    expect(patches(BRUNO)[1]!.headers.get('If-Match')).to.not.equal(firstTag);
    await waitUntil(async () => (await contactNow(BRUNO))?.jobTitle === 'Contador', 'not saved after the reload');
  });

  it('deactivates (after a confirmation) and reactivates with If-Match; a double click sends one request', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const changes: string[] = [];
    el.addEventListener('me-contacts-changed', (e) => changes.push(e.detail.reason));
    const editor = await openContact(el, 'Bruno Henrique Souza');
    const root = editor.shadowRoot!;
    await doubleClick(root.querySelector('button.toggle-status')!);
    await confirm(editor);
    await waitUntil(() => patches(BRUNO).length === 1, 'no PATCH', { timeout: 8000 });
    const [patch] = patches(BRUNO);
    expect(await patch!.json()).to.deep.equal({ status: 'inactive' });
    expect(patch!.headers.get('If-Match')).to.match(/.+/);
    await waitUntil(() => root.querySelector('button.toggle-status')!.textContent!.includes('Reativar'), 'still offers to deactivate');
    await waitUntil(() => textOf(rowOf(el, 'Bruno Henrique Souza')!).includes('Inativo'), 'the list never showed Inativo', { timeout: 8000 });
    await doubleClick(root.querySelector('button.toggle-status')!, { gap: 150 });
    await waitUntil(() => patches(BRUNO).length === 2, 'no second PATCH', { timeout: 8000 });
    await networkIdle();
    expect(patches(BRUNO)).to.have.length(2);
    expect(await patches(BRUNO)[1]!.json()).to.deep.equal({ status: 'active' });
    expect((await contactNow(BRUNO))!.status).to.equal('active');
    expect(changes).to.deep.equal(['deactivated', 'reactivated']);
  });

  it('deletes after a confirmation; cancel sends nothing', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const editor = await openContact(el, 'Bruno Henrique Souza');
    await click(editor.shadowRoot!.querySelector('button.delete')!);
    const dialog = confirmOf(editor);
    await waitUntil(() => dialog.open, 'no confirmation');
    expect(textOf(dialog)).to.include('Excluir Bruno Henrique Souza?');
    await click(dialog.shadowRoot!.querySelector('[part=cancel]')!);
    await networkIdle();
    expect(sent('DELETE', contactPath(BRUNO))).to.have.length(0);
    await click(editor.shadowRoot!.querySelector('button.delete')!);
    await confirm(editor);
    await waitUntil(() => !el.shadowRoot!.querySelector('me-drawer me-contact-editor'), 'the drawer stayed on the deleted contact', { timeout: 8000 });
    expect(sent('DELETE', contactPath(BRUNO))).to.have.length(1);
    expect(await contactNow(BRUNO)).to.equal(undefined);
    await waitUntil(() => !rowOf(el, 'Bruno Henrique Souza'), 'the deleted contact stayed in the list', { timeout: 8000 });
  });

  it('the last active admin: says why before sending anything (demote, deactivate, delete)', async () => {
    onlyAnaAdmin(api().db);
    const { el } = await renderContacts();
    await waitForRows(el);
    const editor = await openContact(el, 'Ana Beatriz Carvalho');
    const root = editor.shadowRoot!;
    expect(sent('GET', listPath).some((r) => { const q = new URL(r.url).searchParams; return q.get('role') === 'admin' && q.get('status') === 'active'; })).to.equal(true);
    await waitForText(root.querySelector('[part=note]')!, 'último administrador ativo');
    expect(root.querySelector('button.toggle-status')!.getAttribute('aria-disabled')).to.equal('true');
    await click(root.querySelector('button.toggle-status')!);
    await waitForText(root.querySelector('.form-error')!, 'último administrador ativo');
    expect(confirmOf(editor).open).to.equal(false);
    await click(root.querySelector('button.delete')!);
    expect(confirmOf(editor).open).to.equal(false);
    chooseIn(fieldOf(root, 'Perfil'), 'member');
    await click(submitButtonOf(root, 'me-submit-button.save'));
    await waitUntil(() => errorOf(fieldOf(root, 'Perfil')).includes('último administrador ativo'), 'no error on the role');
    await networkIdle();
    expect(patches(ANA)).to.have.length(0);
    expect(sent('DELETE', contactPath(ANA))).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the server\'s 409 last-admin detail when it happens anyway (another admin left meanwhile)', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const editor = await openContact(el, 'Ana Beatriz Carvalho');
    const root = editor.shadowRoot!;
    onlyAnaAdmin(api().db); // after the editor counted two admins
    chooseIn(fieldOf(root, 'Perfil'), 'member');
    await click(submitButtonOf(root, 'me-submit-button.save'));
    await waitForText(root.querySelector('.form-error')!, 'Este é o último administrador ativo da organização');
    expect(patches(ANA)).to.have.length(1);
    expect((await contactNow(ANA))!.role).to.equal('admin');
  });

  it('a mutation refreshes the admins notice through the shared cache', async () => {
    const { el, portal } = await renderContacts();
    await waitForRows(el);
    const notice = document.createElement('me-admins-notice');
    portal.append(notice);
    await waitForText(notice, 'Carlos Eduardo Lima');
    const editor = await openContact(el, 'Bruno Henrique Souza');
    chooseIn(fieldOf(editor.shadowRoot!, 'Perfil'), 'admin');
    await click(submitButtonOf(editor.shadowRoot!, 'me-submit-button.save'));
    await waitForText(notice, 'Bruno Henrique Souza');
  });

  it('a deep link (contact-id) opens the contact in the drawer', async () => {
    const { el } = await renderContacts({ contactId: BRUNO });
    await waitUntil(() => el.shadowRoot!.querySelector('me-drawer me-contact-editor')?.shadowRoot?.querySelector('form.edit-form'), 'no editor', { timeout: 8000 });
    expect(controlOf(fieldOf(el.shadowRoot!.querySelector('me-contact-editor')!.shadowRoot!, 'Nome')).value).to.equal('Bruno Henrique Souza');
  });
});
