import type { Cursor } from './cursor.js';
import { daysInMonth, iso, maxDaysInMonth, ruDate } from '../util/dates.js';
import { issue, MESSAGES } from './issues.js';
import {
  anyYearSpan,
  daySpan,
  halfSpan,
  monthDaySpan,
  monthSpan,
  nthSpan,
  partSpan,
  quarterSpan,
  schoolSpan,
  termSpan,
  weekdaySpan,
  yearSpan,
} from './spans.js';
import type { Kw } from './lexicon.js';
import type { TermKind } from './school-calendar.js';
import type { PartOfMonth, Span } from './structure.js';
import type { Token } from './token.js';
import type { PhraseIssue } from './types.js';

/**
 * One date expression: a day, month, year, quarter, half, part of a month, school year, n-th weekday…
 * Returns null (and leaves the cursor alone) when the tokens do not start one.
 */
export function parsePoint(c: Cursor, issues: PhraseIssue[]): Span | null {
  const start = c.i;
  const t = c.peek();
  let s: Span | null = null;
  if (!t) return null;
  if (t.t === 'date') {
    c.i++;
    s = daySpan(t.d, t.m, t.y ?? shortYear(c) ?? readYear(c, issues), 0, 0);
    if (t.y !== null) skipYearWords(c);
    check(s, t, issues);
  } else if (t.t === 'num') {
    s = numberPoint(c, t, issues);
  } else if (t.t === 'month') {
    c.i++;
    s = monthSpan(t.v, readYear(c, issues), 0, 0);
  } else if (t.t === 'roman' || t.t === 'ord') {
    s = ordinalPoint(c, t.v);
  } else if (t.t === 'kw' && (t.k === 'begin' || t.k === 'mid' || t.k === 'end')) {
    s = partPoint(c, t.k);
  } else if (t.t === 'kw' && t.k === 'school') {
    c.i++;
    c.skip('yearw');
    s = schoolSpan(null, 0, 0);
  } else if (t.t === 'wd') {
    c.i++;
    s = weekdaySpan(t.v, 0, 0);
  } else if (t.t === 'kw') {
    s = holidayPoint(c, t.k);
  }
  if (!s) {
    c.i = start;
    return null;
  }
  const first = c.toks[start] as Token;
  const last = c.toks[c.i - 1] as Token;
  s.o = first.o;
  s.l = last.o + last.l - first.o;
  return s;
}

type NumToken = Token & { t: 'num' };
const yearOf = (t: Token | undefined): number | null =>
  t !== undefined && t.t === 'num' && t.digits === 4 && t.v >= 1900 && t.v <= 2100 ? t.v : null;

/**
 * An optional year after a date: «2023», «2023 г.», or «т.г.»/«текущего года» (= no year given). With `issues`, a year
 * after a comma that ends the phrase («Март , 2023») is taken too, with a warning: read alone it would be a second
 * date (the whole year) and shift the month into another year.
 */
function readYear(c: Cursor, issues?: PhraseIssue[]): number | null {
  const y = yearOf(c.peek());
  if (y !== null) {
    c.i++;
    skipYearWords(c);
    return y;
  }
  const sep = c.peek();
  const after = c.peek(1);
  const y2 = yearOf(after);
  // «Февраль; 2022» too: a semicolon before the phrase's last word, a year, is the same slip as a comma
  if (issues && sep?.t === 'sep' && y2 !== null && after) {
    const rest = c.toks.slice(c.i + 2).filter((t) => !(t.t === 'kw' && t.k === 'yearw'));
    if (rest.length === 0) {
      c.i += 2;
      skipYearWords(c);
      issues.push(
        issue('comma-year', 'warning', MESSAGES['comma-year'](String(y2)), { o: sep.o, l: after.o + after.l - sep.o }),
      );
      return y2;
    }
  }
  if (c.skip('cur') > 0) c.skip('yearw');
  return null;
}

/** «28.10. 22 г.»: a two-digit year after a space, marked as a year by «г.». */
function shortYear(c: Cursor): number | null {
  const n = c.peek();
  if (n?.t !== 'num' || n.digits !== 2 || !c.isKw('yearw', 1)) return null;
  c.i += 2;
  return 2000 + n.v;
}

function skipYearWords(c: Cursor): void {
  c.skip('yearw');
}

function numberPoint(c: Cursor, t: NumToken, issues: PhraseIssue[]): Span | null {
  const next = c.peek(1);
  if (yearOf(t) !== null) {
    c.i++;
    const slash = c.peek();
    const second = c.peek(1);
    if (slash?.t === 'slash' && second?.t === 'num' && (second.digits === 2 || second.digits === 4)) {
      const y2 = second.digits === 2 ? Math.floor(t.v / 100) * 100 + second.v : second.v;
      if (y2 === t.v + 1) {
        c.i += 2;
        c.skip('yearw', 'school', 'yearw');
        return schoolSpan(t.v, 0, 0);
      }
    }
    skipYearWords(c);
    if (c.isKw('school')) {
      c.i++;
      skipYearWords(c);
      return schoolSpan(t.v, 0, 0);
    }
    return yearSpan(t.v, 0, 0);
  }
  if (t.digits < 1 || t.digits > 2 || t.v < 1 || t.v > 31 || !next) return null;
  if (next.t === 'month') {
    c.i += 2;
    const s = daySpan(t.v, next.v, readYear(c, issues), 0, 0);
    check(s, t, issues);
    return s;
  }
  if (next.t === 'kw') {
    const term = termOf(next.k, t.v);
    if (term) {
      c.i += 2;
      return termSpan(term, t.v, readSchoolYear(c), null, 0, 0);
    }
    if (next.k === 'datew' || next.k === 'dayw') {
      c.i += 2;
      return monthDaySpan(t.v, 0, 0);
    }
    if (next.k === 'quarterw' && t.v <= 4) {
      c.i += 2;
      return quarterSpan(t.v, readYear(c), 0, 0);
    }
    if (next.k === 'halfw' && t.v <= 2) {
      c.i += 2;
      return halfSpan(t.v, readYear(c), 0, 0);
    }
    if (next.k === 'decadew' && t.v <= 3) return decade(c, t.v);
  }
  const ranged = rangeTerm(c, t.v);
  if (ranged) return ranged;
  const joins =
    next.t === 'dash' ||
    next.t === 'sep' ||
    (next.t === 'kw' && (next.k === 'through' || next.k === 'until' || next.k === 'and'));
  if (!joins) return null;
  c.i++;
  return daySpan(t.v, 0, null, 0, 0);
}

function decade(c: Cursor, n: number): Span | null {
  const m = c.peek(2);
  if (m?.t !== 'month') return null;
  c.i += 3;
  return partSpan(`d${n}` as PartOfMonth, m.v, readYear(c), 0, 0);
}

function ordinalPoint(c: Cursor, n: number): Span | null {
  const next = c.peek(1);
  if (!next) return null;
  const term = next.t === 'kw' ? termOf(next.k, n) : null;
  if (term) {
    c.i += 2;
    return termSpan(term, n, readSchoolYear(c), null, 0, 0);
  }
  const ranged = rangeTerm(c, n);
  if (ranged) return ranged;
  if (next.t === 'kw' && next.k === 'quarterw' && n >= 1 && n <= 4) {
    c.i += 2;
    return quarterSpan(n, readYear(c), 0, 0);
  }
  if (next.t === 'kw' && next.k === 'halfw' && n >= 1 && n <= 2) {
    c.i += 2;
    return halfSpan(n, readYear(c), 0, 0);
  }
  if (next.t === 'kw' && next.k === 'decadew' && n >= 1 && n <= 3) return decade(c, n);
  if (next.t === 'wd' && (n === -1 || (n >= 1 && n <= 5))) {
    const m = c.peek(2);
    if (m?.t === 'month') {
      c.i += 3;
      return nthSpan(n, next.v, m.v, 0, 0);
    }
    if (m?.t === 'kw' && m.k === 'monthw') {
      c.i += 3;
      return nthSpan(n, next.v, 0, 0, 0);
    }
  }
  return null;
}

/** «I–II четверть», «1-3 триместр»: the first term of a range; readItem reads the second after the dash. */
function rangeTerm(c: Cursor, n: number): Span | null {
  const dash = c.peek(1);
  const m = c.peek(2);
  const w = c.peek(3);
  const joins = dash?.t === 'dash' || (dash?.t === 'kw' && dash.k === 'through');
  if (!joins || !(m?.t === 'roman' || m?.t === 'ord' || m?.t === 'num') || w?.t !== 'kw') return null;
  const term = termOf(w.k, n);
  if (!term || !termOf(w.k, m.v)) return null;
  c.i++;
  return termSpan(term, n, null, null, 0, 0);
}

/** «четверть» (I–IV), «триместр» (I–III): a school term of that number. */
function termOf(k: Kw, n: number): TermKind | null {
  if (k === 'termw' && n >= 1 && n <= 4) return 'quarter';
  if (k === 'trimw' && n >= 1 && n <= 3) return 'trimester';
  return null;
}

const SEASONS: Partial<Record<Kw, number>> = { autumn: 1, winter: 2, spring: 3, summer: 4, extra: 5 };

/** «осенние каникулы», «в каникулы» (every holiday of the school year: n = 0). */
function holidayPoint(c: Cursor, k: Kw): Span | null {
  if (k === 'holidayw') {
    c.i++;
    return termSpan('holiday', 0, readSchoolYear(c), null, 0, 0);
  }
  const season = SEASONS[k];
  if (season === undefined || !c.isKw('holidayw', 1)) return null;
  c.i += 2;
  return termSpan('holiday', season, readSchoolYear(c), null, 0, 0);
}

/** «2024/2025 учебного года», «2024-2025 уч. года» after a term: the school year starting in the first year. */
function readSchoolYear(c: Cursor): number | null {
  const y = yearOf(c.peek());
  const sep = c.peek(1);
  const y2 = c.peek(2);
  if (y === null || (sep?.t !== 'slash' && sep?.t !== 'dash') || y2?.t !== 'num') return null;
  const second = y2.digits === 2 ? Math.floor(y / 100) * 100 + y2.v : y2.v;
  if (second !== y + 1) return null;
  c.i += 3;
  c.skip('school', 'yearw');
  return y;
}

/** «в конце четверти», «в начале каждой четверти», «в конце I полугодия»: the first or last week of a term. */
function termPartPoint(c: Cursor, k: 'begin' | 'end'): Span | null {
  let j = 1;
  let every = false;
  if (c.isKw('every', j)) {
    every = true;
    j++;
  }
  const t = c.peek(j);
  if (t?.t === 'kw' && (t.k === 'termw' || t.k === 'trimw' || t.k === 'halfw')) {
    c.i += j + 1;
    const kind = t.k === 'termw' ? 'quarter' : t.k === 'trimw' ? 'trimester' : 'half';
    return termSpan(kind, 0, null, k, 0, 0);
  }
  const n = c.peek(j);
  const w = c.peek(j + 1);
  if (!every && (n?.t === 'roman' || n?.t === 'ord') && w?.t === 'kw') {
    const term = termOf(w.k, n.v) ?? (w.k === 'halfw' && n.v >= 1 && n.v <= 2 ? 'half' : null);
    if (!term) return null;
    c.i += j + 2;
    return termSpan(term, n.v, readSchoolYear(c), k, 0, 0);
  }
  return null;
}

/** «начало/середина/конец» of a month («конец марта 2023») or of a year («конец 2021 года», «конец года»). */
function partPoint(c: Cursor, k: 'begin' | 'mid' | 'end'): Span | null {
  if (k !== 'mid') {
    const term = termPartPoint(c, k);
    if (term) return term;
  }
  const next = c.peek(1);
  if (next?.t === 'month') {
    c.i += 2;
    return partSpan(k, next.v, readYear(c), 0, 0);
  }
  let y: number | null = null;
  if (yearOf(next) !== null) {
    c.i += 2;
    y = yearOf(next);
  } else if (next?.t === 'kw' && (next.k === 'yearw' || next.k === 'cur')) {
    c.i += 2;
  } else {
    return null;
  }
  skipYearWords(c);
  const s = y === null ? anyYearSpan(0, 0) : yearSpan(y, 0, 0);
  const months = k === 'begin' ? [1, 1] : k === 'mid' ? [6, 7] : [12, 12];
  return { ...s, shape: 'part', part: k, n: 1, sm: months[0] ?? 1, em: months[1] ?? 12, yearsOnly: false };
}

/** A day that does not exist is an error; the span is still returned so the rest of the phrase reads. */
function check(s: Span, at: Token, issues: PhraseIssue[]): void {
  const bad =
    s.sm < 1 || s.sm > 12 || s.sd < 1 || s.sd > (s.y === null ? maxDaysInMonth(s.sm) : daysInMonth(s.y, s.sm));
  const badYear = s.y !== null && (s.y < 1900 || s.y > 2100);
  if (!bad && !badYear) return;
  const text = s.y === null ? `${s.sd}.${s.sm}` : ruDate(iso(s.y, Math.max(s.sm, 0), Math.max(s.sd, 0)));
  issues.push(issue('date-invalid', 'error', MESSAGES['date-invalid'](text), at));
  s.shape = 'day';
  s.sm = Math.min(Math.max(s.sm, 1), 12);
  s.em = s.sm;
  s.sd = s.ed = 1;
}
