import { sha1Hex } from '../util/hash.js';

/**
 * Calendar UIDs must survive other items being inserted, removed or renumbered, so they never depend on
 * position: an explicit item id wins; otherwise a hash of the normalised title (and, for repeated titles,
 * which repetition it is).
 */
export function itemUid(roadmapId: string, itemId: string | null, titleText: string, repetition: number): string {
  if (itemId) return `${roadmapId}-${itemId}@roadmap`;
  const hash = sha1Hex(normaliseTitle(titleText)).slice(0, 12);
  return `${roadmapId}-t${hash}${repetition > 1 ? `-${repetition}` : ''}@roadmap`;
}

export function normaliseTitle(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
