import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { StatusBook } from '../../model/status.js';
import { statusFilePath } from '../../status/status-file.js';
import { trackedOccurrences } from '../../tracker/occurrences.js';
import { ruDate } from '../../util/dates.js';

/** An Excel cell holds at most this many characters; the tracker shortens longer texts. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * Recorded documents and comments too long for a tracker cell: the tracker shows them shortened, so the person is
 * told (the status file keeps the whole text, and importing the tracker back does not replace it).
 */
export function overlongTrackerCells(roadmap: ResolvedRoadmap, book: StatusBook): Diagnostic[] {
  const out: Diagnostic[] = [];
  const place = { file: statusFilePath(roadmap.source), line: 0, column: 0 };
  for (const occ of trackedOccurrences(roadmap)) {
    const entry = book.get(occ.key);
    if (!entry) continue;
    const when = occ.deadline ? `срок ${ruDate(occ.deadline)}` : 'без срока';
    for (const [field, text] of [
      ['comment', entry.comment],
      ['evidence', entry.evidence],
    ] as const) {
      if (text !== null && text.length > EXCEL_CELL_LIMIT)
        out.push(
          diagnostic('status-text-too-long', place, occ.item.number, when, field, text.length, EXCEL_CELL_LIMIT),
        );
    }
  }
  return out;
}
