import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import type { EmitContext } from '../../src/emit/emitter.js';
import { emitIcs } from '../../src/emit/ics/index.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import type { OccurrenceStatus } from '../../src/model/status.js';
import { fixtureRoadmap, item } from '../helpers/fixture-roadmap.js';
import { testContext } from './context.js';
import { eventByUid, fileText, parseFeed, textOf } from './parse.js';

/** What a subscriber sees (#16): when reminders fire, what a done item looks like, where the event links to. */
const feedOf = async (roadmap: ResolvedRoadmap, overrides: Partial<EmitContext> = {}) =>
  parseFeed(fileText((await emitIcs([roadmap], testContext(new Map(), overrides))).files, `${roadmap.id}.ics`));

/** Seconds after the deadline day's local midnight each alarm of the event fires at. */
const triggers = (event: ICAL.Component) =>
  event
    .getAllSubcomponents('valarm')
    .map((a) => (a.getFirstPropertyValue('trigger') as unknown as { toSeconds(): number }).toSeconds());

describe('reminders', () => {
  test('fire at the working hour, not at midnight, and a pile of deadlines on one day is spread over the hour', async () => {
    const roadmap = fixtureRoadmap();
    const items = Array.from({ length: 56 }, (_, i) => item(String(i + 1), `Мероприятие ${i + 1}`));
    roadmap.sections = [{ title: 'Раздел', items }];
    const feed = await feedOf(roadmap);
    const times = feed.events.flatMap((e) => triggers(e).map((s, i) => s + [7, 1][i]! * 86400));
    expect(times).toHaveLength(112);
    for (const t of times) expect(t >= 9 * 3600 && t < 10 * 3600, String(t)).toBe(true);
    const perMinute = new Map<number, number>();
    for (const t of times.filter((_, i) => i % 2 === 0)) perMinute.set(t, (perMinute.get(t) ?? 0) + 1);
    expect(perMinute.size).toBeGreaterThanOrEqual(8);
    expect(Math.max(...perMinute.values())).toBeLessThanOrEqual(12);
    // one reminder per item per configured day
    expect(feed.events.every((e) => e.getAllSubcomponents('valarm').length === 2)).toBe(true);
  });

  test('the hour comes from the config (reminderTime → reminderMinutes)', async () => {
    const feed = await feedOf(fixtureRoadmap(), { reminderMinutes: 14 * 60 + 30, reminderDays: [0] });
    const [t] = triggers(eventByUid(feed, 'fixture-1@roadmap'));
    expect(t! >= 14.5 * 3600 && t! < 15.5 * 3600).toBe(true);
  });
});

describe('multi-year items', () => {
  test('«2020-2022» is also reminded of before each year-end checkpoint, not only a week before 31.12.2022', async () => {
    const roadmap = fixtureRoadmap();
    const schedule = {
      kind: 'once' as const,
      rrule: null,
      dtstart: null,
      text: '2020-2022',
      note: null,
      occurrences: [{ start: '2020-01-01', end: '2022-12-31' }],
      issues: [],
    };
    roadmap.sections = [
      { title: 'Раздел', items: [item('1', 'Реализация программы', { when: '2020-2022', schedule })] },
    ];
    const event = (await feedOf(roadmap)).events[0]!;
    const deadline = Date.UTC(2022, 11, 31);
    const fires = triggers(event).map((s) => new Date(deadline + s * 1000).toISOString().slice(0, 13));
    const hour = fires[0]!.slice(11, 13);
    expect(Number(hour)).toBe(9);
    expect(fires.map((f) => f.slice(0, 10))).toEqual(['2022-12-24', '2022-12-30', '2020-12-24', '2021-12-24']);
    const texts = event.getAllSubcomponents('valarm').map((a) => textOf(a, 'description'));
    expect(texts[2]).toContain('Итоги 2020 года');
  });
});

describe('done items', () => {
  const done = (uid: string, deadline: string, doneDate: string): [string, OccurrenceStatus] => [
    `${uid}#${deadline}`,
    { uid, deadline, status: 'выполнено', doneDate, evidence: null, comment: null },
  ];

  test('keep their event, lose their alarms, show ✔ and the date they were done', async () => {
    const roadmap = fixtureRoadmap();
    const deadline = roadmap.sections[0]!.items[0]!.schedule.occurrences[0]!.end;
    const book = new Map([done('fixture-1@roadmap', deadline, '2023-03-20')]);
    const feed = await feedOf(roadmap, { statusesFor: () => book });
    const event = eventByUid(feed, 'fixture-1@roadmap');
    expect(textOf(event, 'summary')).toMatch(/^✔ 1\. /);
    expect(textOf(event, 'description')).toContain(
      `✔ Выполнено 20.03.2023 (срок ${deadline.split('-').reverse().join('.')})`,
    );
    expect(textOf(event, 'status')).toBe('CONFIRMED');
    expect(event.getAllSubcomponents('valarm')).toEqual([]);
    // the others still remind
    expect(eventByUid(feed, 'fixture-2@roadmap').getAllSubcomponents('valarm').length).toBe(2);
  });
});

describe('event text and links', () => {
  test('SUMMARY is at most 255 characters; the full title stays in DESCRIPTION', async () => {
    const roadmap = fixtureRoadmap();
    const long = 'Организация и проведение мониторинга качества '.repeat(10).trim();
    roadmap.sections = [{ title: 'Раздел', items: [item('1', long)] }];
    const event = (await feedOf(roadmap)).events[0]!;
    const summary = textOf(event, 'summary');
    expect([...summary].length).toBeLessThanOrEqual(255);
    expect(summary.endsWith('…')).toBe(true);
    expect(textOf(event, 'description')).toContain(long);
  });

  test('URL opens the item on the roadmap page; X-WR-TIMEZONE is the configured zone', async () => {
    const feed = await feedOf(fixtureRoadmap(), { baseUrl: 'https://uo.example.ru/karty/', timeZone: 'Europe/Samara' });
    expect(textOf(eventByUid(feed, 'fixture-3-1@roadmap'), 'url')).toBe('https://uo.example.ru/karty/fixture.html#3-1');
    expect(textOf(feed.calendar, 'x-wr-timezone')).toBe('Europe/Samara');
  });
});
