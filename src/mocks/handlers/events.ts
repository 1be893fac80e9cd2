/**
 * Live updates — `GET /v1/events` (API.md "Live updates — server events"): the server event
 * stream (`Accept: text/event-stream`) and its long-poll fallback (`Accept: application/json`,
 * `?cursor=…&wait=…`), fed by the database's event log; plus the mock control (`live`) the demo,
 * stories and tests drive: an agent's reply, a colleague's decision, dropped or refused streams,
 * tokens expired mid-stream.
 *
 * The stream is a plain streaming `Response` rather than msw's `sse()`: `sse()`'s client can only
 * write `id`/`event`/`data`/`retry` fields — not the `: hb` comment lines API.md uses as the
 * heartbeat — and its `Cache-Control` is fixed to `no-cache` (API.md: `no-cache, no-transform`).
 * The matching rule is the same family (`text/event-stream` in `Accept` → the stream; anything else
 * → the long poll), and the route table in front answers 401/400 problems as every other endpoint.
 */
import { type LiveEvent, type LiveEventType, type LiveResource, LiveEventsQuerySchema, LIVE_EVENT_TYPES } from '../../core/schemas/events.js';
import type { MockDb } from '../db/index.js';
import { type LiveEventInput, type LiveEventRecord, parseCursor } from '../db/events.js';
import { iso } from '../db/time.js';
import type { CommentRecord, PersonRecord } from '../db/types.js';
import { ApiProblem, JSON_TYPE, json, parseQuery, problem } from '../http.js';
import type { Ctx, Route } from '../router.js';
import { personOf } from './ticket-view.js';

/** Event types only an organization's admins receive (the licensing endpoints are admin only). */
const ADMIN_ONLY_TYPES: ReadonlySet<LiveEventType> = new Set(['license.updated', 'installation.updated', 'licensing.message.created']);

export const DEFAULT_HEARTBEAT_SECONDS = 20;
export const DEFAULT_RETRY_MS = 5000;
/** Longest hold of a long poll (API.md: `wait` ≤ 25 s). */
export const MAX_WAIT_SECONDS = 25;

/** Can this user see this event (member of its organization; admin for licensing)? */
export function canSeeEvent(db: MockDb, userId: string, event: LiveEvent): boolean {
  if (event.organizationId === undefined) return true;
  const roles = db.rolesIn(userId, event.organizationId);
  if (!roles) return false;
  return !ADMIN_ONLY_TYPES.has(event.type) || roles.includes('admin');
}

/**
 * Appends the event of a successful mutation, `causedBy.idempotencyKey` = the request's
 * Idempotency-Key when it carried one (so the page that sent it can skip its own echo).
 */
export function emitEvent(ctx: Ctx, type: LiveEventInput['type'], resource: LiveResource, organizationId: string): LiveEventRecord {
  const key = ctx.request.headers.get('Idempotency-Key')?.trim();
  return ctx.db.emit({ type, resource, organizationId, ...(key ? { idempotencyKey: key } : {}) });
}

// ---- the hub: open streams, held long polls, the control ------------------------------------------

/** One request to `GET /v1/events` the mock answered (after authentication). */
export interface LiveConnection {
  kind: 'stream' | 'long-poll' | 'refused';
  userId: string;
  /** The `Last-Event-ID` header of a stream request (null without one). */
  lastEventId: string | null;
  /** Where it started: the stream's `stream.open` cursor, the long poll's `cursor` (query or head). */
  cursor: string;
  /** A stream that started with `stream.reset`, a long poll answered 410. */
  expired: boolean;
}

export type RefuseMode = 'html' | 'json' | 502;

export interface LiveConfig {
  /** Heartbeat comment interval announced in `stream.open` (applies to streams opened afterwards). Default 20. */
  heartbeatSeconds?: number;
  /** The `retry:` hint sent first on every stream. Default 5000. */
  retryMs?: number;
}

/** The mock control of live updates (`api.live`). */
export interface LiveControl {
  /**
   * An agent answers the ticket: a public agent comment is added, the ticket goes `pending`
   * (awaiting the customer) and `ticket.comment.created` is appended. Throws for an unknown,
   * archived or closed ticket.
   */
  agentReply(ticketId: string, text?: string): LiveEventRecord;
  /**
   * A colleague decided a pending service order elsewhere: it leaves pending with `decision.by`
   * that colleague (default: another admin of its organization than Ana) and
   * `service-order.decided` is appended. Throws for an unknown or already decided order.
   */
  decideElsewhere(orderId: string, decision: 'approve' | 'reject', byUserId?: string): LiveEventRecord;
  /** Appends any event (nothing else changes in the database). */
  emit(type: LiveEventInput['type'], resource?: LiveResource, organizationId?: string, options?: { idempotencyKey?: string }): LiveEventRecord;
  /** Ends every open stream abruptly (a network error mid-body, like a proxy timeout). Returns how many. */
  dropStreams(): number;
  /**
   * While on, stream requests (`Accept: text/event-stream`) answer as a proxy that cannot stream:
   * `'html'` (default) a 200 `text/html` page, `'json'` a 200 `application/json` body, `502` a
   * bad-gateway problem. The long poll keeps working.
   */
  refuseStreams(on?: boolean, as?: RefuseMode): void;
  /**
   * Expires tokens (default: every token `/v1/events` has seen): their requests answer 401 from
   * now on, open streams with them end, held long polls with them answer 401. Returns the tokens.
   */
  expireTokens(tokens?: readonly string[]): string[];
  /** Forgets the event history: every cursor before now is expired (`stream.reset` / 410). */
  expireCursors(): void;
  configure(config: LiveConfig): void;
  /** Streams open right now. */
  openStreams(): number;
  /** Long polls being held right now. */
  heldPolls(): number;
  /** Every `/v1/events` request answered since the last reset, oldest first. */
  connections(): readonly LiveConnection[];
  /** The event log of the current database (cursors and data). */
  events(): readonly LiveEventRecord[];
  /** Ends streams and held polls, forgets connections, restores defaults (called by `api.reset()`). */
  reset(): void;
}

const encoder = new TextEncoder();

function bearerToken(request: Request): string {
  return /^Bearer\s+(.+)$/i.exec((request.headers.get('Authorization') ?? '').trim())?.[1]?.trim() ?? '';
}

function wantsStream(request: Request): boolean {
  return (request.headers.get('Accept') ?? '').split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === 'text/event-stream');
}

function frame(record: LiveEventRecord): string {
  return `id: ${record.cursor}\nevent: ${record.event.type}\ndata: ${JSON.stringify(record.event)}\n\n`;
}

class OpenStream {
  readonly token: string;
  readonly #hub: LiveHub;
  #controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #unsubscribe: (() => void) | undefined;
  #closed = false;

  constructor(hub: LiveHub, token: string) {
    this.#hub = hub;
    this.token = token;
  }

  /** The response body; `onStart` writes the first frames and subscribes. */
  body(onStart: (stream: OpenStream) => void): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.#controller = controller;
        onStart(this);
      },
      // the client went away (reader cancelled, fetch aborted): stop everything
      cancel: () => this.#cleanup(),
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  write(text: string): void {
    if (this.#closed || !this.#controller) return;
    try {
      this.#controller.enqueue(encoder.encode(text));
    } catch {
      this.#cleanup();
    }
  }

  listen(unsubscribe: () => void, heartbeatSeconds: number): void {
    this.#unsubscribe = unsubscribe;
    this.#timer = setInterval(() => this.write(': hb\n\n'), heartbeatSeconds * 1000);
  }

  /** Graceful end of the body. */
  end(): void {
    if (this.#closed) return;
    this.#cleanup();
    try {
      this.#controller?.close();
    } catch {
      // already closed or errored
    }
  }

  /** Abrupt end: the reader gets a network error. */
  drop(): void {
    if (this.#closed) return;
    this.#cleanup();
    try {
      this.#controller?.error(new TypeError('network error: the stream was dropped'));
    } catch {
      // already closed or errored
    }
  }

  #cleanup(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#hub.streams.delete(this);
  }
}

interface HeldPoll {
  token: string;
  /** Answers now: with the events so far, with a 401, or (reset) with no events. */
  finish(reason: 'event' | 'timeout' | 'abort' | 'expired' | 'reset'): void;
}

export interface LiveOptions {
  /** The database (or a getter, when a holder swaps in a fresh one on reset). */
  db: MockDb | (() => MockDb);
}

export class LiveHub implements LiveControl {
  readonly #db: () => MockDb;
  readonly streams = new Set<OpenStream>();
  readonly polls = new Set<HeldPoll>();
  #connections: LiveConnection[] = [];
  readonly #tokensSeen = new Set<string>();
  #heartbeatSeconds = DEFAULT_HEARTBEAT_SECONDS;
  #retryMs = DEFAULT_RETRY_MS;
  #refuse: RefuseMode | undefined;

  constructor(options: LiveOptions) {
    const source = options.db;
    this.#db = typeof source === 'function' ? source : () => source;
  }

  // ---- control ----------------------------------------------------------------------------------

  agentReply(ticketId: string, text?: string): LiveEventRecord {
    const db = this.#db();
    const t = db.ticket(ticketId);
    if (!t) throw new Error(`live.agentReply: no ticket ${ticketId}`);
    if (t.platform !== 'portal' || t.status === 'closed') throw new Error(`live.agentReply: ticket ${ticketId} is ${t.platform !== 'portal' ? 'archived' : 'closed'}`);
    const detail = db.detail(t);
    const now = db.now();
    db.counters.comment += 1;
    const previous = [...detail.comments].reverse().find((c) => c.author.kind === 'agent')?.author;
    const agent: PersonRecord = previous ?? db.agents[0] ?? { id: 'agt-suporte', name: 'Suporte TOTVS', email: 'suporte@totvs.com.br' };
    const comment: CommentRecord = {
      id: `cmt-${t.number}-n${db.counters.comment}`,
      author: { id: agent.id, name: agent.name, email: agent.email, kind: 'agent' },
      createdAt: iso(now),
      body: text ?? 'Olá! Analisamos o cenário descrito e aplicamos o ajuste no ambiente. Pode validar, por favor, e nos contar se o problema foi resolvido?',
      attachments: [],
    };
    detail.comments.push(comment);
    t.status = 'pending';
    t.updatedMs = now;
    return db.emit({ type: 'ticket.comment.created', organizationId: t.organizationId, resource: { kind: 'ticket', id: t.id } });
  }

  decideElsewhere(orderId: string, decision: 'approve' | 'reject', byUserId?: string): LiveEventRecord {
    const db = this.#db();
    for (const [orgId, orders] of db.serviceOrders) {
      const so = orders.find((s) => s.id === orderId);
      if (!so) continue;
      if (so.status !== 'pending') throw new Error(`live.decideElsewhere: ${orderId} is already ${so.status}`);
      const by = byUserId !== undefined ? personOf(db, byUserId) : this.#colleague(orgId);
      so.status = decision === 'approve' ? 'approved' : 'rejected';
      so.decision = { by, at: iso(db.now()) };
      if (decision === 'reject') so.decision.reason = 'Escopo diferente do combinado com o consultor; reavaliar as horas antes de aprovar.';
      return db.emit({ type: 'service-order.decided', organizationId: orgId, resource: { kind: 'service-order', id: so.id } });
    }
    throw new Error(`live.decideElsewhere: no service order ${orderId}`);
  }

  /** Another active admin of the organization than the demo user (Carlos in A, Fernanda in B). */
  #colleague(orgId: string): PersonRecord {
    const db = this.#db();
    const admins = [...(db.contacts.get(orgId)?.values() ?? [])].filter((c) => c.role === 'admin' && c.status === 'active');
    const other = admins.find((c) => c.id !== db.facts.users.ana) ?? admins[0];
    return other ? { id: other.id, name: other.name, email: other.email } : { id: 'usr-colega', name: 'Colega da organização', email: 'colega@example.com' };
  }

  emit(type: LiveEventInput['type'], resource?: LiveResource, organizationId?: string, options: { idempotencyKey?: string } = {}): LiveEventRecord {
    if (!(LIVE_EVENT_TYPES as readonly string[]).includes(type) || type === ('stream.reset' as string)) {
      throw new Error(`live.emit: ${type} is not an event type of API.md (stream.reset: use expireCursors())`);
    }
    return this.#db().emit({ type, resource, organizationId, idempotencyKey: options.idempotencyKey });
  }

  dropStreams(): number {
    const open = [...this.streams];
    for (const s of open) s.drop();
    return open.length;
  }

  refuseStreams(on = true, as: RefuseMode = 'html'): void {
    this.#refuse = on ? as : undefined;
  }

  expireTokens(tokens?: readonly string[]): string[] {
    const list = [...(tokens ?? this.#tokensSeen)];
    const expired = this.#db().expiredTokens;
    for (const token of list) expired.add(token);
    for (const s of [...this.streams]) if (expired.has(s.token)) s.end();
    for (const p of [...this.polls]) if (expired.has(p.token)) p.finish('expired');
    return list;
  }

  expireCursors(): void {
    this.#db().events.forget();
  }

  configure(config: LiveConfig): void {
    if (config.heartbeatSeconds !== undefined) {
      if (!(config.heartbeatSeconds > 0)) throw new Error('live.configure: heartbeatSeconds must be > 0');
      this.#heartbeatSeconds = config.heartbeatSeconds;
    }
    if (config.retryMs !== undefined) this.#retryMs = config.retryMs;
  }

  openStreams(): number {
    return this.streams.size;
  }

  heldPolls(): number {
    return this.polls.size;
  }

  connections(): readonly LiveConnection[] {
    return [...this.#connections];
  }

  events(): readonly LiveEventRecord[] {
    return this.#db().events.all();
  }

  reset(): void {
    for (const s of [...this.streams]) s.end();
    for (const p of [...this.polls]) p.finish('reset');
    this.#connections = [];
    this.#tokensSeen.clear();
    this.#heartbeatSeconds = DEFAULT_HEARTBEAT_SECONDS;
    this.#retryMs = DEFAULT_RETRY_MS;
    this.#refuse = undefined;
  }

  // ---- the endpoint -----------------------------------------------------------------------------

  /** `GET /v1/events` (after authentication). */
  handle(ctx: Ctx): Response | Promise<Response> {
    const token = bearerToken(ctx.request);
    this.#tokensSeen.add(token);
    const query = parseQuery(ctx.url, LiveEventsQuerySchema, { numbers: ['wait'] });
    if (query.cursor !== undefined && parseCursor(query.cursor) === undefined) {
      throw problem(400, 'invalid-query', 'Cursor inválido.', [{ path: 'cursor', message: 'Use um cursor recebido do servidor (c-000123)' }]);
    }
    if (wantsStream(ctx.request)) {
      if (this.#refuse !== undefined) return this.#refused(ctx);
      return this.#stream(ctx, token, query.cursor);
    }
    return this.#longPoll(ctx, token, query.cursor, query.wait ?? 0);
  }

  #refused(ctx: Ctx): Response {
    this.#connections.push({ kind: 'refused', userId: ctx.user.id, lastEventId: ctx.request.headers.get('Last-Event-ID'), cursor: ctx.db.events.head, expired: false });
    if (this.#refuse === 502) return problem(502, 'bad-gateway', 'O proxy não conseguiu manter a conexão com o servidor de eventos.').toResponse();
    if (this.#refuse === 'json') {
      return new Response(JSON.stringify({ message: 'Streaming não suportado por este proxy.' }), { status: 200, headers: { 'Content-Type': JSON_TYPE } });
    }
    return new Response('<!doctype html><html lang="pt-BR"><title>Proxy</title><p>Conexões de streaming não são permitidas nesta rede.</p></html>', {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  }

  #stream(ctx: Ctx, token: string, queryCursor: string | undefined): Response {
    const { db, user } = ctx;
    const lastEventId = ctx.request.headers.get('Last-Event-ID');
    const start = lastEventId !== null && lastEventId.trim() !== '' ? lastEventId.trim() : queryCursor;
    const replay = start !== undefined ? db.events.after(start) : [];
    const expired = replay === 'expired';
    const cursor = expired || start === undefined ? db.events.head : start;
    const heartbeatSeconds = this.#heartbeatSeconds;
    const retryMs = this.#retryMs;
    this.#connections.push({ kind: 'stream', userId: user.id, lastEventId, cursor, expired });
    const stream = new OpenStream(this, token);
    this.streams.add(stream);
    const body = stream.body((s) => {
      s.write(`retry: ${retryMs}\nevent: stream.open\ndata: ${JSON.stringify({ cursor, heartbeatSeconds })}\n\n`);
      if (expired) {
        const reset: LiveEvent = { id: `evt-reset-${db.events.head}`, type: 'stream.reset', occurredAt: iso(Date.now()) };
        s.write(`id: ${db.events.head}\nevent: stream.reset\ndata: ${JSON.stringify(reset)}\n\n`);
      } else {
        for (const record of replay) if (canSeeEvent(db, user.id, record.event)) s.write(frame(record));
      }
      s.listen(db.events.subscribe((record) => {
        if (canSeeEvent(db, user.id, record.event)) s.write(frame(record));
      }), heartbeatSeconds);
    });
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform' },
    });
  }

  #longPoll(ctx: Ctx, token: string, queryCursor: string | undefined, wait: number): Response | Promise<Response> {
    const { db, user } = ctx;
    const cursor = queryCursor ?? db.events.head;
    const first = db.events.after(cursor);
    this.#connections.push({ kind: 'long-poll', userId: user.id, lastEventId: null, cursor, expired: first === 'expired' });
    if (first === 'expired') throw cursorExpired();
    const page = (): Response => {
      const after = db.events.after(cursor);
      if (after === 'expired') return cursorExpired().toResponse();
      return json({ events: after.filter((r) => canSeeEvent(db, user.id, r.event)).map((r) => r.event), cursor: db.events.head });
    };
    if (wait === 0 || first.some((r) => canSeeEvent(db, user.id, r.event))) return page();
    return new Promise<Response>((resolve) => {
      const signal = ctx.request.signal;
      const poll: HeldPoll = {
        token,
        finish: (reason) => {
          if (!this.polls.delete(poll)) return;
          clearTimeout(timer);
          unsubscribe();
          signal.removeEventListener('abort', onAbort);
          if (reason === 'expired') resolve(new ApiProblem(401, 'unauthorized', { detail: 'O token expirou. Obtenha um novo token e tente de novo.' }).toResponse());
          else if (reason === 'reset') resolve(json({ events: [], cursor }));
          else resolve(page());
        },
      };
      const onAbort = () => poll.finish('abort');
      const timer = setTimeout(() => poll.finish('timeout'), Math.min(wait, MAX_WAIT_SECONDS) * 1000);
      const unsubscribe = db.events.subscribe((record) => {
        if (canSeeEvent(db, user.id, record.event)) poll.finish('event');
      });
      this.polls.add(poll);
      if (signal.aborted) poll.finish('abort');
      else signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}

function cursorExpired(): ApiProblem {
  return new ApiProblem(410, 'cursor-expired', {
    title: 'O cursor de eventos expirou',
    detail: 'Os eventos depois deste cursor não estão mais disponíveis: recarregue o que está na tela e continue do cursor atual.',
  });
}

/** A live-updates hub (the mock control plus the endpoint's state) over a database or getter. */
export function createLive(options: LiveOptions): LiveHub {
  return new LiveHub(options);
}

/** The route of `GET /v1/events`, served by a hub. */
export function eventRoutes(live: LiveHub): Route[] {
  return [{ method: 'GET', path: '/events', handle: (ctx) => live.handle(ctx) }];
}

