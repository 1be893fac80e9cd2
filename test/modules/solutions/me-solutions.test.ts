/**
 * <me-solutions>, the shared solution search, driven with real input on the mock API: typing
 * (debounced `q`), the matched words marked, the ranking, the filters (the product lines loaded
 * after the first view), sort, pages, the empty state and its way out, every failure state, the
 * languages and axe. Opening a solution, the vote, XSS and sharing: solution-view.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import '../../../src/modules/solutions/define.js';
import type { MeSolutions } from '../../../src/modules/solutions/me-solutions.js';
import type { SolutionList } from '../../../src/core/schemas/solutions.js';
import { click, useMouse } from '../../helpers/input.js';
import { deepActiveElement, FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const LIST = '/v1/solutions';
const CATALOG = '/v1/catalog/product-lines';
const RARE = FACTS.solutions.rareWords;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function renderSolutions(options: { locale?: string; token?: string; q?: string; pageSize?: number } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} locale=${options.locale ?? 'pt-BR'}>
    <me-solutions style="width: 1000px" q=${options.q ?? ''} page-size=${options.pageSize ?? 10}></me-solutions></me-portal>`);
  return portal.querySelector<MeSolutions>('me-solutions')!;
}

const root = (el: MeSolutions) => el.shadowRoot!;
const resultsList = (el: MeSolutions) => root(el).querySelector<HTMLOListElement>('.results');
const results = (el: MeSolutions) => [...root(el).querySelectorAll<HTMLLIElement>('.results .result')];
const opens = (el: MeSolutions) => [...root(el).querySelectorAll<HTMLButtonElement>('.results button.open')];
const ids = (el: MeSolutions) => opens(el).map((b) => b.dataset.id!);
const summary = (el: MeSolutions) => textOf(root(el).querySelector('.summary')!).trim();
const stateOf = (el: MeSolutions) => root(el).querySelector<HTMLElement>('[part=state]');
const searchInput = (el: MeSolutions) => root(el).querySelector('me-search-field')!.shadowRoot!.querySelector('input')!;
const selectOf = (el: MeSolutions, label: string) =>
  [...root(el).querySelectorAll('me-select')].find((s) => s.getAttribute('label') === label)!.shadowRoot!.querySelector('select')!;
const pagination = (el: MeSolutions) => root(el).querySelector('me-pagination');
const pageButton = (el: MeSolutions, label: string) => pagination(el)!.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
const marks = (node: Element) => [...node.querySelectorAll('mark')].map((m) => m.textContent);

/** The list requests' query parameters, in order. */
const listQueries = () => sent('GET', LIST).map((r) => Object.fromEntries(new URL(r.url).searchParams));

/** Results shown and not busy, optionally until `ready` holds too. */
async function waitForResults(el: MeSolutions, ready: () => boolean = () => true, what = 'results'): Promise<void> {
  await waitUntil(() => resultsList(el)?.getAttribute('aria-busy') === 'false' && results(el).length > 0 && ready(), `no ${what} showed`, { timeout: 8000 });
}

/** What the API answers for a search (for the totals and ids the widget must show). */
async function apiSearch(query: Record<string, string>): Promise<SolutionList> {
  const response = await fetch(`/api${LIST}?${new URLSearchParams(query).toString()}`, { headers: { Authorization: 'Bearer demo-token' } });
  return (await response.json()) as SolutionList;
}

/** Clicks the search box and types `text` (one burst of keys: one pause). */
async function typeSearch(el: MeSolutions, text: string): Promise<void> {
  await click(searchInput(el));
  await sendKeys({ type: text });
}

/** Picks `value` in a native select with the keyboard (focus, arrows), as a user can. */
async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  const target = [...select.options].findIndex((o) => o.value === value);
  if (target < 0) throw new Error(`no option ${value}: ${[...select.options].map((o) => o.value).join(', ')}`);
  select.focus();
  const key = target > select.selectedIndex ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < 20 && select.value !== value; i++) await sendKeys({ press: key });
  if (select.value !== value) throw new Error(`could not reach ${value}`);
}

describe('<me-solutions> search', () => {
  useMockApi();
  useMouse();

  it('typing sends one debounced q; the summary shows the server total; matched words marked; "N de M acharam útil"', async () => {
    const el = await renderSolutions();
    await waitForResults(el);
    await networkIdle();
    expect(listQueries()).to.deep.equal([{ page: '1', pageSize: '10' }]);
    await typeSearch(el, RARE);
    await waitForResults(el, () => ids(el)[0] === FACTS.solutions.titleMatch, 'the search’s results');
    await networkIdle();
    expect(listQueries(), 'one request for one pause').to.deep.equal([{ page: '1', pageSize: '10' }, { q: RARE, page: '1', pageSize: '10' }]);
    const { total } = await apiSearch({ q: RARE });
    expect(total).to.be.greaterThan(10);
    expect(summary(el)).to.equal(`${total} soluções para “${RARE}”`);
    expect(root(el).querySelector('.summary')!.getAttribute('role')).to.equal('status');
    const first = results(el)[0]!;
    expect(textOf(opens(el)[0]!).trim()).to.equal(FACTS.solutions.titleMatchTitle);
    expect(marks(opens(el)[0]!)).to.deep.equal(['rejeição', '539']);
    // the excerpts mark the words too (kb-p01's text has neither: the solved requests' do)
    const excerptMarks = results(el).flatMap((r) => marks(r.querySelector('.excerpt')!));
    expect(excerptMarks, 'marks in the excerpts').to.include('Rejeição');
    expect(excerptMarks.every((m) => /^(rejeição|539)$/i.test(m!)), excerptMarks.join(', ')).to.equal(true);
    const { yes, no } = FACTS.solutions.helpful;
    expect(textOf(first.querySelector('.meta')!)).to.include(`${yes} de ${yes + no} acharam útil`);
    expect(textOf(first.querySelector('.meta')!)).to.include('Artigo');
    expect(textOf(first.querySelector('.meta')!)).to.include('Protheus · SIGAFAT — Faturamento');
  });

  it('accent-insensitive: "rejeicao" marks "rejeição" (title and excerpt)', async () => {
    const el = await renderSolutions();
    await waitForResults(el);
    await typeSearch(el, 'rejeicao');
    await waitForResults(el, () => listQueries().at(-1)?.q === 'rejeicao' && ids(el).includes(FACTS.solutions.titleMatch), 'results for “rejeicao”');
    const button = opens(el).find((b) => b.dataset.id === FACTS.solutions.titleMatch)!;
    expect(marks(button)).to.deep.equal(['rejeição']);
    // every result's marks are spellings of the word typed
    const all = results(el).flatMap((r) => marks(r));
    expect(all.length).to.be.greaterThan(results(el).length - 1);
    expect(all.every((m) => /^rejei[cç][aã]o$/i.test(m!)), all.join(', ')).to.equal(true);
    expect(summary(el)).to.match(/^\d+ soluções para “rejeicao”$/);
  });

  it('ranking: for the rare words the title match comes first, the body matches after it', async () => {
    const el = await renderSolutions({ q: RARE, pageSize: 20 });
    await waitForResults(el);
    expect(listQueries().at(-1)).to.deep.equal({ q: RARE, page: '1', pageSize: '20' });
    const shown = ids(el);
    expect(shown[0]).to.equal(FACTS.solutions.titleMatch);
    for (const id of FACTS.solutions.bodyMatches) expect(shown.indexOf(id), id).to.be.greaterThan(0);
    // the body matches keep the server's order
    expect(shown.filter((id) => (FACTS.solutions.bodyMatches as readonly string[]).includes(id))).to.deep.equal([...FACTS.solutions.bodyMatches]);
  });

  it('a result nobody voted on says so', async () => {
    const el = await renderSolutions({ q: 'Fluig aprovação por grupo publicar' });
    await waitForResults(el, () => ids(el).includes(FACTS.solutions.noVotes));
    const row = results(el)[ids(el).indexOf(FACTS.solutions.noVotes)]!;
    expect(textOf(row.querySelector('.meta')!)).to.include('Ainda sem avaliações');
    expect(textOf(row.querySelector('.meta')!)).to.not.include('acharam útil');
  });
});

describe('<me-solutions> filters, sort and pages', () => {
  const api = useMockApi();
  useMouse();

  it('the product lines are asked for only after the first results painted', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    api().worker.use(http.get('*/api/v1/solutions', async () => { await held; }));
    const el = await renderSolutions();
    await waitUntil(() => sent('GET', LIST).length === 1, 'the first page was never asked for');
    await sleep(400);
    expect(stateOf(el)?.dataset.kind).to.equal('loading');
    expect(sent('GET', CATALOG), 'product lines before the first results').to.have.length(0);
    release();
    await waitForResults(el);
    await waitUntil(() => sent('GET', CATALOG).length === 1, 'the product lines were never asked for after the first view', { timeout: 4000 });
    const line = selectOf(el, 'Linha de produto');
    await waitUntil(() => line.options.length > 1, 'the line filter never got its options');
    expect([...line.options].map((o) => o.textContent!.trim())).to.deep.equal(['Todas as linhas', 'Protheus', 'RM', 'Datasul', 'Logix', 'Fluig', 'Winthor', 'Consinco', 'CMNET']);
  });

  it('the product lines load at once when the user reaches for the filter before the results came', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    api().worker.use(http.get('*/api/v1/solutions', async () => { await held; }));
    const el = await renderSolutions();
    await waitUntil(() => root(el).querySelector('me-search-field') && sent('GET', LIST).length === 1, 'no toolbar');
    await sleep(200);
    expect(sent('GET', CATALOG)).to.have.length(0);
    await click(searchInput(el));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(selectOf(el, 'Linha de produto'));
    await waitUntil(() => sent('GET', CATALOG).length === 1, 'no product lines on first use');
    expect(stateOf(el)?.dataset.kind, 'the results are still on their way').to.equal('loading');
    release();
    await waitForResults(el);
  });

  it('product line and source send productLineId / source; sort sends sort; each goes back to page 1', async () => {
    const el = await renderSolutions({ q: RARE });
    await waitForResults(el);
    await click(pageButton(el, 'Próxima página'));
    await waitForResults(el, () => listQueries().at(-1)?.page === '2');
    const line = selectOf(el, 'Linha de produto');
    line.focus();
    await waitUntil(() => line.options.length > 1, 'no line options');
    await choose(line, 'datasul');
    await waitForResults(el, () => listQueries().at(-1)?.productLineId === 'datasul', 'Datasul results');
    expect(listQueries().at(-1)).to.deep.equal({ q: RARE, productLineId: 'datasul', page: '1', pageSize: '10' });
    expect(ids(el)).to.include(FACTS.solutions.bodyMatches[2]);
    expect(results(el).every((r) => textOf(r.querySelector('.meta')!).includes('Datasul')), 'only Datasul results').to.equal(true);

    await choose(line, '');
    await choose(selectOf(el, 'Origem'), 'article');
    await waitForResults(el, () => listQueries().at(-1)?.source === 'article' && !listQueries().at(-1)?.productLineId, 'articles');
    expect(listQueries().at(-1)).to.deep.equal({ q: RARE, source: 'article', page: '1', pageSize: '10' });
    expect(results(el).every((r) => textOf(r.querySelector('me-badge')!).trim() === 'Artigo')).to.equal(true);

    await choose(selectOf(el, 'Origem'), 'ticket');
    await waitForResults(el, () => listQueries().at(-1)?.source === 'ticket', 'solved requests');
    expect(results(el).every((r) => textOf(r.querySelector('me-badge')!).trim() === 'Solicitação resolvida')).to.equal(true);
    expect(ids(el).every((id) => id.startsWith('sol-'))).to.equal(true);

    await choose(selectOf(el, 'Origem'), '');
    await waitForResults(el, () => ids(el)[0] === FACTS.solutions.titleMatch, 'both sources again');
    await click(pageButton(el, 'Próxima página'));
    await waitForResults(el, () => pageButton(el, 'Página 2').getAttribute('aria-current') === 'page', 'page 2 (from the cache)');
    await choose(selectOf(el, 'Ordenar por'), 'title');
    await waitForResults(el, () => listQueries().at(-1)?.sort === 'title', 'results by title');
    expect(listQueries().at(-1)).to.deep.equal({ q: RARE, sort: 'title', page: '1', pageSize: '10' });
    const titles = opens(el).map((b) => textOf(b).trim());
    expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'pt-BR')));
    const { items } = await apiSearch({ q: RARE, sort: 'title', pageSize: '10' });
    expect(ids(el)).to.deep.equal(items.map((i) => i.id));
  });

  it('paging: "Próxima página" sends page=2 and shows the other results; focus stays on the pages, the summary in view', async () => {
    const el = await renderSolutions({ q: RARE });
    await waitForResults(el);
    const { total } = await apiSearch({ q: RARE });
    const firstPage = ids(el);
    expect(firstPage).to.have.length(10);
    expect(textOf(pagination(el)!)).to.include(`1–10 de ${total}`);
    const next = pageButton(el, 'Próxima página');
    await click(next);
    await waitForResults(el, () => listQueries().at(-1)?.page === '2' && ids(el)[0] !== firstPage[0], 'page 2');
    expect(listQueries().at(-1)).to.deep.equal({ q: RARE, page: '2', pageSize: '10' });
    const { items } = await apiSearch({ q: RARE, page: '2', pageSize: '10' });
    expect(ids(el)).to.deep.equal(items.map((i) => i.id));
    expect(ids(el).some((id) => firstPage.includes(id))).to.equal(false);
    expect(textOf(pagination(el)!)).to.include(`11–${total} de ${total}`);
    expect(pageButton(el, 'Página 2').getAttribute('aria-current')).to.equal('page');
    const focused = deepActiveElement();
    expect(focused && pagination(el)!.shadowRoot!.contains(focused), `focus went to ${focused?.outerHTML.slice(0, 80)}`).to.equal(true);
    const box = root(el).querySelector('.summary')!.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= window.innerHeight, `summary at ${box.top}–${box.bottom} of ${window.innerHeight}`).to.equal(true);

    // another search starts from page 1
    searchInput(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' NF-e' });
    await waitForResults(el, () => listQueries().at(-1)?.q === `${RARE} NF-e`, 'the new search');
    expect(listQueries().at(-1)!.page).to.equal('1');
    expect(pageButton(el, 'Página 1').getAttribute('aria-current')).to.equal('page');
  });

  it('no match: the empty state, and "Limpar busca e filtros" shows everything again', async () => {
    const el = await renderSolutions();
    await waitForResults(el);
    await choose(selectOf(el, 'Origem'), 'article');
    await waitForResults(el, () => listQueries().at(-1)?.source === 'article');
    await typeSearch(el, 'xyzzyq');
    await waitUntil(() => stateOf(el)?.dataset.kind === 'empty', 'no empty state', { timeout: 8000 });
    expect(listQueries().at(-1)).to.deep.equal({ q: 'xyzzyq', source: 'article', page: '1', pageSize: '10' });
    expect(textOf(stateOf(el)!)).to.include('Nenhuma solução encontrada');
    expect(textOf(stateOf(el)!)).to.include('Tente outras palavras, menos filtros ou outra linha de produto.');
    const clear = stateOf(el)!.querySelector('button')!;
    expect(textOf(clear).trim()).to.equal('Limpar busca e filtros');
    const before = sent('GET', LIST).length;
    await click(clear);
    await waitForResults(el);
    await networkIdle();
    // the first page of everything was already in the cache
    expect(sent('GET', LIST).length).to.be.within(before, before + 1);
    expect(searchInput(el).value).to.equal('');
    expect(selectOf(el, 'Origem').value).to.equal('');
    expect(summary(el)).to.equal(`${(await apiSearch({})).total} soluções encontradas`);
  });
});

describe('<me-solutions> states', () => {
  useMockApi();
  useMouse();

  it('misconfigured outside a portal', async () => {
    const el = await fixture<MeSolutions>(html`<me-solutions></me-solutions>`);
    await el.updateComplete;
    await waitUntil(() => stateOf(el)?.dataset.kind === 'misconfigured', 'no configuration message');
    expect(textOf(stateOf(el)!)).to.include('Componente não configurado');
    await expect(el).to.be.accessible();
  });

  it('loading, then the results', async () => {
    injectFault({ method: 'GET', path: LIST, delayMs: 500 });
    const el = await renderSolutions();
    await waitUntil(() => stateOf(el)?.dataset.kind === 'loading', 'no loading state');
    expect(stateOf(el)!.getAttribute('role')).to.equal('status');
    expect(textOf(stateOf(el)!)).to.include('Carregando…');
    await waitForResults(el);
    expect(stateOf(el)).to.equal(null);
  });

  it('a 500 is an error with "Tentar novamente", and the retry shows the results', async () => {
    injectFault({ method: 'GET', path: LIST, status: 500 });
    const el = await renderSolutions();
    await waitUntil(() => stateOf(el)?.dataset.kind === 'error', 'no error state', { timeout: 6000 });
    expect(stateOf(el)!.getAttribute('role')).to.equal('alert');
    expect(textOf(stateOf(el)!)).to.include('Falha simulada (injectFault).');
    const retry = stateOf(el)!.querySelector('button')!;
    expect(textOf(retry).trim()).to.equal('Tentar novamente');
    await click(retry);
    await waitForResults(el);
    expect(sent('GET', LIST)).to.have.length(2);
  });

  it('no permission (403)', async () => {
    injectFault({ method: 'GET', path: LIST, status: 403, times: Infinity });
    const el = await renderSolutions();
    await waitUntil(() => stateOf(el)?.dataset.kind === 'forbidden', 'no forbidden state', { timeout: 6000 });
    expect(textOf(stateOf(el)!)).to.include('Você não tem permissão para ver isto.');
    expect(results(el)).to.have.length(0);
  });

  it('an expired session (401) is the portal’s session state', async () => {
    const el = await renderSolutions({ token: FACTS.tokens.expired });
    await waitUntil(() => stateOf(el)?.dataset.kind === 'error', 'no session error', { timeout: 6000 });
    expect(textOf(stateOf(el)!)).to.include('Sua sessão expirou');
    expect(results(el)).to.have.length(0);
  });

  it('a malformed list is an error naming the field', async () => {
    injectFault({ method: 'GET', path: LIST, body: { items: [{ id: 'kb-x', title: 'Sem origem', excerpt: '', updatedAt: '2026-01-01T00:00:00Z', helpful: { yes: 1, no: 0 } }], page: 1, pageSize: 10, total: 1 }, times: Infinity });
    const el = await renderSolutions();
    await waitUntil(() => stateOf(el)?.dataset.kind === 'error', 'no error state', { timeout: 6000 });
    expect(textOf(stateOf(el)!)).to.include('O servidor enviou dados em um formato inesperado (campo “items.0.source”).');
  });

  it('a body that is not JSON is an error too, and the rest of the page keeps working', async () => {
    injectFault({ method: 'GET', path: LIST, body: '<html>proxy error</html>', times: Infinity });
    const el = await renderSolutions();
    await waitUntil(() => stateOf(el)?.dataset.kind === 'error', 'no error state', { timeout: 6000 });
    expect(textOf(stateOf(el)!).length).to.be.greaterThan(10);
    // the search field still works (and asks again)
    const before = sent('GET', LIST).length;
    await typeSearch(el, 'nota');
    await waitUntil(() => sent('GET', LIST).length > before, 'no new request');
    expect(listQueries().at(-1)!.q).to.equal('nota');
  });
});

describe('<me-solutions> languages and accessibility', () => {
  useMockApi();
  useMouse();

  for (const [locale, expected] of [
    ['en', { search: 'Search solutions', line: 'Product line', count: 'solutions for', helpful: 'of 45 found it helpful', back: 'Back to results', question: 'Was this article helpful?' }],
    ['es', { search: 'Buscar soluciones', line: 'Línea de producto', count: 'soluciones para', helpful: 'de 45 les resultó útil', back: 'Volver a los resultados', question: '¿Le resultó útil este artículo?' }],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await renderSolutions({ locale, q: RARE });
      await waitForResults(el);
      // the search field is an element of its own: its strings may land a moment after the results
      const label = () => root(el).querySelector('me-search-field')!.shadowRoot!.querySelector('label');
      await waitUntil(() => label() && textOf(label()!).trim() === expected.search, `the search field never said “${expected.search}”`);
      expect(root(el).querySelectorAll('me-select')[0]!.getAttribute('label')).to.equal(expected.line);
      expect(summary(el)).to.match(new RegExp(`^\\d+ ${expected.count} “${RARE}”$`));
      expect(textOf(results(el)[0]!.querySelector('.meta')!)).to.include(expected.helpful);
      await click(opens(el)[0]!);
      await waitForText(root(el).querySelector('.view')!, expected.question);
      expect(textOf(root(el).querySelector('.back')!).trim()).to.equal(expected.back);
    });
  }

  it('is accessible with results, with the empty state and with a solution open', async () => {
    const el = await renderSolutions({ q: RARE });
    await waitForResults(el);
    await expect(el).to.be.accessible();
    await click(opens(el)[0]!);
    const view = root(el).querySelector('me-solution-view')!;
    await waitUntil(() => view.shadowRoot?.querySelector('#solution-title') && !textOf(view).includes('Preparando o texto'), 'the solution never showed', { timeout: 8000 });
    await expect(el).to.be.accessible();
    await click(root(el).querySelector('.back')!);
    await click(searchInput(el));
    await sendKeys({ press: 'Escape' }); // empties the field
    await sendKeys({ type: 'xyzzyq' });
    await waitUntil(() => stateOf(el)?.dataset.kind === 'empty', 'no empty state', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });
});
