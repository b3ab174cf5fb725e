import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Levels of nested lists and mappings a roadmap file may have: a roadmap at its deepest limit needs about 20. */
export const MAX_YAML_DEPTH = 64;

export type StructureProblem =
  | { code: 'yaml-too-deep'; offset: number }
  | { code: 'yaml-alias-undefined' | 'yaml-alias-cycle'; offset: number; name: string };

/**
 * Checks what `toJS` would otherwise meet by recursing (and overflowing the stack): nesting deeper than
 * MAX_YAML_DEPTH, an alias with no anchor before it, an alias inside the node its anchor names (`&a [*a]`).
 * Walks the document with its own stack, in document order; returns the first problem, or null. Also returns the
 * offset of the first alias, where an alias bomb is reported.
 */
export function checkYamlStructure(doc: Document.Parsed): { problem: StructureProblem | null; firstAlias: number } {
  type Frame = { node: unknown; depth: number; exit?: Node };
  const stack: Frame[] = [{ node: doc.contents, depth: 0 }];
  const latest = new Map<string, Node>();
  const open = new Set<Node>();
  let firstAlias = -1;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      open.delete(frame.exit);
      continue;
    }
    const node = frame.node;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (firstAlias < 0) firstAlias = offset;
      const target = latest.get(node.source);
      if (!target) return { problem: { code: 'yaml-alias-undefined', offset, name: node.source }, firstAlias };
      if (open.has(target)) return { problem: { code: 'yaml-alias-cycle', offset, name: node.source }, firstAlias };
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    if (node.anchor) latest.set(node.anchor, node);
    if (isScalar(node)) continue;
    const depth = frame.depth + 1;
    if (depth > MAX_YAML_DEPTH) return { problem: { code: 'yaml-too-deep', offset: node.range?.[0] ?? 0 }, firstAlias };
    if (node.anchor) {
      open.add(node);
      stack.push({ node: null, depth, exit: node });
    }
    const children: unknown[] = [];
    for (const item of node.items) {
      if (isPair(item)) children.push(item.key, item.value);
      else children.push(item);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth });
  }
  return { problem: null, firstAlias };
}
