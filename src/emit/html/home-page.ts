import { roadmapPagePath } from '../../model/site-paths.js';
import type { UpcomingReport } from '../../upcoming/collect.js';
import { ruDateWithWeekday } from '../../upcoming/ru-dates.js';
import { richTextToPlain } from '../../resolve/rich-text.js';
import { ruDate } from '../../util/dates.js';
import { plural } from '../../util/plural.js';
import { roadmapName } from '../ics/plain.js';
import { feedsSection } from './feeds-section.js';
import type { District } from '../../tracker/districts.js';
import { esc, href } from './escape.js';
import { STATE_WORDS, stateBadge } from './item-state.js';
import { layout } from './layout.js';
import { documentLinks, roadmapFeed } from './links.js';
import { progressBar } from './progress-bar.js';
import type { SiteContext } from './site-context.js';
import type { RoadmapView } from './site-model.js';

const OVERDUE_SHOWN = 10;

/** index.html: every roadmap's progress by district, what is overdue, the next 30 days, the calendars. */
export function homePage(
  groups: readonly District<RoadmapView>[],
  upcoming: UpcomingReport,
  site: SiteContext,
): string {
  const count = groups.reduce((n, d) => n + d.views.length, 0);
  const lead = `<p class="muted">${esc(plural(count, 'дорожная карта', 'дорожные карты', 'дорожных карт'))}: ход выполнения, просроченные и ближайшие сроки, документы и календари для подписки.</p>`;
  const main = [
    '<section aria-labelledby="maps">',
    '<h2 id="maps">Дорожные карты</h2>',
    ...groups.map((d) => districtBlock(d, site, groups.length > 1)),
    '</section>',
    overdueSection(groups.flatMap((d) => d.views)),
    upcomingSection(
      upcoming,
      groups.flatMap((d) => d.views),
    ),
    feedsSection(
      groups.flatMap((d) => d.views.map((v) => v.roadmap)),
      site,
    ),
  ].join('\n');
  return layout({ title: 'Дорожные карты: ход выполнения и сроки', root: '', today: site.today, lead, main });
}

function districtBlock(d: District<RoadmapView>, site: SiteContext, several: boolean): string {
  const head = [`<h3 id="${d.anchor}">${esc(d.name || 'Район не указан')}</h3>`, several ? progressBar(d.counts) : ''];
  return [
    `<section class="district" aria-labelledby="${d.anchor}">`,
    ...head,
    ...d.views.map((v) => card(v, site)),
    '</section>',
  ].join('\n');
}

function card(v: RoadmapView, site: SiteContext): string {
  const r = v.roadmap;
  const docs = documentLinks(r, site.outputs);
  const feed = roadmapFeed(r, site.outputs, site.baseUrl);
  const links = [...docs, ...(feed ? [feed] : [])].map(
    (d) => `<li><a href="${esc(href(d.path))}" download>${esc(d.label)}</a></li>`,
  );
  const id = `r-${esc(r.id)}`;
  return [
    `<article class="card" aria-labelledby="${id}">`,
    `<h4 id="${id}"><a href="${esc(href(roadmapPagePath(r.id)))}">${esc(roadmapName(r))}</a></h4>`,
    `<p class="muted">Период: ${esc(r.periodText)} · файл <code>${esc(r.id)}</code></p>`,
    progressBar(v.progress),
    links.length ? `<ul class="links">${links.join('')}</ul>` : '',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Overdue occurrences by roadmap, oldest first: the same rule and count as `roadmap status`. */
function overdueSection(views: readonly RoadmapView[]): string {
  const out = ['<section aria-labelledby="overdue">', '<h2 id="overdue">Просрочено</h2>'];
  let none = true;
  for (const v of views) {
    const items = v.rows
      .flatMap((row) => row.occurrences.filter((o) => o.state === 'overdue').map((o) => ({ row, o })))
      .sort((a, b) => a.o.deadline!.localeCompare(b.o.deadline!));
    if (items.length === 0) continue;
    none = false;
    const page = href(roadmapPagePath(v.roadmap.id));
    out.push(`<h3>${esc(roadmapName(v.roadmap))}: ${items.length}</h3>`, '<ul class="deadlines">');
    for (const { row, o } of items.slice(0, OVERDUE_SHOWN)) {
      const who = row.item.executors.map((e) => e.name).join('; ');
      const title = richTextToPlain(row.item.title, '– ').replace(/\s+/g, ' ');
      out.push(
        `<li><a href="${esc(page)}#${esc(v.anchors.get(row.item.uid)!)}">${esc(row.item.number)}. ${esc(title)}</a> <span class="muted">— срок ${ruDate(o.deadline!)}${who ? `; ${esc(who)}` : ''}</span> ${stateBadge(o.state)}${o.status !== 'не начато' ? ` <span class="muted">(${esc(o.status)})</span>` : ''}</li>`,
      );
    }
    out.push('</ul>');
    if (items.length > OVERDUE_SHOWN)
      out.push(
        `<p><a href="${esc(page)}#items-h">Все ${items.length} просроченных — на странице карты</a> (фильтр «${STATE_WORDS.overdue}»).</p>`,
      );
  }
  if (none) out.push('<p>Просроченных сроков нет.</p>');
  out.push('</section>');
  return out.join('\n');
}

function upcomingSection(u: UpcomingReport, views: readonly RoadmapView[]): string {
  const anchors = new Map(views.map((v) => [v.roadmap.id, v.anchors]));
  const out = [
    '<section aria-labelledby="soon">',
    `<h2 id="soon">Ближайшие сроки: с ${esc(ruDate(u.today))} по ${esc(ruDate(u.until))}</h2>`,
  ];
  if (u.upcoming.length === 0) out.push('<p>В эти дни сроков нет.</p>');
  for (const g of u.upcoming) {
    out.push(`<h3 class="date">${esc(ruDateWithWeekday(g.date))}</h3>`, '<ul class="deadlines">');
    for (const d of g.deadlines) {
      const who = d.executors.length ? ` <span class="muted">— ${esc(d.executors.join('; '))}</span>` : '';
      const link = `${href(roadmapPagePath(d.roadmapId))}#${anchors.get(d.roadmapId)?.get(d.uid) ?? ''}`;
      out.push(
        `<li><a href="${esc(link)}">${esc(d.number)}. ${esc(d.title)}</a>${who} <span class="muted">(${esc(d.roadmapId)}; срок: ${esc(d.when)})</span></li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}
