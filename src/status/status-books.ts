import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import type { OccurrenceStatus } from '../model/status.js';
import { parseStatusFile } from './read-status-file.js';
import { statusFilePath } from './status-file.js';

export interface StatusBooks {
  /** The statuses recorded beside a roadmap; empty when it has no status file. */
  statusesFor(roadmap: ResolvedRoadmap): Map<string, OccurrenceStatus>;
  /** Problems found in the status files read so far. */
  diagnostics: Diagnostic[];
}

/** Reads each roadmap's status file once, through `readFile` (null when the file does not exist). */
export function statusBooks(readFile: (path: string) => Uint8Array | null): StatusBooks {
  const cache = new Map<string, Map<string, OccurrenceStatus>>();
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    statusesFor(roadmap) {
      const path = statusFilePath(roadmap.source);
      let book = cache.get(path);
      if (!book) {
        const bytes = readFile(path);
        const parsed = bytes
          ? parseStatusFile(path, bytes, roadmap.id)
          : { book: new Map<string, OccurrenceStatus>(), diagnostics: [] };
        diagnostics.push(...parsed.diagnostics);
        book = parsed.book;
        cache.set(path, book);
      }
      return book;
    },
  };
}
