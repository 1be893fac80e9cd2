/**
 * The live-updates event log of one mock database (API.md "Live updates — server events"):
 * append-only, each event with a monotonically increasing cursor (`c-000001`, `c-000002`…), the
 * last `retention` events kept. A cursor older than what is kept (or not of this log: a cursor
 * from before a reset, a malformed one) is "expired": the stream answers `stream.reset`, the long
 * poll 410 `cursor-expired`.
 */
import type { LiveEvent, LiveEventType, LiveResource } from '../../core/schemas/events.js';

/** Events kept by default: an older cursor is expired. */
export const EVENT_RETENTION = 500;

/** One logged event: its cursor (the stream's `id:`) and its data. */
export interface LiveEventRecord {
  cursor: string;
  seq: number;
  event: LiveEvent;
}

/** What a mutation (or the mock control) appends. */
export interface LiveEventInput {
  type: Exclude<LiveEventType, 'stream.reset'>;
  organizationId?: string | undefined;
  resource?: LiveResource | undefined;
  /** The Idempotency-Key of the request that caused it, if it had one. */
  idempotencyKey?: string | undefined;
}

/** `c-000123` for 123 (six digits, more when needed). */
export function cursorOf(seq: number): string {
  return `c-${String(seq).padStart(6, '0')}`;
}

/** The sequence number of a well-formed cursor, else undefined. */
export function parseCursor(cursor: string): number | undefined {
  const match = /^c-(\d{6,})$/.exec(cursor.trim());
  return match ? Number(match[1]) : undefined;
}

export type EventListener = (record: LiveEventRecord) => void;

export class EventLog {
  readonly retention: number;
  #records: LiveEventRecord[] = [];
  #seq = 0;
  readonly #listeners = new Set<EventListener>();

  constructor(retention = EVENT_RETENTION) {
    this.retention = retention;
  }

  /** The cursor of the last event (`c-000000` before the first). */
  get head(): string {
    return cursorOf(this.#seq);
  }

  get size(): number {
    return this.#records.length;
  }

  /** Appends an event (occurredAt given by the caller, from the db's clock) and tells the listeners. */
  append(input: LiveEventInput, occurredAt: string): LiveEventRecord {
    this.#seq += 1;
    const event: LiveEvent = { id: `evt-${String(this.#seq).padStart(6, '0')}`, type: input.type, occurredAt };
    if (input.organizationId !== undefined) event.organizationId = input.organizationId;
    if (input.resource !== undefined) event.resource = { kind: input.resource.kind, id: input.resource.id };
    if (input.idempotencyKey !== undefined && input.idempotencyKey !== '') event.causedBy = { idempotencyKey: input.idempotencyKey };
    const record: LiveEventRecord = { cursor: cursorOf(this.#seq), seq: this.#seq, event };
    this.#records.push(record);
    if (this.#records.length > this.retention) this.#records.splice(0, this.#records.length - this.retention);
    for (const listener of [...this.#listeners]) listener(record);
    return record;
  }

  /**
   * The events after `cursor`, oldest first, or `'expired'` when some of them are no longer kept
   * (or the cursor is malformed or ahead of this log: not one it handed out).
   */
  after(cursor: string): LiveEventRecord[] | 'expired' {
    const seq = parseCursor(cursor);
    if (seq === undefined || seq > this.#seq) return 'expired';
    const oldestKept = this.#records[0]?.seq ?? this.#seq + 1;
    if (seq < oldestKept - 1) return 'expired';
    return this.#records.filter((r) => r.seq > seq);
  }

  /** Every kept event, oldest first. */
  all(): readonly LiveEventRecord[] {
    return [...this.#records];
  }

  /** Forgets the history: every cursor before the head is expired from now on (tests of `stream.reset` / 410). */
  forget(): void {
    this.#records = [];
  }

  /** Calls `listener` for every event appended from now on; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}
