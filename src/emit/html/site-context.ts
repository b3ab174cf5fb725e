import type { Executor } from '../../model/resolved.js';
import { executorPagePath } from '../../model/site-paths.js';
import { href } from './escape.js';
import { executorIdentity, type ExecutorFeed } from '../ics/executor-keys.js';

/** What every page of one build shares. */
export interface SiteContext {
  /** The build's «as of» date. */
  today: string;
  /** Executor pages are keyed as the calendar feeds: identity → key and name. */
  feeds: ReadonlyMap<string, ExecutorFeed>;
  outputs: ReadonlySet<string>;
  baseUrl: string | null;
  /** The calendars' UID domain (#16), so an item's `data-uid` is its event's UID, as in the JSON. */
  uidDomain: string | null;
  /** Keys of the executors that have a page (those with at least one dated or undated occurrence). */
  executorPages: ReadonlySet<string>;
}

export function feedOf(site: SiteContext, executor: Executor): ExecutorFeed | null {
  return site.feeds.get(executorIdentity(executor)) ?? null;
}

/** The executor's «мои сроки» page, relative to `root`, or null when it has none. */
export function executorLink(site: SiteContext, executor: Executor, root = ''): string | null {
  const feed = feedOf(site, executor);
  return feed && site.executorPages.has(feed.key) ? `${root}${href(executorPagePath(feed.key))}` : null;
}
