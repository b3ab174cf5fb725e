import { expect, test } from 'vitest';
import { emitIcs } from '../../src/emit/ics/index.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import { fixtureRoadmap, item, schedule } from '../helpers/fixture-roadmap.js';
import { testContext } from './context.js';
import { parseFeed } from './parse.js';

/** A roadmap of `n` quarterly items with long Cyrillic titles: the size of a large merged feed. */
function bigRoadmap(n: number): ResolvedRoadmap {
  const roadmap = fixtureRoadmap();
  const quarterly = schedule({
    kind: 'recurring', text: 'ежеквартально', rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20231231', dtstart: '2023-03-31',
    occurrences: ['03-31', '06-30', '09-30', '12-31'].map((d) => ({ start: `2023-${d.slice(0, 2)}-01`, end: `2023-${d}` })),
  });
  const items = Array.from({ length: n }, (_, i) =>
    item(String(i + 1), `Мероприятие № ${i + 1}: проведение мониторинга, анализа; подготовка отчёта о результатах`, { schedule: quarterly }),
  );
  roadmap.sections = [{ title: 'Направление «Мониторинг, анализ»', items }];
  return roadmap;
}

test('a merged feed of 5,000 events is complete and parses (speed: see npm run bench)', async () => {
  const files = (await emitIcs([bigRoadmap(5000)], testContext())).files;
  const full = files.filter((f) => ['fixture.ics', 'calendars/all.ics', 'calendars/oo.ics'].includes(f.path));
  expect(full).toHaveLength(3);
  for (const file of full) {
    const feed = parseFeed(String(file.data));
    expect(feed.events.length, file.path).toBe(5000);
    expect(new Set(feed.events.map((e) => e.getFirstPropertyValue('uid'))).size, file.path).toBe(5000);
  }
});
