import type { TermKind } from './school-calendar.js';
import type { PartOfMonth, Shape, Span, TermPart } from './structure.js';

function span(
  shape: Shape,
  y: number | null,
  sm: number,
  sd: number,
  em: number,
  ed: number,
  o: number,
  l: number,
): Span {
  return {
    shape,
    y,
    yWritten: y !== null,
    sm,
    sd,
    em,
    ed,
    eyOff: 0,
    n: 0,
    wd: 0,
    part: null,
    yearsOnly: false,
    term: null,
    termPart: null,
    o,
    l,
  };
}

export const daySpan = (d: number, m: number, y: number | null, o: number, l: number): Span =>
  span(m === 0 ? 'dayOnly' : 'day', y, m, d, m, d, o, l);

export const monthSpan = (m: number, y: number | null, o: number, l: number): Span =>
  span('month', y, m, 1, m, -1, o, l);

export function yearSpan(y: number, o: number, l: number): Span {
  return { ...span('year', y, 1, 1, 12, -1, o, l), yearsOnly: true };
}

/** The whole calendar year without a year: the template of «ежегодно» and «в течение года». */
export const anyYearSpan = (o: number, l: number): Span => span('year', null, 1, 1, 12, -1, o, l);

export function quarterSpan(q: number, y: number | null, o: number, l: number): Span {
  return { ...span('quarter', y, q * 3 - 2, 1, q * 3, -1, o, l), n: q };
}

export function halfSpan(h: number, y: number | null, o: number, l: number): Span {
  return { ...span('half', y, h * 6 - 5, 1, h * 6, -1, o, l), n: h };
}

const PART_DAYS: Record<PartOfMonth, [number, number]> = {
  begin: [1, 10],
  d1: [1, 10],
  mid: [11, 20],
  d2: [11, 20],
  end: [21, -1],
  d3: [21, -1],
};

export function partSpan(part: PartOfMonth, m: number, y: number | null, o: number, l: number): Span {
  const [sd, ed] = PART_DAYS[part];
  return { ...span('part', y, m, sd, m, ed, o, l), part };
}

/** A school year, 1 September .. 31 May of the next year. */
export function schoolSpan(y: number | null, o: number, l: number): Span {
  return { ...span('school', y, 9, 1, 5, 31, o, l), eyOff: 1 };
}

/** «по итогам учебного года» is June; «по итогам года» is December. */
export function resultsSpan(month: 6 | 12, o: number, l: number): Span {
  return { ...span('results', null, month, 1, month, -1, o, l), n: month };
}

/** The n-th weekday (n = -1: the last) of month m, or of every month when m is 0. */
export function nthSpan(n: number, wd: number, m: number, o: number, l: number): Span {
  return { ...span('nth', null, m, 1, m, -1, o, l), n, wd };
}

/** «до 25 числа (каждого месяца)». */
export const monthDaySpan = (d: number, o: number, l: number): Span => ({
  ...span('monthDay', null, 0, d, 0, d, o, l),
});

/** «по пятницам». */
export const weekdaySpan = (wd: number, o: number, l: number): Span => ({
  ...span('weekday', null, 0, 1, 0, 1, o, l),
  wd,
});

/**
 * A school term of the school year starting in `y` (null: resolved against the period): «I четверть», «II
 * триместр», «осенние каникулы» (n = season), «каждой четверти» (n = 0). The dates come from the school calendar.
 */
export function termSpan(
  term: TermKind,
  n: number,
  y: number | null,
  part: TermPart | null,
  o: number,
  l: number,
): Span {
  return { ...span('term', y, 9, 1, 8, -1, o, l), eyOff: 1, n, term, termPart: part };
}
