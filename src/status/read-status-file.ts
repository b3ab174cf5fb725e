import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { StatusFileProblem } from '../diagnostics/details.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadYaml } from '../load/load-yaml.js';
import { statusKey, type OccurrenceStatus } from '../model/status.js';
import { itemKey } from '../resolve/uid.js';
import { isIsoDate } from '../util/dates.js';
import { UNDATED_KEY } from './status-file.js';
import { parseStatusValue } from './status-values.js';

/** Where an item's statuses are in the file, and the label written beside its uid («1.1 Название»), if any. */
export interface RecordedItem {
  line: number;
  column: number;
  label: string | null;
}

export interface StatusFileContents {
  book: Map<string, OccurrenceStatus>;
  /** Every uid of the file's `items`, with its place. */
  items: Map<string, RecordedItem>;
  diagnostics: Diagnostic[];
}

/**
 * Reads a status file (`items: {uid: {deadline: {status, done, evidence, comment}}}`). Anything that cannot be
 * understood is an error (the outputs that show statuses then wait, src/status/status-books.ts): a tracker built
 * from a half-read file would show recorded work as «не начато». With `roadmapId`, a file
 * whose `roadmap:` names another roadmap (copied from a neighbour) is reported too.
 */
export function parseStatusFile(file: string, bytes: Uint8Array, roadmapId?: string): StatusFileContents {
  const book = new Map<string, OccurrenceStatus>();
  const recorded = new Map<string, RecordedItem>();
  const conflict = conflictMarker(bytes);
  if (conflict) {
    // A merge left both sides in the file: whatever YAML makes of it, it is not what anyone recorded.
    const place = { file, line: conflict, column: 1 };
    return {
      book,
      items: recorded,
      diagnostics: [diagnostic('status-file-invalid', place, { kind: 'merge-conflict' })],
    };
  }
  const { loaded, diagnostics } = loadYaml(file, bytes);
  if (!loaded) {
    // An empty status file is fine: nothing recorded yet.
    return { book, items: recorded, diagnostics: diagnostics.filter((d) => d.code !== 'file-empty') };
  }
  const placeOf = (node: Node | null | undefined) => {
    const pos = node?.range ? loaded.lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
    return { file, line: pos.line, column: pos.col };
  };
  const warn = (node: Node | null | undefined, problem: StatusFileProblem): void => {
    diagnostics.push(diagnostic('status-file-invalid', placeOf(node), problem));
  };
  const owner = loaded.doc.get('roadmap', true) as Node | undefined;
  const ownerId = scalarText(owner);
  if (roadmapId !== undefined && ownerId !== null && ownerId !== roadmapId) {
    diagnostics.push(diagnostic('status-file-other-roadmap', placeOf(owner), ownerId, roadmapId));
  }
  const items = loaded.doc.get('items', true) as Node | undefined;
  // `items:` with nothing under it: nothing recorded yet.
  if (items === undefined || items === null || (isScalar(items) && items.value === null))
    return { book, items: recorded, diagnostics };
  if (!isMap(items)) {
    warn(items, { kind: 'items-not-mapping' });
    return { book, items: recorded, diagnostics };
  }
  for (const itemPair of items.items as Pair[]) {
    // #16: the calendars' UID domain (config uidDomain) is not part of the item's key
    const text = scalarText(itemPair.key);
    const uid = text === null ? null : itemKey(text);
    if (uid) {
      const { line, column } = placeOf(itemPair.key as Node);
      const label = isMap(itemPair.value) ? (itemPair.value.commentBefore?.trim() ?? null) : null;
      recorded.set(uid, { line, column, label: label || null });
    }
    if (!uid || !isMap(itemPair.value)) {
      warn(itemPair.key as Node, { kind: 'item-not-mapping', uid });
      continue;
    }
    for (const occPair of itemPair.value.items as Pair[]) {
      const entry = readOccurrence(uid, occPair, warn);
      if (entry) book.set(statusKey(entry.uid, entry.deadline), entry);
    }
  }
  return { book, items: recorded, diagnostics };
}

function readOccurrence(
  uid: string,
  pair: Pair,
  warn: (n: Node | null | undefined, p: StatusFileProblem) => void,
): OccurrenceStatus | null {
  const key = scalarText(pair.key);
  const keyNode = pair.key as Node;
  if (!key || (key !== UNDATED_KEY && !isIsoDate(key))) {
    warn(keyNode, { kind: 'deadline-invalid', deadline: key, undated: UNDATED_KEY });
    return null;
  }
  if (!isMap(pair.value)) {
    warn(keyNode, { kind: 'deadline-not-mapping', deadline: key });
    return null;
  }
  const field = (name: string): { text: string | null; node: Node | undefined } => {
    const node = pair.value && isMap(pair.value) ? (pair.value.get(name, true) as Node | undefined) : undefined;
    const text = scalarText(node);
    return { text: text === null || text.trim() === '' ? null : text, node };
  };
  const rawStatus = field('status');
  const status = rawStatus.text === null ? 'не начато' : parseStatusValue(rawStatus.text);
  if (!status) {
    warn(rawStatus.node, { kind: 'status-unknown', status: rawStatus.text ?? '' });
    return null;
  }
  const done = field('done');
  if (done.text !== null && !isIsoDate(done.text)) warn(done.node, { kind: 'done-invalid', done: done.text });
  return {
    uid,
    deadline: key === UNDATED_KEY ? null : key,
    status,
    doneDate: done.text !== null && isIsoDate(done.text) ? done.text : null,
    evidence: field('evidence').text,
    comment: field('comment').text,
    ...(field('fact').text !== null ? { fact: field('fact').text } : {}),
  };
}

/** The line of the first git merge-conflict marker, or 0. */
function conflictMarker(bytes: Uint8Array): number {
  const lines = new TextDecoder().decode(bytes).split('\n');
  const i = lines.findIndex((l) => /^(<{7}|={7}|>{7})(\s|$)/.test(l));
  return i + 1;
}

function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
