/**
 * <me-products>' flows: add (versions follow the line, 201, 422 on fields, retry reuses the key),
 * duplicate (one request on a double click), edit with If-Match (412 keeps the typed values,
 * reload), delete with confirmation (409 shows the server's detail), the share switch (saves at
 * once, reverts visibly, rapid toggling never conflicts), a 403 on a mutation, the new-request
 * form following a new product, the keyboard-only edit and axe with the editor open.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Product } from '../../../src/core/schemas/products.js';
import '../../../src/modules/tickets/ticket-new.js';
import type { MeTicketNew } from '../../../src/modules/tickets/ticket-new.js';
import type { MeProducts } from '../../../src/modules/products/me-products.js';
import { PROBLEM_BASE } from '../../../src/mocks/index.js';
import { click, doubleClick, useMouse } from '../../helpers/input.js';
import { deepActiveElement, FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import {
  catalogPath, choose, controlOf, errorOf, fieldOf, listPath, messageOf, openEditor, optionsOf, productNow, productPath, renderProducts,
  root, rowOf, rows, submitOf, switchOf, typeInto, waitForRows,
} from './helpers.js';

const IN_USE = FACTS.products.inUse; // Protheus 12.1.2310 (Produção): open tickets use it
const FREE = FACTS.products.withoutTickets; // Fluig 2.0.0 (Desenvolvimento): no tickets, not shared

async function ready(options: Parameters<typeof renderProducts>[0] = {}) {
  const rendered = await renderProducts(options);
  await waitForRows(rendered.el);
  return rendered;
}

const dialogClosed = (el: MeProducts) => waitUntil(() => !root(el).querySelector('me-product-editor'), 'the editor stayed open', { timeout: 8000 });

async function fillNew(el: MeProducts) {
  const editor = await openEditor(el);
  await choose(fieldOf(editor, 'lineId'), 'rm');
  await choose(fieldOf(editor, 'version'), '12.1.2410');
  await typeInto(fieldOf(editor, 'release'), '12.1.2410.7');
  await typeInto(fieldOf(editor, 'database'), 'Oracle 19c');
  await choose(fieldOf(editor, 'environment'), 'homologation');
  return editor;
}

describe('<me-products>: add and duplicate', () => {
  const api = useMockApi();
  useMouse();

  it('adds a product: the catalogue loads on open, the versions follow the line, one POST with an Idempotency-Key', async () => {
    const { el } = await ready();
    expect(sent('GET', catalogPath)).to.have.length(0);
    const editor = await openEditor(el);
    expect(sent('GET', catalogPath)).to.have.length(1);
    const version = fieldOf(editor, 'version');
    expect(controlOf(version).disabled).to.equal(true);
    await choose(fieldOf(editor, 'lineId'), 'protheus');
    await version.updateComplete;
    expect(optionsOf(version)).to.deep.equal(['12.1.2210', '12.1.2310', '12.1.2410', '12.1.2510']);
    await choose(version, '12.1.2510');
    // another line: its own versions, and the Protheus version is gone
    await choose(fieldOf(editor, 'lineId'), 'rm');
    await version.updateComplete;
    expect(optionsOf(version)).to.deep.equal(['12.1.2306', '12.1.2402', '12.1.2410', '12.1.2502']);
    expect(controlOf(version).value).to.equal('');
    await choose(version, '12.1.2410');
    await typeInto(fieldOf(editor, 'release'), '12.1.2410.7');
    await click(editor.shadowRoot!.querySelector<HTMLInputElement>('#share')!);
    const changed = oneEvent(el, 'me-product-changed');
    await click(submitOf(editor));
    const event = await changed;
    expect(event.detail.action).to.equal('created');
    const [post] = sent('POST', listPath);
    expect(post!.headers.get('Idempotency-Key')).to.match(/.+/);
    expect(await post!.json()).to.deep.equal({ lineId: 'rm', version: '12.1.2410', release: '12.1.2410.7', environment: 'production', shareTicketsInSolutionSearch: true });
    await dialogClosed(el);
    await waitUntil(() => rowOf(el, (event.detail.product as Product).id), 'the new product never showed in the list');
    expect(rows(el)).to.have.length(9);
    expect(textOf(rowOf(el, event.detail.product.id)!)).to.include('12.1.2410.7');
  });

  it('puts a 422 on its field and keeps every typed value', async () => {
    const { el } = await ready();
    const editor = await fillNew(el);
    injectFault({ method: 'POST', path: listPath, status: 422, body: {
      type: `${PROBLEM_BASE}validation-failed`, title: 'Dados inválidos', status: 422, errors: [{ path: 'release', message: 'Release desconhecida para esta versão' }],
    } });
    await click(submitOf(editor));
    await waitUntil(() => errorOf(fieldOf(editor, 'release')) === 'Release desconhecida para esta versão', 'the error is not on the release field');
    expect(errorOf(fieldOf(editor, 'database'))).to.equal('');
    expect(controlOf(fieldOf(editor, 'release')).value).to.equal('12.1.2410.7');
    expect(controlOf(fieldOf(editor, 'version')).value).to.equal('12.1.2410');
    expect(root(el).querySelector('me-product-editor') === editor, 'the editor stayed open').to.equal(true);
  });

  it('a retry after a network error reuses the Idempotency-Key (one product created)', async () => {
    const { el } = await ready();
    const editor = await fillNew(el);
    injectFault({ method: 'POST', path: listPath, status: 0 });
    await click(submitOf(editor));
    await waitForText(editor, 'Sem conexão com o servidor');
    await click(submitOf(editor));
    await dialogClosed(el);
    const posts = sent('POST', listPath);
    expect(posts).to.have.length(2);
    expect(posts[1]!.headers.get('Idempotency-Key')).to.equal(posts[0]!.headers.get('Idempotency-Key'));
    expect([...api().db.products.values()].filter((p) => p.release === '12.1.2410.7')).to.have.length(1);
  });

  it('duplicates a product with one request on a double click', async () => {
    const { el } = await ready();
    const changed = oneEvent(el, 'me-product-changed');
    await doubleClick(rowOf(el, FREE)!.querySelector('button.duplicate')!);
    const event = await changed;
    expect(event.detail.action).to.equal('duplicated');
    expect(event.detail.product.id).to.not.equal(FREE);
    await waitUntil(() => rows(el).length === 9, 'the copy never showed');
    await networkIdle();
    const posts = sent('POST', `${productPath(FREE)}/duplicate`);
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.match(/.+/);
  });

  it('the new-request form in the same portal offers a product added here, without a reload', async () => {
    const { portal, el } = await ready({ extra: html`<me-ticket-new></me-ticket-new>` });
    const form = portal.querySelector<MeTicketNew>('me-ticket-new')!;
    await waitUntil(() => form.shadowRoot!.querySelector('me-field[name="productId"]'), 'the ticket form never showed its products');
    await networkIdle();
    const productLists = sent('GET', listPath).length;
    expect(productLists).to.equal(1); // one request serves both widgets
    const editor = await fillNew(el);
    const changed = oneEvent(el, 'me-product-changed');
    await click(submitOf(editor));
    const { product } = (await changed).detail;
    const picker = form.shadowRoot!.querySelector('me-field[name="productId"]')!;
    await waitUntil(() => optionsOf(picker).includes(product.id), 'the ticket form never offered the new product', { timeout: 8000 });
  });
});

describe('<me-products>: edit and delete', () => {
  const api = useMockApi();
  useMouse();

  it('loads the product first and saves only what changed, with If-Match', async () => {
    const { el } = await ready();
    const editor = await openEditor(el, IN_USE);
    const [get] = sent('GET', productPath(IN_USE));
    expect(get).to.exist;
    expect(controlOf(fieldOf(editor, 'release')).value).to.equal('12.1.2310.14');
    const etag = (await fetch(`/api${productPath(IN_USE)}`, { headers: { Authorization: 'Bearer demo-token' } })).headers.get('ETag');
    await typeInto(fieldOf(editor, 'database'), 'PostgreSQL 15');
    const changed = oneEvent(el, 'me-product-changed');
    await click(submitOf(editor));
    expect((await changed).detail.action).to.equal('updated');
    const [patch] = sent('PATCH', productPath(IN_USE));
    expect(patch!.headers.get('If-Match')).to.equal(etag);
    expect(await patch!.json()).to.deep.equal({ database: 'PostgreSQL 15' });
    await dialogClosed(el);
    await waitForText(rowOf(el, IN_USE)!, 'PostgreSQL 15');
  });

  it('keeps the typed values on a 412, reloads the product (new ETag, untouched fields follow the server) and saves', async () => {
    const { el } = await ready();
    const editor = await openEditor(el, IN_USE);
    await typeInto(fieldOf(editor, 'operatingSystem'), 'Windows Server 2025');
    api().db.products.get(IN_USE)!.database = 'Oracle 19c'; // changed elsewhere
    await click(submitOf(editor));
    await waitForText(editor, 'alterado por outra pessoa');
    expect(controlOf(fieldOf(editor, 'operatingSystem')).value).to.equal('Windows Server 2025');
    await click(editor.shadowRoot!.querySelector('button.reload')!);
    await waitForText(editor, 'Versão atual carregada');
    expect(sent('GET', productPath(IN_USE))).to.have.length(2);
    expect(controlOf(fieldOf(editor, 'operatingSystem')).value).to.equal('Windows Server 2025');
    expect(textOf(fieldOf(editor, 'operatingSystem'))).to.include('No servidor agora: Windows Server 2022');
    // a field the user left alone takes the other person's value (saving must not undo it)
    expect(controlOf(fieldOf(editor, 'database')).value).to.equal('Oracle 19c');
    await click(submitOf(editor));
    await dialogClosed(el);
    const patches = sent('PATCH', productPath(IN_USE));
    expect(patches).to.have.length(2);
    expect(patches[1]!.headers.get('If-Match')).to.not.equal(patches[0]!.headers.get('If-Match'));
    const now = await productNow(IN_USE);
    expect([now!.operatingSystem, now!.database]).to.deep.equal(['Windows Server 2025', 'Oracle 19c']);
  });

  it('deletes after a confirmation (cancel sends nothing)', async () => {
    const { el } = await ready();
    await click(rowOf(el, FREE)!.querySelector('button.delete')!);
    const confirm = root(el).querySelector('me-confirm-dialog')!;
    await waitForText(confirm, 'Excluir Fluig 2.0.0 (Desenvolvimento)?');
    await click(confirm.shadowRoot!.querySelector('[part=cancel]')!);
    await networkIdle();
    expect(sent('DELETE')).to.have.length(0);
    await click(rowOf(el, FREE)!.querySelector('button.delete')!);
    const changed = oneEvent(el, 'me-product-changed');
    await click(confirm.shadowRoot!.querySelector('[part=confirm]')!);
    expect((await changed).detail.action).to.equal('deleted');
    await waitUntil(() => !rowOf(el, FREE), 'the row stayed');
    expect(sent('DELETE', productPath(FREE))).to.have.length(1);
    expect(api().db.products.has(FREE)).to.equal(false);
  });

  it('a 409 on delete (open requests use the product) shows the server\'s detail and keeps the row', async () => {
    const { el } = await ready();
    await click(rowOf(el, IN_USE)!.querySelector('button.delete')!);
    const confirm = root(el).querySelector('me-confirm-dialog')!;
    await waitForText(confirm, 'Excluir Protheus');
    await click(confirm.shadowRoot!.querySelector('[part=confirm]')!);
    await waitForText(messageOf(el), 'solicitação(ões) em aberto usam este produto');
    expect(textOf(messageOf(el))).to.include('Não foi possível excluir Protheus 12.1.2310 (Produção)');
    expect(messageOf(el).getAttribute('role')).to.equal('alert');
    expect(rowOf(el, IN_USE)).to.exist;
  });

  it('edits a product with the keyboard only', async () => {
    const { el } = await ready();
    rowOf(el, FREE)!.querySelector<HTMLButtonElement>('button.edit')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('me-product-editor')?.shadowRoot?.querySelector('form'), 'no editor', { timeout: 8000 });
    const editor = root(el).querySelector('me-product-editor')!;
    const release = controlOf(fieldOf(editor, 'release'));
    for (let i = 0; i < 12 && deepActiveElement() !== release; i++) await sendKeys({ press: 'Tab' });
    // (never `expect(element).to.equal(…)`: chai's failure message walks the whole element)
    expect(deepActiveElement() === release, `focus is on ${deepActiveElement()?.localName}`).to.equal(true);
    await sendKeys({ type: '2.0.0.1' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent('PATCH', productPath(FREE)).length === 1, 'no PATCH from the keyboard', { timeout: 8000 });
    expect(await sent('PATCH', productPath(FREE))[0]!.json()).to.deep.equal({ release: '2.0.0.1' });
    await dialogClosed(el);
  });

  it('is accessible with the editor open', async () => {
    const { el } = await ready();
    const editor = await openEditor(el, IN_USE);
    await waitUntil(() => controlOf(fieldOf(editor, 'release')).value !== '', 'the form never filled');
    await expect(el).to.be.accessible();
  });
});

describe('<me-products>: the share switch', () => {
  const api = useMockApi();
  useMouse();

  it('saves at once: the switch flips, the ETag loads, one PATCH with If-Match', async () => {
    const { el } = await ready();
    const changed = oneEvent(el, 'me-product-changed');
    await click(switchOf(el, FREE));
    expect(switchOf(el, FREE).getAttribute('aria-checked')).to.equal('true');
    const event = await changed;
    expect(event.detail.action).to.equal('shared');
    expect(event.detail.product.shareTicketsInSolutionSearch).to.equal(true);
    expect(sent('GET', productPath(FREE))).to.have.length(1);
    const [patch] = sent('PATCH', productPath(FREE));
    expect(patch!.headers.get('If-Match')).to.match(/.+/);
    expect(await patch!.json()).to.deep.equal({ shareTicketsInSolutionSearch: true });
    expect(api().db.products.get(FREE)!.shareTicketsInSolutionSearch).to.equal(true);
    expect(switchOf(el, FREE).hasAttribute('aria-busy')).to.equal(false);
  });

  it('a failed save switches back visibly and says why', async () => {
    const { el } = await ready();
    injectFault({ method: 'PATCH', path: productPath(FREE), status: 500 });
    await click(switchOf(el, FREE));
    await waitForText(messageOf(el), 'Não foi possível alterar o compartilhamento de Fluig 2.0.0 (Desenvolvimento)');
    expect(textOf(messageOf(el))).to.include('A opção voltou para “Não”');
    expect(switchOf(el, FREE).getAttribute('aria-checked')).to.equal('false');
    expect(switchOf(el, FREE).textContent).to.include('Não');
    expect(api().db.products.get(FREE)!.shareTicketsInSolutionSearch).to.equal(false);
  });

  it('a 403 on a save says the user may not change products', async () => {
    const { el } = await ready();
    injectFault({ method: 'PATCH', path: productPath(IN_USE), status: 403 });
    await click(switchOf(el, IN_USE));
    await waitForText(messageOf(el), 'Você não tem permissão para alterar os produtos desta organização');
    expect(switchOf(el, IN_USE).getAttribute('aria-checked')).to.equal('true');
  });

  it('rapid toggling never sends two requests for the product at once, and ends where the user left it', async () => {
    const { el } = await ready();
    injectFault({ method: 'PATCH', path: productPath(FREE), delayMs: 300 }); // the first save is slow
    await doubleClick(switchOf(el, FREE));
    await click(switchOf(el, FREE));
    // three clicks: the user wants it shared
    expect(switchOf(el, FREE).getAttribute('aria-checked')).to.equal('true');
    await waitUntil(() => !switchOf(el, FREE).hasAttribute('aria-busy'), 'the saves never ended', { timeout: 8000 });
    await networkIdle();
    const patches = sent('PATCH', productPath(FREE));
    expect(patches.length).to.be.within(1, 3);
    // a second PATCH sent before the first answered would carry the same ETag (and get a 412)
    const tags = patches.map((p) => p.headers.get('If-Match'));
    expect(new Set(tags).size).to.equal(tags.length);
    expect(textOf(messageOf(el))).to.equal('');
    expect(api().db.products.get(FREE)!.shareTicketsInSolutionSearch).to.equal(true);
    expect(switchOf(el, FREE).getAttribute('aria-checked')).to.equal('true');
  });

  it('a product changed elsewhere (412): the switch goes back, the list refreshes, the user is told', async () => {
    const { el } = await ready();
    await click(switchOf(el, FREE));
    await waitUntil(() => !switchOf(el, FREE).hasAttribute('aria-busy'), 'the first save never ended');
    api().db.products.get(FREE)!.notes = 'Mudado por outra pessoa'; // the known ETag is now stale
    await click(switchOf(el, FREE));
    await waitForText(messageOf(el), 'foi alterado em outro lugar');
    expect(switchOf(el, FREE).getAttribute('aria-checked')).to.equal('true');
    await waitUntil(() => sent('GET', listPath).length >= 3, 'the list was not refreshed');
  });
});
