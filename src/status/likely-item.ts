import type { ResolvedItem, ResolvedRoadmap } from '../model/resolved.js';
import { walkItems } from '../model/walk.js';
import { titleSimilarity } from '../resolve/title-similarity.js';
import { richTextToPlain } from '../resolve/rich-text.js';

/** Below this, two titles share too little to say one was renamed into the other. */
const THRESHOLD = 0.5;

/**
 * The item a status record most likely belongs to, when its own item is gone: the one whose title is closest to
 * `title` (the label written beside the uid in the status file, or the tracker row's title); null when no title
 * is close enough to guess.
 */
export function likelyItem(roadmap: ResolvedRoadmap, title: string): ResolvedItem | null {
  const wanted = title.replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '');
  let best: { item: ResolvedItem; score: number } | null = null;
  for (const { item } of walkItems(roadmap)) {
    const score = titleSimilarity(wanted, richTextToPlain(item.title));
    if (score >= THRESHOLD && (!best || score > best.score)) best = { item, score };
  }
  return best?.item ?? null;
}
