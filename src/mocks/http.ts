/**
 * Transport helpers of the mock API: problems (RFC 9457), JSON responses, ETag / If-Match,
 * query parsing, paging and sorting, body validation against the contract's zod schemas.
 */
import type { FieldError, ListEnvelope, Problem } from '../core/schemas/index.js';
import { hashString } from './db/random.js';

export const PROBLEM_BASE = 'https://api.meu-espaco.dev/problems/';
export const JSON_TYPE = 'application/json; charset=utf-8';
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Stable problem slugs (the last segment of `type`) and their default titles (pt-BR). */
export const PROBLEM_TITLES = {
  'unauthorized': 'Sessão expirada ou ausente',
  'not-a-member': 'Você não faz parte desta organização',
  'admin-only': 'Apenas administradores da organização podem fazer isso',
  'permission-denied': 'Você não tem permissão para esta ação',
  'not-found': 'Recurso não encontrado',
  'invalid-query': 'Parâmetros de consulta inválidos',
  'malformed-body': 'Corpo da requisição inválido',
  'idempotency-key-missing': 'Cabeçalho Idempotency-Key ausente',
  'idempotency-key-reused': 'Idempotency-Key já usada com outro conteúdo',
  'validation-failed': 'Há campos inválidos',
  'precondition-required': 'Cabeçalho If-Match ausente',
  'precondition-failed': 'O registro foi alterado por outra pessoa',
  'payload-too-large': 'Arquivo maior que 25 MB',
  'duplicate-email': 'Já existe um contato com este e-mail',
  'last-admin': 'A organização precisa de ao menos um administrador ativo',
  'product-in-use': 'Há solicitações abertas usando este produto',
  'ticket-closed': 'A solicitação está encerrada',
  'ticket-already-solved': 'A solicitação já está resolvida',
  'ticket-not-solved': 'A solicitação ainda não foi resolvida',
  'ticket-archived': 'Solicitações arquivadas são somente leitura',
  'eula-not-accepted': 'O contrato de licença (EULA) ainda não foi aceito',
  'license-not-active': 'A licença não está ativa',
  'allocation-exceeds-contracted': 'A distribuição excede a quantidade contratada',
  'installation-blocked': 'A instalação está bloqueada',
  'already-decided': 'Esta OS já foi decidida',
  'version-not-current': 'Esta não é a versão vigente do termo',
  'method-not-allowed': 'Método não suportado',
  'too-many-requests': 'Muitas requisições',
  'internal-error': 'Erro interno do servidor',
  'bad-gateway': 'Falha no gateway',
  'service-unavailable': 'Serviço indisponível',
  'gateway-timeout': 'Tempo de resposta do gateway esgotado',
} as const;

export type ProblemSlug = keyof typeof PROBLEM_TITLES;

/** Slug used for a bare status (injected faults, unknown failures). */
export function slugForStatus(status: number): string {
  const byStatus: Record<number, ProblemSlug> = {
    400: 'invalid-query', 401: 'unauthorized', 403: 'permission-denied', 404: 'not-found', 405: 'method-not-allowed',
    409: 'already-decided', 412: 'precondition-failed', 413: 'payload-too-large', 422: 'validation-failed',
    428: 'precondition-required', 429: 'too-many-requests', 500: 'internal-error', 502: 'bad-gateway',
    503: 'service-unavailable', 504: 'gateway-timeout',
  };
  return byStatus[status] ?? (status >= 500 ? 'internal-error' : `http-${status}`);
}

/** A problem thrown by handler code; the router turns it into the response. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, slug: string, options: { title?: string; detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(options.detail ?? slug);
    this.status = status;
    this.slug = slug;
    this.title = options.title ?? (PROBLEM_TITLES as Record<string, string>)[slug] ?? slug;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  toJSON(): Problem {
    const p: Problem = { type: PROBLEM_BASE + this.slug, title: this.title, status: this.status };
    if (this.detail !== undefined) p.detail = this.detail;
    if (this.errors !== undefined) p.errors = this.errors;
    return p;
  }

  toResponse(): Response {
    return new Response(JSON.stringify(this.toJSON()), {
      status: this.status,
      headers: { 'Content-Type': PROBLEM_TYPE, ...this.headers },
    });
  }
}

export function problem(status: number, slug: ProblemSlug, detail?: string, errors?: FieldError[]): ApiProblem {
  return new ApiProblem(status, slug, { ...(detail !== undefined ? { detail } : {}), ...(errors ? { errors } : {}) });
}

export function notFound(what: string): ApiProblem {
  return problem(404, 'not-found', `${what} não existe ou não está mais disponível.`);
}

/** 422 with one field error per issue. */
export function validationFailed(errors: FieldError[], detail = 'Revise os campos indicados.', slug: ProblemSlug = 'validation-failed'): ApiProblem {
  return problem(422, slug, detail, errors);
}

// ---- responses ---------------------------------------------------------------------------------

export function json(data: unknown, init: { status?: number; headers?: Record<string, string>; etag?: boolean } = {}): Response {
  const headers: Record<string, string> = { 'Content-Type': JSON_TYPE, ...init.headers };
  if (init.etag) headers.ETag = etagOf(data);
  return new Response(JSON.stringify(data), { status: init.status ?? 200, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

// ---- ETag / If-Match ---------------------------------------------------------------------------

/** Strong ETag from the representation: any change of the resource changes it. */
export function etagOf(value: unknown): string {
  return `"${hashString(JSON.stringify(value))}"`;
}

/** 428 without If-Match; 412 when it does not match the current representation. */
export function checkIfMatch(request: Request, current: unknown): void {
  const header = request.headers.get('If-Match');
  if (header === null || header.trim() === '') {
    throw problem(428, 'precondition-required', 'Envie o cabeçalho If-Match com o ETag da versão que está sendo editada.');
  }
  if (header.trim() === '*') return;
  const tag = etagOf(current);
  const sent = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!sent.includes(tag)) {
    throw problem(412, 'precondition-failed', 'O registro foi alterado depois que você o abriu. Recarregue para ver a versão atual.');
  }
}

// ---- validation ----------------------------------------------------------------------------------

interface Issue {
  path: PropertyKey[];
  message: string;
}

export interface SafeParser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

export function issuesToErrors(issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Validates a JSON body with a contract schema: 422 with `errors` per dotted path. */
export function validate<T>(schema: SafeParser<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw validationFailed(issuesToErrors(result.error.issues));
  return result.data;
}

/** Reads a JSON body: 400 `malformed-body` for an empty or invalid one. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') throw problem(400, 'malformed-body', 'O corpo da requisição está vazio.', [{ path: '', message: 'JSON esperado' }]);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problem(400, 'malformed-body', 'O corpo da requisição não é um JSON válido.', [{ path: '', message: 'JSON inválido' }]);
  }
}

// ---- queries -------------------------------------------------------------------------------------

/**
 * Decodes URL query strings into the typed object a query schema expects (numbers for `page`,
 * `pageSize`; arrays for repeatable/comma-separated keys) and validates it: 400 with `errors`.
 */
export function parseQuery<T>(url: URL, schema: SafeParser<T>, options: { arrays?: string[]; numbers?: string[] } = {}): T {
  const arrays = new Set(options.arrays ?? []);
  const numbers = new Set(['page', 'pageSize', ...(options.numbers ?? [])]);
  const raw: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (arrays.has(key)) {
      raw[key] = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
    } else {
      const value = values[values.length - 1] ?? '';
      raw[key] = numbers.has(key) && /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
    }
  }
  const paging: FieldError[] = [];
  if (raw.page !== undefined && !(Number.isInteger(raw.page) && (raw.page as number) >= 1)) {
    paging.push({ path: 'page', message: 'Deve ser um número inteiro maior ou igual a 1' });
  }
  if (raw.pageSize !== undefined && !(Number.isInteger(raw.pageSize) && (raw.pageSize as number) >= 1 && (raw.pageSize as number) <= 500)) {
    paging.push({ path: 'pageSize', message: 'Deve ser um número inteiro entre 1 e 500' });
  }
  if (paging.length > 0) throw problem(400, 'invalid-query', 'Parâmetros de paginação inválidos.', paging);
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw problem(400, 'invalid-query', 'Parâmetros de consulta inválidos.', issuesToErrors(result.error.issues));
  }
  return result.data;
}

export interface PageQuery {
  page?: number | undefined;
  pageSize?: number | undefined;
}

export function paginate<T>(items: readonly T[], query: PageQuery): ListEnvelope<T> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, pageSize, total: items.length };
}

type SortKey = string | number | undefined;

/**
 * Sorts by `field` / `-field` among the allowed accessors (400 `invalid-query` on another field),
 * ties broken by the order of the input (stable).
 */
export function sortItems<T>(items: T[], sort: string | undefined, accessors: Record<string, (item: T) => SortKey>, fallback: string): T[] {
  const spec = sort && sort !== '' ? sort : fallback;
  const desc = spec.startsWith('-');
  const field = desc ? spec.slice(1) : spec;
  const get = accessors[field];
  if (!get) {
    throw problem(400, 'invalid-query', `Não é possível ordenar por "${field}".`, [
      { path: 'sort', message: `Use um destes campos: ${Object.keys(accessors).join(', ')} (com "-" para ordem decrescente).` },
    ]);
  }
  const keyed = items.map((item, index) => ({ item, index, key: get(item) }));
  keyed.sort((a, b) => {
    const c = compareKeys(a.key, b.key);
    return c !== 0 ? (desc ? -c : c) : a.index - b.index;
  });
  return keyed.map((k) => k.item);
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'pt-BR');
}

/** Case- and accent-insensitive "contains" over several fields. */
export function matchesText(q: string | undefined, ...fields: (string | undefined)[]): boolean {
  if (!q || q.trim() === '') return true;
  const needle = fold(q.trim());
  return fields.some((f) => f !== undefined && fold(f).includes(needle));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Canonical JSON (sorted keys) so a replay with reordered keys is the same body. */
export function canonicalJson(text: string): string {
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}
