/**
 * Turns the domain route tables into MSW handlers: authentication, Idempotency-Key replay and
 * reuse detection, problem rendering, latency and fault injection.
 */
import { http, type HttpHandler } from 'msw';
import type { MockDb } from './db/index.js';
import type { UserRecord } from './db/types.js';
import { faultResponse, sleep, takeFault } from './faults.js';
import { ApiProblem, JSON_TYPE, canonicalJson, problem, readJson } from './http.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Ctx {
  request: Request;
  url: URL;
  params: Record<string, string>;
  db: MockDb;
  user: UserRecord;
  /** The API base as given (`/api`, `https://host/api`), for the signed links it hands out. */
  base: string;
  /** The JSON body (400 `malformed-body` when empty or invalid). */
  body(): Promise<unknown>;
}

export interface Route {
  method: Method;
  /** Path after `${base}/v1`, MSW syntax: `/tickets/:id`. */
  path: string;
  /** POSTs require an Idempotency-Key unless this is false (uploads, read-marks). */
  idempotent?: boolean;
  handle(ctx: Ctx): Response | Promise<Response>;
}

export interface RouterOptions {
  db: () => MockDb;
  base: string;
  latencyMs: number;
}

/** `/api` → `/api`; `https://x.dev/api/` → `/api` (the pathname fault matching strips). */
export function basePathname(base: string): string {
  const pathname = /^[a-z]+:\/\//i.test(base) ? new URL(base).pathname : base;
  return pathname.replace(/\/+$/, '');
}

export function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

function bearer(request: Request): string | undefined {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1]?.trim();
}

function unauthorized(detail: string): ApiProblem {
  return new ApiProblem(401, 'unauthorized', { detail, headers: { 'WWW-Authenticate': 'Bearer realm="meu-espaco"' } });
}

function toProblemResponse(error: unknown): Response {
  if (error instanceof ApiProblem) return error.toResponse();
  const detail = error instanceof Error ? error.message : String(error);
  return problem(500, 'internal-error', `Erro inesperado no mock: ${detail}`).toResponse();
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string') out[k] = decodeURIComponent(v);
    else if (Array.isArray(v)) out[k] = v.join('/');
  }
  return out;
}

async function runIdempotent(ctx: Ctx, route: Route): Promise<Response> {
  const key = ctx.request.headers.get('Idempotency-Key')?.trim();
  if (!key) {
    throw problem(400, 'idempotency-key-missing', 'Envie o cabeçalho Idempotency-Key (um UUID por ação do usuário).', [
      { path: 'Idempotency-Key', message: 'obrigatório' },
    ]);
  }
  const bodyText = await ctx.request.clone().text();
  const fingerprint = `${ctx.request.method} ${ctx.url.pathname}\n${canonicalJson(bodyText)}`;
  const storeKey = `${ctx.user.id} ${key}`;
  const stored = ctx.db.idempotency.get(storeKey);
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      throw problem(422, 'idempotency-key-reused', 'Esta Idempotency-Key já foi usada com outra requisição. Gere uma nova chave para uma nova ação.');
    }
    const headers = new Headers(stored.headers);
    headers.set('Idempotent-Replayed', 'true');
    return new Response(stored.status === 204 ? null : stored.body, { status: stored.status, headers });
  }
  let response: Response;
  try {
    response = await route.handle(ctx);
  } catch (error) {
    response = toProblemResponse(error);
  }
  // Only processed requests are remembered (success, or a conflict with the current state): a
  // request rejected before processing (400, 403, 404, 422…) may be corrected and sent again.
  if ((response.status >= 200 && response.status < 300) || response.status === 409) {
    const body = await response.clone().text();
    ctx.db.idempotency.set(storeKey, { fingerprint, status: response.status, headers: [...response.headers.entries()], body });
  }
  return response;
}

function wrap(route: Route, options: RouterOptions) {
  const idempotent = route.method === 'POST' && route.idempotent !== false;
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }): Promise<Response> => {
    try {
      const db = options.db();
      const user = db.userForToken(bearer(request));
      if (!user) {
        throw unauthorized(bearer(request) ? 'O token expirou. Obtenha um novo token e tente de novo.' : 'Envie Authorization: Bearer <token>.');
      }
      let bodyPromise: Promise<unknown> | undefined;
      const ctx: Ctx = {
        request,
        url: new URL(request.url),
        params: stringParams(params),
        db,
        user,
        base: trimBase(options.base),
        body: () => (bodyPromise ??= readJson(request)),
      };
      return idempotent ? await runIdempotent(ctx, route) : await route.handle(ctx);
    } catch (error) {
      return toProblemResponse(error);
    }
  };
}

const factories = {
  GET: http.get,
  POST: http.post,
  PUT: http.put,
  PATCH: http.patch,
  DELETE: http.delete,
} as const;

/** The MSW handlers for the route tables, with the leading fault/latency handler and a 404 tail. */
export function buildHandlers(routes: Route[], options: RouterOptions, extra: HttpHandler[] = []): HttpHandler[] {
  const prefix = `${trimBase(options.base)}/v1`;
  const basePath = basePathname(options.base);
  const leading = http.all(`${trimBase(options.base)}/*`, async ({ request }) => {
    const { pathname, searchParams } = new URL(request.url);
    const afterBase = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
    const afterV1 = afterBase.startsWith('/v1/') || afterBase === '/v1' ? afterBase.slice(3) : afterBase;
    const fault = takeFault(request.method, [afterBase, afterV1, pathname], searchParams);
    const delayMs = (options.latencyMs || 0) + (fault?.delayMs ?? 0);
    if (delayMs > 0) await sleep(delayMs);
    if (fault) return faultResponse(fault);
    return undefined;
  });
  const tail = http.all(`${prefix}/*`, ({ request }) => {
    const path = new URL(request.url).pathname;
    return problem(404, 'not-found', `Nenhum endpoint ${request.method} ${path}.`).toResponse();
  });
  return [
    leading,
    ...routes.map((route) => factories[route.method](`${prefix}${route.path}`, wrap(route, options))),
    ...extra,
    tail,
  ];
}

export { JSON_TYPE };
