import type { Diagnostic } from './diagnostic.js';
import { displayText } from './display-text.js';

const SEVERITY_RU: Record<Diagnostic['severity'], string> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'замечание',
};

export interface Paint {
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const plain: Paint = { error: (s) => s, warning: (s) => s, info: (s) => s, dim: (s) => s, bold: (s) => s };

/** `file:line:col: ошибка: message [code]` and an indented hint line, like compilers print. */
export function formatDiagnostic(d: Diagnostic, paint: Paint = plain): string {
  // A file name is user text too (a roadmap named with an ESC in it); hints are added after `diagnostic()`.
  const where = displayText(d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file);
  const head = `${paint.bold(where)}: ${paint[d.severity](SEVERITY_RU[d.severity])}: ${displayText(d.message)} ${paint.dim(`[${d.code}]`)}`;
  return d.hint ? `${head}\n  ${paint.dim('подсказка:')} ${displayText(d.hint)}` : head;
}

export function summarize(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
