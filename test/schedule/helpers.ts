import rrule from 'rrule';
import type { Occurrence, Schedule, ScheduleKind } from '../../src/schedule/types.js';

const { RRule } = rrule;

/** Hand-written expectations: 'YYYY-MM-DD' (one day) or 'YYYY-MM-DD..YYYY-MM-DD'. */
export function w(text: string): Occurrence {
  const [start, end] = text.split('..') as [string, string | undefined];
  return { start, end: end ?? start };
}

const LAST = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number) => String(n).padStart(2, '0');
const last = (y: number, m: number) => (m === 2 && leap(y) ? 29 : (LAST[m - 1] ?? 31));

/** The month window «март 2023» → '2023-03-01..2023-03-31'. */
export function mon(y: number, m: number): string {
  return `${y}-${pad(m)}-01..${y}-${pad(m)}-${pad(last(y, m))}`;
}

/** Months m1..m2 of year y (m2 < m1 runs into the next year). */
export function mons(y: number, m1: number, m2: number): string {
  const y2 = m2 < m1 ? y + 1 : y;
  return `${y}-${pad(m1)}-01..${y2}-${pad(m2)}-${pad(last(y2, m2))}`;
}

export const year = (y: number) => `${y}-01-01..${y}-12-31`;

/** A row of the phrase tables: the phrase, the period, the kind and the windows (all, or count, first and last). */
export type Expected = string[] | { count: number; first: string; last: string };
export type Row = [phrase: string, period: string, kind: ScheduleKind, occurrences: Expected];

export const Y3 = [2020, 2021, 2022];
export const QUARTERS = (y: number) => [mons(y, 1, 3), mons(y, 4, 6), mons(y, 7, 9), mons(y, 10, 12)];

/** The same window template in each of the years. */
export function each(years: number[], f: (y: number) => string): string[] {
  return years.map(f);
}

/** Repeating phrases whose RRULE the tests expand with other libraries. */
export const RRULE_PHRASES = [
  'ежегодно',
  'ежеквартально',
  'ежемесячно',
  'еженедельно',
  'раз в полугодие',
  'в течение учебного года',
  'Ежегодно Сентябрь - февраль',
  'Ежегодно - сентябрь, май',
  'ежегодно, до 15 октября',
  'ежегодно до конца февраля',
  'Январь 2022, далее один раз в два года',
  'каждые 3 года',
  'в первый понедельник марта',
  'последняя пятница месяца',
  'до 30 числа каждого месяца',
  'до 29 числа каждого месяца',
  'ежемесячно, 15 числа',
  'по вторникам и четвергам',
  'ежегодно 30 апреля и 15 мая',
  'ежегодно, 29 февраля',
  'май, сентябрь 2022',
  '12 и 15 марта 2024',
  'ежедневно',
  'раз в 2 месяца',
  'ежегодно, третья декада августа',
  'раз в два года',
];

/** Periods the RRULE tests read every phrase in: several years, one year, a leap year, school years, a part of a year. */
export const RRULE_PERIODS = [
  '2020-2022',
  '2023',
  '2024',
  '2023/2024',
  '2019-09-01..2024-08-31',
  '2020-2026',
  '2024-02-15..2024-11-10',
];

const utc = (iso: string) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Expand a schedule's RRULE with rrule.js (bounded) from its DTSTART. */
export function expandWithRrule(s: Schedule): string[] {
  if (!s.rrule || !s.dtstart) return [];
  const rule = new RRule({ ...RRule.parseString(s.rrule), dtstart: utc(s.dtstart) });
  return rule.all((_, i) => i < 50_000).map(isoOf);
}
