import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EmitContext } from '../emit/emitter.js';
import { parseVersionFile, versionFileText, type EventVersion } from '../emit/ics/versions.js';
import { readOrNull } from './fs-probe.js';
import { lastCommitTime } from './git.js';

/** `roadmaps/msoko.yaml` → `roadmaps/msoko.calendar-versions.json`: committed beside the roadmap. */
function versionFilePath(roadmapSource: string): string {
  return roadmapSource.replace(/\.ya?ml$/i, '') + '.calendar-versions.json';
}

/**
 * Calendar versions kept in the repository, so a build in a fresh checkout (the CI `init` writes) numbers the
 * events as the last one did: read beside each roadmap, written back after the build when they changed.
 */
export function calendarVersionFiles(cwd: string): {
  versions: NonNullable<EmitContext['calendarVersions']>;
  write(): string[];
} {
  const made = new Map<string, ReadonlyMap<string, EventVersion>>();
  const read = new Map<string, Uint8Array | null>();
  return {
    versions: {
      before(roadmap) {
        const path = resolve(cwd, versionFilePath(roadmap.source));
        if (!read.has(path)) read.set(path, readOrNull(path));
        return parseVersionFile(read.get(path)!);
      },
      record(roadmap, versions) {
        made.set(resolve(cwd, versionFilePath(roadmap.source)), versions);
      },
    },
    write() {
      const written: string[] = [];
      for (const [path, versions] of made) {
        const text = versionFileText(versions);
        const old = read.has(path) ? read.get(path) : readOrNull(path);
        if (old && Buffer.from(old).toString('utf8') === text) continue;
        try {
          writeFileSync(path, text);
          written.push(path);
        } catch {
          // A read-only checkout: the feeds are written all the same, numbered from the committed file.
        }
      }
      return written;
    },
  };
}

/** When a roadmap last changed: SOURCE_DATE_EPOCH, else its last commit, else null (the emitter's default). */
export function roadmapChangedAt(cwd: string, epoch: string | undefined): (source: string) => Date | null {
  const cache = new Map<string, Date | null>();
  return (source) => {
    if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000);
    if (!cache.has(source)) cache.set(source, lastCommitTime(cwd, source));
    return cache.get(source)!;
  };
}
