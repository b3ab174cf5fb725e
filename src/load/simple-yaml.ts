/**
 * A fast reader for the plain YAML that roadmaps, templates and configs are written in: block mappings and
 * sequences, one-line plain and quoted scalars, one-line flow sequences, literal blocks (`|`, `|-`), comments.
 *
 * Why: the `yaml` library is correct for every corner of YAML but slow on a cold start (≈50 ms for the 30 KB
 * МСОКО seed before the JIT warms up), and `roadmap validate` runs on every save. This reader covers the common
 * shape in a few milliseconds and gives up (returns null) on anything else — anchors, tags, multi-line plain
 * or quoted scalars, escapes, folded blocks, tabs, duplicate keys, odd indentation, any syntax error — so that
 * the `yaml` library reads those files and reports their errors. When it does answer, the answer equals what
 * `parseDocument(...).toJS()` gives with numbers kept as their source text (test/load/simple-yaml.test.ts
 * compares the two on every YAML file in the repository and on generated documents), and the recorded
 * positions equal the library's node ranges.
 */

/** Where a value sits in the source: offsets as in the `yaml` library's `node.range`. */
export interface SimpleNodeSpan {
  start: number;
  end: number;
  /** 1 for a quoted scalar: its text starts one character after `start`. */
  quoted: 0 | 1;
}

export interface SimpleYaml {
  data: Record<string, unknown>;
  /** Value spans by path key (see `pathKey`). */
  values: Map<string, SimpleNodeSpan>;
  /** Offsets of mapping keys by the path of the value they name. */
  keys: Map<string, number>;
}

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}

const ROOT = '';

function child(path: string, key: string | number): string {
  return path === ROOT ? String(key) : `${path}\u0000${key}`;
}

interface Line {
  /** Offset of the first character of the line in the text. */
  start: number;
  indent: number;
  /** The line without its indentation and without a trailing `\r`. */
  content: string;
}

class GiveUp extends Error {}

const NULL_WORD = /^(?:~|null|Null|NULL)$/;
const BOOL_WORD = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** A plain scalar may not start with these (a `-`, `?` or `:` only when followed by a space). */
const PLAIN_START = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;
/** What may follow a complete value on its line: spaces, or a comment after at least one space. */
const NOTHING_AFTER = /^(?: *| +#.*)$/;
/** Inside `[…]` and `{…}`: a plain scalar without any indicator, or a key followed by `: `. */
const FLOW_PLAIN = /^[^,[\]{}#&*!|>'"%@`\s?:-][^,[\]{}:#]*/;


/** Reads `text` if it is plain YAML of the supported shape; null means "let the full parser read it". */
export function readSimpleYaml(text: string): SimpleYaml | null {
  if (text.includes('\t') || text.includes('\u0000')) return null;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof GiveUp) return null;
    throw error;
  }
}

function giveUp(): never {
  throw new GiveUp();
}

class Reader {
  private readonly lines: Line[] = [];
  /** Index of the next line to read. */
  private at = 0;
  private readonly values = new Map<string, SimpleNodeSpan>();
  private readonly keys = new Map<string, number>();

  constructor(private readonly text: string) {
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let raw = text.slice(start, end);
      if (raw.endsWith('\r')) raw = raw.slice(0, -1);
      if (raw.includes('\r')) giveUp();
      let indent = 0;
      while (raw.charCodeAt(indent) === 32) indent++;
      this.lines.push({ start, indent, content: raw.slice(indent) });
      start = end + 1;
    }
  }

  read(): SimpleYaml {
    const first = this.nextSignificant();
    if (first === null || this.lines[first]!.indent !== 0) giveUp();
    const line = this.lines[first]!;
    if (line.content.startsWith('---') || line.content.startsWith('%') || isSeqEntry(line.content)) giveUp();
    this.at = first;
    this.values.set('', { start: line.start, end: -1, quoted: 0 });
    const data = this.mapping(0, ROOT);
    if (this.nextSignificant() !== null) giveUp();
    return { data, values: this.values, keys: this.keys };
  }

  /** Index of the next line that is neither blank nor a comment, or null at the end. */
  private nextSignificant(): number | null {
    for (let i = this.at; i < this.lines.length; i++) {
      const c = this.lines[i]!.content;
      if (c !== '' && !c.startsWith('#')) return i;
    }
    return null;
  }

  /** A block mapping whose keys stand at column `indent`, starting at the current line. */
  private mapping(indent: number, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (;;) {
      const i = this.nextSignificant();
      if (i === null) break;
      const line = this.lines[i]!;
      if (line.indent < indent) break;
      if (line.indent > indent) giveUp();
      const pair = keyLine(line.content);
      if (!pair) giveUp();
      const key = pair.key;
      if (seen.has(key) || !usableKey(key)) giveUp();
      seen.add(key);
      const keyPath = child(path, key);
      const keyStart = line.start + line.indent;
      this.keys.set(keyPath, keyStart);
      this.at = i + 1;
      const rest = pair.rest;
      if (rest === null || rest.trim() === '' || rest.startsWith('#')) {
        // An empty value sits where the line's text ends (after any spaces; at a comment's `#`), as in `yaml`.
        out[key] = this.nested(indent, keyPath, rest === null ? keyStart + pair.colon + 1 : keyStart + line.content.length - rest.length, true);
      } else {
        out[key] = this.inline(rest, keyStart + line.content.length - rest.length, indent, keyPath);
      }
    }
    if (seen.size === 0) giveUp();
    return out;
  }

  /**
   * The value after `key:` or `-` when the rest of the line is empty: a more indented block, a sequence at the
   * key's own column (`key:` then `- a`), or null.
   */
  private nested(indent: number, path: string, nullAt: number, sameIndentSequence: boolean): unknown {
    const i = this.nextSignificant();
    if (i !== null) {
      const line = this.lines[i]!;
      if (line.indent > indent || (sameIndentSequence && line.indent === indent && isSeqEntry(line.content))) {
        this.at = i;
        return this.block(line, path);
      }
    }
    this.values.set(path, { start: nullAt, end: nullAt, quoted: 0 });
    return null;
  }

  /** A block collection starting at `line` (the current line). */
  private block(line: Line, path: string): unknown {
    if (isSeqEntry(line.content)) return this.sequence(line.indent, path);
    this.values.set(path, { start: line.start + line.indent, end: -1, quoted: 0 });
    return this.mapping(line.indent, path);
  }

  /** A block sequence whose dashes stand at column `indent`. */
  private sequence(indent: number, path: string): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const i = this.nextSignificant();
      if (i === null) break;
      const line = this.lines[i]!;
      if (line.indent !== indent || !isSeqEntry(line.content)) {
        if (line.indent > indent) giveUp();
        break;
      }
      const itemPath = child(path, out.length);
      const dash = line.start + line.indent;
      if (out.length === 0) this.values.set(path, { start: dash, end: -1, quoted: 0 });
      let skip = 1;
      while (line.content.charCodeAt(skip) === 32) skip++;
      const rest = line.content.slice(skip);
      this.at = i + 1;
      if (rest === '' || rest.startsWith('#')) {
        out.push(this.nested(indent, itemPath, dash + skip, false));
      } else if (isSeqEntry(rest)) {
        giveUp();
      } else if (keyLine(rest)) {
        // `- key: value`: a mapping whose keys stand at the column of this first key.
        const column = indent + skip;
        this.lines[i] = { start: line.start, indent: column, content: rest };
        this.at = i;
        this.values.set(itemPath, { start: dash + skip, end: -1, quoted: 0 });
        out.push(this.mapping(column, itemPath));
      } else {
        out.push(this.inline(rest, dash + skip, indent, itemPath));
      }
    }
    return out;
  }

  /** A value written on the same line as its key or dash. `indent` is the column of that key or dash. */
  private inline(rest: string, start: number, indent: number, path: string): unknown {
    const first = rest.charAt(0);
    let value: unknown;
    if (first === '|') value = this.literal(rest, start, indent, path);
    else {
      if (first === '"' || first === "'") value = this.quoted(rest, start, path);
      else if (first === '[' || first === '{') value = this.flow(rest, start, path);
      else value = this.plain(rest, start, path);
      // A more indented line after a one-line value would continue it: a multi-line scalar.
      const i = this.nextSignificant();
      if (i !== null && this.lines[i]!.indent > indent) giveUp();
    }
    return value;
  }

  private plain(rest: string, start: number, path: string): unknown {
    const comment = rest.search(/ #/);
    const raw = (comment >= 0 ? rest.slice(0, comment) : rest).replace(/ +$/, '');
    if (raw === '' || PLAIN_START.test(raw) || raw.includes(': ') || raw.endsWith(':')) giveUp();
    this.values.set(path, { start, end: start + raw.length, quoted: 0 });
    return scalarValue(raw);
  }

  private quoted(rest: string, start: number, path: string): string {
    const token = quotedScalar(rest, 0);
    if (!NOTHING_AFTER.test(rest.slice(token.end))) giveUp();
    this.values.set(path, { start, end: start + token.end, quoted: 1 });
    return token.value;
  }

  /** `[a, b]` or `{ key: value, … }` on one line, with plain or quoted scalars inside. */
  private flow(rest: string, start: number, path: string): unknown {
    const isMap = rest.charAt(0) === '{';
    const close = isMap ? '}' : ']';
    const seq: unknown[] = [];
    const map: Record<string, unknown> = {};
    this.values.set(path, { start, end: -1, quoted: 0 });
    let pos = skipSpaces(rest, 1);
    if (rest.charAt(pos) !== close) {
      for (;;) {
        let key: string | null = null;
        if (isMap) {
          const length = keyLength(rest, pos);
          key = rest.slice(pos, pos + length);
          if (length === 0 || rest.charAt(pos + length) !== ':' || rest.charAt(pos + length + 1) !== ' ') giveUp();
          if (!usableKey(key) || Object.hasOwn(map, key)) giveUp();
          this.keys.set(child(path, key), start + pos);
          pos = skipSpaces(rest, pos + length + 1);
        }
        const token = flowScalar(rest, pos);
        this.values.set(child(path, key ?? seq.length), { start: start + pos, end: start + token.end, quoted: token.quoted });
        if (key !== null) map[key] = token.value;
        else seq.push(token.value);
        pos = skipSpaces(rest, token.end);
        if (rest.charAt(pos) === close) break;
        if (rest.charAt(pos) !== ',') giveUp();
        pos = skipSpaces(rest, pos + 1);
      }
    }
    if (!NOTHING_AFTER.test(rest.slice(pos + 1))) giveUp();
    return isMap ? map : seq;
  }

  /** `|` or `|-`: the lines indented deeper than the key, kept as they are. */
  private literal(rest: string, start: number, indent: number, path: string): string {
    const header = /^\|(-?)$/.exec(rest);
    if (!header) giveUp();
    const first = this.at;
    const firstLine = this.lines[first];
    if (!firstLine || firstLine.content === '' || firstLine.indent <= indent) giveUp();
    const contentIndent = firstLine.indent;
    const body: string[] = [];
    let i = first;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (line.content === '') {
        if (line.indent > contentIndent) giveUp();
        body.push('');
      } else if (line.indent >= contentIndent) {
        body.push(' '.repeat(line.indent - contentIndent) + line.content);
      } else break;
    }
    // Trailing empty lines are not part of the value (and the line after the text ends it).
    let used = body.length;
    while (used > 0 && body[used - 1] === '') used--;
    this.at = first + used;
    const endLine = this.lines[first + used];
    const end = endLine ? endLine.start : this.text.length;
    this.values.set(path, { start, end, quoted: 0 });
    const text = body.slice(0, used).join('\n');
    return header[1] === '-' ? text : `${text}\n`;
  }
}

/** Length of a mapping key (letters, digits, `_`, then also `.` and `-`) at `pos`; 0 when there is none. */
function keyLength(s: string, pos: number): number {
  let i = pos;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (word || (i > pos && (c === 46 || c === 45))) continue;
    if (c >= 0x80 && LETTER_OR_DIGIT.test(s.charAt(i))) continue;
    break;
  }
  return i - pos;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** `key: rest`, `key:` or `key :` — a block mapping entry; null for anything else. */
function keyLine(content: string): { key: string; colon: number; rest: string | null } | null {
  const length = keyLength(content, 0);
  if (length === 0) return null;
  const colon = skipSpaces(content, length);
  if (content.charAt(colon) !== ':') return null;
  if (colon + 1 === content.length) return { key: content.slice(0, length), colon, rest: null };
  if (content.charAt(colon + 1) !== ' ') return null;
  return { key: content.slice(0, length), colon, rest: content.slice(skipSpaces(content, colon + 1)) };
}

/**
 * Keys the reader takes as written. Not: keys YAML reads as null, booleans or numbers (`yaml` compares those as
 * values, so `1` and `01` are the same key to it), very long keys (it rejects them) and the special `__proto__`, `<<`.
 */
function usableKey(key: string): boolean {
  return key !== '__proto__' && key !== '<<' && key.length <= 1024 && !NULL_WORD.test(key) && !BOOL_WORD.test(key) && !NUMBER_WORD.test(key);
}

/** Numbers of the YAML 1.2 core schema (the forms a key made of letters, digits, `_`, `.`, `-` can take). */
const NUMBER_WORD = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

function skipSpaces(s: string, pos: number): number {
  while (s.charCodeAt(pos) === 32) pos++;
  return pos;
}

/** A plain or quoted scalar inside a flow collection, starting at `pos`. */
function flowScalar(s: string, pos: number): { value: unknown; end: number; quoted: 0 | 1 } {
  const q = s.charAt(pos);
  if (q === '"' || q === "'") return { ...quotedScalar(s, pos), quoted: 1 };
  const m = FLOW_PLAIN.exec(s.slice(pos));
  if (!m) giveUp();
  const raw = m[0].replace(/ +$/, '');
  return { value: scalarValue(raw), end: pos + raw.length, quoted: 0 };
}

/** A one-line quoted scalar at `pos`: `"…"` without escapes, or `'…'` with `''` for a quote. */
function quotedScalar(s: string, pos: number): { value: string; end: number } {
  const double = s.charAt(pos) === '"';
  const m = (double ? /^"([^"\\]*)"/ : /^'((?:[^']|'')*)'/).exec(s.slice(pos));
  if (!m) giveUp();
  return { value: double ? m[1]! : m[1]!.replace(/''/g, "'"), end: pos + m[0].length };
}

function isSeqEntry(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}

/** Plain scalars as the core schema reads them, numbers kept as written. */
function scalarValue(raw: string): unknown {
  if (NULL_WORD.test(raw)) return null;
  if (BOOL_WORD.test(raw)) return raw.charAt(0) === 't' || raw.charAt(0) === 'T';
  return raw;
}
