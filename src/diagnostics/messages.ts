import { DIAGNOSTICS, type DiagnosticCode } from './registry.js';

/**
 * The registry's message functions by code, for the few callers that still build a diagnostic by hand
 * (src/emit/docx/layout.ts). Everything else uses `diagnostic(code, place, …args)`.
 */
export const messages = Object.fromEntries(Object.entries(DIAGNOSTICS).map(([code, entry]) => [code, entry.message])) as {
  [C in DiagnosticCode]: (typeof DIAGNOSTICS)[C]['message'];
};
