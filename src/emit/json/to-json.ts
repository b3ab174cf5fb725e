import type { ResolvedItem, ResolvedRoadmap } from '../../model/resolved.js';
import { richTextToSource } from '../../resolve/rich-text.js';
import { calendarUid } from '../../resolve/uid.js';

/** The public JSON shape (documented in docs/json.md). Version it when it changes incompatibly. */
export const JSON_FORMAT_VERSION = 1;

/** `uidDomain`: the calendars' UID domain, so an item's `uid` here is its event's UID (docs/json.md). */
export function roadmapToJson(roadmap: ResolvedRoadmap, uidDomain: string | null = null): object {
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
    sections: roadmap.sections.map((s) => ({ title: s.title, items: s.items.map((i) => itemToJson(i, uidDomain)) })),
  };
}

function itemToJson(item: ResolvedItem, uidDomain: string | null): object {
  const { schedule } = item;
  return {
    number: item.number,
    uid: calendarUid(item.uid, uidDomain),
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
    items: item.items.map((i) => itemToJson(i, uidDomain)),
  };
}
