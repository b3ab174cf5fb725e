import { roadmapPagePath } from '../../model/site-paths.js';
import { richTextToPlain } from '../../resolve/rich-text.js';
import { ruDate } from '../../util/dates.js';
import { roadmapName } from '../ics/plain.js';
import { executorIdentity, type ExecutorFeed } from '../ics/executor-keys.js';
import { esc, href } from './escape.js';
import { stateBadge, STATE_ORDER, STATE_WORDS } from './item-state.js';
import { layout } from './layout.js';
import type { SiteContext } from './site-context.js';
import type { ItemRow, OccurrenceView, RoadmapView } from './site-model.js';

interface Entry {
  view: RoadmapView;
  row: ItemRow;
  occ: OccurrenceView;
}

const GROUPS = [
  { key: 'overdue', title: 'Просрочено', short: 'просрочено' },
  { key: 'ahead', title: 'Предстоит', short: 'предстоит' },
  { key: 'undated', title: 'Без даты (по отдельному графику)', short: 'без даты' },
  { key: 'done', title: 'Выполнено', short: 'выполнено' },
] as const;

/** Every occurrence each executor answers for, by feed key: the «мои сроки» pages. */
export function executorEntries(
  views: readonly RoadmapView[],
  feeds: ReadonlyMap<string, ExecutorFeed>,
): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const view of views)
    for (const row of view.rows)
      for (const e of row.item.executors) {
        const feed = feeds.get(executorIdentity(e));
        if (!feed) continue;
        const list = out.get(feed.key) ?? [];
        for (const occ of row.occurrences) list.push({ view, row, occ });
        out.set(feed.key, list);
      }
  return out;
}

/** «Мои сроки»: overdue first (oldest first), then what is ahead by date, then undated, then done. */
export function executorPage(feed: ExecutorFeed, entries: readonly Entry[], site: SiteContext): string {
  const group = (e: Entry) =>
    e.occ.state === 'overdue'
      ? 'overdue'
      : e.occ.state === 'done'
        ? 'done'
        : e.occ.deadline === null
          ? 'undated'
          : 'ahead';
  const sorted = [...entries].sort((a, b) => (a.occ.deadline ?? '9999').localeCompare(b.occ.deadline ?? '9999'));
  const roadmaps = [...new Map(entries.map((e) => [e.view.roadmap.id, roadmapName(e.view.roadmap)])).entries()];
  const rows: string[] = [];
  GROUPS.forEach((g, gi) => {
    const list = sorted.filter((e) => group(e) === g.key);
    if (g.key === 'done') list.reverse();
    if (list.length === 0) return;
    rows.push(
      `<tr class="sec" data-section="${gi}"><th colspan="4" scope="colgroup">${g.title} (${list.length})</th></tr>`,
    );
    for (const e of list) rows.push(entryRow(e, gi));
  });
  const counts = GROUPS.map((g) => `${g.short}: ${entries.filter((e) => group(e) === g.key).length}`);
  const main = [
    '<section aria-labelledby="mine-h">',
    '<h2 id="mine-h">Мои сроки</h2>',
    `<p>Всего сроков: ${entries.length} (${counts.join(', ')}).</p>`,
    filters(roadmaps),
    '<div class="scroll" tabindex="0" role="region" aria-label="Сроки исполнителя">',
    '<table class="items" id="mine"><caption>Сроки по всем дорожным картам</caption>',
    '<thead><tr><th scope="col">Срок</th><th scope="col">Мероприятие</th><th scope="col">Статус</th><th scope="col">Выполнение</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</div>',
    '</section>',
  ].join('\n');
  return layout({ title: `${feed.name}: сроки`, root: '../', today: site.today, main });
}

function entryRow({ view, row, occ }: Entry, gi: number): string {
  const link = `../${href(roadmapPagePath(view.roadmap.id))}#${view.anchors.get(row.item.uid)!}`;
  const title = richTextToPlain(row.item.title, '– ').replace(/\s+/g, ' ');
  const done = [
    occ.record?.doneDate ? `выполнено ${ruDate(occ.record.doneDate)}` : '',
    occ.record?.evidence ? esc(occ.record.evidence) : '',
  ].filter(Boolean);
  return [
    `<tr class="item" data-section="${gi}" data-state="${occ.state}" data-roadmap="${esc(view.roadmap.id)}">`,
    `<td class="num">${occ.deadline ? ruDate(occ.deadline) : '—'}</td>`,
    `<td><a href="${esc(link)}">${esc(row.item.number)}. ${esc(title)}</a><br><span class="muted">${esc(roadmapName(view.roadmap))}; срок: ${esc(row.item.when)}</span></td>`,
    `<td>${stateBadge(occ.state)}</td>`,
    `<td>${done.join('<br>')}</td>`,
    '</tr>',
  ].join('');
}

function filters(roadmaps: [string, string][]): string {
  return [
    '<form class="filters" data-filter="mine" data-shown="Показано сроков" hidden>',
    '<label>Статус <select name="state"><option value="">все</option>',
    ...STATE_ORDER.map((s) => `<option value="${s}">${STATE_WORDS[s]}</option>`),
    '</select></label>',
    roadmaps.length > 1
      ? `<label>Дорожная карта <select name="roadmap"><option value="">все</option>${roadmaps.map(([id, n]) => `<option value="${esc(id)}">${esc(n)}</option>`).join('')}</select></label>`
      : '',
    '<label>Поиск <input type="search" name="q"></label>',
    '<button type="reset">Сбросить</button>',
    '<p class="shown" role="status" aria-live="polite"></p>',
    '</form>',
  ].join('');
}
