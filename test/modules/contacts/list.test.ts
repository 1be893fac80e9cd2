/**
 * <me-contacts>' list and states: columns, search/filters/sort on the server, loading, empty,
 * error with retry, no permission, malformed payload, outside a portal, the member's view, axe
 * and the languages.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeContacts } from '../../../src/modules/contacts/me-contacts.js';
import { clearFaults } from '../../../src/mocks/index.js';
import { click, useMouse } from '../../helpers/input.js';
import { FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { list, listPath, listQueries, renderContacts, rowOf, rows, stateOf, waitForRows } from './helpers.js';

function chooseFilter(el: MeContacts, cls: string, value: string): void {
  const select = el.shadowRoot!.querySelector(`me-select.${cls}`)!.shadowRoot!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<me-contacts> list and states', () => {
  useMockApi();
  useMouse();

  it('misconfigured outside a portal', async () => {
    const el = await fixture<MeContacts>(html`<me-contacts></me-contacts>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-kind=misconfigured]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists name, e-mail, role, areas, status (icon + text) and last access, sorted by name', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const [first] = listQueries();
    expect([first!.get('sort'), first!.get('page'), first!.get('pageSize')]).to.deep.equal(['name', '1', '50']);
    const ana = textOf(rowOf(el, 'Ana Beatriz Carvalho')!);
    expect(ana).to.include('ana.carvalho@metalurgicapaulista.com.br').and.include('Administrador')
      .and.include('Suporte Técnico, Administrativo/Financeiro, Ouvidoria').and.include('Ativo');
    const badge = rowOf(el, 'Ana Beatriz Carvalho')!.querySelector('[part=badge]')!;
    expect(badge.querySelector('svg')).to.exist;
    expect(badge.textContent!.trim()).to.equal('Ativo');
    expect(textOf(rowOf(el, 'Bruno Henrique Souza')!)).to.include('Membro');
    const names = rows(el).map((r) => r.querySelector('strong')!.textContent!);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'pt-BR')));
    await expect(el).to.be.accessible();
  });

  it('searches, filters by status and role, and sorts on the server', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const input = el.shadowRoot!.querySelector('me-search-field')!.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'carlos' });
    await waitUntil(() => listQueries().some((q) => q.get('q') === 'carlos'), 'no request with q=carlos');
    await waitUntil(() => rows(el).length === 1 && rowOf(el, 'Carlos Eduardo Lima'), 'the search result never showed');

    await click(el.shadowRoot!.querySelector('me-search-field')!.shadowRoot!.querySelector('button')!); // clear
    await waitUntil(() => rows(el).length > 5, 'the search was not cleared');
    chooseFilter(el, 'role-filter', 'admin');
    await waitUntil(() => listQueries().some((q) => q.get('role') === 'admin' && q.get('pageSize') === '50'), 'no request with role=admin');
    await waitUntil(() => rows(el).length === 2, 'not the two admins');
    chooseFilter(el, 'status-filter', 'inactive');
    await waitUntil(() => listQueries().some((q) => q.get('role') === 'admin' && q.get('status') === 'inactive'), 'no role+status request');
    await waitForText(list(el), 'Nenhum contato corresponde aos filtros.');
    await click(el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!);
    // back to the first view's page (from the cache)
    await waitForRows(el, 5);
    expect(el.shadowRoot!.querySelector('button.clear')).to.equal(null);

    const header = [...list(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=columnheader] button')].find((b) => b.textContent!.includes('Último acesso'))!;
    await click(header);
    await waitUntil(() => listQueries().some((q) => /^-?lastAccessAt$/.test(q.get('sort') ?? '')), 'no sorted request');
  });

  it('loading, then rows', async () => {
    injectFault({ method: 'GET', path: listPath, query: { sort: 'name' }, delayMs: 400 });
    const { el } = await renderContacts();
    await waitUntil(() => list(el)?.shadowRoot?.querySelector('[aria-busy=true]') || stateOf(el)?.getAttribute('data-kind') === 'loading', 'no loading state');
    await waitForRows(el);
  });

  it('empty', async () => {
    injectFault({ method: 'GET', path: listPath, query: { sort: 'name' }, body: { items: [], page: 1, pageSize: 50, total: 0 }, times: Infinity });
    const { el } = await renderContacts();
    await waitForText(el, 'Nenhum contato cadastrado.');
  });

  it('error with retry (500), and the retry shows the list', async () => {
    injectFault({ method: 'GET', path: listPath, query: { sort: 'name' }, status: 500, times: Infinity });
    const { el } = await renderContacts();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'error', 'no error state', { timeout: 8000 });
    expect(rows(el)).to.have.length(0);
    clearFaults();
    await click(stateOf(el)!.querySelector('button')!);
    await waitForRows(el);
  });

  it('no permission (403 from the server): the no-permission state and who the admins are', async () => {
    injectFault({ method: 'GET', path: listPath, query: { sort: 'name' }, status: 403, times: Infinity });
    const { el } = await renderContacts();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'forbidden', 'no forbidden state', { timeout: 8000 });
    const notice = el.shadowRoot!.querySelector('me-admins-notice')!;
    await waitForText(notice, 'Carlos Eduardo Lima');
    expect(el.shadowRoot!.querySelector('button.invite, button.import')).to.equal(null);
  });

  it('a malformed list is an error naming the field', async () => {
    injectFault({ method: 'GET', path: listPath, query: { sort: 'name' }, body: { items: [{ id: 'x', name: 7 }], page: 1, pageSize: 50, total: 1 }, times: Infinity });
    const { el } = await renderContacts();
    await waitUntil(() => stateOf(el)?.getAttribute('data-kind') === 'error', 'no error state', { timeout: 8000 });
    expect(textOf(stateOf(el)!)).to.match(/items\.0\.name/);
  });

  it('a member sees who the admins are, and no admin UI; the full list is never asked for', async () => {
    const { el } = await renderContacts({ token: FACTS.tokens.member });
    const notice = await waitUntil(() => el.shadowRoot!.querySelector('me-admins-notice'), 'no admins notice', { timeout: 8000 }).then(() => el.shadowRoot!.querySelector('me-admins-notice')!);
    await waitForText(notice, 'Ana Beatriz Carvalho');
    await waitForText(notice, 'Carlos Eduardo Lima');
    await networkIdle();
    expect(el.shadowRoot!.querySelector('me-data-list, button.invite, button.import, me-toolbar')).to.equal(null);
    expect(sent('GET', listPath).every((r) => new URL(r.url).searchParams.get('role') === 'admin'), 'only role=admin asked').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('renders contact text as text (no markup from the server)', async () => {
    const evil = '<img src=x onerror="window.__ctXss=1"><b>negrito</b>';
    injectFault({ method: 'GET', path: listPath, query: { sort: 'name' }, times: Infinity, body: { items: [{
      id: 'ctt-x', name: evil, email: 'x@example.com', role: 'member', status: 'invited', createdAt: '2026-01-01T10:00:00-03:00',
    }], page: 1, pageSize: 50, total: 1 } });
    const { el } = await renderContacts();
    await waitForRows(el);
    expect(rows(el)[0]!.textContent).to.include(evil);
    expect(rows(el)[0]!.querySelector('img, b')).to.equal(null);
    expect(textOf(rows(el)[0]!)).to.include('Convidado').and.include('Nunca acessou');
    expect((window as { __ctXss?: number }).__ctXss).to.equal(undefined);
  });

  it('speaks English and Spanish', async () => {
    const { el } = await renderContacts({ locale: 'en' });
    await waitForRows(el);
    await waitForText(el, 'Contacts administration');
    expect(textOf(rowOf(el, 'Ana Beatriz Carvalho')!)).to.include('Administrator').and.include('Technical support').and.include('Active');
    const { el: es } = await renderContacts({ locale: 'es' });
    await waitForRows(es);
    await waitForText(es, 'Administración de contactos');
    expect(textOf(rowOf(es, 'Bruno Henrique Souza')!)).to.include('Miembro').and.include('Soporte técnico');
  });
});
