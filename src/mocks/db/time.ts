/**
 * Time helpers. Generated data never reads the real clock: everything is relative to the fixed
 * reference "now" below, and timestamps are written in São Paulo's offset (-03:00, no DST).
 */

/** Reference "now" of every generated dataset: 2026-11-28T12:00:00-03:00. */
export const REFERENCE_NOW = '2026-11-28T12:00:00-03:00';
export const REF_MS = Date.parse(REFERENCE_NOW);

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const OFFSET_MS = -3 * HOUR;

/** ISO-8601 with the -03:00 offset, second precision: `2026-11-28T12:00:00-03:00`. */
export function iso(ms: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}-03:00`;
}

/** `YYYY-MM-DD` of the instant in São Paulo. */
export function dateOnly(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight (São Paulo) of a `YYYY-MM-DD` as epoch ms. */
export function parseDateOnly(date: string): number {
  return Date.parse(`${date}T00:00:00-03:00`);
}

/** `true` for a real calendar date `YYYY-MM-DD`. */
export function isDateOnly(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Adds calendar months to a `YYYY-MM-DD` (clamped to the end of month). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** A logical clock for mutations: starts at REFERENCE_NOW and advances 1 minute per call. */
export function createClock(start = REF_MS): () => number {
  let ticks = 0;
  return () => start + ++ticks * MINUTE;
}

/** Offset (ms) of an IANA zone at an instant: local wall time − UTC. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
}

/** Epoch ms of midnight starting `date` (`YYYY-MM-DD`) in an IANA time zone. */
export function startOfDayIn(date: string, timeZone: string): number {
  const guess = Date.parse(`${date}T00:00:00Z`);
  try {
    const first = guess - zoneOffsetMs(guess, timeZone);
    return guess - zoneOffsetMs(first, timeZone);
  } catch {
    return parseDateOnly(date);
  }
}

/** `[start, end)` epoch ms of an inclusive date range in the user's time zone (open ends = ±Infinity). */
export function dateRangeIn(from: string | undefined, to: string | undefined, timeZone: string): [number, number] {
  return [
    from !== undefined ? startOfDayIn(from, timeZone) : -Infinity,
    to !== undefined ? startOfDayIn(addDays(to, 1), timeZone) : Infinity,
  ];
}
