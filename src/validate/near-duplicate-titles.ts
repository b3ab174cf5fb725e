import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { positionOf } from '../load/positions.js';
import type { ItemInput, RoadmapInput } from './schema.js';

/**
 * A title as the calendar UID reads it: case, «ё»/«е» and runs of spaces do not count. Two titles with one key are
 * one title to the UID (src/resolve/uid.ts), so the repeat counter and the hash must both use this key.
 */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Looser still: quotes, dashes and punctuation do not count either («План-график» = "План – график."). */
function looseKey(text: string): string {
  return titleKey(text)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Seen {
  raw: string;
  line: number;
}

/**
 * Warns about titles that differ only in case, «ё», spaces or punctuation (a typo, or one item written twice), and
 * about items without `id` that nothing tells apart — the same title, section and deadline phrase: their calendar
 * events and statuses would follow their order in the file, so each needs an `id`.
 */
export function nearDuplicateTitles(loaded: LoadedFile, roadmap: RoadmapInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const loose = new Map<string, Seen>();
  const same = new Map<string, Seen>();
  const visit = (items: readonly ItemInput[], path: PropertyKey[], section: string, parents: string) => {
    items.forEach((item, i) => {
      const at = [...path, i];
      const raw = plainTitle(item.title);
      const line = positionOf(loaded, [...at, 'title']);
      const place = { file: loaded.file, ...line };
      const l = looseKey(raw);
      const before = loose.get(l);
      if (l && before && before.raw !== raw) {
        out.push(diagnostic('item-near-duplicate-title', place, before.line, before.raw));
      } else if (l && !before) loose.set(l, { raw, line: line.line });
      if (item.id === undefined) {
        const key = [titleKey(raw), section, parents, titleKey(item.when ?? '')].join('\n');
        const first = same.get(key);
        if (first) out.push(diagnostic('item-indistinguishable', place, first.line));
        else same.set(key, { raw, line: line.line });
      }
      if (item.items?.length) visit(item.items, [...at, 'items'], section, `${parents}\n${titleKey(raw)}`);
    });
  };
  if (roadmap.sections)
    roadmap.sections.forEach((s, i) => visit(s.items, ['sections', i, 'items'], titleKey(s.title), ''));
  else visit(roadmap.items ?? [], ['items'], '', '');
  return out;
}

/** The title's text, lines joined, list markers dropped: enough to compare titles. */
function plainTitle(title: string | readonly string[]): string {
  const lines = typeof title === 'string' ? title.split(/\r?\n/) : title;
  return lines
    .map((l) => l.replace(/^\s*[-*•]\s+/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
