import { daysInMonth, fromSerial, serial, weekdayOf } from '../util/dates.js';
import type { Item } from './structure.js';

/** A dated window as day serials [start, end], both inclusive. */
export type Window = [number, number];

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

/** The window of an item whose start falls in year Y. */
export function windowAt(item: Item, Y: number): Window {
  const a = item.a;
  const b = item.b ?? a;
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
  if (item.mode !== 'until') return [s, e];
  // «до начала апреля» is the first of April; any other «до X» is the end of X
  return a.part === 'begin' && !item.b ? [s, s] : [e, e];
}

/** Rule 8: the first year in which the item's date (its start, or the deadline day) is on or after `anchor`. */
export function firstYear(item: Item, anchor: number): number {
  const y0 = fromSerial(anchor).y;
  for (let Y = y0 - 1; Y <= y0 + 2; Y++) {
    const [s, e] = windowAt(item, Y);
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
