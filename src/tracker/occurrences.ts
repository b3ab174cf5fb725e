import type { ResolvedItem, ResolvedRoadmap, ResolvedSection } from '../model/resolved.js';
import { statusKey } from '../model/status.js';
import { walkItems } from '../model/walk.js';
import type { IsoDate } from '../schedule/types.js';

/** One trackable unit: an item's occurrence, or an undated item's single row. */
export interface TrackedOccurrence {
  key: string;
  item: ResolvedItem;
  section: ResolvedSection;
  /** 0-based index of the section in the roadmap (the tracker's hidden section code). */
  sectionIndex: number;
  /** The occurrence's deadline (its end), or null for an undated item. */
  deadline: IsoDate | null;
}

/** A line of the tracker: a trackable occurrence, or a heading item with no deadline of its own (a group row). */
export type TrackerLine =
  | { kind: 'occurrence'; occurrence: TrackedOccurrence }
  | { kind: 'group'; item: ResolvedItem; section: ResolvedSection; sectionIndex: number };

/**
 * The tracker's lines in document order. A recurring item gives one line per occurrence (a quarterly item is four
 * lines a year); an item without dates (external schedule, unreadable phrase) gives one undated line; a heading
 * item written with an empty `when` only groups its sub-items and gives a group line that carries no status.
 */
export function trackerLines(roadmap: ResolvedRoadmap): TrackerLine[] {
  const lines: TrackerLine[] = [];
  for (const { item, section } of walkItems(roadmap)) {
    const sectionIndex = roadmap.sections.indexOf(section);
    if (item.when.trim() === '' && item.items.length > 0) {
      lines.push({ kind: 'group', item, section, sectionIndex });
      continue;
    }
    const deadlines: (IsoDate | null)[] = [...new Set(item.schedule.occurrences.map((o) => o.end))];
    if (deadlines.length === 0) deadlines.push(null);
    for (const deadline of deadlines) {
      lines.push({
        kind: 'occurrence',
        occurrence: { key: statusKey(item.uid, deadline), item, section, sectionIndex, deadline },
      });
    }
  }
  return lines;
}

/** Only the trackable occurrences of a roadmap. */
export function trackedOccurrences(roadmap: ResolvedRoadmap): TrackedOccurrence[] {
  return trackerLines(roadmap).flatMap((l) => (l.kind === 'occurrence' ? [l.occurrence] : []));
}
