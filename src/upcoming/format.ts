import type { Paint } from '../diagnostics/format.js';
import { plain } from '../diagnostics/format.js';
import { daysBetween, ruDate } from '../util/dates.js';
import type { Deadline, UpcomingReport } from './collect.js';
import { ruDateWithWeekday } from './ru-dates.js';

/** The terminal view of `roadmap upcoming`: overdue first, then one block per date. */
export function formatUpcoming(report: UpcomingReport, paint: Paint = plain, showRoadmap = true): string {
  const out: string[] = [];
  out.push(paint.bold(`Сроки с ${ruDate(report.today)} по ${ruDate(report.until)}`));
  if (report.overdue.length > 0) {
    out.push('', paint.error(`Просрочено (${report.overdue.length}):`));
    for (const d of report.overdue) {
      const late = daysBetween(d.date, report.today);
      out.push(`  ${paint.error(ruDateWithWeekday(d.date))} ${paint.dim(`(${late} дн. назад)`)}`);
      out.push(...line(d, paint, showRoadmap));
    }
  }
  for (const group of report.upcoming) {
    const label = ruDateWithWeekday(group.date);
    const days = daysBetween(report.today, group.date);
    const rel = days === 0 ? 'сегодня' : days === 1 ? 'завтра' : `через ${days} дн.`;
    out.push('', `${paint.bold(label)} ${paint.dim(`— ${rel}`)}`);
    for (const d of group.deadlines) out.push(...line(d, paint, showRoadmap));
  }
  if (report.overdue.length === 0 && report.upcoming.length === 0) out.push('', 'Сроков в этом периоде нет.');
  return `${out.join('\n')}\n`;
}

function line(d: Deadline, paint: Paint, showRoadmap: boolean): string[] {
  const where = showRoadmap ? `${paint.dim(`[${d.roadmapId}]`)} ` : '';
  const lines = [`    ${where}${d.number}. ${d.title}`];
  const details = [`срок: ${d.when}`];
  if (d.executors.length) details.push(`исполнители: ${d.executors.join('; ')}`);
  if (d.status) details.push(`статус: ${d.status}`);
  lines.push(`      ${paint.dim(details.join(' · '))}`);
  return lines;
}
