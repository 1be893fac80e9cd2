/// <reference types="node" />
/**
 * Generates docs/openapi.json (OpenAPI 3.1) from the endpoint registry and the zod schemas.
 *
 *   npx tsx scripts/openapi.ts          write docs/openapi.json
 *   npx tsx scripts/openapi.ts --check  exit 1 when docs/openapi.json is not what it would write
 *
 * Components are the named schemas of `components` (src/core/schemas/endpoints.ts), converted with
 * zod's `toJSONSchema` (JSON Schema 2020-12, OpenAPI 3.1's dialect) and referenced by `$ref`.
 * Output is deterministic: the same sources give byte-identical JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  componentDescriptions, components, endpoints, tags,
  type EndpointSpec, type ErrorSpec, type ParamSpec, type RequestHeaderSpec, type ResponseHeaderSpec,
} from '../src/core/schemas/endpoints.js';
import { LanguageSchema } from '../src/core/schemas/session.js';

type Json = Record<string, unknown>;

const OUTPUT = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const SCHEMA_REF = '#/components/schemas/';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 409: 'Conflict', 410: 'Gone', 412: 'Precondition Failed', 413: 'Content Too Large',
  422: 'Unprocessable Content', 428: 'Precondition Required',
};

/**
 * What zod refinements check but JSON Schema cannot learn from them: added to the component so
 * the document tells the whole rule.
 */
const REFINEMENTS: Record<string, Json> = {
  DecisionBody: rejectNeedsReason(),
  BulkDecisionBody: rejectNeedsReason(),
};

function rejectNeedsReason(): Json {
  return {
    if: { properties: { decision: { const: 'reject' } }, required: ['decision'] },
    then: { properties: { reason: { minLength: 10 } }, required: ['reason'] },
  };
}

// ---- schemas -------------------------------------------------------------------------------------

/** Drops what zod adds that only adds noise here (safe-integer bounds of `z.int()`). */
function override({ jsonSchema }: { jsonSchema: Json }): void {
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
}

class SchemaConverter {
  readonly registry = z.registry<{ id: string; description?: string }>();
  readonly #names = new Map<z.ZodMiniType, string>();
  readonly #options = {
    metadata: this.registry,
    target: 'draft-2020-12',
    // no transforms in the schemas: input = output, and input keeps objects open (unknown fields
    // are ignored, as the contract says) instead of `additionalProperties: false`
    io: 'input',
    unrepresentable: 'throw',
    override: override as (ctx: { jsonSchema: object }) => void,
  } as const;

  constructor(named: Record<string, z.ZodMiniType>) {
    for (const [name, schema] of Object.entries(named)) {
      const other = this.#names.get(schema);
      if (other) throw new Error(`components ${other} and ${name} are the same schema object: export one of them`);
      this.#names.set(schema, name);
      const description = componentDescriptions[name];
      this.registry.add(schema, { id: name, ...(description ? { description } : {}) });
    }
  }

  /** `components.schemas`, sorted by name. */
  components(): Record<string, Json> {
    const { schemas } = z.toJSONSchema(this.registry, { ...this.#options, uri: (id) => SCHEMA_REF + id });
    if ('__shared' in schemas) throw new Error('unnamed recursive schemas: name them in components');
    const out: Record<string, Json> = {};
    for (const name of Object.keys(schemas).sort()) {
      const { $schema: _s, $id: _i, ...rest } = schemas[name] as Json;
      out[name] = { ...rest, ...REFINEMENTS[name] };
    }
    return out;
  }

  /** A `$ref` for a named schema, else the schema inline (named ones inside it as `$ref`s). */
  ref(schema: z.ZodMiniType): Json {
    const name = this.#names.get(schema);
    if (name) return { $ref: SCHEMA_REF + name };
    const { $schema: _s, $defs, ...rest } = z.toJSONSchema(schema, this.#options) as Json;
    const named = new Set(this.#names.values());
    for (const id of Object.keys(($defs as Json | undefined) ?? {})) {
      if (!named.has(id)) throw new Error(`an inline schema needs an unnamed $def ${id}: name it in components`);
    }
    return JSON.parse(JSON.stringify(rest).replaceAll('"#/$defs/', `"${SCHEMA_REF}`)) as Json;
  }
}

// ---- operations ----------------------------------------------------------------------------------

function parameter(param: ParamSpec, where: 'path' | 'query', schemas: SchemaConverter): Json {
  const schema = schemas.ref(param.schema);
  return {
    name: param.name,
    in: where,
    ...(param.description ? { description: param.description } : {}),
    required: param.required,
    ...(param.repeatable
      ? { schema: { type: 'array', items: schema }, style: 'form', explode: true }
      : { schema }),
  };
}

const HEADER_PARAMETER: Record<RequestHeaderSpec['name'], string> = {
  'Idempotency-Key': 'IdempotencyKey',
  'If-Match': 'IfMatch',
  'Last-Event-ID': 'LastEventId',
};
const RESPONSE_HEADER: Record<ResponseHeaderSpec['name'], string> = {
  ETag: 'ETag',
  'Content-Disposition': 'ContentDisposition',
};

function errorResponse(error: ErrorSpec): Json {
  if (error.status === 401) return { $ref: '#/components/responses/Unauthorized' };
  const notes = [error.description];
  if (error.fieldErrors) notes.push('The problem carries `errors`, one per invalid field.');
  if (error.slugs?.length) notes.push(`Problem type slugs: ${error.slugs.map((slug) => `\`${slug}\``).join(', ')}.`);
  return {
    description: `${STATUS_TEXT[error.status]}. ${notes.join(' ')}`,
    content: { 'application/problem+json': { schema: { $ref: `${SCHEMA_REF}Problem` } } },
    ...(error.slugs?.length ? { 'x-problem-slugs': error.slugs } : {}),
  };
}

function operation(spec: EndpointSpec, schemas: SchemaConverter): Json {
  const parameters: Json[] = [
    ...spec.pathParams.map((param) => parameter(param, 'path', schemas)),
    ...spec.query.map((param) => parameter(param, 'query', schemas)),
    { $ref: '#/components/parameters/AcceptLanguage' },
    ...spec.requestHeaders.map((header) => ({ $ref: `#/components/parameters/${HEADER_PARAMETER[header.name]}` })),
  ];

  const { success } = spec;
  const headers = success.headers.length
    ? { headers: Object.fromEntries(success.headers.map((h) => [h.name, { $ref: `#/components/headers/${RESPONSE_HEADER[h.name]}` }])) }
    : {};
  const content = success.contentType === 'application/json'
    ? { content: { 'application/json': { schema: schemas.ref(success.schema) }, ...(success.eventStream ? { 'text/event-stream': eventStream(success.eventStream, schemas) } : {}) } }
    : success.contentType === 'text/csv'
      ? { content: { 'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM, one header row.' } } } }
      : {};
  const responses: Json = {
    [success.status]: { description: STATUS_TEXT[success.status], ...headers, ...content },
  };
  for (const error of spec.errors) responses[error.status] = errorResponse(error);
  responses.default = { $ref: '#/components/responses/Problem' };

  return {
    tags: spec.tags,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    operationId: spec.operationId,
    parameters,
    ...(spec.body
      ? { requestBody: { required: true, content: { [spec.body.contentType]: { schema: schemas.ref(spec.body.schema) } } } }
      : {}),
    responses,
  };
}

/**
 * A server event stream (OpenAPI 3.1 has no item schema for it: 3.2's `itemSchema`): a string,
 * with the `data` schemas of `stream.open` and of the events as `x-` extensions.
 */
function eventStream(spec: NonNullable<Extract<EndpointSpec['success'], { contentType: 'application/json' }>['eventStream']>, schemas: SchemaConverter): Json {
  return {
    schema: {
      type: 'string',
      description: 'Server-sent events (UTF-8): `retry: 5000`, `event: stream.open` (data `x-stream-open`), then messages with '
        + '`id:` (cursor), `event:` (type) and `data:` (`x-event-data`, one JSON line), and `: hb` comment lines as heartbeats.',
    },
    'x-stream-open': schemas.ref(spec.open),
    'x-event-data': schemas.ref(spec.data),
  };
}

const METHOD_ORDER = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

function paths(schemas: SchemaConverter): Json {
  const out: Record<string, Json> = {};
  for (const spec of endpoints) {
    if (!spec.path.startsWith('/v1/')) throw new Error(`${spec.operationId}: path must start with /v1/`);
    const path = spec.path.slice('/v1'.length);
    out[path] ??= {};
    out[path][spec.method.toLowerCase()] = operation(spec, schemas);
  }
  for (const path of Object.keys(out)) {
    const item = out[path] as Json;
    out[path] = Object.fromEntries(Object.entries(item)
      .sort(([a], [b]) => METHOD_ORDER.indexOf(a.toUpperCase()) - METHOD_ORDER.indexOf(b.toUpperCase())));
  }
  return out;
}

// ---- document ------------------------------------------------------------------------------------

const DESCRIPTION = `HTTP contract the Meu Espaço widgets speak (source: API.md; this document is generated from the
project's zod schemas by \`npm run openapi\`).

- **Auth**: \`Authorization: Bearer <token>\` on every request. 401: the client refreshes the token once and retries.
- **Language**: \`Accept-Language\` (pt-BR, en, es).
- **Data**: timestamps are ISO-8601 with offset, dates \`YYYY-MM-DD\`, money \`{ amount: "1234.50", currency: "BRL" }\`, ids opaque strings. Unknown fields are ignored; fields not in \`required\` may be absent (never null unless the schema says so).
- **Errors**: RFC 9457 \`application/problem+json\` (\`Problem\`); the last segment of \`type\` is a stable slug. 400/422 carry \`errors\` per body field.
- **Idempotency**: every POST except uploads and read-marks sends \`Idempotency-Key\`; a replay gets the original answer.
- **Concurrency**: single editable resources answer \`ETag\`; their PATCH/PUT need \`If-Match\` (428 without, 412 when stale).
- **Lists**: \`page\` (1-based), \`pageSize\` (1–500, default 50), \`sort\` (\`field\` / \`-field\`), \`q\`; answer \`{ items, page, pageSize, total }\`.
- **Retries**: GETs only, after network errors, 429, 502, 503, 504 (honouring \`Retry-After\`).
- **Batches**: partial-success endpoints answer 200 with per-item results.`;

export function buildOpenApi(): Json {
  const schemas = new SchemaConverter(components);
  const builtPaths = paths(schemas); // before components(): same converter, same registry
  return {
    openapi: '3.1.0',
    info: {
      title: 'Meu Espaço API',
      version: PACKAGE.version,
      description: DESCRIPTION,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{
      url: '{apiBase}/v1',
      description: 'Every path is under `{apiBase}/v1`; `apiBase` is the `api-base` attribute of `<me-portal>` and may be relative.',
      variables: { apiBase: { default: '/api', description: 'The `api-base` of `<me-portal>`, e.g. `/api` or `https://portal.example.com/api`.' } },
    }],
    security: [{ bearer: [] }],
    tags,
    paths: builtPaths,
    components: {
      schemas: schemas.components(),
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language', in: 'header', required: false,
          description: 'Locale of messages (problem titles, generated texts).',
          schema: schemas.ref(LanguageSchema),
        },
        IdempotencyKey: {
          name: 'Idempotency-Key', in: 'header', required: true,
          description: 'A UUID per user action, reused when the same action is retried. A replay gets the original answer; the same key with another body gets 422 `idempotency-key-reused`.',
          schema: { type: 'string', format: 'uuid' },
        },
        IfMatch: {
          name: 'If-Match', in: 'header', required: true,
          description: 'The `ETag` of the version being edited. Missing: 428; stale: 412.',
          schema: { type: 'string' },
        },
        LastEventId: {
          name: 'Last-Event-ID', in: 'header', required: false,
          description: 'Event stream only: the `id` (cursor) of the last event received, when resuming.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'Version of the resource, to send back in `If-Match`.', required: true, schema: { type: 'string' } },
        ContentDisposition: { description: '`attachment; filename="…"` for downloads.', schema: { type: 'string' } },
      },
      responses: {
        Unauthorized: {
          description: 'Unauthorized. Token missing or expired: the client refreshes it once and retries.',
          content: { 'application/problem+json': { schema: { $ref: `${SCHEMA_REF}Problem` } } },
        },
        Problem: {
          description: 'Any other error (429 and 5xx included), as a problem. 429/503 may carry `Retry-After`.',
          headers: { 'Retry-After': { description: 'Seconds or an HTTP date.', schema: { type: 'string' } } },
          content: { 'application/problem+json': { schema: { $ref: `${SCHEMA_REF}Problem` } } },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Token from the host (property or async provider of `<me-portal>`).' },
      },
    },
  };
}

export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}

function main(args: string[]): number {
  const text = renderOpenApi();
  if (args.includes('--check')) {
    let current: string | undefined;
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) {
      console.log('docs/openapi.json is up to date.');
      return 0;
    }
    console.error(current === undefined
      ? 'docs/openapi.json is missing: run `npm run openapi` and commit it.'
      : 'docs/openapi.json is out of date with src/core/schemas: run `npm run openapi` and commit the result.');
    return 1;
  }
  writeFileSync(OUTPUT, text);
  console.log(`wrote docs/openapi.json (${endpoints.length} operations, ${Object.keys(components).length} schemas)`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
