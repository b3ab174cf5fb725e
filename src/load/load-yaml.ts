import { LineCounter, parseDocument, visit, isScalar, type YAMLError } from 'yaml';
import { HINTS } from '../diagnostics/details.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeSource } from './decode.js';
import type { LoadedFile } from './loaded-file.js';
import { checkYamlStructure, MAX_YAML_DEPTH } from './yaml-structure.js';

export interface LoadResult {
  loaded: LoadedFile | null;
  diagnostics: Diagnostic[];
}

/** An alias expanding past this many nodes is treated as an attack, not as a roadmap. */
const MAX_ALIAS_COUNT = 100;

/** Load stage: bytes → YAML document with positions. Never throws on bad input. */
export function loadYaml(file: string, bytes: Uint8Array): LoadResult {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const place = { file, line: decoded.line, column: decoded.column };
    const d =
      decoded.code === 'file-noncharacter'
        ? diagnostic(decoded.code, place, decoded.char)
        : diagnostic(decoded.code, place);
    return { loaded: null, diagnostics: [d] };
  }
  return loadYamlText(file, decoded.text);
}

/** Load stage for text already decoded. */
export function loadYamlText(file: string, text: string): LoadResult {
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return { loaded: null, diagnostics: [diagnostic('file-empty', { file, line: 1, column: 1 })] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
    logLevel: 'error',
  });
  const problems = [...doc.errors, ...doc.warnings];
  // The parser's stack ran out: the file nests too deep. Its other errors there are echoes of that one.
  const exhausted = problems.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  const diagnostics = collapseRepeats(
    (exhausted ? [exhausted] : problems).map((e) => fromYamlError(file, e, lineCounter, text)),
  );
  if (diagnostics.some((d) => d.severity === 'error')) return { loaded: null, diagnostics };

  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const { problem, firstAlias } = checkYamlStructure(doc);
  if (problem) {
    diagnostics.push(
      problem.code === 'yaml-too-deep'
        ? diagnostic(problem.code, at(problem.offset), MAX_YAML_DEPTH)
        : diagnostic(problem.code, at(problem.offset), problem.name),
    );
    return { loaded: null, diagnostics };
  }
  keepNumbersAsText(doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      diagnostics.push(diagnostic('yaml-alias-bomb', firstAlias >= 0 ? at(firstAlias) : { file, line: 1, column: 1 }));
      return { loaded: null, diagnostics };
    }
    throw error;
  }
  if (data === null || data === undefined) {
    diagnostics.push(diagnostic('file-empty', { file, line: 1, column: 1 }));
    return { loaded: null, diagnostics };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
    diagnostics.push(diagnostic('yaml-not-mapping', { file, line: pos.line, column: pos.col }));
    return { loaded: null, diagnostics };
  }
  return { loaded: { file, text, data, doc, lineCounter }, diagnostics };
}

/**
 * The parser can report one problem hundreds of times at one place (200,000 unclosed `[`): each once, with how
 * many times it came.
 */
function collapseRepeats(list: Diagnostic[]): Diagnostic[] {
  const byKey = new Map<string, { d: Diagnostic; count: number }>();
  for (const d of list) {
    const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { d, count: 1 });
  }
  return [...byKey.values()].map(({ d, count }) => (count > 1 ? { ...d, hint: HINTS.repeated(count) } : d));
}

/** Item numbers such as `1.10` and years such as `2023` are text in a roadmap: keep what the user wrote. */
function keepNumbersAsText(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Scalar(_key, node) {
      if (
        isScalar(node) &&
        (typeof node.value === 'number' || typeof node.value === 'bigint') &&
        node.source !== undefined
      ) {
        node.value = String(node.source);
      }
    },
  });
}

/** A parser error or warning (an unknown tag …: the value is read as text) as a diagnostic. */
function fromYamlError(file: string, e: YAMLError, lc: LineCounter, text: string): Diagnostic {
  const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
  const place = { file, line: pos.line, column: pos.col };
  if (e.name === 'YAMLWarning') return diagnostic('yaml-warning', place, e.code);
  const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
  if (e.code === 'MISSING_CHAR' && quote) {
    // The parser notices a missing closing quote at the end of the file; the user needs the opening one.
    const open = text.lastIndexOf(quote, e.pos[0] - 1);
    const at = lc.linePos(open >= 0 ? open : e.pos[0]);
    return diagnostic('yaml-syntax', { file, line: at.line, column: at.col }, 'unclosed-quote');
  }
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      // The parser's message does not name the key; the source text at the error does.
      const key = /^\s*(?:-\s+)?["']?([^"':\n]+?)["']?\s*:/.exec(text.slice(e.pos[0]).split('\n')[0] ?? '')?.[1] ?? '?';
      return diagnostic('yaml-duplicate-key', place, key);
    }
    case 'TAB_AS_INDENT':
      return diagnostic('yaml-tab-indent', place);
    case 'MULTIPLE_DOCS':
      return diagnostic('yaml-multiple-documents', place);
    case 'RESOURCE_EXHAUSTION':
      // yaml reports a stack overflow while composing nested collections (`[[[[…`) under this code.
      return diagnostic('yaml-too-deep', place, MAX_YAML_DEPTH);
    default:
      return diagnostic('yaml-syntax', place, e.code);
  }
}
