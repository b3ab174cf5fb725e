import { daysInMonth, fromSerial, serial, weekdayOf } from '../util/dates.js';
import type { TermKind } from './school-calendar.js';
import type { Item, TermPart } from './structure.js';

/** A dated window as day serials [start, end], both inclusive. */
export type Window = [number, number];

/** The school calendar's windows of a kind of term (n = 0: all of them) in the school year starting in Y. */
export type TermLookup = (kind: TermKind, n: number, Y: number) => Window[];

/** How long after a term «по итогам» means, and how long its first or last week is: docs/schedule.md. */
const RESULTS_DAYS_SCHOOL = 7;
const RESULTS_DAYS_CALENDAR = 10;
const TERM_EDGE_DAYS = 7;

/**
 * A part of a window: its first or last week («в начале/конце четверти»), or the days right after it («по итогам»):
 * a week after a school term (the holidays that follow it), the first ten days of the next month after a calendar
 * quarter or half («до 10 числа месяца, следующего за отчётным»).
 */
export function withPart(w: Window, part: TermPart | null, school: boolean): Window {
  const [s, e] = w;
  if (part === 'begin') return [s, Math.min(e, s + TERM_EDGE_DAYS - 1)];
  if (part === 'end') return [Math.max(s, e - TERM_EDGE_DAYS + 1), e];
  if (part === 'results') return [e + 1, e + (school ? RESULTS_DAYS_SCHOOL : RESULTS_DAYS_CALENDAR)];
  return w;
}

function clampDay(y: number, m: number, d: number): number {
  const dim = daysInMonth(y, m);
  return d < 0 ? dim : Math.min(d, dim);
}

/** The n-th (n = -1: last) weekday wd of a month, as a day serial. */
function nthWeekday(y: number, m: number, n: number, wd: number): number {
  if (n > 0) {
    const first = serial(y, m, 1);
    return first + ((wd - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
  }
  const last = serial(y, m, daysInMonth(y, m));
  return last - ((weekdayOf(last) - wd + 7) % 7);
}

/** The window of an item whose start falls in year Y (for a school term: in the school year starting in Y). */
export function windowAt(item: Item, Y: number, terms: TermLookup): Window {
  const a = item.a;
  const b = item.b ?? a;
  if (a.shape === 'term' && a.term) {
    const w = terms(a.term, a.n, Y)[0] ?? [serial(Y, 9, 1), serial(Y, 9, 1)];
    const first = withPart(w, a.termPart, true);
    if (!item.b || b.shape !== 'term' || !b.term) return item.mode === 'until' ? [first[1], first[1]] : first;
    // «I–II четверть», «с I по III четверть»: from the first term to the end of the last, in the same school year
    const last = withPart(terms(b.term, b.n, Y)[0] ?? w, b.termPart, true);
    return item.mode === 'until' ? [last[1], last[1]] : [first[0], last[1]];
  }
  if (a.shape === 'nth') {
    const d = nthWeekday(Y, a.sm, a.n, a.wd);
    return [d, d];
  }
  const s = serial(Y, a.sm, clampDay(Y, a.sm, a.sd));
  let eY = Y + a.eyOff;
  if (item.b) {
    const off = a.y !== null && b.y !== null ? b.y - a.y : b.sm < a.sm ? 1 : 0;
    eY = Y + off + b.eyOff;
  }
  const e = serial(eY, b.em, clampDay(eY, b.em, b.ed));
  if (a.termPart && !item.b) {
    const w = withPart([s, e], a.termPart, false);
    return item.mode === 'until' ? [w[1], w[1]] : w;
  }
  if (item.mode !== 'until') return [s, e];
  // «до начала апреля» is the first of April; any other «до X» is the end of X
  return a.part === 'begin' && !item.b ? [s, s] : [e, e];
}

/** Rule 8: the first year in which the item's date (its start, or the deadline day) is on or after `anchor`. */
export function firstYear(item: Item, anchor: number, terms: TermLookup): number {
  const y0 = fromSerial(anchor).y;
  for (let Y = y0 - 1; Y <= y0 + 2; Y++) {
    const [s, e] = windowAt(item, Y, terms);
    if ((item.mode === 'until' ? e : s) >= anchor) return Y;
  }
  return y0;
}

/** «до 25 числа» without a month: the first 25th on or after `anchor`. */
export function nextMonthDay(d: number, anchor: number): number {
  const p = fromSerial(anchor);
  for (let i = 0; i < 3; i++) {
    const y = p.y + Math.floor((p.m - 1 + i) / 12);
    const m = ((p.m - 1 + i) % 12) + 1;
    const day = serial(y, m, clampDay(y, m, d));
    if (day >= anchor) return day;
  }
  return anchor;
}

/** Consecutive months from (y, m), `step` apart, as [first day, last day] while the start is ≤ `until`. */
export function* monthsFrom(y: number, m: number, step: number, until: number): Generator<[number, number, number]> {
  for (let i = y * 12 + m - 1; ; i += step) {
    const yy = Math.floor(i / 12);
    const mm = (i % 12) + 1;
    if (serial(yy, mm, 1) > until) return;
    yield [yy, mm, i];
  }
}
