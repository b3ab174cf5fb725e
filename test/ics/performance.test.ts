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

test('5,000 events serialize in well under a second (all feeds together)', async () => {
  const roadmap = bigRoadmap(5000);
  const started = performance.now();
  const { files } = await emitIcs([roadmap], testContext());
  const elapsed = performance.now() - started;
  // Three feeds carry all 5,000 events (roadmap, executor, all.ics); generous bound against slow CI machines.
  expect(elapsed).toBeLessThan(1500);
  expect(parseFeed(String(files[0]!.data)).events.length).toBe(5000);
  console.log(`ics: 3 feeds × 5000 events in ${elapsed.toFixed(0)} ms`);
});
