/**
 * Bulk decisions of <me-os-approval>: rows selected with the mouse, one `POST …/decisions`,
 * per-order results (the decided ones leave, the failed ones stay selected with their problem
 * on their row) and an announced summary.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeOsApproval } from '../../../src/modules/os-approval/me-os-approval.js';
import { click, useMouse } from '../../helpers/input.js';
import { injectFault, networkIdle, sent, textOf, useMockApi } from '../../helpers/portal.js';
import { ORG, bulkPath, decideElsewhere, decisionPosts, list, pendingOrders, renderApproval, rowOf, waitForRows } from './helpers.js';

const bulkButton = (el: MeOsApproval, which: 'approve' | 'reject') => el.shadowRoot!.querySelector(`me-submit-button.bulk-${which}`)!.shadowRoot!.querySelector('button')!;
const bulkLabel = (el: MeOsApproval, which: 'approve' | 'reject') => el.shadowRoot!.querySelector(`me-submit-button.bulk-${which}`)!.textContent!;
const checkbox = (row: HTMLElement) => row.querySelector<HTMLInputElement>('input.check-input')!;

describe('<me-os-approval> bulk decisions', () => {
  const api = useMockApi();
  useMouse();

  it('approves the selected orders in one request; one decided elsewhere (409) stays selected with its problem; the summary is announced', async () => {
    const [a, b, c, d] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el, 4);
    for (const order of [a, b, c]) await click(checkbox(rowOf(el, order!.number)!));
    await waitUntil(() => bulkLabel(el, 'approve').includes('(3)'), `bulk button says ${bulkLabel(el, 'approve')}`);
    decideElsewhere(api(), b!.id);
    await click(bulkButton(el, 'approve'));
    await waitUntil(() => textOf(el).includes('2 aprovadas, 1 não pôde ser decidida'), `no summary: ${textOf(el).slice(0, 300)}`, { timeout: 6000 });
    await waitUntil(() => !rowOf(el, a!.number) && !rowOf(el, c!.number), 'the approved ones stayed', { timeout: 6000 });
    await networkIdle();
    const posts = sent('POST', bulkPath);
    expect(posts).to.have.length(1);
    expect(decisionPosts()).to.have.length(0);
    expect(await posts[0]!.clone().json()).to.deep.equal({ ids: [a!.id, b!.id, c!.id], decision: 'approve' });
    expect(posts[0]!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    // the failed one stays selected with its problem (named in the summary; on its row while it is listed)
    expect(textOf(el.shadowRoot!.querySelector('[part=summary]')!)).to.include(`${b!.number}: A OS ${b!.number} já foi aprovada.`);
    expect(list(el).selectedKeys.has(b!.id)).to.equal(true);
    expect(rowOf(el, d!.number)).to.exist;
    expect(bulkLabel(el, 'approve')).to.include('(1)');
  });

  it('a failed order that is still pending stays listed and selected, with its problem on its row', async () => {
    const [a, b] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el, 2);
    for (const order of [a, b]) await click(checkbox(rowOf(el, order!.number)!));
    // the server refuses one of them (its own answer for that item), and decides the other
    const original = api().db.serviceOrders.get(ORG)!;
    injectFault({ method: 'POST', path: bulkPath, body: { results: [
      { id: a!.id, ok: true, serviceOrder: { ...a!, status: 'approved', decision: { by: { id: 'usr-ana', name: 'Ana', email: 'ana@x' }, at: '2026-11-28T10:00:00-03:00' } } },
      { id: b!.id, ok: false, problem: { type: 'about:blank', title: 'Conflito', status: 409, detail: 'A OS está em revisão pelo consultor.' } },
    ] } });
    original.find((o) => o.id === a!.id)!.status = 'approved';
    await click(bulkButton(el, 'approve'));
    await waitUntil(() => textOf(el).includes('1 aprovada, 1 não pôde ser decidida'), `no summary: ${textOf(el).slice(0, 300)}`, { timeout: 6000 });
    await waitUntil(() => !rowOf(el, a!.number), 'the approved one stayed', { timeout: 6000 });
    await networkIdle();
    const row = rowOf(el, b!.number)!;
    expect(row.getAttribute('aria-selected')).to.equal('true');
    expect(textOf(row)).to.include('A OS está em revisão pelo consultor.');
    expect(el.shadowRoot!.querySelector('[part=summary]')!.getAttribute('role')).to.equal('status');
  });

  it('a network error on the bulk request: said in the summary; the retry reuses its Idempotency-Key', async () => {
    const [a, b] = await pendingOrders();
    injectFault({ method: 'POST', path: bulkPath, status: 0 });
    const { el } = await renderApproval();
    await waitForRows(el, 2);
    for (const order of [a, b]) await click(checkbox(rowOf(el, order!.number)!));
    await click(bulkButton(el, 'approve'));
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part=summary]')!).includes('Sem conexão'), 'no network error in the summary', { timeout: 6000 });
    expect(list(el).selectedKeys.size).to.equal(2);
    await click(bulkButton(el, 'approve'));
    await waitUntil(() => textOf(el).includes('2 aprovadas'), 'the retry did not decide', { timeout: 6000 });
    await networkIdle();
    const keys = sent('POST', bulkPath).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('rejects the selected orders with one reason for all; without one nothing is sent', async () => {
    const [a, b] = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el, 2);
    for (const order of [a, b]) await click(checkbox(rowOf(el, order!.number)!));
    await click(bulkButton(el, 'reject'));
    const dialog = el.shadowRoot!.querySelector('me-dialog.reject-dialog')!;
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')!.open, 'no reject dialog');
    expect(textOf(dialog)).to.include('Rejeitar 2 OS selecionadas');
    const submit = el.shadowRoot!.querySelector('me-submit-button.reject-submit')!.shadowRoot!.querySelector('button')!;
    await click(submit);
    await networkIdle();
    expect(sent('POST', bulkPath)).to.have.length(0);
    el.shadowRoot!.querySelector('me-field')!.focus();
    await sendKeys({ type: 'Apontamentos duplicados nas duas OS.' });
    await click(submit);
    await waitUntil(() => textOf(el).includes('2 rejeitadas'), 'no summary', { timeout: 6000 });
    await networkIdle();
    expect(await sent('POST', bulkPath)[0]!.clone().json()).to.deep.equal({ ids: [a!.id, b!.id], decision: 'reject', reason: 'Apontamentos duplicados nas duas OS.' });
  });

  it('"select all" selects every row; the bulk buttons count them', async () => {
    const orders = await pendingOrders();
    const { el } = await renderApproval();
    await waitForRows(el, 2);
    await click(list(el).shadowRoot!.querySelector('[role=columnheader] input[type=checkbox]')!);
    await waitUntil(() => bulkLabel(el, 'approve').includes(`(${orders.length})`), `bulk button says ${bulkLabel(el, 'approve')}`);
  });
});
