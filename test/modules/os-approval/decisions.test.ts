/**
 * One order's decision in <me-os-approval>, driven with real input: one request per decision
 * however fast the user clicks, the same Idempotency-Key on a retry after a network error or a
 * timeout, a 409 that names who decided, and a reject reason validated before anything is sent.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeOsApproval } from '../../../src/modules/os-approval/me-os-approval.js';
import { click, doubleClick, useMouse } from '../../helpers/input.js';
import { deepActiveElement, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { decideElsewhere, decisionPath, decisionPosts, keysOf, pendingOrders, renderApproval, rowOf, rows, waitForRows } from './helpers.js';

const button = (row: HTMLElement, which: 'approve' | 'reject') => row.querySelector<HTMLButtonElement>(`button.os-${which}`)!;
const dialogOf = (el: MeOsApproval) => el.shadowRoot!.querySelector('me-dialog.reject-dialog')!;
const reasonField = (el: MeOsApproval) => el.shadowRoot!.querySelector('me-field')!;
const rejectSubmit = (el: MeOsApproval) => el.shadowRoot!.querySelector('me-submit-button.reject-submit')!.shadowRoot!.querySelector('button')!;

describe('<me-os-approval> decisions', () => {
  const api = useMockApi();
  useMouse();

  it('approves an order with its row button: one POST, the row leaves, me-os-decided fires', async () => {
    const [first] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el);
    const events: Array<{ ids: string[]; decision: string }> = [];
    el.addEventListener('me-os-decided', (e) => events.push(e.detail));
    await click(button(rowOf(el, first!.number)!, 'approve'));
    await waitUntil(() => !rowOf(el, first!.number), 'the approved order stayed in the list', { timeout: 6000 });
    await networkIdle();
    expect(decisionPosts()).to.have.length(1);
    expect(await decisionPosts()[0]!.clone().json()).to.deep.equal({ decision: 'approve' });
    expect(decisionPosts()[0]!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    expect(events).to.deep.equal([{ ids: [first!.id], decision: 'approve' }]);
  });

  it('a real double click on "Aprovar" sends one decision POST (slow server)', async () => {
    const [first] = await pendingOrders();
    injectFault({ method: 'POST', path: decisionPath(first!.id), delayMs: 400 });
    const { el } = await renderApproval();
    await waitForRows(el);
    await doubleClick(button(rowOf(el, first!.number)!, 'approve'));
    await waitUntil(() => !rowOf(el, first!.number), 'never approved', { timeout: 6000 });
    await networkIdle();
    expect(decisionPosts(), 'decision POSTs').to.have.length(1);
    console.log('double click (slow server):', sent().filter((r) => r.method !== 'GET' || /service-orders/.test(r.url)).map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search} ${r.headers.get('Idempotency-Key') ?? ''}`).join(' | '));
  });

  it('a real double click on "Aprovar" sends one decision POST (fast server: the second click never decides the next row)', async () => {
    const [first, second] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el);
    // at a person's pace: the first decision is answered, and the next order's row is under the pointer, before the second click
    await doubleClick(button(rowOf(el, first!.number)!, 'approve'), { gap: 250 });
    await waitUntil(() => !rowOf(el, first!.number), 'never approved', { timeout: 6000 });
    await networkIdle();
    expect(decisionPosts(), 'decision POSTs').to.have.length(1);
    expect(rowOf(el, second!.number), 'the next order is still pending').to.exist;
  });

  it('a network error shows on the row; the retry reuses the Idempotency-Key and succeeds', async () => {
    const [first] = await pendingOrders();
    injectFault({ method: 'POST', path: decisionPath(first!.id), status: 0 });
    const { el } = await renderApproval();
    await waitForRows(el);
    await click(button(rowOf(el, first!.number)!, 'approve'));
    await waitForText(rowOf(el, first!.number)!, 'Sem conexão');
    await click(button(rowOf(el, first!.number)!, 'approve'));
    await waitUntil(() => !rowOf(el, first!.number), 'the retry did not approve', { timeout: 6000 });
    await networkIdle();
    const posts = decisionPosts(first!.id);
    expect(posts).to.have.length(2);
    const [a, b] = keysOf(posts);
    expect(a).to.be.a('string');
    expect(b).to.equal(a);
    // the request log, for the report
    console.log('network-error retry:', posts.map((r) => `${r.method} ${new URL(r.url).pathname} Idempotency-Key=${r.headers.get('Idempotency-Key')}`).join(' | '));
  });

  it('a timeout shows on the row; the retry reuses the Idempotency-Key', async () => {
    const [first] = await pendingOrders();
    injectFault({ method: 'POST', path: decisionPath(first!.id), delayMs: 1500, status: 503 });
    const { el } = await renderApproval({ timeout: 500 });
    await waitForRows(el);
    await click(button(rowOf(el, first!.number)!, 'approve'));
    await waitForText(rowOf(el, first!.number)!, 'demorou demais', 6000);
    await click(button(rowOf(el, first!.number)!, 'approve'));
    await waitUntil(() => !rowOf(el, first!.number), 'the retry did not approve', { timeout: 6000 });
    await networkIdle();
    const keys = keysOf(decisionPosts(first!.id));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    console.log('timeout retry:', decisionPosts(first!.id).map((r) => `${r.method} ${new URL(r.url).pathname} Idempotency-Key=${r.headers.get('Idempotency-Key')}`).join(' | '));
  });

  it('from the drawer: a double click on "Aprovar" sends one POST and the drawer shows who approved', async () => {
    const [first] = await pendingOrders();
    injectFault({ method: 'POST', path: decisionPath(first!.id), delayMs: 300 });
    const { el } = await renderApproval({ orderId: first!.id });
    await waitUntil(() => el.shadowRoot!.querySelector('[part=detail]'), 'no detail', { timeout: 6000 });
    const approve = el.shadowRoot!.querySelector('me-submit-button.detail-approve')!.shadowRoot!.querySelector('button')!;
    await waitUntil(() => el.shadowRoot!.querySelector('me-drawer')!.shadowRoot!.querySelector('dialog')!.open, 'drawer not open');
    await new Promise((r) => setTimeout(r, 300)); // the drawer's slide-in
    await doubleClick(approve);
    await waitUntil(() => /Aprovada por .+ em /.test(el.shadowRoot!.querySelector('[part=detail] .decision')?.textContent ?? ''), 'the drawer never showed the decision', { timeout: 6000 });
    await networkIdle();
    expect(decisionPosts()).to.have.length(1);
    expect(el.shadowRoot!.querySelector('me-submit-button.detail-approve')).to.equal(null);
  });

  it('from the drawer: reject with a reason through the dialog over it; the drawer stays open and shows the reason', async () => {
    const [first] = await pendingOrders();
    const { el } = await renderApproval({ orderId: first!.id });
    await waitUntil(() => el.shadowRoot!.querySelector('[part=detail]'), 'no detail', { timeout: 6000 });
    await new Promise((r) => setTimeout(r, 300));
    await click(el.shadowRoot!.querySelector('me-submit-button.detail-reject')!.shadowRoot!.querySelector('button')!);
    await waitUntil(() => dialogOf(el).shadowRoot!.querySelector('dialog')!.open, 'no reject dialog');
    await waitUntil(() => deepActiveElement()?.localName === 'textarea', 'focus not on the reason');
    await sendKeys({ type: 'Atividade duplicada em relação à OS anterior.' });
    await click(rejectSubmit(el));
    await waitUntil(() => /Rejeitada por/.test(el.shadowRoot!.querySelector('[part=detail] .decision')?.textContent ?? ''), 'no decision in the drawer', { timeout: 6000 });
    expect(el.shadowRoot!.querySelector('[part=detail] .reason')!.textContent).to.equal('Atividade duplicada em relação à OS anterior.');
    expect(el.shadowRoot!.querySelector('me-drawer')!.shadowRoot!.querySelector('dialog')!.open, 'the drawer closed').to.equal(true);
    expect(dialogOf(el).shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(el.orderId).to.equal(first!.id);
  });

  it('a new decision after a success gets a new key', async () => {
    const [first, second] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el);
    await click(button(rowOf(el, first!.number)!, 'approve'));
    await waitUntil(() => !rowOf(el, first!.number), 'never approved', { timeout: 6000 });
    await waitUntil(() => rowOf(el, second!.number), 'list never came back', { timeout: 6000 });
    await click(button(rowOf(el, second!.number)!, 'approve'));
    await waitUntil(() => !rowOf(el, second!.number), 'never approved', { timeout: 6000 });
    const keys = keysOf(decisionPosts());
    expect(keys).to.have.length(2);
    expect(keys[1]).to.not.equal(keys[0]);
  });

  it('409 (decided elsewhere): shows the server detail, who decided and when, and refreshes the list', async () => {
    const [first] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el);
    const { name } = decideElsewhere(api(), first!.id);
    const row = rowOf(el, first!.number)!;
    await click(button(row, 'approve'));
    await waitUntil(() => textOf(el).includes(`Decidida por ${name}`), `no "decided by": ${textOf(el).slice(0, 400)}`, { timeout: 6000 });
    expect(textOf(el)).to.include(`A OS ${first!.number} já foi aprovada.`);
    await networkIdle();
    expect(decisionPosts(first!.id)).to.have.length(1);
  });

  it('reject without a reason (or with too short a one) is blocked before any request; a valid one sends one POST', async () => {
    const [first] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el);
    await click(button(rowOf(el, first!.number)!, 'reject'));
    await waitUntil(() => dialogOf(el).shadowRoot!.querySelector('dialog')!.open, 'no reject dialog');
    await click(rejectSubmit(el));
    await waitUntil(() => reasonField(el).error, 'no error under the reason');
    expect(reasonField(el).error).to.equal('Preencha este campo.');
    reasonField(el).focus();
    await sendKeys({ type: 'curto' });
    await click(rejectSubmit(el));
    await waitUntil(() => /10/.test(reasonField(el).error ?? ''), `no minimum-length error: ${reasonField(el).error}`);
    await networkIdle();
    expect(decisionPosts()).to.have.length(0);

    reasonField(el).focus();
    await sendKeys({ type: ' demais: as horas de 12/11 não ocorreram.' });
    await doubleClick(rejectSubmit(el));
    await waitUntil(() => !rowOf(el, first!.number), 'never rejected', { timeout: 6000 });
    await networkIdle();
    expect(decisionPosts(), 'a double click on the confirm button sends one POST').to.have.length(1);
    expect(await decisionPosts()[0]!.clone().json()).to.deep.equal({ decision: 'reject', reason: 'curto demais: as horas de 12/11 não ocorreram.' });
    expect(dialogOf(el).shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('a reason typed and not sent comes back when the same order\'s reject opens again; another order starts empty', async () => {
    const [first, second] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el, 2);
    const open = async (number: string) => {
      await click(button(rowOf(el, number)!, 'reject'));
      await waitUntil(() => dialogOf(el).shadowRoot!.querySelector('dialog')!.open, 'no reject dialog');
      await reasonField(el).updateComplete;
    };
    const typed = () => reasonField(el).shadowRoot!.querySelector('textarea')!.value;
    await open(first!.number);
    reasonField(el).focus();
    await sendKeys({ type: 'As horas de 12/11 não ocorreram.' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).shadowRoot!.querySelector('dialog')!.open, 'Esc did not close the dialog');
    await open(first!.number);
    expect(typed()).to.equal('As horas de 12/11 não ocorreram.');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).shadowRoot!.querySelector('dialog')!.open, 'Esc did not close the dialog');
    await open(second!.number);
    expect(typed()).to.equal('');
    await networkIdle();
    expect(decisionPosts()).to.have.length(0);
  });

  it('keyboard only: approve with Enter on the row button, reject with a typed reason', async () => {
    const [first, second] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el, 2);
    // Tab from the search field reaches the list, then its first row's buttons
    el.shadowRoot!.querySelector('me-search-field')!.focus();
    for (let i = 0; i < 12 && deepActiveElement()?.classList.contains('os-approve') !== true; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal(`Aprovar ${first!.number}`);
    // only the focused row's buttons are tab stops: the list is not a hundred stops long
    expect(rows(el).filter((r) => r.dataset.index !== '0').every((r) => r.querySelector<HTMLButtonElement>('button.os-approve')!.tabIndex === -1)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !rowOf(el, first!.number), 'Enter did not approve', { timeout: 6000 });
    await waitUntil(() => rowOf(el, second!.number), 'list never came back', { timeout: 6000 });
    await networkIdle();
    // focus is back on the list (not on the next order's button)
    expect(deepActiveElement()?.getAttribute('role')).to.equal('row');
    for (let i = 0; i < 4 && deepActiveElement()?.classList.contains('os-reject') !== true; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal(`Rejeitar ${second!.number}`);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).shadowRoot!.querySelector('dialog')!.open, 'no reject dialog');
    await waitUntil(() => deepActiveElement()?.localName === 'textarea', `focus on ${deepActiveElement()?.localName}`);
    await sendKeys({ type: 'Horas acima do combinado na proposta.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !rowOf(el, second!.number), 'the keyboard reject did not go out', { timeout: 6000 });
    await networkIdle();
    expect(decisionPosts()).to.have.length(2);
    expect(rows(el).length).to.be.greaterThan(0);
  });
});
