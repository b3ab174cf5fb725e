import type { Emit, EmitContext, OutputFile } from '../emitter.js';
import { walkItems } from '../../model/walk.js';
import { itemEntry, normaliseReminders, type ItemEntry } from './event.js';
import { assignExecutorFeeds, executorIdentity } from './executor-keys.js';
import { feedEvent, writeFeed, type FeedEvent, type FeedSpec } from './feed.js';
import { itemsCount, roadmapName } from './plain.js';

export { assignExecutorFeeds } from './executor-keys.js';
export { slugify } from '../../util/transliterate.js';

/**
 * iCalendar feeds: `<roadmap-id>.ics` per roadmap, `calendars/<executor>.ics` per executor across every roadmap
 * built together, and `calendars/all.ics`. One all-day VEVENT per dated item (see docs/calendars.md). Each event
 * is made once and written into every feed that carries it; the feeds are streamed to their files, never held
 * as one string (the merged feeds of a region are hundreds of megabytes).
 */
export const emitIcs: Emit = async (roadmaps, ctx) => {
  if (roadmaps.length === 0) return { files: [], diagnostics: [] };
  const reminders = normaliseReminders(ctx.reminderDays);
  const entries = roadmaps.map((roadmap) => [...walkItems(roadmap)].map((visit) => feedEntry(itemEntry(visit, roadmap, reminders))));
  const files: OutputFile[] = [];

  roadmaps.forEach((roadmap, i) => {
    const own = entries[i]!;
    files.push(feedFile(ctx, `${roadmap.id}.ics`, {
      name: `Сроки: ${roadmapName(roadmap)}`,
      description: `Сроки мероприятий: ${roadmapName(roadmap)} (${roadmap.periodText}).${undatedNote(own)}`,
      timestamp: ctx.timestampFor(roadmap),
      events: () => eventsOf(own),
    }));
  });

  const everything = entries.flat();
  const titles = roadmaps.map((r) => `«${roadmapName(r)}»`).join(', ');
  for (const [identity, feed] of assignExecutorFeeds(roadmaps)) {
    const mine = everything.filter((e) => e.identities.has(identity));
    const theirs = roadmaps.filter((r, i) =>
      r.executors.some((x) => executorIdentity(x) === identity) || entries[i]!.some((e) => e.identities.has(identity)));
    files.push(feedFile(ctx, `calendars/${feed.key}.ics`, {
      name: `Сроки: ${feed.name}`,
      description: `Сроки исполнителя «${feed.name}» по дорожным картам: ${theirs.map((r) => `«${roadmapName(r)}»`).join(', ')}.${undatedNote(mine)}`,
      timestamp: ctx.timestamp,
      events: () => eventsOf(mine),
    }));
  }
  files.push(feedFile(ctx, 'calendars/all.ics', {
    name: 'Сроки: все дорожные карты',
    description: `Сроки мероприятий дорожных карт: ${titles}.${undatedNote(everything)}`,
    timestamp: ctx.timestamp,
    events: () => eventsOf(everything),
  }));
  return { files, diagnostics: [] };
};

/** An item as the feeds need it: its event (if dated) and the executors whose feeds carry it. */
interface FeedEntry {
  kind: ItemEntry['kind'];
  event: FeedEvent | null;
  identities: ReadonlySet<string>;
}

function feedEntry(entry: ItemEntry): FeedEntry {
  return {
    kind: entry.kind,
    event: entry.kind === 'event' ? feedEvent(entry.event) : null,
    identities: new Set(entry.kind === 'heading' ? [] : entry.executors.map(executorIdentity)),
  };
}

function feedFile(ctx: EmitContext, path: string, spec: Omit<FeedSpec, 'previous'>): OutputFile {
  return { path, data: writeFeed({ ...spec, previous: () => ctx.previousOutput?.(path) ?? null }) };
}

function* eventsOf(entries: readonly FeedEntry[]): Generator<FeedEvent> {
  for (const e of entries) if (e.event) yield e.event;
}

/** Undated items are not events; the calendar's description says how many there are and where to find them. */
function undatedNote(entries: readonly FeedEntry[]): string {
  const n = entries.filter((e) => e.kind === 'undated').length;
  if (n === 0) return '';
  return ` Ещё ${itemsCount(n)} без календарной даты (по графику других организаций или срок не распознан) — они есть в документе и трекере, но не в календаре.`;
}
