import type { Paint } from '../diagnostics/format.js';
import { plain } from '../diagnostics/format.js';
import { plural } from '../util/plural.js';
import type { FieldChange, ItemSnapshot, RoadmapDiff } from './types.js';

const FIELD_RU: Record<FieldChange['field'], string> = {
  title: 'наименование',
  when: 'срок',
  executors: 'исполнители',
  indicator: 'показатель',
  section: 'направление',
  'roadmap-title': 'заголовок',
  period: 'период',
  approval: 'гриф утверждения',
};

/** «Лист изменений»: what a department attaches to a revised roadmap. */
export function formatDiff(diffs: readonly RoadmapDiff[], paint: Paint = plain): string {
  const out: string[] = [];
  for (const d of diffs) {
    if (out.length) out.push('');
    out.push(paint.bold(`Лист изменений: ${d.title} (${d.id})`));
    out.push(paint.dim(`было: ${d.beforeLabel}; стало: ${d.afterLabel}`));
    if (d.status === 'added') {
      out.push(`Новая дорожная карта: ${items(d.added.length)}.`);
      continue;
    }
    if (d.status === 'removed') {
      out.push(`Дорожная карта удалена (было ${items(d.removed.length)}).`);
      continue;
    }
    for (const h of d.header) out.push(`  ${FIELD_RU[h.field]}: «${h.before}» → «${h.after}»`);
    section(out, paint.info(`Добавлено (${d.added.length}):`), d.added, (s) => [
      `  + ${head(s)}`,
      ...details(s, paint),
    ]);
    section(out, paint.error(`Удалено (${d.removed.length}):`), d.removed, (s) => [`  − ${head(s)}`]);
    section(out, paint.warning(`Изменено (${d.changed.length}):`), d.changed, (c) => [
      `  ~ ${head(c.after)}${c.before.number !== c.after.number ? paint.dim(` (был № ${c.before.number})`) : ''}`,
      ...c.changes.map((f) => `      ${label(f, c.matchedBy)}: «${f.before || '—'}» → «${f.after || '—'}»`),
    ]);
    if (d.renumbered.length) {
      out.push(
        '',
        `Перенумеровано (${d.renumbered.length}): ${d.renumbered.map((r) => `${r.before} → ${r.after}`).join(', ')}`,
      );
    }
    if (d.header.length + d.added.length + d.removed.length + d.changed.length + d.renumbered.length === 0)
      out.push('Изменений нет.');
  }
  return `${out.join('\n')}\n`;
}

function section<T>(out: string[], title: string, list: readonly T[], render: (x: T) => string[]): void {
  if (list.length === 0) return;
  out.push('', title);
  for (const x of list) out.push(...render(x));
}

function head(s: ItemSnapshot): string {
  return `${s.number}. ${s.title}`;
}

function details(s: ItemSnapshot, paint: Paint): string[] {
  const parts = [
    s.when ? `срок: ${s.when}` : '',
    s.executors.length ? `исполнители: ${s.executors.join('; ')}` : '',
  ].filter(Boolean);
  return parts.length ? [`      ${paint.dim(parts.join(' · '))}`] : [];
}

function label(f: FieldChange, matchedBy: 'uid' | 'similarity'): string {
  return f.field === 'title' && matchedBy === 'similarity' ? 'изменено название' : FIELD_RU[f.field];
}

function items(n: number): string {
  return plural(n, 'мероприятие', 'мероприятия', 'мероприятий');
}
