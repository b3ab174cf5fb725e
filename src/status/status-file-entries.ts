import { CST, Document, isPair, isScalar, Parser, type YAMLMap } from 'yaml';
import type { OccurrenceStatus } from '../model/status.js';
import { STATUS_FIELDS, fieldValue, occurrenceKeyOf, type StatusField, type StatusUpdate } from './status-file.js';
import type { StatusFileStyle } from './status-file-style.js';

type BlockMapItem = CST.BlockMap['items'][number];

/** A new status file: a header comment, the roadmap's id and an empty `items:` that the writer fills. */
export function newStatusFileText(roadmapId: string, roadmapFile: string): string {
  const doc = new Document(
    new Map<string, unknown>([
      ['roadmap', roadmapId],
      ['items', null],
    ]),
  );
  doc.commentBefore = [
    ` Статусы выполнения дорожной карты «${roadmapId}» (${roadmapFile}).`,
    ' Обновляется командой «roadmap status import трекер.xlsx»; можно править и вручную.',
    ' Формат: uid мероприятия → срок (ГГГГ-ММ-ДД или undated) → status / done / evidence / comment.',
  ].join('\n');
  return doc.toString({ nullStr: '' });
}

/** The fields of an occurrence that have a value, in the order they are written. */
export function fieldsMap(
  entry: OccurrenceStatus,
  fields: readonly StatusField[] = STATUS_FIELDS,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) {
    const v = fieldValue(entry, f);
    if (v !== null) out.set(f, v);
  }
  return out;
}

export function occurrencesMap(entries: readonly OccurrenceStatus[]): Map<string, Map<string, string>> {
  return new Map(entries.map((e) => [occurrenceKeyOf(e), fieldsMap(e)]));
}

/** New items: uid → occurrences, each uid with the item's label as a comment. */
export function itemsMap(groups: ReadonlyMap<string, readonly StatusUpdate[]>): {
  value: Map<string, unknown>;
  labels: Map<string, string>;
} {
  const value = new Map<string, unknown>();
  const labels = new Map<string, string>();
  for (const [uid, group] of groups) {
    value.set(uid, occurrencesMap(group.map((u) => u.entry)));
    labels.set(uid, commentText(group[0]!.label));
  }
  return { value, labels };
}

/**
 * Block-mapping entries for `value`, as `yaml` writes them (it decides which scalars need quotes or a `|` block),
 * indented to `indent` in the file's style, ready to be appended to a mapping of the file's CST. `labels` become
 * comments after keys (at any depth).
 */
export function mapEntries(
  value: Map<string, unknown>,
  indent: number,
  style: StatusFileStyle,
  labels?: ReadonlyMap<string, string>,
): BlockMapItem[] {
  const doc = new Document(value);
  if (labels?.size) labelKeys(doc.contents as YAMLMap, labels);
  const text = doc.toString({ indent: style.step, lineWidth: 0, singleQuote: style.singleQuote, nullStr: '' });
  const pad = ' '.repeat(indent);
  const indented = text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join(style.eol);
  const root = [...new Parser().parse(indented)].find((t): t is CST.Document => t.type === 'document');
  if (!root || root.value?.type !== 'block-map')
    throw new Error('yaml wrote a status entry that is not a block mapping');
  const items = root.value.items;
  // The first entry's indentation was read as the document's start.
  items[0]!.start.unshift(...root.start);
  CST.visit(root, (item) => gapBeforeComment(item, style.commentGap));
  return items;
}

function labelKeys(map: YAMLMap, labels: ReadonlyMap<string, string>): void {
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const label = labels.get(String(pair.key.value));
    if (label !== undefined) pair.key.comment = ` ${label}`;
    const inner = pair.value as YAMLMap | null;
    if (inner && 'items' in inner) labelKeys(inner, labels);
  }
}

/** `uid: # label` as yaml writes it becomes `uid:  # label`, the spacing the file uses. */
function gapBeforeComment(item: CST.CollectionItem, gap: string): void {
  const sep = item.sep ?? [];
  const comment = sep.findIndex((t) => t.type === 'comment');
  if (comment > 0 && sep[comment - 1]!.type === 'space') sep[comment - 1]!.source = gap;
}

/** One line of a comment: a label squeezed to a line and cut to a readable length. */
function commentText(label: string): string {
  const line = label.replace(/\s+/g, ' ').trim();
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}
