import type { Executor, ResolvedRoadmap } from '../../model/resolved.js';
import type { OccurrenceStatus, StatusBook, StatusValue } from '../../model/status.js';
import { readIndicator } from '../../resolve/indicator.js';
import { richTextToPlain } from '../../resolve/rich-text.js';
import { trackedOccurrences, trackerLines } from '../../tracker/occurrences.js';
import type { IsoDate } from '../../schedule/types.js';

/** One row of the «Трекер» sheet, as plain values (all user text stays a string). */
export interface TrackerRow {
  group: boolean;
  number: string;
  section: string;
  title: string;
  when: string;
  deadline: IsoDate | null;
  executors: string;
  indicator: string;
  /** #20: «Факт»: a number when recorded as one, else the recorded text; null when nothing is recorded. */
  fact: number | string | null;
  /** #20: the indicator is a measurable target (src/resolve/indicator.ts), so the row has a fact to fill. */
  target: boolean;
  status: StatusValue | null;
  done: IsoDate | null;
  evidence: string;
  comment: string;
  key: string;
  /** 1-based section number, null on group rows (so the summary's counts skip them). */
  sectionCode: number | null;
  /** «|и1|и3|»: the executors as codes the summary's formulas match exactly. */
  executorCodes: string;
}

export interface ExecutorCode {
  code: string;
  name: string;
}

/** Executors that have items, directory ones first in directory order, then free-text ones as they appear. */
export function executorCodes(roadmap: ResolvedRoadmap): ExecutorCode[] {
  const used = new Set<string>();
  for (const o of trackedOccurrences(roadmap)) for (const e of o.item.executors) used.add(e.name);
  const names = [...roadmap.executors.map((e) => e.name).filter((n) => used.has(n)), ...used];
  return [...new Set(names)].map((name, i) => ({ code: `и${i + 1}`, name }));
}

/** A section's title; a roadmap without sections has none (its «Направление» column is hidden and empty). */
export function sectionTitle(roadmap: ResolvedRoadmap, index: number): string {
  return roadmap.sections[index]?.title ?? '';
}

/** The roadmap's title with its subtitle: «ДОРОЖНАЯ КАРТА» alone does not say which one. */
export function displayTitle(roadmap: ResolvedRoadmap): string {
  return [roadmap.title, ...roadmap.subtitle].join(' ');
}

export function trackerRows(roadmap: ResolvedRoadmap, book: StatusBook, codes: readonly ExecutorCode[]): TrackerRow[] {
  const codeOf = new Map(codes.map((c) => [c.name, c.code]));
  const codesFor = (executors: Executor[]): string => {
    const list = executors.map((e) => codeOf.get(e.name)).filter((c): c is string => !!c);
    return list.length ? `|${list.join('|')}|` : '';
  };
  return trackerLines(roadmap).map((line): TrackerRow => {
    const item = line.kind === 'group' ? line.item : line.occurrence.item;
    const sectionIndex = line.kind === 'group' ? line.sectionIndex : line.occurrence.sectionIndex;
    const base = {
      number: item.number,
      section: sectionTitle(roadmap, sectionIndex),
      // The item's note is shown in the tracker (the document leaves it out), under the title.
      title: richTextToPlain(item.title) + (item.note ? `\nПримечание: ${item.note}` : ''),
      when: item.when,
      executors: item.executors.map((e) => e.name).join('\n'),
      indicator: richTextToPlain(item.indicator),
      target: readIndicator(richTextToPlain(item.indicator, '')) !== null,
    };
    if (line.kind === 'group') {
      return {
        ...base,
        group: true,
        deadline: null,
        fact: null,
        status: null,
        done: null,
        evidence: '',
        comment: '',
        key: '',
        sectionCode: null,
        executorCodes: '',
      };
    }
    const { occurrence } = line;
    const recorded: OccurrenceStatus | undefined = book.get(occurrence.key);
    return {
      ...base,
      group: false,
      deadline: occurrence.deadline,
      fact: factCell(recorded?.fact ?? null),
      status: recorded?.status ?? 'не начато',
      done: recorded?.doneDate ?? null,
      evidence: recorded?.evidence ?? '',
      comment: recorded?.comment ?? '',
      key: occurrence.key,
      sectionCode: sectionIndex + 1,
      executorCodes: codesFor(item.executors),
    };
  });
}

/** «12», «12,5» become numbers (Excel sums and compares them); anything else recorded stays the text it was. */
function factCell(fact: string | null): number | string | null {
  if (fact === null || fact.trim() === '') return null;
  return /^-?\d+(?:[.,]\d+)?$/.test(fact.trim()) ? Number(fact.trim().replace(',', '.')) : fact;
}
