import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import type { OccurrenceStatus } from '../model/status.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { orphanedStatuses } from './orphaned-statuses.js';
import { parseStatusFile, type StatusFileContents } from './read-status-file.js';
import { statusFilePath } from './status-file.js';

type RoadmapRef = Pick<ResolvedRoadmap, 'id' | 'source'>;

export interface StatusBooks {
  /** The statuses recorded beside a roadmap; empty when it has no status file (or it cannot be read). */
  statusesFor(roadmap: RoadmapRef): Map<string, OccurrenceStatus>;
  /**
   * True when the roadmap's status file exists but could not be read whole (a merge-conflict marker, a duplicate
   * key, an unknown status …): the outputs that show statuses must wait, never be rebuilt as «не начато».
   */
  unreadable(roadmap: RoadmapRef): boolean;
  /** Reports the roadmap's status records that match none of its items (the roadmap compiled with uids). */
  checkOrphans(roadmap: ResolvedRoadmap): void;
  /** Problems found in the status files read so far. */
  diagnostics: Diagnostic[];
}

/** Reads each roadmap's status file once, through `readFile` (null when the file does not exist). */
export function statusBooks(readFile: (path: string) => Uint8Array | null): StatusBooks {
  const cache = new Map<string, { contents: StatusFileContents; broken: boolean; checked: boolean }>();
  const diagnostics: Diagnostic[] = [];
  const load = (roadmap: RoadmapRef) => {
    const path = statusFilePath(roadmap.source);
    let hit = cache.get(path);
    if (!hit) {
      const bytes = readFile(path);
      const contents: StatusFileContents = bytes
        ? parseStatusFile(path, bytes, roadmap.id)
        : { book: new Map(), items: new Map(), diagnostics: [] };
      const broken = hasErrors(contents.diagnostics);
      diagnostics.push(...contents.diagnostics);
      if (broken) diagnostics.push(diagnostic('status-file-held', { file: path, line: 0, column: 0 }));
      hit = { contents: broken ? { ...contents, book: new Map() } : contents, broken, checked: false };
      cache.set(path, hit);
    }
    return { path, hit };
  };
  return {
    diagnostics,
    statusesFor: (roadmap) => load(roadmap).hit.contents.book,
    unreadable: (roadmap) => load(roadmap).hit.broken,
    checkOrphans(roadmap) {
      const { path, hit } = load(roadmap);
      if (hit.checked || hit.broken) return;
      hit.checked = true;
      diagnostics.push(...orphanedStatuses(roadmap, path, hit.contents.items));
    },
  };
}
