import { daysInMonth, fromSerial, isoFromSerial, isoToSerial, ruDate, serial } from '../util/dates.js';
import { formatPeriod, isSchoolPeriod } from './period.js';
import { issue, MESSAGES } from './issues.js';
import type { RuleHint } from './rule-build.js';
import type { TermKind } from './school-calendar.js';
import { anyYearSpan, termSpan } from './spans.js';
import type { Item, Parsed, Repeat, Span, TermPart, Unit } from './structure.js';
import type { Period, PhraseIssue, ScheduleKind } from './types.js';
import { firstYear, monthsFrom, nextMonthDay, windowAt, withPart, type TermLookup, type Window } from './windows.js';

export interface Expansion {
  kind: ScheduleKind;
  windows: Window[];
  hint: RuleHint | null;
}

const MAX_OCCURRENCES = 20_000;
const UNITS_MONTHS = { month: 1, quarter: 3, half: 6 } as const;

/** What every step of an expansion reads: the period, the school calendar's terms, where problems go. */
interface Env {
  pS: number;
  pE: number;
  issues: PhraseIssue[];
  terms: TermLookup;
  /** The period is a school year (or several): «полугодие» is a half of the school year. */
  school: boolean;
}

const TERM_UNITS: Partial<Record<Unit, TermKind>> = { term: 'quarter', trimester: 'trimester', holiday: 'holiday' };

/** Structure + period → kind and dated windows (sorted by start), following the rules of SCHEDULE-PHRASES.md. */
export function expand(p: Parsed, period: Period, issues: PhraseIssue[], terms: TermLookup): Expansion {
  const pS = isoToSerial(period.start);
  const pE = isoToSerial(period.end);
  const env: Env = { pS, pE, issues, terms, school: isSchoolPeriod(period) };
  if (env.school) for (const item of p.items) for (const s of [item.a, item.b]) if (s) toSchoolHalf(s);
  if (p.ext?.rel && p.ext.end === null) return { kind: 'external', windows: [], hint: null };
  const rep = p.rep;
  if (env.school && rep?.unit === 'year' && rep.during && rep.interval === 1 && !p.items.length) {
    // rule 13 reads «в течение года» as calendar years; in a school-year roadmap a school may mean its year: said
    issues.push(issue('school-year-ambiguous', 'warning', MESSAGES['school-year-ambiguous']()));
  }
  if (p.reported && p.items.length === 1) return afterReported(p.items[0] as Item, rep, env);
  if (!rep) {
    if (!p.items.length) {
      if (p.cont) return { kind: 'continuous', windows: [[pS, pE]], hint: null };
      return { kind: p.ext ? 'external' : 'unknown', windows: [], hint: null };
    }
    const windows = resolveOnce(p.items, env);
    yearGuesses(p.items, windows, env, formatPeriod(period));
    windows.forEach(([s, e], k) => {
      // «15.02.25-24.02.99»: a window running years past the period is most likely a slip in a year
      if (s < pS || e <= pE + 366) return;
      const text = `${ruDate(isoFromSerial(s))} – ${ruDate(isoFromSerial(e))}`;
      const item = p.items[k];
      issues.push(
        issue(
          'range-long',
          'warning',
          MESSAGES['range-long'](text, formatPeriod(period)),
          item ? spanOf(item) : undefined,
        ),
      );
    });
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
      ? yearly(p.items, rep, env)
      : rep.then
        ? thenByUnit(p.items, rep, env)
        : byUnit(p.items, rep, env),
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
function resolveOnce(items: Item[], env: Env): Window[] {
  const { pS, pE, issues } = env;
  const out: Window[] = [];
  let anchor = pS;
  for (const item of items) {
    let w: Window;
    if (item.a.shape === 'monthDay') {
      const d = nextMonthDay(item.a.sd, anchor);
      w = [d, d];
    } else {
      w = windowAt(item, item.a.y ?? firstYear(item, anchor, env.terms), env.terms);
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
function yearly(items: Item[], rep: Repeat, env: Env): Window[] {
  const { pS, pE, issues } = env;
  const limits = resolveOnce(
    items.filter((i) => i.a.yearsOnly),
    env,
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
    for (
      let Y = t.a.y ?? firstYear(t, pS, env.terms);
      Y <= lastYear && out.length <= MAX_OCCURRENCES;
      Y += rep.interval
    ) {
      const w = windowAt(t, Y, env.terms);
      if (w[0] > pE) break;
      if (w[0] >= pS && inLimits(w[0], limits) && w[1] >= w[0]) out.push(w);
    }
  }
  return out;
}

/** Quarters, halves, months, weeks, days: calendar units starting in the period (or a day in each unit). */
function byUnit(items: Item[], rep: Repeat, env: Env): Window[] {
  const { pS, pE, issues } = env;
  const perUnit = items.find((i) => i.a.shape === 'monthDay' || i.a.shape === 'weekday' || i.a.shape === 'nth');
  const limits = resolveOnce(
    items.filter((i) => i.a.shape !== 'monthDay' && i.a.shape !== 'weekday' && i.a.shape !== 'nth' && !isEach(i)),
    env,
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
  const each = items.find(isEach)?.a.termPart ?? null;
  // «по итогам каждой четверти»: the terms of the period, each moved to the days after it
  const pushPart = (w: Window, part: TermPart | null, school: boolean) => {
    if (w[0] >= pS && w[0] <= pE && inLimits(w[0], limits) && out.length <= MAX_OCCURRENCES)
      out.push(withPart(w, part, school));
  };
  const kind = TERM_UNITS[rep.unit] ?? (rep.unit === 'half' && env.school ? 'half' : undefined);
  if (kind) {
    // school terms: the calendar's, of every school year that touches the period
    let k = 0;
    for (let Y = start.y - 1; Y <= fromSerial(pE).y; Y++) {
      for (const w of env.terms(kind, 0, Y)) if (k++ % rep.interval === 0) pushPart(w, each, true);
    }
    return out;
  }
  const months = UNITS_MONTHS[rep.unit as keyof typeof UNITS_MONTHS] ?? 1;
  if (perUnit && rep.unit === 'month') {
    for (const [y, m] of monthsFrom(start.y, start.m, rep.interval, pE)) {
      const a = perUnit.a;
      const d =
        a.shape === 'nth'
          ? windowAt({ ...perUnit, a: { ...a, sm: m } }, y, env.terms)[0]
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
    pushPart([serial(y, m, 1), serial(ey, em, daysInMonth(ey, em))], each, false);
  }
  return out;
}

/**
 * Rule 19: a date without a year is placed at the first such date in the period; when the period has room for it in
 * another year too («февраль» in 2021–2022), that is a guess, and it is said.
 */
function yearGuesses(items: Item[], windows: Window[], env: Env, period: string): void {
  items.forEach((item, k) => {
    const w = windows[k];
    if (!w || item.a.y !== null || (item.b && item.b.y !== null)) return;
    if (item.a.shape === 'monthDay' || item.a.shape === 'weekday' || item.a.shape === 'nth') return;
    const y0 = fromSerial(w[0]).y;
    const Y = [y0 - 1, y0].find((y) => windowAt(item, y, env.terms)[0] === w[0]);
    if (Y === undefined) return;
    const next = windowAt(item, Y + 1, env.terms)[0];
    if (next > env.pE) return;
    const text = `${ruDate(isoFromSerial(w[0]))} – ${ruDate(isoFromSerial(w[1]))}`;
    env.issues.push(issue('year-assumed', 'warning', MESSAGES['year-assumed'](text, period), spanOf(item)));
  });
}

/**
 * «ежемесячно до 15 числа месяца, следующего за отчетным», «ежегодно не позднее 25 января года, следующего за
 * отчетным»: one deadline for each reported month, quarter or year that starts in the period, in the unit after it.
 */
function afterReported(item: Item, rep: Repeat | null, env: Env): Expansion {
  const unit = rep?.unit ?? 'year';
  const a = item.a;
  const units: Window[] =
    unit === 'year'
      ? [...monthsFrom(fromSerial(env.pS).y, 1, 12, env.pE)]
          .map(([y]) => [serial(y, 1, 1), serial(y, 12, 31)] as Window)
          .filter((w) => w[0] >= env.pS)
      : byUnit([], { unit, interval: rep?.interval ?? 1, during: false, then: false }, env);
  const windows: Window[] = [];
  for (const [, e] of units) {
    const after = fromSerial(e + 1);
    let d: number;
    // a yearly report «до 5 числа месяца года, следующего за отчетным» names no month: not guessed
    if (a.shape === 'monthDay' && unit !== 'year')
      d = serial(after.y, after.m, Math.min(a.sd, daysInMonth(after.y, after.m)));
    else if (a.shape === 'day' && unit === 'year')
      d = serial(after.y, a.sm, Math.min(a.sd, daysInMonth(after.y, a.sm)));
    else {
      env.issues.push(
        issue('repeat-unsupported', 'error', MESSAGES['repeat-unsupported']('следующего за отчетным'), a),
      );
      return { kind: 'unknown', windows: [], hint: null };
    }
    windows.push([d, d]);
  }
  return { kind: 'recurring', windows, hint: { unit: unit === 'year' ? 'year' : 'month', interval: 1, nth: null } };
}

/** «по итогам каждой четверти», «в конце четверти»: the marker item that says which part of each unit is meant. */
function isEach(i: Item): boolean {
  return i.a.n === 0 && (i.a.shape === 'term' || i.a.termPart !== null);
}

/** Rule 18: in a school year a yearless «I полугодие» is September–December, «II полугодие» January–May. */
function toSchoolHalf(s: Span): void {
  if (s.shape !== 'half' || s.yWritten) return;
  Object.assign(s, termSpan('half', s.n, null, s.termPart, s.o, s.l));
}

/**
 * «до 15.09.2024, далее ежемесячно»: the date given, then the same day of every following unit (rule 11: counting
 * from the first date); «сентябрь 2024, далее ежеквартально»: that window, then the units after it.
 */
function thenByUnit(items: Item[], rep: Repeat, env: Env): Window[] {
  const { pE } = env;
  const given = resolveOnce(items, env);
  const first = given[0];
  if (!first) return byUnit(items, rep, env);
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
  for (const w of byUnit([], rep, env)) push(w);
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
