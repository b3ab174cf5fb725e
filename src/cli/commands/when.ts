import { createInterface } from 'node:readline';
import { explainSchedule, parseDeadline, parsePeriod } from '../../schedule/index.js';
import type { Period, Schedule } from '../../schedule/types.js';
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

  if (phrase === '-') return whenStdin(io, period);
  const schedule = parseDeadline(phrase, { period });
  if (opts.json) io.stdout.write(`${JSON.stringify(toContract(phrase, schedule))}\n`);
  else io.stdout.write(`${explainSchedule(schedule, { today, limit: 5 })}\n`);
  return isError(schedule) ? 1 : 0;
}

async function whenStdin(io: CliIo, period: Period): Promise<number> {
  let code = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const schedule = parseDeadline(line, { period });
    io.stdout.write(`${JSON.stringify(toContract(line, schedule))}\n`);
    if (isError(schedule)) code = 1;
  }
  return code;
}

function isError(schedule: Schedule): boolean {
  return schedule.kind === 'unknown' || schedule.issues.some((i) => i.severity === 'error');
}

function toContract(input: string, s: Schedule): object {
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
  };
}
