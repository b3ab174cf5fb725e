import { ruDate } from '../util/dates.js';
import type { IsoDate, Schedule, ScheduleKind } from './types.js';

const KIND: Record<ScheduleKind, string> = {
  once: 'однократно',
  recurring: 'повторяется',
  continuous: 'постоянно (весь период)',
  external: 'внешний срок (определяют другие или событие)',
  unknown: 'не распознано',
};
const SEVERITY = { error: 'ошибка', warning: 'предупреждение', info: 'сведения' } as const;

export interface ExplainOptions {
  /** Occurrences whose deadline is on or after this day are listed. */
  today: IsoDate;
  /** How many of them at most. */
  limit: number;
}

/** A readable Russian explanation of a schedule, for `roadmap when` without --json. */
export function explainSchedule(s: Schedule, opts: ExplainOptions): string {
  const lines = [`Вид: ${KIND[s.kind]}`, `Текст: ${s.text || '—'}`];
  if (s.note) lines.push(`Примечание: ${s.note}`);
  if (s.kind !== 'external' && s.kind !== 'unknown') {
    const next = s.occurrences.filter((o) => o.end >= opts.today).slice(0, Math.max(0, opts.limit));
    const total = s.occurrences.length;
    if (next.length) {
      lines.push(`Ближайшие сроки (с ${ruDate(opts.today)}, всего в периоде: ${total}):`);
      for (const o of next) lines.push(`  ${ruDate(o.start)} – ${ruDate(o.end)} (срок: ${ruDate(o.end)})`);
    } else {
      lines.push(`Сроков после ${ruDate(opts.today)} нет (всего в периоде: ${total}).`);
    }
  }
  if (s.rrule) lines.push(`RRULE: ${s.rrule}`, `DTSTART: ${s.dtstart}`);
  for (const i of s.issues) {
    lines.push(`${SEVERITY[i.severity]} [${i.code}]: ${i.message}${i.hint ? ` (может быть: «${i.hint}»)` : ''}`);
  }
  return lines.join('\n');
}
