import { itemKey } from '../resolve/uid.js';
import {
  Composer,
  CST,
  isMap,
  isScalar,
  LineCounter,
  Parser,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { OccurrenceStatus } from '../model/status.js';
import { STATUS_FIELDS, fieldValue, occurrenceKeyOf, type StatusField, type StatusUpdate } from './status-file.js';
import { fieldsMap, itemsMap, mapEntries, newStatusFileText, occurrencesMap } from './status-file-entries.js';
import { endItemsAtLineBreaks } from './end-items-at-line-breaks.js';
import { DEFAULT_STYLE, scalarType, styleOf, useEol, type StatusFileStyle } from './status-file-style.js';

/** The status file's structure is not what the writer can edit safely (hand-written flow style, a list …). */
export class StatusFileShapeError extends Error {
  override readonly name = 'StatusFileShapeError';
}

/**
 * Records updates in a status file's text, through the `yaml` CST: an existing file changes only where a value
 * changed (comments, order, quoting, spacing, BOM and line ends elsewhere stay byte for byte), and new fields,
 * occurrences and items are appended to their mapping in the file's indentation, quotes and line ends.
 * `text` null creates a new file.
 */
export function writeStatusFile(
  text: string | null,
  updates: readonly StatusUpdate[],
  roadmap: { id: string; file: string },
): string {
  const isNew = text === null || text.trim() === '';
  const source = isNew ? newStatusFileText(roadmap.id, roadmap.file) : text;
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(source)];
  const doc = editableDocument(tokens, lineCounter);
  for (const token of tokens) if (token.type === 'document') endItemsAtLineBreaks(token);
  const style = isNew ? DEFAULT_STYLE : styleOf(source, tokens);
  setExistingValues(doc, updates, style);
  addMissing(doc, updates, style);
  return tokens.map((t) => CST.stringify(t)).join('');
}

/** Never rewrite a file we cannot read: a broken or foreign status file is left byte for byte as it is. */
function editableDocument(tokens: CST.Token[], lineCounter: LineCounter): Document.Parsed {
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const error = docs.flatMap((d) => d.errors)[0];
  if (error)
    throw new StatusFileShapeError(
      `файл статусов не разбирается как YAML (строка ${lineCounter.linePos(error.pos[0]).line}) — исправьте его, он не изменён`,
    );
  const doc = docs[0];
  if (!doc || !isMap(doc.contents))
    throw new StatusFileShapeError(
      'файл статусов должен начинаться с ключей (roadmap, items), а не со списка или строки — он не изменён',
    );
  const items = doc.get('items', true);
  if (items !== undefined && !isMap(items) && !isEmpty(items)) {
    throw new StatusFileShapeError('в файле статусов «items» должен быть набором мероприятий — файл не изменён');
  }
  if (docs.length > 1) throw new StatusFileShapeError('в файле статусов должен быть один документ YAML');
  return doc;
}

function setExistingValues(doc: Document.Parsed, updates: readonly StatusUpdate[], style: StatusFileStyle): void {
  for (const { entry } of updates) {
    const occ = doc.getIn(['items', keyInFile(doc, entry.uid), occurrenceKeyOf(entry)], true);
    if (!isMap(occ)) continue;
    for (const field of STATUS_FIELDS) {
      const pair = pairOf(occ, field);
      const want = fieldValue(entry, field) ?? '';
      if (!pair || (pair.value !== null && !isScalar(pair.value))) continue;
      if (isScalar(pair.value) && scalarString(pair.value.value) === want) continue;
      setField(occ, pair, want, style);
    }
  }
}

function setField(occ: YAMLMap, pair: Pair, want: string, style: StatusFileStyle): void {
  const source = isScalar(pair.value) ? pair.value.srcToken : undefined;
  const token = source && CST.isScalar(source) ? source : undefined;
  const inFlow = Boolean(occ.flow);
  const field = String((pair.key as Node & { value?: unknown }).value);
  if (!token) {
    if (!isEmpty(pair.value) || inFlow)
      throw new StatusFileShapeError(`значение «${field}» записано в необычной форме`);
    const indent = blockOf(occ, field).indent + style.step;
    fillEmptyValue(
      occ,
      pair,
      (end) => CST.createScalarToken(want, { indent, type: scalarType(want, style), end }),
      style,
    );
    return;
  }
  const type = scalarType(want, style, token.type, inFlow);
  if (type.startsWith('BLOCK')) {
    // A `|` block is indented one step of the file deeper than its key.
    const end = (token.type === 'block-scalar' ? token.props.slice(1) : (token.end ?? [])).filter(
      (t): t is CST.SourceToken => 'indent' in t,
    );
    const block = CST.createScalarToken(want, { indent: blockOf(occ, field).indent + style.step, type, end });
    useEol(block, style.eol);
    itemOf(occ, pair).value = block;
  } else {
    CST.setScalarValue(token, want, { afterKey: true, inFlow, type });
    useEol(token, style.eol);
  }
}

/**
 * The item's key as the file spells it: a record written under another UID domain (`…@uo.example.ru`, copied
 * from a feed) is the same item as `…@roadmap` (read-status-file ignores the domain), so it is edited, not repeated.
 */
function keyInFile(doc: Document.Parsed, uid: string): string {
  const items = doc.get('items', true);
  if (!isMap(items) || items.has(uid)) return uid;
  for (const pair of items.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof key === 'string' && itemKey(key) === uid) return key;
  }
  return uid;
}

/** Fields, occurrences and items the file does not have yet are appended at the end of their mapping. */
function addMissing(doc: Document.Parsed, updates: readonly StatusUpdate[], style: StatusFileStyle): void {
  const newItems = new Map<string, StatusUpdate[]>();
  for (const [itemUid, group] of groupByItem(updates)) {
    const uid = keyInFile(doc, itemUid);
    const item = doc.getIn(['items', uid], true);
    if (item === undefined) {
      const worth = group.filter((u) => hasContent(u.entry));
      if (worth.length) newItems.set(uid, worth);
      continue;
    }
    const newOccurrences: OccurrenceStatus[] = [];
    for (const { entry } of group) {
      const key = occurrenceKeyOf(entry);
      const occ = isMap(item) ? item.get(key, true) : undefined;
      if (occ === undefined) {
        if (hasContent(entry)) newOccurrences.push(entry);
        continue;
      }
      const fields = isMap(occ) ? occ : null;
      const missing = STATUS_FIELDS.filter((f) => !fields?.has(f) && fieldValue(entry, f) !== null);
      if (missing.length)
        addEntries(blockMap(item, uid), key, fieldsMap(entry, missing), style, undefined, `${uid} → ${key}`);
    }
    if (newOccurrences.length) addEntries(itemsMapNode(doc), uid, occurrencesMap(newOccurrences), style);
  }
  if (newItems.size === 0) return;
  const { value, labels } = itemsMap(newItems);
  const root = doc.contents as YAMLMap;
  if (doc.get('items', true) === undefined)
    appendEntries(blockOf(root, 'файл статусов'), new Map([['items', value]]), style, labels);
  else addEntries(root, 'items', value, style, labels);
}

/** Entries for the mapping at `key` of `parent`: appended to it, or written under a key that has no value yet. */
function addEntries(
  parent: YAMLMap,
  key: string,
  value: Map<string, unknown>,
  style: StatusFileStyle,
  labels?: ReadonlyMap<string, string>,
  where = key,
): void {
  const pair = pairOf(parent, key)!;
  if (isEmpty(pair.value)) {
    const indent = blockOf(parent, key).indent + style.step;
    fillEmptyValue(
      parent,
      pair,
      () => ({ type: 'block-map', offset: 0, indent, items: mapEntries(value, indent, style, labels) }),
      style,
    );
  } else {
    appendEntries(blockOf(blockMap(pair.value, where), where), value, style, labels);
  }
}

function appendEntries(
  map: CST.BlockMap,
  value: Map<string, unknown>,
  style: StatusFileStyle,
  labels?: ReadonlyMap<string, string>,
): void {
  const entries = mapEntries(value, map.indent, style, labels);
  // A file without a line break at its end: the new entries start on a line of their own.
  if (!CST.stringify(map).endsWith('\n')) entries[0]!.start.unshift(newline(style.eol, map.indent));
  map.items.push(...entries);
}

/**
 * `key:` with nothing (or `~`) after it gets a value; what followed the key on its line (a comment, the line
 * break) stays there: after a scalar written on that line, or before a mapping written under it.
 */
function fillEmptyValue(
  parent: YAMLMap,
  pair: Pair,
  value: (end: CST.SourceToken[]) => CST.Token,
  style: StatusFileStyle,
): void {
  const map = blockOf(parent, 'файл статусов');
  const item = itemOf(parent, pair);
  const colon = item.sep.findIndex((t) => t.type === 'map-value-ind');
  const old = item.value && 'end' in item.value ? (item.value.end ?? []) : [];
  const tail = [...item.sep.slice(colon + 1), ...old].filter(
    (t, i, all) => t.type !== 'space' || all[i + 1]?.type === 'comment',
  );
  const space: CST.SourceToken = { type: 'space', offset: 0, indent: map.indent, source: ' ' };
  const token = value(tail);
  if (token.type === 'block-map') {
    if (!tail.some((t) => t.type === 'newline')) tail.push(newline(style.eol, map.indent));
    item.sep = [...item.sep.slice(0, colon + 1), ...tail];
  } else {
    item.sep = [...item.sep.slice(0, colon + 1), space];
    useEol(token, style.eol);
  }
  item.value = token;
}

/** The entry of the file's CST that holds `pair`. */
function itemOf(parent: YAMLMap, pair: Pair): CST.BlockMap['items'][number] & { sep: CST.SourceToken[] } {
  const item = blockOf(parent, 'файл статусов').items.find((i) => i.key === (pair.key as Node).srcToken);
  if (!item?.sep) throw new StatusFileShapeError('файл статусов записан в необычной форме');
  return item as CST.BlockMap['items'][number] & { sep: CST.SourceToken[] };
}

function newline(eol: string, indent: number): CST.SourceToken {
  return { type: 'newline', offset: 0, indent, source: eol };
}

function itemsMapNode(doc: Document.Parsed): YAMLMap {
  return blockMap(doc.get('items', true), 'items');
}

function blockMap(node: unknown, where: string): YAMLMap {
  if (!isMap(node) || node.flow || node.srcToken?.type !== 'block-map') {
    throw new StatusFileShapeError(`«${where}» должен быть блоком ключей (не в фигурных скобках)`);
  }
  return node;
}

/** The CST block mapping of a map of the document. */
function blockOf(map: YAMLMap, where: string): CST.BlockMap {
  return blockMap(map, where).srcToken as CST.BlockMap;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && scalarString(p.key.value) === key);
}

/** `key:` with nothing after it, or `~` / `null`. */
function isEmpty(node: unknown): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

function groupByItem(updates: readonly StatusUpdate[]): Map<string, StatusUpdate[]> {
  const groups = new Map<string, StatusUpdate[]>();
  for (const u of updates) groups.set(u.entry.uid, [...(groups.get(u.entry.uid) ?? []), u]);
  return groups;
}

/** An untouched occurrence («не начато», nothing filled in) is not worth a new entry. */
export function hasContent(entry: OccurrenceStatus): boolean {
  return (
    entry.status !== 'не начато' ||
    STATUS_FIELDS.some((f: StatusField) => f !== 'status' && fieldValue(entry, f) !== null)
  );
}

function scalarString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
