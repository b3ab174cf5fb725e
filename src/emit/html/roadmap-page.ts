import type { Counts } from '../../tracker/progress.js';
import { roadmapName } from '../ics/plain.js';
import { esc, href } from './escape.js';
import { STATE_ORDER, STATE_WORDS } from './item-state.js';
import { layout } from './layout.js';
import { documentLinks, roadmapFeed } from './links.js';
import { countsText, progressBar } from './progress-bar.js';
import { roadmapTable } from './roadmap-table.js';
import { executorLink, feedOf, type SiteContext } from './site-context.js';
import type { RoadmapView } from './site-model.js';
import { timelineSvg } from './timeline-svg.js';

/** The page of one roadmap: progress, the filterable table, progress per section and executor, the timeline. */
export function roadmapPage(view: RoadmapView, site: SiteContext): string {
  const { roadmap, progress } = view;
  const docs = documentLinks(roadmap, site.outputs);
  const feed = roadmapFeed(roadmap, site.outputs, site.baseUrl);
  const files = [...docs, ...(feed ? [feed] : [])].map(
    (d) => `<li><a href="${esc(href(d.path))}" download>${esc(d.label)}</a></li>`,
  );
  const lead = [
    roadmap.issuer.length ? `<p class="muted">${esc(roadmap.issuer.join(' '))}</p>` : '',
    `<p>Период: ${esc(roadmap.periodText)}</p>`,
  ].join('');
  const main = [
    '<section aria-labelledby="progress-h">',
    '<h2 id="progress-h">Ход выполнения</h2>',
    progressBar(progress),
    files.length ? `<ul class="links">${files.join('')}</ul>` : '',
    '<p><a href="#timeline-h">График сроков</a></p>',
    '</section>',
    '<section aria-labelledby="items-h">',
    '<h2 id="items-h">Мероприятия</h2>',
    filters(view, site),
    '<div class="scroll" tabindex="0" role="region" aria-label="Таблица мероприятий">',
    roadmapTable(view, site, 'items'),
    '</div>',
    '</section>',
    breakdown(
      'sections-h',
      'По направлениям',
      'Направление',
      progress.sections.filter((s) => s.title !== null).map((s) => ({ name: esc(s.title!), c: s })),
    ),
    breakdown(
      'executors-h',
      'По исполнителям',
      'Исполнитель',
      progress.executors.map((e) => {
        const link = executorLink(site, { id: null, name: e.name });
        return { name: link ? `<a href="${esc(link)}">${esc(e.name)}</a>` : esc(e.name), c: e };
      }),
    ),
    '<section class="tl" aria-labelledby="timeline-h">',
    '<h2 id="timeline-h">График сроков</h2>',
    legend(),
    '<div class="scroll" tabindex="0" role="region" aria-label="Диаграмма сроков">',
    timelineSvg(view, site.today, site.uidDomain),
    '</div>',
    '</section>',
  ].join('\n');
  return layout({ title: roadmapName(roadmap), root: '', today: site.today, lead, main });
}

function filters(view: RoadmapView, site: SiteContext): string {
  const keys = new Map<string, string>();
  for (const r of view.rows)
    for (const e of r.item.executors) {
      const f = feedOf(site, e);
      if (f) keys.set(f.key, f.name);
    }
  const execs = [...keys].sort((a, b) => a[1].localeCompare(b[1], 'ru'));
  return [
    '<form class="filters" data-filter="items" hidden>',
    '<label>Статус <select name="state"><option value="">все</option>',
    ...STATE_ORDER.map((s) => `<option value="${s}">${STATE_WORDS[s]}</option>`),
    '</select></label>',
    '<label>Исполнитель <select name="executor"><option value="">все</option>',
    ...execs.map(([k, n]) => `<option value="${esc(k)}">${esc(n)}</option>`),
    '</select></label>',
    '<label>Поиск <input type="search" name="q"></label>',
    '<button type="reset">Сбросить</button>',
    '<p class="shown" role="status" aria-live="polite"></p>',
    '</form>',
  ].join('');
}

function breakdown(id: string, heading: string, what: string, list: { name: string; c: Counts }[]): string {
  if (list.length === 0) return '';
  const rows = list.map(
    ({ name, c }) =>
      `<tr><th scope="row">${name}</th><td>${c.total}</td><td>${c.done}</td><td>${c.overdue}</td><td>${c.total - c.done - c.overdue}</td><td class="barcell"><div class="bar" role="img" aria-label="${esc(countsText(c))}"><span class="seg s-done" style="width:${pct(c.done, c.total)}%"></span><span class="seg s-overdue" style="width:${pct(c.overdue, c.total)}%"></span></div></td></tr>`,
  );
  return [
    `<section aria-labelledby="${id}">`,
    `<h2 id="${id}">${heading}</h2>`,
    '<div class="scroll" tabindex="0" role="region" aria-label="Таблица «' + esc(heading) + '»">',
    `<table class="counts-table"><thead><tr><th scope="col">${what}</th><th scope="col">Сроков</th><th scope="col">Выполнено</th><th scope="col">Просрочено</th><th scope="col">Впереди</th><th scope="col">Доля</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table></div>`,
    '</section>',
  ].join('\n');
}

function pct(n: number, total: number): string {
  return total ? ((n / total) * 100).toFixed(2) : '0';
}

function legend(): string {
  return `<ul class="legend">${(['done', 'in_progress', 'not_started', 'failed', 'overdue'] as const)
    .map((s) => `<li><span class="sw s-${s.replace('_', '-')}"></span>${STATE_WORDS[s]}</li>`)
    .join('')}<li><span class="sw ms"></span>срок в один день</li><li><span class="sw now"></span>сегодня</li></ul>`;
}
