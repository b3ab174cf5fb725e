import { displayText } from './display-text.js';
import { DIAGNOSTICS, type DiagnosticCode, type MessageArgs } from './registry.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the user's input. Diagnostics are values: stages return them, they never throw them. */
export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when the problem concerns the whole file. */
  column: number;
  severity: Severity;
  /** Stable identifier, e.g. `yaml-duplicate-key`; documented in docs/diagnostics.md. */
  code: DiagnosticCode;
  /** Russian, one sentence. */
  message: string;
  /** Optional Russian hint: a suggestion of what was probably meant. */
  hint?: string;
}

/** Where a diagnostic points: a file, and a 1-based line and column (0 and 0 for the whole file). */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** The one way to make a diagnostic: severity and message come from the registry entry of `code`. */
export function diagnostic<C extends DiagnosticCode>(code: C, place: Place, ...args: MessageArgs<C>): Diagnostic {
  const entry = DIAGNOSTICS[code];
  // User text quoted in the message is data: no terminal controls, and not megabytes of it.
  const message = displayText((entry.message as (...a: MessageArgs<C>) => string)(...args));
  return { file: place.file, line: place.line, column: place.column, severity: entry.severity, code, message };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A problem that leaves the roadmap without outputs (an unreadable deadline phrase does not). */
export function blocksBuild(d: Diagnostic): boolean {
  return DIAGNOSTICS[d.code].blocksBuild;
}

/** Each problem once: the same template or status file can be reported for several roadmaps or threads. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
