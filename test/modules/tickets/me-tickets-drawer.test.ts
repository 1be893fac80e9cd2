/**
 * The detail's actions inside a mounted `<me-tickets>`, driven as a user with a mouse drives
 * them: real pointer clicks (and keys) on dialogs opened from inside the drawer. Tests of the
 * detail alone with `element.click()` missed a drawer that closed itself when its inner confirm
 * dialog closed (the confirm's `me-close` reached the drawer's handler).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/tickets/define.js';
import type { MeTicketDetail } from '../../../src/modules/tickets/ticket-detail.js';
import type { MeTickets } from '../../../src/modules/tickets/me-tickets.js';
import { click, useMouse } from '../../helpers/input.js';
import { deepActiveElement, deepQuery, FACTS, injectFault, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const OPEN_SUBJECT = 'SPED Fiscal: bloco C190 com valores divergentes em outubro';
const ids = FACTS.tickets;

async function renderTickets(ticketId = '') {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
    <me-tickets style="width: 1100px" tab="mine" ticket-id=${ticketId}></me-tickets></me-portal>`);
  return portal.querySelector<MeTickets>('me-tickets')!;
}

const drawerDialog = (tickets: MeTickets) => deepQuery(tickets, 'me-drawer')!.shadowRoot!.querySelector('dialog')!;

/** The drawer is open and shows the ticket (the detail was not torn down). */
function expectDrawerShows(tickets: MeTickets, ticketId: string, detail: MeTicketDetail): void {
  expect(drawerDialog(tickets).open, 'the drawer closed').to.equal(true);
  expect(tickets.ticketId).to.equal(ticketId);
  expect(detail.isConnected, 'the detail was torn down').to.equal(true);
}

async function detailOf(tickets: MeTickets, part = '[part=ticket]'): Promise<MeTicketDetail> {
  await waitUntil(() => deepQuery(tickets, 'me-ticket-detail')?.shadowRoot?.querySelector(part), `the drawer never showed ${part}`, { timeout: 6000 });
  return deepQuery<MeTicketDetail>(tickets, 'me-ticket-detail')!;
}

const $ = <T extends Element = HTMLElement>(detail: MeTicketDetail, selector: string) => detail.shadowRoot!.querySelector<T>(selector)!;
const confirmDialog = (detail: MeTicketDetail) => $(detail, 'me-confirm-dialog')!.shadowRoot!;
const button = (root: ParentNode, selector: string) => root.querySelector<HTMLButtonElement>(selector)!;
const submitOf = (detail: MeTicketDetail, section: string) => $(detail, `${section} me-submit-button`).shadowRoot!.querySelector('button')!;

describe('<me-tickets> drawer, with real pointer input', () => {
  useMockApi();
  useMouse();

  it('opens a ticket with a click on its row, and marks it solved through the confirm dialog: the drawer stays', async () => {
    const tickets = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    const row = [...deepQuery(tickets, 'me-data-list')!.shadowRoot!.querySelectorAll('[role=row][data-index]')].find((r) => r.textContent!.includes(OPEN_SUBJECT))!;
    await click(row.querySelector('[role=gridcell]:nth-child(2)')!);
    await waitUntil(() => tickets.ticketId === ids.open, 'a click on the row did not open the ticket');
    const detail = await detailOf(tickets);

    await click($(detail, 'button.solve'));
    await waitUntil(() => confirmDialog(detail).querySelector('dialog')!.open, 'no confirmation');
    await click(button(confirmDialog(detail), '[part=confirm]'));

    await waitUntil(() => sent('POST', `/v1/tickets/${ids.open}/solve`).length === 1, 'no POST …/solve went out', { timeout: 6000 });
    await waitForText($(detail, 'me-status-badge'), 'Resolvido');
    expectDrawerShows(tickets, ids.open, detail);
    expect(sent('POST', `/v1/tickets/${ids.open}/solve`)).to.have.length(1);
    // the solve button is gone: the ticket's heading takes focus, inside the drawer
    await waitUntil(() => deepActiveElement() === $(detail, '#subject'), `focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
  });

  it('Esc on the confirm dialog over the drawer closes the confirm only; focus goes back to the solve button', async () => {
    const tickets = await renderTickets(ids.open);
    const detail = await detailOf(tickets);
    const solve = $(detail, 'button.solve');
    await click(solve);
    await waitUntil(() => confirmDialog(detail).querySelector('dialog')!.open, 'no confirmation');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !confirmDialog(detail).querySelector('dialog')!.open, 'Esc did not close the confirm');
    await new Promise((done) => setTimeout(done, 100)); // a leaked close would have closed the drawer by now
    expectDrawerShows(tickets, ids.open, detail);
    expect(deepActiveElement()).to.equal(solve);
    expect(sent('POST', `/v1/tickets/${ids.open}/solve`)).to.have.length(0);

    // a second Esc is the drawer's: it closes, and the ticket is no longer open
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !drawerDialog(tickets).open && tickets.ticketId === undefined, 'the second Esc did not close the drawer');
  });

  it('Cancel on the confirm dialog, with the mouse, keeps the drawer and sends nothing', async () => {
    const tickets = await renderTickets(ids.open);
    const detail = await detailOf(tickets);
    const solve = $(detail, 'button.solve');
    await click(solve);
    await waitUntil(() => confirmDialog(detail).querySelector('dialog')!.open, 'no confirmation');
    await click(button(confirmDialog(detail), '[part=cancel]'));
    await waitUntil(() => !confirmDialog(detail).querySelector('dialog')!.open, 'Cancel did not close the confirm');
    await new Promise((done) => setTimeout(done, 100));
    expectDrawerShows(tickets, ids.open, detail);
    expect(deepActiveElement()).to.equal(solve);
    expect(sent('POST', `/v1/tickets/${ids.open}/solve`)).to.have.length(0);
  });

  it('rates a solved ticket with the mouse and the keyboard', async () => {
    const tickets = await renderTickets(ids.solved);
    const detail = await detailOf(tickets, '.rating form');
    await click($(detail, '.rating label[data-rating=good]'));
    expect($<HTMLInputElement>(detail, '.rating input[value=good]').checked).to.equal(true);
    await click($(detail, '.rating me-field').shadowRoot!.querySelector('textarea')!);
    await sendKeys({ type: 'Resolveram rápido.' });
    await click(submitOf(detail, '.rating'));
    await waitForText(tickets, 'Obrigado pela avaliação!', 6000); // in the page's toast region
    const posts = sent('POST', `/v1/tickets/${ids.solved}/satisfaction`);
    expect(posts).to.have.length(1);
    expect(await posts[0]!.json()).to.deep.equal({ rating: 'good', comment: 'Resolveram rápido.' });
    expectDrawerShows(tickets, ids.solved, detail);
  });

  it('replies with an attachment: the file uploads, the reply carries its id, the drawer stays', async () => {
    const tickets = await renderTickets(ids.open);
    const detail = await detailOf(tickets, '.reply');
    // the OS file picker cannot be driven from a page: the chosen files are handed to the input
    const input = $<HTMLInputElement>(detail, '.reply input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['linha 1\n'], 'console.log', { type: 'text/plain' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $(detail, '.upload[data-status=done]'), 'the upload never finished', { timeout: 6000 });
    await click($(detail, '.reply me-field').shadowRoot!.querySelector('textarea')!);
    await sendKeys({ type: 'Segue o log.' });
    await click(submitOf(detail, '.reply'));
    await waitUntil(() => sent('POST', `/v1/tickets/${ids.open}/comments`).length === 1, 'no reply went out', { timeout: 6000 });
    await waitForText(tickets, 'Resposta enviada.'); // in the page's toast region
    const body = await sent('POST', `/v1/tickets/${ids.open}/comments`)[0]!.json();
    expect(body.body).to.equal('Segue o log.');
    expect(body.attachmentIds).to.have.length(1);
    expect(body.attachmentIds[0]).to.match(/^upl-/);
    expectDrawerShows(tickets, ids.open, detail);
  });

  it('a failed solve (500) says why inside the drawer, which stays open', async () => {
    const tickets = await renderTickets(ids.open);
    const detail = await detailOf(tickets);
    injectFault({ method: 'POST', path: `/v1/tickets/${ids.open}/solve`, status: 500 });
    await click($(detail, 'button.solve'));
    await waitUntil(() => confirmDialog(detail).querySelector('dialog')!.open, 'no confirmation');
    await click(button(confirmDialog(detail), '[part=confirm]'));
    await waitUntil(() => detail.shadowRoot!.querySelector('.solve-error'), 'no error shown', { timeout: 6000 });
    expect(textOf($(detail, '.solve-error'))).to.contain('Não foi possível');
    expectDrawerShows(tickets, ids.open, detail);
  });

  it('the follow-up dialog of a closed ticket closes on Esc and on Cancel without closing the drawer; focus returns to its button', async () => {
    const tickets = await renderTickets(ids.closed);
    const detail = await detailOf(tickets, '.closed button');
    const followUp = $<HTMLButtonElement>(detail, '.closed button');
    const followDialog = () => $(detail, '.closed ~ me-dialog').shadowRoot!.querySelector('dialog')!;
    const form = () => detail.shadowRoot!.querySelector('me-ticket-new')?.shadowRoot;

    await click(followUp);
    await waitUntil(() => followDialog().open && form()?.querySelector('me-field[name="description"]'), 'no follow-up form', { timeout: 6000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !followDialog().open, 'Esc did not close the follow-up dialog');
    await new Promise((done) => setTimeout(done, 100));
    expectDrawerShows(tickets, ids.closed, detail);
    expect(deepActiveElement()).to.equal(followUp);

    await click(followUp);
    await waitUntil(() => followDialog().open && form()?.querySelector('me-field[name="description"]'), 'no follow-up form the second time', { timeout: 6000 });
    const cancel = [...form()!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Cancelar'))!;
    await click(cancel);
    await waitUntil(() => !followDialog().open, 'Cancel did not close the follow-up dialog');
    await new Promise((done) => setTimeout(done, 100));
    expectDrawerShows(tickets, ids.closed, detail);
    expect(deepActiveElement()).to.equal(followUp);
    expect(sent('POST', '/v1/tickets')).to.have.length(0);
  });

  it('the ✕ of the new-request dialog closes it, and nothing else', async () => {
    const tickets = await renderTickets();
    await waitForText(tickets, OPEN_SUBJECT);
    const newButton = [...tickets.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.includes('Nova solicitação'))!;
    await click(newButton);
    const dialog = () => tickets.shadowRoot!.querySelector('me-dialog')!.shadowRoot!;
    await waitUntil(() => dialog().querySelector('dialog')!.open && deepQuery(tickets, 'me-ticket-new'), 'no new-request dialog', { timeout: 6000 });
    await click(button(dialog(), '[part=close-button]'));
    await waitUntil(() => !dialog().querySelector('dialog')!.open, 'the ✕ did not close the dialog');
    expect(deepActiveElement()).to.equal(newButton);
    expect(tickets.ticketId || undefined, 'a ticket opened').to.equal(undefined);
    expect(sent('POST', '/v1/tickets')).to.have.length(0);
  });
});
