/**
 * <me-products>' list and states: columns, environment badges, share switches, loading, empty
 * (with the add action), error with retry, no permission, malformed payload, outside a portal,
 * the member's view, the loading order, axe and the languages.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MeProducts } from '../../../src/modules/products/me-products.js';
import { clearFaults } from '../../../src/mocks/index.js';
import { click, useMouse } from '../../helpers/input.js';
import { FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { catalogPath, listPath, renderProducts, root, rowOf, rows, stateOf, switchOf, waitForRows } from './helpers.js';

const IN_USE = FACTS.products.inUse; // Protheus 12.1.2310, Produção, shared
const DEV = FACTS.products.withoutTickets; // Fluig 2.0.0, Desenvolvimento, not shared, no release/database/OS

describe('<me-products> list and states', () => {
  const api = useMockApi();
  useMouse();

  it('misconfigured outside a portal', async () => {
    const el = await fixture<MeProducts>(html`<me-products></me-products>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-kind=misconfigured]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists line, version, release, database, OS, environment (icon + text) and a labelled share switch per product', async () => {
    const { el } = await renderProducts();
    await waitForRows(el);
    expect(rows(el)).to.have.length(8);
    const [request] = sent('GET', listPath);
    expect(new URL(request!.url).searchParams.get('pageSize')).to.equal('500');
    const headers = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers.slice(0, 7)).to.deep.equal(['Linha', 'Versão', 'Release', 'Banco de dados', 'Sistema operacional', 'Ambiente',
      'Compartilhar minhas solicitações na busca de soluções']);
    const main = textOf(rowOf(el, IN_USE)!);
    expect(main).to.include('Protheus').and.include('12.1.2310').and.include('12.1.2310.14').and.include('Microsoft SQL Server 2019')
      .and.include('Windows Server 2022').and.include('Produção');
    const badge = rowOf(el, DEV)!.querySelector('[part=badge]')!;
    expect(badge.querySelector('svg')).to.exist;
    expect(badge.textContent!.trim()).to.equal('Desenvolvimento');
    expect(rowOf(el, DEV)!.querySelectorAll('td .muted')).to.have.length(3); // no release, database, OS: "—"

    const shared = switchOf(el, IN_USE);
    expect(shared.getAttribute('aria-checked')).to.equal('true');
    expect(shared.getAttribute('aria-label')).to.equal('Compartilhar minhas solicitações na busca de soluções: Protheus 12.1.2310 (Produção)');
    expect(shared.textContent).to.include('Sim');
    expect(switchOf(el, DEV).getAttribute('aria-checked')).to.equal('false');
    expect(switchOf(el, DEV).textContent).to.include('Não');
    expect(rowOf(el, IN_USE)!.querySelector('button.edit')!.getAttribute('aria-label')).to.equal('Editar Protheus 12.1.2310 (Produção)');
    expect(root(el).querySelector('[style]')).to.equal(null);
    // the catalogue is not first-view data
    await networkIdle();
    expect(sent('GET', catalogPath)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('starts the list with the session when the host names the organization', async () => {
    injectFault({ method: 'GET', path: '/v1/me', delayMs: 400 });
    const { el } = await renderProducts({ organizationId: FACTS.orgs.a });
    await waitUntil(() => sent('GET', listPath).length === 1, 'the list never started');
    // /v1/me is still on its way: the list did not queue behind it
    expect((el as unknown as { portal: { status: string } }).portal.status).to.equal('loading');
    expect(stateOf(el)?.getAttribute('data-kind')).to.equal('loading');
    await waitForRows(el);
  });

  it('loading, then rows', async () => {
    injectFault({ method: 'GET', path: listPath, delayMs: 400 });
    const { el } = await renderProducts();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'loading', 'no loading state');
    await waitForRows(el);
  });

  it('empty, with the add action', async () => {
    injectFault({ method: 'GET', path: listPath, body: { items: [], page: 1, pageSize: 500, total: 0 } });
    const { el } = await renderProducts();
    await waitForText(el, 'Nenhum produto cadastrado.');
    const add = root(el).querySelector<HTMLButtonElement>('.empty button.add')!;
    expect(add.textContent).to.include('Adicionar produto');
    await click(add);
    await waitUntil(() => root(el).querySelector('me-dialog me-product-editor')?.shadowRoot?.querySelector('form'), 'the add form never opened');
    expect(sent('GET', catalogPath)).to.have.length(1);
  });

  it('error with retry (500), and the retry shows the list', async () => {
    injectFault({ method: 'GET', path: listPath, status: 500, times: Infinity });
    const { el } = await renderProducts();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'error', 'no error state', { timeout: 8000 });
    expect(root(el).querySelector('button.add')).to.equal(null);
    clearFaults();
    await click(stateOf(el)!.querySelector('button')!);
    await waitForRows(el);
  });

  it('no permission (403 from the server): the no-permission state and no actions', async () => {
    injectFault({ method: 'GET', path: listPath, status: 403, times: Infinity });
    const { el } = await renderProducts();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'forbidden', 'no forbidden state', { timeout: 8000 });
    expect(root(el).querySelector('button.add, table')).to.equal(null);
  });

  it('a malformed list is an error naming the field', async () => {
    injectFault({ method: 'GET', path: listPath, times: Infinity, body: { items: [{ id: 'x', lineId: 'protheus', lineName: 'Protheus', version: '12', environment: 'moon', shareTicketsInSolutionSearch: true, createdAt: '2026-01-01T00:00:00-03:00', updatedAt: '2026-01-01T00:00:00-03:00' }], page: 1, pageSize: 500, total: 1 } });
    const { el } = await renderProducts();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'error', 'no error state', { timeout: 8000 });
    expect(textOf(stateOf(el)!)).to.include('items.0.environment');
  });

  it('a member sees the products and may change them (API.md: products are not admin-only)', async () => {
    const { el } = await renderProducts({ token: FACTS.tokens.member });
    await waitForRows(el);
    expect(root(el).querySelector('button.add')).to.exist;
    expect(rowOf(el, DEV)!.querySelectorAll('button.duplicate, button.edit, button.delete')).to.have.length(3);
    await click(switchOf(el, DEV));
    await waitUntil(() => !switchOf(el, DEV).hasAttribute('aria-busy'), 'the save never ended');
    expect(switchOf(el, DEV).getAttribute('aria-checked')).to.equal('true');
    expect(api().db.products.get(DEV)!.shareTicketsInSolutionSearch).to.equal(true);
  });

  it('in English and in Spanish', async () => {
    const { el } = await renderProducts({ locale: 'en' });
    await waitForRows(el);
    expect(textOf(el)).to.include('My products').and.include('Production').and.include('Share my requests in the solution search');
    const { el: es } = await renderProducts({ locale: 'es' });
    await waitForRows(es);
    expect(textOf(es)).to.include('Mis productos').and.include('Producción').and.include('Compartir mis solicitudes');
  });
});
