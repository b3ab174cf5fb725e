import { createInterface } from 'node:readline';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { loadConfig } from '../../project/config.js';
import { explainSchedule, isSchoolPeriod, parseDeadline, parsePeriod } from '../../schedule/index.js';
import { FEDERAL_CALENDAR, type SchoolCalendar } from '../../schedule/school-calendar.js';
import type { DeadlineContext, Schedule } from '../../schedule/types.js';
import { isIsoDate, localIsoDate } from '../../util/dates.js';
import { UsageError, type CliIo } from '../io.js';

export interface WhenOptions {
  period?: string;
  json?: boolean;
  today?: string;
}

/** `roadmap when "<phrase>"`: the contract is at the end of docs/schedule.md. */
export async function runWhen(io: CliIo, phrase: string, opts: WhenOptions): Promise<number> {
  const today = opts.today ?? localIsoDate(io.now());
  if (!isIsoDate(today)) throw new UsageError(`дата «${opts.today}» не в виде ГГГГ-ММ-ДД.`);
  const periodText = opts.period ?? today.slice(0, 4);
  const period = parsePeriod(periodText);
  if (!period)
    throw new UsageError(`период «${periodText}» не распознан: пишите 2023, 2020-2022 или 2023-09-01..2024-08-31.`);
  if (period.end < period.start) throw new UsageError(`период «${periodText}» заканчивается раньше, чем начинается.`);

  // the project's school calendar (roadmap.config.yaml `schoolCalendar:`), as a build would read the phrase
  const { config, diagnostics } = loadConfig(io.cwd);
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  const calendar = config.schoolCalendar ?? FEDERAL_CALENDAR;
  const ctx: DeadlineContext = { period, schoolCalendar: calendar };
  if (phrase === '-') return whenStdin(io, ctx);
  const schedule = parseDeadline(phrase, ctx);
  if (opts.json) io.stdout.write(`${JSON.stringify(toContract(phrase, schedule, ctx))}\n`);
  else io.stdout.write(`${explainSchedule(schedule, { today, limit: 5 })}\n${calendarLines(schedule, ctx)}\n`);
  return isError(schedule) || diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** Which year the period counts in and the school terms the reading took its dates from. */
function calendarLines(s: Schedule, ctx: DeadlineContext): string {
  const school = isSchoolPeriod(ctx.period);
  const lines = [
    school
      ? 'Год: учебный (01.09–31.08); полугодия — учебного года: I — 01.09–31.12, II — 01.01–31.05'
      : 'Год: календарный; полугодия — январь–июнь и июль–декабрь; четверти и каникулы — по учебному календарю',
    `Учебный календарь: ${(ctx.schoolCalendar ?? FEDERAL_CALENDAR).name}`,
  ];
  if (s.terms?.length) lines.push('Применены сроки учебного календаря:', ...s.terms.map((t) => `  ${t}`));
  return lines.join('\n');
}

async function whenStdin(io: CliIo, ctx: DeadlineContext): Promise<number> {
  let code = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const schedule = parseDeadline(line, ctx);
    io.stdout.write(`${JSON.stringify(toContract(line, schedule, ctx))}\n`);
    if (isError(schedule)) code = 1;
  }
  return code;
}

function isError(schedule: Schedule): boolean {
  return schedule.kind === 'unknown' || schedule.issues.some((i) => i.severity === 'error');
}

function toContract(input: string, s: Schedule, ctx: DeadlineContext): object {
  const cal: SchoolCalendar = ctx.schoolCalendar ?? FEDERAL_CALENDAR;
  return {
    input,
    kind: s.kind,
    rrule: s.rrule,
    dtstart: s.dtstart,
    note: s.note,
    text: s.text,
    occurrences: s.occurrences,
    warnings: s.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      message: i.message,
      ...(i.hint ? { hint: i.hint } : {}),
    })),
    calendar: { year: isSchoolPeriod(ctx.period) ? 'school' : 'calendar', school: cal.name, terms: s.terms ?? [] },
  };
}
