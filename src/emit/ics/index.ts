import { StreamedFiles, type Chunk, type Emit } from '../emitter.js';
import { walkItems, type ItemVisit } from '../../model/walk.js';
import { entryKind, itemEntry, normaliseReminders, type ItemEntry } from './event.js';
import { assignExecutorFeeds, executorIdentity } from './executor-keys.js';
import { feedEvent, FeedWriter, type FeedSpec } from './feed.js';
import { itemsCount, roadmapName } from './plain.js';
import { icsDateTime } from './dates.js';
import { readPreviousFeed } from './previous-feed.js';
import { nextVersion, versionFromFeed, type EventVersion } from './versions.js';

export { assignExecutorFeeds } from './executor-keys.js';
export { slugify } from '../../util/transliterate.js';

/**
 * iCalendar feeds: `<roadmap-id>.ics` per roadmap, `calendars/<executor>.ics` per executor across every roadmap
 * built together, and `calendars/all.ics`. One all-day VEVENT per dated item (see docs/calendars.md).
 * All feeds are written in one pass over the roadmaps: each event is made once, written into every feed that
 * carries it and dropped, so memory does not grow with the region (its merged feeds are hundreds of megabytes).
 */
/** The feeds' time zone hint unless the config names one (`timeZone`). */
const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/** Reminders at 09:00 local time unless the config says otherwise (`reminderTime`). */
const DEFAULT_REMINDER_MINUTES = 9 * 60;

export const emitIcs: Emit = async (roadmaps, ctx) => {
  if (roadmaps.length === 0) return { files: [], diagnostics: [] };
  // What the calendar descriptions say is known before any event is made.
  const outlines = roadmaps.map((roadmap) => [...walkItems(roadmap)].map(outline));
  const merged: MergedFeed[] = [];
  for (const [identity, feed] of assignExecutorFeeds(roadmaps)) {
    const mine = outlines.flatMap((o) => o.filter((e) => e.identities.has(identity)));
    const theirs = roadmaps.filter(
      (r, i) =>
        r.executors.some((x) => executorIdentity(x) === identity) ||
        outlines[i]!.some((e) => e.identities.has(identity)),
    );
    merged.push({
      path: `calendars/${feed.key}.ics`,
      carries: (e) => e.identities.has(identity),
      spec: {
        name: `Сроки: ${feed.name}`,
        description: `Сроки исполнителя «${feed.name}» по дорожным картам: ${theirs.map((r) => `«${roadmapName(r)}»`).join(', ')}.${undatedNote(mine)}`,
        emptyNote: `У исполнителя «${feed.name}» пока нет мероприятий с календарной датой.${undatedNote(mine)}`,
      },
    });
  }
  merged.push({
    path: 'calendars/all.ics',
    carries: () => true,
    spec: {
      name: 'Сроки: все дорожные карты',
      description: `Сроки мероприятий дорожных карт: ${roadmaps.map((r) => `«${roadmapName(r)}»`).join(', ')}.${undatedNote(outlines.flat())}`,
      emptyNote: `В собранных дорожных картах нет мероприятий с календарной датой.${undatedNote(outlines.flat())}`,
    },
  });
  // A feed of an executor no roadmap names any more is replaced by an empty calendar that says so: left as it
  // was, it would show its subscribers deadlines that are no longer anyone's.
  const current = new Set(merged.map((m) => m.path));
  for (const name of ctx.previousFiles?.('calendars') ?? []) {
    const path = `calendars/${name}`;
    if (!/^[a-z0-9-]+\.ics$/.test(name) || current.has(path)) continue;
    const note = `Этого исполнителя больше нет в дорожных картах, календарь закрыт и больше не обновляется. Отпишитесь от него; сроки — в календаре all.ics и календарях исполнителей.`;
    merged.push({
      path,
      carries: () => false,
      spec: { name: `Сроки: ${name.replace(/\.ics$/, '')} (календарь закрыт)`, description: note, emptyNote: note },
    });
  }
  const paths = [...roadmaps.map((r) => `${r.id}.ics`), ...merged.map((m) => m.path)];
  // (the merged feeds' previous files are not read: versions come from each roadmap's own record)
  const previous = (path: string) => ctx.previousOutput?.(path) ?? null;

  function* pass(): Generator<readonly [number, Chunk | null]> {
    const options = {
      reminderDays: normaliseReminders(ctx.reminderDays),
      reminderMinutes: ctx.reminderMinutes ?? DEFAULT_REMINDER_MINUTES,
      baseUrl: ctx.baseUrl ?? null,
      uidDomain: ctx.uidDomain ?? null,
      windows: ctx.calendarWindows ?? 'deadline',
    };
    const first = roadmaps.length;
    const timeZone = ctx.timeZone ?? DEFAULT_TIME_ZONE;
    const writers = merged.map((m) => new FeedWriter(m.spec, timeZone, ctx.timestamp));
    for (const [k, w] of writers.entries()) yield [first + k, w.header()];
    for (const [i, roadmap] of roadmaps.entries()) {
      const own = new FeedWriter(
        {
          name: `Сроки: ${roadmapName(roadmap)}`,
          description: `Сроки мероприятий: ${roadmapName(roadmap)} (${roadmap.periodText}).${undatedNote(outlines[i]!)}`,
          emptyNote: `В этой дорожной карте нет мероприятий с календарной датой.${undatedNote(outlines[i]!)}`,
        },
        timeZone,
        ctx.timestampFor(roadmap),
      );
      // Versions: from the version file committed beside the roadmap; an event it does not know yet keeps what
      // the previous build wrote into out/ (subscribers saw those numbers), else starts at 0.
      const recorded = ctx.calendarVersions?.before(roadmap) ?? new Map<string, EventVersion>();
      const feedVersions = readPreviousFeed(previous(paths[i]!));
      // asked only when an event changed: it may ask git
      let changed: string | null = null;
      const changedAt = () => (changed ??= icsDateTime(ctx.changedAt?.(roadmap) ?? ctx.timestampFor(roadmap)));
      const versions = new Map<string, EventVersion>();
      yield [i, own.header()];
      const statuses = ctx.statusesFor(roadmap);
      let n = 0;
      for (const visit of walkItems(roadmap)) {
        const entry = outlines[i]![n++]!;
        if (entry.kind !== 'event') continue;
        const made = itemEntry(visit, roadmap, { ...options, statuses });
        if (made.kind !== 'event') continue;
        for (const part of made.events) {
          const event = feedEvent(part);
          const before = recorded.get(part.uid) ?? versionFromFeed(feedVersions.get(event.uid));
          const version = nextVersion(before, part.hash, changedAt);
          versions.set(part.uid, version);
          for (const chunk of own.event(event, version)) yield [i, chunk];
          for (const [k, m] of merged.entries())
            if (m.carries(entry)) for (const chunk of writers[k]!.event(event, version)) yield [first + k, chunk];
        }
      }
      ctx.calendarVersions?.record(roadmap, versions);
      yield [i, own.end()];
      yield [i, null];
    }
    for (const [k, w] of writers.entries()) {
      yield [first + k, w.end()];
      yield [first + k, null];
    }
  }
  const feeds = new StreamedFiles(paths.length, pass);
  return { files: paths.map((path, i) => ({ path, data: feeds.body(i) })), diagnostics: [] };
};

/** An item as the feed descriptions count it: event, undated or heading, and the executors whose feeds carry it. */
interface Outline {
  kind: ItemEntry['kind'];
  identities: ReadonlySet<string>;
}

function outline(visit: ItemVisit): Outline {
  const kind = entryKind(visit);
  return { kind, identities: new Set(kind === 'heading' ? [] : visit.item.executors.map(executorIdentity)) };
}

interface MergedFeed {
  path: string;
  carries(entry: Outline): boolean;
  spec: FeedSpec;
}

/** Undated items are not events; the calendar's description says how many there are and where to find them. */
function undatedNote(entries: readonly Outline[]): string {
  const n = entries.filter((e) => e.kind === 'undated').length;
  if (n === 0) return '';
  return ` Ещё ${itemsCount(n)} без календарной даты (по графику других организаций или срок не распознан) — они есть в документе и трекере, но не в календаре.`;
}
