import { daysInMonth, fromSerial, serial, weekdayOf } from '../util/dates.js';
import { rule, ruleDates, type Rule } from './rule.js';
import type { Unit } from './structure.js';

export interface RuleHint {
  /** The repetition the phrase said; 'list' for several dates without one. */
  unit: Unit | 'list';
  interval: number;
  /** «в первый понедельник марта»: month 0 = every month. */
  nth: { n: number; wd: number; month: number } | null;
}

/**
 * The simplest rule whose expansion from the first end to the last is exactly `ends` (sorted day serials),
 * or null when none of the shapes tried fits. Every candidate is proven by letting rrule expand it: what the
 * engine hands out is what a calendar computes from the feed.
 */
export function buildRule(ends: number[], hint: RuleHint): { rule: Rule; dates: number[] } | null {
  const head = ends[0];
  const tail = ends[ends.length - 1];
  if (head === undefined || tail === undefined) return null;
  const first: number = head;
  const last: number = tail;
  let dates: number[] = [];
  const exact = (r: Rule | null): r is Rule => {
    if (r === null) return false;
    dates = ruleDates(r, first, last, ends.length + 1);
    return same(dates, ends);
  };
  const order: Array<() => Iterable<Rule>> =
    hint.unit === 'week'
      ? [weekly, daily, yearly, monthly]
      : hint.unit === 'month'
        ? [monthly, yearly, weekly, daily]
        : hint.unit === 'day'
          ? [daily, weekly, monthly, yearly]
          : [yearly, monthly, weekly, daily];
  if (hint.nth) {
    const { n, wd, month } = hint.nth;
    const byDay = [{ n, wd }];
    const r = month
      ? rule('YEARLY', { interval: hint.interval, byMonth: [month], byDay })
      : rule('MONTHLY', { interval: hint.interval, byDay });
    if (exact(r)) return { rule: r, dates };
  }
  for (const gen of order) for (const r of gen()) if (exact(r)) return { rule: r, dates };
  return null;

  // Candidates are generated lazily, simplest first: most phrases are proven by the first one.
  function* yearly(): Generator<Rule> {
    const byYear = new Map<number, number[]>();
    for (const e of ends) {
      const y = fromSerial(e).y;
      const list = byYear.get(y) ?? [];
      list.push(e);
      byYear.set(y, list);
    }
    const years = [...byYear.keys()];
    const interval = years.length > 1 ? gcdAll(diffs(years)) : Math.max(1, hint.interval);
    const months = unique(ends.map((e) => fromSerial(e).m));
    for (const lastAsMinusOne of [true, false]) {
      const days = unique(ends.map((e) => dayCode(e, lastAsMinusOne)));
      const base = rule('YEARLY', { interval, byMonth: months, byMonthDay: days });
      yield base;
      if (months.length * days.length > 1) {
        for (const sign of [1, -1]) {
          const bySetPos = positions(byYear, base, sign);
          if (bySetPos) yield { ...base, bySetPos };
        }
      }
    }
  }

  function* monthly(): Generator<Rule> {
    const idx = ends.map((e) => {
      const p = fromSerial(e);
      return p.y * 12 + p.m - 1;
    });
    const interval = idx.length > 1 ? gcdAll(diffs(idx)) : Math.max(1, hint.interval);
    if (interval === 0) return;
    const days = unique(ends.map((e) => dayCode(e, true)));
    yield rule('MONTHLY', { interval, byMonthDay: days });
    const max = Math.max(...ends.map((e) => fromSerial(e).d));
    // «до 30 числа каждого месяца»: the 30th, or the last day of a shorter month
    if (max >= 29) yield rule('MONTHLY', { interval, byMonthDay: range(28, max), bySetPos: [-1] });
  }

  function* weekly(): Generator<Rule> {
    const wd = weekdayOf(first);
    const days = unique(ends.map(weekdayOf));
    if (days.length > 1) {
      yield rule('WEEKLY', { interval: Math.max(1, hint.interval), byDay: days.map((d) => ({ n: 0, wd: d })) });
      return;
    }
    const step = ends.length > 1 ? gcdAll(diffs(ends)) : 7 * Math.max(1, hint.interval);
    if (step % 7 === 0 && step !== 0) yield rule('WEEKLY', { interval: step / 7, byDay: [{ n: 0, wd }] });
  }

  function* daily(): Generator<Rule> {
    const step = ends.length > 1 ? gcdAll(diffs(ends)) : 1;
    if (step === 0) return;
    const months = unique(ends.map((e) => fromSerial(e).m));
    const days = unique(ends.map((e) => fromSerial(e).d));
    yield rule('DAILY', { interval: step });
    yield rule('DAILY', { interval: step, byMonth: months });
    yield rule('DAILY', { interval: step, byMonth: months, byMonthDay: days });
  }
}

/** Day of month for BYMONTHDAY: -1 for a month's last day when asked to. */
function dayCode(e: number, lastAsMinusOne: boolean): number {
  const p = fromSerial(e);
  return lastAsMinusOne && p.d === daysInMonth(p.y, p.m) ? -1 : p.d;
}

/**
 * BYSETPOS values that pick the wanted days out of each year's candidates, or null when one of them lies outside
 * some year's set: RFC 5545 (and dateutil) select nothing for it, rrule.js wraps around and picks another day.
 */
function positions(byYear: Map<number, number[]>, base: Rule, sign: number): number[] | null {
  const pos = new Set<number>();
  const sizes: number[] = [];
  for (const [y, wanted] of byYear) {
    const cands = ruleDates({ ...base, interval: 1 }, serial(y, 1, 1), serial(y, 12, 31), 366);
    sizes.push(cands.length);
    for (const w of wanted) {
      const i = cands.indexOf(w);
      if (i >= 0) pos.add(sign > 0 ? i + 1 : i - cands.length);
    }
  }
  const smallest = Math.min(...sizes);
  if ([...pos].some((p) => Math.abs(p) > smallest)) return null;
  return [...pos].sort((a, b) => a - b);
}

function same(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

function diffs(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < xs.length; i++) out.push((xs[i] ?? 0) - (xs[i - 1] ?? 0));
  return out;
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function gcdAll(xs: number[]): number {
  return xs.reduce((g, x) => gcd(g, x), 0);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
