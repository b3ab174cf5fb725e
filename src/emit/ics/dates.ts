import { addDays, basicDate, type IsoDate } from '../../util/dates.js';

/** '2023-09-30' → '20230930' (an RFC 5545 DATE). */
export function icsDate(iso: IsoDate): string {
  return basicDate(iso);
}

/** The day after `iso`: the exclusive DTEND of a one-day all-day event. */
export function nextDay(iso: IsoDate): IsoDate {
  return addDays(iso, 1);
}

/** A UTC DATE-TIME: '20230120T000000Z'. */
export function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
