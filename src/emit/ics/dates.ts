import type { IsoDate } from '../../schedule/types.js';

/** '2023-09-30' → '20230930' (an RFC 5545 DATE). */
export function icsDate(iso: IsoDate): string {
  return iso.replace(/-/g, '');
}

/** The day after `iso`: the exclusive DTEND of a one-day all-day event. */
export function nextDay(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** A UTC DATE-TIME: '20230120T000000Z'. */
export function icsDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
