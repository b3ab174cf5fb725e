import type { ResolvedRoadmap } from '../model/resolved.js';
import type { StatusBook, StatusValue } from '../model/status.js';
import { richTextToPlain } from '../resolve/rich-text.js';
import type { IsoDate } from '../schedule/types.js';
import { trackedOccurrences } from './occurrences.js';

export interface Counts {
  total: number;
  done: number;
  in_progress: number;
  not_started: number;
  failed: number;
  /** Deadline before today and not done. */
  overdue: number;
}

interface OverdueItem {
  number: string;
  title: string;
  section: string | null;
  deadline: IsoDate;
  status: StatusValue;
  executors: string[];
}

export interface RoadmapProgress extends Counts {
  id: string;
  title: string;
  sections: (Counts & { title: string | null })[];
  executors: (Counts & { name: string })[];
  overdue_items: OverdueItem[];
}

const FIELD: Record<StatusValue, keyof Counts> = {
  'не начато': 'not_started',
  'в работе': 'in_progress',
  выполнено: 'done',
  'не выполнено': 'failed',
};
const zero = (): Counts => ({ total: 0, done: 0, in_progress: 0, not_started: 0, failed: 0, overdue: 0 });

/** Progress of one roadmap on `today`: counts per roadmap, section and executor, and the overdue occurrences. */
export function roadmapProgress(roadmap: ResolvedRoadmap, book: StatusBook, today: IsoDate): RoadmapProgress {
  const total = zero();
  const sections = roadmap.sections.map((s) => ({ title: s.title, ...zero() }));
  const executors = new Map<string, Counts & { name: string }>();
  for (const e of roadmap.executors) executors.set(e.name, { name: e.name, ...zero() });
  const overdueItems: OverdueItem[] = [];
  for (const occ of trackedOccurrences(roadmap)) {
    const status = book.get(occ.key)?.status ?? 'не начато';
    const overdue = occ.deadline !== null && occ.deadline < today && status !== 'выполнено';
    const counters: Counts[] = [total, sections[occ.sectionIndex]!];
    for (const e of occ.item.executors) {
      let c = executors.get(e.name);
      if (!c) executors.set(e.name, (c = { name: e.name, ...zero() }));
      counters.push(c);
    }
    for (const c of counters) {
      c.total++;
      c[FIELD[status]]++;
      if (overdue) c.overdue++;
    }
    if (overdue) {
      overdueItems.push({
        number: occ.item.number,
        title: richTextToPlain(occ.item.title),
        section: occ.section.title,
        deadline: occ.deadline!,
        status,
        executors: occ.item.executors.map((e) => e.name),
      });
    }
  }
  overdueItems.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  return {
    id: roadmap.id,
    title: roadmap.title,
    ...total,
    sections,
    executors: [...executors.values()].filter((e) => e.total > 0),
    overdue_items: overdueItems,
  };
}
