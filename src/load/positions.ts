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
