import rrule from 'rrule';
import { serialToUtc, utcToSerial } from '../util/dates.js';

// rrule's ES module entry does not load under Node ESM in the built CLI: take the classes from the default export.
const { RRule, Weekday } = rrule;

/** The subset of RFC 5545 RRULE the engine writes. */
export interface Rule {
  freq: 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';
  interval: number;
  byMonth: number[];
  byMonthDay: number[];
  /** Weekdays 1..7 (Monday first) with an ordinal (0 = every such weekday, -1 = the last). */
  byDay: Array<{ n: number; wd: number }>;
  bySetPos: number[];
}

export function rule(freq: Rule['freq'], parts: Partial<Omit<Rule, 'freq'>> = {}): Rule {
  return { freq, interval: 1, byMonth: [], byMonthDay: [], byDay: [], bySetPos: [], ...parts };
}

/** The rule as an rrule `RRule` from DTSTART to UNTIL (day serials; dates are UTC midnights, never local time). */
function toRRule(r: Rule, dtstart: number, until: number): InstanceType<typeof RRule> {
  // key order is the order rrule writes the parts in
  return new RRule(
    {
      freq: RRule[r.freq],
      ...(r.interval > 1 ? { interval: r.interval } : {}),
      ...(r.byMonth.length ? { bymonth: r.byMonth } : {}),
      ...(r.byMonthDay.length ? { bymonthday: r.byMonthDay } : {}),
      ...(r.byDay.length ? { byweekday: r.byDay.map((d) => new Weekday(d.wd - 1, d.n || undefined)) } : {}),
      ...(r.bySetPos.length ? { bysetpos: r.bySetPos } : {}),
      dtstart: serialToUtc(dtstart),
      until: serialToUtc(until),
    },
    true,
  );
}

/**
 * The dates (day serials) rrule expands the rule to from DTSTART to UNTIL, at most `cap` of them: every expansion
 * is bounded by UNTIL and by the cap.
 */
export function ruleDates(r: Rule, dtstart: number, until: number, cap: number): number[] {
  return toRRule(r, dtstart, until)
    .all((_, count) => count < cap)
    .map(utcToSerial);
}

/**
 * RRULE value text (no 'RRULE:' prefix, no DTSTART) as rrule writes it, with the fix-ups an all-day event needs:
 * UNTIL as a DATE (rrule writes a DATE-TIME, which RFC 5545 forbids beside a DATE DTSTART) and BYDAY ordinals
 * without '+' (the form the feeds have always had, so existing events do not change).
 */
export function ruleText(r: Rule, dtstart: number, until: number): string {
  const { dtstart: _, ...options } = toRRule(r, dtstart, until).origOptions;
  return RRule.optionsToString(options)
    .replace(/^RRULE:/, '')
    .replace(/UNTIL=(\d{8})T000000Z/, 'UNTIL=$1')
    .replace(/\+(\d)/g, '$1');
}
