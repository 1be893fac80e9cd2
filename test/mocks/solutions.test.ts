/**
 * The mock solution search (`/v1/solutions…`): the knowledge base (deterministic, spread over the
 * catalogue, real HTML), ranking and matching, paging and filters, excerpts, votes per user,
 * suggestions' rules, and the shared tickets: live with each product's share setting, and
 * nothing personal in them.
 */
import { expect } from '@open-wc/testing';
import type { Product, Solution, SolutionList, SolutionSuggestions, SolutionSummary, SolutionVoteResult } from '../../src/core/schemas/index.js';
import { FACTS, createMockDb } from '../../src/mocks/index.js';
import { PRODUCT_LINES } from '../../src/mocks/db/catalog.js';
import { useMockApi } from '../helpers/portal.js';
import { call, etagOf, expectEvery, fails, ok } from './contract-helpers.js';

const api = useMockApi();
const S = FACTS.solutions;
const LIST = '/v1/solutions';
const SUGGESTIONS = '/v1/solutions/suggestions';
const ONE = '/v1/solutions/{id}';
const VOTES = '/v1/solutions/{id}/votes';
const PRODUCT = '/v1/organizations/{orgId}/products/{id}';

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

async function search(query: Record<string, string | number>, token?: string): Promise<SolutionList> {
  return ok<SolutionList>(await call('GET', LIST, { query, ...(token ? { token } : {}) }));
}

/** Every result of a search (pages of 500). */
async function searchAll(query: Record<string, string | number>): Promise<SolutionSummary[]> {
  const out: SolutionSummary[] = [];
  for (let page = 1; ; page++) {
    const r = await search({ ...query, page, pageSize: 500 });
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) return out;
  }
}

async function vote(id: string, helpful: boolean, token: string = FACTS.tokens.admin): Promise<SolutionVoteResult> {
  return ok<SolutionVoteResult>(await call('POST', VOTES, { params: { id }, body: { helpful }, token }));
}

async function setSharing(productId: string, share: boolean): Promise<void> {
  const params = { orgId: FACTS.orgs.a, id: productId };
  const etag = etagOf(await call('GET', PRODUCT, { params }));
  const p = ok<Product>(await call('PATCH', PRODUCT, { params, body: { shareTicketsInSolutionSearch: share }, ifMatch: etag }));
  expect(p.shareTicketsInSolutionSearch).to.equal(share);
}

/** Solution ids of the solved tickets of a product, from the database itself. */
function solvedTicketSolutions(productId: string): string[] {
  return api().db.tickets.filter((t) => t.productId === productId && t.status === 'solved').map((t) => `sol-${t.id}`);
}

describe('mock knowledge base', () => {
  it('is deterministic: same seed → same articles, another seed → others, the pinned ones whatever the seed', () => {
    const one = JSON.stringify(createMockDb(1).articles);
    expect(JSON.stringify(createMockDb(1).articles)).to.equal(one);
    expect(JSON.stringify(createMockDb(2).articles)).to.not.equal(one);
    const pinned = (seed: number) => JSON.stringify(createMockDb(seed).articles.filter((a) => a.id.startsWith('kb-p')));
    expect(pinned(7)).to.equal(pinned(1));
    expect(createMockDb(3).articles).to.have.length(S.articles);
  });

  it('holds a few hundred pt-BR articles over every product line and module, with real HTML', () => {
    const { articles } = createMockDb(1);
    expect(articles.length).to.be.within(200, 600);
    for (const line of PRODUCT_LINES) {
      for (const module of line.modules) {
        expect(articles.filter((a) => a.productLine?.id === line.id && a.module === module).length, `${line.name} / ${module}`).to.be.greaterThan(2);
      }
    }
    expect(new Set(articles.map((a) => a.title)).size).to.equal(articles.length);
    expectEvery(articles, 'every body is HTML with paragraphs', (a) => /<p>[^<]/.test(a.bodyHtml));
    expect(articles.filter((a) => /<(ol|ul)>\s*<li>/.test(a.bodyHtml)).length).to.be.greaterThan(articles.length / 2);
    expect(articles.filter((a) => a.bodyHtml.includes('<pre><code>')).length).to.be.greaterThan(50);
    const hostile = articles.filter((a) => (S.hostile as readonly string[]).includes(a.id));
    expect(hostile).to.have.length(2);
    expectEvery(hostile, 'hostile bodies', (a) => /onerror=|<script|javascript:|onclick=|onmouseover=/.test(a.bodyHtml));
  });
});

describe('mock solution search', () => {
  it('ranks by relevance: the title match first, the body-only matches after it', async () => {
    const all = await searchAll({ q: S.rareWords });
    const ids = all.map((s) => s.id);
    expect(ids[0]).to.equal(S.titleMatch);
    expect(all[0]?.title).to.equal(S.titleMatchTitle);
    expect(all[0]?.helpful).to.deep.equal(S.helpful);
    for (const id of S.bodyMatches) {
      expect(ids.indexOf(id), id).to.be.greaterThan(0);
      const s = all.find((x) => x.id === id)!;
      expect(fold(s.title), `${id}: the words are only in the body`).to.not.include('539');
      expect(fold(s.excerpt), `${id}: the excerpt shows the match`).to.include('rejeicao 539');
    }
    // the same search twice gives the same order (ties broken deterministically)
    expect((await searchAll({ q: S.rareWords })).map((s) => s.id)).to.deep.equal(ids);
  });

  it('is accent- and case-insensitive and matches word prefixes', async () => {
    const accented = await search({ q: S.rareWords, pageSize: 500 });
    for (const q of ['rejeicao 539', 'REJEIÇÃO 539', 'Rejeicao 539']) {
      const r = await search({ q, pageSize: 500 });
      expect(r.items.map((s) => s.id), q).to.deep.equal(accented.items.map((s) => s.id));
    }
    const prefix = await search({ q: 'rejei 53' });
    expect(prefix.items[0]?.id).to.equal(S.titleMatch);
    const inside = await searchAll({ q: 'jeicao' });
    expect(inside.map((s) => s.id), 'only prefixes of words match').to.not.include(S.titleMatch);
    const none = await search({ q: 'xyzzyplugh' });
    expect(none).to.deep.include({ total: 0, items: [] });
  });

  it('pages on the server with the list envelope; without q, the most recent first', async () => {
    const everything = await search({ pageSize: 500 });
    expect(everything.total).to.be.greaterThan(S.articles);
    const pages: SolutionSummary[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await search({ page, pageSize: 7 });
      expect(r).to.deep.include({ page, pageSize: 7, total: everything.total });
      expect(r.items).to.have.length(7);
      pages.push(...r.items);
    }
    expect(pages.map((s) => s.id)).to.deep.equal(everything.items.slice(0, 21).map((s) => s.id));
    const times = everything.items.map((s) => Date.parse(s.updatedAt));
    expect(times.every((t, i) => i === 0 || t <= (times[i - 1] ?? t))).to.equal(true);
    const beyond = await search({ page: 1000, pageSize: 50 });
    expect(beyond.items).to.deep.equal([]);
    expect((await search({})).pageSize).to.equal(50);
    fails(await call('GET', LIST, { query: { page: 0 } }), 400, 'invalid-query');
  });

  it('filters by product line and source; sorts by title or date on request', async () => {
    const datasul = await searchAll({ q: S.rareWords, productLineId: 'datasul' });
    expect(datasul.map((s) => s.id)).to.include(S.bodyMatches[2]);
    expectEvery(datasul, 'productLineId=datasul', (s) => s.productLine?.id === 'datasul');
    const articles = await search({ source: 'article', pageSize: 1 });
    expect(articles.total).to.equal(S.articles);
    const tickets = await searchAll({ source: 'ticket' });
    const shared = api().db.tickets.filter((t) => t.status === 'solved' && api().db.products.get(t.productId ?? '')?.shareTicketsInSolutionSearch);
    expect(tickets).to.have.length(shared.length);
    expectEvery(tickets, 'source=ticket', (s) => s.source === 'ticket');
    const byTitle = await search({ source: 'article', productLineId: 'rm', sort: 'title', pageSize: 500 });
    const titles = byTitle.items.map((s) => s.title);
    expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'pt-BR')));
    const oldest = await search({ q: 'lentidao', sort: 'updatedAt', pageSize: 500 });
    const times = oldest.items.map((s) => Date.parse(s.updatedAt));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? t))).to.equal(true);
    expect((await search({ productLineId: 'no-such-line' })).total).to.equal(0);
  });

  it('excerpts are plain text of at most 300 characters, never markup', async () => {
    const all = await search({ pageSize: 500 });
    expectEvery(all.items, 'excerpts', (s) => s.excerpt.length > 0 && s.excerpt.length <= 300 && !/<[a-z/!]/i.test(s.excerpt));
    for (const id of S.hostile) {
      const one = ok<Solution>(await call('GET', ONE, { params: { id } }));
      expect(one.excerpt).to.not.match(/alert|onerror|javascript:|<script/i);
      expect(one.bodyHtml, 'the body stays untrusted: the client sanitizes it').to.match(/onerror=|<script/);
    }
  });

  it('serves one solution with the reader’s vote and related solutions; 404 when unknown', async () => {
    const s = ok<Solution>(await call('GET', ONE, { params: { id: S.titleMatch } }));
    expect(s).to.deep.include({ id: S.titleMatch, source: 'article', title: S.titleMatchTitle, myVote: null, module: 'SIGAFAT — Faturamento' });
    expect(s.productLine).to.deep.equal({ id: 'protheus', name: 'Protheus' });
    expect(s.relatedIds.length).to.be.within(1, 4);
    expect(s.relatedIds).to.not.include(S.titleMatch);
    for (const id of s.relatedIds) ok(await call('GET', ONE, { params: { id } }));
    const general = ok<Solution>(await call('GET', ONE, { params: { id: S.general } }));
    expect(general.productLine).to.equal(undefined);
    expect(ok<Solution>(await call('GET', ONE, { params: { id: S.noVotes } })).helpful).to.deep.equal({ yes: 0, no: 0 });
    fails(await call('GET', ONE, { params: { id: 'kb-nope' } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('GET', ONE, { params: { id: 'sol-tkt-1' } }), 404, 'not-found', { fieldErrors: false });
  });
});

describe('mock solution votes', () => {
  it('counts one vote per user; a later vote replaces it; the same vote again changes nothing', async () => {
    const id = S.noVotes;
    expect(await vote(id, true)).to.deep.equal({ helpful: { yes: 1, no: 0 }, myVote: true });
    expect(await vote(id, true), 'the same vote twice (another key)').to.deep.equal({ helpful: { yes: 1, no: 0 }, myVote: true });
    expect(await vote(id, false, FACTS.tokens.member)).to.deep.equal({ helpful: { yes: 1, no: 1 }, myVote: false });
    expect(ok<Solution>(await call('GET', ONE, { params: { id } })).myVote).to.equal(true);
    expect(ok<Solution>(await call('GET', ONE, { params: { id }, token: FACTS.tokens.member })).myVote).to.equal(false);
    expect(await vote(id, false), 'Ana changes her mind').to.deep.equal({ helpful: { yes: 0, no: 2 }, myVote: false });
    const listed = (await searchAll({ q: 'publicar documento ECM aprovacao' })).find((s) => s.id === id);
    expect(listed?.helpful, 'lists show the counts with the votes').to.deep.equal({ yes: 0, no: 2 });
  });

  it('replays a retried vote with its Idempotency-Key and rejects the key with another body', async () => {
    const first = await call('POST', VOTES, { params: { id: S.titleMatch }, body: { helpful: false }, key: 'v-1' });
    expect(ok<SolutionVoteResult>(first).helpful).to.deep.equal({ yes: S.helpful.yes, no: S.helpful.no + 1 });
    const replay = await call('POST', VOTES, { params: { id: S.titleMatch }, body: { helpful: false }, key: 'v-1' });
    expect(replay.text).to.equal(first.text);
    expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
    fails(await call('POST', VOTES, { params: { id: S.titleMatch }, body: { helpful: true }, key: 'v-1' }), 422, 'idempotency-key-reused');
    const invalid = fails(await call('POST', VOTES, { params: { id: S.titleMatch }, body: {} }), 422, 'validation-failed');
    expect(invalid.errors?.[0]?.path).to.equal('helpful');
  });
});

describe('mock solution suggestions', () => {
  it('needs at least 3 characters (400 below), answers at most 5, the best first, within the product line', async () => {
    for (const q of ['', 'ab', '  ab  ']) {
      const p = fails(await call('GET', SUGGESTIONS, { query: { q } }), 400, 'invalid-query');
      expect(p.errors?.[0]?.path).to.equal('q');
    }
    const three = ok<SolutionSuggestions>(await call('GET', SUGGESTIONS, { query: { q: 'nfe' } }));
    expect(three.items.length).to.be.at.most(5);
    const many = ok<SolutionSuggestions>(await call('GET', SUGGESTIONS, { query: { q: 'Erro ao gerar relatório' } }));
    expect(many.items).to.have.length(5);
    const best = ok<SolutionSuggestions>(await call('GET', SUGGESTIONS, { query: { q: `Erro ao transmitir NF-e: ${S.rareWords}`, productLineId: 'protheus' } }));
    expect(best.items[0]?.id).to.equal(S.titleMatch);
    expectEvery(best.items, 'productLineId=protheus', (s) => s.productLine?.id === 'protheus');
    const fluig = ok<SolutionSuggestions>(await call('GET', SUGGESTIONS, { query: { q: S.rareWords, productLineId: 'fluig' } }));
    expect(fluig.items.map((s) => s.id)).to.not.include(S.titleMatch);
    expect(ok<SolutionSuggestions>(await call('GET', SUGGESTIONS, { query: { q: 'de a o' } })).items, 'only stop words').to.deep.equal([]);
  });
});

describe('mock shared tickets', () => {
  it('turning a product’s sharing off takes its tickets out at once; on again brings them back', async () => {
    const ofProduct = solvedTicketSolutions(S.sharingProduct);
    expect(ofProduct).to.include(S.sharedTicket);
    const before = await searchAll({ source: 'ticket' });
    expect(before.map((s) => s.id)).to.include.members(ofProduct);
    ok(await call('GET', ONE, { params: { id: S.sharedTicket } }));

    await setSharing(S.sharingProduct, false);
    const after = await searchAll({ source: 'ticket' });
    expect(after).to.have.length(before.length - ofProduct.length);
    expect(after.map((s) => s.id)).to.not.include.members([S.sharedTicket]);
    expect(after.some((s) => ofProduct.includes(s.id))).to.equal(false);
    fails(await call('GET', ONE, { params: { id: S.sharedTicket } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('POST', VOTES, { params: { id: S.sharedTicket }, body: { helpful: true } }), 404, 'not-found', { fieldErrors: false });
    const suggested = ok<SolutionSuggestions>(await call('GET', SUGGESTIONS, { query: { q: 'Livros fiscais MATR930 devolução', productLineId: 'protheus' } }));
    expect(suggested.items.map((s) => s.id)).to.not.include(S.sharedTicket);

    await setSharing(S.sharingProduct, true);
    expect(await searchAll({ source: 'ticket' })).to.have.length(before.length);
    ok(await call('GET', ONE, { params: { id: S.sharedTicket } }));
  });

  it('never holds tickets of products that do not share, nor tickets no longer solved', async () => {
    const ids = new Set((await searchAll({ source: 'ticket' })).map((s) => s.id));
    for (const productId of S.notSharingProducts) {
      expect(api().db.products.get(productId)?.shareTicketsInSolutionSearch, productId).to.equal(false);
      for (const id of solvedTicketSolutions(productId)) expect(ids.has(id), id).to.equal(false);
    }
    const unshared = solvedTicketSolutions('prd-a03')[0]!;
    fails(await call('GET', ONE, { params: { id: unshared } }), 404, 'not-found', { fieldErrors: false });
    // a reply reopens the solved ticket: it leaves the search
    ok(await call('POST', '/v1/tickets/{id}/comments', { params: { id: FACTS.tickets.solved }, body: { body: 'O problema voltou a ocorrer hoje.' } }), 201);
    fails(await call('GET', ONE, { params: { id: S.sharedTicket } }), 404, 'not-found', { fieldErrors: false });
  });

  it('carries nothing personal: no e-mail, requester, contact or organization', async () => {
    const { db } = api();
    const tickets = await searchAll({ source: 'ticket' });
    expect(tickets.length).to.be.greaterThan(50);
    const people = new Set<string>();
    for (const contacts of db.contacts.values()) for (const c of contacts.values()) people.add(c.name);
    for (const u of db.users.values()) people.add(u.name);
    for (const a of db.agents) people.add(a.name.replace(' (TOTVS)', ''));
    const orgWords = [...db.organizations.values()].flatMap((o) => [o.name, o.legalName, o.tradeName, o.cnpj, o.code, o.domain]);
    const bodies = await Promise.all(tickets.slice(0, 40).map(async (s) => ok<Solution>(await call('GET', ONE, { params: { id: s.id } }))));
    const shown = [...tickets, ...bodies].map((s) => JSON.stringify(s));
    expectEvery(shown, 'shared tickets', (text) => !/@|requester|organization/i.test(text)
      && ![...people].some((name) => text.includes(name)) && !orgWords.some((w) => w !== '' && text.includes(w)));
    expectEvery(bodies, 'bodies', (s) => !('requester' in s) && !('organization' in s) && !('ccs' in s));
  });
});
