/// <reference types="node" />
/**
 * Node-side tests of src/core/schemas (zod/mini schemas of API.md), the endpoint registry and the
 * generated OpenAPI document.  Run: node --import tsx --test test/core/schemas.node.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import * as s from '../../src/core/schemas/index.js';
import { components, endpoints, matchEndpoint, type EndpointSpec } from '../../src/core/schemas/endpoints.js';
import { buildOpenApi, renderOpenApi } from '../../scripts/openapi.js';

// ---- fixtures (valid examples of API.md shapes) ---------------------------------------------------

const person = { id: 'u-1', name: 'Ana Souza', email: 'ana@acme.com.br' };
const at = '2026-03-14T10:20:00-03:00';

const me = {
  id: 'u-1', name: 'Ana Souza', email: 'ana@acme.com.br', phone: '+55 11 99999-9999', jobTitle: 'TI',
  language: 'pt-BR', timeZone: 'America/Sao_Paulo',
  organizations: [{ id: 'o-1', name: 'Acme Ltda', code: 'T12345', roles: ['admin', 'member'] }],
  defaultOrganizationId: 'o-1',
};

const contact = {
  id: 'c-1', name: 'Bruno Lima', email: 'bruno@acme.com.br', role: 'member', areas: ['support', 'finance'],
  status: 'active', createdAt: at, lastAccessAt: '2026-03-15T08:00:00Z',
};

const product = {
  id: 'p-1', lineId: 'protheus', lineName: 'Protheus', version: '12.1.2310', database: 'SQL Server',
  environment: 'production', shareTicketsInSolutionSearch: true, createdAt: at, updatedAt: at,
};

const attachment = { id: 'a-1', name: 'log.txt', size: 2048, contentType: 'text/plain', url: 'https://files.example/a-1?sig=x' };

const ticketSummary = {
  id: 't-1', number: '18234567', subject: 'Erro ao emitir nota', status: 'open', priority: 'high',
  product: { id: 'p-1', name: 'Protheus 12.1.2310' }, module: 'SIGAFIS — Livros Fiscais',
  requester: person, ccs: [], organization: { id: 'o-1', name: 'Acme Ltda' },
  createdAt: at, updatedAt: at, platform: 'portal',
  permissions: { canComment: true, canSolve: true, canEditCcs: true, canChangeRequester: false },
};

const ticket = {
  ...ticketSummary,
  description: 'Ao emitir a nota fiscal o sistema trava.',
  comments: [{
    id: 'cm-1', author: { ...person, kind: 'agent' }, createdAt: at, body: 'Olá', htmlBody: '<p>Olá</p>',
    attachments: [attachment],
  }],
  attachments: [],
  satisfaction: { rating: 'good' },
};

const organization = {
  id: 'o-1', code: 'T12345', legalName: 'Acme Indústria Ltda', tradeName: 'Acme', cnpj: '12.345.678/0001-95',
  address: {
    street: 'Av. Paulista', number: '1000', district: 'Bela Vista', city: 'São Paulo', state: 'SP',
    postalCode: '01310-100', country: 'BR',
  },
  segment: 'Manufatura', subsegment: 'Metalurgia', size: 'medium', customerSince: '2009-05-01',
  salesExecutive: { name: 'Carla', email: 'carla@totvs.com.br' },
};

const acceptance = { version: '3', acceptedAt: at, acceptedBy: person };
const eula = { version: '3', country: 'BR', contentHtml: '<h1>EULA</h1>', acceptance: null };
const installation = { id: 'i-1', totvsId: 'AB12CD34', name: 'Servidor SP', environment: 'production', blocked: false, createdAt: at };
const license = {
  id: 'l-1', product: { lineId: 'protheus', lineName: 'Protheus' }, name: 'Protheus Full', type: 'full',
  nature: 'concurrent', contracted: 10, allocations: [{ installationId: 'i-1', quantity: 4 }],
  validFrom: '2026-01-01', validUntil: '2026-12-31', status: 'active',
};
const licensingMessage = { id: 'm-1', subject: 'Renovação', bodyHtml: '<p>…</p>', receivedAt: at, read: false };

const serviceOrder = {
  id: 'so-1', number: 'OS-2026-0012', title: 'Implantação fiscal', description: 'Parametrização',
  consultant: { name: 'Diego' }, modality: 'remote', relatedTicketNumbers: ['18234567'],
  entries: [{ date: '2026-03-10', start: '08:00', end: '12:00', hours: 4, activity: 'Análise' }],
  totalHours: 4, amount: { amount: '1234.50', currency: 'BRL' }, status: 'pending', sentAt: at,
  approvalDeadline: '2026-03-20',
};

const dashboard = {
  period: { from: '2026-01-01', to: '2026-03-31', granularity: 'month' },
  opened: [{ period: '2026-01-01', count: 12 }], solved: [{ period: '2026-01-01', count: 10 }],
  averageOpenedPerPeriod: 12, backlog: { new: 1, open: 2, pending: 3, hold: 0 },
  byProduct: [{ name: 'Protheus', count: 9 }], byPriority: [{ priority: 'normal', count: 9 }],
  slaCompliance: 0.93, avgFirstResponseHours: 2.5, avgResolutionHours: 30,
  serviceOrders: { pending: 2, approvedHours: 40.5, rejected: 1 },
  projects: [{ name: 'Migração', status: 'running', progress: 0.4 }],
};

const lgpdTerm = { version: '2', publishedAt: at, title: 'Termo LGPD', contentHtml: '<p>…</p>', acceptance };

const maturity = {
  score: 72.5, level: { rank: 3, name: 'Gerenciado' }, computedAt: at,
  dimensions: [{ key: 'processes', name: 'Processos', score: 70, peerAverage: 65 }],
  peers: { compareBy: 'segment', label: 'Manufatura', sampleSize: 120, averageScore: 64, percentile: 80 },
  history: [{ period: '2026-01-01', score: 70 }],
  opportunities: [{ dimension: 'processes', title: 'Automatizar', description: '…', potentialGain: 5 }],
};

const problem = { type: 'https://api.example/problems/last-admin', title: 'Último administrador', status: 409 };

type Schema = z.ZodMiniType;

/** Main response shape of each domain and a valid example of it. */
const examples: [string, Schema, Record<string, unknown>][] = [
  ['Me', s.MeSchema, me],
  ['Contact', s.ContactSchema, contact],
  ['Product', s.ProductSchema, product],
  ['ProductLine', s.ProductLineSchema, { id: 'protheus', name: 'Protheus', versions: ['12.1.2310'] }],
  ['TicketSummary', s.TicketSummarySchema, ticketSummary],
  ['Ticket', s.TicketSchema, ticket],
  ['Attachment', s.AttachmentSchema, attachment],
  ['Organization', s.OrganizationSchema, organization],
  ['Eula', s.EulaSchema, eula],
  ['Installation', s.InstallationSchema, installation],
  ['License', s.LicenseSchema, license],
  ['LicensingMessage', s.LicensingMessageSchema, licensingMessage],
  ['ServiceOrder', s.ServiceOrderSchema, serviceOrder],
  ['Dashboard', s.DashboardSchema, dashboard],
  ['LgpdTerm', s.LgpdTermSchema, lgpdTerm],
  ['MaturityIndex', s.MaturityIndexSchema, maturity],
  ['Problem', s.ProblemSchema, problem],
];

function ok(schema: Schema, value: unknown): unknown {
  const result = schema.safeParse(value);
  assert.ok(result.success, `expected valid: ${JSON.stringify(value)}\n${JSON.stringify(result.error?.issues)}`);
  return result.data;
}

/** Fails to parse; returns the dotted paths of the issues. */
function bad(schema: Schema, value: unknown): string[] {
  const result = schema.safeParse(value);
  assert.ok(!result.success, `expected invalid: ${JSON.stringify(value)}`);
  return result.error.issues.map((issue) => issue.path.join('.'));
}

function isOptional(schema: unknown): boolean {
  return schema instanceof z.ZodMiniOptional;
}

// ---- common ----------------------------------------------------------------------------------------

describe('common primitives', () => {
  it('timestamps need an offset', () => {
    for (const value of ['2026-03-14T10:20:00-03:00', '2026-03-14T13:20:00Z', '2026-03-14T13:20:00.123+00:00']) {
      ok(s.TimestampSchema, value);
    }
    for (const value of ['2026-03-14T10:20:00', '2026-03-14', '14/03/2026 10:20', '2026-03-14T25:00:00Z', 1773494400000]) {
      bad(s.TimestampSchema, value);
    }
  });

  it('date-only fields are real YYYY-MM-DD dates', () => {
    ok(s.DateOnlySchema, '2026-03-14');
    ok(s.DateOnlySchema, '2024-02-29');
    for (const value of ['2026-02-29', '2026-3-14', '14/03/2026', '2026-03-14T00:00:00Z', '20260314']) {
      bad(s.DateOnlySchema, value);
    }
  });

  it('int is an integer ≥ 0', () => {
    ok(s.IntSchema, 0);
    ok(s.IntSchema, 42);
    for (const value of [-1, 1.5, '3', Number.NaN]) bad(s.IntSchema, value);
  });

  it('money is a decimal string with an ISO currency, never a number', () => {
    ok(s.MoneySchema, { amount: '1234.50', currency: 'BRL' });
    ok(s.MoneySchema, { amount: '-10', currency: 'USD' });
    assert.deepEqual(bad(s.MoneySchema, { amount: 1234.5, currency: 'BRL' }), ['amount']);
    assert.deepEqual(bad(s.MoneySchema, { amount: '1.234,50', currency: 'BRL' }), ['amount']);
    assert.deepEqual(bad(s.MoneySchema, { amount: '10.00', currency: 'brl' }), ['currency']);
    assert.deepEqual(bad(s.MoneySchema, { amount: '10.00' }), ['currency']);
  });

  it('problem: RFC 9457 fields, field errors, extensions dropped', () => {
    const parsed = ok(s.ProblemSchema, {
      ...problem, status: 422, detail: 'Veja os campos', instance: '/x', traceId: 'abc',
      errors: [{ path: 'allocations.0.quantity', message: 'too many', code: 'x' }],
    });
    assert.deepEqual(parsed, {
      ...problem, status: 422, detail: 'Veja os campos', errors: [{ path: 'allocations.0.quantity', message: 'too many' }],
    });
    assert.deepEqual(bad(s.ProblemSchema, { type: 'x', title: 'y' }), ['status']);
    bad(s.ProblemSchema, { ...problem, status: 42 });
    bad(s.ProblemSchema, { ...problem, detail: null });
  });

  it('list envelope wraps items with page, pageSize and total', () => {
    const list = s.listEnvelope(s.PersonSchema);
    ok(list, { items: [person], page: 1, pageSize: 50, total: 1 });
    assert.deepEqual(bad(list, { items: [person], page: 0, pageSize: 50, total: 1 }), ['page']);
    assert.deepEqual(bad(list, { items: [person], page: 1, pageSize: 501, total: 1 }), ['pageSize']);
    assert.deepEqual(bad(list, { items: [{ id: 'u-2' }], page: 1, pageSize: 50, total: 1 }), ['items.0.name', 'items.0.email']);
    assert.deepEqual(bad(list, { page: 1, pageSize: 50, total: 0 }), ['items']);
    ok(s.TicketListSchema, { items: [ticketSummary], page: 2, pageSize: 10, total: 11 });
  });
});

// ---- main shapes per domain ------------------------------------------------------------------------

describe('response shapes', () => {
  for (const [name, schema, example] of examples) {
    it(`${name}: accepts the example and keeps it as is`, () => {
      assert.deepEqual(ok(schema, example), example);
    });

    it(`${name}: drops unknown fields`, () => {
      const parsed = ok(schema, { ...example, futureField: { nested: true } }) as Record<string, unknown>;
      assert.equal('futureField' in parsed, false);
      assert.deepEqual(parsed, example);
    });

    it(`${name}: rejects each missing required field`, () => {
      const shape = (schema as z.ZodMiniObject).shape;
      const required = Object.keys(shape).filter((key) => !isOptional(shape[key]));
      assert.ok(required.length > 0);
      for (const key of required) {
        const { [key]: _removed, ...rest } = example;
        assert.deepEqual(bad(schema, rest), [key], `${name} without ${key}`);
      }
    });
  }

  it('drops unknown fields inside nested objects and arrays', () => {
    const parsed = s.TicketSchema.parse({
      ...ticket,
      requester: { ...person, avatar: 'x' },
      comments: [{ ...ticket.comments[0], author: { ...person, kind: 'customer', badge: 1 }, likes: 3 }],
    });
    assert.deepEqual(parsed.requester, person);
    assert.deepEqual(parsed.comments[0]?.author, { ...person, kind: 'customer' });
    assert.equal('likes' in (parsed.comments[0] ?? {}), false);
  });

  it('rejects wrong types and unknown enum values', () => {
    assert.deepEqual(bad(s.TicketSummarySchema, { ...ticketSummary, status: 'reopened' }), ['status']);
    assert.deepEqual(bad(s.TicketSummarySchema, { ...ticketSummary, number: 18234567 }), ['number']);
    assert.deepEqual(bad(s.TicketSummarySchema, { ...ticketSummary, permissions: { ...ticketSummary.permissions, canSolve: 'yes' } }), ['permissions.canSolve']);
    assert.deepEqual(bad(s.MeSchema, { ...me, language: 'fr' }), ['language']);
    assert.deepEqual(bad(s.MeSchema, { ...me, organizations: [{ ...me.organizations[0], roles: ['owner'] }] }), ['organizations.0.roles.0']);
    assert.deepEqual(bad(s.LicenseSchema, { ...license, contracted: -1 }), ['contracted']);
    assert.deepEqual(bad(s.LicenseSchema, { ...license, allocations: [{ installationId: 'i-1', quantity: 1.5 }] }), ['allocations.0.quantity']);
    assert.deepEqual(bad(s.InstallationSchema, { ...installation, blocked: 'false' }), ['blocked']);
    assert.deepEqual(bad(s.InstallationSchema, { ...installation, totvsId: 'AB12' }), ['totvsId']);
    assert.deepEqual(bad(s.ServiceOrderSchema, { ...serviceOrder, amount: { amount: 1234.5, currency: 'BRL' } }), ['amount.amount']);
    assert.deepEqual(bad(s.ServiceOrderSchema, { ...serviceOrder, entries: [{ ...serviceOrder.entries[0], start: '8:00' }] }), ['entries.0.start']);
    assert.deepEqual(bad(s.DashboardSchema, { ...dashboard, slaCompliance: 93 }), ['slaCompliance']);
    assert.deepEqual(bad(s.MaturityIndexSchema, { ...maturity, level: { rank: 6, name: 'x' } }), ['level.rank']);
    assert.deepEqual(bad(s.AttachmentSchema, { ...attachment, size: '2048' }), ['size']);
  });

  it('rejects timestamps without offset and bad dates inside shapes', () => {
    assert.deepEqual(bad(s.ContactSchema, { ...contact, createdAt: '2026-03-14T10:20:00' }), ['createdAt']);
    assert.deepEqual(bad(s.TicketSummarySchema, { ...ticketSummary, dueAt: '2026-03-14' }), ['dueAt']);
    assert.deepEqual(bad(s.OrganizationSchema, { ...organization, customerSince: '2009-05-01T00:00:00Z' }), ['customerSince']);
    assert.deepEqual(bad(s.LicenseSchema, { ...license, validUntil: '31/12/2026' }), ['validUntil']);
  });

  it('optional fields may be absent but not null; nullable ones must be present', () => {
    assert.deepEqual(bad(s.MeSchema, { ...me, phone: null }), ['phone']);
    assert.deepEqual(bad(s.TicketSummarySchema, { ...ticketSummary, product: null }), ['product']);
    ok(s.EulaSchema, { ...eula, acceptance: null });
    ok(s.EulaSchema, { ...eula, acceptance });
    const { acceptance: _a, ...withoutAcceptance } = eula;
    assert.deepEqual(bad(s.EulaSchema, withoutAcceptance), ['acceptance']);
    assert.deepEqual(bad(s.LgpdTermSchema, { ...lgpdTerm, acceptance: { version: '2' } }), ['acceptance.acceptedAt', 'acceptance.acceptedBy']);
  });

  it('batch results carry the item or a problem per row', () => {
    ok(s.ContactImportResultSchema, { results: [{ row: 0, ok: true, contact }, { row: 1, ok: false, problem }] });
    ok(s.BulkDecisionResultSchema, { results: [{ id: 'so-1', ok: true, serviceOrder }, { id: 'so-2', ok: false, problem }] });
    assert.deepEqual(bad(s.BulkDecisionResultSchema, { results: [{ id: 'so-1' }] }), ['results.0.ok']);
  });

  it('product lines are a bare array', () => {
    ok(s.ProductLinesSchema, [{ id: 'rm', name: 'RM', versions: [] }]);
    bad(s.ProductLinesSchema, { items: [] });
  });
});

// ---- request bodies --------------------------------------------------------------------------------

describe('request bodies', () => {
  const ticketBody = {
    organizationId: 'o-1', productId: 'p-1', subject: 'Erro!', description: 'Trava ao emitir.', priority: 'normal',
  };

  it('ticket subject is 5–150 characters', () => {
    assert.deepEqual(bad(s.TicketCreateBodySchema, { ...ticketBody, subject: 'Erro' }), ['subject']);
    ok(s.TicketCreateBodySchema, { ...ticketBody, subject: 'Erros' });
    ok(s.TicketCreateBodySchema, { ...ticketBody, subject: 'x'.repeat(150) });
    assert.deepEqual(bad(s.TicketCreateBodySchema, { ...ticketBody, subject: 'x'.repeat(151) }), ['subject']);
    // blanks around do not count
    assert.deepEqual(bad(s.TicketCreateBodySchema, { ...ticketBody, subject: '  Erro   ' }), ['subject']);
    assert.equal(s.TicketCreateBodySchema.parse({ ...ticketBody, subject: '  Erros  ' }).subject, 'Erros');
  });

  it('ticket description is 10–20000 characters; cc e-mails must be e-mails', () => {
    assert.deepEqual(bad(s.TicketCreateBodySchema, { ...ticketBody, description: 'x'.repeat(9) }), ['description']);
    ok(s.TicketCreateBodySchema, { ...ticketBody, description: 'x'.repeat(10) });
    ok(s.TicketCreateBodySchema, { ...ticketBody, description: 'x'.repeat(20000) });
    assert.deepEqual(bad(s.TicketCreateBodySchema, { ...ticketBody, description: 'x'.repeat(20001) }), ['description']);
    ok(s.TicketCreateBodySchema, { ...ticketBody, ccEmails: ['a@b.com'], attachmentIds: ['a-1'], module: 'SIGAFAT' });
    assert.deepEqual(bad(s.TicketCreateBodySchema, { ...ticketBody, ccEmails: ['a@b.com', 'not-an-email'] }), ['ccEmails.1']);
    assert.deepEqual(bad(s.TicketCreateBodySchema, { ...ticketBody, priority: 'critical' }), ['priority']);
  });

  it('comment body must not be blank', () => {
    ok(s.CommentBodySchema, { body: 'Obrigado' });
    assert.deepEqual(bad(s.CommentBodySchema, { body: '   ' }), ['body']);
  });

  it('me: name 2–120 characters, E.164-ish phone, language enum, IANA time zone', () => {
    ok(s.MePatchBodySchema, {});
    assert.deepEqual(bad(s.MePatchBodySchema, { name: 'A' }), ['name']);
    ok(s.MePatchBodySchema, { name: 'Al' });
    ok(s.MePatchBodySchema, { name: 'x'.repeat(120) });
    assert.deepEqual(bad(s.MePatchBodySchema, { name: 'x'.repeat(121) }), ['name']);
    for (const phone of ['+55 11 99999-9999', '+5511999999999', '(11) 3333-4444', '+1 (415) 555-0100', '11 3333 4444']) {
      ok(s.MePatchBodySchema, { phone });
    }
    for (const phone of ['123456789', '+55 11 99999-99999', 'abc', '+55 11 9999a-9999', '', '++55 11 99999-9999']) {
      assert.deepEqual(bad(s.MePatchBodySchema, { phone }), ['phone'], phone);
    }
    assert.deepEqual(bad(s.MePatchBodySchema, { language: 'pt' }), ['language']);
    ok(s.MePatchBodySchema, { timeZone: 'America/Sao_Paulo', language: 'es' });
    ok(s.MePatchBodySchema, { timeZone: 'UTC' });
    assert.deepEqual(bad(s.MePatchBodySchema, { timeZone: 'GMT -3' }), ['timeZone']);
    // e-mail is read-only here: dropped, not sent
    assert.deepEqual(s.MePatchBodySchema.parse({ email: 'x@y.z', name: 'Ana' }), { name: 'Ana' });
  });

  it('contacts: create needs a valid e-mail and role; patch is partial', () => {
    const body = { name: 'Bruno Lima', email: 'bruno@acme.com.br', role: 'member' };
    ok(s.ContactCreateBodySchema, body);
    assert.deepEqual(bad(s.ContactCreateBodySchema, { ...body, email: 'bruno' }), ['email']);
    assert.deepEqual(bad(s.ContactCreateBodySchema, { ...body, role: 'owner' }), ['role']);
    assert.deepEqual(bad(s.ContactCreateBodySchema, { ...body, areas: ['sales'] }), ['areas.0']);
    ok(s.ContactPatchBodySchema, { status: 'inactive' });
    assert.deepEqual(bad(s.ContactPatchBodySchema, { status: 'deleted' }), ['status']);
  });

  it('contact import: 1–1000 rows, each row validated on its own', () => {
    const row = { name: 'Bruno Lima', email: 'bruno@acme.com.br', role: 'member' };
    ok(s.ContactImportBodySchema, { contacts: Array.from({ length: 1000 }, () => row) });
    assert.deepEqual(bad(s.ContactImportBodySchema, { contacts: Array.from({ length: 1001 }, () => row) }), ['contacts']);
    assert.deepEqual(bad(s.ContactImportBodySchema, { contacts: [] }), ['contacts']);
    // a bad row does not sink the batch body, but fails its own row schema
    const badRow = { ...row, email: 'nope' };
    ok(s.ContactImportBodySchema, { contacts: [row, badRow] });
    ok(s.ContactImportRowSchema, row);
    assert.deepEqual(bad(s.ContactImportRowSchema, badRow), ['email']);
    assert.deepEqual(bad(s.ContactImportBodySchema, { contacts: [{ name: 'x' }] }), ['contacts.0.email', 'contacts.0.role']);
  });

  it('products: body without id/timestamps; patch is partial', () => {
    const body = { lineId: 'protheus', version: '12.1.2310', environment: 'homologation', shareTicketsInSolutionSearch: false };
    ok(s.ProductBodySchema, body);
    assert.deepEqual(bad(s.ProductBodySchema, { ...body, environment: 'staging' }), ['environment']);
    assert.deepEqual(bad(s.ProductBodySchema, { ...body, version: '  ' }), ['version']);
    const parsed = s.ProductBodySchema.parse({ ...body, id: 'p-9', createdAt: at });
    assert.equal('id' in parsed || 'createdAt' in parsed, false);
    ok(s.ProductPatchBodySchema, {});
    ok(s.ProductPatchBodySchema, { notes: 'ok' });
    assert.deepEqual(bad(s.ProductPatchBodySchema, { shareTicketsInSolutionSearch: 'yes' }), ['shareTicketsInSolutionSearch']);
  });

  it('tickets: satisfaction, requester, ccs', () => {
    ok(s.SatisfactionBodySchema, { rating: 'bad', comment: 'Demorou' });
    assert.deepEqual(bad(s.SatisfactionBodySchema, { rating: 'meh' }), ['rating']);
    ok(s.RequesterBodySchema, { requesterId: 'u-2' });
    assert.deepEqual(bad(s.RequesterBodySchema, {}), ['requesterId']);
    ok(s.CcsBodySchema, { personIds: [] });
    assert.deepEqual(bad(s.CcsBodySchema, { personIds: 'u-2' }), ['personIds']);
  });

  it('uploads: a file up to 25 MB', () => {
    ok(s.UploadBodySchema, { file: new File(['hello'], 'a.txt', { type: 'text/plain' }) });
    ok(s.UploadBodySchema, { file: new File([new Uint8Array(s.MAX_UPLOAD_BYTES)], 'max.bin') });
    assert.deepEqual(bad(s.UploadBodySchema, { file: new File([new Uint8Array(s.MAX_UPLOAD_BYTES + 1)], 'big.bin') }), ['file']);
    assert.deepEqual(bad(s.UploadBodySchema, { file: 'a.txt' }), ['file']);
  });

  it('licensing: acceptance, installations, allocations', () => {
    ok(s.EulaAcceptanceBodySchema, { version: '3' });
    assert.deepEqual(bad(s.EulaAcceptanceBodySchema, {}), ['version']);
    ok(s.InstallationBodySchema, { name: 'Servidor RJ', environment: 'test' });
    assert.deepEqual(bad(s.InstallationBodySchema, { name: 'Servidor RJ', environment: 'homologation' }), ['environment']);
    ok(s.InstallationPatchBodySchema, { blocked: true });
    ok(s.AllocationsBodySchema, { allocations: [{ installationId: 'i-1', quantity: 0 }] });
    assert.deepEqual(bad(s.AllocationsBodySchema, { allocations: [{ installationId: 'i-1', quantity: -1 }] }), ['allocations.0.quantity']);
    assert.deepEqual(bad(s.AllocationsBodySchema, { allocations: [{ installationId: 'i-1', quantity: '2' }] }), ['allocations.0.quantity']);
  });

  it('LGPD acceptance names a version', () => {
    ok(s.LgpdAcceptanceBodySchema, { version: '2' });
    assert.deepEqual(bad(s.LgpdAcceptanceBodySchema, { version: '' }), ['version']);
  });

  it('service-order decision: reject needs a 10–2000 character reason, on `reason`', () => {
    ok(s.DecisionBodySchema, { decision: 'approve' });
    ok(s.DecisionBodySchema, { decision: 'approve', reason: 'ok' });
    assert.deepEqual(bad(s.DecisionBodySchema, { decision: 'reject' }), ['reason']);
    assert.deepEqual(bad(s.DecisionBodySchema, { decision: 'reject', reason: 'x'.repeat(9) }), ['reason']);
    assert.deepEqual(bad(s.DecisionBodySchema, { decision: 'reject', reason: `  ${'x'.repeat(8)}  ` }), ['reason']);
    ok(s.DecisionBodySchema, { decision: 'reject', reason: 'x'.repeat(10) });
    ok(s.DecisionBodySchema, { decision: 'reject', reason: 'x'.repeat(2000) });
    assert.deepEqual(bad(s.DecisionBodySchema, { decision: 'reject', reason: 'x'.repeat(2001) }), ['reason']);
    assert.deepEqual(bad(s.DecisionBodySchema, { decision: 'maybe' }), ['decision']);
  });

  it('bulk decision: at least one id, same reason rule', () => {
    ok(s.BulkDecisionBodySchema, { ids: ['so-1', 'so-2'], decision: 'approve' });
    assert.deepEqual(bad(s.BulkDecisionBodySchema, { ids: ['so-1'], decision: 'reject' }), ['reason']);
    ok(s.BulkDecisionBodySchema, { ids: ['so-1'], decision: 'reject', reason: 'Horas acima do combinado' });
    assert.deepEqual(bad(s.BulkDecisionBodySchema, { ids: [], decision: 'approve' }), ['ids']);
    // both problems reported at once, so a form can show them together
    assert.deepEqual(bad(s.BulkDecisionBodySchema, { ids: [], decision: 'reject' }).sort(), ['ids', 'reason']);
  });

  it('list queries are typed', () => {
    ok(s.TicketListQuerySchema, { scope: 'managed', status: ['open', 'pending'], sort: '-updatedAt', page: 2, pageSize: 500 });
    assert.deepEqual(bad(s.TicketListQuerySchema, { sort: 'subject' }), ['sort']);
    assert.deepEqual(bad(s.TicketListQuerySchema, { pageSize: 501 }), ['pageSize']);
    assert.deepEqual(bad(s.TicketListQuerySchema, { openedFrom: '2026-13-01' }), ['openedFrom']);
    ok(s.TicketArchiveQuerySchema, { source: 'cmnet', closedFrom: '2016-01-01' });
    assert.deepEqual(bad(s.TicketArchiveQuerySchema, {}), ['source']);
    ok(s.TicketReportQuerySchema, { scope: 'organization', organizationId: 'o-1', format: 'csv' });
    assert.deepEqual(bad(s.TicketReportQuerySchema, { scope: 'cc' }), ['scope']);
  });
});

// ---- endpoint registry -----------------------------------------------------------------------------

/** Every endpoint of API.md, written out by hand from the contract. */
const CONTRACT = [
  'GET /v1/me', 'PATCH /v1/me',
  'GET /v1/organizations/{orgId}/contacts', 'POST /v1/organizations/{orgId}/contacts',
  'GET /v1/organizations/{orgId}/contacts/{id}', 'PATCH /v1/organizations/{orgId}/contacts/{id}',
  'DELETE /v1/organizations/{orgId}/contacts/{id}', 'POST /v1/organizations/{orgId}/contacts/import',
  'GET /v1/organizations/{orgId}/products', 'GET /v1/catalog/product-lines', 'POST /v1/organizations/{orgId}/products',
  'POST /v1/organizations/{orgId}/products/{id}/duplicate', 'GET /v1/organizations/{orgId}/products/{id}',
  'PATCH /v1/organizations/{orgId}/products/{id}', 'DELETE /v1/organizations/{orgId}/products/{id}',
  'GET /v1/tickets', 'GET /v1/tickets/{id}', 'POST /v1/tickets', 'POST /v1/tickets/{id}/comments',
  'POST /v1/tickets/{id}/solve', 'POST /v1/tickets/{id}/satisfaction', 'POST /v1/uploads',
  'PUT /v1/tickets/{id}/requester', 'PUT /v1/tickets/{id}/ccs', 'GET /v1/tickets/report', 'GET /v1/tickets/archive',
  'GET /v1/organizations/{orgId}',
  'GET /v1/organizations/{orgId}/licensing/eula', 'POST /v1/organizations/{orgId}/licensing/eula/acceptance',
  'GET /v1/organizations/{orgId}/installations', 'POST /v1/organizations/{orgId}/installations',
  'GET /v1/organizations/{orgId}/installations/{id}', 'PATCH /v1/organizations/{orgId}/installations/{id}',
  'GET /v1/organizations/{orgId}/licenses', 'GET /v1/organizations/{orgId}/licenses/{id}',
  'PUT /v1/organizations/{orgId}/licenses/{id}/allocations', 'GET /v1/organizations/{orgId}/licensing/messages',
  'POST /v1/organizations/{orgId}/licensing/messages/{id}/read',
  'GET /v1/organizations/{orgId}/service-orders', 'POST /v1/organizations/{orgId}/service-orders/{id}/decision',
  'POST /v1/organizations/{orgId}/service-orders/decisions',
  'GET /v1/organizations/{orgId}/dashboard',
  'GET /v1/organizations/{orgId}/lgpd-term', 'POST /v1/organizations/{orgId}/lgpd-term/acceptance',
  'GET /v1/organizations/{orgId}/maturity-index',
  'GET /v1/solutions',
  'GET /v1/solutions/suggestions',
  'GET /v1/solutions/{id}',
  'POST /v1/solutions/{id}/votes',
  'GET /v1/events',
];

/** The requests API.md marks (If-Match). */
const IF_MATCH = [
  'PATCH /v1/me', 'PATCH /v1/organizations/{orgId}/contacts/{id}', 'PATCH /v1/organizations/{orgId}/products/{id}',
  'PATCH /v1/organizations/{orgId}/installations/{id}', 'PUT /v1/organizations/{orgId}/licenses/{id}/allocations',
];

const key = (e: EndpointSpec) => `${e.method} ${e.path}`;
const isUpload = (e: EndpointSpec) => e.body?.contentType === 'multipart/form-data';
const isReadMark = (e: EndpointSpec) => e.method === 'POST' && e.path.endsWith('/read');
const statuses = (e: EndpointSpec) => e.errors.map((error) => error.status);

describe('endpoint registry', () => {
  it('describes exactly the endpoints of API.md, once each', () => {
    assert.deepEqual(endpoints.map(key).sort(), [...CONTRACT].sort());
    assert.equal(new Set(endpoints.map((e) => e.operationId)).size, endpoints.length);
  });

  it('every endpoint has a success response and a 401', () => {
    for (const e of endpoints) {
      assert.ok([200, 201, 204].includes(e.success.status), key(e));
      if (e.success.contentType === 'application/json') assert.ok(e.success.schema, key(e));
      assert.ok(statuses(e).includes(401), `${key(e)} lacks 401`);
      assert.deepEqual(statuses(e), [...statuses(e)].sort((a, b) => a - b), `${key(e)} errors not sorted`);
    }
  });

  it('POSTs send an Idempotency-Key, except uploads and read-marks', () => {
    for (const e of endpoints) {
      const hasKey = e.requestHeaders.some((h) => h.name === 'Idempotency-Key');
      assert.equal(hasKey, e.method === 'POST' && !isUpload(e) && !isReadMark(e), key(e));
    }
    assert.equal(endpoints.filter(isUpload).map(key).join(), 'POST /v1/uploads');
    assert.equal(endpoints.filter(isReadMark).length, 1);
  });

  it('If-Match where API.md marks it, with 412 and 428; the GET of that resource answers ETag', () => {
    const marked = endpoints.filter((e) => e.requestHeaders.some((h) => h.name === 'If-Match'));
    assert.deepEqual(marked.map(key).sort(), [...IF_MATCH].sort());
    for (const e of marked) {
      assert.ok(statuses(e).includes(412) && statuses(e).includes(428), key(e));
      assert.ok(e.success.headers.some((h) => h.name === 'ETag'), `${key(e)} answers ETag`);
      const resource = e.path.replace(/\/allocations$/, '');
      const get = endpoints.find((g) => g.method === 'GET' && g.path === resource);
      assert.ok(get?.success.headers.some((h) => h.name === 'ETag'), `GET ${resource} answers ETag`);
    }
  });

  it('path params follow the template; query params come from the query schema', () => {
    for (const e of endpoints) {
      const names = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      assert.deepEqual(e.pathParams.map((p) => p.name), names, key(e));
      if (names.length) assert.ok(statuses(e).includes(404), `${key(e)} lacks 404`);
      if (e.querySchema) assert.deepEqual(e.query.map((p) => p.name), Object.keys(e.querySchema.shape), key(e));
    }
    const tickets = endpoints.find((e) => key(e) === 'GET /v1/tickets');
    const status = tickets?.query.find((p) => p.name === 'status');
    assert.equal(status?.repeatable, true);
    assert.equal(status?.schema, s.TicketStatusSchema);
    const archive = endpoints.find((e) => key(e) === 'GET /v1/tickets/archive');
    assert.equal(archive?.query.find((p) => p.name === 'source')?.required, true);
  });

  it('bodies, uploads, CSV and 204s as the contract says', () => {
    for (const e of endpoints) {
      if (e.body?.contentType === 'application/json') {
        assert.ok(statuses(e).includes(400) && statuses(e).includes(422), key(e));
        assert.ok(e.errors.filter((x) => x.status === 400 || x.status === 422).every((x) => x.fieldErrors), key(e));
      }
      if (e.method === 'DELETE') assert.equal(e.success.status, 204, key(e));
    }
    const upload = endpoints.find((e) => e.operationId === 'uploadFile');
    assert.equal(upload?.body?.schema, s.UploadBodySchema);
    assert.ok(upload && statuses(upload).includes(413));
    assert.equal(endpoints.find((e) => e.operationId === 'getTicketReport')?.success.contentType, 'text/csv');
    assert.equal(endpoints.find((e) => e.operationId === 'markLicensingMessageRead')?.success.status, 204);
    const decide = endpoints.find((e) => e.operationId === 'decideServiceOrder');
    assert.deepEqual(decide?.errors.find((x) => x.status === 409)?.slugs, ['already-decided']);
    assert.equal(decide?.body?.schema, s.DecisionBodySchema);
  });

  it('licensing endpoints behind the EULA list 409 eula-not-accepted; members get 403 there', () => {
    const behindEula = endpoints.filter((e) => /\/(installations|licenses|licensing\/messages)/.test(e.path));
    assert.equal(behindEula.length, 9);
    for (const e of behindEula) {
      assert.ok(e.errors.find((x) => x.status === 409)?.slugs?.includes('eula-not-accepted'), key(e));
      assert.ok(statuses(e).includes(403), key(e));
    }
  });

  it('matches concrete requests to endpoints; fixed segments win over ids', () => {
    assert.equal(matchEndpoint('GET', '/v1/tickets/report')?.endpoint.operationId, 'getTicketReport');
    assert.equal(matchEndpoint('GET', '/v1/tickets/archive')?.endpoint.operationId, 'listArchivedTickets');
    assert.deepEqual(matchEndpoint('GET', '/v1/tickets/t%2F1'), {
      endpoint: endpoints.find((e) => e.operationId === 'getTicket'), params: { id: 't/1' },
    });
    assert.equal(matchEndpoint('POST', '/v1/organizations/o-1/service-orders/decisions')?.endpoint.operationId, 'decideServiceOrders');
    assert.deepEqual(matchEndpoint('POST', '/v1/organizations/o-1/service-orders/so-9/decision')?.params, { orgId: 'o-1', id: 'so-9' });
    assert.equal(matchEndpoint('POST', '/v1/organizations/o-1/contacts/import')?.endpoint.operationId, 'importContacts');
    assert.equal(matchEndpoint('get', '/v1/organizations/o-1')?.endpoint.operationId, 'getOrganization');
    assert.equal(matchEndpoint('DELETE', '/v1/tickets/t-1'), undefined);
    assert.equal(matchEndpoint('GET', '/v1/organizations//contacts'), undefined);
    for (const e of endpoints) {
      const concrete = e.path.replace(/\{(\w+)\}/g, (_m, name: string) => `${name}-1`);
      assert.equal(matchEndpoint(e.method, concrete)?.endpoint, e, key(e));
    }
  });

  it('runtime schema modules do not import the registry', () => {
    const dir = new URL('../../src/core/schemas/', import.meta.url);
    for (const file of ['common', 'session', 'contacts', 'products', 'tickets', 'company', 'licensing', 'service-orders', 'dashboard', 'lgpd', 'maturity', 'solutions']) {
      const source = readFileSync(new URL(`${file}.ts`, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) assert.ok(spec === 'zod/mini' || /^\.\/[\w-]+\.js$/.test(spec ?? ''), `${file}: ${spec}`);
      assert.ok(!imports.some((spec) => /endpoints|index/.test(spec ?? '')), `${file} imports the registry`);
    }
  });
});

// ---- OpenAPI -------------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

function resolvePointer(doc: unknown, ref: string): unknown {
  assert.ok(ref.startsWith('#/'), `only local refs: ${ref}`);
  return ref.slice(2).split('/').reduce<unknown>((node, segment) => {
    const keyName = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    return node && typeof node === 'object' ? (node as JsonObject)[keyName] : undefined;
  }, doc);
}

function collectRefs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else collectRefs(v, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  const doc = buildOpenApi() as JsonObject & {
    paths: Record<string, Record<string, JsonObject & { responses: Record<string, JsonObject> }>>;
    components: { schemas: Record<string, JsonObject> };
  };

  it('is OpenAPI 3.1 with bearer security and the {apiBase}/v1 server', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(doc.security, [{ bearer: [] }]);
    assert.equal((doc.servers as JsonObject[])[0]?.url, '{apiBase}/v1');
    assert.deepEqual(resolvePointer(doc, '#/components/securitySchemes/bearer'), {
      type: 'http', scheme: 'bearer', description: 'Token from the host (property or async provider of `<me-portal>`).',
    });
  });

  it('every $ref resolves', () => {
    const refs = collectRefs(doc);
    assert.ok(refs.length > 100);
    for (const ref of new Set(refs)) assert.notEqual(resolvePointer(doc, ref), undefined, ref);
  });

  it('has one operation per endpoint, with its responses', () => {
    let count = 0;
    for (const e of endpoints) {
      const op = doc.paths[e.path.slice('/v1'.length)]?.[e.method.toLowerCase()];
      assert.ok(op, key(e));
      count += 1;
      assert.equal(op.operationId, e.operationId);
      const codes = Object.keys(op.responses);
      assert.ok(codes.includes(String(e.success.status)), key(e));
      for (const status of statuses(e)) assert.ok(codes.includes(String(status)), `${key(e)} ${status}`);
      for (const code of codes.filter((c) => c.startsWith('4') && c !== '401')) {
        assert.deepEqual(
          (op.responses[code]?.content as JsonObject)['application/problem+json'],
          { schema: { $ref: '#/components/schemas/Problem' } },
          `${key(e)} ${code}`,
        );
      }
    }
    const operations = Object.values(doc.paths).flatMap((item) => Object.keys(item));
    assert.equal(operations.length, count);
  });

  it('names every exported shape as a component, objects open, no leftovers', () => {
    const names = Object.keys(doc.components.schemas);
    assert.deepEqual(names, Object.keys(components));
    for (const name of ['Me', 'Contact', 'Ticket', 'TicketSummary', 'Problem', 'Money', 'Timestamp', 'ServiceOrder', 'DecisionBody']) {
      assert.ok(names.includes(name), name);
    }
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      assert.equal('$schema' in schema || '$id' in schema || '$defs' in schema, false, name);
    }
    assert.equal(JSON.stringify(doc).includes('"additionalProperties":false'), false);
    assert.equal(JSON.stringify(doc).includes('#/$defs/'), false);
    assert.deepEqual(doc.components.schemas.Money?.required, ['amount', 'currency']);
    assert.deepEqual((doc.components.schemas.DecisionBody?.then as JsonObject).required, ['reason']);
  });

  it('docs/openapi.json is up to date (npm run openapi)', () => {
    const onDisk = readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8');
    assert.equal(onDisk, renderOpenApi());
  });
});
