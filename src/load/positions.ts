import type { LoadedFile } from './loaded-file.js';
import type { SourcePosition } from '../model/resolved.js';

type Path = readonly PropertyKey[];

/** Position of the value at `path`; for a path that does not exist, the nearest existing ancestor. */
export function positionOf(loaded: LoadedFile, path: Path): SourcePosition {
  for (let n = path.length; n >= 0; n--) {
    const span = loaded.source.span(path.slice(0, n));
    if (span) return toPos(loaded, span.start);
  }
  return { line: 1, column: 1 };
}

/** Position of the key `key` of the mapping at `path` (for "unknown key" diagnostics). */
export function keyPositionOf(loaded: LoadedFile, path: Path, key: string): SourcePosition {
  const offset = loaded.source.keyStart(path, key);
  return offset === undefined ? positionOf(loaded, path) : toPos(loaded, offset);
}

/** Position of a character inside a scalar value: `offset` counted in the value's text. */
export function positionInScalar(loaded: LoadedFile, path: Path, offset: number): SourcePosition {
  const span = loaded.source.span(path);
  if (!span || !span.scalar) return positionOf(loaded, path);
  const start = toPos(loaded, span.start);
  const raw = loaded.text.slice(span.start, span.end);
  // Only single-line scalars map offsets one to one; others point at the start of the value.
  if (raw.includes('\n') || offset <= 0) return start;
  return { line: start.line, column: start.column + span.quoted + offset };
}

function toPos(loaded: LoadedFile, offset: number): SourcePosition {
  const p = loaded.source.linePos(offset);
  return { line: p.line, column: p.col };
}
