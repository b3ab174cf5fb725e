/**
 * The one home of calendar-date arithmetic. A date is an ISO string 'YYYY-MM-DD' outside this module; inside,
 * a "day serial" (days since 1970-01-01) or a `Date` at UTC midnight (what rrule and exceljs take). Nothing here
 * reads local time except `localIsoDate`, so results never depend on the machine's time zone.
 */

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1..12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (MONTH_LENGTHS[m - 1] ?? 31);
}

/** The largest day a month can ever have (29 for February): used when the year is not known yet. */
export function maxDaysInMonth(m: number): number {
  return m === 2 ? 29 : (MONTH_LENGTHS[m - 1] ?? 31);
}

// Pure arithmetic (H. Hinnant's days_from_civil / civil_from_days): no Date objects in the hot path.
export function serial(y: number, m: number, d: number): number {
  // a day past the month's end rolls over, as Date.UTC does
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromSerial(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday of a serial: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function iso(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isoFromSerial(n: number): IsoDate {
  const { y, m, d } = fromSerial(n);
  return iso(y, m, d);
}

/** 'YYYY-MM-DD' → parts, or null when it is not a real calendar date. */
export function parseIso(text: string): Ymd | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(value: string): boolean {
  return parseIso(value) !== null;
}

/** A valid ISO date → its day serial (a bug, not bad input, when it is not one). */
export function isoToSerial(text: IsoDate): number {
  const p = parseIso(text);
  if (!p) throw new Error(`not an ISO date: ${text}`);
  return serial(p.y, p.m, p.d);
}

/** A day serial as a `Date` at UTC midnight, and back (the form rrule and exceljs take). */
export function serialToUtc(n: number): Date {
  return new Date(n * DAY_MS);
}

export function utcToSerial(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

export function isoToUtc(text: IsoDate): Date {
  return serialToUtc(isoToSerial(text));
}

export function addDays(text: IsoDate, days: number): IsoDate {
  return isoFromSerial(isoToSerial(text) + days);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToSerial(b) - isoToSerial(a);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a date. */
export function isoWeekday(text: IsoDate): number {
  return weekdayOf(isoToSerial(text));
}

/** The machine's local calendar date as 'YYYY-MM-DD' (the CLI's "today"). */
export function localIsoDate(date: Date): IsoDate {
  return iso(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** 'YYYYMMDD' (an RFC 5545 DATE, the basic ISO form). */
export function basicDate(text: IsoDate): string {
  return text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10);
}

/** «31.08.2020» */
export function ruDate(text: IsoDate): string {
  const [y, m, d] = text.split('-');
  return `${d}.${m}.${y}`;
}
