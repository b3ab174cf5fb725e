import { basicDate, isoFromSerial } from './dates.js';
import { RRULE_DAYS } from './lexicon.js';

/** The subset of RFC 5545 RRULE the engine writes. */
export interface Rule {
  freq: 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';
  interval: number;
  byMonth: number[];
  byMonthDay: number[];
  /** Weekdays 1..7 with an ordinal (0 = every such weekday, -1 = the last). */
  byDay: Array<{ n: number; wd: number }>;
  bySetPos: number[];
}

export function rule(freq: Rule['freq'], parts: Partial<Omit<Rule, 'freq'>> = {}): Rule {
  return { freq, interval: 1, byMonth: [], byMonthDay: [], byDay: [], bySetPos: [], ...parts };
}

/** RRULE value text, parts in the usual order, UNTIL as a date. */
export function formatRule(r: Rule, until: number): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.byMonth.length) parts.push(`BYMONTH=${r.byMonth.join(',')}`);
  if (r.byMonthDay.length) parts.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
  if (r.byDay.length) parts.push(`BYDAY=${r.byDay.map((d) => (d.n ? String(d.n) : '') + RRULE_DAYS[d.wd - 1]).join(',')}`);
  if (r.bySetPos.length) parts.push(`BYSETPOS=${r.bySetPos.join(',')}`);
  parts.push(`UNTIL=${basicDate(isoFromSerial(until))}`);
  return parts.join(';');
}
