import { isCollection, isMap, isPair, isScalar, type Node, type Pair } from 'yaml';
import type { LoadedFile } from './loaded-file.js';
import type { SourcePosition } from '../model/resolved.js';

type Path = readonly PropertyKey[];

/** Position of the value at `path`; for a path that does not exist, the nearest existing ancestor. */
export function positionOf(loaded: LoadedFile, path: Path): SourcePosition {
  for (let n = path.length; n >= 0; n--) {
    const node = nodeAt(loaded, path.slice(0, n));
    if (node?.range) return toPos(loaded, node.range[0]);
  }
  return { line: 1, column: 1 };
}

/** Position of the key `key` of the mapping at `path` (for "unknown key" diagnostics). */
export function keyPositionOf(loaded: LoadedFile, path: Path, key: string): SourcePosition {
  const node = nodeAt(loaded, path);
  const pair = isMap(node)
    ? node.items.find((p: Pair) => isPair(p) && isScalar(p.key) && String(p.key.value) === key)
    : undefined;
  const k = pair?.key;
  return k && (isScalar(k) || isCollection(k)) && k.range ? toPos(loaded, k.range[0]) : positionOf(loaded, path);
}

/** Position of a character inside a scalar value: `offset` counted in the value's text. */
export function positionInScalar(loaded: LoadedFile, path: Path, offset: number): SourcePosition {
  const node = nodeAt(loaded, path);
  if (!isScalar(node) || !node.range) return positionOf(loaded, path);
  const start = toPos(loaded, node.range[0]);
  const raw = loaded.text.slice(node.range[0], node.range[1]);
  // Only single-line scalars map offsets one to one; others point at the start of the value.
  if (raw.includes('\n') || offset <= 0) return start;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  return { line: start.line, column: start.column + quoted + offset };
}

function nodeAt(loaded: LoadedFile, path: Path): Node | null | undefined {
  const { doc } = loaded;
  return (path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true)) as Node | null | undefined;
}

function toPos(loaded: LoadedFile, offset: number): SourcePosition {
  const p = loaded.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/** YAML's one-letter escapes of characters XML cannot hold (`\e` is ESC). */
const NAMED_ESCAPES: Record<number, string> = { 0: '0', 7: 'a', 8: 'b', 0x0b: 'v', 0x0c: 'f', 0x1b: 'e' };

/**
 * Position of the character with code point `cp` inside the scalar at `path`: where it is written itself, or
 * where an escape in double quotes spells it (`\uFFFE`, `\x01`, `\e`); the start of the value when neither is found.
 */
export function positionOfCharacter(loaded: LoadedFile, path: Path, cp: number): SourcePosition {
  const node = nodeAt(loaded, path);
  if (!isScalar(node) || !node.range) return positionOf(loaded, path);
  const raw = loaded.text.slice(node.range[0], node.range[1]);
  let at = raw.indexOf(String.fromCodePoint(cp));
  if (at < 0 && node.type === 'QUOTE_DOUBLE') {
    const hex = cp.toString(16);
    const named = NAMED_ESCAPES[cp];
    const escape = new RegExp(
      `\\\\(?:x0*${hex}(?![0-9a-f])|u0*${hex}(?![0-9a-f])|U0*${hex}(?![0-9a-f])${named ? `|${named}` : ''})`,
      'i',
    );
    at = raw.search(escape);
  }
  return toPos(loaded, node.range[0] + Math.max(at, 0));
}
