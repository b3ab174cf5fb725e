import type { ResolvedRoadmap } from '../../model/resolved.js';
import { assignExecutorFeeds } from '../ics/executor-keys.js';
import { href } from './escape.js';

export interface FileLink {
  label: string;
  path: string;
}

export interface FeedLink {
  label: string;
  path: string;
  /** `webcal://…` when the published address is known. */
  subscribe: string | null;
  /** The same address over https, to copy into a calendar's «add by URL»; null when unknown. */
  url: string | null;
}

const DOCUMENTS: { ext: string; label: string }[] = [
  { ext: 'docx', label: 'Документ (Word, DOCX)' },
  { ext: 'xlsx', label: 'Трекер выполнения (Excel, XLSX)' },
  { ext: 'json', label: 'Данные (JSON)' },
];

/** The documents of one roadmap that the build actually produced. */
export function documentLinks(roadmap: ResolvedRoadmap, outputs: ReadonlySet<string>): FileLink[] {
  return DOCUMENTS.filter((d) => outputs.has(`${roadmap.id}.${d.ext}`)).map((d) => ({
    label: d.label,
    path: `${roadmap.id}.${d.ext}`,
  }));
}

export function roadmapFeed(
  roadmap: ResolvedRoadmap,
  outputs: ReadonlySet<string>,
  baseUrl: string | null,
): FeedLink | null {
  const path = `${roadmap.id}.ics`;
  return outputs.has(path) ? { label: 'Календарь сроков (ICS)', path, ...published(baseUrl, path) } : null;
}

/**
 * Per-executor feeds named the way the ICS emitter names them; a feed file without a known executor (left from
 * an earlier build) is still listed, under its file name.
 */
export function executorFeeds(
  roadmaps: readonly ResolvedRoadmap[],
  outputs: ReadonlySet<string>,
  baseUrl: string | null,
): FeedLink[] {
  const names = new Map<string, string>();
  for (const feed of assignExecutorFeeds(roadmaps).values()) names.set(`calendars/${feed.key}.ics`, feed.name);
  const paths = [...outputs].filter((p) => /^calendars\/[^/]+\.ics$/.test(p) && p !== 'calendars/all.ics');
  return paths
    .map((path) => ({
      label: names.get(path) ?? path.slice('calendars/'.length, -'.ics'.length),
      path,
      ...published(baseUrl, path),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}

export function allFeed(outputs: ReadonlySet<string>, baseUrl: string | null): FeedLink | null {
  const path = 'calendars/all.ics';
  return outputs.has(path) ? { label: 'Все сроки всех дорожных карт', path, ...published(baseUrl, path) } : null;
}

/**
 * Calendar apps subscribe to an absolute URL only: `https://host/path/` → `webcal://host/path/<file>`, and the
 * same over http(s) for services that take a plain address (a `webcal://` base is served over https).
 */
function published(baseUrl: string | null, path: string): { subscribe: string | null; url: string | null } {
  const m = baseUrl ? /^(https?|webcal):\/\/(.+)$/i.exec(baseUrl.trim()) : null;
  if (!m) return { subscribe: null, url: null };
  const base = m[2]!.endsWith('/') ? m[2]! : `${m[2]!}/`;
  const scheme = m[1]!.toLowerCase() === 'http' ? 'http' : 'https';
  return { subscribe: `webcal://${base}${href(path)}`, url: `${scheme}://${base}${href(path)}` };
}
