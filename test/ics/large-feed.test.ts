import { expect, test } from 'vitest';
import { emitIcs } from '../../src/emit/ics/index.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import { fixtureRoadmap, item, quarterly2023 } from '../helpers/fixture-roadmap.js';
import { testContext } from './context.js';
import { parseFeed } from './parse.js';

/** A roadmap of `n` quarterly items with long Cyrillic titles: the size of a large merged feed. */
function bigRoadmap(n: number): ResolvedRoadmap {
  const roadmap = fixtureRoadmap();
  const quarterly = quarterly2023();
  const items = Array.from({ length: n }, (_, i) =>
    item(String(i + 1), `Мероприятие № ${i + 1}: проведение мониторинга, анализа; подготовка отчёта о результатах`, {
      schedule: quarterly,
    }),
  );
  roadmap.sections = [{ title: 'Направление «Мониторинг, анализ»', items }];
  return roadmap;
}

test('a merged feed of 5,000 events is complete and parses (speed: see npm run bench)', async () => {
  // quarter ends of one year: four one-day events per item (no single rule every client expands alike)
  const files = (await emitIcs([bigRoadmap(1250)], testContext())).files;
  const full = files.filter((f) => ['fixture.ics', 'calendars/all.ics', 'calendars/oo.ics'].includes(f.path));
  expect(full).toHaveLength(3);
  for (const file of full) {
    const feed = parseFeed(String(file.data));
    expect(feed.events.length, file.path).toBe(5000);
    expect(new Set(feed.events.map((e) => e.getFirstPropertyValue('uid'))).size, file.path).toBe(5000);
  }
});

test('a previous feed read in chunks cut anywhere gives the same versions as read whole', async () => {
  const { readPreviousFeed } = await import('../../src/emit/ics/previous-feed.js');
  const files = (await emitIcs([bigRoadmap(40)], testContext())).files;
  const bytes = Buffer.from(String(files.find((f) => f.path === 'calendars/all.ics')!.data));
  const whole = readPreviousFeed(bytes);
  expect(whole.size).toBe(160);
  for (const size of [1, 2, 7, 75, 76, 77, 4096]) {
    const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    );
    expect(readPreviousFeed(chunks), `chunks of ${size}`).toEqual(whole);
  }
});

test('an overlong line in a previous feed is skipped, the events around it still count', async () => {
  const { readPreviousFeed } = await import('../../src/emit/ics/previous-feed.js');
  const event = (uid: string) => `BEGIN:VEVENT\r\nUID:${uid}\r\nSEQUENCE:3\r\nEND:VEVENT\r\n`;
  const text = `BEGIN:VCALENDAR\r\n${event('a')}X-JUNK:${'ю'.repeat(100_000)}\r\n${event('b')}END:VCALENDAR\r\n`;
  const bytes = Buffer.from(text);
  const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) =>
    bytes.subarray(i * 1000, (i + 1) * 1000),
  );
  expect([...readPreviousFeed(chunks).keys()]).toEqual(['a', 'b']);
  expect(readPreviousFeed(chunks).get('b')?.sequence).toBe(3);
});
