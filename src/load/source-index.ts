import { isCollection, isMap, isPair, isScalar, LineCounter, type Document, type Node, type Pair } from 'yaml';
import { pathKey, type SimpleYaml } from './simple-yaml.js';

type Path = readonly PropertyKey[];

/** Where a value sits in the source text: offsets as in the `yaml` library's `node.range`. */
export interface NodeSpan {
  start: number;
  /** End of a scalar; -1 for a mapping or sequence. */
  end: number;
  /** A scalar (not a mapping or sequence). */
  scalar: boolean;
  /** 1 for a quoted scalar: its text starts one character after `start`. */
  quoted: 0 | 1;
}

/** Positions of the values of a loaded file, whichever reader read it. */
export interface SourceIndex {
  /** The value at `path`, or undefined when the file has no such value. */
  span(path: Path): NodeSpan | undefined;
  /** Offset of the key `key` of the mapping at `path`. */
  keyStart(path: Path, key: string): number | undefined;
  /** 1-based line and column of an offset. */
  linePos(offset: number): { line: number; col: number };
}

/** Index over a document read by the `yaml` library. */
export function documentIndex(doc: Document.Parsed, lineCounter: LineCounter): SourceIndex {
  return {
    span(path) {
      const node = (path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true)) as Node | null | undefined;
      if (!node || !node.range) return undefined;
      const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0;
      return { start: node.range[0], end: isScalar(node) ? node.range[1] : -1, scalar: isScalar(node), quoted };
    },
    keyStart(path, key) {
      const node = path.length === 0 ? doc.contents : (doc.getIn(path as unknown[], true) as Node | undefined);
      if (!node || !isMap(node)) return undefined;
      const pair = node.items.find((p: Pair) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      const k = pair?.key;
      return k && (isScalar(k) || isCollection(k)) && k.range ? k.range[0] : undefined;
    },
    linePos: (offset) => lineCounter.linePos(offset),
  };
}

/** Index over a file read by the fast reader: it recorded every value and key it read. */
export function simpleIndex(text: string, read: SimpleYaml): SourceIndex {
  let lineStarts: number[] | null = null;
  return {
    span(path) {
      const s = read.values.get(pathKey(path));
      return s ? { start: s.start, end: s.end, scalar: s.end >= 0, quoted: s.quoted } : undefined;
    },
    keyStart: (path, key) => read.keys.get(pathKey([...path, key])),
    linePos(offset) {
      lineStarts ??= startsOfLines(text);
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, col: offset - lineStarts[lo]! + 1 };
    },
  };
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
