/**
 * Drafts: what a user typed in a form, kept on this device until it is sent, discarded or 7 days
 * old, so a reload, a crash or an expired session loses nothing. One store for every form.
 *
 * - Where: IndexedDB (database `meu-espaco`, object store `drafts`) through idb-keyval; in memory
 *   (gone with the page) when IndexedDB is missing or fails — private modes, storage blocked by the
 *   host's policy, quota. A storage failure is never an exception to the caller.
 *   Why not localStorage (`npm run bench:drafts`, headless Chromium): it is faster (µs against
 *   ~0.6 ms for 2–20 kB) and both keep the main thread under ~1.5 ms even at 200 kB, so speed
 *   decides nothing at one write per 500 ms. IndexedDB is kept because a draft merge is one
 *   readwrite transaction (two tabs cannot interleave between its read and its write), and because
 *   the host page's origin owns localStorage: its ~5 MB would be shared with the host's own data
 *   and read whole, synchronously, on the first access of the page.
 * - Keys: API base (normalized), user id, organization id (`-` if none) and the form's key, so a
 *   draft never shows up for another user, organization or backend.
 * - Writes are debounced per draft (500 ms, at most 5 × that while the user keeps typing) and
 *   merged into what is stored field by field, each field with the time it was written: two tabs
 *   editing different fields of one draft keep both; the same field → the last write wins.
 * - Bounds: a draft whose JSON is over `maxDraftBytes` is not written (the last good one stays);
 *   over `maxTotalBytes` for all drafts, the oldest (by `savedAt`) are deleted first.
 * - Values: JSON-safe only (strings, finite numbers, booleans, null, arrays and plain objects of
 *   those). Anything else (a File, a Date, a function) drops that field, with a console warning in
 *   development. `undefined` removes the field from the draft.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

export interface DraftScope {
  apiBase: string;
  userId: string;
  organizationId?: string;
}

export interface DraftRecord {
  /** the form key ('ticket-new', 'ticket-reply:tkt-1', 'os-reject:os-a064'…) */
  form: string;
  /** JSON-safe values only */
  fields: Record<string, unknown>;
  /** when each field was last written (ms since the epoch); a removed field keeps its time */
  fieldTimes: Record<string, number>;
  /** last write of any field */
  savedAt: number;
  /** the server version the draft started from (ETag / updatedAt), if any: the first one given sticks */
  version?: string;
}

export interface DraftStorage {
  get(key: string): Promise<DraftRecord | undefined>;
  set(key: string, value: DraftRecord): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /**
   * Optional: read and write one key atomically (one IndexedDB transaction, so another tab's write
   * cannot fall between the read and the write of a merge). `change` returns the new record, or
   * `undefined` to leave the key as it is. Without it the store does `get` then `set`.
   */
  update?(key: string, change: (current: DraftRecord | undefined) => DraftRecord | undefined): Promise<void>;
}

export interface DraftStoreOptions {
  /** default: `defaultDraftStorage()` */
  storage?: DraftStorage;
  /** the clock for field times and expiry; default `Date.now` */
  now?: () => number;
  /** default 7 days */
  maxAgeMs?: number;
  /** one draft's JSON, UTF-8 bytes; default 256 kB */
  maxDraftBytes?: number;
  /** all drafts together; default 4 MB */
  maxTotalBytes?: number;
  /** default 500 ms */
  debounceMs?: number;
}

const DAY = 24 * 60 * 60 * 1000;
const PREFIX = 'draft:v1';
/** a draft being typed without a pause is still written every `debounceMs × MAX_WAIT_FACTOR` */
const MAX_WAIT_FACTOR = 5;

// Replaced by bundlers ("production" in the CDN build and in hosts' production builds); defined as
// 'development' by the test page. Where nothing defines it, no warnings.
declare const process: { env: { NODE_ENV?: string } } | undefined;
function warn(message: string, ...rest: unknown[]): void {
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') console.warn(`meu-espaco drafts: ${message}`, ...rest);
}

/** `|` separates the parts of a key: escape it (and `%`, the escape) in each part */
const part = (value: string): string => value.replace(/[%|]/g, (c) => (c === '%' ? '%25' : '%7C'));

function normalizeApiBase(apiBase: string): string {
  const trimmed = apiBase.trim();
  try {
    const url = new URL(trimmed, globalThis.document?.baseURI);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return trimmed.replace(/\/+$/, '');
  }
}

const userPrefix = (apiBase: string, userId: string): string => `${PREFIX}|${part(normalizeApiBase(apiBase))}|${part(userId)}|`;

const encoder = new TextEncoder();
const byteSize = (record: DraftRecord): number => encoder.encode(JSON.stringify(record)).length;

/** strings, finite numbers, booleans, null, and arrays / plain objects of those (no cycles) */
function isJsonSafe(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false; // undefined inside a value, function, symbol, bigint
  if (seen.has(value)) return false;
  seen.add(value);
  let safe: boolean;
  if (Array.isArray(value)) {
    safe = value.every((item) => isJsonSafe(item, seen));
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    safe = (proto === Object.prototype || proto === null) && Object.values(value).every((item) => isJsonSafe(item, seen));
  }
  seen.delete(value);
  return safe;
}

function isRecord(value: unknown): value is DraftRecord {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<DraftRecord>;
  return typeof r.form === 'string' && typeof r.savedAt === 'number' && !!r.fields && typeof r.fields === 'object'
    && !!r.fieldTimes && typeof r.fieldTimes === 'object' && (r.version === undefined || typeof r.version === 'string');
}

const copy = (record: DraftRecord): DraftRecord => structuredClone(record);

/** Drafts in memory only (the fallback) */
function memoryDraftStorage(): DraftStorage {
  const map = new Map<string, DraftRecord>();
  return {
    async get(key) {
      const value = map.get(key);
      return value && copy(value);
    },
    async set(key, value) {
      map.set(key, copy(value));
    },
    async del(key) {
      map.delete(key);
    },
    async keys() {
      return [...map.keys()];
    },
    async update(key, change) {
      const current = map.get(key);
      const next = change(current && copy(current));
      if (next) map.set(key, copy(next));
    },
  };
}

/**
 * `primary` until one of its calls fails (throws or rejects), then memory for good: the failed call
 * is answered from memory too, so the caller never sees the failure.
 */
function resilient(primary: DraftStorage): DraftStorage {
  const memory = memoryDraftStorage();
  let current = primary;
  const run = async <T>(call: (storage: DraftStorage) => Promise<T>): Promise<T> => {
    if (current !== memory) {
      try {
        return await call(current);
      } catch (error) {
        warn('storage unavailable, drafts are kept in memory for this page only', error);
        current = memory;
      }
    }
    return call(memory);
  };
  return {
    get: (key) => run((s) => s.get(key)),
    set: (key, value) => run((s) => s.set(key, value)),
    del: (key) => run((s) => s.del(key)),
    keys: () => run((s) => s.keys()),
    update: (key, change) => run(async (s) => {
      if (s.update) return s.update(key, change);
      const next = change(await s.get(key));
      if (next) await s.set(key, next);
    }),
  };
}

/**
 * IndexedDB through idb-keyval (`createStore('meu-espaco', 'drafts')`, opened on first use), or
 * memory when IndexedDB is unavailable or throws. Never rejects.
 */
export function defaultDraftStorage(): DraftStorage {
  let store: UseStore | undefined;
  const db = (): UseStore => {
    if (!globalThis.indexedDB) throw new Error('IndexedDB is not available');
    return (store ??= createStore('meu-espaco', 'drafts'));
  };
  return resilient({
    get: (key) => db()('readonly', (s) => promisifyRequest(s.get(key) as IDBRequest<DraftRecord | undefined>)),
    set: (key, value) => db()('readwrite', (s) => {
      s.put(value, key);
      return promisifyRequest(s.transaction);
    }),
    del: (key) => db()('readwrite', (s) => {
      s.delete(key);
      return promisifyRequest(s.transaction);
    }),
    keys: () => db()('readonly', (s) => promisifyRequest(s.getAllKeys())).then((keys) => keys.filter((k): k is string => typeof k === 'string')),
    update: (key, change) => db()('readwrite', (s) => {
      const request = s.get(key) as IDBRequest<DraftRecord | undefined>;
      request.onsuccess = () => {
        const next = change(request.result);
        if (next) s.put(next, key);
      };
      return promisifyRequest(s.transaction);
    }),
  });
}

interface Pending {
  form: string;
  fields: Record<string, unknown>;
  removed: Set<string>;
  times: Record<string, number>;
  version?: string;
  timer: ReturnType<typeof setTimeout>;
  first: number;
}

export class DraftStore {
  readonly #storage: DraftStorage;
  readonly #now: () => number;
  readonly #maxAgeMs: number;
  readonly #maxDraftBytes: number;
  readonly #maxTotalBytes: number;
  readonly #debounceMs: number;
  readonly #pending = new Map<string, Pending>();
  /** every storage operation of this store, one after the other (never rejects) */
  #queue: Promise<void> = Promise.resolve();
  #swept = false;

  constructor(options: DraftStoreOptions = {}) {
    this.#storage = resilient(options.storage ?? defaultDraftStorage());
    this.#now = options.now ?? Date.now;
    this.#maxAgeMs = options.maxAgeMs ?? 7 * DAY;
    this.#maxDraftBytes = options.maxDraftBytes ?? 256 * 1024;
    this.#maxTotalBytes = options.maxTotalBytes ?? 4 * 1024 * 1024;
    this.#debounceMs = options.debounceMs ?? 500;
  }

  /** the storage key of a form's draft for this user, organization and API base */
  key(scope: DraftScope, form: string): string {
    const organization = scope.organizationId === undefined || scope.organizationId === '' ? '-' : scope.organizationId === '-' ? '%2D' : part(scope.organizationId);
    return `${userPrefix(scope.apiBase, scope.userId)}${organization}|${part(form)}`;
  }

  /** The draft (with this store's pending changes on top), or undefined; an expired one is deleted. */
  async load(scope: DraftScope, form: string): Promise<DraftRecord | undefined> {
    const key = this.key(scope, form);
    let stored: DraftRecord | undefined;
    await this.#enqueue(async () => {
      const value = await this.#storage.get(key);
      if (value === undefined) return;
      if (!isRecord(value) || this.#expired(value)) await this.#storage.del(key);
      else stored = value;
    });
    if (!this.#swept) {
      this.#swept = true;
      void this.sweep();
    }
    const pending = this.#pending.get(key);
    if (!pending) return stored;
    return this.#merge(stored, pending) ?? undefined;
  }

  /**
   * Records `changed` fields of a form's draft; written after `debounceMs` without another save of
   * that draft. Only the fields given are written, each with its own time. `version`: the server
   * version the form was loaded from; kept from the draft's first write on.
   */
  save(scope: DraftScope, form: string, changed: Record<string, unknown>, options: { version?: string } = {}): void {
    const key = this.key(scope, form);
    const time = this.#now();
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = { form, fields: {}, removed: new Set(), times: {}, timer: undefined!, first: Date.now() };
      this.#pending.set(key, pending);
    }
    for (const [name, value] of Object.entries(changed)) {
      if (value === undefined) {
        delete pending.fields[name];
        pending.removed.add(name);
      } else if (isJsonSafe(value)) {
        pending.fields[name] = structuredClone(value);
        pending.removed.delete(name);
      } else {
        warn(`field "${name}" of draft "${form}" is not JSON-safe and was not saved (store uploads as their ids)`, value);
        continue;
      }
      pending.times[name] = time;
    }
    if (options.version !== undefined) pending.version ??= options.version;
    clearTimeout(pending.timer);
    const wait = Math.max(0, Math.min(this.#debounceMs, pending.first + this.#debounceMs * MAX_WAIT_FACTOR - Date.now()));
    pending.timer = setTimeout(() => void this.#write(key), wait);
  }

  /** Writes every pending draft now (page hide, tests) and waits for every write under way. */
  async flush(): Promise<void> {
    for (const key of [...this.#pending.keys()]) void this.#write(key);
    await this.#queue;
  }

  /** Deletes a form's draft (sent, discarded), a pending write of it included. */
  async remove(scope: DraftScope, form: string): Promise<void> {
    const key = this.key(scope, form);
    this.#cancel(key);
    await this.#enqueue(() => this.#storage.del(key));
  }

  /** Deletes every draft of a user on that API base, in every organization (sign-out, session expired). */
  async clearUser(apiBase: string, userId: string): Promise<void> {
    const prefix = userPrefix(apiBase, userId);
    for (const key of [...this.#pending.keys()]) if (key.startsWith(prefix)) this.#cancel(key);
    await this.#enqueue(async () => {
      for (const key of await this.#storage.keys()) if (key.startsWith(prefix)) await this.#storage.del(key);
    });
  }

  /** Deletes every draft this store can see, of every user (tests and stories start from none). */
  async clearAll(): Promise<void> {
    for (const key of [...this.#pending.keys()]) this.#cancel(key);
    await this.#enqueue(async () => {
      for (const key of await this.#storage.keys()) await this.#storage.del(key);
    });
  }

  /** Deletes expired (and unreadable) drafts, then the oldest while all of them are over `maxTotalBytes`. */
  async sweep(): Promise<void> {
    this.#swept = true;
    await this.#enqueue(() => this.#bound());
  }

  #expired(record: DraftRecord): boolean {
    return this.#now() - record.savedAt >= this.#maxAgeMs;
  }

  #cancel(key: string): void {
    const pending = this.#pending.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#pending.delete(key);
  }

  #enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(operation).catch((error: unknown) => warn('a draft operation failed', error));
    this.#queue = run;
    return run;
  }

  /**
   * `stored` with `pending` merged field by field (a field's newer time wins); null when no field
   * is left (the draft is deleted).
   */
  #merge(stored: DraftRecord | undefined, pending: Pending): DraftRecord | null {
    const base = stored && !this.#expired(stored) ? stored : undefined;
    const fields = { ...base?.fields };
    const fieldTimes = { ...base?.fieldTimes };
    for (const [name, time] of Object.entries(pending.times)) {
      if ((fieldTimes[name] ?? -Infinity) > time) continue; // another tab wrote it later
      fieldTimes[name] = time;
      if (pending.removed.has(name)) delete fields[name];
      else fields[name] = pending.fields[name];
    }
    if (!Object.keys(fields).length) return null;
    const record: DraftRecord = { form: pending.form, fields, fieldTimes, savedAt: Math.max(base?.savedAt ?? 0, ...Object.values(pending.times)) };
    const version = base?.version ?? pending.version;
    if (version !== undefined) record.version = version;
    return record;
  }

  #write(key: string): Promise<void> {
    const pending = this.#pending.get(key);
    if (!pending) return this.#queue;
    this.#cancel(key);
    return this.#enqueue(async () => {
      let written = false;
      let emptied = false;
      await this.#storage.update!(key, (current) => {
        const merged = this.#merge(isRecord(current) ? current : undefined, pending);
        if (merged === null) {
          emptied = true;
          return undefined;
        }
        const size = byteSize(merged);
        if (size > this.#maxDraftBytes) {
          warn(`draft "${pending.form}" is ${size} bytes, over the ${this.#maxDraftBytes} bytes a draft may take: not saved (the last one stays)`);
          return undefined;
        }
        written = true;
        return merged;
      });
      if (emptied) await this.#storage.del(key);
      if (written) await this.#bound();
    });
  }

  /** expired and unreadable drafts out; then the oldest ones while the total is over the bound */
  async #bound(): Promise<void> {
    const drafts: Array<{ key: string; size: number; savedAt: number }> = [];
    for (const key of await this.#storage.keys()) {
      if (!key.startsWith(`${PREFIX}|`)) continue;
      const record = await this.#storage.get(key);
      if (!isRecord(record) || this.#expired(record)) await this.#storage.del(key);
      else drafts.push({ key, size: byteSize(record), savedAt: record.savedAt });
    }
    let total = drafts.reduce((sum, d) => sum + d.size, 0);
    drafts.sort((a, b) => a.savedAt - b.savedAt);
    for (const draft of drafts) {
      if (total <= this.#maxTotalBytes) break;
      await this.#storage.del(draft.key);
      total -= draft.size;
    }
  }
}

let shared: DraftStore | undefined;

/** The page's draft store (one per copy of the library, created on first use): forms and `<me-portal>` share it. */
export function sharedDraftStore(): DraftStore {
  return (shared ??= new DraftStore());
}

/** Where a portal's drafts live: its API base, the signed-in user and the current organization (none before `/v1/me`). */
export function draftScopeOf(portal: { client: { config: { apiBase: string } }; me?: { id: string }; organizationId?: string; draftsOff?: boolean } | undefined): DraftScope | undefined {
  if (!portal?.me || portal.draftsOff) return undefined;
  return { apiBase: portal.client.config.apiBase, userId: portal.me.id, organizationId: portal.organizationId };
}
