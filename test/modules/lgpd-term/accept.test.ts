/**
 * An admin accepts the current LGPD term in <me-lgpd-term>, driven with real input: a
 * confirmation first, then exactly one POST with the version and an Idempotency-Key however fast
 * they click; a retry after a network error or a timeout reuses the key; a 409 reloads the term
 * and shows the server's detail; a 403 says only admins accept; the keyboard alone gets there.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, doubleClick, useMouse } from '../../helpers/input.js';
import { deepActiveElement, FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { PROBLEM_BASE } from '../../../src/mocks/index.js';
import {
  acceptButton, acceptLabel, acceptPath, acceptPosts, cancelButton, confirmButton, confirmDialog, dialogOpen, keysOf, ORG, renderTerm, statusOf, termPath,
  waitForDialog, waitForTerm,
} from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('<me-lgpd-term> acceptance', () => {
  const api = useMockApi();
  useMouse();

  it('asks first, then one POST { version } with an Idempotency-Key; shows the new status from the answer (no second GET), announces it and fires me-lgpd-accepted', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    const events: Array<{ version: string }> = [];
    el.addEventListener('me-lgpd-accepted', (e) => events.push(e.detail));
    await click(acceptButton(el)!);
    await waitForDialog(el);
    const dialogText = textOf(confirmDialog(el));
    expect(dialogText).to.include('Aceitar o termo LGPD');
    expect(dialogText).to.include('Você aceitará a versão 3.1 do termo em nome de Metalúrgica Paulista S.A.');
    expect(acceptPosts(), 'nothing sent before the confirmation').to.have.length(0);
    await click(confirmButton(el));
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'the status never showed the acceptance', { timeout: 6000 });
    await networkIdle();
    const posts = acceptPosts();
    expect(posts).to.have.length(1);
    expect(await posts[0]!.clone().json()).to.deep.equal({ version: FACTS.lgpdVersion });
    expect(posts[0]!.headers.get('Idempotency-Key')).to.match(UUID);
    expect(sent('GET', termPath()), 'the cache took the answer: no second GET').to.have.length(1);
    expect(textOf(statusOf(el)!)).to.match(/Aceito por Ana .+ em \d{2}\/\d{2}\/\d{4}.+\(versão 3\.1\)/);
    expect(acceptButton(el)).to.equal(null);
    expect(events).to.deep.equal([{ version: '3.1' }]);
    expect(textOf(el.shadowRoot!.querySelector('me-toast-region')!)).to.include('Termo LGPD versão 3.1 aceito em nome da organização.');
    expect(deepActiveElement(), 'focus on the changed status').to.equal(statusOf(el));
    expect(api().db.lgpd.get(ORG)!.acceptance?.version).to.equal('3.1');
  });

  it('the public event bubbles out of the portal (composed)', async () => {
    const { portal, el } = await renderTerm();
    await waitForTerm(el);
    const heard: string[] = [];
    portal.parentElement!.addEventListener('me-lgpd-accepted', (e) => heard.push(e.detail.version));
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitUntil(() => heard.length === 1, 'the event never reached the page');
    expect(heard).to.deep.equal(['3.1']);
  });

  it('cancelling the confirmation sends nothing and keeps the accept action', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(cancelButton(el));
    await waitForDialog(el, false);
    await networkIdle();
    expect(acceptPosts()).to.have.length(0);
    expect(statusOf(el)!.dataset.kind).to.equal('never');
    expect(acceptButton(el)).to.exist;
  });

  it('a real double click on "Aceitar" opens one confirmation; a double click on its confirm sends one POST (slow server)', async () => {
    injectFault({ method: 'POST', path: acceptPath(), delayMs: 400 });
    const { el } = await renderTerm();
    await waitForTerm(el);
    await doubleClick(acceptButton(el)!);
    await waitForDialog(el);
    await doubleClick(confirmButton(el));
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'never accepted', { timeout: 6000 });
    await networkIdle();
    expect(acceptPosts(), 'acceptance POSTs').to.have.length(1);
    expect(sent('GET', termPath())).to.have.length(1);
  });

  it('clicking "Aceitar" again while the acceptance is on its way asks nothing and sends nothing', async () => {
    injectFault({ method: 'POST', path: acceptPath(), delayMs: 1200 });
    const { el } = await renderTerm();
    await waitForTerm(el);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitForDialog(el, false);
    await waitUntil(() => acceptPosts().length === 1, 'no POST');
    await click(acceptButton(el)!);
    await new Promise((r) => setTimeout(r, 100));
    expect(dialogOpen(el), 'no second confirmation').to.equal(false);
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'never accepted', { timeout: 6000 });
    await networkIdle();
    expect(acceptPosts()).to.have.length(1);
  });

  it('a double click on the confirm at a person’s pace (fast server) still sends one POST', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await doubleClick(confirmButton(el), { gap: 250 });
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'never accepted', { timeout: 6000 });
    await networkIdle();
    expect(acceptPosts()).to.have.length(1);
  });

  it('a network error says so; the retry reuses the Idempotency-Key and succeeds', async () => {
    injectFault({ method: 'POST', path: acceptPath(), status: 0 });
    const { el } = await renderTerm();
    await waitForTerm(el);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitForText(statusOf(el)!, 'Não foi possível registrar o aceite. Sem conexão');
    expect(statusOf(el)!.querySelector('[role=alert] .error')).to.exist;
    await click(el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!);
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'the retry did not accept', { timeout: 6000 });
    await networkIdle();
    const keys = keysOf(acceptPosts());
    expect(keys).to.have.length(2);
    expect(keys[0]).to.match(UUID);
    expect(keys[1]).to.equal(keys[0]);
    expect(textOf(statusOf(el)!)).not.to.include('Não foi possível');
  });

  it('a timeout says so; accepting again (through the confirmation) reuses the Idempotency-Key', async () => {
    injectFault({ method: 'POST', path: acceptPath(), delayMs: 1500, status: 503 });
    const { el } = await renderTerm({ timeout: 500 });
    await waitForTerm(el);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitForText(statusOf(el)!, 'demorou demais', 6000);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'never accepted', { timeout: 6000 });
    await networkIdle();
    const keys = keysOf(acceptPosts());
    expect(keys.length).to.be.at.least(2);
    expect(new Set(keys).size, 'one key for every attempt').to.equal(1);
  });

  it('409 (a new version was published meanwhile): the term reloads, the server’s detail shows, and the new version is accepted with a new key', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    const record = api().db.lgpd.get(ORG)!;
    record.version = '3.2';
    record.contentHtml = `${record.contentHtml}<h3>4. Novidade da versão 3.2</h3>`;
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitForText(statusOf(el)!, 'A versão do termo mudou enquanto você o lia: A versão vigente do termo é 3.2.');
    await waitForText(el, 'Novidade da versão 3.2');
    expect(textOf(el)).to.include('Versão 3.2 · publicada em');
    expect(sent('GET', termPath()), 'the term was read again').to.have.length(2);
    expect(acceptLabel(el)).to.include('Aceitar a versão 3.2');
    expect(statusOf(el)!.querySelector('button.retry'), 'nothing to retry').to.equal(null);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'never accepted', { timeout: 6000 });
    await networkIdle();
    const posts = acceptPosts();
    expect(posts).to.have.length(2);
    expect(await posts[0]!.clone().json()).to.deep.equal({ version: '3.1' });
    expect(await posts[1]!.clone().json()).to.deep.equal({ version: '3.2' });
    const [first, second] = keysOf(posts);
    expect(second).not.to.equal(first);
  });

  it('403 on accept: a clear message that only admins accept (the server’s detail too)', async () => {
    injectFault({ method: 'POST', path: acceptPath(), status: 403, body: { type: `${PROBLEM_BASE}forbidden`, title: 'Acesso negado', status: 403, detail: 'Seu papel mudou para membro.' } });
    const { el } = await renderTerm();
    await waitForTerm(el);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await click(confirmButton(el));
    await waitForText(statusOf(el)!, 'Você não tem permissão para aceitar o termo em nome da organização: somente administradores aceitam.');
    expect(textOf(statusOf(el)!)).to.include('Seu papel mudou para membro.');
    expect(statusOf(el)!.querySelector('button.retry')).to.equal(null);
    expect(statusOf(el)!.dataset.kind).to.equal('never');
    expect(acceptPosts()).to.have.length(1);
  });

  it('keyboard only: Tab to "Aceitar", Enter, confirm with Enter', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.print')!.focus();
    for (let i = 0; i < 6 && deepActiveElement() !== acceptButton(el); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'Tab reached the accept button').to.equal(acceptButton(el));
    await sendKeys({ press: 'Enter' });
    await waitForDialog(el);
    await waitUntil(() => deepActiveElement() === confirmButton(el), 'first focus is not on the confirm button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusOf(el)?.dataset.kind === 'current', 'never accepted', { timeout: 6000 });
    await networkIdle();
    expect(acceptPosts()).to.have.length(1);
    expect(deepActiveElement()).to.equal(statusOf(el));
  });

  it('is accessible with the confirmation open', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    await click(acceptButton(el)!);
    await waitForDialog(el);
    await expect(el).to.be.accessible();
  });
});
