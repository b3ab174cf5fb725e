import { StreamedFiles, type Emit, type OutputFile } from '../emitter.js';
import { executorPagePath, roadmapPagePath } from '../../model/site-paths.js';
import { collectUpcoming } from '../../upcoming/collect.js';
import { assignExecutorFeeds } from '../ics/executor-keys.js';
import { districts } from '../../tracker/districts.js';
import { executorEntries, executorPage } from './executor-page.js';
import { homePage } from './home-page.js';
import { regionPage } from './region-page.js';
import { roadmapPage } from './roadmap-page.js';
import type { SiteContext } from './site-context.js';
import { roadmapView } from './site-model.js';

/**
 * The site: `index.html` (progress of every roadmap by district, overdue, the next 30 days, calendars),
 * `region.html`, a page per roadmap and per executor. Runs after the other emitters and links only to files in
 * `ctx.outputs` or to its own pages, so every link resolves. Progress is as of `ctx.today`.
 */
export const emitHtml: Emit = async (roadmaps, ctx) => {
  const views = roadmaps.map((r) => roadmapView(r, ctx.statusesFor(r), ctx.today));
  const feeds = assignExecutorFeeds(roadmaps);
  const entries = executorEntries(views, feeds);
  const site: SiteContext = {
    today: ctx.today,
    feeds,
    outputs: new Set(ctx.outputs ?? []),
    baseUrl: ctx.baseUrl ?? null,
    uidDomain: ctx.uidDomain ?? null,
    executorPages: new Set([...entries].filter(([, list]) => list.length > 0).map(([key]) => key)),
  };
  const upcoming = collectUpcoming(roadmaps, { today: ctx.today, days: 30, statusesFor: (r) => ctx.statusesFor(r) });
  const groups = districts(views);
  // Pages are rendered one at a time as the build writes them: a region's 300 roadmap pages never sit in memory
  // together.
  const pages: { path: string; render: () => string }[] = [
    { path: 'index.html', render: () => homePage(groups, upcoming, site) },
    { path: 'region.html', render: () => regionPage(groups, site) },
    ...views.map((v) => ({ path: roadmapPagePath(v.roadmap.id), render: () => roadmapPage(v, site) })),
  ];
  for (const feed of feeds.values()) {
    const list = entries.get(feed.key);
    if (list?.length) pages.push({ path: executorPagePath(feed.key), render: () => executorPage(feed, list, site) });
  }
  const streamed = new StreamedFiles(pages.length, function* () {
    for (const [i, page] of pages.entries()) {
      yield [i, page.render()] as const;
      yield [i, null] as const;
    }
  });
  const files: OutputFile[] = pages.map((p, i) => ({ path: p.path, data: streamed.body(i) }));
  return { files, diagnostics: [] };
};
