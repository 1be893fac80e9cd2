/**
 * Contract test of the bundled mocks: every endpoint of API.md (from the endpoint registry),
 * through the real service worker with plain fetch — the success case and every error status the
 * contract lists for it — each answer validated with the zod schemas (ProblemSchema for errors).
 */
import { expect } from '@open-wc/testing';
import type {
  Attachment, Comment, Contact, ContactImportResult, Dashboard, Eula, Installation, License, ListEnvelope, LicensingMessage,
  LgpdTerm, LiveEventsPage, MaturityIndex, Me, Organization, Product, ProductLine, ServiceOrder, BulkDecisionResult, Solution, SolutionList,
  SolutionSuggestions, SolutionVoteResult, Ticket, TicketSummary,
} from '../../src/core/schemas/index.js';
import { FACTS } from '../../src/mocks/index.js';
import { useMockApi } from '../helpers/portal.js';
import { BASE, call, endpoints, etagOf, expectEvery, fails, missingCoverage, ok, recorded } from './contract-helpers.js';

const A = FACTS.orgs.a;
const B = FACTS.orgs.b;
const MEMBER = FACTS.tokens.member;
const EXPIRED = FACTS.tokens.expired;
const T = FACTS.tickets;
const UNKNOWN = 'does-not-exist';

useMockApi();

describe('transport rules', () => {
  it('answers 401 problem+json on every endpoint without a token or with an expired one', async () => {
    for (const e of endpoints) {
      const params = Object.fromEntries(e.pathParams.map((p) => [p.name, 'x']));
      for (const token of [null, EXPIRED]) {
        const r = await call(e.method, e.path, { params, token, key: 'k', ...(e.body ? { body: {} } : {}) });
        const p = fails(r, 401, 'unauthorized', { fieldErrors: false });
        expect(p.title.length).to.be.greaterThan(0);
      }
    }
  });

  it('treats any other token as the demo admin and member-token as the member', async () => {
    const other = ok<Me>(await call('GET', '/v1/me', { token: 'whatever-token' }));
    expect(other.id).to.equal(FACTS.users.ana);
    const member = ok<Me>(await call('GET', '/v1/me', { token: MEMBER }));
    expect(member.id).to.equal(FACTS.users.member);
  });

  it('answers an unknown path with a 404 problem', async () => {
    const r = await fetch(`${BASE}/v1/nothing-here`, { headers: { Authorization: 'Bearer demo-token' } });
    expect(r.status).to.equal(404);
    expect(r.headers.get('Content-Type')).to.match(/^application\/problem\+json/);
  });
});

describe('session', () => {
  it('GET /v1/me: the demo user, her organizations and roles, with an ETag', async () => {
    const r = await call('GET', '/v1/me');
    const me = ok<Me>(r);
    expect(me.name).to.equal('Ana Beatriz Carvalho');
    expect(me.organizations.map((o) => [o.id, o.roles])).to.deep.equal([[A, ['admin']], [B, ['member']]]);
    expect(me.defaultOrganizationId).to.equal(A);
  });

  it('PATCH /v1/me: If-Match, validation, update', async () => {
    const etag = etagOf(await call('GET', '/v1/me'));
    fails(await call('PATCH', '/v1/me', { body: { name: 'Ana B. Carvalho' } }), 428, 'precondition-required', { fieldErrors: false });
    fails(await call('PATCH', '/v1/me', { body: { name: 'Ana B. Carvalho' }, ifMatch: '"stale"' }), 412, 'precondition-failed', { fieldErrors: false });
    const invalid = fails(await call('PATCH', '/v1/me', { body: { name: 'A', phone: '123' }, ifMatch: etag }), 422, 'validation-failed');
    expect(invalid.errors?.map((e) => e.path).sort()).to.deep.equal(['name', 'phone']);
    fails(await call('PATCH', '/v1/me', { raw: '{"name": ', ifMatch: etag }), 400, 'malformed-body');
    const r = await call('PATCH', '/v1/me', { body: { name: 'Ana B. Carvalho', phone: '+55 11 99999-9999', language: 'en' }, ifMatch: etag });
    const me = ok<Me>(r);
    expect(me.name).to.equal('Ana B. Carvalho');
    expect(me.language).to.equal('en');
    expect(r.headers.get('ETag')).to.not.equal(etag);
    fails(await call('PATCH', '/v1/me', { body: { jobTitle: 'CIO' }, ifMatch: etag }), 412, 'precondition-failed', { fieldErrors: false });
  });
});

describe('contacts', () => {
  const list = '/v1/organizations/{orgId}/contacts';
  const one = '/v1/organizations/{orgId}/contacts/{id}';

  it('GET list: admin pages, filters and sorts; members only with role=admin', async () => {
    const page = ok<ListEnvelope<Contact>>(await call('GET', list, { params: { orgId: A }, query: { pageSize: 5, sort: '-createdAt' } }));
    expect(page.items).to.have.length(5);
    expect(page.total).to.equal(40);
    expect(page.pageSize).to.equal(5);
    const admins = ok<ListEnvelope<Contact>>(await call('GET', list, { params: { orgId: A }, query: { role: 'admin' }, token: MEMBER }));
    expect(admins.items.map((c) => c.id).sort()).to.deep.equal([FACTS.users.ana, FACTS.users.secondAdminA].sort());
    const found = ok<ListEnvelope<Contact>>(await call('GET', list, { params: { orgId: A }, query: { q: 'carvalho' } }));
    expect(found.items.some((c) => c.id === FACTS.users.ana)).to.equal(true);
    fails(await call('GET', list, { params: { orgId: A }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', list, { params: { orgId: A }, query: { pageSize: 501 } }), 400, 'invalid-query');
    fails(await call('GET', list, { params: { orgId: A }, query: { status: 'sleeping' } }), 400, 'invalid-query');
    fails(await call('GET', list, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
  });

  it('POST: creates, replays, detects key reuse, 409 on duplicate e-mail, 422 per field', async () => {
    const body = { name: 'Joana Prado', email: 'joana.prado@metalurgicapaulista.com.br', role: 'member', areas: ['support'] };
    const first = await call('POST', list, { params: { orgId: A }, body, key: 'contact-key-1' });
    const created = ok<Contact>(first, 201);
    expect(created.status).to.equal('invited');
    const replay = await call('POST', list, { params: { orgId: A }, body, key: 'contact-key-1' });
    expect(replay.status).to.equal(201);
    expect(replay.text).to.equal(first.text);
    fails(await call('POST', list, { params: { orgId: A }, body: { ...body, name: 'Outra Pessoa' }, key: 'contact-key-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', list, { params: { orgId: A }, body: { ...body, email: 'ANA.CARVALHO@metalurgicapaulista.com.br' } }), 409, 'duplicate-email', { fieldErrors: false });
    const invalid = fails(await call('POST', list, { params: { orgId: A }, body: { name: 'J', email: 'not-an-email', role: 'owner' } }), 422, 'validation-failed');
    expect(invalid.errors?.map((e) => e.path).sort()).to.deep.equal(['email', 'name', 'role']);
    fails(await call('POST', list, { params: { orgId: A }, body, key: null }), 400, 'idempotency-key-missing');
    fails(await call('POST', list, { params: { orgId: A }, raw: 'nope' }), 400, 'malformed-body');
    fails(await call('POST', list, { params: { orgId: A }, body, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', list, { params: { orgId: UNKNOWN }, body }), 404, 'not-found', { fieldErrors: false });
    const all = ok<ListEnvelope<Contact>>(await call('GET', list, { params: { orgId: A }, query: { q: 'joana.prado' } }));
    expect(all.total).to.equal(1);
  });

  it('GET one with ETag; PATCH with If-Match; 404/403', async () => {
    const r = await call('GET', one, { params: { orgId: A, id: FACTS.users.member } });
    const contact = ok<Contact>(r);
    expect(contact.role).to.equal('member');
    const etag = etagOf(r);
    fails(await call('GET', one, { params: { orgId: A, id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('GET', one, { params: { orgId: A, id: FACTS.users.ana }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    const patch = { params: { orgId: A, id: FACTS.users.member } };
    fails(await call('PATCH', one, { ...patch, body: { jobTitle: 'Contador' } }), 428, 'precondition-required', { fieldErrors: false });
    fails(await call('PATCH', one, { ...patch, body: { jobTitle: 'Contador' }, ifMatch: '"0000"' }), 412, 'precondition-failed', { fieldErrors: false });
    fails(await call('PATCH', one, { ...patch, body: { role: 'owner', status: 'gone' }, ifMatch: etag }), 422, 'validation-failed');
    fails(await call('PATCH', one, { ...patch, raw: '{', ifMatch: etag }), 400, 'malformed-body');
    fails(await call('PATCH', one, { ...patch, body: { jobTitle: 'x' }, ifMatch: etag, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('PATCH', one, { params: { orgId: A, id: UNKNOWN }, body: { jobTitle: 'x' }, ifMatch: etag }), 404, 'not-found', { fieldErrors: false });
    const updated = await call('PATCH', one, { ...patch, body: { role: 'admin', areas: ['support', 'finance'] }, ifMatch: etag });
    expect(ok<Contact>(updated).role).to.equal('admin');
    expect(updated.headers.get('ETag')).to.not.equal(etag);
    const me = ok<Me>(await call('GET', '/v1/me', { token: MEMBER }));
    expect(me.organizations[0]?.roles).to.deep.equal(['admin']);
  });

  it('the last active admin cannot be demoted, deactivated or deleted (409 last-admin)', async () => {
    fails(await call('DELETE', one, { params: { orgId: A, id: FACTS.users.member }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('DELETE', one, { params: { orgId: A, id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    ok(await call('DELETE', one, { params: { orgId: A, id: FACTS.users.secondAdminA } }), 204);
    fails(await call('DELETE', one, { params: { orgId: A, id: FACTS.users.secondAdminA } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('DELETE', one, { params: { orgId: A, id: FACTS.users.ana } }), 409, 'last-admin', { fieldErrors: false });
    const etag = etagOf(await call('GET', one, { params: { orgId: A, id: FACTS.users.ana } }));
    fails(await call('PATCH', one, { params: { orgId: A, id: FACTS.users.ana }, body: { role: 'member' }, ifMatch: etag }), 409, 'last-admin', { fieldErrors: false });
    fails(await call('PATCH', one, { params: { orgId: A, id: FACTS.users.ana }, body: { status: 'inactive' }, ifMatch: etag }), 409, 'last-admin', { fieldErrors: false });
    ok(await call('PATCH', one, { params: { orgId: A, id: FACTS.users.ana }, body: { jobTitle: 'Gerente de TI' }, ifMatch: etag }));
  });

  it('POST import: each row stands or fails alone', async () => {
    const path = '/v1/organizations/{orgId}/contacts/import';
    const body = {
      contacts: [
        { name: 'Paulo Rezende', email: 'paulo.rezende@metalurgicapaulista.com.br', role: 'member' },
        { name: 'Sem Email', email: 'sem-email', role: 'member' },
        { name: 'Ana Duplicada', email: 'ana.carvalho@metalurgicapaulista.com.br', role: 'admin' },
        { name: 'Paulo Repetido', email: 'paulo.rezende@metalurgicapaulista.com.br', role: 'member' },
        { name: 'Rita Lopes', email: 'rita.lopes@metalurgicapaulista.com.br', role: 'admin', jobTitle: 'Controller' },
      ],
    };
    const first = await call('POST', path, { params: { orgId: A }, body, key: 'import-1' });
    const { results } = ok<ContactImportResult>(first);
    expect(results.map((r) => [r.row, r.ok])).to.deep.equal([[0, true], [1, false], [2, false], [3, false], [4, true]]);
    expect(results[1]?.problem?.errors?.[0]?.path).to.equal('email');
    expect(results[2]?.problem?.type).to.match(/\/duplicate-email$/);
    expect(results[4]?.contact?.role).to.equal('admin');
    expect((await call('POST', path, { params: { orgId: A }, body, key: 'import-1' })).text).to.equal(first.text);
    fails(await call('POST', path, { params: { orgId: A }, body: { contacts: [] }, key: 'import-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', path, { params: { orgId: A }, body: { contacts: [] } }), 422, 'validation-failed');
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ name: `Pessoa ${i}`, email: `p${i}@x.com.br`, role: 'member' }));
    fails(await call('POST', path, { params: { orgId: A }, body: { contacts: tooMany } }), 422, 'validation-failed');
    fails(await call('POST', path, { params: { orgId: A }, raw: '[' }), 400, 'malformed-body');
    fails(await call('POST', path, { params: { orgId: A }, body, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', path, { params: { orgId: UNKNOWN }, body }), 404, 'not-found', { fieldErrors: false });
  });
});

describe('products', () => {
  const list = '/v1/organizations/{orgId}/products';
  const one = '/v1/organizations/{orgId}/products/{id}';
  const body = { lineId: 'protheus', version: '12.1.2510', environment: 'development', shareTicketsInSolutionSearch: false, database: 'PostgreSQL 15' };

  it('GET list and the catalogue', async () => {
    const page = ok<ListEnvelope<Product>>(await call('GET', list, { params: { orgId: A }, query: { sort: '-createdAt' } }));
    expect(page.total).to.equal(8);
    expect(page.items[0]?.id).to.equal(FACTS.products.withoutTickets);
    const protheus = ok<ListEnvelope<Product>>(await call('GET', list, { params: { orgId: A }, query: { q: 'protheus' } }));
    expectEvery(protheus.items, 'q=protheus', (p) => p.lineName === 'Protheus');
    ok(await call('GET', list, { params: { orgId: A }, token: MEMBER }));
    fails(await call('GET', list, { params: { orgId: A }, query: { sort: 'price' } }), 400, 'invalid-query');
    fails(await call('GET', list, { params: { orgId: B }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('GET', list, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    const lines = ok<ProductLine[]>(await call('GET', '/v1/catalog/product-lines'));
    expect(lines.map((l) => l.name)).to.deep.equal(['Protheus', 'RM', 'Datasul', 'Logix', 'Fluig', 'Winthor', 'Consinco', 'CMNET']);
  });

  it('POST, duplicate, GET, PATCH, DELETE', async () => {
    const created = ok<Product>(await call('POST', list, { params: { orgId: A }, body, key: 'product-1' }), 201);
    expect(created.lineName).to.equal('Protheus');
    fails(await call('POST', list, { params: { orgId: A }, body: { ...body, version: '12.1.2410' }, key: 'product-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', list, { params: { orgId: A }, body: { ...body, lineId: 'sap' } }), 422, 'validation-failed');
    fails(await call('POST', list, { params: { orgId: A }, body: { lineId: 'rm' } }), 422, 'validation-failed');
    fails(await call('POST', list, { params: { orgId: A }, raw: '{{' }), 400, 'malformed-body');
    fails(await call('POST', list, { params: { orgId: B }, body, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('POST', list, { params: { orgId: UNKNOWN }, body }), 404, 'not-found', { fieldErrors: false });

    const dup = '/v1/organizations/{orgId}/products/{id}/duplicate';
    const copy = ok<Product>(await call('POST', dup, { params: { orgId: A, id: created.id }, key: 'dup-1' }), 201);
    expect(copy.id).to.not.equal(created.id);
    expect(copy.version).to.equal(created.version);
    fails(await call('POST', dup, { params: { orgId: A, id: FACTS.products.inUse }, key: 'dup-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', dup, { params: { orgId: A, id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('POST', dup, { params: { orgId: B, id: FACTS.products.orgB }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });

    const r = await call('GET', one, { params: { orgId: A, id: created.id } });
    ok(r);
    fails(await call('GET', one, { params: { orgId: A, id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('GET', one, { params: { orgId: A, id: FACTS.products.orgB } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('GET', one, { params: { orgId: B, id: FACTS.products.orgB }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    const etag = etagOf(r);
    const target = { params: { orgId: A, id: created.id } };
    fails(await call('PATCH', one, { ...target, body: { notes: 'x' } }), 428, 'precondition-required', { fieldErrors: false });
    fails(await call('PATCH', one, { ...target, body: { notes: 'x' }, ifMatch: '"old"' }), 412, 'precondition-failed', { fieldErrors: false });
    fails(await call('PATCH', one, { ...target, body: { environment: 'cloud' }, ifMatch: etag }), 422, 'validation-failed');
    fails(await call('PATCH', one, { ...target, raw: 'x', ifMatch: etag }), 400, 'malformed-body');
    fails(await call('PATCH', one, { params: { orgId: A, id: UNKNOWN }, body: { notes: 'x' }, ifMatch: etag }), 404, 'not-found', { fieldErrors: false });
    fails(await call('PATCH', one, { params: { orgId: B, id: FACTS.products.orgB }, body: { notes: 'x' }, ifMatch: etag, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    const patched = ok<Product>(await call('PATCH', one, { ...target, body: { notes: 'Ambiente de testes da reforma tributária', environment: 'homologation' }, ifMatch: etag }));
    expect(patched.environment).to.equal('homologation');

    fails(await call('DELETE', one, { params: { orgId: A, id: FACTS.products.inUse } }), 409, 'product-in-use', { fieldErrors: false });
    fails(await call('DELETE', one, { params: { orgId: B, id: FACTS.products.orgB }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    ok(await call('DELETE', one, { params: { orgId: A, id: FACTS.products.withoutTickets } }), 204);
    fails(await call('DELETE', one, { params: { orgId: A, id: FACTS.products.withoutTickets } }), 404, 'not-found', { fieldErrors: false });
  });
});

describe('tickets: lists, report, archive', () => {
  it('GET /v1/tickets: scopes', async () => {
    const mine = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'mine', pageSize: 500 } }));
    expect(mine.total).to.be.within(200, 800);
    expectEvery(mine.items, 'scope=mine', (t) => t.requester.id === FACTS.users.ana);
    expect(new Set(mine.items.map((t) => t.organization.id))).to.deep.equal(new Set([A, B]));
    const byDefault = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets'));
    expect(byDefault.total).to.equal(mine.total);
    expect(byDefault.pageSize).to.equal(50);
    const cc = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'cc', pageSize: 500 } }));
    expect(cc.total).to.be.greaterThan(50);
    expectEvery(cc.items, 'scope=cc', (t) => t.ccs.some((p) => p.id === FACTS.users.ana));
    expect(new Set(cc.items.map((t) => t.organization.id)).size).to.equal(2);
    const org = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'organization', organizationId: A } }));
    expect(org.total).to.equal(10_000);
    const managed = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'managed' }, token: MEMBER }));
    expect(managed.total).to.equal(10_000);
    expectEvery(managed.items, 'scope=managed (member)', (t) => !t.permissions.canChangeRequester);
    const mineInB = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'mine', organizationId: B } }));
    expectEvery(mineInB.items, 'scope=mine in B', (t) => t.organization.id === B);
    fails(await call('GET', '/v1/tickets', { query: { scope: 'organization', organizationId: A }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', '/v1/tickets', { query: { scope: 'organization', organizationId: B } }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', '/v1/tickets', { query: { scope: 'organization' } }), 400, 'invalid-query');
    fails(await call('GET', '/v1/tickets', { query: { scope: 'everything' } }), 400, 'invalid-query');
  });

  it('GET /v1/tickets: filters, free text, sort, paging', async () => {
    const base = { scope: 'organization', organizationId: A, pageSize: 500 };
    const repeated = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, status: ['open', 'pending'] } }));
    const comma = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, status: 'open,pending' } }));
    expect(repeated.total).to.equal(comma.total);
    expect(repeated.total).to.be.greaterThan(0);
    expectEvery(repeated.items, 'status=open&status=pending', (t) => t.status === 'open' || t.status === 'pending');
    const urgent = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, priority: 'urgent', productId: FACTS.products.inUse } }));
    expectEvery(urgent.items, 'priority=urgent&productId', (t) => t.priority === 'urgent' && t.product?.id === FACTS.products.inUse);
    const day = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, openedFrom: '2026-11-01', openedTo: '2026-11-10' } }));
    expect(day.total).to.be.greaterThan(0);
    expectEvery(day.items, 'openedFrom/openedTo', (t) => t.createdAt.slice(0, 10) >= '2026-11-01' && t.createdAt.slice(0, 10) <= '2026-11-10');
    const q = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, q: 'REJEICAO 539' } }));
    expect(q.items.map((t) => t.id)).to.include(T.new);
    const byNumber = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, q: T.new.replace('tkt-', '') } }));
    expect(byNumber.items[0]?.id).to.equal(T.new);
    const sorted = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, sort: '-priority', pageSize: 20 } }));
    expectEvery(sorted.items, 'sort=-priority', (t) => t.priority === 'urgent');
    const oldest = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { ...base, sort: 'number', page: 3, pageSize: 10 } }));
    expect(oldest.page).to.equal(3);
    expect(Number(oldest.items[0]?.number)).to.be.lessThan(Number(oldest.items[1]?.number));
    fails(await call('GET', '/v1/tickets', { query: { ...base, status: 'open,sleeping' } }), 400, 'invalid-query');
    fails(await call('GET', '/v1/tickets', { query: { ...base, sort: 'subject' } }), 400, 'invalid-query');
    fails(await call('GET', '/v1/tickets', { query: { ...base, page: 0 } }), 400, 'invalid-query');
    fails(await call('GET', '/v1/tickets', { query: { ...base, openedFrom: '2026-02-30' } }), 400, 'invalid-query');
  });

  it('GET /v1/tickets/report: CSV with BOM, exact columns, attachment', async () => {
    const response = await fetch(`${BASE}/v1/tickets/report?scope=organization&organizationId=${A}&format=csv`, { headers: { Authorization: 'Bearer demo-token' } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const r = await call('GET', '/v1/tickets/report', { query: { scope: 'organization', organizationId: A, format: 'csv' } });
    ok(r);
    expect(r.headers.get('Content-Type')).to.equal('text/csv; charset=utf-8');
    expect(r.headers.get('Content-Disposition')).to.match(/^attachment; filename="[^"]+\.csv"$/);
    const lines = r.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('number,subject,status,priority,product,module,requester,organization,createdAt,dueAt');
    const open = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'organization', organizationId: A, status: 'new,open,pending,hold', pageSize: 1 } }));
    expect(lines.length - 1).to.equal(open.total);
    const mine = await call('GET', '/v1/tickets/report', { query: { scope: 'mine' }, token: MEMBER });
    ok(mine);
    expect(mine.text).to.contain('Usuário sem acesso ao menu do SIGAFAT');
    fails(await call('GET', '/v1/tickets/report', { query: { scope: 'organization', organizationId: A }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', '/v1/tickets/report', {}), 400, 'invalid-query');
    fails(await call('GET', '/v1/tickets/report', { query: { scope: 'mine', format: 'xlsx' } }), 400, 'invalid-query');
  });

  it('GET /v1/tickets/archive: legacy, cmnet, consinco (read only)', async () => {
    for (const source of ['legacy', 'cmnet', 'consinco'] as const) {
      const page = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets/archive', { query: { source, pageSize: 500 } }));
      expect(page.total, source).to.be.greaterThan(50);
      expectEvery(page.items, source, (t) => t.platform === source && t.status === 'closed');
      expectEvery(page.items, `${source}: read only`, (t) => Object.values(t.permissions).every((v) => v === false));
      expectEvery(page.items, `${source}: closedAt`, (t) => typeof t.closedAt === 'string' && (source !== 'legacy' || t.closedAt < '2017-11-01'));
    }
    const ranged = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets/archive', { query: { source: 'consinco', closedFrom: '2020-01-01', closedTo: '2020-12-31', pageSize: 500 } }));
    expect(ranged.total).to.be.greaterThan(0);
    expectEvery(ranged.items, 'closedFrom/closedTo', (t) => typeof t.closedAt === 'string' && t.closedAt.startsWith('2020'));
    const memberLegacy = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets/archive', { query: { source: 'cmnet' }, token: MEMBER }));
    expect(memberLegacy.total).to.equal(0);
    fails(await call('GET', '/v1/tickets/archive'), 400, 'invalid-query');
    fails(await call('GET', '/v1/tickets/archive', { query: { source: 'zendesk' } }), 400, 'invalid-query');
  });
});

describe('tickets: one ticket and actions', () => {
  it('GET /v1/tickets/{id}: conversation, hostile agent HTML, archived read only', async () => {
    const r = await call('GET', '/v1/tickets/{id}', { params: { id: T.open } });
    const t = ok<Ticket>(r);
    expect(t.status).to.equal('open');
    expect(t.permissions).to.deep.equal({ canComment: true, canSolve: true, canEditCcs: true, canChangeRequester: true });
    expect(t.comments.some((c) => c.author.kind === 'agent' && /<script|onerror=|javascript:|onload=/.test(c.htmlBody ?? ''))).to.equal(true);
    expect(t.comments.some((c) => /href="https:\/\//.test(c.htmlBody ?? ''))).to.equal(true);
    const archived = ok<Ticket>(await call('GET', '/v1/tickets/{id}', { params: { id: FACTS.archive.legacy } }));
    expect(archived.platform).to.equal('legacy');
    expect(Object.values(archived.permissions)).to.deep.equal([false, false, false, false]);
    const asMember = ok<Ticket>(await call('GET', '/v1/tickets/{id}', { params: { id: T.open }, token: MEMBER }));
    expect(asMember.permissions).to.deep.equal({ canComment: false, canSolve: false, canEditCcs: false, canChangeRequester: false });
    fails(await call('GET', '/v1/tickets/{id}', { params: { id: T.orgBMine }, token: MEMBER }), 403, 'permission-denied', { fieldErrors: false });
    fails(await call('GET', '/v1/tickets/{id}', { params: { id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
  });

  it('POST /v1/uploads and POST /v1/tickets: next number, attachments, CCs', async () => {
    const form = new FormData();
    form.append('file', new File(['linha 1\nlinha 2\n'], 'log.txt', { type: 'text/plain' }));
    const up = await call('POST', '/v1/uploads', { raw: form });
    const attachment = ok<Attachment>(up, 201);
    expect(attachment).to.include({ name: 'log.txt', contentType: 'text/plain', size: 16 });
    const download = await fetch(attachment.url);
    expect(download.status).to.equal(200);
    expect(await download.text()).to.equal('linha 1\nlinha 2\n');
    expect((await fetch(attachment.url.replace(/signature=\w+/, 'signature=forged'))).status).to.equal(403);
    fails(await call('POST', '/v1/uploads', { body: { file: 'x' } }), 400, 'malformed-body');
    const big = new FormData();
    big.append('file', new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'dump.bak'));
    fails(await call('POST', '/v1/uploads', { raw: big }), 413, 'payload-too-large', { fieldErrors: false });

    const before = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'managed', sort: '-number', pageSize: 1 } }));
    const body = {
      organizationId: A, productId: FACTS.products.inUse, module: 'SIGAFIS — Livros Fiscais', subject: 'Erro na apuração do ICMS',
      description: 'Ao apurar o ICMS de novembro o sistema trava.', priority: 'high',
      ccEmails: ['carlos.lima@metalurgicapaulista.com.br', 'auditoria@escritorio.com.br'], attachmentIds: [attachment.id],
    };
    const first = await call('POST', '/v1/tickets', { body, key: 'ticket-1' });
    const created = ok<Ticket>(first, 201);
    expect(Number(created.number)).to.equal(Number(before.items[0]?.number) + 1);
    expect(created.status).to.equal('new');
    expect(created.requester.id).to.equal(FACTS.users.ana);
    expect(created.ccs.map((p) => p.email)).to.deep.equal(['carlos.lima@metalurgicapaulista.com.br', 'auditoria@escritorio.com.br']);
    expect(created.attachments.map((a) => a.id)).to.deep.equal([attachment.id]);
    const replay = await call('POST', '/v1/tickets', { body, key: 'ticket-1' });
    expect([replay.status, replay.text]).to.deep.equal([201, first.text]);
    fails(await call('POST', '/v1/tickets', { body: { ...body, priority: 'low' }, key: 'ticket-1' }), 422, 'idempotency-key-reused');
    const after = ok<ListEnvelope<TicketSummary>>(await call('GET', '/v1/tickets', { query: { scope: 'managed', sort: '-number', pageSize: 1 } }));
    expect(after.items[0]?.id).to.equal(created.id);
    const invalid = fails(await call('POST', '/v1/tickets', { body: { ...body, subject: 'Oi', description: 'curta' } }), 422, 'validation-failed');
    expect(invalid.errors?.map((e) => e.path).sort()).to.deep.equal(['description', 'subject']);
    fails(await call('POST', '/v1/tickets', { body: { ...body, productId: FACTS.products.orgB } }), 422, 'validation-failed');
    fails(await call('POST', '/v1/tickets', { body: { ...body, attachmentIds: ['upl-nope'] } }), 422, 'validation-failed');
    fails(await call('POST', '/v1/tickets', { body: { ...body, organizationId: B, productId: FACTS.products.orgB }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('POST', '/v1/tickets', { raw: '{"subject": "x"' }), 400, 'malformed-body');
    fails(await call('POST', '/v1/tickets', { body, key: null }), 400, 'idempotency-key-missing');
  });

  it('POST comments: a reply reopens a solved ticket; closed → 409', async () => {
    const path = '/v1/tickets/{id}/comments';
    const first = await call('POST', path, { params: { id: T.solved }, body: { body: 'O problema voltou.' }, key: 'reply-1' });
    const comment = ok<Comment>(first, 201);
    expect(comment.author).to.include({ id: FACTS.users.ana, kind: 'customer' });
    expect(ok<Ticket>(await call('GET', '/v1/tickets/{id}', { params: { id: T.solved } })).status).to.equal('open');
    expect((await call('POST', path, { params: { id: T.solved }, body: { body: 'O problema voltou.' }, key: 'reply-1' })).text).to.equal(first.text);
    fails(await call('POST', path, { params: { id: T.solved }, body: { body: 'Outra coisa' }, key: 'reply-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', path, { params: { id: T.closed }, body: { body: 'Oi' } }), 409, 'ticket-closed', { fieldErrors: false });
    fails(await call('POST', path, { params: { id: FACTS.archive.cmnet }, body: { body: 'Oi' } }), 409, 'ticket-closed', { fieldErrors: false });
    fails(await call('POST', path, { params: { id: T.open }, body: { body: 'Oi' }, token: MEMBER }), 403, 'permission-denied', { fieldErrors: false });
    fails(await call('POST', path, { params: { id: UNKNOWN }, body: { body: 'Oi' } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('POST', path, { params: { id: T.open }, body: { body: '   ' } }), 422, 'validation-failed');
    fails(await call('POST', path, { params: { id: T.open }, raw: 'x' }), 400, 'malformed-body');
    const pending = await call('POST', path, { params: { id: T.pending }, body: { body: 'Segue o log.' } });
    ok(pending, 201);
    const ticket = ok<Ticket>(await call('GET', '/v1/tickets/{id}', { params: { id: T.pending } }));
    expect(ticket.status).to.equal('open');
    expect(ticket.comments.at(-1)?.body).to.equal('Segue o log.');
  });

  it('POST solve and satisfaction', async () => {
    const solve = '/v1/tickets/{id}/solve';
    const solved = ok<Ticket>(await call('POST', solve, { params: { id: T.open }, key: 'solve-1' }));
    expect(solved.status).to.equal('solved');
    expect(solved.permissions.canSolve).to.equal(false);
    fails(await call('POST', solve, { params: { id: T.open } }), 409, 'ticket-already-solved', { fieldErrors: false });
    fails(await call('POST', solve, { params: { id: T.closed } }), 409, 'ticket-closed', { fieldErrors: false });
    fails(await call('POST', solve, { params: { id: T.pending }, key: 'solve-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', solve, { params: { id: T.hold }, token: MEMBER }), 403, 'permission-denied', { fieldErrors: false });
    fails(await call('POST', solve, { params: { id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('POST', solve, { params: { id: T.hold }, key: null }), 400, 'idempotency-key-missing');

    const rate = '/v1/tickets/{id}/satisfaction';
    const rated = ok<Ticket>(await call('POST', rate, { params: { id: T.solved }, body: { rating: 'good', comment: 'Excelente!' }, key: 'rate-1' }));
    expect(rated.satisfaction).to.deep.equal({ rating: 'good', comment: 'Excelente!' });
    ok(await call('POST', rate, { params: { id: T.closed }, body: { rating: 'bad' } }));
    fails(await call('POST', rate, { params: { id: T.solved }, body: { rating: 'bad' }, key: 'rate-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', rate, { params: { id: T.pending }, body: { rating: 'good' } }), 409, 'ticket-not-solved', { fieldErrors: false });
    fails(await call('POST', rate, { params: { id: T.solved }, body: { rating: 'meh' } }), 422, 'validation-failed');
    fails(await call('POST', rate, { params: { id: T.solved }, raw: '' }), 400, 'malformed-body');
    fails(await call('POST', rate, { params: { id: T.solved }, body: { rating: 'bad' }, token: MEMBER }), 403, 'permission-denied', { fieldErrors: false });
    fails(await call('POST', rate, { params: { id: UNKNOWN }, body: { rating: 'bad' } }), 404, 'not-found', { fieldErrors: false });
  });

  it('PUT requester and ccs', async () => {
    const requester = '/v1/tickets/{id}/requester';
    const changed = ok<Ticket>(await call('PUT', requester, { params: { id: T.member }, body: { requesterId: FACTS.users.secondAdminA } }));
    expect(changed.requester.id).to.equal(FACTS.users.secondAdminA);
    fails(await call('PUT', requester, { params: { id: T.open }, body: { requesterId: 'usr-nobody' } }), 422, 'validation-failed');
    fails(await call('PUT', requester, { params: { id: T.open }, body: {} }), 422, 'validation-failed');
    fails(await call('PUT', requester, { params: { id: T.open }, raw: '{' }), 400, 'malformed-body');
    fails(await call('PUT', requester, { params: { id: T.orgBMine }, body: { requesterId: FACTS.users.adminB } }), 403, 'permission-denied', { fieldErrors: false });
    fails(await call('PUT', requester, { params: { id: UNKNOWN }, body: { requesterId: FACTS.users.ana } }), 404, 'not-found', { fieldErrors: false });

    const ccs = '/v1/tickets/{id}/ccs';
    const withCcs = ok<Ticket>(await call('PUT', ccs, { params: { id: T.hold }, body: { personIds: [FACTS.users.member, FACTS.users.secondAdminA] } }));
    expect(withCcs.ccs.map((p) => p.id)).to.deep.equal([FACTS.users.member, FACTS.users.secondAdminA]);
    const bad = fails(await call('PUT', ccs, { params: { id: T.hold }, body: { personIds: [FACTS.users.member, 'usr-nobody'] } }), 422, 'validation-failed');
    expect(bad.errors?.[0]?.path).to.equal('personIds.1');
    fails(await call('PUT', ccs, { params: { id: T.hold }, raw: 'null,' }), 400, 'malformed-body');
    fails(await call('PUT', ccs, { params: { id: T.hold }, body: { personIds: [] }, token: MEMBER }), 403, 'permission-denied', { fieldErrors: false });
    fails(await call('PUT', ccs, { params: { id: UNKNOWN }, body: { personIds: [] } }), 404, 'not-found', { fieldErrors: false });
  });
});

describe('company', () => {
  it('GET /v1/organizations/{orgId}', async () => {
    const org = ok<Organization>(await call('GET', '/v1/organizations/{orgId}', { params: { orgId: A } }));
    expect(org.legalName).to.equal('Metalúrgica Paulista S.A.');
    expect(org.cnpj).to.match(/^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/);
    const b = ok<Organization>(await call('GET', '/v1/organizations/{orgId}', { params: { orgId: B } }));
    expect(b.relationshipManager).to.equal(undefined);
    fails(await call('GET', '/v1/organizations/{orgId}', { params: { orgId: B }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('GET', '/v1/organizations/{orgId}', { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
  });
});

describe('licensing', () => {
  const eula = '/v1/organizations/{orgId}/licensing/eula';
  const accept = '/v1/organizations/{orgId}/licensing/eula/acceptance';
  const installations = '/v1/organizations/{orgId}/installations';
  const installation = '/v1/organizations/{orgId}/installations/{id}';
  const licenses = '/v1/organizations/{orgId}/licenses';
  const license = '/v1/organizations/{orgId}/licenses/{id}';
  const allocations = '/v1/organizations/{orgId}/licenses/{id}/allocations';
  const messages = '/v1/organizations/{orgId}/licensing/messages';
  const read = '/v1/organizations/{orgId}/licensing/messages/{id}/read';
  const acceptEula = async () => ok<Eula>(await call('POST', accept, { params: { orgId: A }, body: { version: FACTS.eulaVersion } }));

  it('the EULA gates everything with 409 eula-not-accepted until accepted', async () => {
    const current = ok<Eula>(await call('GET', eula, { params: { orgId: A } }));
    expect(current.acceptance).to.equal(null);
    expect(current.version).to.equal(FACTS.eulaVersion);
    const a = { orgId: A };
    const gated = [
      await call('GET', installations, { params: a }),
      await call('POST', installations, { params: a, body: { name: 'Nova', environment: 'test' } }),
      await call('GET', installation, { params: { ...a, id: FACTS.installations.a } }),
      await call('PATCH', installation, { params: { ...a, id: FACTS.installations.a }, body: { name: 'x' }, ifMatch: '*' }),
      await call('GET', licenses, { params: a }),
      await call('GET', license, { params: { ...a, id: FACTS.licenses.active } }),
      await call('PUT', allocations, { params: { ...a, id: FACTS.licenses.active }, body: { allocations: [] }, ifMatch: '*' }),
      await call('GET', messages, { params: a }),
      await call('POST', read, { params: { ...a, id: FACTS.messages.unread } }),
    ];
    for (const r of gated) fails(r, 409, 'eula-not-accepted', { fieldErrors: false });
    fails(await call('POST', accept, { params: a, body: { version: '2019.1' } }), 409, 'version-not-current', { fieldErrors: false });
    fails(await call('POST', accept, { params: a, body: {} }), 422, 'validation-failed');
    fails(await call('POST', accept, { params: a, raw: '-' }), 400, 'malformed-body');
    fails(await call('POST', accept, { params: { orgId: B }, body: { version: FACTS.eulaVersion } }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', accept, { params: { orgId: UNKNOWN }, body: { version: FACTS.eulaVersion } }), 404, 'not-found', { fieldErrors: false });
    const first = await call('POST', accept, { params: a, body: { version: FACTS.eulaVersion }, key: 'eula-1' });
    const accepted = ok<Eula>(first);
    expect(accepted.acceptance?.acceptedBy.id).to.equal(FACTS.users.ana);
    expect((await call('POST', accept, { params: a, body: { version: FACTS.eulaVersion }, key: 'eula-1' })).text).to.equal(first.text);
    fails(await call('POST', accept, { params: a, body: { version: '2026.1' }, key: 'eula-1' }), 422, 'idempotency-key-reused');
    ok(await call('GET', installations, { params: a }));
    fails(await call('GET', eula, { params: a, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', eula, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    ok<Eula>(await call('GET', eula, { params: { orgId: A } }));
  });

  it('installations: list, create, get, patch', async () => {
    await acceptEula();
    const a = { orgId: A };
    const page = ok<ListEnvelope<Installation>>(await call('GET', installations, { params: a }));
    expect(page.total).to.equal(4);
    fails(await call('GET', installations, { params: a, query: { pageSize: 'all' } }), 400, 'invalid-query');
    fails(await call('GET', installations, { params: a, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', installations, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });

    const first = await call('POST', installations, { params: a, body: { name: 'Produção — Filial Joinville', environment: 'production' }, key: 'inst-1' });
    const created = ok<Installation>(first, 201);
    expect(created.totvsId).to.have.length(8);
    expect(created.blocked).to.equal(false);
    fails(await call('POST', installations, { params: a, body: { name: 'Outra', environment: 'production' }, key: 'inst-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', installations, { params: a, body: { name: '', environment: 'staging' } }), 422, 'validation-failed');
    fails(await call('POST', installations, { params: a, raw: '{' }), 400, 'malformed-body');
    fails(await call('POST', installations, { params: a, body: { name: 'x', environment: 'test' }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', installations, { params: { orgId: UNKNOWN }, body: { name: 'x', environment: 'test' } }), 404, 'not-found', { fieldErrors: false });

    const r = await call('GET', installation, { params: { ...a, id: created.id } });
    ok(r);
    fails(await call('GET', installation, { params: { ...a, id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('GET', installation, { params: { ...a, id: created.id }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    const etag = etagOf(r);
    const target = { params: { ...a, id: created.id } };
    fails(await call('PATCH', installation, { ...target, body: { blocked: true } }), 428, 'precondition-required', { fieldErrors: false });
    fails(await call('PATCH', installation, { ...target, body: { blocked: true }, ifMatch: '"nope"' }), 412, 'precondition-failed', { fieldErrors: false });
    fails(await call('PATCH', installation, { ...target, body: { blocked: 'yes' }, ifMatch: etag }), 422, 'validation-failed');
    fails(await call('PATCH', installation, { ...target, raw: ']', ifMatch: etag }), 400, 'malformed-body');
    fails(await call('PATCH', installation, { ...target, body: { blocked: true }, ifMatch: etag, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('PATCH', installation, { params: { ...a, id: UNKNOWN }, body: { blocked: true }, ifMatch: etag }), 404, 'not-found', { fieldErrors: false });
    const patched = await call('PATCH', installation, { ...target, body: { blocked: true, name: 'Filial Joinville (desativada)' }, ifMatch: etag });
    expect(ok<Installation>(patched).blocked).to.equal(true);
    expect(patched.headers.get('ETag')).to.not.equal(etag);
  });

  it('licenses and allocations', async () => {
    await acceptEula();
    const a = { orgId: A };
    const all = ok<ListEnvelope<License>>(await call('GET', licenses, { params: a }));
    expect(new Set(all.items.map((l) => l.status))).to.deep.equal(new Set(['active', 'expiring', 'expired', 'suspended']));
    const expiring = ok<ListEnvelope<License>>(await call('GET', licenses, { params: a, query: { status: 'expiring' } }));
    expectEvery(expiring.items, 'status=expiring', (l) => l.status === 'expiring');
    fails(await call('GET', licenses, { params: a, query: { status: 'lost' } }), 400, 'invalid-query');
    fails(await call('GET', licenses, { params: a, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', licenses, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });

    const r = await call('GET', license, { params: { ...a, id: FACTS.licenses.active } });
    const lic = ok<License>(r);
    fails(await call('GET', license, { params: { ...a, id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('GET', license, { params: { ...a, id: FACTS.licenses.active }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    const etag = etagOf(r);
    const target = { params: { ...a, id: FACTS.licenses.active } };
    const spread = { allocations: [{ installationId: FACTS.installations.a, quantity: 100 }, { installationId: FACTS.installations.test, quantity: 20 }] };
    fails(await call('PUT', allocations, { ...target, body: spread }), 428, 'precondition-required', { fieldErrors: false });
    fails(await call('PUT', allocations, { ...target, body: spread, ifMatch: '"v0"' }), 412, 'precondition-failed', { fieldErrors: false });
    const over = fails(await call('PUT', allocations, { ...target, body: { allocations: [{ installationId: FACTS.installations.a, quantity: lic.contracted + 1 }] }, ifMatch: etag }), 422, 'allocation-exceeds-contracted');
    expect(over.errors?.[0]?.path).to.equal('allocations');
    const blocked = fails(await call('PUT', allocations, { ...target, body: { allocations: [{ installationId: FACTS.installations.a, quantity: 1 }, { installationId: FACTS.installations.blocked, quantity: 1 }] }, ifMatch: etag }), 422, 'installation-blocked');
    expect(blocked.errors?.[0]?.path).to.equal('allocations.1.installationId');
    fails(await call('PUT', allocations, { ...target, body: { allocations: [{ installationId: FACTS.installations.a, quantity: -1 }] }, ifMatch: etag }), 422, 'validation-failed');
    fails(await call('PUT', allocations, { ...target, raw: '{"allocations":', ifMatch: etag }), 400, 'malformed-body');
    fails(await call('PUT', allocations, { ...target, body: spread, ifMatch: etag, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('PUT', allocations, { params: { ...a, id: UNKNOWN }, body: spread, ifMatch: etag }), 404, 'not-found', { fieldErrors: false });
    for (const id of [FACTS.licenses.expired, FACTS.licenses.suspended]) {
      fails(await call('PUT', allocations, { params: { ...a, id }, body: { allocations: [] }, ifMatch: '*' }), 409, 'license-not-active', { fieldErrors: false });
    }
    const updated = await call('PUT', allocations, { ...target, body: spread, ifMatch: etag });
    expect(ok<License>(updated).allocations).to.deep.equal(spread.allocations);
    expect(updated.headers.get('ETag')).to.not.equal(etag);
  });

  it('messages and read marks', async () => {
    await acceptEula();
    const a = { orgId: A };
    const page = ok<ListEnvelope<LicensingMessage>>(await call('GET', messages, { params: a }));
    expect(page.items.filter((m) => !m.read).map((m) => m.id)).to.include(FACTS.messages.unread);
    expect(page.items.find((m) => m.id === FACTS.messages.hostile)?.bodyHtml).to.match(/onerror=/);
    fails(await call('GET', messages, { params: a, query: { page: -1 } }), 400, 'invalid-query');
    fails(await call('GET', messages, { params: a, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('GET', messages, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    ok(await call('POST', read, { params: { ...a, id: FACTS.messages.unread } }), 204);
    const after = ok<ListEnvelope<LicensingMessage>>(await call('GET', messages, { params: a }));
    expect(after.items.find((m) => m.id === FACTS.messages.unread)?.read).to.equal(true);
    fails(await call('POST', read, { params: { ...a, id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('POST', read, { params: { ...a, id: FACTS.messages.unread }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
  });
});

describe('service orders', () => {
  const list = '/v1/organizations/{orgId}/service-orders';
  const decision = '/v1/organizations/{orgId}/service-orders/{id}/decision';
  const decisions = '/v1/organizations/{orgId}/service-orders/decisions';

  it('GET list with filters', async () => {
    const pending = ok<ListEnvelope<ServiceOrder>>(await call('GET', list, { params: { orgId: A }, query: { status: 'pending' }, token: MEMBER }));
    expect(pending.total).to.equal(14);
    expect(pending.items[0]?.id).to.equal(FACTS.serviceOrders.pending);
    expectEvery(pending.items, 'status=pending', (s) => s.status === 'pending' && s.decision === undefined);
    const ranged = ok<ListEnvelope<ServiceOrder>>(await call('GET', list, { params: { orgId: A }, query: { from: '2026-06-01', to: '2026-06-30', sort: 'sentAt' } }));
    expectEvery(ranged.items, 'from/to', (s) => s.sentAt.startsWith('2026-06'));
    fails(await call('GET', list, { params: { orgId: A }, query: { status: 'lost' } }), 400, 'invalid-query');
    fails(await call('GET', list, { params: { orgId: B }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('GET', list, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
  });

  it('POST decision', async () => {
    const target = { orgId: A, id: FACTS.serviceOrders.pending };
    const first = await call('POST', decision, { params: target, body: { decision: 'approve' }, key: 'so-1' });
    const approved = ok<ServiceOrder>(first);
    expect(approved.status).to.equal('approved');
    expect(approved.decision?.by.id).to.equal(FACTS.users.ana);
    expect((await call('POST', decision, { params: target, body: { decision: 'approve' }, key: 'so-1' })).text).to.equal(first.text);
    fails(await call('POST', decision, { params: target, body: { decision: 'reject', reason: 'Horas em duplicidade' }, key: 'so-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', decision, { params: target, body: { decision: 'approve' } }), 409, 'already-decided', { fieldErrors: false });
    const noReason = fails(await call('POST', decision, { params: { orgId: A, id: FACTS.serviceOrders.pending2 }, body: { decision: 'reject', reason: 'curta' } }), 422, 'validation-failed');
    expect(noReason.errors?.[0]?.path).to.equal('reason');
    fails(await call('POST', decision, { params: { orgId: A, id: FACTS.serviceOrders.pending2 }, raw: 'approve' }), 400, 'malformed-body');
    fails(await call('POST', decision, { params: { orgId: A, id: FACTS.serviceOrders.pending2 }, body: { decision: 'approve' }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', decision, { params: { orgId: A, id: UNKNOWN }, body: { decision: 'approve' } }), 404, 'not-found', { fieldErrors: false });
    const rejected = ok<ServiceOrder>(await call('POST', decision, { params: { orgId: A, id: FACTS.serviceOrders.pending2 }, body: { decision: 'reject', reason: 'As horas de 12/11 não foram realizadas.' } }));
    expect(rejected.decision?.reason).to.equal('As horas de 12/11 não foram realizadas.');
  });

  it('POST decisions: per-item results', async () => {
    const ids = [FACTS.serviceOrders.pending, FACTS.serviceOrders.approved, UNKNOWN, FACTS.serviceOrders.pending2];
    const first = await call('POST', decisions, { params: { orgId: A }, body: { ids, decision: 'approve' }, key: 'bulk-1' });
    const { results } = ok<BulkDecisionResult>(first);
    expect(results.map((r) => [r.id, r.ok])).to.deep.equal([[ids[0], true], [ids[1], false], [ids[2], false], [ids[3], true]]);
    expect(results[1]?.problem?.type).to.match(/\/already-decided$/);
    expect(results[2]?.problem?.status).to.equal(404);
    expect(results[0]?.serviceOrder?.status).to.equal('approved');
    expect((await call('POST', decisions, { params: { orgId: A }, body: { ids, decision: 'approve' }, key: 'bulk-1' })).text).to.equal(first.text);
    fails(await call('POST', decisions, { params: { orgId: A }, body: { ids, decision: 'reject', reason: 'Revisar apontamentos' }, key: 'bulk-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', decisions, { params: { orgId: A }, body: { ids: [], decision: 'approve' } }), 422, 'validation-failed');
    fails(await call('POST', decisions, { params: { orgId: A }, body: { ids, decision: 'reject' } }), 422, 'validation-failed');
    fails(await call('POST', decisions, { params: { orgId: A }, raw: '' }), 400, 'malformed-body');
    fails(await call('POST', decisions, { params: { orgId: A }, body: { ids, decision: 'approve' }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', decisions, { params: { orgId: UNKNOWN }, body: { ids, decision: 'approve' } }), 404, 'not-found', { fieldErrors: false });
  });
});

describe('dashboard, LGPD, maturity index', () => {
  it('GET dashboard', async () => {
    const path = '/v1/organizations/{orgId}/dashboard';
    const d = ok<Dashboard>(await call('GET', path, { params: { orgId: A } }));
    expect(d.period).to.deep.equal({ from: '2026-06-01', to: '2026-11-28', granularity: 'month' });
    expect(d.opened).to.have.length(6);
    expect(d.backlog.open).to.be.greaterThan(0);
    const weeks = ok<Dashboard>(await call('GET', path, { params: { orgId: A }, query: { from: '2026-10-01', to: '2026-11-28', granularity: 'week' }, token: MEMBER }));
    expect(weeks.opened[0]?.period).to.equal('2026-09-28');
    fails(await call('GET', path, { params: { orgId: A }, query: { granularity: 'day' } }), 400, 'invalid-query');
    fails(await call('GET', path, { params: { orgId: A }, query: { from: '2026-12-01', to: '2026-01-01' } }), 400, 'invalid-query');
    fails(await call('GET', path, { params: { orgId: B }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('GET', path, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
  });

  it('GET and POST the LGPD term', async () => {
    const path = '/v1/organizations/{orgId}/lgpd-term';
    const acceptance = '/v1/organizations/{orgId}/lgpd-term/acceptance';
    const term = ok<LgpdTerm>(await call('GET', path, { params: { orgId: A } }));
    expect(term.acceptance).to.equal(null);
    expect(ok<LgpdTerm>(await call('GET', path, { params: { orgId: B } })).acceptance?.version).to.equal(FACTS.lgpdVersion);
    fails(await call('GET', path, { params: { orgId: B }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('GET', path, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
    fails(await call('POST', acceptance, { params: { orgId: A }, body: { version: '2.0' } }), 409, 'version-not-current', { fieldErrors: false });
    fails(await call('POST', acceptance, { params: { orgId: A }, body: { version: '' } }), 422, 'validation-failed');
    fails(await call('POST', acceptance, { params: { orgId: A }, raw: '{]' }), 400, 'malformed-body');
    fails(await call('POST', acceptance, { params: { orgId: B }, body: { version: FACTS.lgpdVersion } }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', acceptance, { params: { orgId: A }, body: { version: FACTS.lgpdVersion }, token: MEMBER }), 403, 'admin-only', { fieldErrors: false });
    fails(await call('POST', acceptance, { params: { orgId: UNKNOWN }, body: { version: FACTS.lgpdVersion } }), 404, 'not-found', { fieldErrors: false });
    const accepted = ok<LgpdTerm>(await call('POST', acceptance, { params: { orgId: A }, body: { version: FACTS.lgpdVersion }, key: 'lgpd-1' }));
    expect(accepted.acceptance?.acceptedBy.id).to.equal(FACTS.users.ana);
    fails(await call('POST', acceptance, { params: { orgId: A }, body: { version: '3.0' }, key: 'lgpd-1' }), 422, 'idempotency-key-reused');
  });

  it('GET the maturity index', async () => {
    const path = '/v1/organizations/{orgId}/maturity-index';
    for (const compareBy of ['segment', 'subsegment', 'size'] as const) {
      const m = ok<MaturityIndex>(await call('GET', path, { params: { orgId: A }, query: { compareBy } }));
      expect(m.peers.compareBy).to.equal(compareBy);
    }
    expect(ok<MaturityIndex>(await call('GET', path, { params: { orgId: A } })).peers.label).to.equal('Manufatura');
    fails(await call('GET', path, { params: { orgId: A }, query: { compareBy: 'country' } }), 400, 'invalid-query');
    fails(await call('GET', path, { params: { orgId: B }, token: MEMBER }), 403, 'not-a-member', { fieldErrors: false });
    fails(await call('GET', path, { params: { orgId: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
  });
});

describe('solutions', () => {
  const list = '/v1/solutions';
  const suggestions = '/v1/solutions/suggestions';
  const one = '/v1/solutions/{id}';
  const votes = '/v1/solutions/{id}/votes';
  const S = FACTS.solutions;

  it('GET search: relevance, filters, paging; 400 on invalid parameters', async () => {
    const found = ok<SolutionList>(await call('GET', list, { query: { q: S.rareWords }, token: MEMBER }));
    expect(found.items[0]?.id).to.equal(S.titleMatch);
    expect(found.items[0]?.helpful).to.deep.equal(S.helpful);
    const page = ok<SolutionList>(await call('GET', list, { query: { source: 'ticket', productLineId: 'protheus', page: 2, pageSize: 10, sort: 'title' } }));
    expect(page.page).to.equal(2);
    expect(page.items).to.have.length(10);
    expectEvery(page.items, 'source=ticket&productLineId=protheus', (s) => s.source === 'ticket' && s.productLine?.id === 'protheus');
    fails(await call('GET', list, { query: { pageSize: 501 } }), 400, 'invalid-query');
    fails(await call('GET', list, { query: { source: 'faq' } }), 400, 'invalid-query');
    fails(await call('GET', list, { query: { sort: 'helpful' } }), 400, 'invalid-query');
  });

  it('GET suggestions: at most 5, the best first; 400 under 3 characters', async () => {
    const r = ok<SolutionSuggestions>(await call('GET', suggestions, { query: { q: S.rareWords, productLineId: 'protheus' } }));
    expect(r.items.length).to.be.within(1, 5);
    expect(r.items[0]?.id).to.equal(S.titleMatch);
    expect(ok<SolutionSuggestions>(await call('GET', suggestions, { query: { q: 'erro' } })).items).to.have.length(5);
    fails(await call('GET', suggestions, { query: { q: ' ab ' } }), 400, 'invalid-query');
    fails(await call('GET', suggestions), 400, 'invalid-query');
  });

  it('GET one: body, the reader’s vote, related ids; 404 unknown', async () => {
    const s = ok<Solution>(await call('GET', one, { params: { id: S.titleMatch } }));
    expect(s.title).to.equal(S.titleMatchTitle);
    expect(s.myVote).to.equal(null);
    expect(s.bodyHtml).to.contain('<ol>');
    expect(s.relatedIds.length).to.be.greaterThan(0);
    expect(ok<Solution>(await call('GET', one, { params: { id: S.sharedTicket } })).source).to.equal('ticket');
    fails(await call('GET', one, { params: { id: UNKNOWN } }), 404, 'not-found', { fieldErrors: false });
  });

  it('POST votes: per user, replaceable, replayed; 400/404/422', async () => {
    const target = { id: S.titleMatch };
    const first = await call('POST', votes, { params: target, body: { helpful: true }, key: 'vote-1' });
    expect(ok<SolutionVoteResult>(first)).to.deep.equal({ helpful: { yes: S.helpful.yes + 1, no: S.helpful.no }, myVote: true });
    expect((await call('POST', votes, { params: target, body: { helpful: true }, key: 'vote-1' })).text).to.equal(first.text);
    fails(await call('POST', votes, { params: target, body: { helpful: false }, key: 'vote-1' }), 422, 'idempotency-key-reused');
    fails(await call('POST', votes, { params: target, body: { helpful: 'sim' } }), 422, 'validation-failed');
    fails(await call('POST', votes, { params: target, raw: '{' }), 400, 'malformed-body');
    fails(await call('POST', votes, { params: target, body: { helpful: true }, key: null }), 400, 'idempotency-key-missing');
    fails(await call('POST', votes, { params: { id: UNKNOWN }, body: { helpful: true } }), 404, 'not-found', { fieldErrors: false });
    const changed = ok<SolutionVoteResult>(await call('POST', votes, { params: target, body: { helpful: false } }));
    expect(changed).to.deep.equal({ helpful: { yes: S.helpful.yes, no: S.helpful.no + 1 }, myVote: false });
    expect(ok<Solution>(await call('GET', one, { params: target })).myVote).to.equal(false);
    expect(ok<Solution>(await call('GET', one, { params: target, token: MEMBER })).myVote).to.equal(null);
  });
});

describe('live updates', () => {
  const events = '/v1/events';

  it('GET long poll: the events after the cursor; 400 bad query; 410 expired cursor', async () => {
    const first = ok<LiveEventsPage>(await call('GET', events, { query: { cursor: 'c-000000' } }));
    expect(first).to.deep.equal({ events: [], cursor: 'c-000000' });
    await call('POST', '/v1/tickets/{id}/comments', { params: { id: T.open }, body: { body: 'Segue o log.' }, key: 'live-reply' });
    const page = ok<LiveEventsPage>(await call('GET', events, { query: { cursor: first.cursor, wait: 1 } }));
    expect(page.events.map((e) => [e.type, e.resource?.id, e.causedBy?.idempotencyKey])).to.deep.equal([['ticket.comment.created', T.open, 'live-reply']]);
    expect(page.cursor).to.equal('c-000001');
    fails(await call('GET', events, { query: { wait: 26 } }), 400, 'invalid-query');
    fails(await call('GET', events, { query: { cursor: 'c-999999' } }), 410, 'cursor-expired', { fieldErrors: false });
  });

  it('GET stream (Accept: text/event-stream): 200 text/event-stream, stream.open first', async () => {
    const abort = new AbortController();
    const r = await fetch(`${BASE}${events}`, { headers: { Accept: 'text/event-stream', Authorization: 'Bearer demo-token' }, signal: abort.signal });
    recorded.push({ method: 'GET', path: events, status: r.status });
    expect(r.status).to.equal(200);
    expect(r.headers.get('Content-Type')).to.equal('text/event-stream');
    const endpoint = endpoints.find((e) => e.path === events)!;
    const stream = endpoint.success.contentType === 'application/json' ? endpoint.success.eventStream : undefined;
    const reader = r.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('\n\n', text.indexOf('stream.open'))) text += (await reader.read()).value ?? '';
    abort.abort();
    const data = /event: stream\.open\ndata: (.*)\n/.exec(text)?.[1];
    expect(stream?.open.safeParse(JSON.parse(data ?? 'null')).success, text).to.equal(true);
  });
});

describe('coverage', () => {
  it('exercised every endpoint of the registry with its success and every error status it lists', () => {
    const called = new Set(missingCoverage());
    expect([...called], 'registry (method path status) never produced by this test').to.deep.equal([]);
    const endpointsCalled = new Set(
      endpoints.filter((e) => !missingCoverage().some((m) => m.startsWith(`${e.method} ${e.path} `))).map((e) => `${e.method} ${e.path}`),
    );
    expect(endpointsCalled.size).to.equal(endpoints.length);
  });
});
