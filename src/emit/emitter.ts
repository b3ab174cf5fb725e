import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import type { StatusBook } from '../model/status.js';

export type OutputFormat = 'json' | 'docx' | 'xlsx' | 'ics' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'xlsx', 'ics', 'json', 'html'];

/** A file an emitter produces; `path` is relative to the output folder, with '/' separators. */
export interface OutputFile {
  path: string;
  data: Uint8Array | string;
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
  /** Today's date, for outputs that show "upcoming" (not used by reproducible formats). */
  today: string;
  /** Statuses recorded in the repo for a roadmap (from its status file); empty when none. */
  statusesFor(roadmap: ResolvedRoadmap): StatusBook;
  /** Files read by emitters (templates, letterheads) come through here, so stages stay free of I/O. */
  readFile(path: string): Uint8Array | null;
  /**
   * The file the previous build wrote at `path` (relative to the output folder), or null. Lets a feed keep
   * SEQUENCE/LAST-MODIFIED of unchanged events and bump them for changed ones. Optional: absent means "no previous".
   */
  previousOutput?(path: string): Uint8Array | null;
  /**
   * Paths (relative to the output folder) of the files this build produced before the current emitter ran, plus
   * those kept from earlier builds. The HTML page links only to these, so every link resolves. Optional.
   */
  outputs?: readonly string[];
  /** Published address of the output folder (config `baseUrl`), for `webcal://` links; null when unknown. */
  baseUrl?: string | null;
}

export interface EmitResult {
  files: OutputFile[];
  /** Problems with the user's input found while emitting (an unknown template, a broken letterhead …). */
  diagnostics: Diagnostic[];
}

/** An emitter turns resolved roadmaps into output files. Pure: no file system, no clock. */
export type Emit = (roadmaps: readonly ResolvedRoadmap[], ctx: EmitContext) => Promise<EmitResult>;
