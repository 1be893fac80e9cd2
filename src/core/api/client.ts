import { ApiError, type FieldError } from '../errors.js';

/** Anything with zod's `safeParse` (zod/mini schemas included). */
export interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

export type QueryValue = string | number | boolean | undefined | null | ReadonlyArray<string | number>;
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiRequest<T> {
  method?: HttpMethod;
  /** path after `{apiBase}/v1`, starting with `/` */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** validates a JSON response; absent for 204 answers */
  schema?: Schema<T>;
  /** `text` for CSV and other non-JSON answers */
  responseType?: 'json' | 'text';
  /** required by the contract on POSTs (except uploads and read-marks) */
  idempotencyKey?: string;
  /** the ETag the editor loaded (If-Match) */
  ifMatch?: string;
  signal?: AbortSignal;
  /** a failure is the caller's alone: no `me-error` (the live updates' long poll) */
  quiet?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag?: string;
  headers: Headers;
}

export interface ApiClientConfig {
  /** `api-base` of the portal; may be relative (`/api`) */
  apiBase: string;
  token?: string;
  /** asked when there is no token yet and once on 401 */
  tokenProvider?: () => Promise<string>;
  locale: string;
  /** ms without an answer before a request fails as a timeout */
  timeoutMs: number;
}

export interface ApiClientHooks {
  /** 401 after the allowed refresh: the portal emits `me-session-expired` */
  onSessionExpired?: (error: ApiError) => void;
  /** every failure that reaches a caller (not cancellations): the portal emits `me-error` */
  onError?: (error: ApiError) => void;
  /** a provider handed out a new token */
  onToken?: (token: string) => void;
  /** injectable for tests: waits between GET retries */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_GET_RETRIES = 3;
const RETRY_BASE_MS = 500;
const RETRY_AFTER_CAP_MS = 30_000;

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(signal?.reason); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` as seconds or an HTTP date, capped at 30 s; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function schemaError<T>(schema: Schema<T>, data: unknown, method: string, url: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  throw new ApiError({
    kind: 'schema',
    message: `Unexpected response from ${method} ${url}: ${path || '(root)'}: ${issue?.message ?? 'invalid'}`,
    schemaPath: path || '(root)',
    detail: issue?.message,
    method,
    url,
  });
}

function problemFrom(status: number, body: unknown, method: string, url: string, statusText: string): ApiError {
  const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(problem.errors)
    ? (problem.errors as unknown[]).flatMap((e): FieldError[] => {
        const item = e as Record<string, unknown> | null;
        return item && typeof item.path === 'string' && typeof item.message === 'string'
          ? [{ path: item.path, message: item.message }]
          : [];
      })
    : [];
  // without a problem body, the title stays `HTTP <status>`: the reason phrase ("Internal Server
  // Error") is protocol English, so the UI says it in the user's language instead (describeError)
  const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
  return new ApiError({
    kind: status === 401 ? 'session-expired' : 'http',
    status,
    type: typeof problem.type === 'string' ? problem.type : undefined,
    title,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    fieldErrors: errors,
    message: `${method} ${url} → ${status} ${typeof problem.title === 'string' ? title : statusText}`.trimEnd(),
    method,
    url,
  });
}

/**
 * The HTTP client every widget uses through the portal context. It implements the transport
 * rules of API.md: base URL, bearer token (static or provider, one shared refresh on 401),
 * Accept-Language, timeouts, GET retries with backoff/Retry-After, idempotency keys and
 * If-Match on mutations, problem+json → {@link ApiError}, zod validation at the boundary.
 */
export class ApiClient {
  #config: ApiClientConfig;
  readonly #hooks: ApiClientHooks;
  #refreshing: Promise<string> | undefined;
  /** the Idempotency-Keys this page sent, newest last (bounded): live updates skip their own echo */
  readonly #sentKeys = new Set<string>();

  constructor(config: ApiClientConfig, hooks: ApiClientHooks = {}) {
    this.#config = { ...config };
    this.#hooks = hooks;
  }

  get config(): Readonly<ApiClientConfig> {
    return this.#config;
  }

  /** Changes take effect for the next requests. */
  configure(patch: Partial<ApiClientConfig>): void {
    this.#config = { ...this.#config, ...patch };
  }

  url(path: string, query?: Record<string, QueryValue>): string {
    return `${this.#config.apiBase.replace(/\/+$/, '')}/v1${path}${buildQuery(query)}`;
  }

  get<T>(path: string, schema: Schema<T>, options: Omit<ApiRequest<T>, 'path' | 'schema' | 'method'> = {}) {
    return this.request({ ...options, method: 'GET', path, schema });
  }

  async request<T>(req: ApiRequest<T>): Promise<ApiResponse<T>> {
    try {
      return await this.#send(req);
    } catch (error) {
      throw req.quiet ? error : this.report(error);
    }
  }

  async #send<T>(req: ApiRequest<T>): Promise<ApiResponse<T>> {
    const method = req.method ?? 'GET';
    const url = this.url(req.path, req.query);
    let token = await this.#currentToken(req.signal);
    let refreshed = false;
    let retries = 0;
    for (;;) {
      let response: Response;
      try {
        response = await this.#fetchOnce(method, url, req, token);
      } catch (error) {
        const apiError = error as ApiError;
        if (method === 'GET' && apiError.kind !== 'aborted' && retries < MAX_GET_RETRIES) {
          await this.#backoff(retries++, undefined, req.signal);
          continue;
        }
        throw apiError;
      }
      if (response.status === 401 && !refreshed && this.#config.tokenProvider) {
        refreshed = true;
        token = await this.#refreshToken(token, req.signal);
        continue; // same request, same Idempotency-Key
      }
      if (method === 'GET' && RETRYABLE_STATUS.has(response.status) && retries < MAX_GET_RETRIES) {
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
        await response.body?.cancel().catch(() => undefined);
        await this.#backoff(retries++, retryAfter, req.signal);
        continue;
      }
      return this.#read(response, req, method, url);
    }
  }

  async #fetchOnce<T>(method: string, url: string, req: ApiRequest<T>, token: string | undefined): Promise<Response> {
    const headers = new Headers({ Accept: req.responseType === 'text' ? 'text/csv, text/plain, */*' : 'application/json', 'Accept-Language': this.#config.locale });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (req.body !== undefined) headers.set('Content-Type', 'application/json; charset=utf-8');
    if (req.idempotencyKey) {
      headers.set('Idempotency-Key', req.idempotencyKey);
      this.#sentKeys.delete(req.idempotencyKey);
      this.#sentKeys.add(req.idempotencyKey);
      if (this.#sentKeys.size > 500) this.#sentKeys.delete(this.#sentKeys.values().next().value!);
    }
    if (req.ifMatch) headers.set('If-Match', req.ifMatch);
    const timeout = AbortSignal.timeout(this.#config.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    try {
      return await fetch(url, {
        method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal,
        credentials: 'same-origin',
      });
    } catch (cause) {
      if (req.signal?.aborted) throw new ApiError({ kind: 'aborted', message: `${method} ${url} cancelled`, method, url, cause });
      if (timeout.aborted) {
        throw new ApiError({ kind: 'timeout', message: `${method} ${url}: no answer in ${this.#config.timeoutMs} ms`, method, url, cause });
      }
      throw new ApiError({ kind: 'network', message: `${method} ${url}: ${String(cause)}`, method, url, cause });
    }
  }

  async #read<T>(response: Response, req: ApiRequest<T>, method: string, url: string): Promise<ApiResponse<T>> {
    const etag = response.headers.get('ETag') ?? undefined;
    if (!response.ok) {
      const body = await response.text().catch(() => '');
      let parsed: unknown;
      try { parsed = body ? JSON.parse(body) : undefined; } catch { parsed = undefined; }
      const error = problemFrom(response.status, parsed, method, url, response.statusText);
      if (response.status === 401) this.#hooks.onSessionExpired?.(error);
      throw error;
    }
    if (req.responseType === 'text') {
      return { data: (await response.text()) as T, status: response.status, etag, headers: response.headers };
    }
    if (response.status === 204 || !req.schema) {
      await response.body?.cancel().catch(() => undefined);
      return { data: undefined as T, status: response.status, etag, headers: response.headers };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch (cause) {
      throw new ApiError({ kind: 'schema', message: `${method} ${url}: response is not valid JSON`, schemaPath: '(root)', detail: 'invalid JSON', method, url, cause });
    }
    return { data: schemaError(req.schema, json, method, url), status: response.status, etag, headers: response.headers };
  }

  async #backoff(attempt: number, retryAfterMs: number | undefined, signal?: AbortSignal): Promise<void> {
    const random = this.#hooks.random ?? Math.random;
    const delay = retryAfterMs ?? RETRY_BASE_MS * 2 ** attempt * (0.75 + random() * 0.5);
    try {
      await (this.#hooks.sleep ?? abortableSleep)(delay, signal);
    } catch (cause) {
      throw new ApiError({ kind: 'aborted', message: 'cancelled while waiting to retry', cause });
    }
  }

  async #currentToken(signal?: AbortSignal): Promise<string | undefined> {
    if (this.#config.token) return this.#config.token;
    if (this.#config.tokenProvider) return this.#refreshToken(undefined, signal);
    return undefined;
  }

  /** One refresh shared by every request waiting on it, however many widgets. */
  #refreshToken(staleToken: string | undefined, signal?: AbortSignal): Promise<string> {
    if (this.#config.token && this.#config.token !== staleToken) return Promise.resolve(this.#config.token);
    const provider = this.#config.tokenProvider;
    if (!provider) return Promise.resolve(this.#config.token ?? '');
    this.#refreshing ??= (async () => {
      try {
        const token = await provider();
        this.#config = { ...this.#config, token };
        this.#hooks.onToken?.(token);
        return token;
      } catch (cause) {
        const error = new ApiError({ kind: 'session-expired', status: 401, message: 'the token provider failed', cause });
        this.#hooks.onSessionExpired?.(error);
        throw error;
      } finally {
        this.#refreshing = undefined;
      }
    })();
    const pending = this.#refreshing;
    if (!signal) return pending;
    return Promise.race([
      pending,
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new ApiError({ kind: 'aborted', message: 'cancelled' })), { once: true })),
    ]);
  }

  /** Whether a request of this page carried Idempotency-Key `key` (among the last 500 sent). */
  sentIdempotencyKey(key: string): boolean {
    return this.#sentKeys.has(key);
  }

  /** @internal for {@link uploadFile}: the token to send now (asks the provider when there is none). */
  authToken(signal?: AbortSignal): Promise<string | undefined> {
    return this.#currentToken(signal);
  }

  /** @internal for {@link uploadFile}: one shared refresh after a 401. */
  renewToken(staleToken: string | undefined, signal?: AbortSignal): Promise<string> {
    return this.#refreshToken(staleToken, signal);
  }

  /** @internal for {@link uploadFile}: problem+json, session expiry and schema rules on a response. */
  readResponse<T>(response: Response, req: ApiRequest<T>, method: string, url: string): Promise<ApiResponse<T>> {
    return this.#read(response, req, method, url);
  }

  /** @internal for {@link uploadFile}: reports a failure the way every request does. */
  report(error: unknown): ApiError {
    const apiError = error instanceof ApiError ? error : new ApiError({ kind: 'network', message: String(error), cause: error });
    if (apiError.kind !== 'aborted') this.#hooks.onError?.(apiError);
    return apiError;
  }
}
