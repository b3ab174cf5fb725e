import { flatText, richLines } from './cell-text.js';
import { executorIds, executorKey, splitExecutors } from './executors.js';
import type { DraftItem, DraftSection } from './rows.js';
import type { ItemOut } from './to-yaml.js';

const NO_WHEN = 'Срок не указан';
const NO_TITLE = 'Без названия';

export interface BuiltItems {
  sections: { title: string | null; items: ItemOut[] }[];
  executors: Record<string, string>;
  continuous: boolean;
  /** Items that had no deadline in the document (given NO_WHEN), by number. */
  missingWhen: string[];
  /** Item numbers whose cells of unmapped columns went to `note`. */
  withExtra: string[];
  count: number;
}

/** Turns the draft rows into the YAML items: texts, executor references, numbers that differ from the position. */
export function buildItems(sections: readonly DraftSection[]): BuiltItems {
  const names: string[] = [];
  const seen = new Set<string>();
  const itemNames = new Map<DraftItem, string[]>();
  const visit = (items: readonly DraftItem[]): void => {
    for (const item of items) {
      const list = splitExecutors(item.cells.executors.flatMap((p) => p.lines));
      itemNames.set(item, list);
      for (const name of list) {
        if (seen.has(executorKey(name))) continue;
        seen.add(executorKey(name));
        names.push(name);
      }
      visit(item.items);
    }
  };
  for (const s of sections) visit(s.items);
  const ids = executorIds(names);
  const executors: Record<string, string> = {};
  for (const name of names) executors[ids.get(executorKey(name))!] = name;

  const continuous = isContinuous(sections);
  const built: BuiltItems = { sections: [], executors, continuous, missingWhen: [], withExtra: [], count: 0 };
  let running = 0;
  const convert = (item: DraftItem, position: string): ItemOut => {
    built.count++;
    const out: ItemOut = { number: undefined, title: richLines(item.cells.title).join('\n') || NO_TITLE };
    if (item.docNumber !== null && item.docNumber !== position) out.number = item.docNumber;
    const when = flatText(item.cells.when);
    if (when) out.when = when;
    else if (item.items.length === 0) {
      out.when = NO_WHEN;
      built.missingWhen.push(position);
    }
    const indicator = richLines(item.cells.indicator).join('\n');
    if (indicator) out.indicator = indicator;
    const refs = (itemNames.get(item) ?? []).map((n) => ids.get(executorKey(n))!);
    if (refs.length) out.executors = [...new Set(refs)];
    const note = [...richLines(item.cells.note), ...item.extra].join('\n');
    if (note) out.note = note;
    if (item.extra.length) built.withExtra.push(position);
    if (item.items.length) out.items = item.items.map((sub, j) => convert(sub, `${position}.${j + 1}`));
    return out;
  };
  for (const section of sections) {
    const items = section.items.map((item, i) => convert(item, String(continuous ? ++running : i + 1)));
    built.sections.push({ title: section.title, items });
  }
  return built;
}

/** Numbering runs through the sections when later sections start where the previous ones stopped. */
function isContinuous(sections: readonly DraftSection[]): boolean {
  let before = 0;
  let votes = 0;
  for (const section of sections) {
    const first = section.items[0]?.docNumber;
    if (before > 0 && first !== undefined && first !== null) {
      if (first === String(before + 1)) votes++;
      else if (first === '1') votes--;
    }
    before += section.items.length;
  }
  return votes > 0;
}
