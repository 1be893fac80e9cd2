/**
 * The dashboard's periods as calendar dates (`YYYY-MM-DD`): "last N months" runs from the first
 * day of the month N − 1 months back to today, so its months are whole except the current one
 * (the server's buckets start on the 1st of a month or on a Monday).
 */
import type { Granularity } from '../../core/schemas/dashboard.js';

export const PERIODS = ['3m', '6m', '12m', 'custom'] as const;
export type DashboardPeriod = (typeof PERIODS)[number];
export const GRANULARITIES: readonly Granularity[] = ['month', 'week'];

/** What the dashboard asks for: the query `from`, `to` and `granularity`. */
export interface DashboardRange {
  from: string;
  to: string;
  granularity: Granularity;
}

const MONTHS: Record<Exclude<DashboardPeriod, 'custom'>, number> = { '3m': 3, '6m': 6, '12m': 12 };

/**
 * Today's date in `timeZone` (the user's, from `/v1/me`); the browser's zone when none is known
 * yet or the zone is unknown to Intl.
 */
export function todayIn(timeZone: string | undefined, now: number = Date.now()): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-CA', { ...options, timeZone: timeZone || undefined });
  } catch {
    fmt = new Intl.DateTimeFormat('en-CA', options);
  }
  const parts = Object.fromEntries(fmt.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A calendar date `months` months away (the day clamped to the end of a shorter month). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** `true` for a real calendar date `YYYY-MM-DD`. */
export function isDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** `from`/`to` of a preset period ending `today`. */
export function presetRange(period: Exclude<DashboardPeriod, 'custom'>, today: string): { from: string; to: string } {
  return { from: addMonths(`${today.slice(0, 7)}-01`, -(MONTHS[period] - 1)), to: today };
}

export function isPeriod(value: string): value is DashboardPeriod {
  return (PERIODS as readonly string[]).includes(value);
}
