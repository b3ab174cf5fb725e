import * as z from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { keyPositionOf, positionOf } from '../load/positions.js';
import {
  federalYear,
  HOLIDAYS,
  type Holiday,
  type SchoolCalendar,
  type SchoolYearTerms,
} from '../schedule/school-calendar.js';
import type { Occurrence } from '../schedule/types.js';
import { isIsoDate } from '../util/dates.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2024-09-02`, a real calendar date. The loader keeps scalars as written, so dates arrive as strings. */
const IsoDateText = z
  .string()
  .regex(DATE, 'дата пишется ГГГГ-ММ-ДД')
  .refine(isIsoDate, 'такой даты нет')
  .describe('Дата ГГГГ-ММ-ДД.');

/** `2024-10-26..2024-11-04`: a window, both ends inclusive, the end not before the start. */
const Window = z
  .string()
  .transform((text, ctx): Occurrence => {
    const [start = '', end = '', extra] = text.split('..').map((s) => s.trim());
    if (extra !== undefined || !DATE.test(start) || !DATE.test(end)) {
      ctx.addIssue({ code: 'custom', message: 'период пишется ГГГГ-ММ-ДД..ГГГГ-ММ-ДД' });
      return z.NEVER;
    }
    if (!isIsoDate(start) || !isIsoDate(end)) {
      ctx.addIssue({ code: 'custom', message: `такой даты нет: ${isIsoDate(start) ? end : start}` });
      return z.NEVER;
    }
    if (end < start) {
      ctx.addIssue({ code: 'custom', message: `конец ${end} раньше начала ${start}` });
      return z.NEVER;
    }
    return { start, end };
  })
  .describe('Период ГГГГ-ММ-ДД..ГГГГ-ММ-ДД (обе даты включительно).');

const SchoolYearLabel = z
  .string()
  .regex(/^\d{4}\/\d{4}$/, 'учебный год пишется ГГГГ/ГГГГ')
  .refine((t) => Number(t.slice(5)) === Number(t.slice(0, 4)) + 1, 'второй год должен следовать за первым')
  .describe('Учебный год: 2024/2025.');

const YearSchema = z.strictObject({
  year: SchoolYearLabel,
  start: IsoDateText.describe('Первый день учебного года.').optional(),
  end: IsoDateText.describe('Последний учебный день (окончание учебного года).').optional(),
  quarters: z.array(Window).length(4, 'четвертей — четыре').describe('Четверти I–IV.').optional(),
  trimesters: z.array(Window).length(3, 'триместров — три').describe('Триместры I–III.').optional(),
  halves: z.array(Window).length(2, 'полугодий — два').describe('Полугодия I и II.').optional(),
  holidays: z
    .strictObject({
      autumn: Window.describe('Осенние каникулы.').optional(),
      winter: Window.describe('Зимние каникулы.').optional(),
      spring: Window.describe('Весенние каникулы.').optional(),
      summer: Window.describe('Летние каникулы.').optional(),
      extra: Window.describe('Дополнительные каникулы (1 класс).').optional(),
    })
    .optional(),
});

const SchoolCalendarSchema = z.strictObject({
  name: z.string().min(1).describe('Как назвать график в сообщениях и в «roadmap when».'),
  years: z.array(YearSchema).min(1).describe('Учебные годы графика; остальные годы — по федеральному графику.'),
});

type YearInput = z.output<typeof YearSchema>;

/**
 * A school calendar (учебный календарный график) given in a config or a file under calendars/ → the engine's
 * calendar, or diagnostics at the place in the YAML. `prefix` is the path of the calendar inside the file.
 */
export function readSchoolCalendar(
  loaded: LoadedFile,
  data: unknown,
  prefix: PropertyKey[],
): { calendar: SchoolCalendar | null; diagnostics: Diagnostic[] } {
  const parsed = SchoolCalendarSchema.safeParse(data);
  const diagnostics: Diagnostic[] = [];
  const report = (path: PropertyKey[], message: string, key?: string) => {
    const full = [...prefix, ...path];
    const pos = key === undefined ? positionOf(loaded, full) : keyPositionOf(loaded, full, key);
    diagnostics.push(diagnostic('school-calendar-invalid', { file: loaded.file, ...pos }, message));
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as PropertyKey[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) report(path, `неизвестный ключ «${key}»`, key);
      } else {
        report(path, issue.message);
      }
    }
    return { calendar: null, diagnostics };
  }
  const years = parsed.data.years.map((y, i) => toYear(y, (path, message) => report(['years', i, ...path], message)));
  const seen = new Set<number>();
  years.forEach((y, i) => {
    if (seen.has(y.year)) report(['years', i, 'year'], `учебный год ${y.year}/${y.year + 1} указан дважды`);
    seen.add(y.year);
  });
  return diagnostics.length
    ? { calendar: null, diagnostics }
    : { calendar: { name: parsed.data.name, years }, diagnostics };
}

/** The given dates over the federal rule's for that year; each window must lie in the school year, in order. */
function toYear(y: YearInput, report: (path: PropertyKey[], message: string) => void): SchoolYearTerms {
  const first = Number(y.year.slice(0, 4));
  const base = federalYear(first);
  const start = y.start ?? base.start;
  const end = y.end ?? base.end;
  const lo = `${first}-09-01`;
  const hi = `${first + 1}-08-31`;
  const inYear = (path: PropertyKey[], o: Occurrence) => {
    if (o.start < lo || o.end > hi) report(path, `период ${o.start}..${o.end} вне учебного года ${y.year}`);
  };
  for (const [key, date] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (date < lo || date > hi) report([key], `дата ${date} вне учебного года ${y.year}`);
  }
  const ordered = (key: string, list: Occurrence[] | undefined) => {
    list?.forEach((o, i) => {
      inYear([key, i], o);
      const prev = list[i - 1];
      if (prev && o.start <= prev.end)
        report([key, i], `период ${o.start}..${o.end} начинается раньше конца предыдущего`);
    });
  };
  ordered('quarters', y.quarters);
  ordered('trimesters', y.trimesters);
  ordered('halves', y.halves);
  const holidays: Partial<Record<Holiday, Occurrence>> = { ...base.holidays };
  for (const h of HOLIDAYS) {
    const given = y.holidays?.[h];
    if (given) {
      inYear(['holidays', h], given);
      holidays[h] = given;
    }
  }
  const halves = y.halves ?? base.halves;
  return {
    year: first,
    start,
    end,
    quarters: y.quarters ?? base.quarters,
    trimesters: y.trimesters ?? base.trimesters,
    halves,
    holidays,
  };
}
