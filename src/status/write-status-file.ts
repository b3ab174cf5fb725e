import { Composer, CST, isMap, isScalar, Parser, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { OccurrenceStatus } from '../model/status.js';
import { STATUS_FIELDS, fieldValue, occurrenceKeyOf, type StatusField, type StatusUpdate } from './status-file.js';
import { fieldLines, itemLines, newStatusFileHeader, occurrenceLines } from './status-yaml-text.js';

/** The status file's structure is not what the writer can edit safely (hand-written flow style, a list …). */
export class StatusFileShapeError extends Error {
  override readonly name = 'StatusFileShapeError';
}

/**
 * Records updates in a status file's text. An existing file changes only where a value changed: values are
 * replaced through the YAML CST (comments, order, quoting style and spacing elsewhere stay byte for byte), and
 * new fields, occurrences and items are inserted as new lines. `text` null creates a new file.
 */
export function writeStatusFile(text: string | null, updates: readonly StatusUpdate[], roadmap: { id: string; file: string }): string {
  if (text === null || text.trim() === '') return newFile(updates, roadmap);
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  assertEditable(text.slice(bom.length));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = setExistingValues(text.slice(bom.length), updates);
  return bom + insertMissing(body, updates, eol);
}

/** Never rewrite a file we cannot read: a broken or foreign status file is left byte for byte as it is. */
function assertEditable(text: string): void {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new StatusFileShapeError(`файл статусов не разбирается как YAML (строка ${doc.errors[0]!.linePos?.[0].line ?? '?'}) — исправьте его, он не изменён`);
  if (!isMap(doc.contents)) throw new StatusFileShapeError('файл статусов должен начинаться с ключей (roadmap, items), а не со списка или строки — он не изменён');
  const items = doc.get('items', true);
  if (items !== undefined && items !== null && !isMap(items) && !(isScalar(items) && items.value === null)) {
    throw new StatusFileShapeError('в файле статусов «items» должен быть набором мероприятий — файл не изменён');
  }
}

function newFile(updates: readonly StatusUpdate[], roadmap: { id: string; file: string }): string {
  const lines = newStatusFileHeader(roadmap.id, roadmap.file);
  for (const [uid, group] of groupByItem(updates)) lines.push(...itemLines(uid, group[0]!.label, group.map((u) => u.entry), '  '));
  return `${lines.join('\n')}\n`;
}

function setExistingValues(text: string, updates: readonly StatusUpdate[]): string {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const doc = docs[0];
  if (!doc || docs.length > 1) throw new StatusFileShapeError('в файле статусов должен быть один документ YAML');
  for (const { entry } of updates) {
    const occ = doc.getIn(['items', entry.uid, occurrenceKeyOf(entry)], true);
    if (!isMap(occ)) continue;
    for (const field of STATUS_FIELDS) {
      const node = occ.get(field, true) as Node | undefined;
      const want = fieldValue(entry, field) ?? '';
      if (!isScalar(node) || scalarString(node.value) === want) continue;
      const token = node.srcToken;
      if (!token || !('source' in token)) throw new StatusFileShapeError(`значение «${field}» записано в необычной форме`);
      CST.setScalarValue(token, want);
    }
  }
  return tokens.map((t) => CST.stringify(t)).join('');
}

/** Fields, occurrences and items the file does not have yet are added as lines, at the end of their block. */
function insertMissing(text: string, updates: readonly StatusUpdate[], eol: string): string {
  const doc = parseDocument(text);
  const inserts: { at: number; lines: string[] }[] = [];
  const newItems: StatusUpdate[] = [];
  const itemsNode = doc.get('items', true);
  for (const [uid, group] of groupByItem(updates)) {
    const item = doc.getIn(['items', uid], true);
    if (item === undefined) {
      newItems.push(...group.filter((u) => hasContent(u.entry)));
      continue;
    }
    const itemMap = blockMap(item, uid);
    const newOccurrences: OccurrenceStatus[] = [];
    for (const { entry } of group) {
      const occ = itemMap.get(occurrenceKeyOf(entry), true);
      if (occ === undefined) {
        if (hasContent(entry)) newOccurrences.push(entry);
        continue;
      }
      const occMap = blockMap(occ, `${uid} → ${occurrenceKeyOf(entry)}`);
      const missing = STATUS_FIELDS.filter((f) => !occMap.has(f) && fieldValue(entry, f) !== null);
      if (missing.length) inserts.push({ at: endOf(occMap, text), lines: fieldLines(entry, indentOf(occMap, text), missing) });
    }
    if (newOccurrences.length) inserts.push({ at: endOf(itemMap, text), lines: newOccurrences.flatMap((e) => occurrenceLines(e, indentOf(itemMap, text))) });
  }
  if (newItems.length) {
    const groups = [...groupByItem(newItems)];
    if (itemsNode === undefined || itemsNode === null || (isScalar(itemsNode) && itemsNode.value === null)) {
      const lines = groups.flatMap(([uid, g]) => itemLines(uid, g[0]!.label, g.map((u) => u.entry), '  '));
      inserts.push({ at: text.length, lines: [...(itemsNode === undefined ? ['items:'] : []), ...lines] });
    } else {
      const items = blockMap(itemsNode, 'items');
      const indent = indentOf(items, text);
      inserts.push({ at: endOf(items, text), lines: groups.flatMap(([uid, g]) => itemLines(uid, g[0]!.label, g.map((u) => u.entry), indent)) });
    }
  }
  return splice(text, inserts, eol);
}

function splice(text: string, inserts: { at: number; lines: string[] }[], eol: string): string {
  const byOffset = new Map<number, string[]>();
  for (const { at, lines } of inserts) byOffset.set(at, [...(byOffset.get(at) ?? []), ...lines]);
  let out = text;
  // From the end backwards so earlier offsets stay valid.
  for (const at of [...byOffset.keys()].sort((a, b) => b - a)) {
    const needsBreak = at > 0 && out[at - 1] !== '\n';
    out = out.slice(0, at) + (needsBreak ? eol : '') + byOffset.get(at)!.map((l) => l + eol).join('') + out.slice(at);
  }
  return out;
}

function blockMap(node: unknown, where: string): YAMLMap {
  if (!isMap(node) || node.flow || !node.range) throw new StatusFileShapeError(`«${where}» должен быть блоком ключей (не в фигурных скобках)`);
  return node;
}

/** Where a new line goes to stay inside a block mapping: after its last value's line. */
function endOf(map: YAMLMap, text: string): number {
  const end = map.range![1];
  if (text[end - 1] === '\n') return end;
  const nl = text.indexOf('\n', end);
  return nl === -1 ? text.length : nl + 1;
}

function indentOf(map: YAMLMap, text: string): string {
  const start = map.range![0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return ' '.repeat(start - lineStart);
}

function groupByItem(updates: readonly StatusUpdate[]): Map<string, StatusUpdate[]> {
  const groups = new Map<string, StatusUpdate[]>();
  for (const u of updates) groups.set(u.entry.uid, [...(groups.get(u.entry.uid) ?? []), u]);
  return groups;
}

/** An untouched occurrence («не начато», nothing filled in) is not worth a new entry. */
export function hasContent(entry: OccurrenceStatus): boolean {
  return entry.status !== 'не начато' || STATUS_FIELDS.some((f: StatusField) => f !== 'status' && fieldValue(entry, f) !== null);
}

function scalarString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

