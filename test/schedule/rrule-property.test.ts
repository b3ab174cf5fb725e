import { describe, expect, it } from 'vitest';
import { rule, ruleDates, ruleText, type Rule } from '../../src/schedule/rule.js';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import { isoFromSerial, isoToSerial } from '../../src/util/dates.js';
import { prng } from '../helpers/prng.js';
import { expandWithIcalJs, expandWithPython, pythonExpanderMissing, type RecurringCase } from './calendar-expander.js';
import { RRULE_PERIODS, RRULE_PHRASES } from './helpers.js';

/**
 * The engine's deadlines are rrule's expansion of the rule it writes into the feed. Here an independent expander —
 * python recurring_ical_events (dateutil), and ical.js on the shapes it handles — reads the same RRULE text from the
 * same DTSTART and must find the same dates: generated rules of every shape the engine emits, and real phrases.
 */
const missing = pythonExpanderMissing();
if (missing) console.warn(`skipped: ${missing}`);

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const int = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const some = (rand: () => number, xs: readonly number[], max: number): number[] => {
  const n = int(rand, 1, max);
  return [...new Set(Array.from({ length: n }, () => pick(rand, xs)))].sort((a, b) => a - b);
};
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const MONTH_DAYS = [1, 5, 10, 15, 20, 25, 28, 29, 30, 31, -1];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const ORDINALS = [1, 2, 3, 4, -1];

/** A rule of one of the shapes rule-build.ts tries (see buildRule's candidates). */
function generatedRule(rand: () => number): Rule {
  const interval = pick(rand, [1, 1, 1, 2, 3]);
  switch (int(rand, 0, 7)) {
    case 0:
      return rule('YEARLY', { interval, byMonth: some(rand, MONTHS, 4), byMonthDay: some(rand, MONTH_DAYS, 2) });
    case 1: {
      const byMonth = some(rand, MONTHS, 4);
      const byMonthDay = some(rand, MONTH_DAYS, 2);
      const n = byMonth.length * byMonthDay.length;
      return rule('YEARLY', {
        interval,
        byMonth,
        byMonthDay,
        bySetPos: some(rand, rand() < 0.5 ? [1, 2, 3] : [-1, -2, -3], Math.min(2, n)),
      });
    }
    case 2:
      return rule('YEARLY', {
        interval,
        byMonth: [pick(rand, MONTHS)],
        byDay: [{ n: pick(rand, ORDINALS), wd: pick(rand, WEEKDAYS) }],
      });
    case 3:
      return rule('MONTHLY', { interval, byDay: [{ n: pick(rand, ORDINALS), wd: pick(rand, WEEKDAYS) }] });
    case 4:
      return rule('MONTHLY', { interval, byMonthDay: some(rand, MONTH_DAYS, 2) });
    case 5:
      return rule('MONTHLY', {
        interval,
        byMonthDay: Array.from({ length: int(rand, 29, 31) - 27 }, (_, i) => 28 + i),
        bySetPos: [-1],
      });
    case 6:
      return rule('WEEKLY', { interval, byDay: some(rand, WEEKDAYS, 3).map((wd) => ({ n: 0, wd })) });
    default: {
      const shape = int(rand, 0, 2);
      const byMonth = shape > 0 ? some(rand, MONTHS, 3) : [];
      const byMonthDay =
        shape > 1
          ? some(
              rand,
              MONTH_DAYS.filter((d) => d > 0),
              3,
            )
          : [];
      return rule('DAILY', { interval: pick(rand, [1, 2, 7, 14, 30]), byMonth, byMonthDay });
    }
  }
}

/**
 * Like the engine (rule-build.ts), only BYSETPOS values inside every year's set: past it, RFC 5545 selects nothing
 * and rrule.js wraps around (see the last test).
 */
function setPosInRange(r: Rule, first: number, until: number): boolean {
  if (!r.bySetPos.length) return true;
  const base = { ...r, interval: 1, bySetPos: [] };
  for (let y = Number(isoFromSerial(first).slice(0, 4)); y <= Number(isoFromSerial(until).slice(0, 4)); y++) {
    const size = ruleDates(base, isoToSerial(`${y}-01-01`), isoToSerial(`${y}-12-31`), 400).length;
    if (r.bySetPos.some((p) => Math.abs(p) > size)) return false;
  }
  return true;
}

interface EngineCase extends RecurringCase {
  /** What the engine (rrule) makes of it. */
  dates: string[];
}

/** Generated rules × periods: DTSTART is the rule's first date on or after a random day, as the engine writes it. */
function generateCases(count: number): EngineCase[] {
  const rand = prng(14);
  const out: EngineCase[] = [];
  while (out.length < count) {
    const r = generatedRule(rand);
    const from = isoToSerial('2019-01-01') + int(rand, 0, 6 * 365);
    const first = ruleDates(r, from, from + 4 * 366, 1)[0];
    if (first === undefined) continue;
    const until = first + int(rand, 0, pick(rand, [40, 400, 1500, 3000]));
    if (!setPosInRange(r, first, until)) continue;
    const dates = ruleDates(r, first, until, 50_000).map(isoFromSerial);
    out.push({ dtstart: isoFromSerial(first), rrule: ruleText(r, first, until), until: isoFromSerial(until), dates });
  }
  return out;
}

let generated: EngineCase[] | undefined;
const generatedCases = (): EngineCase[] => (generated ??= generateCases(600));

/** Real phrases: the schedule's RRULE from its DTSTART, as written by the engine. */
function phraseCases(): Array<EngineCase & { label: string }> {
  const out: Array<EngineCase & { label: string }> = [];
  for (const phrase of RRULE_PHRASES) {
    for (const period of RRULE_PERIODS) {
      const s = parseDeadline(phrase, { period: parsePeriod(period)! });
      if (!s.rrule || !s.dtstart) continue;
      const dates = s.occurrences.map((o) => o.end);
      const until = dates[dates.length - 1]!;
      const label = `${phrase} in ${period}`;
      // (what the feeds write instead is checked in every engine by test/ics/cross-engine.test.ts)
      out.push({ label, dtstart: s.dtstart, rrule: s.rrule, until, dates });
    }
  }
  return out;
}

/**
 * Shapes ical.js 2.x expands correctly (LIBRARY-NOTES: it misexpands BYMONTHDAY=29..31 in months without that day,
 * yearly rules with several BYMONTH and a BYMONTHDAY, yearly INTERVAL>1 with BYMONTHDAY=-1; BYSETPOS is not tried
 * here). Client compatibility is another issue's: these cases only cross-check rrule.js where ical.js is right.
 */
function icalJsHandles(rrule: string): boolean {
  const part = (key: string) => new RegExp(`(?:^|;)${key}=([^;]*)`).exec(rrule)?.[1];
  const monthDays = (part('BYMONTHDAY') ?? '').split(',').filter(Boolean).map(Number);
  if (part('BYSETPOS')) return false;
  if (monthDays.some((d) => d > 28)) return false;
  if (
    part('FREQ') === 'YEARLY' &&
    monthDays.length &&
    ((part('BYMONTH') ?? '').includes(',') || Number(part('INTERVAL') ?? 1) > 1)
  )
    return false;
  return true;
}

describe.skipIf(missing !== null)('rrule.js and python recurring_ical_events expand the engine rules alike', () => {
  it('600 generated rules × periods', () => {
    const cases = generatedCases();
    const python = expandWithPython(cases) as string[][];
    const differ = cases.filter((c, i) => JSON.stringify(c.dates) !== JSON.stringify(python[i]));
    expect(differ.map((c) => `${c.dtstart} ${c.rrule}`)).toEqual([]);
    // the generator reaches every shape, and most rules have several dates
    for (const freq of ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'])
      expect(cases.some((c) => c.rrule.startsWith(`FREQ=${freq}`))).toBe(true);
    expect(cases.filter((c) => c.rrule.includes('BYSETPOS')).length).toBeGreaterThan(50);
    expect(cases.filter((c) => c.dates.length > 1).length).toBeGreaterThan(400);
  });

  it('real phrases × periods: the deadlines are what a calendar computes from the feed', () => {
    const cases = phraseCases();
    expect(cases.length).toBeGreaterThan(100);
    const python = expandWithPython(cases) as string[][];
    const differ = cases.filter((c, i) => JSON.stringify(c.dates) !== JSON.stringify(python[i]));
    expect(differ.map((c) => `${c.label}: ${c.rrule}`)).toEqual([]);
  });
});

describe('rrule.js and ical.js expand the engine rules alike (shapes ical.js handles)', () => {
  it('generated rules and real phrases', () => {
    const cases = [...generatedCases(), ...phraseCases()].filter((c) => icalJsHandles(c.rrule));
    expect(cases.length).toBeGreaterThan(300);
    const differ = cases.filter((c) => JSON.stringify(expandWithIcalJs(c)) !== JSON.stringify(c.dates));
    expect(differ.map((c) => `${c.dtstart} ${c.rrule}`)).toEqual([]);
  });
});

describe.skipIf(missing !== null)('rrule.js defect the engine steers around', () => {
  it('BYSETPOS past the set: rrule.js wraps around, RFC 5545 and dateutil select nothing (revisit when it agrees)', () => {
    const r = rule('YEARLY', { byMonth: [10], byMonthDay: [1], bySetPos: [-2] });
    const first = isoToSerial('2024-10-01');
    const until = isoToSerial('2027-12-31');
    const c = { dtstart: '2024-10-01', rrule: ruleText(r, first, until), until: '2027-12-31' };
    expect(ruleDates(r, first, until, 100).map(isoFromSerial)).toEqual([
      '2024-10-01',
      '2025-10-01',
      '2026-10-01',
      '2027-10-01',
    ]);
    // a calendar shows DTSTART, the event itself, and no recurrence
    expect(expandWithPython([c])).toEqual([['2024-10-01']]);
  });
});
