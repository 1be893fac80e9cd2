/**
 * Fault injection shared by every handler set: `injectFault()` makes the next N matching requests
 * fail (or slow down) as described; the leading catch-all handler of createHandlers consults it.
 */
import { PROBLEM_TYPE, PROBLEM_BASE, PROBLEM_TITLES, slugForStatus } from './http.js';

export interface FaultSpec {
  /** HTTP method to match (any when absent). */
  method?: string;
  /**
   * Path to match, without the query. A string matches the path after the API base
   * (`/v1/tickets/tkt-1`), the same without `/v1` (`/tickets/tkt-1`) or the full pathname
   * (`/api/v1/tickets/tkt-1`); `:name` matches one segment and `*` anything. A RegExp is tested
   * against those three forms.
   */
  path: string | RegExp;
  /**
   * Query parameters the request must carry, each with this value (others may be present):
   * `{ status: 'pending' }` fails the pending list but not the history's count of the same path.
   */
  query?: Record<string, string>;
  /**
   * Status to answer (problem+json body unless `body` is given). `0` = network error.
   * Absent with `body` → 200. Absent with only `delayMs` → the request is delayed, then served
   * normally. Absent with neither → 500.
   */
  status?: number;
  /** Delay before answering (or before serving normally): timeouts, spinners. */
  delayMs?: number;
  /** Raw body (a string is sent as is, e.g. invalid JSON; an object is JSON-encoded). */
  body?: string | object;
  /** Extra response headers (`Retry-After`, a different `Content-Type`…). */
  headers?: Record<string, string>;
  /** How many matching requests get the fault (default 1; `Infinity` for all). */
  times?: number;
}

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
  matcher: (candidates: string[]) => boolean;
}

let active: ActiveFault[] = [];

function compile(path: string | RegExp): (candidates: string[]) => boolean {
  if (path instanceof RegExp) {
    return (candidates) => candidates.some((c) => { path.lastIndex = 0; return path.test(c); });
  }
  const pattern = path.split('?')[0] ?? path;
  const source = pattern
    .split(/(:[A-Za-z_][A-Za-z0-9_]*|\*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${source.replace(/\/$/, '')}/?$`);
  return (candidates) => candidates.some((c) => re.test(c));
}

/** Makes the next `times` matching requests fail as described. Returns a function removing it. */
export function injectFault(spec: FaultSpec): () => void {
  const fault: ActiveFault = { spec, remaining: spec.times ?? 1, matcher: compile(spec.path) };
  active.push(fault);
  return () => {
    active = active.filter((f) => f !== fault);
  };
}

/** Removes every pending fault. */
export function clearFaults(): void {
  active = [];
}

/** Faults still waiting for a request (for debugging and tests). */
export function pendingFaults(): readonly FaultSpec[] {
  return active.map((f) => f.spec);
}

function queryMatches(wanted: Record<string, string> | undefined, search: URLSearchParams | undefined): boolean {
  if (!wanted) return true;
  return Object.entries(wanted).every(([name, value]) => search?.get(name) === value);
}

/** Takes (and counts) the first fault matching the request, if any. */
export function takeFault(method: string, candidates: string[], search?: URLSearchParams): FaultSpec | undefined {
  const fault = active.find((f) => (!f.spec.method || f.spec.method.toUpperCase() === method.toUpperCase())
    && f.matcher(candidates) && queryMatches(f.spec.query, search));
  if (!fault) return undefined;
  fault.remaining -= 1;
  if (fault.remaining <= 0) active = active.filter((f) => f !== fault);
  return fault.spec;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The response of a fault, or undefined when it only delays the request. */
export function faultResponse(spec: FaultSpec): Response | undefined {
  const onlyDelay = spec.status === undefined && spec.body === undefined && spec.delayMs !== undefined;
  if (onlyDelay) return undefined;
  if (spec.status === 0) return Response.error();
  const status = spec.status ?? (spec.body !== undefined ? 200 : 500);
  if (spec.body !== undefined) {
    const text = typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
    return new Response(status === 204 || status === 304 ? null : text, {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...spec.headers },
    });
  }
  if (status === 204 || status === 205 || status === 304) return new Response(null, { status, headers: { ...spec.headers } });
  const slug = slugForStatus(status);
  const title = (PROBLEM_TITLES as Record<string, string>)[slug] ?? `Erro ${status}`;
  return new Response(JSON.stringify({ type: PROBLEM_BASE + slug, title, status, detail: 'Falha simulada (injectFault).' }), {
    status,
    headers: { 'Content-Type': PROBLEM_TYPE, ...spec.headers },
  });
}
