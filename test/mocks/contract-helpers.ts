/**
 * Contract-test plumbing: every call goes through the real service worker with plain fetch, is
 * recorded as (method, path template, status), and is validated against the endpoint registry —
 * the success schema (and ETag / CSV / 204 rules) for the success status, ProblemSchema otherwise.
 */
import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { ProblemSchema, type Problem } from '../../src/core/schemas/index.js';
import { endpoints, type EndpointSpec } from '../../src/core/schemas/endpoints.js';
import { PROBLEM_BASE } from '../../src/mocks/index.js';

export const BASE = '/api';

export interface Recorded {
  method: string;
  path: string;
  status: number;
}

export const recorded: Recorded[] = [];

export interface CallOptions {
  params?: Record<string, string>;
  query?: string | Record<string, string | number | (string | number)[]>;
  /** Bearer token; null sends none. Default `demo-token`. */
  token?: string | null;
  /** JSON body (serialized) — or `raw` for anything else. */
  body?: unknown;
  raw?: BodyInit;
  /** Idempotency-Key: default a fresh UUID on POSTs that need one; null sends none. */
  key?: string | null;
  ifMatch?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON (undefined for CSV / 204). */
  json: unknown;
  endpoint: EndpointSpec;
}

function findEndpoint(method: string, path: string): EndpointSpec {
  const e = endpoints.find((x) => x.method === method && x.path === path);
  if (!e) throw new Error(`${method} ${path} is not in the endpoint registry`);
  return e;
}

function queryString(query: CallOptions['query']): string {
  if (query === undefined) return '';
  if (typeof query === 'string') return query.startsWith('?') ? query : `?${query}`;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    for (const item of Array.isArray(v) ? v : [v]) params.append(k, String(item));
  }
  return `?${params.toString()}`;
}

function describeIssues(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
}

/** Calls one endpoint of the registry (path template as in API.md: `/v1/tickets/{id}`). */
export async function call(method: EndpointSpec['method'], template: string, options: CallOptions = {}): Promise<CallResult> {
  const endpoint = findEndpoint(method, template);
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`missing path param ${name} for ${template}`);
    return encodeURIComponent(value);
  });
  const headers: Record<string, string> = { 'Accept-Language': 'pt-BR', ...options.headers };
  const token = options.token === undefined ? 'demo-token' : options.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const needsKey = endpoint.requestHeaders.some((h) => h.name === 'Idempotency-Key');
  const key = options.key === undefined ? (needsKey ? crypto.randomUUID() : null) : options.key;
  if (key !== null) headers['Idempotency-Key'] = key;
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  } else if (typeof options.raw === 'string') {
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${BASE}${path}${queryString(options.query)}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  recorded.push({ method, path: template, status: response.status });
  const result: CallResult = { status: response.status, headers: response.headers, text, json: undefined, endpoint };
  const contentType = response.headers.get('Content-Type') ?? '';
  const where = `${method} ${path} → ${response.status}`;
  if (response.status === endpoint.success.status) {
    const success = endpoint.success;
    if (success.contentType === 'application/json') {
      expect(contentType, where).to.equal('application/json; charset=utf-8');
      result.json = JSON.parse(text);
      const parsed = (success.schema as z.ZodMiniType).safeParse(result.json);
      if (!parsed.success) throw new Error(`${where}: response does not match the contract: ${describeIssues(parsed.error)}`);
      if (success.headers.some((h) => h.name === 'ETag' && h.required)) {
        expect(response.headers.get('ETag'), `${where}: ETag`).to.match(/^(W\/)?"[^"]+"$/);
      }
    } else if (success.contentType === 'text/csv') {
      expect(contentType, where).to.match(/^text\/csv/);
    } else {
      expect(text, `${where}: 204 has no body`).to.equal('');
    }
  } else if (response.status >= 400) {
    expect(contentType, where).to.match(/^application\/problem\+json/);
    result.json = JSON.parse(text);
    const parsed = ProblemSchema.safeParse(result.json);
    if (!parsed.success) throw new Error(`${where}: not a problem: ${describeIssues(parsed.error)}`);
    expect(parsed.data.status, `${where}: problem.status`).to.equal(response.status);
    expect(parsed.data.type.startsWith(PROBLEM_BASE), `${where}: problem.type`).to.equal(true);
  }
  return result;
}

/** Asserts the success status and returns the (already schema-validated) body. */
export function ok<T = unknown>(result: CallResult, status?: number): T {
  const expected = status ?? result.endpoint.success.status;
  expect(result.status, `${result.endpoint.method} ${result.endpoint.path}: ${result.text.slice(0, 300)}`).to.equal(expected);
  return result.json as T;
}

/** Asserts a problem with this status (and slug); 400/422 validation problems carry `errors`. */
export function fails(result: CallResult, status: number, slug?: string, options: { fieldErrors?: boolean } = {}): Problem {
  expect(result.status, `${result.endpoint.method} ${result.endpoint.path}: ${result.text.slice(0, 300)}`).to.equal(status);
  const p = result.json as Problem;
  if (slug) expect(p.type, 'problem type').to.equal(`${PROBLEM_BASE}${slug}`);
  if (options.fieldErrors ?? ((status === 400 || status === 422) && slug !== 'idempotency-key-reused')) {
    expect(p.errors?.length ?? 0, 'field errors').to.be.greaterThan(0);
  }
  return p;
}

/** The ETag of a successful answer (asserted present: an If-Match of `''` would test nothing). */
export function etagOf(result: CallResult): string {
  const etag = result.headers.get('ETag');
  expect(etag, `${result.endpoint.method} ${result.endpoint.path}: no ETag`).to.be.a('string').that.is.not.empty;
  return etag!;
}

/**
 * Asserts that `items` is not empty and that every item passes `check` (naming the first that does
 * not): an `every` over an empty list proves nothing.
 */
export function expectEvery<T>(items: readonly T[], what: string, check: (item: T) => boolean): void {
  expect(items.length, `${what}: the list is empty, so "every" would prove nothing`).to.be.greaterThan(0);
  const bad = items.findIndex((item) => !check(item));
  expect(bad, `${what}: item ${bad} fails: ${JSON.stringify(items[bad])?.slice(0, 300)}`).to.equal(-1);
}

/** The registry's (endpoint, status) pairs that no recorded call produced. */
export function missingCoverage(): string[] {
  const seen = new Set(recorded.map((r) => `${r.method} ${r.path} ${r.status}`));
  const missing: string[] = [];
  for (const e of endpoints) {
    for (const status of [e.success.status, ...e.errors.map((x) => x.status)]) {
      if (!seen.has(`${e.method} ${e.path} ${status}`)) missing.push(`${e.method} ${e.path} ${status}`);
    }
  }
  return missing;
}

export { endpoints };
