import { daysInMonth, fromSerial, isoFromSerial, isoToSerial, ruDate, serial } from '../util/dates.js';
import { formatPeriod } from './period.js';
import { issue, MESSAGES } from './issues.js';
import type { RuleHint } from './rule-build.js';
import { anyYearSpan } from './spans.js';
import type { Item, Parsed, Repeat } from './structure.js';
import type { Period, PhraseIssue, ScheduleKind } from './types.js';
import { firstYear, monthsFrom, nextMonthDay, windowAt, type Window } from './windows.js';

export interface Expansion {
  kind: ScheduleKind;
  windows: Window[];
  hint: RuleHint | null;
}

const MAX_OCCURRENCES = 20_000;
const UNITS_MONTHS = { month: 1, quarter: 3, half: 6 } as const;

/** Structure + period → kind and dated windows (sorted by start), following the rules of SCHEDULE-PHRASES.md. */
export function expand(p: Parsed, period: Period, issues: PhraseIssue[]): Expansion {
  const pS = isoToSerial(period.start);
  const pE = isoToSerial(period.end);
  if (p.ext?.rel && p.ext.end === null) return { kind: 'external', windows: [], hint: null };
  const rep = p.rep;
  if (!rep) {
    if (!p.items.length) {
      if (p.cont) return { kind: 'continuous', windows: [[pS, pE]], hint: null };
      return { kind: p.ext ? 'external' : 'unknown', windows: [], hint: null };
    }
    const windows = resolveOnce(p.items, pS, pE, issues);
    windows.forEach(([s, e], k) => {
      if (s >= pS && s <= pE) return;
      const text = `${ruDate(isoFromSerial(s))} – ${ruDate(isoFromSerial(e))}`;
      const item = p.items[k];
      issues.push(
        issue(
          'outside-period',
          'info',
          MESSAGES['outside-period'](text, formatPeriod(period)),
          item ? spanOf(item) : undefined,
        ),
      );
    });
    const sorted = sortWindows(windows);
    return {
      kind: sorted.length === 1 ? 'once' : 'recurring',
      windows: sorted,
      hint: { unit: 'list', interval: 1, nth: null },
    };
  }
  const windows = sortWindows(
    rep.unit === 'year'
      ? yearly(p.items, rep, pS, pE, issues)
      : rep.then
        ? thenByUnit(p.items, rep, pS, pE, issues)
        : byUnit(p.items, rep, pS, pE, issues),
  );
  if (!windows.length)
    issues.push(issue('no-occurrences', 'warning', MESSAGES['no-occurrences'](formatPeriod(period))));
  if (windows.length > MAX_OCCURRENCES) {
    // the cap keeps a build bounded; cutting the schedule short must be said, never done quietly
    windows.length = MAX_OCCURRENCES;
    const last = ruDate(isoFromSerial((windows[windows.length - 1] as Window)[1]));
    issues.push(
      issue(
        'occurrences-capped',
        'warning',
        MESSAGES['occurrences-capped'](MAX_OCCURRENCES.toLocaleString('ru-RU'), last),
      ),
    );
  }
  const nth = p.items.find((i) => i.a.shape === 'nth')?.a;
  return {
    kind: 'recurring',
    windows,
    hint: { unit: rep.unit, interval: rep.interval, nth: nth ? { n: nth.n, wd: nth.wd, month: nth.sm } : null },
  };
}

/** Dated items, each without a year placed at the first such date on or after the previous one (rule 8). */
function resolveOnce(items: Item[], pS: number, pE: number, issues: PhraseIssue[]): Window[] {
  const out: Window[] = [];
  let anchor = pS;
  for (const item of items) {
    let w: Window;
    if (item.a.shape === 'monthDay') {
      const d = nextMonthDay(item.a.sd, anchor);
      w = [d, d];
    } else {
      w = windowAt(item, item.a.y ?? firstYear(item, anchor));
      if (item.mode === 'from' && !item.b) w = [w[0], Math.max(pE, w[1])];
    }
    if (w[1] < w[0]) {
      const start = ruDate(isoFromSerial(w[0]));
      const end = ruDate(isoFromSerial(w[1]));
      issues.push(
        issue('range-reversed', 'error', MESSAGES['range-reversed'](start, end), spanOf(item), `с ${end} по ${start}`),
      );
      continue;
    }
    out.push(w);
    anchor = w[0];
  }
  return out;
}

function spanOf(item: Item): { o: number; l: number } {
  const end = item.b ?? item.a;
  return { o: item.a.o, l: end.o + end.l - item.a.o };
}

function inLimits(s: number, limits: Window[]): boolean {
  return !limits.length || limits.some(([a, b]) => s >= a && s <= b);
}

/** Yearly (every `interval` years): each template's window in every year whose start lies in the period. */
function yearly(items: Item[], rep: Repeat, pS: number, pE: number, issues: PhraseIssue[]): Window[] {
  const limits = resolveOnce(
    items.filter((i) => i.a.yearsOnly),
    pS,
    pE,
    issues,
  );
  let templates = items.filter((i) => !i.a.yearsOnly);
  const misfits = templates.filter(
    (i) => i.a.shape === 'monthDay' || i.a.shape === 'weekday' || (i.a.shape === 'nth' && i.a.sm === 0),
  );
  for (const m of misfits) issues.push(issue('repeat-conflict', 'error', MESSAGES['repeat-conflict'](), m.a));
  templates = templates.filter((i) => !misfits.includes(i));
  if (!templates.length) templates = [{ mode: 'window', a: anyYearSpan(0, 0), b: null }];
  const out: Window[] = [];
  const lastYear = fromSerial(pE).y + 1;
  for (const t of templates) {
    for (let Y = t.a.y ?? firstYear(t, pS); Y <= lastYear && out.length <= MAX_OCCURRENCES; Y += rep.interval) {
      const w = windowAt(t, Y);
      if (w[0] > pE) break;
      if (w[0] >= pS && inLimits(w[0], limits) && w[1] >= w[0]) out.push(w);
    }
  }
  return out;
}

/** Quarters, halves, months, weeks, days: calendar units starting in the period (or a day in each unit). */
function byUnit(items: Item[], rep: Repeat, pS: number, pE: number, issues: PhraseIssue[]): Window[] {
  const perUnit = items.find((i) => i.a.shape === 'monthDay' || i.a.shape === 'weekday' || i.a.shape === 'nth');
  const limits = resolveOnce(
    items.filter((i) => i.a.shape !== 'monthDay' && i.a.shape !== 'weekday' && i.a.shape !== 'nth'),
    pS,
    pE,
    issues,
  );
  const out: Window[] = [];
  const push = (w: Window) => {
    if (w[0] >= pS && w[0] <= pE && inLimits(w[0], limits) && out.length <= MAX_OCCURRENCES) out.push(w);
  };
  const start = fromSerial(pS);
  if (rep.unit === 'week' || rep.unit === 'day') {
    const step = (rep.unit === 'week' ? 7 : 1) * rep.interval;
    if (rep.unit === 'day') {
      for (let d = pS; d <= pE; d += step) push([d, d]);
    } else if (perUnit?.a.shape === 'weekday') {
      // «по вторникам и четвергам»: every weekday named
      const days = [...new Set(items.filter((i) => i.a.shape === 'weekday').map((i) => i.a.wd))].sort();
      const monday = pS - ((((pS + 3) % 7) + 7) % 7);
      for (let w = monday; w <= pE; w += step) for (const wd of days) push([w + wd - 1, w + wd - 1]);
    } else {
      let monday = pS - ((((pS + 3) % 7) + 7) % 7);
      if (monday < pS) monday += 7;
      for (let w = monday; w <= pE; w += step) push([w, w + 6]);
    }
    return out;
  }
  const months = UNITS_MONTHS[rep.unit as keyof typeof UNITS_MONTHS] ?? 1;
  if (perUnit && rep.unit === 'month') {
    for (const [y, m] of monthsFrom(start.y, start.m, rep.interval, pE)) {
      const a = perUnit.a;
      const d =
        a.shape === 'nth'
          ? windowAt({ ...perUnit, a: { ...a, sm: m } }, y)[0]
          : serial(y, m, Math.min(a.sd, daysInMonth(y, m)));
      push([d, d]);
    }
    return out;
  }
  if (perUnit) issues.push(issue('repeat-conflict', 'error', MESSAGES['repeat-conflict'](), perUnit.a));
  // the first unit that starts on or after the period's start
  let first = start.y * 12 + start.m - 1;
  while (first % months !== 0 || serial(Math.floor(first / 12), (first % 12) + 1, 1) < pS) first++;
  for (const [y, m] of monthsFrom(Math.floor(first / 12), (first % 12) + 1, months * rep.interval, pE)) {
    const endIndex = y * 12 + m - 1 + months - 1;
    const ey = Math.floor(endIndex / 12);
    const em = (endIndex % 12) + 1;
    push([serial(y, m, 1), serial(ey, em, daysInMonth(ey, em))]);
  }
  return out;
}

/**
 * «до 15.09.2024, далее ежемесячно»: the date given, then the same day of every following unit (rule 11: counting
 * from the first date); «сентябрь 2024, далее ежеквартально»: that window, then the units after it.
 */
function thenByUnit(items: Item[], rep: Repeat, pS: number, pE: number, issues: PhraseIssue[]): Window[] {
  const given = resolveOnce(items, pS, pE, issues);
  const first = given[0];
  if (!first) return byUnit(items, rep, pS, pE, issues);
  const out: Window[] = [...given];
  const push = (w: Window) => {
    if (w[0] > first[1] && w[0] <= pE && out.length <= MAX_OCCURRENCES) out.push(w);
  };
  if (given.length === 1 && first[0] === first[1]) {
    const day = fromSerial(first[0]);
    if (rep.unit === 'week' || rep.unit === 'day') {
      const step = (rep.unit === 'week' ? 7 : 1) * rep.interval;
      for (let d = first[0] + step; d <= pE && out.length <= MAX_OCCURRENCES; d += step) push([d, d]);
    } else {
      const months = (UNITS_MONTHS[rep.unit as keyof typeof UNITS_MONTHS] ?? 12) * rep.interval;
      for (const [y, m] of monthsFrom(day.y, day.m, months, pE)) {
        const d = serial(y, m, Math.min(day.d, daysInMonth(y, m)));
        push([d, d]);
      }
    }
    return out;
  }
  for (const w of byUnit([], rep, pS, pE, issues)) push(w);
  return out;
}

function sortWindows(ws: Window[]): Window[] {
  const seen = new Set<string>();
  return ws
    .filter((w) => {
      const key = `${w[0]}:${w[1]}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
