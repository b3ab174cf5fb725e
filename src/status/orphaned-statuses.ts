import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { walkItems } from '../model/walk.js';
import { richTextToPlain } from '../resolve/rich-text.js';
import { likelyItem } from './likely-item.js';
import type { RecordedItem } from './read-status-file.js';

/**
 * Status records whose uid names no item of the roadmap — the item was deleted, or renamed without an `id` (the
 * uid follows the title): each is reported at its line, with the item it most likely belongs to when the label
 * beside it is close to a title. Needs a roadmap compiled with uids.
 */
export function orphanedStatuses(
  roadmap: ResolvedRoadmap,
  file: string,
  recorded: ReadonlyMap<string, RecordedItem>,
): Diagnostic[] {
  const uids = new Set<string>();
  for (const { item } of walkItems(roadmap)) uids.add(item.uid);
  if (uids.has('')) return []; // compiled without uids: nothing to compare
  const out: Diagnostic[] = [];
  for (const [uid, place] of recorded) {
    if (uids.has(uid)) continue;
    const d = diagnostic('status-orphaned', { file, line: place.line, column: place.column }, uid, place.label);
    const likely = place.label ? likelyItem(roadmap, place.label) : null;
    if (likely)
      d.hint = `похоже на мероприятие ${likely.number} «${richTextToPlain(likely.title)}»: перенесите записи под его uid ${likely.uid} или задайте мероприятию «id».`;
    out.push(d);
  }
  return out;
}
