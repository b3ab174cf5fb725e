import { LineCounter, parseDocument, visit, isScalar, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messages } from '../diagnostics/messages.js';
import { decodeSource } from './decode.js';
import type { LoadedFile } from './loaded-file.js';

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
    const { line, column, code, message } = decoded;
    return { loaded: null, diagnostics: [{ file, line, column, severity: 'error', code, message }] };
  }
  return loadYamlText(file, decoded.text);
}

/** Load stage for text already decoded. */
export function loadYamlText(file: string, text: string): LoadResult {
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return { loaded: null, diagnostics: [at(file, 1, 1, 'file-empty', messages['file-empty']())] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true, logLevel: 'error' });
  const diagnostics = [...doc.errors, ...doc.warnings].map((e) => fromYamlError(file, e, lineCounter, text));
  if (diagnostics.some((d) => d.severity === 'error')) return { loaded: null, diagnostics };

  keepNumbersAsText(doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      diagnostics.push(at(file, 1, 1, 'yaml-alias-bomb', messages['yaml-alias-bomb']()));
      return { loaded: null, diagnostics };
    }
    throw error;
  }
  if (data === null || data === undefined) {
    diagnostics.push(at(file, 1, 1, 'file-empty', messages['file-empty']()));
    return { loaded: null, diagnostics };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : { line: 1, col: 1 };
    diagnostics.push(at(file, pos.line, pos.col, 'yaml-not-mapping', messages['yaml-not-mapping']()));
    return { loaded: null, diagnostics };
  }
  return { loaded: { file, text, data, doc, lineCounter }, diagnostics };
}

/** Item numbers such as `1.10` and years such as `2023` are text in a roadmap: keep what the user wrote. */
function keepNumbersAsText(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'bigint') && node.source !== undefined) {
        node.value = String(node.source);
      }
    },
  });
}

function fromYamlError(file: string, e: YAMLError, lc: LineCounter, text: string): Diagnostic {
  const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
  const severity = e.name === 'YAMLWarning' ? 'warning' : 'error';
  const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
  if (e.code === 'MISSING_CHAR' && quote) {
    // The parser notices a missing closing quote at the end of the file; the user needs the opening one.
    const open = text.lastIndexOf(quote, e.pos[0] - 1);
    const at = lc.linePos(open >= 0 ? open : e.pos[0]);
    return { file, line: at.line, column: at.col, severity, code: 'yaml-syntax', message: messages['yaml-syntax']('кавычка открыта здесь и не закрыта') };
  }
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      // The parser's message does not name the key; the source text at the error does.
      const key = /^\s*(?:-\s+)?["']?([^"':\n]+?)["']?\s*:/.exec(text.slice(e.pos[0]).split('\n')[0] ?? '')?.[1] ?? '?';
      return at(file, pos.line, pos.col, 'yaml-duplicate-key', messages['yaml-duplicate-key'](key), severity);
    }
    case 'TAB_AS_INDENT':
      return at(file, pos.line, pos.col, 'yaml-tab-indent', messages['yaml-tab-indent'](), severity);
    case 'MULTIPLE_DOCS':
      return at(file, pos.line, pos.col, 'yaml-multiple-documents', messages['yaml-multiple-documents'](), severity);
    case 'RESOURCE_EXHAUSTION':
      return at(file, pos.line, pos.col, 'yaml-alias-bomb', messages['yaml-alias-bomb'](), severity);
    default:
      return at(file, pos.line, pos.col, 'yaml-syntax', messages['yaml-syntax'](describeYamlError(e)), severity);
  }
}

/** Russian wording for the YAML parser's error kinds. */
function describeYamlError(e: YAMLError): string {
  const table: Partial<Record<YAMLError['code'], string>> = {
    BAD_INDENT: 'неверный отступ — проверьте, что вложенные ключи сдвинуты одинаково',
    MISSING_CHAR: 'не хватает закрывающего символа (кавычки или скобки)',
    BLOCK_AS_IMPLICIT_KEY: 'перед двоеточием стоит блок — вероятно, пропущен отступ или лишнее двоеточие',
    MULTILINE_IMPLICIT_KEY: 'ключ занимает несколько строк — вероятно, в значении есть «: » без кавычек',
    UNEXPECTED_TOKEN: 'неожиданный символ — возможно, значение нужно заключить в кавычки',
    BAD_SCALAR_START: 'значение начинается с символа, который в YAML требует кавычек',
    BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в двойных кавычках',
    BAD_ALIAS: 'ссылка на неизвестный якорь',
    KEY_OVER_1024_CHARS: 'слишком длинный ключ',
    BLOCK_IN_FLOW: 'блочное значение внутри [ ] или { }',
    TAG_RESOLVE_FAILED: 'значение не подходит к указанному тегу',
    BAD_DIRECTIVE: 'неверная директива YAML',
    MULTIPLE_ANCHORS: 'у значения несколько якорей',
    MULTIPLE_TAGS: 'у значения несколько тегов',
    ALIAS_PROPS: 'у ссылки-псевдонима не может быть тега или якоря',
    BAD_PROP_ORDER: 'тег или якорь стоит не на месте',
    NON_STRING_KEY: 'ключ должен быть строкой',
  };
  return table[e.code] ?? 'файл не разбирается как YAML';
}

function at(file: string, line: number, column: number, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, line, column, severity, code, message };
}
