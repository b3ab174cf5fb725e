import type { ResolvedRoadmap } from '../../model/resolved.js';
import { countItems } from '../../model/walk.js';
import { itemsCount, roadmapName } from '../ics/plain.js';
import type { UpcomingReport } from '../../upcoming/collect.js';
import { ruDateWithWeekday } from '../../upcoming/ru-dates.js';
import { ruDate } from '../../util/dates.js';
import { plural } from '../../util/plural.js';
import { esc, href } from './escape.js';
import { allFeed, documentLinks, executorFeeds, roadmapFeed, type FeedLink } from './links.js';
import { STYLES } from './styles.js';

export interface PageInput {
  roadmaps: readonly ResolvedRoadmap[];
  outputs: ReadonlySet<string>;
  baseUrl: string | null;
  upcoming: UpcomingReport;
}

/** The subscription page: documents and calendar feeds of every roadmap, then the deadlines of the coming days. */
export function renderPage(input: PageInput): string {
  const { roadmaps, outputs, baseUrl } = input;
  const execs = executorFeeds(roadmaps, outputs, baseUrl);
  const all = allFeed(outputs, baseUrl);
  const body = [
    '<header>',
    '<h1>Дорожные карты: документы и календари сроков</h1>',
    `<p class="muted">${esc(plural(roadmaps.length, 'дорожная карта', 'дорожные карты', 'дорожных карт'))}. Документы можно скачать, на календари — подписаться, чтобы сроки сами появились в календаре телефона или почты.</p>`,
    '</header>',
    '<main>',
    '<section aria-labelledby="maps">',
    '<h2 id="maps">Дорожные карты</h2>',
    ...roadmaps.map((r) => roadmapCard(r, outputs, baseUrl)),
    '</section>',
    subscribeNote(baseUrl),
    execs.length || all ? feedsSection(execs, all) : '',
    upcomingSection(input.upcoming),
    '</main>',
    '<footer><p>Страница собрана программой roadmap из файлов дорожных карт. Если ссылка не работает, обратитесь к тому, кто ведёт дорожные карты.</p></footer>',
  ];
  return [
    '<!doctype html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Дорожные карты: документы и календари</title>',
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    ...body.filter(Boolean),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function subscribeNote(baseUrl: string | null): string {
  const text = baseUrl
    ? 'Подписка на календарь: нажмите «Подписаться» — откроется приложение календаря. Если не открылось, скопируйте ссылку и добавьте календарь по адресу (Google Календарь: «Другие календари» → «Добавить по URL»). Подписанный календарь обновляется сам.'
    : 'Чтобы подписаться на календарь (а не скачать его один раз), нужен постоянный адрес этой страницы в интернете. Укажите его в настройке baseUrl файла roadmap.config.yaml и пересоберите — здесь появятся ссылки «Подписаться». Пока календари можно скачать и открыть вручную.';
  return `<p class="note">${esc(text)}</p>`;
}

function roadmapCard(r: ResolvedRoadmap, outputs: ReadonlySet<string>, baseUrl: string | null): string {
  const name = roadmapName(r);
  const docs = documentLinks(r, outputs);
  const feed = roadmapFeed(r, outputs, baseUrl);
  const links = [
    ...docs.map((d) => `<li><a href="${esc(href(d.path))}" download>${esc(d.label)}</a></li>`),
    ...(feed ? feedItems(feed) : []),
  ];
  const issuer = r.issuer.length ? `<p class="muted">${esc(r.issuer.join(' '))}</p>` : '';
  return [
    `<article class="card" aria-labelledby="r-${esc(r.id)}">`,
    `<h3 id="r-${esc(r.id)}">${esc(name)}</h3>`,
    issuer,
    `<p>Период: ${esc(r.periodText)} · ${esc(itemsCount(countItems(r)))} · файл <code>${esc(r.id)}</code></p>`,
    links.length ? `<ul class="links">${links.join('')}</ul>` : '<p class="muted">Файлы этой карты не собраны.</p>',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

function feedItems(feed: FeedLink): string[] {
  const items = [`<li><a href="${esc(href(feed.path))}" download>${esc(feed.label)}</a></li>`];
  if (feed.subscribe) items.push(`<li><a href="${esc(feed.subscribe)}">Подписаться на календарь</a></li>`);
  return items;
}

function feedsSection(execs: FeedLink[], all: FeedLink | null): string {
  const row = (f: FeedLink) =>
    `<li><span class="name">${esc(f.label)}</span> <a href="${esc(href(f.path))}" download>Скачать (ICS)</a>` +
    (f.subscribe ? ` <a href="${esc(f.subscribe)}">Подписаться</a>` : '') +
    '</li>';
  return [
    '<section aria-labelledby="feeds">',
    '<h2 id="feeds">Календари исполнителей</h2>',
    '<p>Каждому исполнителю — только его сроки по всем дорожным картам.</p>',
    `<ul class="feeds">${[...(all ? [all] : []), ...execs].map(row).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

function upcomingSection(u: UpcomingReport): string {
  const out = [
    '<section aria-labelledby="soon">',
    `<h2 id="soon">Ближайшие сроки: с ${esc(ruDate(u.today))} по ${esc(ruDate(u.until))}</h2>`,
  ];
  if (u.upcoming.length === 0) out.push('<p>В эти дни сроков нет.</p>');
  for (const g of u.upcoming) {
    out.push(`<h3 class="date">${esc(ruDateWithWeekday(g.date))}</h3>`, '<ul class="deadlines">');
    for (const d of g.deadlines) {
      const who = d.executors.length ? ` <span class="muted">— ${esc(d.executors.join('; '))}</span>` : '';
      out.push(
        `<li>${esc(d.number)}. ${esc(d.title)}${who} <span class="muted">(${esc(d.roadmapId)}; срок: ${esc(d.when)})</span></li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}
