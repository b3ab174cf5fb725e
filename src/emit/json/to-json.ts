import type { ResolvedItem, ResolvedRoadmap } from '../../model/resolved.js';
import { richTextToSource } from '../../resolve/rich-text.js';

/** The public JSON shape (documented in docs/json.md). Version it when it changes incompatibly. */
export const JSON_FORMAT_VERSION = 1;

export function roadmapToJson(roadmap: ResolvedRoadmap): object {
  return {
    format: 'roadmap/resolved',
    version: JSON_FORMAT_VERSION,
    id: roadmap.id,
    title: roadmap.title,
    subtitle: roadmap.subtitle,
    issuer: roadmap.issuer,
    period: { ...roadmap.period, text: roadmap.periodText },
    approval: roadmap.approval,
    template: roadmap.template,
    executors: roadmap.executors,
    sections: roadmap.sections.map((s) => ({ title: s.title, items: s.items.map(itemToJson) })),
  };
}

function itemToJson(item: ResolvedItem): object {
  const { schedule } = item;
  return {
    number: item.number,
    uid: item.uid,
    id: item.id,
    title: richTextToSource(item.title),
    titleBlocks: item.title,
    when: item.when,
    schedule: {
      kind: schedule.kind,
      rrule: schedule.rrule,
      dtstart: schedule.dtstart,
      text: schedule.text,
      note: schedule.note,
      occurrences: schedule.occurrences,
    },
    indicator: richTextToSource(item.indicator),
    indicatorBlocks: item.indicator,
    executors: item.executors.map((e) => e.name),
    executorIds: item.executors.map((e) => e.id),
    note: item.note,
    line: item.position.line,
    items: item.items.map(itemToJson),
  };
}
