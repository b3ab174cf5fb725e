import type { Emit, EmitContext, OutputFile } from '../emitter.js';
import { walkItems } from '../../model/walk.js';
import { itemEntry, normaliseReminders, type IcsEvent, type ItemEntry } from './event.js';
import { assignExecutorFeeds, executorIdentity } from './executor-keys.js';
import { writeFeed } from './feed.js';
import { itemsCount, roadmapName } from './plain.js';
import { readPreviousFeed } from './previous-feed.js';

export { assignExecutorFeeds } from './executor-keys.js';
export { slugify } from '../../util/transliterate.js';

/**
 * iCalendar feeds: `<roadmap-id>.ics` per roadmap, `calendars/<executor>.ics` per executor across every roadmap
 * built together, and `calendars/all.ics`. One all-day VEVENT per dated item (see docs/calendars.md).
 */
export const emitIcs: Emit = async (roadmaps, ctx) => {
  const reminders = normaliseReminders(ctx.reminderDays);
  const entries = roadmaps.map((roadmap) => [...walkItems(roadmap)].map((visit) => itemEntry(visit, roadmap, reminders)));
  const files: OutputFile[] = [];

  roadmaps.forEach((roadmap, i) => {
    const own = entries[i]!;
    const path = `${roadmap.id}.ics`;
    files.push(feedFile(ctx, path, {
      name: `Сроки: ${roadmapName(roadmap)}`,
      description: `Сроки мероприятий: ${roadmapName(roadmap)} (${roadmap.periodText}).${undatedNote(own)}`,
      timestamp: ctx.timestampFor(roadmap),
      events: eventsOf(own),
    }));
  });

  const everything = entries.flat();
  const identities = new Map(everything.map((e) => [e, new Set(e.kind === 'heading' ? [] : e.executors.map(executorIdentity))]));
  const titles = roadmaps.map((r) => `«${roadmapName(r)}»`).join(', ');
  for (const [identity, feed] of assignExecutorFeeds(roadmaps)) {
    const mine = everything.filter((e) => identities.get(e)!.has(identity));
    const theirs = roadmaps.filter((r, i) =>
      r.executors.some((x) => executorIdentity(x) === identity) || entries[i]!.some((e) => identities.get(e)!.has(identity)));
    files.push(feedFile(ctx, `calendars/${feed.key}.ics`, {
      name: `Сроки: ${feed.name}`,
      description: `Сроки исполнителя «${feed.name}» по дорожным картам: ${theirs.map((r) => `«${roadmapName(r)}»`).join(', ')}.${undatedNote(mine)}`,
      timestamp: ctx.timestamp,
      events: eventsOf(mine),
    }));
  }
  files.push(feedFile(ctx, 'calendars/all.ics', {
    name: 'Сроки: все дорожные карты',
    description: `Сроки мероприятий дорожных карт: ${titles}.${undatedNote(everything)}`,
    timestamp: ctx.timestamp,
    events: eventsOf(everything),
  }));
  return { files, diagnostics: [] };
};

function feedFile(
  ctx: EmitContext,
  path: string,
  spec: { name: string; description: string; timestamp: Date; events: IcsEvent[] },
): OutputFile {
  const previous = readPreviousFeed(ctx.previousOutput?.(path) ?? null);
  return { path, data: writeFeed({ ...spec, previous }) };
}

function eventsOf(entries: readonly ItemEntry[]): IcsEvent[] {
  return entries.flatMap((e) => (e.kind === 'event' ? [e.event] : []));
}

/** Undated items are not events; the calendar's description says how many there are and where to find them. */
function undatedNote(entries: readonly ItemEntry[]): string {
  const n = entries.filter((e) => e.kind === 'undated').length;
  if (n === 0) return '';
  return ` Ещё ${itemsCount(n)} без календарной даты (по графику других организаций или срок не распознан) — они есть в документе и трекере, но не в календаре.`;
}
