import type { Paint } from '../diagnostics/format.js';
import { plain } from '../diagnostics/format.js';
import { ruDate } from '../util/dates.js';
import type { Counts, RoadmapProgress } from '../tracker/progress.js';

const pct = (c: Counts): string => (c.total ? `${Math.round((c.done / c.total) * 100)}%` : '—');

function countsLine(c: Counts): string {
  return `всего ${c.total}, выполнено ${c.done} (${pct(c)}), в работе ${c.in_progress}, не начато ${c.not_started}, не выполнено ${c.failed}, просрочено ${c.overdue}`;
}

/** The progress of one roadmap as text for the terminal; the overdue list is cut at `limit` lines. */
export function formatProgress(p: RoadmapProgress, today: string, paint: Paint = plain, limit = 20): string {
  const out: string[] = [paint.bold(`${p.title} (${p.id})`), `  На ${ruDate(today)}: ${countsLine(p)}`];
  const titled = p.sections.filter((s) => s.title !== null);
  if (titled.length) {
    out.push('  По направлениям:');
    for (const s of titled) out.push(`    ${s.title}: ${countsLine(s)}`);
  }
  if (p.executors.length) {
    out.push('  По исполнителям:');
    for (const e of p.executors) out.push(`    ${e.name}: ${countsLine(e)}`);
  }
  if (p.overdue_items.length) {
    out.push(`  ${paint.warning('Просрочено')} (${p.overdue_items.length}):`);
    for (const o of p.overdue_items.slice(0, limit)) {
      const title = o.title.replace(/\s+/g, ' ');
      const who = o.executors.length ? ` — ${o.executors.join(', ')}` : '';
      out.push(
        `    ${ruDate(o.deadline)}  ${o.number}. ${title.length > 90 ? `${title.slice(0, 89)}…` : title} [${o.status}]${who}`,
      );
    }
    if (p.overdue_items.length > limit)
      out.push(`    … и ещё ${p.overdue_items.length - limit} (полный список: roadmap status --json)`);
  }
  return out.join('\n');
}
