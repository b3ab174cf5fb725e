import type { ResolvedRoadmap } from '../../model/resolved.js';
import { executorPagePath } from '../../model/site-paths.js';
import { roadmapName } from '../ics/plain.js';
import { subscribeLinks } from '../ics/subscribe-links.js';
import { esc, href } from './escape.js';
import { allFeed, executorFeeds, roadmapFeed, type FeedLink } from './links.js';
import type { SiteContext } from './site-context.js';

/** «Календари»: every feed to download and, once the published address is known, to subscribe to. */
export function feedsSection(roadmaps: readonly ResolvedRoadmap[], site: SiteContext): string {
  const { outputs, baseUrl } = site;
  const all = allFeed(outputs, baseUrl);
  const maps = roadmaps.flatMap((r) => {
    const f = roadmapFeed(r, outputs, baseUrl);
    return f ? [{ ...f, label: roadmapName(r) }] : [];
  });
  const keyOf = new Map([...site.feeds.values()].map((f) => [`calendars/${f.key}.ics`, f.key]));
  const execs = executorFeeds(roadmaps, outputs, baseUrl);
  if (!all && maps.length === 0 && execs.length === 0) return '';
  const list = (items: FeedLink[], page?: (f: FeedLink) => string | null) =>
    `<ul class="feeds">${items.map((f) => feedRow(f, page?.(f) ?? null, baseUrl)).join('')}</ul>`;
  return [
    '<section aria-labelledby="feeds">',
    '<h2 id="feeds">Календари для подписки</h2>',
    subscribeNote(baseUrl),
    all || maps.length ? '<h3>Календари дорожных карт</h3>' : '',
    all || maps.length ? list([...(all ? [all] : []), ...maps]) : '',
    execs.length
      ? '<h3>Календари исполнителей</h3><p>Каждому исполнителю — только его сроки по всем дорожным картам.</p>'
      : '',
    execs.length
      ? list(execs, (f) => {
          const key = keyOf.get(f.path);
          return key && site.executorPages.has(key) ? href(executorPagePath(key)) : null;
        })
      : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function feedRow(f: FeedLink, page: string | null, baseUrl: string | null): string {
  const parts = [`<span class="name">${esc(f.label)}</span>`];
  if (page) parts.push(`<a href="${esc(page)}">Сроки на сайте</a>`);
  parts.push(`<a href="${esc(href(f.path))}" download>Скачать (ICS)</a>`);
  if (f.subscribe && f.url && baseUrl) {
    parts.push(`<a href="${esc(f.subscribe)}">Подписаться</a>`);
    // One home for the services' «add by URL» addresses: the calendars' own module.
    const links = subscribeLinks(baseUrl, f.path, f.label);
    const services = (
      [
        ['Google', links.google],
        ['Outlook', links.outlook],
        ['Яндекс', links.yandex],
      ] as const
    )
      .map(([label, url]) => `<a href="${esc(url)}" rel="noopener">${esc(label)}</a>`)
      .join(' / ');
    parts.push(
      `<span class="services">Добавить в ${services}</span>`,
      `<span class="copyline"><input readonly value="${esc(f.url)}" aria-label="Адрес календаря «${esc(f.label)}»"> <button type="button" data-copy="${esc(f.url)}" hidden>Скопировать адрес</button></span>`,
    );
  }
  return `<li>${parts.join(' ')}</li>`;
}

function subscribeNote(baseUrl: string | null): string {
  const text = baseUrl
    ? 'Подписка на календарь: нажмите «Подписаться» — откроется приложение календаря. Google и Outlook открываются по ссылкам «Добавить в …». В Яндекс Календаре: «Новый календарь» → «Подписаться на календарь» и вставьте скопированный адрес. Подписанный календарь обновляется сам.'
    : 'Чтобы подписаться на календарь (а не скачать его один раз), нужен постоянный адрес этой страницы в интернете. Укажите его в настройке baseUrl файла roadmap.config.yaml и пересоберите — здесь появятся ссылки «Подписаться». Пока календари можно скачать и открыть вручную.';
  return `<p class="note">${esc(text)}</p>`;
}
