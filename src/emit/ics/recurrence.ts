import { rule, ruleDates, type Rule } from '../../schedule/rule.js';
import { daysInMonth, fromSerial, isoFromSerial, isoToSerial, weekdayOf, type IsoDate } from '../../util/dates.js';

/**
 * One event's share of an item's deadlines: its first date is DTSTART, `rrule` (null for a one-off) repeats it to
 * exactly the other dates.
 */
export interface RecurrencePart {
  dates: IsoDate[];
  rrule: string | null;
}

/**
 * Writes an item's deadlines as events whose rules every calendar engine expands to the same dates. Calendar
 * programs disagree on many RFC-valid rules (LIBRARY-NOTES, issue #16): ical.js — Thunderbird — misplaces
 * BYMONTHDAY=29..31, several BYMONTH with a BYMONTHDAY, BYSETPOS, yearly BYMONTHDAY=-1 and (1.x) MONTHLY INTERVAL>1
 * with BYMONTHDAY=-1; Outlook puts «day 31» on the last day of shorter months and has no RDATE. So only these
 * shapes are written, each with COUNT and a DTSTART that is its first date (test/ics/cross-engine.test.ts checks
 * them in rrule.js, python recurring_ical_events and ical.js 1.5 and 2.2):
 * - `FREQ=DAILY` and `FREQ=DAILY;INTERVAL=7·n` (every day, every 1..4 weeks);
 * - `FREQ=WEEKLY;BYDAY=…` (several weekdays of every week);
 * - `FREQ=MONTHLY;INTERVAL=n` on a day 1..28; `FREQ=MONTHLY;BYMONTHDAY=-1` (every month's last day);
 *   `FREQ=MONTHLY;INTERVAL=n;BYDAY=2WE` (an n-th or last weekday);
 * - `FREQ=YEARLY;INTERVAL=n` on any day but 29 February; `FREQ=YEARLY;INTERVAL=n;BYMONTH=3;BYDAY=1MO`.
 * Deadlines no single such rule describes are split into several events, each a simple rule (quarter ends → one
 * yearly rule per quarter) or a one-off, whichever split needs the fewest events.
 */
export function recurrenceParts(dates: readonly IsoDate[]): RecurrencePart[] {
  // Roadmaps repeat phrases («Ежеквартально»): a region has thousands of items and few distinct deadline sets.
  const key = dates.join(',');
  const known = memo.get(key);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const parts = split(dates);
  memo.set(key, parts);
  return parts;
}

const memo = new Map<string, RecurrencePart[]>();
const MEMO_LIMIT = 20_000;

function split(dates: readonly IsoDate[]): RecurrencePart[] {
  const serials = [...new Set(dates)].sort().map(isoToSerial);
  if (serials.length === 0) return [];
  const whole = wholeRule(serials);
  if (whole) return [whole];
  let best: RecurrencePart[] | null = null;
  for (const key of GROUPINGS) {
    const groups = new Map<string, number[]>();
    for (const s of serials) {
      const k = key(s);
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    const parts = [...groups.values()].flatMap(runs);
    if (!best || parts.length < best.length) best = parts;
  }
  // Events in the order of their first deadline, so the item's first part (which keeps the item's UID) comes first.
  return best!.sort((a, b) => (a.dates[0]! < b.dates[0]! ? -1 : 1));
}

/** Ways to sort deadlines into interleaved series: same day of the year, same day of the month, same weekday. */
const GROUPINGS: Array<(s: number) => string> = [
  (s) => isoFromSerial(s).slice(5),
  (s) => {
    const { y, m, d } = fromSerial(s);
    return d === daysInMonth(y, m) ? 'last' : String(d);
  },
  (s) => String(weekdayOf(s)),
];

/** The whole set as one rule, when one fits. */
function wholeRule(serials: number[]): RecurrencePart | null {
  if (serials.length === 1) return { dates: serials.map(isoFromSerial), rrule: null };
  const weekdays = [...new Set(serials.map(weekdayOf))].sort((a, b) => a - b);
  const candidates = candidateRules(serials[0]!, serials[1]!, true);
  if (weekdays.length > 1) candidates.push(rule('WEEKLY', { byDay: weekdays.map((wd) => ({ n: 0, wd })) }));
  for (const r of candidates) if (matched(r, serials, 0) === serials.length) return part(r, serials);
  return null;
}

/** A group of deadlines as consecutive runs, each the longest that one safe rule describes. */
function runs(serials: number[]): RecurrencePart[] {
  const out: RecurrencePart[] = [];
  let i = 0;
  while (i < serials.length) {
    let best = 1;
    let bestRule: Rule | null = null;
    if (i + 1 < serials.length) {
      for (const r of candidateRules(serials[i]!, serials[i + 1]!, false)) {
        const n = matched(r, serials, i);
        if (n > best) [best, bestRule] = [n, r];
      }
    }
    const run = serials.slice(i, i + best);
    out.push(bestRule ? part(bestRule, run) : { dates: run.map(isoFromSerial), rrule: null });
    i += best;
  }
  return out;
}

/** How many of `serials`, from `from` on, the rule started at serials[from] gives one after another. */
function matched(r: Rule, serials: number[], from: number): number {
  const expanded = ruleDates(r, serials[from]!, serials[serials.length - 1]!, serials.length - from + 1);
  let n = 0;
  while (n < expanded.length && from + n < serials.length && expanded[n] === serials[from + n]) n++;
  return n;
}

/**
 * The safe rules that, started at `a`, give `b` next. Weekday rules («the last Friday of every 3rd month») only
 * when `weekdays`, for a whole item: as pieces of a split they would be coincidences that read as nonsense.
 */
function candidateRules(a: number, b: number, weekdays: boolean): Rule[] {
  const x = fromSerial(a);
  const y = fromSerial(b);
  // Every day or every 1..4 weeks: «every 275 days» would be exact too, but reads as nonsense in a client.
  const out: Rule[] = b - a === 1 || ((b - a) % 7 === 0 && b - a <= 28) ? [rule('DAILY', { interval: b - a })] : [];
  const months = (y.y - x.y) * 12 + (y.m - x.m);
  // An n-th (1..4) or last weekday of the month both dates share, as BYDAY values.
  const byDays: Rule['byDay'][] = [];
  if (weekdays && weekdayOf(a) === weekdayOf(b)) {
    const wd = weekdayOf(a);
    if (x.d + 7 > daysInMonth(x.y, x.m) && y.d + 7 > daysInMonth(y.y, y.m)) byDays.push([{ n: -1, wd }]);
    if (Math.ceil(x.d / 7) === Math.ceil(y.d / 7) && x.d <= 28) byDays.push([{ n: Math.ceil(x.d / 7), wd }]);
  }
  // yearly first: «every 12 months» is the same dates but reads worse
  if (months > 0 && months % 12 === 0) {
    const interval = months / 12;
    if (x.d === y.d && !(x.m === 2 && x.d === 29)) out.push(rule('YEARLY', { interval }));
    for (const byDay of byDays) out.push(rule('YEARLY', { interval, byMonth: [x.m], byDay }));
  }
  if (months > 0) {
    if (x.d === y.d && x.d <= 28) out.push(rule('MONTHLY', { interval: months }));
    if (months === 1 && x.d === daysInMonth(x.y, x.m) && y.d === daysInMonth(y.y, y.m))
      out.push(rule('MONTHLY', { byMonthDay: [-1] }));
    for (const byDay of byDays) out.push(rule('MONTHLY', { interval: months, byDay }));
  }
  return out;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function part(r: Rule, serials: number[]): RecurrencePart {
  const text = [`FREQ=${r.freq}`];
  if (r.interval > 1) text.push(`INTERVAL=${r.interval}`);
  if (r.byMonth.length) text.push(`BYMONTH=${r.byMonth.join(',')}`);
  if (r.byMonthDay.length) text.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
  if (r.byDay.length) text.push(`BYDAY=${r.byDay.map((d) => `${d.n || ''}${WEEKDAYS[d.wd - 1]}`).join(',')}`);
  text.push(`COUNT=${serials.length}`);
  return { dates: serials.map(isoFromSerial), rrule: text.join(';') };
}
