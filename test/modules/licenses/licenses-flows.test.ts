import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeLicenses } from '../../../src/modules/licenses/me-licenses.js';
import { HOSTILE_SNIPPETS, PROBLEM_BASE } from '../../../src/mocks/index.js';
import { click, useMouse } from '../../helpers/input.js';
import { deepActiveElement, FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { acceptEulaInDb, org, paths, part, renderLicenses, submitOf } from './helpers.js';

const A01 = FACTS.installations.a; // Produção — Matriz São Paulo
const BLOCKED = FACTS.installations.blocked;
const FULL = FACTS.licenses.active; // Protheus — Usuário Full: 120 contracted, 80 + 30 distributed
const allocationsPath = `${paths.licenses}/${FULL}/allocations`;

async function ready(tab = 'licenses', text = 'Protheus — Usuário Full') {
  const { licenses } = await renderLicenses({ tab });
  await waitForText(licenses, text);
  return licenses;
}

function inner(el: Element): HTMLInputElement {
  return el.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
}

async function typeInto(field: Element, text: string): Promise<void> {
  await click(inner(field));
  // clear with the keyboard: caret to the end, then erase what is there
  await sendKeys({ press: 'End' });
  for (let i = inner(field).value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

async function openEditor(licenses: MeLicenses, licenseId = FULL) {
  const row = part(licenses, 'me-licenses-list')!.shadowRoot!.querySelector(`[data-license="${licenseId}"]`)!;
  await click(row.querySelector('[part~=distribute]')!);
  await waitUntil(() => licenses.shadowRoot!.querySelector('me-licenses-distribution')?.shadowRoot?.querySelector('me-field'), 'the editor never showed its fields');
  const editor = licenses.shadowRoot!.querySelector('me-licenses-distribution')!;
  const field = (id: string) => editor.shadowRoot!.querySelector(`me-field[data-installation="${id}"]`)!;
  return { editor, field };
}

describe('<me-licenses>: licences and their distribution', () => {
  const api = useMockApi();
  useMouse();
  beforeEach(() => acceptEulaInDb(api().db));

  it('groups licences by product line with type, nature, metric, validity, status and a contracted vs distributed bar', async () => {
    const licenses = await ready();
    const list = part(licenses, 'me-licenses-list')!;
    const lines = [...list.shadowRoot!.querySelectorAll('.group h3')].map((h) => h.textContent!.trim());
    expect(lines).to.deep.equal(['Datasul', 'Fluig', 'Logix', 'Protheus', 'RM']);
    const full = list.shadowRoot!.querySelector(`[data-license="${FULL}"]`)!;
    expect(textOf(full)).to.contain('Full').and.contain('Concorrente').and.contain('usuários simultâneos').and.contain('110 de 120 distribuídas · 10 livres');
    const meter = full.querySelector('meter')!;
    expect([meter.value, meter.max]).to.deep.equal([110, 120]);
    expect(list.shadowRoot!.querySelector('[style]')).to.equal(null);
    const expiring = list.shadowRoot!.querySelector(`[data-license="${FACTS.licenses.expiring}"]`)!;
    expect(expiring.classList.contains('soon')).to.equal(true);
    expect(textOf(expiring)).to.match(/Vence em \d+ dias/);
    for (const [id, reason] of [[FACTS.licenses.expired, 'Licença expirada'], [FACTS.licenses.suspended, 'Licença suspensa']] as const) {
      const row = list.shadowRoot!.querySelector(`[data-license="${id}"]`)!;
      const button = row.querySelector('[part~=distribute]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(row.querySelector(`#${button.getAttribute('aria-describedby')!}`)!.textContent).to.contain(reason);
      await click(button);
    }
    await networkIdle();
    expect(licenses.shadowRoot!.querySelector('me-licenses-distribution')).to.equal(null);
  });

  it('loads the licence, shows the live sum and what remains, and saves with If-Match', async () => {
    const licenses = await ready();
    const { editor, field } = await openEditor(licenses);
    expect(sent('GET', `${paths.licenses}/${FULL}`)).to.have.length(1);
    expect(inner(field(A01)).value).to.equal('80');
    await waitForText(editor, 'Distribuídas: 110 de 120');
    await typeInto(field(A01), '85');
    await waitForText(editor, 'Distribuídas: 115 de 120 · Restam 5');
    await click(submitOf(editor.shadowRoot!));
    await waitUntil(() => !licenses.shadowRoot!.querySelector('me-licenses-distribution'), 'the editor stayed open');
    const [put] = sent('PUT', allocationsPath);
    expect(put!.headers.get('If-Match')).to.match(/.+/);
    const body = (await put!.json()) as { allocations: { installationId: string; quantity: number }[] };
    expect(body.allocations.find((a) => a.installationId === A01)!.quantity).to.equal(85);
    await waitForText(licenses, '115 de 120 distribuídas');
  });

  it('blocks saving above the contracted quantity with the reason next to the fields (no request)', async () => {
    const licenses = await ready();
    const { editor, field } = await openEditor(licenses);
    await typeInto(field(A01), '100');
    await waitForText(editor, '10 acima do contratado');
    expect(textOf(editor.shadowRoot!.querySelector('.over-reason')!)).to.contain('passa das 120 licenças contratadas');
    await click(submitOf(editor.shadowRoot!));
    await networkIdle();
    expect(sent('PUT', allocationsPath)).to.have.length(0);
    expect(inner(field(A01)).value).to.equal('100');
  });

  it('lets a blocked installation keep or lower its quantity, never raise it', async () => {
    const licenses = await ready();
    const { editor, field } = await openEditor(licenses);
    await typeInto(field(BLOCKED), '1');
    await click(submitOf(editor.shadowRoot!));
    await waitForText(field(BLOCKED), 'não pode passar de 0');
    await networkIdle();
    expect(sent('PUT', allocationsPath)).to.have.length(0);
  });

  it('puts a 422 allocations.N.quantity error on that installation\'s field', async () => {
    const licenses = await ready();
    const { editor, field } = await openEditor(licenses);
    await typeInto(field(A01), '81');
    injectFault({ method: 'PUT', path: allocationsPath, status: 422, body: {
      type: `${PROBLEM_BASE}validation-failed`, title: 'Dados inválidos', status: 422,
      errors: [{ path: 'allocations.2.quantity', message: 'Quantidade recusada pelo servidor' }],
    } });
    await click(submitOf(editor.shadowRoot!));
    await waitForText(field(A01), 'Quantidade recusada pelo servidor');
    expect(field(FACTS.installations.test).getAttribute('error') ?? (field(FACTS.installations.test) as unknown as { error: string }).error).to.equal('');
    expect(inner(field(A01)).value).to.equal('81');
  });

  it('keeps the typed numbers on a 412 and reloads the licence (new ETag) without losing them', async () => {
    const licenses = await ready();
    const { editor, field } = await openEditor(licenses);
    await typeInto(field(A01), '82');
    api().db.licensing.get(FACTS.orgs.a)!.licenses.find((l) => l.id === FULL)!.allocations[1]!.quantity = 31; // edited elsewhere
    await click(submitOf(editor.shadowRoot!));
    await waitForText(editor, 'alterada por outra pessoa');
    expect(inner(field(A01)).value).to.equal('82');
    await click(editor.shadowRoot!.querySelector('[part~=reload]')!);
    await waitForText(editor, 'No servidor agora: 80.');
    expect(inner(field(A01)).value).to.equal('82');
    await click(submitOf(editor.shadowRoot!));
    await waitUntil(() => !licenses.shadowRoot!.querySelector('me-licenses-distribution'), 'the second save failed');
    expect(sent('PUT', allocationsPath)).to.have.length(2);
  });

  it('keeps the numbers on a 409 (licence not active) and offers a reload', async () => {
    const licenses = await ready();
    const { editor, field } = await openEditor(licenses);
    await typeInto(field(A01), '70');
    injectFault({ method: 'PUT', path: allocationsPath, status: 409, body: { type: `${PROBLEM_BASE}license-not-active`, title: 'Licença inativa', status: 409, detail: 'A licença está suspensa.' } });
    await click(submitOf(editor.shadowRoot!));
    await waitForText(editor, 'A licença está suspensa.');
    expect(editor.shadowRoot!.querySelector('[part~=reload]')).to.exist;
    expect(inner(field(A01)).value).to.equal('70');
  });

  it('says why a save failed on a 500, keeping the numbers', async () => {
    const licenses = await ready();
    const { editor, field } = await openEditor(licenses);
    await typeInto(field(A01), '79');
    injectFault({ method: 'PUT', path: allocationsPath, status: 500 });
    await click(submitOf(editor.shadowRoot!));
    await waitForText(editor, 'Não foi possível salvar a distribuição');
    expect(inner(field(A01)).value).to.equal('79');
  });

  it('brings the EULA gate back when a save answers 409 eula-not-accepted', async () => {
    const licenses = await ready();
    const { editor } = await openEditor(licenses);
    injectFault({ method: 'PUT', path: allocationsPath, status: 409, body: { type: `${PROBLEM_BASE}eula-not-accepted`, title: 'EULA', status: 409, detail: 'Aceite o novo EULA.' } });
    await click(submitOf(editor.shadowRoot!));
    await waitForText(licenses, 'Uma nova versão do contrato de licença foi publicada');
  });

  it('distributes a licence with the keyboard only', async () => {
    const licenses = await ready();
    const row = part(licenses, 'me-licenses-list')!.shadowRoot!.querySelector(`[data-license="${FACTS.licenses.unallocated}"]`)!;
    row.querySelector<HTMLElement>('[part~=distribute]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => licenses.shadowRoot!.querySelector('me-licenses-distribution')?.shadowRoot?.querySelector('me-field'), 'no editor');
    for (let i = 0; i < 8 && !(deepActiveElement() instanceof HTMLInputElement); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.be.instanceOf(HTMLInputElement);
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '8' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent('PUT', `${paths.licenses}/${FACTS.licenses.unallocated}/allocations`).length === 1, 'no PUT from the keyboard');
    const body = (await sent('PUT', `${paths.licenses}/${FACTS.licenses.unallocated}/allocations`)[0]!.json()) as { allocations: { quantity: number }[] };
    expect(body.allocations.map((a) => a.quantity).slice(0, 2)).to.deep.equal([12, 8]);
  });

  it('is accessible with the editor open', async () => {
    const licenses = await ready();
    const { editor } = await openEditor(licenses);
    await waitForText(editor, 'Distribuídas');
    await expect(licenses).to.be.accessible();
  });
});

describe('<me-licenses>: installations', () => {
  const api = useMockApi();
  useMouse();
  beforeEach(() => acceptEulaInDb(api().db));

  const view = (licenses: MeLicenses) => part(licenses, 'me-licenses-installations')!;
  const row = (licenses: MeLicenses, id: string) => view(licenses).shadowRoot!.querySelector(`tr[data-installation="${id}"]`)!;

  it('lists TOTVS ID (with a copy button), name, environment and blocked', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    const a01 = row(licenses, A01);
    expect(a01.querySelector('.totvs-id')!.textContent).to.match(/^[A-Z0-9]{8}$/);
    expect(a01.querySelector('me-copy-button')).to.exist;
    expect(textOf(a01)).to.contain('Produção').and.contain('Liberada');
    expect(textOf(row(licenses, BLOCKED))).to.contain('Bloqueada');
    await expect(licenses).to.be.accessible();
  });

  it('adds an installation and shows the server-assigned TOTVS ID with a copy button', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    await click(view(licenses).shadowRoot!.querySelector('[part~=add]')!);
    const root = view(licenses).shadowRoot!;
    await waitUntil(() => root.querySelector('.add-form me-field'), 'no add form');
    await typeInto(root.querySelector('.add-form me-field')!, 'Filial Campinas');
    await click(submitOf(root.querySelector('.add-form')!));
    await waitUntil(() => root.querySelector('.created .totvs-id'), 'no TOTVS ID shown');
    const [post] = sent('POST', paths.installations);
    expect(await post!.json()).to.deep.equal({ name: 'Filial Campinas', environment: 'production' });
    expect(post!.headers.get('Idempotency-Key')).to.match(/.+/);
    expect(root.querySelector('.created .totvs-id')!.textContent).to.match(/^[A-Z0-9]{8}$/);
    expect(root.querySelector('.created me-copy-button')).to.exist;
  });

  it('renames after loading the installation, with If-Match', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    await click(row(licenses, A01).querySelector('.rename')!);
    const root = view(licenses).shadowRoot!;
    await waitUntil(() => root.querySelector('.rename-form me-field'), 'no rename form');
    expect(sent('GET', `${paths.installations}/${A01}`)).to.have.length(1);
    await typeInto(root.querySelector('.rename-form me-field')!, 'Matriz SP');
    await click(submitOf(root.querySelector('.rename-form')!));
    await waitForText(view(licenses), 'Matriz SP');
    const [patch] = sent('PATCH', `${paths.installations}/${A01}`);
    expect(patch!.headers.get('If-Match')).to.match(/.+/);
    expect(await patch!.json()).to.deep.equal({ name: 'Matriz SP' });
  });

  it('keeps the typed name on a 412 and offers a reload', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    await click(row(licenses, A01).querySelector('.rename')!);
    const root = view(licenses).shadowRoot!;
    await waitUntil(() => root.querySelector('.rename-form me-field'), 'no rename form');
    await typeInto(root.querySelector('.rename-form me-field')!, 'Matriz SP');
    api().db.licensing.get(FACTS.orgs.a)!.installations.find((i) => i.id === A01)!.name = 'Matriz (renomeada por outro admin)';
    await click(submitOf(root.querySelector('.rename-form')!));
    await waitForText(view(licenses), 'alterada por outra pessoa');
    expect(inner(root.querySelector('.rename-form me-field')!).value).to.equal('Matriz SP');
    await click(root.querySelector('.rename-form [part~=reload]')!);
    await waitForText(view(licenses), 'Nome atual no servidor: Matriz (renomeada por outro admin)');
    expect(inner(root.querySelector('.rename-form me-field')!).value).to.equal('Matriz SP');
    await click(submitOf(root.querySelector('.rename-form')!));
    await waitUntil(() => !root.querySelector('.rename-form'), 'the second rename failed');
    expect(sent('PATCH', `${paths.installations}/${A01}`)).to.have.length(2);
  });

  it('blocks after a confirmation, loading the installation first and sending If-Match', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    await click(row(licenses, A01).querySelector('.toggle')!);
    const confirm = view(licenses).shadowRoot!.querySelector('me-confirm-dialog')!;
    await waitUntil(() => confirm.open, 'no confirmation');
    expect(sent('GET', `${paths.installations}/${A01}`)).to.have.length(1);
    expect(sent('PATCH')).to.have.length(0);
    await click(confirm.shadowRoot!.querySelector('[part=confirm]')!);
    await waitUntil(() => textOf(row(licenses, A01)).includes('Bloqueada'), 'never shown blocked');
    const [patch] = sent('PATCH', `${paths.installations}/${A01}`);
    expect(await patch!.json()).to.deep.equal({ blocked: true });
    expect(patch!.headers.get('If-Match')).to.match(/.+/);
    // and unblocks the blocked one
    await click(row(licenses, BLOCKED).querySelector('.toggle')!);
    await waitUntil(() => confirm.open, 'no confirmation');
    await click(confirm.shadowRoot!.querySelector('[part=confirm]')!);
    await waitUntil(() => textOf(row(licenses, BLOCKED)).includes('Liberada'), 'never shown unblocked');
  });

  it('puts a 422 on the name under its field and keeps it', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    await click(view(licenses).shadowRoot!.querySelector('[part~=add]')!);
    const root = view(licenses).shadowRoot!;
    await waitUntil(() => root.querySelector('.add-form me-field'), 'no add form');
    await typeInto(root.querySelector('.add-form me-field')!, 'Duplicada');
    injectFault({ method: 'POST', path: paths.installations, status: 422, body: {
      type: `${PROBLEM_BASE}validation-failed`, title: 'Dados inválidos', status: 422, errors: [{ path: 'name', message: 'Já existe uma instalação com este nome' }],
    } });
    await click(submitOf(root.querySelector('.add-form')!));
    await waitForText(root.querySelector('.add-form me-field')!, 'Já existe uma instalação com este nome');
    expect(inner(root.querySelector('.add-form me-field')!).value).to.equal('Duplicada');
    // the retry of the same values reuses the Idempotency-Key
    await click(submitOf(root.querySelector('.add-form')!));
    await waitUntil(() => root.querySelector('.created .totvs-id'), 'the retry did not create it');
    const [first, second] = sent('POST', paths.installations);
    expect(second!.headers.get('Idempotency-Key')).to.equal(first!.headers.get('Idempotency-Key'));
  });

  it('says why a block failed (500) and changes nothing', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    injectFault({ method: 'PATCH', path: `${paths.installations}/${A01}`, status: 500 });
    await click(row(licenses, A01).querySelector('.toggle')!);
    const confirm = view(licenses).shadowRoot!.querySelector('me-confirm-dialog')!;
    await waitUntil(() => confirm.open, 'no confirmation');
    await click(confirm.shadowRoot!.querySelector('[part=confirm]')!);
    await waitForText(view(licenses), 'Não foi possível concluir');
    expect(textOf(row(licenses, A01))).to.contain('Liberada');
  });

  it('sends nothing when the block is cancelled', async () => {
    const licenses = await ready('installations', 'Produção — Matriz São Paulo');
    await click(row(licenses, A01).querySelector('.toggle')!);
    const confirm = view(licenses).shadowRoot!.querySelector('me-confirm-dialog')!;
    await waitUntil(() => confirm.open, 'no confirmation');
    await click(confirm.shadowRoot!.querySelector('[part=cancel]')!);
    await networkIdle();
    expect(sent('PATCH')).to.have.length(0);
  });
});

describe('<me-licenses>: messages', () => {
  const api = useMockApi();
  useMouse();
  beforeEach(() => acceptEulaInDb(api().db));

  it('lists unread first; opening one marks it read (no Idempotency-Key) and its hostile body stays inert', async () => {
    let alerts = 0;
    const realAlert = window.alert;
    window.alert = () => { alerts++; };
    try {
      const licenses = await ready('messages', 'Novo TOTVS License Server disponível');
      const view = part(licenses, 'me-licenses-messages')!;
      const order = [...view.shadowRoot!.querySelectorAll('li')].map((li) => [li.dataset.message, li.className]);
      expect(order.slice(0, 3).every(([, c]) => c === 'unread')).to.equal(true);
      expect(order.slice(3).every(([, c]) => c === 'read')).to.equal(true);
      await waitForText(part(licenses, 'me-tabs')!, '3');
      const hostile = view.shadowRoot!.querySelector(`[data-message="${FACTS.messages.hostile}"]`)!;
      await click(hostile.querySelector('button')!);
      await waitForText(hostile, 'notas de versão');
      await waitUntil(() => sent('POST', `${paths.messages}/${FACTS.messages.hostile}/read`).length === 1, 'no read-mark');
      const [post] = sent('POST', `${paths.messages}/${FACTS.messages.hostile}/read`);
      expect(post).to.exist;
      expect(post!.headers.get('Idempotency-Key')).to.equal(null);
      const body = hostile.querySelector('.body')!;
      expect(body.querySelector('script, iframe, [onerror], [onload], [onclick], [href^="javascript"]')).to.equal(null);
      expect(body.innerHTML).not.to.contain(HOSTILE_SNIPPETS[1]);
      await waitUntil(() => part(licenses, 'me-tabs')!.shadowRoot!.textContent!.includes('2'), 'the unread count did not drop');
      await new Promise((r) => setTimeout(r, 100));
      expect(alerts).to.equal(0);
      await expect(licenses).to.be.accessible();
    } finally {
      window.alert = realAlert;
    }
  });

  it('opening a read message sends nothing', async () => {
    const licenses = await ready('messages', 'Licenças Datasul expiradas');
    const view = part(licenses, 'me-licenses-messages')!;
    await click(view.shadowRoot!.querySelector(`[data-message="${FACTS.messages.read}"] button`)!);
    await waitForText(view, 'expirou em 31/10/2026');
    await networkIdle();
    expect(sent('POST')).to.have.length(0);
  });

  it('shows the empty state without messages', async () => {
    injectFault({ method: 'GET', path: paths.messages, body: { items: [], page: 1, pageSize: 500, total: 0 }, times: 2 });
    const licenses = await ready('messages', 'Nenhuma mensagem de licenciamento.');
    expect(textOf(licenses)).to.contain('Nenhuma mensagem');
  });

  it('keeps the org path in one place', () => {
    expect(org).to.contain(FACTS.orgs.a);
  });
});
