import { roadmapPagePath } from '../../model/site-paths.js';
import type { Counts } from '../../tracker/progress.js';
import { roadmapName } from '../ics/plain.js';
import { split, sumCounts, type District } from '../../tracker/districts.js';
import type { RoadmapView } from './site-model.js';
import { esc, href } from './escape.js';
import { layout } from './layout.js';
import { progressBar } from './progress-bar.js';
import type { SiteContext } from './site-context.js';

/** region.html: one line per district and per roadmap, with the region's total. */
export function regionPage(groups: readonly District<RoadmapView>[], site: SiteContext): string {
  const total = sumCounts(groups.map((d) => d.counts));
  const rows: string[] = [];
  for (const d of groups) {
    rows.push(
      line(
        `<a href="index.html#${d.anchor}">${esc(d.name || 'Район не указан')}</a>`,
        d.views.length,
        d.counts,
        'district',
      ),
    );
    for (const v of d.views)
      rows.push(
        line(
          `<a href="${esc(href(roadmapPagePath(v.roadmap.id)))}">${esc(roadmapName(v.roadmap))}</a>`,
          1,
          v.progress,
          'map',
        ),
      );
  }
  const main = [
    '<section aria-labelledby="region-h">',
    '<h2 id="region-h">Итого по всем районам</h2>',
    progressBar(total),
    '</section>',
    '<section aria-labelledby="table-h">',
    '<h2 id="table-h">По районам и дорожным картам</h2>',
    '<div class="scroll" tabindex="0" role="region" aria-label="Сводная таблица">',
    '<table class="counts-table" id="region"><thead><tr><th scope="col">Район / дорожная карта</th><th scope="col">Карт</th><th scope="col">Сроков</th><th scope="col">Выполнено</th><th scope="col">%</th><th scope="col">Просрочено</th><th scope="col">Впереди</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    `<tfoot>${line(
      'Итого',
      groups.reduce((n, d) => n + d.views.length, 0),
      total,
      'total',
    )}</tfoot>`,
    '</table></div>',
    // #20: the same table as a workbook (xlsx builds of several districts write it).
    site.outputs.has('region.xlsx') ? '<p><a href="region.xlsx">Эта таблица в Excel (region.xlsx)</a></p>' : '',
    '</section>',
  ].join('\n');
  return layout({ title: 'Сводка по районам', root: '', today: site.today, main });
}

function line(name: string, maps: number, c: Counts, cls: string): string {
  const s = split(c);
  return `<tr class="${cls}"><th scope="row">${name}</th><td>${cls === 'map' ? '' : maps}</td><td>${c.total}</td><td>${s.done}</td><td>${s.percent}</td><td>${s.overdue}</td><td>${s.ahead}</td></tr>`;
}
