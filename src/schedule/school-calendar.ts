import { isoFromSerial, isoToSerial, serial, weekdayOf } from '../util/dates.js';
import type { IsoDate, Occurrence } from './types.js';

/** The school terms a phrase can name: четверти, триместры, полугодия учебного года, каникулы. */
export type TermKind = 'quarter' | 'trimester' | 'half' | 'holiday';
export const HOLIDAYS = ['autumn', 'winter', 'spring', 'summer', 'extra'] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** One school year of a calendar (учебный календарный график): its terms and holidays, dates inclusive. */
export interface SchoolYearTerms {
  /** The year the school year starts in: 2024 is 2024/2025. */
  year: number;
  /** First day of the school year and last day of teaching. */
  start: IsoDate;
  end: IsoDate;
  quarters: Occurrence[];
  trimesters: Occurrence[];
  halves: Occurrence[];
  holidays: Partial<Record<Holiday, Occurrence>>;
}

/** A school calendar: the years a region or school gave, and the federal rule for every other year. */
export interface SchoolCalendar {
  name: string;
  years: SchoolYearTerms[];
}

export const FEDERAL_CALENDAR_NAME = 'федеральный календарный учебный график (ФОП), типовые даты';

/** The default: no years given, every year by the federal rule. */
export const FEDERAL_CALENDAR: SchoolCalendar = { name: FEDERAL_CALENDAR_NAME, years: [] };

const win = (s: number, e: number): Occurrence => ({ start: isoFromSerial(s), end: isoFromSerial(e) });

/** The k-th Saturday (1-based) of a month: the federal schedule starts its holidays on a Saturday. */
function saturday(y: number, m: number, k: number): number {
  const first = serial(y, m, 1);
  return first + ((6 - weekdayOf(first) + 7) % 7) + 7 * (k - 1);
}

/**
 * The federal unified calendar schedule (ФОП НОО/ООО/СОО, федеральный календарный учебный график) as a rule:
 * the year starts on 1 September (the next Monday when that is a weekend) and teaching ends on 26 May; holidays of
 * nine days from the fourth Saturday of October (through 4 November, the public holiday) and of March, winter
 * holidays from 31 December to the Sunday on or after 8 January, summer to 31 August. The Ministry's published
 * dates for 2024/2025 and 2025/2026 follow it; a school or region with other dates gives them in its own calendar.
 */
export function federalYear(y: number): SchoolYearTerms {
  const sep1 = serial(y, 9, 1);
  const wd = weekdayOf(sep1);
  const start = wd === 6 ? sep1 + 2 : wd === 7 ? sep1 + 1 : sep1;
  const end = serial(y + 1, 5, 26);
  const autumnStart = saturday(y, 10, 4);
  const autumnEnd = Math.max(autumnStart + 8, serial(y, 11, 4));
  const winterStart = serial(y, 12, 31);
  const jan8 = serial(y + 1, 1, 8);
  const winterEnd = jan8 + ((7 - weekdayOf(jan8)) % 7);
  const springStart = saturday(y + 1, 3, 4);
  const springEnd = springStart + 8;
  return {
    year: y,
    start: isoFromSerial(start),
    end: isoFromSerial(end),
    quarters: [
      win(start, autumnStart - 1),
      win(autumnEnd + 1, winterStart - 1),
      win(winterEnd + 1, springStart - 1),
      win(springEnd + 1, end),
    ],
    trimesters: [
      win(start, serial(y, 11, 30)),
      win(serial(y, 12, 1), serial(y + 1, 3, 1) - 1),
      win(serial(y + 1, 3, 1), end),
    ],
    // rule 18: the halves are the document's September–December and January–May, whatever day teaching ends
    halves: [win(serial(y, 9, 1), serial(y, 12, 31)), win(serial(y + 1, 1, 1), serial(y + 1, 5, 31))],
    holidays: {
      autumn: win(autumnStart, autumnEnd),
      winter: win(winterStart, winterEnd),
      spring: win(springStart, springEnd),
      summer: win(end + 1, serial(y + 1, 8, 31)),
    },
  };
}

/** The school year starting in `y` by the calendar, and whether its dates were given (else the federal rule). */
export function schoolYearOf(cal: SchoolCalendar, y: number): { terms: SchoolYearTerms; given: boolean } {
  const given = cal.years.find((t) => t.year === y);
  return given ? { terms: given, given: true } : { terms: federalYear(y), given: false };
}

/** The windows of one kind of term in a school year: all of them (n = 0) or the n-th (1-based). */
export function termWindows(t: SchoolYearTerms, kind: TermKind, n: number): Array<[number, number]> {
  const list: Occurrence[] =
    kind === 'quarter'
      ? t.quarters
      : kind === 'trimester'
        ? t.trimesters
        : kind === 'half'
          ? t.halves
          : HOLIDAYS.map((h) => t.holidays[h]).filter((o): o is Occurrence => o !== undefined);
  const picked =
    n === 0
      ? list
      : kind === 'holiday'
        ? [t.holidays[HOLIDAYS[n - 1] ?? 'autumn']].filter((o): o is Occurrence => o !== undefined)
        : [list[n - 1]].filter((o): o is Occurrence => o !== undefined);
  return picked.map((o) => [isoToSerial(o.start), isoToSerial(o.end)]);
}
