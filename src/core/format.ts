import type { Locale } from './i18n.js';

/** Dates, numbers, money and relative times through Intl, in the active locale and time zone. */
export interface Formatters {
  date(value: string | Date): string;
  dateTime(value: string | Date): string;
  /** hours and minutes only (`14:05`), in the time zone */
  time(value: string | Date | number): string;
  relative(value: string | Date, now?: number): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(value: number): string;
  money(value: { amount: string; currency: string }): string;
  bytes(size: number): string;
}

/** `YYYY-MM-DD` is a calendar date: shown as is, never shifted by a time zone. */
function toDate(value: string | Date): { date: Date; dateOnly: boolean } {
  if (value instanceof Date) return { date: value, dateOnly: false };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: new Date(`${value}T12:00:00Z`), dateOnly: true };
  return { date: new Date(value), dateOnly: false };
}

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60], ['minute', 60], ['hour', 24], ['day', 7], ['week', 4.35], ['month', 12], ['year', Infinity],
];

/** Intl objects are costly to build (locale data): each is built on first use, then kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const shared = new Map<string, Formatters>();

/** The formatters of a locale and time zone, shared by every element that asks for the same pair. */
export function createFormatters(locale: Locale, timeZone?: string): Formatters {
  const key = `${locale}|${timeZone ?? ''}`;
  let formatters = shared.get(key);
  if (!formatters) shared.set(key, (formatters = buildFormatters(locale, timeZone)));
  return formatters;
}

function buildFormatters(locale: Locale, timeZone?: string): Formatters {
  // numeric day/month with a 4-digit year: unambiguous in every locale (no "3/15/04")
  const day = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
  // in the user's time zone; an unknown zone falls back to the browser's (no separate validation:
  // building an extra formatter only to test the zone cost ~40 ms of locale data on first load)
  const zoned = (options: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: timeZone || undefined });
    } catch {
      return new Intl.DateTimeFormat(locale, options);
    }
  };
  const dateFmt = lazy(() => zoned(day));
  const dateOnlyFmt = lazy(() => new Intl.DateTimeFormat(locale, { ...day, timeZone: 'UTC' }));
  const dateTimeFmt = lazy(() => zoned({ ...day, hour: '2-digit', minute: '2-digit' }));
  const timeFmt = lazy(() => zoned({ hour: '2-digit', minute: '2-digit' }));
  const relativeFmt = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const numberFmts = new Map<string, Intl.NumberFormat>();
  const numberFmt = (options?: Intl.NumberFormatOptions) => {
    const id = options ? JSON.stringify(options) : '';
    let fmt = numberFmts.get(id);
    if (!fmt) numberFmts.set(id, (fmt = new Intl.NumberFormat(locale, options)));
    return fmt;
  };
  return {
    date(value) {
      const { date, dateOnly } = toDate(value);
      return Number.isNaN(date.getTime()) ? String(value) : (dateOnly ? dateOnlyFmt : dateFmt)().format(date);
    },
    dateTime(value) {
      const { date } = toDate(value);
      return Number.isNaN(date.getTime()) ? String(value) : dateTimeFmt().format(date);
    },
    time(value) {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? String(value) : timeFmt().format(date);
    },
    relative(value, now = Date.now()) {
      const { date } = toDate(value);
      let amount = (date.getTime() - now) / 1000;
      for (const [unit, size] of RELATIVE_STEPS) {
        if (Math.abs(amount) < size) return relativeFmt().format(Math.round(amount), unit);
        amount /= size;
      }
      return dateFmt().format(date);
    },
    number: (value, options) => numberFmt(options).format(value),
    percent: (value) => numberFmt({ style: 'percent', maximumFractionDigits: 1 }).format(value),
    money: ({ amount, currency }) => numberFmt({ style: 'currency', currency }).format(Number(amount)),
    bytes(size) {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
      let value = size;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
      return numberFmt({ style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit ? 1 : 0 }).format(value);
    },
  };
}
