/**
 * The endpoint registry: every endpoint of API.md (/work/shared/spec/API.md), described as data.
 *
 * It drives `docs/openapi.json` (scripts/openapi.ts) and the mocks' contract test. It is NOT
 * imported at runtime by elements: it pulls in every schema of every domain. Runtime code imports
 * the domain schema modules (`./tickets.js`, …) directly.
 *
 * Transport rules that hold for every endpoint are not repeated per entry: `Authorization: Bearer`
 * and `Accept-Language` on every request, the `default` problem answer (429, 5xx…), the list
 * envelope and its query (`page`, `pageSize`, `sort`, `q`).
 */
import * as z from 'zod/mini';
import * as schemas from './index.js';
import { IdSchema, ListQuerySchema } from './common.js';
import { MeSchema, MePatchBodySchema } from './session.js';
import {
  ContactCreateBodySchema, ContactImportBodySchema, ContactImportResultSchema, ContactListQuerySchema,
  ContactListSchema, ContactPatchBodySchema, ContactSchema,
} from './contacts.js';
import {
  ProductBodySchema, ProductLinesSchema, ProductListSchema, ProductPatchBodySchema, ProductSchema,
} from './products.js';
import {
  AttachmentSchema, CcsBodySchema, CommentBodySchema, CommentSchema, RequesterBodySchema, SatisfactionBodySchema,
  TicketArchiveQuerySchema, TicketCreateBodySchema, TicketListQuerySchema, TicketListSchema, TicketReportQuerySchema,
  TicketSchema, UploadBodySchema,
} from './tickets.js';
import { OrganizationSchema } from './company.js';
import {
  AllocationsBodySchema, EulaAcceptanceBodySchema, EulaSchema, InstallationBodySchema, InstallationListSchema,
  InstallationPatchBodySchema, InstallationSchema, LicenseListQuerySchema, LicenseListSchema, LicenseSchema,
  LicensingMessageListSchema,
} from './licensing.js';
import {
  BulkDecisionBodySchema, BulkDecisionResultSchema, DecisionBodySchema, ServiceOrderListQuerySchema,
  ServiceOrderListSchema, ServiceOrderSchema,
} from './service-orders.js';
import { DashboardQuerySchema, DashboardSchema } from './dashboard.js';
import { LgpdAcceptanceBodySchema, LgpdTermSchema } from './lgpd.js';
import { MaturityIndexQuerySchema, MaturityIndexSchema } from './maturity.js';
import {
  SolutionListQuerySchema, SolutionListSchema, SolutionSchema, SolutionSuggestionsQuerySchema, SolutionSuggestionsSchema,
  SolutionVoteBodySchema, SolutionVoteResultSchema,
} from './solutions.js';
import { LiveEventSchema, LiveEventsPageSchema, LiveEventsQuerySchema, StreamOpenSchema } from './events.js';

// ---- types ---------------------------------------------------------------------------------------

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Error statuses an endpoint can answer with a problem+json body (beyond the `default` ones). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 412 | 413 | 422 | 428;

/** A path or query parameter. */
export interface ParamSpec {
  name: string;
  /** Schema of one (decoded) value; for a repeatable parameter, of each occurrence. */
  schema: z.ZodMiniType;
  required: boolean;
  /** May repeat (`status=open&status=hold`); the server also accepts one comma-separated value. */
  repeatable: boolean;
  description?: string;
}

/** A request header the endpoint requires or reads (besides Authorization and Accept-Language). */
export interface RequestHeaderSpec {
  name: 'Idempotency-Key' | 'If-Match' | 'Last-Event-ID';
  required: boolean;
  description: string;
}

/** A header of the success response. */
export interface ResponseHeaderSpec {
  name: 'ETag' | 'Content-Disposition';
  required: boolean;
  description: string;
}

export interface BodySpec {
  /** `multipart/form-data` for uploads (the schema's fields are the form's parts). */
  contentType: 'application/json' | 'multipart/form-data';
  schema: z.ZodMiniType;
}

/**
 * The `text/event-stream` representation an endpoint also answers (`Accept: text/event-stream`):
 * a server event stream whose first message is `event: stream.open` and whose other messages
 * carry `data` of one schema.
 */
export interface EventStreamSpec {
  /** `data` of `event: stream.open`. */
  open: z.ZodMiniType;
  /** `data` of every other message (`id:` = its cursor, `event:` = its type). */
  data: z.ZodMiniType;
}

/**
 * The success answer: JSON with a schema (and, for `GET /v1/events`, the event stream asked with
 * `Accept: text/event-stream`), a CSV download, or 204 without a body.
 */
export type SuccessSpec =
  | { status: 200 | 201; contentType: 'application/json'; schema: z.ZodMiniType; headers: ResponseHeaderSpec[]; eventStream?: EventStreamSpec }
  | { status: 200; contentType: 'text/csv'; schema?: undefined; headers: ResponseHeaderSpec[] }
  | { status: 204; contentType: null; schema?: undefined; headers: ResponseHeaderSpec[] };

export interface ErrorSpec {
  status: ErrorStatus;
  /** When it happens for this endpoint. */
  description: string;
  /** Stable problem `type` slugs the contract names for it (`last-admin`, `already-decided`…). */
  slugs?: string[];
  /** 400/422: the problem carries `errors: [{ path, message }]`, one per body (or query) field. */
  fieldErrors: boolean;
}

/** One endpoint of API.md. */
export interface EndpointSpec {
  /** Unique camelCase name (OpenAPI operationId). */
  operationId: string;
  method: HttpMethod;
  /** Path template including `/v1`, e.g. `/v1/tickets/{id}` (a fixed segment wins over `{id}`). */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  /** One per `{name}` of `path`, in order. */
  pathParams: ParamSpec[];
  query: ParamSpec[];
  /** The typed query object the `query` parameters come from (for clients and servers). */
  querySchema?: z.ZodMiniObject;
  requestHeaders: RequestHeaderSpec[];
  body?: BodySpec;
  success: SuccessSpec;
  /** Sorted by status; 401 is always there. */
  errors: ErrorSpec[];
}

// ---- building blocks ---------------------------------------------------------------------------

const ORG = '/v1/organizations/{orgId}';

const PARAM_DOCS: Record<string, string> = {
  orgId: 'Organization id (one of `Me.organizations`).',
  page: 'Page number, 1-based (default 1).',
  pageSize: 'Items per page, 1–500 (default 50).',
  sort: 'Sort field; `-field` for descending.',
  q: 'Free-text search.',
};

const IDEMPOTENCY_KEY: RequestHeaderSpec = {
  name: 'Idempotency-Key',
  required: true,
  description: 'A UUID per user action, reused when the same action is retried. A replay gets the original answer; the same key with another body gets 422 `idempotency-key-reused`.',
};
const LAST_EVENT_ID: RequestHeaderSpec = {
  name: 'Last-Event-ID',
  required: false,
  description: 'Stream only: the `id` (cursor) of the last event received, when resuming. The stream replays what came after it, or sends `stream.reset` when it is too old.',
};
const IF_MATCH: RequestHeaderSpec = {
  name: 'If-Match',
  required: true,
  description: 'The `ETag` of the version being edited (from the resource\'s GET). Missing: 428; stale: 412.',
};
const ETAG: ResponseHeaderSpec = {
  name: 'ETag', required: true, description: 'Version of the resource, to send back in `If-Match`.',
};
const CONTENT_DISPOSITION: ResponseHeaderSpec = {
  name: 'Content-Disposition', required: false, description: '`attachment; filename="…"` for the download.',
};

/** Turns a query object schema into parameters: optional keys are not required, arrays repeat. */
function queryParams(schema: z.ZodMiniObject, docs: Record<string, string> = {}): ParamSpec[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let inner = field as z.ZodMiniType;
    const required = !(inner instanceof z.ZodMiniOptional);
    if (inner instanceof z.ZodMiniOptional) inner = inner._zod.def.innerType as z.ZodMiniType;
    const repeatable = inner instanceof z.ZodMiniArray;
    if (inner instanceof z.ZodMiniArray) inner = inner._zod.def.element as z.ZodMiniType;
    const description = docs[name] ?? PARAM_DOCS[name];
    return { name, schema: inner, required, repeatable, ...(description ? { description } : {}) };
  });
}

function pathParams(path: string, docs: Record<string, string>): ParamSpec[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => ({
    name, schema: IdSchema, required: true, repeatable: false,
    description: docs[name] ?? PARAM_DOCS[name] ?? `${name} (opaque id)`,
  }));
}

type ErrorNote = string | { description: string; slugs: string[] };

interface EndpointDef {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodMiniObject;
  queryDocs?: Record<string, string>;
  pathDocs?: Record<string, string>;
  body?: z.ZodMiniType;
  multipart?: true;
  /** POSTs send an Idempotency-Key unless this is false (uploads, read-marks). */
  idempotent?: false;
  ifMatch?: true;
  /** The success answer carries `ETag`. */
  etag?: true;
  success: { status: 200 | 201; schema: z.ZodMiniType } | { status: 200; csv: true } | { status: 204 };
  /** Also answers `Accept: text/event-stream` with this event stream (reads `Last-Event-ID`). */
  eventStream?: EventStreamSpec;
  /** Statuses specific to this endpoint, with what they mean here. */
  errors?: Partial<Record<400 | 403 | 404 | 409 | 410 | 413 | 422, ErrorNote>>;
}

/** Fills what the transport rules imply (401, 400/422 on bodies, 404 on ids, 412/428 with If-Match…). */
function endpoint(def: EndpointDef): EndpointSpec {
  const params = pathParams(def.path, def.pathDocs ?? {});
  const query = def.query ? queryParams(def.query, def.queryDocs) : [];
  const idempotent = def.method === 'POST' && def.idempotent !== false;
  const notes = new Map<ErrorStatus, ErrorNote>();
  notes.set(401, 'Token missing or expired: refresh it once and retry, then the session is over.');
  if (def.body || query.length) {
    notes.set(400, def.multipart ? 'No `file` part, or a malformed request.'
      : def.body ? 'Malformed request body.' : 'Invalid query parameter.');
  }
  if (params.length) notes.set(404, 'The resource (or organization) does not exist or is gone.');
  if (def.ifMatch) {
    notes.set(412, '`If-Match` is stale: the resource was edited elsewhere.');
    notes.set(428, '`If-Match` is missing.');
  }
  if ((def.body && !def.multipart) || idempotent) {
    const why = [def.body && !def.multipart ? 'the body failed validation' : '',
      idempotent ? 'the Idempotency-Key was already used with another body' : ''].filter(Boolean);
    notes.set(422, `${why.join('; or ')}.`.replace(/^./, (c) => c.toUpperCase()));
  }
  for (const [status, note] of Object.entries(def.errors ?? {})) {
    const code = Number(status) as ErrorStatus;
    const previous = notes.get(code);
    notes.set(code, previous && code === 422 && typeof note === 'string' ? `${note} ${previous}` : note);
  }
  const errors: ErrorSpec[] = [...notes.entries()].sort(([a], [b]) => a - b).map(([status, note]) => {
    const slugs = typeof note === 'string' ? [] : [...note.slugs];
    if (status === 422 && idempotent) slugs.push('idempotency-key-reused');
    return {
      status,
      description: typeof note === 'string' ? note : note.description,
      ...(slugs.length ? { slugs } : {}),
      fieldErrors: status === 400 || (status === 422 && Boolean(def.body) && !def.multipart),
    };
  });

  const requestHeaders: RequestHeaderSpec[] = [];
  if (idempotent) requestHeaders.push(IDEMPOTENCY_KEY);
  if (def.ifMatch) requestHeaders.push(IF_MATCH);
  if (def.eventStream) requestHeaders.push(LAST_EVENT_ID);

  const headers = def.etag ? [ETAG] : [];
  const s = def.success;
  const success: SuccessSpec = 'schema' in s
    ? { status: s.status, contentType: 'application/json', schema: s.schema, headers, ...(def.eventStream ? { eventStream: def.eventStream } : {}) }
    : 'csv' in s
      ? { status: 200, contentType: 'text/csv', headers: [CONTENT_DISPOSITION] }
      : { status: 204, contentType: null, headers: [] };

  return {
    operationId: def.operationId,
    method: def.method,
    path: def.path,
    summary: def.summary,
    ...(def.description ? { description: def.description } : {}),
    tags: [def.tag],
    pathParams: params,
    query,
    ...(def.query ? { querySchema: def.query } : {}),
    requestHeaders,
    ...(def.body ? { body: { contentType: def.multipart ? 'multipart/form-data' : 'application/json', schema: def.body } } : {}),
    success,
    errors,
  } satisfies EndpointSpec;
}

const NOT_MEMBER = 'Not a member of the organization.';
const ADMIN_ONLY = 'Admin of the organization only.';
const LICENSING_403 = 'Admin of the organization only (members get 403 everywhere in licensing).';
const EULA_409 = { description: 'The licence EULA is not accepted yet.', slugs: ['eula-not-accepted'] };
const LAST_ADMIN_409 = { description: 'The last active admin cannot be demoted, deactivated or deleted.', slugs: ['last-admin'] };

// ---- the table ----------------------------------------------------------------------------------

/** Every endpoint of API.md, in the contract's order. */
export const endpoints: EndpointSpec[] = [
  // Session
  endpoint({
    operationId: 'getMe', method: 'GET', path: '/v1/me', tag: 'Session', etag: true,
    summary: 'The signed-in user, their organizations and roles',
    success: { status: 200, schema: MeSchema },
  }),
  endpoint({
    operationId: 'updateMe', method: 'PATCH', path: '/v1/me', tag: 'Session', ifMatch: true, etag: true,
    summary: 'Update the user\'s profile (e-mail is read-only)',
    body: MePatchBodySchema,
    success: { status: 200, schema: MeSchema },
  }),

  // Contacts
  endpoint({
    operationId: 'listContacts', method: 'GET', path: `${ORG}/contacts`, tag: 'Contacts',
    summary: 'List the organization\'s contacts',
    description: 'Admin only, except that members may call it with `role=admin` (to know whom to ask).',
    query: ContactListQuerySchema,
    success: { status: 200, schema: ContactListSchema },
    errors: { 403: 'Not an admin of the organization (members may only ask `role=admin`).' },
  }),
  endpoint({
    operationId: 'createContact', method: 'POST', path: `${ORG}/contacts`, tag: 'Contacts',
    summary: 'Add a contact', body: ContactCreateBodySchema,
    success: { status: 201, schema: ContactSchema },
    errors: { 403: ADMIN_ONLY, 409: 'A contact with this e-mail already exists.' },
  }),
  endpoint({
    operationId: 'getContact', method: 'GET', path: `${ORG}/contacts/{id}`, tag: 'Contacts', etag: true,
    summary: 'One contact', pathDocs: { id: 'Contact id.' },
    success: { status: 200, schema: ContactSchema },
    errors: { 403: ADMIN_ONLY },
  }),
  endpoint({
    operationId: 'updateContact', method: 'PATCH', path: `${ORG}/contacts/{id}`, tag: 'Contacts', ifMatch: true, etag: true,
    summary: 'Edit a contact (role, areas, status…)', pathDocs: { id: 'Contact id.' },
    body: ContactPatchBodySchema,
    success: { status: 200, schema: ContactSchema },
    errors: { 403: ADMIN_ONLY, 409: LAST_ADMIN_409 },
  }),
  endpoint({
    operationId: 'deleteContact', method: 'DELETE', path: `${ORG}/contacts/{id}`, tag: 'Contacts',
    summary: 'Delete a contact', pathDocs: { id: 'Contact id.' },
    success: { status: 204 },
    errors: { 403: ADMIN_ONLY, 409: LAST_ADMIN_409 },
  }),
  endpoint({
    operationId: 'importContacts', method: 'POST', path: `${ORG}/contacts/import`, tag: 'Contacts',
    summary: 'Import up to 1000 contacts; each row stands or fails alone',
    body: ContactImportBodySchema,
    success: { status: 200, schema: ContactImportResultSchema },
    errors: { 403: ADMIN_ONLY },
  }),

  // Products
  endpoint({
    operationId: 'listProducts', method: 'GET', path: `${ORG}/products`, tag: 'Products',
    summary: 'The organization\'s products (Meus produtos)', query: ListQuerySchema,
    success: { status: 200, schema: ProductListSchema },
    errors: { 403: NOT_MEMBER },
  }),
  endpoint({
    operationId: 'listProductLines', method: 'GET', path: '/v1/catalog/product-lines', tag: 'Products',
    summary: 'Catalogue of product lines and their versions (a bare array)',
    success: { status: 200, schema: ProductLinesSchema },
  }),
  endpoint({
    operationId: 'createProduct', method: 'POST', path: `${ORG}/products`, tag: 'Products',
    summary: 'Register a product', body: ProductBodySchema,
    success: { status: 201, schema: ProductSchema },
    errors: { 403: NOT_MEMBER },
  }),
  endpoint({
    operationId: 'duplicateProduct', method: 'POST', path: `${ORG}/products/{id}/duplicate`, tag: 'Products',
    summary: 'Copy a product', pathDocs: { id: 'Product id.' },
    success: { status: 201, schema: ProductSchema },
    errors: { 403: NOT_MEMBER },
  }),
  endpoint({
    operationId: 'getProduct', method: 'GET', path: `${ORG}/products/{id}`, tag: 'Products', etag: true,
    summary: 'One product', pathDocs: { id: 'Product id.' },
    success: { status: 200, schema: ProductSchema },
    errors: { 403: NOT_MEMBER },
  }),
  endpoint({
    operationId: 'updateProduct', method: 'PATCH', path: `${ORG}/products/{id}`, tag: 'Products', ifMatch: true, etag: true,
    summary: 'Edit a product', pathDocs: { id: 'Product id.' }, body: ProductPatchBodySchema,
    success: { status: 200, schema: ProductSchema },
    errors: { 403: NOT_MEMBER },
  }),
  endpoint({
    operationId: 'deleteProduct', method: 'DELETE', path: `${ORG}/products/{id}`, tag: 'Products',
    summary: 'Delete a product', pathDocs: { id: 'Product id.' },
    success: { status: 204 },
    errors: { 403: NOT_MEMBER, 409: 'Open tickets use this product.' },
  }),

  // Tickets
  endpoint({
    operationId: 'listTickets', method: 'GET', path: '/v1/tickets', tag: 'Tickets',
    summary: 'List tickets (Minhas / Gerenciar solicitações)',
    description: '`mine` and `cc` span all my organizations unless `organizationId` is given; '
      + '`organization` needs admin of `organizationId`; `managed` covers every organization linked to me.',
    query: TicketListQuerySchema,
    queryDocs: {
      scope: '`mine` (default): I requested · `cc`: I am in copy · `organization`: all of `organizationId` (admin) · `managed`: every organization linked to me.',
      organizationId: 'Limit to one organization (required with `scope=organization`).',
      status: 'Status filter; repeat it or comma-separate values.',
      openedFrom: 'Opened on or after this date (user\'s time zone).',
      openedTo: 'Opened on or before this date (user\'s time zone).',
    },
    success: { status: 200, schema: TicketListSchema },
    errors: { 403: '`scope=organization` without admin of `organizationId`.' },
  }),
  endpoint({
    operationId: 'getTicketReport', method: 'GET', path: '/v1/tickets/report', tag: 'Tickets',
    summary: 'CSV (UTF-8 with BOM) of open tickets',
    description: 'Open = not solved/closed. Columns: `number, subject, status, priority, product, module, requester, organization, createdAt, dueAt`.',
    query: TicketReportQuerySchema,
    success: { status: 200, csv: true },
    errors: { 403: '`scope=organization` without admin of `organizationId`.' },
  }),
  endpoint({
    operationId: 'listArchivedTickets', method: 'GET', path: '/v1/tickets/archive', tag: 'Tickets',
    summary: 'Closed-ticket archives (read only; `platform` tells the source)',
    query: TicketArchiveQuerySchema,
    queryDocs: {
      source: '`legacy`: portal tickets closed before 2017-11-01 · `cmnet`, `consinco`: closed on those platforms.',
      closedFrom: 'Closed on or after this date (user\'s time zone).',
      closedTo: 'Closed on or before this date (user\'s time zone).',
    },
    success: { status: 200, schema: TicketListSchema },
  }),
  endpoint({
    operationId: 'getTicket', method: 'GET', path: '/v1/tickets/{id}', tag: 'Tickets',
    summary: 'One ticket with its conversation (archived ones too, every permission false)',
    pathDocs: { id: 'Ticket id.' },
    success: { status: 200, schema: TicketSchema },
    errors: { 403: 'The ticket is not visible to the user.' },
  }),
  endpoint({
    operationId: 'createTicket', method: 'POST', path: '/v1/tickets', tag: 'Tickets',
    summary: 'Open a ticket', body: TicketCreateBodySchema,
    success: { status: 201, schema: TicketSchema },
    errors: { 403: 'Not a member of `organizationId`.' },
  }),
  endpoint({
    operationId: 'addTicketComment', method: 'POST', path: '/v1/tickets/{id}/comments', tag: 'Tickets',
    summary: 'Reply on a ticket (a reply on a solved ticket reopens it)', pathDocs: { id: 'Ticket id.' },
    body: CommentBodySchema,
    success: { status: 201, schema: CommentSchema },
    errors: { 403: 'Without `permissions.canComment`.', 409: 'The ticket is closed.' },
  }),
  endpoint({
    operationId: 'solveTicket', method: 'POST', path: '/v1/tickets/{id}/solve', tag: 'Tickets',
    summary: 'The requester marks the ticket solved', pathDocs: { id: 'Ticket id.' },
    success: { status: 200, schema: TicketSchema },
    errors: { 403: 'Without `permissions.canSolve`.', 409: 'Already solved or closed.' },
  }),
  endpoint({
    operationId: 'rateTicket', method: 'POST', path: '/v1/tickets/{id}/satisfaction', tag: 'Tickets',
    summary: 'Rate the service', pathDocs: { id: 'Ticket id.' }, body: SatisfactionBodySchema,
    success: { status: 200, schema: TicketSchema },
    errors: { 403: 'The ticket is not the user\'s to rate.', 409: 'The ticket is neither solved nor closed.' },
  }),
  endpoint({
    operationId: 'uploadFile', method: 'POST', path: '/v1/uploads', tag: 'Tickets', idempotent: false,
    summary: 'Upload an attachment (multipart field `file`, ≤ 25 MB)',
    description: '`Attachment.url` downloads the file without the bearer token (a signed link). Pass the id in `attachmentIds`.',
    body: UploadBodySchema, multipart: true,
    success: { status: 201, schema: AttachmentSchema },
    errors: { 413: 'The file is larger than 25 MB.' },
  }),
  endpoint({
    operationId: 'setTicketRequester', method: 'PUT', path: '/v1/tickets/{id}/requester', tag: 'Tickets',
    summary: 'Change the requester', pathDocs: { id: 'Ticket id.' }, body: RequesterBodySchema,
    success: { status: 200, schema: TicketSchema },
    errors: { 403: 'Without `permissions.canChangeRequester`.' },
  }),
  endpoint({
    operationId: 'setTicketCcs', method: 'PUT', path: '/v1/tickets/{id}/ccs', tag: 'Tickets',
    summary: 'Replace the people in copy', pathDocs: { id: 'Ticket id.' }, body: CcsBodySchema,
    success: { status: 200, schema: TicketSchema },
    errors: { 403: 'Without `permissions.canEditCcs`.' },
  }),

  // Company
  endpoint({
    operationId: 'getOrganization', method: 'GET', path: ORG, tag: 'Company',
    summary: 'Registration data of the organization (Dados cadastrais)',
    success: { status: 200, schema: OrganizationSchema },
    errors: { 403: NOT_MEMBER },
  }),

  // Licensing
  endpoint({
    operationId: 'getEula', method: 'GET', path: `${ORG}/licensing/eula`, tag: 'Licensing',
    summary: 'The licence EULA and whether it is accepted',
    success: { status: 200, schema: EulaSchema },
    errors: { 403: LICENSING_403 },
  }),
  endpoint({
    operationId: 'acceptEula', method: 'POST', path: `${ORG}/licensing/eula/acceptance`, tag: 'Licensing',
    summary: 'Accept the EULA\'s current version', body: EulaAcceptanceBodySchema,
    success: { status: 200, schema: EulaSchema },
    errors: { 403: LICENSING_403, 409: 'The version is not the current one.' },
  }),
  endpoint({
    operationId: 'listInstallations', method: 'GET', path: `${ORG}/installations`, tag: 'Licensing',
    summary: 'Registered installations (each with its TOTVS ID)', query: ListQuerySchema,
    success: { status: 200, schema: InstallationListSchema },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),
  endpoint({
    operationId: 'createInstallation', method: 'POST', path: `${ORG}/installations`, tag: 'Licensing',
    summary: 'Register an installation (the server assigns `totvsId`)', body: InstallationBodySchema,
    success: { status: 201, schema: InstallationSchema },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),
  endpoint({
    operationId: 'getInstallation', method: 'GET', path: `${ORG}/installations/{id}`, tag: 'Licensing', etag: true,
    summary: 'One installation', pathDocs: { id: 'Installation id.' },
    success: { status: 200, schema: InstallationSchema },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),
  endpoint({
    operationId: 'updateInstallation', method: 'PATCH', path: `${ORG}/installations/{id}`, tag: 'Licensing',
    ifMatch: true, etag: true,
    summary: 'Rename or (un)block an installation', pathDocs: { id: 'Installation id.' },
    body: InstallationPatchBodySchema,
    success: { status: 200, schema: InstallationSchema },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),
  endpoint({
    operationId: 'listLicenses', method: 'GET', path: `${ORG}/licenses`, tag: 'Licensing',
    summary: 'Contracted licences and their distribution', query: LicenseListQuerySchema,
    success: { status: 200, schema: LicenseListSchema },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),
  endpoint({
    operationId: 'getLicense', method: 'GET', path: `${ORG}/licenses/{id}`, tag: 'Licensing', etag: true,
    summary: 'One licence', pathDocs: { id: 'Licence id.' },
    success: { status: 200, schema: LicenseSchema },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),
  endpoint({
    operationId: 'setLicenseAllocations', method: 'PUT', path: `${ORG}/licenses/{id}/allocations`, tag: 'Licensing',
    ifMatch: true, etag: true,
    summary: 'Distribute the licence among installations', pathDocs: { id: 'Licence id.' },
    body: AllocationsBodySchema,
    success: { status: 200, schema: LicenseSchema },
    errors: {
      403: LICENSING_403,
      409: { description: 'The licence is expired or suspended, or the EULA is not accepted.', slugs: ['eula-not-accepted'] },
      422: 'The sum exceeds `contracted` or an installation is blocked.',
    },
  }),
  endpoint({
    operationId: 'listLicensingMessages', method: 'GET', path: `${ORG}/licensing/messages`, tag: 'Licensing',
    summary: 'Messages about the organization\'s licences', query: ListQuerySchema,
    success: { status: 200, schema: LicensingMessageListSchema },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),
  endpoint({
    operationId: 'markLicensingMessageRead', method: 'POST', path: `${ORG}/licensing/messages/{id}/read`, tag: 'Licensing',
    idempotent: false,
    summary: 'Mark a message read', pathDocs: { id: 'Message id.' },
    success: { status: 204 },
    errors: { 403: LICENSING_403, 409: EULA_409 },
  }),

  // Service orders
  endpoint({
    operationId: 'listServiceOrders', method: 'GET', path: `${ORG}/service-orders`, tag: 'Service orders',
    summary: 'Service orders to approve (Aprovar OS)', query: ServiceOrderListQuerySchema,
    queryDocs: { from: 'Sent on or after this date.', to: 'Sent on or before this date.' },
    success: { status: 200, schema: ServiceOrderListSchema },
    errors: { 403: NOT_MEMBER },
  }),
  endpoint({
    operationId: 'decideServiceOrder', method: 'POST', path: `${ORG}/service-orders/{id}/decision`, tag: 'Service orders',
    summary: 'Approve or reject a service order (reject needs a 10–2000 character reason)',
    pathDocs: { id: 'Service order id.' }, body: DecisionBodySchema,
    success: { status: 200, schema: ServiceOrderSchema },
    errors: {
      403: 'The user may not decide service orders of this organization.',
      409: { description: 'Already decided.', slugs: ['already-decided'] },
    },
  }),
  endpoint({
    operationId: 'decideServiceOrders', method: 'POST', path: `${ORG}/service-orders/decisions`, tag: 'Service orders',
    summary: 'The same decision for many service orders; partial success is normal',
    body: BulkDecisionBodySchema,
    success: { status: 200, schema: BulkDecisionResultSchema },
    errors: { 403: 'The user may not decide service orders of this organization.' },
  }),

  // Dashboard
  endpoint({
    operationId: 'getDashboard', method: 'GET', path: `${ORG}/dashboard`, tag: 'Dashboard',
    summary: 'Ticket, SLA, service-order and project figures for a period', query: DashboardQuerySchema,
    queryDocs: { from: 'First day of the period.', to: 'Last day of the period.', granularity: 'Bucket size of the series.' },
    success: { status: 200, schema: DashboardSchema },
    errors: { 403: NOT_MEMBER },
  }),

  // LGPD
  endpoint({
    operationId: 'getLgpdTerm', method: 'GET', path: `${ORG}/lgpd-term`, tag: 'LGPD',
    summary: 'The LGPD term and whether it is accepted',
    success: { status: 200, schema: LgpdTermSchema },
    errors: { 403: NOT_MEMBER },
  }),
  endpoint({
    operationId: 'acceptLgpdTerm', method: 'POST', path: `${ORG}/lgpd-term/acceptance`, tag: 'LGPD',
    summary: 'Accept the LGPD term\'s current version (admin only)', body: LgpdAcceptanceBodySchema,
    success: { status: 200, schema: LgpdTermSchema },
    errors: { 403: ADMIN_ONLY, 409: 'The version is not the current one.' },
  }),

  // Maturity index
  endpoint({
    operationId: 'getMaturityIndex', method: 'GET', path: `${ORG}/maturity-index`, tag: 'Maturity index',
    summary: 'Maturity index (IMG) compared with peers', query: MaturityIndexQuerySchema,
    queryDocs: { compareBy: 'Peer group to compare with.' },
    success: { status: 200, schema: MaturityIndexSchema },
    errors: { 403: NOT_MEMBER },
  }),

  // Solutions
  endpoint({
    operationId: 'searchSolutions', method: 'GET', path: '/v1/solutions', tag: 'Solutions',
    summary: 'Search knowledge-base articles and the solved tickets organizations share',
    description: 'Not organization data: any signed-in user. Shared tickets carry no requester, e-mail or organization; '
      + 'a product whose `shareTicketsInSolutionSearch` is turned off takes its tickets out at once. '
      + 'Default order: relevance to `q` (title above body), then `-updatedAt`; without `q`, `-updatedAt`. '
      + '`excerpt` is plain text (≤ 300 characters).',
    query: SolutionListQuerySchema,
    queryDocs: {
      q: 'Free text: accent- and case-insensitive, each word matches word prefixes.',
      productLineId: 'Only solutions of this product line (an id of `/v1/catalog/product-lines`).',
      source: '`article`: knowledge base · `ticket`: shared solved tickets.',
      sort: 'Without it: relevance to `q`, then `-updatedAt`. Else `updatedAt` or `title`, `-` for descending.',
    },
    success: { status: 200, schema: SolutionListSchema },
  }),
  endpoint({
    operationId: 'suggestSolutions', method: 'GET', path: '/v1/solutions/suggestions', tag: 'Solutions',
    summary: 'Up to 5 solutions for a new request\'s subject as it is typed',
    description: '`q` must have at least 3 characters (trimmed), else 400. Best first, same relevance as the search.',
    query: SolutionSuggestionsQuerySchema,
    queryDocs: {
      q: 'The subject typed so far (at least 3 characters).',
      productLineId: 'Only solutions of this product line (the request\'s product).',
    },
    success: { status: 200, schema: SolutionSuggestionsSchema },
    errors: { 400: '`q` missing or shorter than 3 characters, or another invalid parameter.' },
  }),
  endpoint({
    operationId: 'getSolution', method: 'GET', path: '/v1/solutions/{id}', tag: 'Solutions',
    summary: 'One solution: its (untrusted) HTML body, the reader\'s vote, related solutions',
    pathDocs: { id: 'Solution id.' },
    success: { status: 200, schema: SolutionSchema },
    errors: { 404: 'Unknown solution, or a ticket whose product no longer shares it (or no longer solved).' },
  }),
  endpoint({
    operationId: 'voteSolution', method: 'POST', path: '/v1/solutions/{id}/votes', tag: 'Solutions',
    summary: 'Say whether a solution helped (a later vote by the same user replaces the earlier one)',
    pathDocs: { id: 'Solution id.' },
    body: SolutionVoteBodySchema,
    success: { status: 200, schema: SolutionVoteResultSchema },
    errors: { 404: 'Unknown solution, or a ticket no longer shared.' },
  }),

  // Live updates
  endpoint({
    operationId: 'getLiveEvents', method: 'GET', path: '/v1/events', tag: 'Live updates',
    summary: 'What changed elsewhere: the server event stream, or its long-poll fallback',
    description: 'Thin events naming what changed (an agent\'s reply, an order decided by a colleague, a licence redistributed): '
      + 'widgets refetch it. Only events of organizations the user belongs to, and only what the user\'s role may see '
      + '(licensing events: admins). `causedBy.idempotencyKey` is there when the change came from a request carrying that key.\n\n'
      + '**Stream** — `Accept: text/event-stream` (and `Last-Event-ID` when resuming): `200 text/event-stream`, '
      + '`Cache-Control: no-cache, no-transform`. First `retry: 5000` and `event: stream.open` (`StreamOpen`), then every event '
      + 'after `Last-Event-ID` (none without it: from now on), then live ones, each with `id:` = its cursor, `event:` = its type, '
      + '`data:` = `LiveEvent`; a comment line (`: hb`) every `heartbeatSeconds`. A `Last-Event-ID` older than what the server '
      + 'keeps gets `event: stream.reset` (refetch everything shown). 401 on connect or mid-stream end: refresh the token and '
      + 'reconnect with `Last-Event-ID`.\n\n'
      + '**Long poll** — `Accept: application/json`, for backends or proxies that cannot stream: the events after `cursor` '
      + '(`LiveEventsPage`), held open up to `wait` seconds (≤ 25) until one arrives; ask again from the returned `cursor`.',
    query: LiveEventsQuerySchema,
    queryDocs: {
      cursor: 'Long poll: the `cursor` of the previous answer (or of `stream.open`); absent: from now on.',
      wait: 'Long poll: seconds the server may hold the request while nothing happened, 0–25 (default 0: answer at once).',
    },
    success: { status: 200, schema: LiveEventsPageSchema },
    eventStream: { open: StreamOpenSchema, data: LiveEventSchema },
    errors: {
      400: 'Malformed `cursor`, or `wait` not an integer 0–25.',
      410: { description: 'Long poll: the cursor is older than what the server keeps — same as `stream.reset`: refetch what is shown, continue from a fresh cursor.', slugs: ['cursor-expired'] },
    },
  }),
];

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The endpoint a request goes to, with its path params (`/v1` included in `pathname`). A fixed
 * segment wins over an `{id}` in the same place: `/v1/tickets/report` is not a ticket id.
 */
export function matchEndpoint(method: string, pathname: string): { endpoint: EndpointSpec; params: Record<string, string> } | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/');
  let best: { endpoint: EndpointSpec; params: Record<string, string>; fixed: number } | undefined;
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toUpperCase()) continue;
    const template = endpoint.path.split('/');
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let fixed = 0;
    const matches = template.every((part, i) => {
      const segment = segments[i] ?? '';
      const param = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!param) {
        if (part !== segment) return false;
        fixed += 1;
        return true;
      }
      if (!segment) return false;
      params[param] = safeDecode(segment);
      return true;
    });
    if (matches && (!best || fixed > best.fixed)) best = { endpoint, params, fixed };
  }
  return best && { endpoint: best.endpoint, params: best.params };
}

/** Tags in display order, with what each groups. */
export const tags: { name: string; description: string }[] = [
  { name: 'Session', description: 'The signed-in user.' },
  { name: 'Contacts', description: 'Administração de contatos (admin only).' },
  { name: 'Products', description: 'Meus produtos.' },
  { name: 'Tickets', description: 'Minhas solicitações / Gerenciar solicitações (Zendesk requests), uploads, archives.' },
  { name: 'Company', description: 'Dados cadastrais.' },
  { name: 'Licensing', description: 'Gestão de licenças (admin only; EULA first).' },
  { name: 'Service orders', description: 'Aprovar OS.' },
  { name: 'Dashboard', description: 'Dashboard do cliente.' },
  { name: 'LGPD', description: 'Consultar Termo LGPD.' },
  { name: 'Maturity index', description: 'Índice de Maturidade (IMG).' },
  { name: 'Solutions', description: 'Busca compartilhada de soluções: knowledge-base articles and shared solved tickets.' },
  { name: 'Live updates', description: 'Server events: one stream per page (or its long poll) naming what changed elsewhere.' },
];

// ---- named schemas (OpenAPI components) ----------------------------------------------------------

/**
 * Exported schemas that stay inline where used (plain constrained primitives, and query objects,
 * which OpenAPI spells as parameters).
 */
const INLINE_SCHEMAS = new Set([
  'Id', 'Int', 'Ratio', 'Percent', 'Name', 'RequiredText', 'Email', 'Phone', 'Sort', 'TimeOfDay', 'TimeZone',
]);

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/**
 * Component name → schema, for every `XSchema` exported by the schema modules (name `X`),
 * sorted by name. Everything the endpoints reference by identity is emitted as a `$ref`.
 */
export const components: Record<string, z.ZodMiniType> = Object.fromEntries(
  Object.entries(schemas as Record<string, unknown>)
    .flatMap(([key, value]) => (key.endsWith('Schema') && isSchema(value) ? [[key.slice(0, -'Schema'.length), value] as const] : []))
    .filter(([name]) => !INLINE_SCHEMAS.has(name) && !name.endsWith('Query'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);

/** Descriptions of components, where the name alone does not say enough. */
export const componentDescriptions: Record<string, string> = {
  Timestamp: 'ISO-8601 (RFC 3339) date-time with a mandatory offset, e.g. `2026-03-14T10:20:00-03:00` or `…Z`.',
  DateOnly: 'Calendar date `YYYY-MM-DD`.',
  Money: 'Money: `amount` is a decimal string (never a number), `currency` an ISO 4217 code.',
  Problem: 'RFC 9457 problem details. `type` is a URI whose last segment is a stable slug (`…/last-admin`); 400/422 carry `errors` per body field (`path` is dotted: `allocations.0.quantity`).',
  Person: 'A person shown next to tickets, decisions and acceptances.',
  Acceptance: 'Who accepted which version of a term, and when.',
  ContactImportBody: 'Up to 1000 rows; only their shape is checked for the whole batch, each row is validated on its own (see ContactImportRow) and fails alone.',
  DecisionBody: 'Rejecting needs `reason`, 10–2000 characters.',
  BulkDecisionBody: 'Rejecting needs `reason`, 10–2000 characters.',
  Eula: '`contentHtml` is UNTRUSTED: sanitize before rendering.',
  LgpdTerm: '`contentHtml` is UNTRUSTED: sanitize before rendering.',
  Solution: '`bodyHtml` is UNTRUSTED: sanitize before rendering. A solved ticket shared in the search carries no requester, e-mail or organization.',
  LicensingMessage: '`bodyHtml` is UNTRUSTED: sanitize before rendering.',
  Comment: '`body` is plain text (render as text); `htmlBody` is UNTRUSTED agent rich text: sanitize before rendering.',
  Ticket: 'A TicketSummary plus its conversation. Archived tickets have every permission false.',
};
