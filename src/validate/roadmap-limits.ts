import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { keyPositionOf, positionOf } from '../load/positions.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { walkItems } from '../model/walk.js';
import { LIMITS } from './limits.js';
import type { ItemInput, RoadmapInput } from './schema.js';

type Path = PropertyKey[];

/**
 * A roadmap over one of LIMITS, or with an empty item title (the schema lets `title: ""` through: a title may be
 * a list of lines). Each problem at its place; the items' count at the first item over it.
 */
export function roadmapLimitDiagnostics(loaded: LoadedFile, roadmap: RoadmapInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: Path) => ({ file: loaded.file, ...positionOf(loaded, path) });
  const longId = (id: string, place: ReturnType<typeof at>) => {
    if (id.length > LIMITS.idLength)
      out.push(diagnostic('limit-exceeded', place, { kind: 'id-length', length: id.length, max: LIMITS.idLength }));
  };
  longId(roadmap.id, at(['id']));
  for (const key of Object.keys(roadmap.executors ?? {}))
    longId(key, { file: loaded.file, ...keyPositionOf(loaded, ['executors'], key) });
  yearsOf(roadmap.period).forEach((year) => checkYear(year, ['period']));
  if (roadmap.approval?.date) checkYear(roadmap.approval.date.slice(0, 4), ['approval', 'date']);

  let count = 0;
  let countReported = false;
  const visit = (items: readonly ItemInput[], path: Path, numbers: number[]) => {
    items.forEach((item, i) => {
      const here = [...path, i];
      const number = [...numbers, i + 1];
      if (++count > LIMITS.items && !countReported) {
        countReported = true;
        out.push(diagnostic('limit-exceeded', at(here), { kind: 'items', count: total, max: LIMITS.items }));
      }
      if (number.length > LIMITS.itemDepth) {
        const problem = { kind: 'item-depth', number: number.join('.'), max: LIMITS.itemDepth } as const;
        out.push(diagnostic('limit-exceeded', at(here), problem));
        return;
      }
      if (item.id !== undefined) longId(item.id, at([...here, 'id']));
      const title = typeof item.title === 'string' ? [item.title] : item.title;
      if (title.every((line) => line.trim() === ''))
        out.push(diagnostic('schema-invalid', at([...here, 'title']), 'title', 'empty'));
      const executors = Array.isArray(item.executors) ? item.executors.length : 0;
      if (executors > LIMITS.executors) {
        const problem = { kind: 'executors', count: executors, max: LIMITS.executors } as const;
        out.push(diagnostic('limit-exceeded', at([...here, 'executors']), problem));
      }
      if (item.items) visit(item.items, [...here, 'items'], number);
    });
  };
  const total = countInputItems(roadmap);
  if (roadmap.sections) roadmap.sections.forEach((s, si) => visit(s.items, ['sections', si, 'items'], []));
  else visit(roadmap.items ?? [], ['items'], []);
  return out;

  function checkYear(year: string, path: Path): void {
    if (Number(year) >= LIMITS.firstYear && Number(year) <= LIMITS.lastYear) return;
    const problem = { kind: 'year', year, min: LIMITS.firstYear, max: LIMITS.lastYear } as const;
    out.push(diagnostic('limit-exceeded', at(path), problem));
  }
}

/** Each year a period names: «2023», «2020-2022», «2023/2024», {start, end}. */
function yearsOf(period: RoadmapInput['period']): string[] {
  const text = typeof period === 'string' ? period : `${period.start} ${period.end}`;
  return [...text.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((m) => m[0]);
}

function countInputItems(roadmap: RoadmapInput): number {
  let n = 0;
  const stack: ItemInput[] = [...(roadmap.sections?.flatMap((s) => s.items) ?? []), ...(roadmap.items ?? [])];
  while (stack.length > 0) {
    const item = stack.pop()!;
    n++;
    if (item.items) stack.push(...item.items);
  }
  return n;
}

/**
 * A roadmap with more deadlines than the tracker and the calendars can hold (LIMITS.occurrences): reported at the
 * item where the count goes over. Runs after resolve, which expands the deadlines.
 */
export function occurrenceLimitDiagnostics(roadmap: ResolvedRoadmap): Diagnostic[] {
  let total = 0;
  for (const { item } of walkItems(roadmap)) total += item.schedule.occurrences.length;
  if (total <= LIMITS.occurrences) return [];
  let running = 0;
  for (const { item } of walkItems(roadmap)) {
    running += item.schedule.occurrences.length;
    if (running > LIMITS.occurrences) {
      const problem = { kind: 'occurrences', count: total, max: LIMITS.occurrences } as const;
      return [diagnostic('limit-exceeded', { file: roadmap.source, ...item.position }, problem)];
    }
  }
  return [];
}
