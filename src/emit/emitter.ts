import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import type { StatusBook } from '../model/status.js';
import type { EventVersion } from './ics/versions.js';

export type OutputFormat = 'json' | 'docx' | 'xlsx' | 'ics' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'xlsx', 'ics', 'json', 'html'];

/** A file an emitter produces; `path` is relative to the output folder, with '/' separators. */
export interface OutputFile {
  path: string;
  data: Uint8Array | string | StreamedBody;
}

/** A piece of a streamed body: text (written as UTF-8) or bytes. */
export type Chunk = string | Uint8Array;

/**
 * Files made together in one pass and written as they are made, never held whole (the merged calendars of a
 * region are hundreds of megabytes, and each event goes into several of them). The pass yields
 * `[file index, chunk]`, and `[file index, null]` once that file is complete.
 */
export class StreamedFiles {
  constructor(
    readonly count: number,
    private readonly produce: () => Iterable<readonly [number, Chunk | null]>,
  ) {}

  chunks(): Iterable<readonly [number, Chunk | null]> {
    return this.produce();
  }

  /** The body of file `index`, for an OutputFile. */
  body(index: number): StreamedBody {
    return new StreamedBody(this, index);
  }
}

/** One file of a StreamedFiles. `toString()` runs the pass and keeps this file's text (tests, small files). */
export class StreamedBody {
  constructor(
    readonly files: StreamedFiles,
    readonly index: number,
  ) {}

  toString(): string {
    const decoder = new TextDecoder();
    let text = '';
    for (const [index, chunk] of this.files.chunks()) {
      if (index !== this.index || chunk === null) continue;
      text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    }
    return text + decoder.decode();
  }

  valueOf(): string {
    return this.toString();
  }
}

export interface EmitContext {
  /**
   * The build timestamp used inside documents (core.xml dates, DTSTAMP …). From SOURCE_DATE_EPOCH when set;
   * otherwise derived from the roadmap (approval date, else period start) so rebuilds are byte-identical.
   */
  timestampFor(roadmap: ResolvedRoadmap): Date;
  /** Timestamp for outputs that span several roadmaps. */
  timestamp: Date;
  /** Folders searched for templates, in order (the project's own `templates/` first, then the bundled one). */
  templateDirs: readonly string[];
  /** Reminder offsets in days before a deadline (ICS VALARM). */
  reminderDays: number[];
  /** When on those days reminders fire, in minutes after local midnight (config `reminderTime`; default 09:00). */
  reminderMinutes?: number;
  /** Today's date, for outputs that show "upcoming" (not used by reproducible formats). */
  today: string;
  /** Statuses recorded in the repo for a roadmap (from its status file); empty when none. */
  statusesFor(roadmap: ResolvedRoadmap): StatusBook;
  /** Files read by emitters (templates, letterheads) come through here, so stages stay free of I/O. */
  readFile(path: string): Uint8Array | null;
  /**
   * The file the previous build wrote at `path` (relative to the output folder), or null; read in chunks when
   * large, so a merged feed is never held whole. Lets a feed keep
   * SEQUENCE/LAST-MODIFIED of unchanged events and bump them for changed ones. Optional: absent means "no previous".
   */
  previousOutput?(path: string): Iterable<Uint8Array> | Uint8Array | null;
  /**
   * Paths (relative to the output folder) of the files this build produced before the current emitter ran, plus
   * those kept from earlier builds. The HTML page links only to these, so every link resolves. Optional.
   */
  outputs?: readonly string[];
  /** #16: calendar event versions, kept in a file committed beside each roadmap (absent: none kept). */
  calendarVersions?: {
    before(roadmap: ResolvedRoadmap): ReadonlyMap<string, EventVersion>;
    /** The versions of every event of the roadmap, once its feed is made. */
    record(roadmap: ResolvedRoadmap, versions: ReadonlyMap<string, EventVersion>): void;
  };
  /** #16: when the roadmap last changed (its last commit), for LAST-MODIFIED of changed events; default timestampFor. */
  changedAt?(roadmap: ResolvedRoadmap): Date;
  /** #16: names of the files a previous build left in `dir` of the output folder (retired calendar feeds). */
  previousFiles?(dir: string): string[];
  /** #16: the calendars' time zone (config `timeZone`), an IANA name; default Europe/Moscow. */
  timeZone?: string;
  /** Published address of the output folder (config `baseUrl`), for `webcal://` links; null when unknown. */
  baseUrl?: string | null;
  /** #16: the domain of calendar UIDs (config `uidDomain`, else the host of `baseUrl`); absent: `@roadmap`. */
  uidDomain?: string | null;
  /** #16: how calendars show a window such as «Август-сентябрь» (config `calendarWindows`); default `deadline`. */
  calendarWindows?: CalendarWindows;
}

/** `deadline`: the deadline only; `start`: plus a marker on the window's first day; `span`: the window itself. */
export const CALENDAR_WINDOWS = ['deadline', 'start', 'span'] as const;
export type CalendarWindows = (typeof CALENDAR_WINDOWS)[number];

export interface EmitResult {
  files: OutputFile[];
  /** Problems with the user's input found while emitting (an unknown template, a broken letterhead …). */
  diagnostics: Diagnostic[];
}

/** An emitter turns resolved roadmaps into output files. Pure: no file system, no clock. */
export type Emit = (roadmaps: readonly ResolvedRoadmap[], ctx: EmitContext) => Promise<EmitResult>;

/** What an emitter reads beyond the roadmaps, so `build` prepares only that. */
type EmitterNeed =
  /** Item UIDs (statuses and calendar events are keyed by them). */
  | 'uids'
  /** `ctx.statusesFor`: the outputs show recorded statuses, so they wait while a status file cannot be read. */
  | 'statuses'
  /** `ctx.outputs`: the emitter runs after every other one and sees what they wrote. */
  | 'outputs';

/**
 * An emitter as `build` sees it: light to import (the `emit` function loads docx, exceljs … on first use).
 * `perRoadmap`: each file belongs to one roadmap, so `build` emits them one roadmap at a time (memory stays
 * flat) and watch mode redoes only the changed roadmaps'; the others merge every roadmap into their files.
 */
export interface Emitter {
  format: OutputFormat;
  perRoadmap: boolean;
  needs: readonly EmitterNeed[];
  emit: Emit;
}
