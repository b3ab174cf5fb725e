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
