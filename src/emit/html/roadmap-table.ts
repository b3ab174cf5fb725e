import { meetsTarget, readIndicator, targetText, type IndicatorTarget } from '../../resolve/indicator.js';
import { richTextToPlain } from '../../resolve/rich-text.js';
import { ruDate } from '../../util/dates.js';
import { esc } from './escape.js';
import { stateBadge } from './item-state.js';
import { richHtml } from './rich-html.js';
import { executorLink, feedOf, type SiteContext } from './site-context.js';
import type { ItemRow, OccurrenceView, RoadmapView } from './site-model.js';

/** The roadmap's table as in the document, with a «Выполнение» column: each occurrence's status, date and evidence. */
export function roadmapTable(view: RoadmapView, site: SiteContext, id: string): string {
  const { roadmap, rows } = view;
  const titled = roadmap.sections.some((s) => s.title !== null);
  const out = [
    `<table class="items" id="${id}">`,
    '<caption>Мероприятия дорожной карты</caption>',
    '<thead><tr><th scope="col">№</th><th scope="col">Мероприятие</th><th scope="col">Срок</th><th scope="col">Показатель</th><th scope="col">Исполнители</th><th scope="col">Выполнение</th></tr></thead>',
    '<tbody>',
  ];
  roadmap.sections.forEach((section, si) => {
    if (titled)
      out.push(
        `<tr class="sec" data-section="${si}"><th colspan="6" scope="colgroup">${esc(section.title ?? '')}</th></tr>`,
      );
    for (const row of rows) if (row.sectionIndex === si) out.push(itemRow(row, view.anchors.get(row.item.uid)!, site));
  });
  out.push('</tbody></table>');
  return out.join('\n');
}

function itemRow(row: ItemRow, anchor: string, site: SiteContext): string {
  const { item } = row;
  const target = readIndicator(richTextToPlain(item.indicator, ''));
  const keys = item.executors.map((e) => feedOf(site, e)?.key).filter((k): k is string => Boolean(k));
  const who = item.executors
    .map((e) => {
      const link = executorLink(site, e);
      return link ? `<a href="${esc(link)}">${esc(e.name)}</a>` : esc(e.name);
    })
    .join('<br>');
  const note = item.note ? `<p class="muted">Примечание: ${esc(item.note)}</p>` : '';
  const attrs = `id="${esc(anchor)}" class="item${row.state === null ? ' group' : ''}" data-section="${row.sectionIndex}" data-state="${row.state ?? ''}" data-executor="${esc(keys.join(' '))}"`;
  return [
    `<tr ${attrs}>`,
    `<td class="num">${esc(item.number)}</td>`,
    `<td class="title d${Math.min(row.depth, 3)}">${richHtml(item.title)}${note}</td>`,
    `<td>${esc(item.when)}</td>`,
    `<td>${richHtml(item.indicator)}${target ? `<p class="target">цель: ${esc(targetText(target))}</p>` : ''}</td>`,
    `<td>${who}</td>`,
    `<td>${row.state === null ? '<span class="muted">см. подпункты</span>' : occurrences(row.occurrences, target)}</td>`,
    '</tr>',
  ].join('');
}

function occurrences(list: readonly OccurrenceView[], target: IndicatorTarget | null): string {
  const one = (o: OccurrenceView) => {
    const parts = [
      o.deadline ? `<span class="dl">срок ${ruDate(o.deadline)}</span>` : '<span class="dl">без даты</span>',
      stateBadge(o.state),
    ];
    const r = o.record;
    if (r?.doneDate) parts.push(`<span>выполнено ${ruDate(r.doneDate)}</span>`);
    if (r?.fact) parts.push(fact(r.fact, target));
    if (r?.evidence) parts.push(`<span class="ev">${evidence(r.evidence)}</span>`);
    if (r?.comment) parts.push(`<span class="muted">${esc(r.comment)}</span>`);
    return parts.join(' ');
  };
  if (list.length === 1) return one(list[0]!);
  return `<ul class="occ">${list.map((o) => `<li>${one(o)}</li>`).join('')}</ul>`;
}

/** «факт: 12 из не менее 14 человек — не достигнуто»: achieved against the target, in words. */
function fact(text: string, target: IndicatorTarget | null): string {
  const met = target ? meetsTarget(target, text) : null;
  const verdict = met === null ? '' : met ? ' — <strong>достигнуто</strong>' : ' — <strong>не достигнуто</strong>';
  return `<span class="fact">факт: ${esc(text)}${target ? ` (цель: ${esc(targetText(target))})` : ''}${verdict}</span>`;
}

/** Evidence is a document reference or a link; only http(s) links become links (user text is data). */
function evidence(text: string): string {
  return /^https?:\/\/\S+$/i.test(text.trim()) ? `<a href="${esc(text.trim())}">${esc(text.trim())}</a>` : esc(text);
}
