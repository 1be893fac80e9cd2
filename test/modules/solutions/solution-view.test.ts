/**
 * A solution opened from <me-solutions> (<me-solution-view> in place): the sanitized text, the
 * way back to the same page with focus on the result, `me-solution-opened`, the deep link, the
 * related solutions, "Esse artigo foi útil? Sim / Não" (one POST per vote however the user clicks,
 * the same Idempotency-Key on a retry), hostile bodies, the shared solved tickets (no personal
 * data; a product that stops sharing takes them out) and a keyboard-only path. Real input only.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/modules/products/define.js';
import type { MeProducts } from '../../../src/modules/products/me-products.js';
import '../../../src/modules/solutions/define.js';
import type { MeSolutions } from '../../../src/modules/solutions/me-solutions.js';
import type { MeSolutionView } from '../../../src/modules/solutions/solution-view.js';
import type { Solution } from '../../../src/core/schemas/solutions.js';
import { click, doubleClick, useMouse } from '../../helpers/input.js';
import { rowOf, switchOf } from '../products/helpers.js';
import { deepActiveElement, FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const LIST = '/v1/solutions';
const RARE = FACTS.solutions.rareWords;
const TITLE_MATCH = FACTS.solutions.titleMatch;
const votesPath = (id: string) => `/v1/solutions/${id}/votes`;
const { yes: YES, no: NO } = FACTS.solutions.helpful;

async function renderSolutions(options: { q?: string; solutionId?: string; withProducts?: boolean } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
    <me-solutions style="width: 1000px" q=${options.q ?? ''} solution-id=${options.solutionId ?? ''}></me-solutions>
    ${options.withProducts ? html`<me-products style="width: 1200px"></me-products>` : ''}</me-portal>`);
  return { portal, el: portal.querySelector<MeSolutions>('me-solutions')!, products: portal.querySelector<MeProducts>('me-products') };
}

const root = (el: MeSolutions) => el.shadowRoot!;
const resultsList = (el: MeSolutions) => root(el).querySelector<HTMLOListElement>('.results');
const opens = (el: MeSolutions) => [...root(el).querySelectorAll<HTMLButtonElement>('.results button.open')];
const openOf = (el: MeSolutions, id: string) => root(el).querySelector<HTMLButtonElement>(`.results button.open[data-id="${id}"]`);
const ids = (el: MeSolutions) => opens(el).map((b) => b.dataset.id!);
const viewOf = (el: MeSolutions) => root(el).querySelector<MeSolutionView>('me-solution-view');
const vroot = (el: MeSolutions) => viewOf(el)!.shadowRoot!;
const backOf = (el: MeSolutions) => root(el).querySelector<HTMLButtonElement>('.back')!;
const titleOf = (el: MeSolutions) => textOf(vroot(el).querySelector('#solution-title')!).trim();
const contentOf = (el: MeSolutions) => vroot(el).querySelector<HTMLElement>('[part=content]')!;
const voteButton = (el: MeSolutions, which: 'yes' | 'no') => vroot(el).querySelector<HTMLButtonElement>(`[part~=vote-${which}]`)!;
const countsOf = (el: MeSolutions) => textOf(vroot(el).querySelector('#vote-counts')!).trim();
const pressed = (el: MeSolutions) => [voteButton(el, 'yes').getAttribute('aria-pressed'), voteButton(el, 'no').getAttribute('aria-pressed')];
const votes = (id = TITLE_MATCH) => sent('POST', votesPath(id));
const keysOf = (requests: Request[]) => requests.map((r) => r.headers.get('Idempotency-Key'));
const pageButton = (el: MeSolutions, label: string) => root(el).querySelector('me-pagination')!.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;

async function waitForResults(el: MeSolutions, ready: () => boolean = () => true, what = 'results'): Promise<void> {
  await waitUntil(() => resultsList(el)?.getAttribute('aria-busy') === 'false' && opens(el).length > 0 && ready(), `no ${what} showed`, { timeout: 8000 });
}

/** The solution `title` shows, its text sanitized (not the "Preparando o texto…" fallback). */
async function waitForSolution(el: MeSolutions, title?: string): Promise<void> {
  await waitUntil(() => viewOf(el)?.shadowRoot?.querySelector('#solution-title') && (!title || titleOf(el) === title)
    && contentOf(el) && !textOf(contentOf(el)).includes('Preparando o texto'), `the solution ${title ?? ''} never showed`, { timeout: 8000 });
}

async function apiGet<T>(path: string): Promise<{ status: number; text: string; json: T }> {
  const response = await fetch(`/api${path}`, { headers: { Authorization: 'Bearer demo-token' } });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as T };
}

/** Opens the title match from a search for the rare words. */
async function openTitleMatch() {
  const rendered = await renderSolutions({ q: RARE });
  await waitForResults(rendered.el);
  await click(openOf(rendered.el, TITLE_MATCH)!);
  await waitForSolution(rendered.el, FACTS.solutions.titleMatchTitle);
  return rendered;
}

describe('<me-solutions> a solution in place', () => {
  useMockApi();
  useMouse();

  it('opens a result in place (title, sanitized text, focus on the way back); back returns to the same page, focus on that result', async () => {
    const { portal, el } = await renderSolutions({ q: RARE });
    const heard: Array<{ solutionId?: string }> = [];
    portal.addEventListener('me-solution-opened', (e) => heard.push(e.detail));
    await waitForResults(el);
    await click(pageButton(el, 'Próxima página'));
    await waitForResults(el, () => pageButton(el, 'Página 2').getAttribute('aria-current') === 'page' && !ids(el).includes(TITLE_MATCH), 'page 2');
    const second = opens(el)[1]!;
    const id = second.dataset.id!;
    const title = textOf(second).trim();
    await networkIdle();
    const listRequests = sent('GET', LIST).length;

    await click(second);
    await waitForSolution(el, title);
    expect(heard).to.deep.equal([{ solutionId: id }]);
    expect(root(el).querySelector<HTMLElement>('.solutions')!.hidden, 'the results are hidden, kept').to.equal(true);
    expect(deepActiveElement()).to.equal(backOf(el));
    expect(textOf(backOf(el)).trim()).to.equal('Voltar aos resultados');
    expect(sent('GET', `/v1/solutions/${id}`)).to.have.length.greaterThan(0);
    const body = (await apiGet<Solution>(`/v1/solutions/${id}`)).json;
    expect(textOf(contentOf(el))).to.include(textOf(Object.assign(document.createElement('div'), { innerHTML: body.bodyHtml })).trim().slice(0, 40));

    await click(backOf(el));
    await waitUntil(() => !viewOf(el), 'the view never closed');
    expect(heard).to.deep.equal([{ solutionId: id }, {}]);
    expect(root(el).querySelector<HTMLElement>('.solutions')!.hidden).to.equal(false);
    expect(pageButton(el, 'Página 2').getAttribute('aria-current'), 'still page 2').to.equal('page');
    expect(deepActiveElement()).to.equal(openOf(el, id));
    await networkIdle();
    expect(sent('GET', LIST), 'the page came back from what was kept').to.have.length(listRequests);
  });

  it('the title match shows its text as formatted, safe HTML (headings, code, https link)', async () => {
    const { el } = await openTitleMatch();
    const content = contentOf(el);
    expect(textOf(content)).to.include('Duplicidade de NF-e com diferença na Chave de Acesso');
    expect(textOf(content.querySelector('h2')!)).to.equal('Como resolver');
    expect(content.querySelectorAll('ol li')).to.have.length(4);
    expect([...content.querySelectorAll('code')].map((c) => c.textContent)).to.include('F2_CHVNFE');
    const link = content.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://tdn.totvs.com/display/public/PROT/SPED+NF-e');
    expect(textOf(vroot(el).querySelector('[part=meta]')!)).to.include('Artigo');
    expect(textOf(vroot(el).querySelector('[part=meta]')!)).to.include('Protheus · SIGAFAT — Faturamento');
    expect(countsOf(el)).to.equal(`${YES} de ${YES + NO} usuários acharam isso útil`);
  });

  it('a deep link (solution-id) opens the solution directly; back shows the results, focus on the search', async () => {
    const { portal, el } = await renderSolutions({ solutionId: TITLE_MATCH });
    const heard: Array<{ solutionId?: string }> = [];
    portal.addEventListener('me-solution-opened', (e) => heard.push(e.detail));
    await waitForSolution(el, FACTS.solutions.titleMatchTitle);
    expect(sent('GET', `/v1/solutions/${TITLE_MATCH}`)).to.have.length.greaterThan(0);
    await click(backOf(el));
    await waitForResults(el);
    expect(heard).to.deep.equal([{}]);
    expect(el.solutionId).to.equal('');
    expect(deepActiveElement()).to.equal(root(el).querySelector('me-search-field')!.shadowRoot!.querySelector('input'));
  });

  it('related solutions (at most 4) open in place; back returns to the result first opened', async () => {
    const { portal, el } = await renderSolutions({ q: RARE });
    const heard: Array<{ solutionId?: string }> = [];
    portal.addEventListener('me-solution-opened', (e) => heard.push(e.detail));
    await waitForResults(el);
    await click(openOf(el, TITLE_MATCH)!);
    await waitForSolution(el, FACTS.solutions.titleMatchTitle);
    const { relatedIds } = (await apiGet<Solution>(`/v1/solutions/${TITLE_MATCH}`)).json;
    await waitUntil(() => vroot(el).querySelectorAll('.related .link').length === Math.min(4, relatedIds.length), 'the related solutions never showed', { timeout: 8000 });
    const links = [...vroot(el).querySelectorAll<HTMLButtonElement>('.related .link')];
    expect(links.length).to.be.within(1, 4);
    expect(links.map((l) => l.dataset.id)).to.deep.equal(relatedIds.slice(0, 4));
    expect(textOf(vroot(el).querySelector('#related-title')!).trim()).to.equal('Soluções relacionadas');
    const related = links[1] ?? links[0]!;
    const relatedId = related.dataset.id!;
    const relatedTitle = textOf(related).trim();
    expect(relatedTitle.length).to.be.greaterThan(5);
    await click(related);
    await waitForSolution(el, relatedTitle);
    expect(el.solutionId).to.equal(relatedId);
    expect(heard).to.deep.equal([{ solutionId: TITLE_MATCH }, { solutionId: relatedId }]);
    await click(backOf(el));
    await waitUntil(() => !viewOf(el), 'the view never closed');
    expect(heard.at(-1)).to.deep.equal({});
    expect(deepActiveElement()).to.equal(openOf(el, TITLE_MATCH));
  });

  it('an unknown solution id shows "Solução não encontrada"', async () => {
    const { el } = await renderSolutions({ solutionId: 'kb-nao-existe' });
    await waitUntil(() => viewOf(el)?.shadowRoot?.querySelector('[part=state][data-kind=empty]'), 'no not-found state', { timeout: 8000 });
    const state = vroot(el).querySelector('[part=state]')!;
    expect(textOf(state)).to.include('Solução não encontrada');
    expect(textOf(state)).to.include('Ela foi removida ou deixou de ser compartilhada.');
    expect(vroot(el).querySelector('[part~=vote-yes]')).to.equal(null);
  });
});

describe('<me-solutions> "Esse artigo foi útil?"', () => {
  useMockApi();
  useMouse();

  it('Sim sends one POST with an Idempotency-Key and {helpful:true}; the counts come from the answer; Não sends one more with another key', async () => {
    const { el } = await openTitleMatch();
    expect(textOf(vroot(el).querySelector('#vote-question')!).trim()).to.equal('Esse artigo foi útil?');
    expect(pressed(el)).to.deep.equal(['false', 'false']);
    await networkIdle();
    const gets = sent('GET', `/v1/solutions/${TITLE_MATCH}`).length;

    await click(voteButton(el, 'yes'));
    await waitUntil(() => pressed(el)[0] === 'true', 'Sim never showed pressed');
    await networkIdle();
    expect(votes()).to.have.length(1);
    expect(await votes()[0]!.clone().json()).to.deep.equal({ helpful: true });
    expect(keysOf(votes())[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(countsOf(el)).to.equal(`${YES + 1} de ${YES + NO + 1} usuários acharam isso útil`);
    expect(pressed(el)).to.deep.equal(['true', 'false']);
    expect(textOf(vroot(el).querySelector('.vote')!)).to.include('Você achou útil.');
    expect(textOf(vroot(el).querySelector('.vote [role=status]')!)).to.include('Obrigado pela avaliação.');
    expect(sent('GET', `/v1/solutions/${TITLE_MATCH}`), 'no refetch: the answer has the counts').to.have.length(gets);

    await click(voteButton(el, 'no'));
    await waitUntil(() => pressed(el)[1] === 'true', 'Não never showed pressed');
    await networkIdle();
    expect(votes()).to.have.length(2);
    expect(await votes()[1]!.clone().json()).to.deep.equal({ helpful: false });
    const [first, second] = keysOf(votes());
    expect(second).to.match(/^[0-9a-f-]{36}$/);
    expect(second).to.not.equal(first);
    expect(countsOf(el)).to.equal(`${YES} de ${YES + NO + 1} usuários acharam isso útil`);
    expect(pressed(el)).to.deep.equal(['false', 'true']);
    expect(textOf(vroot(el).querySelector('.vote')!)).to.include('Você achou que não foi útil.');

    // the result in the list shows the new counts too, without asking for the list again
    const listRequests = sent('GET', LIST).length;
    await click(backOf(el));
    await waitUntil(() => !viewOf(el), 'the view never closed');
    const meta = openOf(el, TITLE_MATCH)!.closest('.result')!.querySelector('.meta')!;
    expect(textOf(meta)).to.include(`${YES} de ${YES + NO + 1} acharam útil`);
    await networkIdle();
    expect(sent('GET', LIST)).to.have.length(listRequests);
  });

  it('a real double click on Sim sends one POST (slow server)', async () => {
    const { el } = await openTitleMatch();
    injectFault({ method: 'POST', path: votesPath(TITLE_MATCH), delayMs: 400 });
    await doubleClick(voteButton(el, 'yes'));
    await waitUntil(() => pressed(el)[0] === 'true', 'the vote never landed', { timeout: 6000 });
    await networkIdle();
    expect(votes()).to.have.length(1);
    expect(countsOf(el)).to.equal(`${YES + 1} de ${YES + NO + 1} usuários acharam isso útil`);
  });

  it('a real double click on Sim sends one POST (fast server, a person’s pace)', async () => {
    const { el } = await openTitleMatch();
    await doubleClick(voteButton(el, 'yes'), { gap: 250 });
    await waitUntil(() => pressed(el)[0] === 'true', 'the vote never landed', { timeout: 6000 });
    await networkIdle();
    expect(votes()).to.have.length(1);
    expect(await votes()[0]!.clone().json()).to.deep.equal({ helpful: true });
  });

  it('a failed vote says so; "Tentar de novo" reuses the Idempotency-Key and lands the vote', async () => {
    const { el } = await openTitleMatch();
    injectFault({ method: 'POST', path: votesPath(TITLE_MATCH), status: 500 });
    await click(voteButton(el, 'yes'));
    const alert = vroot(el).querySelector('.vote [role=alert]')!;
    await waitForText(alert, 'Não foi possível registrar seu voto.');
    expect(textOf(alert)).to.include('Falha simulada (injectFault).');
    expect(pressed(el)).to.deep.equal(['false', 'false']);
    expect(countsOf(el)).to.equal(`${YES} de ${YES + NO} usuários acharam isso útil`);
    const retry = vroot(el).querySelector<HTMLButtonElement>('[part~=retry]')!;
    expect(textOf(retry).trim()).to.equal('Tentar de novo');
    await click(retry);
    await waitUntil(() => pressed(el)[0] === 'true', 'the retried vote never landed', { timeout: 6000 });
    await networkIdle();
    expect(votes()).to.have.length(2);
    const [a, b] = keysOf(votes());
    expect(a).to.match(/^[0-9a-f-]{36}$/);
    expect(b).to.equal(a);
    expect(await votes()[1]!.clone().json()).to.deep.equal({ helpful: true });
    expect(countsOf(el)).to.equal(`${YES + 1} de ${YES + NO + 1} usuários acharam isso útil`);
    expect(textOf(alert).trim()).to.equal('');
  });

  it('a solution nobody voted on says so, and the first vote counts "1 de 1"', async () => {
    const { el } = await renderSolutions({ solutionId: FACTS.solutions.noVotes });
    await waitForSolution(el);
    expect(countsOf(el)).to.equal('Ninguém avaliou ainda');
    await click(voteButton(el, 'no'));
    await waitUntil(() => pressed(el)[1] === 'true', 'the vote never landed');
    expect(countsOf(el)).to.equal('0 de 1 usuários acharam isso útil');
  });
});

describe('<me-solutions> hostile bodies', () => {
  useMockApi();
  useMouse();
  let alerts: string[] = [];
  let original: typeof window.alert;
  beforeEach(() => {
    alerts = [];
    original = window.alert;
    window.alert = (message?: unknown) => { alerts.push(String(message)); };
  });
  afterEach(() => { window.alert = original; });

  for (const id of FACTS.solutions.hostile) {
    it(`${id}: no script, handler, javascript: link, iframe, svg or img reaches the page, and nothing runs`, async () => {
      const { el } = await renderSolutions({ solutionId: id });
      await waitForSolution(el);
      const content = contentOf(el);
      expect(textOf(content).length, 'the text is kept').to.be.greaterThan(40);
      expect(content.querySelectorAll('script, iframe, svg, img, object, embed, style, form, input, button')).to.have.length(0);
      const elements = [...content.querySelectorAll('*')];
      const handlers = elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'style').map((a) => `${e.localName}[${a.name}]`));
      expect(handlers).to.deep.equal([]);
      const hrefs = [...content.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
      expect(hrefs.filter((href) => !/^https:|^mailto:/i.test(href))).to.deep.equal([]);
      // what the payload would do if it were live: click and hover what carried handlers and javascript: links
      for (const target of [...content.querySelectorAll('a, p')].slice(0, 8)) {
        const box = target.getBoundingClientRect();
        if (!box.width) continue;
        target.scrollIntoView({ block: 'center' });
        const r = target.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(r.left + 4), Math.round(r.top + r.height / 2)] });
        if (target.localName === 'a' && !target.hasAttribute('href')) await click(target);
      }
      await networkIdle();
      expect(alerts).to.deep.equal([]);
      expect(location.protocol).to.equal('http:');
    });
  }

  it('the Winthor article keeps its readable text (the markup is dropped, not the words)', async () => {
    const { el } = await renderSolutions({ solutionId: FACTS.solutions.hostile[0] });
    await waitForSolution(el);
    expect(textOf(contentOf(el))).to.include('Use apenas as variáveis {{pedido.numero}} e {{cliente.nome}}.');
    expect(textOf(contentOf(el))).to.include('Baixar o modelo padrão');
    expect(alerts).to.deep.equal([]);
  });
});

describe('<me-solutions> shared solved tickets', () => {
  const api = useMockApi();
  useMouse();

  it('a shared ticket is found with source=ticket, carries no requester, e-mail or organization, and leaves when its product stops sharing', async () => {
    const shared = FACTS.solutions.sharedTicket;
    const solution = await apiGet<Solution>(`/v1/solutions/${shared}`);
    expect(solution.status).to.equal(200);
    const ticketId = shared.replace(/^sol-/, '');
    const ticket = (await apiGet<{ requester: { name: string; email: string }; organization: { name: string } }>(`/v1/tickets/${ticketId}`)).json;
    const company = (await apiGet<{ legalName: string; tradeName: string; code: string }>(`/v1/organizations/${FACTS.orgs.a}`)).json;
    const personal = [ticket.requester.name, ticket.requester.email, ticket.requester.name.split(' ')[0]!, ticket.organization.name, company.tradeName, company.code];
    // nothing personal on the wire either
    for (const word of personal) expect(solution.text, word).to.not.include(word);

    const { el, products } = await renderSolutions({ withProducts: true });
    await waitForResults(el);
    const source = root(el).querySelector('me-select[label="Origem"]')!.shadowRoot!.querySelector('select')!;
    source.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(source.value).to.equal('ticket');
    await click(root(el).querySelector('me-search-field')!.shadowRoot!.querySelector('input')!);
    await sendKeys({ type: solution.json.title });
    await sendKeys({ press: 'Enter' });
    await waitForResults(el, () => ids(el).includes(shared), 'the shared ticket');
    const query = Object.fromEntries(new URL(sent('GET', LIST).at(-1)!.url).searchParams);
    expect(query).to.deep.equal({ q: solution.json.title, source: 'ticket', page: '1', pageSize: '10' });
    const row = openOf(el, shared)!.closest('.result')!;
    expect(textOf(row.querySelector('me-badge')!).trim()).to.equal('Solicitação resolvida');
    for (const word of personal) expect(textOf(row), word).to.not.include(word);

    await click(openOf(el, shared)!);
    await waitForSolution(el, solution.json.title);
    expect(textOf(vroot(el).querySelector('.note')!)).to.include('Solicitação resolvida compartilhada por um cliente, sem dados pessoais.');
    for (const word of personal) expect(textOf(viewOf(el)!), word).to.not.include(word);
    await click(backOf(el));
    await waitUntil(() => !viewOf(el), 'the view never closed');

    // "Meus produtos" on the same page: the product stops sharing
    await waitUntil(() => products && rowOf(products, FACTS.solutions.sharingProduct), 'the products never showed', { timeout: 8000 });
    expect(switchOf(products!, FACTS.solutions.sharingProduct).getAttribute('aria-checked')).to.equal('true');
    const before = sent('GET', LIST).length;
    await click(switchOf(products!, FACTS.solutions.sharingProduct));
    await waitUntil(() => sent('PATCH', `/v1/organizations/${FACTS.orgs.a}/products/${FACTS.solutions.sharingProduct}`).length === 1, 'no PATCH');
    expect(await sent('PATCH', `/v1/organizations/${FACTS.orgs.a}/products/${FACTS.solutions.sharingProduct}`)[0]!.clone().json())
      .to.deep.equal({ shareTicketsInSolutionSearch: false });
    await waitForResults(el, () => !ids(el).includes(shared) && sent('GET', LIST).length > before, 'the search without the ticket');
    expect(Object.fromEntries(new URL(sent('GET', LIST).at(-1)!.url).searchParams), 'the same search, asked again').to.deep.equal(query);
    expect(api().db.products.get(FACTS.solutions.sharingProduct)!.shareTicketsInSolutionSearch).to.equal(false);
    expect((await apiGet(`/v1/solutions/${shared}`)).status).to.equal(404);
  });

  it('no ticket of a product that does not share is ever in the search', async () => {
    const notSharing = new Set<string>(FACTS.solutions.notSharingProducts);
    const tickets = api().db.tickets.filter((t) => t.status === 'solved' && t.productId && notSharing.has(t.productId));
    expect(tickets.length, 'solved tickets of non-sharing products exist').to.be.greaterThan(0);
    const { el } = await renderSolutions({ q: tickets[0]!.subject });
    await waitForResults(el);
    expect(ids(el)).to.not.include(`sol-${tickets[0]!.id}`);
    for (const t of tickets.slice(0, 5)) expect((await apiGet(`/v1/solutions/sol-${t.id}`)).status, t.id).to.equal(404);
  });
});

describe('<me-solutions> keyboard only', () => {
  useMockApi();
  useMouse();

  it('Tab to the search, type, Tab to a result, Enter opens it, Space votes, Enter on "Não", Shift+Tab back to "Voltar", Enter returns', async () => {
    const { el } = await renderSolutions();
    await waitForResults(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root(el).querySelector('me-search-field')!.shadowRoot!.querySelector('input'));
    await sendKeys({ type: RARE });
    await sendKeys({ press: 'Enter' });
    await waitForResults(el, () => ids(el)[0] === TITLE_MATCH, 'the search’s results');
    const stops: string[] = [];
    for (let i = 0; i < 8 && deepActiveElement() !== opens(el)[0]; i++) {
      await sendKeys({ press: 'Tab' });
      const at = deepActiveElement()!;
      stops.push(at.getAttribute('aria-label') ?? at.localName);
    }
    expect(deepActiveElement(), `Tab stops: ${stops.join(' → ')}`).to.equal(opens(el)[0]);
    await sendKeys({ press: 'Enter' });
    await waitForSolution(el, FACTS.solutions.titleMatchTitle);
    expect(deepActiveElement()).to.equal(backOf(el));
    for (let i = 0; i < 10 && deepActiveElement() !== voteButton(el, 'yes'); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(voteButton(el, 'yes'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => pressed(el)[0] === 'true', 'Space did not vote');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(voteButton(el, 'no'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pressed(el)[1] === 'true', 'Enter did not change the vote');
    await networkIdle();
    expect(votes()).to.have.length(2);
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 10 && deepActiveElement() !== backOf(el); i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(backOf(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !viewOf(el), 'Enter on "Voltar aos resultados" did not go back');
    expect(deepActiveElement()).to.equal(openOf(el, TITLE_MATCH));
  });
});
