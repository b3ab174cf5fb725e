import type { IsoDate } from './types.js';

/**
 * Calendar arithmetic on "day serials" (days since 1970-01-01, UTC). Dates never touch local time,
 * so results do not depend on the machine's time zone.
 */
export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1..12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : (MONTH_LENGTHS[m - 1] ?? 31);
}

/** The largest day a month can ever have (29 for February): used when the year is not known yet. */
export function maxDaysInMonth(m: number): number {
  return m === 2 ? 29 : (MONTH_LENGTHS[m - 1] ?? 31);
}

/** Day `d` of a month, where -1 means the last day. */
export function dayOf(y: number, m: number, d: number): number {
  return d < 0 ? daysInMonth(y, m) + 1 + d : d;
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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function iso(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isoFromSerial(n: number): IsoDate {
  const { y, m, d } = fromSerial(n);
  return iso(y, m, d);
}

/** 'YYYY-MM-DD' → parts, or null when it is not a real calendar date. */
export function parseIso(text: string): Ymd | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isoToSerial(text: IsoDate): number {
  const p = parseIso(text);
  if (!p) throw new Error(`not an ISO date: ${text}`);
  return serial(p.y, p.m, p.d);
}

/** ISO weekday of a serial: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export { ruDate } from '../util/dates.js';

/** 'YYYYMMDD' for RRULE UNTIL. */
export function basicDate(date: IsoDate): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}
