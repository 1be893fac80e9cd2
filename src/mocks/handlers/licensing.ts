/** Licenses — Gestão de licenças (admin only; EULA first). */
import {
  AllocationsBodySchema, type Eula, EulaAcceptanceBodySchema, type Installation, InstallationBodySchema,
  InstallationPatchBodySchema, type License, LicenseListQuerySchema, ListQuerySchema, type LicensingMessage,
} from '../../core/schemas/index.js';
import { newTotvsId } from '../db/licensing.js';
import { iso } from '../db/time.js';
import type { InstallationRecord, LicenseRecord, LicensingMessageRecord, LicensingRecord } from '../db/types.js';
import {
  checkIfMatch, json, matchesText, noContent, notFound, paginate, parseQuery, problem, sortItems, validate, validationFailed,
} from '../http.js';
import type { Ctx, Route } from '../router.js';
import { param, requireAdmin } from './access.js';
import { emitEvent } from './events.js';
import { personOf } from './ticket-view.js';

const ADMIN_ONLY = 'A gestão de licenças é restrita aos administradores da organização.';

/** Admin check, then (unless `eula: false`) 409 `eula-not-accepted` until the EULA is accepted. */
function licensing(ctx: Ctx, options: { eula: boolean }): LicensingRecord {
  const orgId = param(ctx, 'orgId');
  requireAdmin(ctx, orgId, ADMIN_ONLY);
  const record = ctx.db.licensing.get(orgId);
  if (!record) throw notFound('O licenciamento da organização');
  if (options.eula && record.eula.acceptance === null) {
    throw problem(409, 'eula-not-accepted', 'Aceite o contrato de licença (EULA) para gerenciar instalações e licenças.');
  }
  return record;
}

function toEula(e: LicensingRecord['eula']): Eula {
  return structuredClone(e);
}

function toInstallation(i: InstallationRecord): Installation {
  return { ...i };
}

function toLicense(l: LicenseRecord): License {
  return structuredClone(l);
}

function toMessage(m: LicensingMessageRecord): LicensingMessage {
  return { ...m };
}

function findInstallation(ctx: Ctx, record: LicensingRecord): InstallationRecord {
  const i = record.installations.find((x) => x.id === param(ctx, 'id'));
  if (!i) throw notFound('A instalação');
  return i;
}

function findLicense(ctx: Ctx, record: LicensingRecord): LicenseRecord {
  const l = record.licenses.find((x) => x.id === param(ctx, 'id'));
  if (!l) throw notFound('A licença');
  return l;
}

const INSTALLATION_SORT = {
  name: (i: InstallationRecord) => i.name,
  totvsId: (i: InstallationRecord) => i.totvsId,
  environment: (i: InstallationRecord) => i.environment,
  createdAt: (i: InstallationRecord) => i.createdAt,
};
const LICENSE_SORT = {
  name: (l: LicenseRecord) => l.name,
  product: (l: LicenseRecord) => l.product.lineName,
  status: (l: LicenseRecord) => l.status,
  contracted: (l: LicenseRecord) => l.contracted,
  validFrom: (l: LicenseRecord) => l.validFrom,
  validUntil: (l: LicenseRecord) => l.validUntil,
};
const MESSAGE_SORT = {
  receivedAt: (m: LicensingMessageRecord) => m.receivedAt,
  subject: (m: LicensingMessageRecord) => m.subject,
  read: (m: LicensingMessageRecord) => (m.read ? 1 : 0),
};

export const licensingRoutes: Route[] = [
  {
    method: 'GET',
    path: '/organizations/:orgId/licensing/eula',
    handle: (ctx) => json(toEula(licensing(ctx, { eula: false }).eula)),
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/licensing/eula/acceptance',
    handle: async (ctx) => {
      const record = licensing(ctx, { eula: false });
      const body = validate(EulaAcceptanceBodySchema, await ctx.body());
      if (body.version !== record.eula.version) {
        throw problem(409, 'version-not-current', `A versão vigente do EULA é ${record.eula.version}.`);
      }
      record.eula.acceptance = { version: body.version, acceptedAt: iso(ctx.db.now()), acceptedBy: personOf(ctx.db, ctx.user.id) };
      // no event type of its own: the licences (and installations) become manageable
      emitEvent(ctx, 'license.updated', { kind: 'eula', id: param(ctx, 'orgId') }, param(ctx, 'orgId'));
      return json(toEula(record.eula));
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/installations',
    handle: (ctx) => {
      const record = licensing(ctx, { eula: true });
      const query = parseQuery(ctx.url, ListQuerySchema);
      const items = record.installations.filter((i) => matchesText(query.q, i.name, i.totvsId));
      const page = paginate(sortItems(items, query.sort, INSTALLATION_SORT, 'name'), query);
      return json({ ...page, items: page.items.map(toInstallation) });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/installations',
    handle: async (ctx) => {
      const record = licensing(ctx, { eula: true });
      const body = validate(InstallationBodySchema, await ctx.body());
      ctx.db.counters.installation += 1;
      const n = ctx.db.counters.installation;
      let totvsId = newTotvsId(ctx.db.seed, n);
      for (let k = 1; record.installations.some((i) => i.totvsId === totvsId); k++) totvsId = newTotvsId(ctx.db.seed, n * 1000 + k);
      const installation: InstallationRecord = {
        id: `ins-n${String(n).padStart(4, '0')}`,
        totvsId,
        name: body.name,
        environment: body.environment,
        blocked: false,
        createdAt: iso(ctx.db.now()),
      };
      record.installations.push(installation);
      emitEvent(ctx, 'installation.updated', { kind: 'installation', id: installation.id }, param(ctx, 'orgId'));
      return json(toInstallation(installation), { status: 201, etag: true });
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/installations/:id',
    handle: (ctx) => json(toInstallation(findInstallation(ctx, licensing(ctx, { eula: true }))), { etag: true }),
  },
  {
    method: 'PATCH',
    path: '/organizations/:orgId/installations/:id',
    handle: async (ctx) => {
      const installation = findInstallation(ctx, licensing(ctx, { eula: true }));
      checkIfMatch(ctx.request, toInstallation(installation));
      const body = validate(InstallationPatchBodySchema, await ctx.body());
      if (body.name !== undefined) installation.name = body.name;
      if (body.blocked !== undefined) installation.blocked = body.blocked;
      emitEvent(ctx, 'installation.updated', { kind: 'installation', id: installation.id }, param(ctx, 'orgId'));
      return json(toInstallation(installation), { etag: true });
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/licenses',
    handle: (ctx) => {
      const record = licensing(ctx, { eula: true });
      const query = parseQuery(ctx.url, LicenseListQuerySchema);
      const items = record.licenses.filter((l) => (!query.status || l.status === query.status)
        && matchesText(query.q, l.name, l.product.lineName, l.metric));
      const page = paginate(sortItems(items, query.sort, LICENSE_SORT, 'name'), query);
      return json({ ...page, items: page.items.map(toLicense) });
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/licenses/:id',
    handle: (ctx) => json(toLicense(findLicense(ctx, licensing(ctx, { eula: true }))), { etag: true }),
  },
  {
    method: 'PUT',
    path: '/organizations/:orgId/licenses/:id/allocations',
    handle: async (ctx) => {
      const record = licensing(ctx, { eula: true });
      const license = findLicense(ctx, record);
      checkIfMatch(ctx.request, toLicense(license));
      const body = validate(AllocationsBodySchema, await ctx.body());
      if (license.status === 'expired' || license.status === 'suspended') {
        throw problem(409, 'license-not-active', license.status === 'expired'
          ? `A licença expirou em ${license.validUntil}: renove o contrato para redistribuí-la.`
          : 'A licença está suspensa: regularize a situação com a TOTVS para redistribuí-la.');
      }
      const seen = new Set<string>();
      const unknown: { path: string; message: string }[] = [];
      const blocked: { path: string; message: string }[] = [];
      body.allocations.forEach((a, i) => {
        const installation = record.installations.find((x) => x.id === a.installationId);
        if (!installation) unknown.push({ path: `allocations.${i}.installationId`, message: 'Instalação desconhecida' });
        else if (installation.blocked && a.quantity > 0) blocked.push({ path: `allocations.${i}.installationId`, message: `A instalação "${installation.name}" está bloqueada` });
        if (seen.has(a.installationId)) unknown.push({ path: `allocations.${i}.installationId`, message: 'Instalação repetida' });
        seen.add(a.installationId);
      });
      if (unknown.length > 0) throw validationFailed(unknown);
      if (blocked.length > 0) throw validationFailed(blocked, 'Instalações bloqueadas não recebem licenças.', 'installation-blocked');
      const sum = body.allocations.reduce((s, a) => s + a.quantity, 0);
      if (sum > license.contracted) {
        throw validationFailed(
          [{ path: 'allocations', message: `Total distribuído (${sum}) maior que o contratado (${license.contracted})` }],
          `A soma das quantidades (${sum}) excede as ${license.contracted} licenças contratadas.`,
          'allocation-exceeds-contracted',
        );
      }
      license.allocations = body.allocations.filter((a) => a.quantity > 0).map((a) => ({ installationId: a.installationId, quantity: a.quantity }));
      emitEvent(ctx, 'license.updated', { kind: 'license', id: license.id }, param(ctx, 'orgId'));
      return json(toLicense(license), { etag: true });
    },
  },
  {
    method: 'GET',
    path: '/organizations/:orgId/licensing/messages',
    handle: (ctx) => {
      const record = licensing(ctx, { eula: true });
      const query = parseQuery(ctx.url, ListQuerySchema);
      const items = record.messages.filter((m) => matchesText(query.q, m.subject, m.bodyHtml));
      const page = paginate(sortItems(items, query.sort, MESSAGE_SORT, '-receivedAt'), query);
      return json({ ...page, items: page.items.map(toMessage) });
    },
  },
  {
    method: 'POST',
    path: '/organizations/:orgId/licensing/messages/:id/read',
    idempotent: false,
    handle: (ctx) => {
      const record = licensing(ctx, { eula: true });
      const message = record.messages.find((m) => m.id === param(ctx, 'id'));
      if (!message) throw notFound('A mensagem');
      message.read = true;
      return noContent();
    },
  },
];
