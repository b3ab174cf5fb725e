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
  code: string;
  /** Russian, one sentence. */
  message: string;
  /** Optional Russian hint: a suggestion of what was probably meant. */
  hint?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
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
