import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import { isDiagnosticCode } from '../diagnostics/registry.js';
import type { IssueCode } from '../schedule/issues.js';
import type { PhraseIssue } from '../schedule/types.js';

/** The registry code of an engine issue. A code the engine adds without a registry entry does not compile below. */
type PhraseCode = `when-${IssueCode}`;

/**
 * A deadline phrase's issue as a diagnostic: code, severity and whether it blocks the build from the registry;
 * the sentence is the engine's, written from the parts of the phrase (src/schedule/issues.ts).
 */
export function phraseDiagnostic(issue: PhraseIssue, place: Place): Diagnostic {
  const code = `when-${issue.code}`;
  if (!isDiagnosticCode(code))
    throw new Error(`deadline issue «${issue.code}» has no entry in the diagnostics registry`);
  return diagnostic(code as PhraseCode, place, issue.message);
}
