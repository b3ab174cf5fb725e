import { daysInMonth, fromSerial, serial, weekdayOf } from './dates.js';
import type { Rule } from './rule.js';

/**
 * Expands a rule from `dtstart` to `until` (day serials, inclusive) with RFC 5545 semantics, for the subset in
 * `Rule`. The engine uses it to prove each rule it writes before handing it out; tests check it against rrule.js.
 */
export function expandRule(r: Rule, dtstart: number, until: number, cap = 50_000): number[] {
  const start = fromSerial(dtstart);
  const endYear = fromSerial(until).y;
  const out: number[] = [];
  const take = (set: number[]) => {
    for (const d of applySetPos(set, r.bySetPos)) if (d >= dtstart && d <= until && out.length < cap) out.push(d);
  };
  if (r.freq === 'YEARLY') {
    for (let y = start.y; y <= endYear && out.length < cap; y += r.interval) {
      const months = r.byMonth.length ? r.byMonth : [start.m];
      take(months.flatMap((m) => monthDays(r, y, m, start.d)).sort((a, b) => a - b));
    }
  } else if (r.freq === 'MONTHLY') {
    for (let i = start.y * 12 + start.m - 1; ; i += r.interval) {
      const y = Math.floor(i / 12);
      const m = (i % 12) + 1;
      if (y > endYear || out.length >= cap) break;
      if (r.byMonth.length && !r.byMonth.includes(m)) continue;
      take(monthDays(r, y, m, start.d));
    }
  } else if (r.freq === 'WEEKLY') {
    const monday = dtstart - (weekdayOf(dtstart) - 1);
    const days = r.byDay.length ? r.byDay.map((d) => d.wd) : [weekdayOf(dtstart)];
    for (let w = monday; w <= until && out.length < cap; w += 7 * r.interval) {
      take(days.map((wd) => w + wd - 1).sort((a, b) => a - b));
    }
  } else {
    for (let d = dtstart; d <= until && out.length < cap; d += r.interval) {
      const p = fromSerial(d);
      if (r.byMonth.length && !r.byMonth.includes(p.m)) continue;
      if (r.byMonthDay.length && !r.byMonthDay.some((md) => resolveDay(p.y, p.m, md) === p.d)) continue;
      out.push(d);
    }
  }
  return out;
}

function resolveDay(y: number, m: number, md: number): number {
  const dim = daysInMonth(y, m);
  const d = md < 0 ? dim + 1 + md : md;
  return d >= 1 && d <= dim ? d : 0;
}

/** The days of month m that the BYMONTHDAY / BYDAY parts select (or DTSTART's day), sorted, no duplicates. */
function monthDays(r: Rule, y: number, m: number, startDay: number): number[] {
  const set = new Set<number>();
  if (r.byMonthDay.length) {
    for (const md of r.byMonthDay) {
      const d = resolveDay(y, m, md);
      if (d) set.add(serial(y, m, d));
    }
  } else if (r.byDay.length) {
    for (const { n, wd } of r.byDay) {
      const all: number[] = [];
      for (let d = 1; d <= daysInMonth(y, m); d++) if (weekdayOf(serial(y, m, d)) === wd) all.push(serial(y, m, d));
      const pick = n === 0 ? all : n > 0 ? [all[n - 1]] : [all[all.length + n]];
      for (const d of pick) if (d !== undefined) set.add(d);
    }
  } else {
    const d = resolveDay(y, m, startDay);
    if (d === startDay) set.add(serial(y, m, d));
  }
  return [...set].sort((a, b) => a - b);
}

function applySetPos(set: number[], pos: number[]): number[] {
  if (!pos.length) return set;
  const out = new Set<number>();
  for (const p of pos) {
    const d = p > 0 ? set[p - 1] : set[set.length + p];
    if (d !== undefined) out.add(d);
  }
  return [...out].sort((a, b) => a - b);
}
