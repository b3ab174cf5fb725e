import { describe, expect, test } from 'vitest';
import { emitIcs } from '../../src/emit/ics/index.js';
import type { ResolvedItem, ResolvedRoadmap } from '../../src/model/resolved.js';
import { walkItems } from '../../src/model/walk.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { testContext } from './context.js';
import { calendarText, eventByUid, expand, expandItem, fileText, itemUids, parseFeed, textOf } from './parse.js';

const build = async (roadmaps: ResolvedRoadmap[], previous?: Map<string, string>) =>
  (await emitIcs(roadmaps, testContext(previous))).files.map((f) => ({ path: f.path, data: String(f.data) }));
const items = (r: ResolvedRoadmap): ResolvedItem[] => [...walkItems(r)].map((v) => v.item);
const isDated = (i: ResolvedItem) => i.when !== '' && ['once', 'recurring', 'continuous'].includes(i.schedule.kind);

describe('roadmap feed', () => {
  test('writes one feed per roadmap, one per executor and all.ics', async () => {
    const paths = (await build([fixtureRoadmap()])).map((f) => f.path).sort();
    expect(paths).toEqual([
      'calendars/all.ics',
      'calendars/gbu-po-tsppmisppo.ics',
      'calendars/oo.ics',
      'calendars/schools.ics',
      'fixture.ics',
    ]);
  });

  // #16: an item whose deadlines no single safe rule describes is several events (`<uid>.2@…`), no longer one.
  test('every dated item is events under the item uid (and `<uid>.k@…`); headings and undated items are not events', async () => {
    const roadmap = fixtureRoadmap();
    const feed = parseFeed(fileText(await build([roadmap]), 'fixture.ics'));
    const uids = feed.events.map((e) => textOf(e, 'uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(itemUids(feed)).toEqual(
      items(roadmap)
        .filter(isDated)
        .map((i) => i.uid),
    );
    expect(calendarText(feed, 'x-wr-caldesc')).toContain('2 мероприятия без календарной даты');
  });

  test('expanding each event gives exactly the deadlines (occurrence ends) of its item', async () => {
    const roadmap = fixtureRoadmap();
    const feed = parseFeed(fileText(await build([roadmap]), 'fixture.ics'));
    for (const item of items(roadmap).filter(isDated)) {
      expect(expandItem(feed, item.uid), item.number).toEqual(item.schedule.occurrences.map((o) => o.end));
    }
  });

  test('events are all-day, one day long, with the window in the description', async () => {
    const feed = parseFeed(fileText(await build([fixtureRoadmap()]), 'fixture.ics'));
    const event = new (await import('ical.js')).default.Event(eventByUid(feed, 'fixture-3-1@roadmap'));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2023-03-31');
    expect(event.endDate.toString()).toBe('2023-04-01');
    expect(event.description).toContain('Период: 01.03.2023 – 31.03.2023');
    expect(event.description).toContain('Срок: Март 2023');
    const continuous = eventByUid(feed, 'fixture-3-2@roadmap');
    expect(expand(continuous)).toEqual(['2023-12-31']);
    expect(textOf(continuous, 'description')).toContain('постоянно');
  });

  test('hostile text round-trips through SUMMARY, DESCRIPTION, CATEGORIES and alarm DESCRIPTION', async () => {
    const roadmap = fixtureRoadmap();
    roadmap.title = 'Карта; «тест», с \\ чертой\nи переносом';
    roadmap.sections[0]!.items[1]!.note = 'строка; одна,\nвторая \\ строка';
    const feed = parseFeed(fileText(await build([roadmap]), 'fixture.ics'));
    const event = eventByUid(feed, 'fixture-2@roadmap');
    const title = '=SUM(A1:A9) — заголовок, похожий на формулу; с запятой, точкой с запятой и \\ обратной чертой';
    expect(textOf(event, 'summary')).toBe(`2. ${title}`);
    expect(event.getFirstProperty('categories')!.getValues()).toEqual([
      'Направление «Оценка качества; мониторинг, анализ»',
    ]);
    expect(textOf(event, 'description')).toContain(
      'Дорожная карта: Карта; «тест», с \\ чертой и переносом на 2023 год (2023)',
    );
    expect(textOf(event, 'description')).toContain('Примечание: строка; одна,\nвторая \\ строка');
    const alarms = event.getAllSubcomponents('valarm');
    // #16: at the working hour (09:00 + this item's 0..55 minutes), not at midnight
    const seconds = alarms.map((a) => (a.getFirstPropertyValue('trigger') as { toSeconds(): number }).toSeconds());
    expect(seconds.map((s, i) => s + [7, 1][i]! * 86400).every((s) => s >= 9 * 3600 && s < 10 * 3600)).toBe(true);
    expect(alarms.map((a) => textOf(a, 'action'))).toEqual(['DISPLAY', 'DISPLAY']);
    expect(textOf(alarms[0]!, 'description')).toBe(`Через 7 дней срок: 2. ${title}`);
    expect(calendarText(feed, 'x-wr-calname')).toBe('Сроки: Карта; «тест», с \\ чертой и переносом на 2023 год');
    // Line breaks in user text never start a property of their own.
    expect(feed.calendar.getAllProperties().map((p) => p.name)).not.toContain('вторая \\ строка');
  });

  test('every line ends with CRLF and is at most 75 octets', async () => {
    for (const file of await build([fixtureRoadmap()])) {
      const text = String(file.data);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n'))
        expect(Buffer.byteLength(line), `${file.path}: ${line}`).toBeLessThanOrEqual(75);
    }
  });

  test('calendar properties', async () => {
    const text = fileText(await build([fixtureRoadmap()]), 'fixture.ics');
    const { calendar, events } = parseFeed(text);
    // #16: no METHOD:PUBLISH — an iTIP method without ORGANIZER fails RFC 5546 checks (libical)
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(textOf(calendar, 'calscale')).toBe('GREGORIAN');
    expect(textOf(calendar, 'x-wr-timezone')).toBe('Europe/Moscow');
    expect(textOf(calendar, 'prodid')).toMatch(/roadmap/);
    expect(textOf(events[0]!, 'dtstamp')).toBe('2023-01-20T00:00:00Z');
  });

  test('reminders follow the configured days', async () => {
    const files = (await emitIcs([fixtureRoadmap()], testContext(new Map(), { reminderDays: [0, 14, 14] }))).files;
    const event = eventByUid(parseFeed(fileText(files, 'fixture.ics')), 'fixture-1@roadmap');
    const alarms = event.getAllSubcomponents('valarm');
    const seconds = alarms.map((a) => (a.getFirstPropertyValue('trigger') as { toSeconds(): number }).toSeconds());
    const offset = seconds[1]!;
    expect(offset % 300).toBe(0);
    expect(offset >= 9 * 3600 && offset < 10 * 3600).toBe(true);
    expect(seconds).toEqual([-14 * 86400 + offset, offset]);
    expect(textOf(alarms[1]!, 'description')).toMatch(/^Сегодня срок: 1\. /);
  });

  test('a rebuild is byte-identical', async () => {
    const a = await build([fixtureRoadmap()]);
    const b = await build([fixtureRoadmap()]);
    expect(b).toEqual(a);
  });
});

describe('SEQUENCE and LAST-MODIFIED', () => {
  const sequenceOf = (text: string, uid: string) => {
    const event = eventByUid(parseFeed(text), uid);
    return [Number(event.getFirstPropertyValue('sequence')), String(event.getFirstPropertyValue('last-modified'))];
  };
  const asPrevious = (files: Awaited<ReturnType<typeof build>>) => new Map(files.map((f) => [f.path, String(f.data)]));

  test('stay when nothing changed, so rebuilding over the previous feed gives the same bytes', async () => {
    const first = await build([fixtureRoadmap()]);
    const second = await build([fixtureRoadmap()], asPrevious(first));
    expect(second).toEqual(first);
  });

  test('move for the changed item only, in every feed that carries it', async () => {
    const first = await build([fixtureRoadmap()]);
    const changed = fixtureRoadmap();
    changed.sections[0]!.items[0]!.indicator = [{ kind: 'paragraph', text: 'Утверждённый план-график' }];
    changed.approval!.date = '2023-05-05';
    const second = await build([changed], asPrevious(first));
    const third = await build([changed], asPrevious(second));
    for (const path of ['fixture.ics', 'calendars/oo.ics', 'calendars/all.ics']) {
      expect(sequenceOf(fileText(first, path), 'fixture-1@roadmap')[0]).toBe(0);
      const [seq, modified] = sequenceOf(fileText(second, path), 'fixture-1@roadmap');
      expect(seq, path).toBe(1);
      expect(sequenceOf(fileText(second, path), 'fixture-2@roadmap')[0], path).toBe(0);
      expect(sequenceOf(fileText(third, path), 'fixture-1@roadmap'), path).toEqual([1, modified]);
    }
    expect(sequenceOf(fileText(second, 'fixture.ics'), 'fixture-1@roadmap')[1]).toBe('2023-05-05T00:00:00Z');
    expect(sequenceOf(fileText(second, 'fixture.ics'), 'fixture-2@roadmap')[1]).toBe('2023-01-20T00:00:00Z');
  });

  test('an unreadable previous feed counts as none', async () => {
    const first = await build([fixtureRoadmap()]);
    const second = await build([fixtureRoadmap()], new Map([['fixture.ics', 'мусор\r\nBEGIN:VEVENT\r\nUID:x\r\n']]));
    expect(second).toEqual(first);
  });
});

describe('executor feeds', () => {
  test('contain exactly the events of that executor', async () => {
    const roadmap = fixtureRoadmap();
    const files = await build([roadmap]);
    for (const [path, name] of [
      ['calendars/oo.ics', 'Отдел образования'],
      ['calendars/schools.ics', 'Образовательные организации'],
    ] as const) {
      const feed = parseFeed(fileText(files, path));
      const expected = items(roadmap)
        .filter((i) => isDated(i) && i.executors.some((e) => e.name === name))
        .map((i) => i.uid);
      expect(itemUids(feed), path).toEqual(expected);
      expect(calendarText(feed, 'x-wr-calname')).toBe(`Сроки: ${name}`);
    }
    // The free-text executor has only an undated item: its feed exists (a stable address) and says so.
    const cppm = parseFeed(fileText(files, 'calendars/gbu-po-tsppmisppo.ics'));
    expect(cppm.events).toEqual([]);
    expect(calendarText(cppm, 'x-wr-caldesc')).toContain('1 мероприятие без календарной даты');
  });

  test('merge the same executor across roadmaps and never share a file between different executors', async () => {
    const a = fixtureRoadmap();
    const b = fixtureRoadmap();
    b.id = 'second';
    for (const { item } of walkItems(b)) item.uid = item.uid.replace('fixture', 'second');
    b.executors = [
      { id: 'oo', name: 'Отдел опеки' },
      { id: null, name: 'Все' },
    ];
    b.sections[0]!.items[1]!.executors = [
      { id: 'oo', name: 'Отдел опеки' },
      { id: null, name: 'all' },
      { id: null, name: 'ГБУ ПО "ЦППМиСППО"' },
    ];
    const files = await build([a, b]);
    const paths = files.map((f) => f.path).filter((p) => p.startsWith('calendars/'));
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^calendars\/[a-z0-9-]+\.ics$/);
    const oo = parseFeed(fileText(files, 'calendars/oo.ics'));
    expect(calendarText(oo, 'x-wr-calname')).toBe('Сроки: Отдел образования');
    expect(oo.events.map((e) => textOf(e, 'uid'))).toContain('second-1@roadmap');
    const opeka = paths.find((p) => /^calendars\/oo-[0-9a-f]{6}\.ics$/.test(p))!;
    expect(itemUids(parseFeed(fileText(files, opeka)))).toEqual(['second-2@roadmap']);
    // «all» as a name cannot take over all.ics; quotes do not make a different executor.
    expect(paths.filter((p) => p.startsWith('calendars/all')).length).toBe(2);
    expect(paths.filter((p) => p.includes('tsppmisppo'))).toEqual(['calendars/gbu-po-tsppmisppo.ics']);
    const all = parseFeed(fileText(files, 'calendars/all.ics'));
    expect(itemUids(all).length).toBe(2 * items(a).filter(isDated).length);
  });
});

describe('reading the previous feed', () => {
  test('unfolds long lines, takes LF or CRLF and any case, and ignores what nested components say', async () => {
    const { readPreviousFeed } = await import('../../src/emit/ics/previous-feed.js');
    const feed = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'uid:a-very-long-roadmap-identifier-that-makes-the-line-longer-than-seventy-f',
      ' ive-octets@roadmap',
      'SUMMARY:Проверка «UID:не-этот» ',
      ' UID:тоже-не-этот',
      'SEQUENCE:3',
      'Last-Modified:20230505T000000Z',
      'BEGIN:VALARM',
      'SEQUENCE:9',
      'X-ROADMAP-HASH:ffff',
      'END:VALARM',
      'X-ROADMAP-HASH:0123abcd',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    for (const eol of ['\r\n', '\n']) {
      const events = readPreviousFeed(new TextEncoder().encode(feed.join(eol)));
      expect([...events.entries()]).toEqual([
        [
          'a-very-long-roadmap-identifier-that-makes-the-line-longer-than-seventy-five-octets@roadmap',
          { sequence: 3, lastModified: '20230505T000000Z', hash: '0123abcd' },
        ],
      ]);
    }
  });
});
