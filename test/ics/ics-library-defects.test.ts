import { createEvent, createEvents, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { emitIcs } from '../../src/emit/ics/index.js';
import { fixtureRoadmap, item, quarterly2023 } from '../helpers/fixture-roadmap.js';
import { testContext } from './context.js';
import { parseFeed } from './parse.js';

/**
 * Why the calendars keep their own writer (src/emit/ics/*) instead of the `ics` package: each test shows one defect
 * of `ics` that the feeds cannot have. The tests assert that the defect is still there — when one fails, `ics` has
 * fixed it: revisit the choice (docs/dependencies.md, «ICS writer»).
 */
const REVISIT =
  'ics behaves differently now: revisit docs/dependencies.md «ICS writer» — the own writer may not be needed';

const TITLE = 'Мониторинг качества подготовки обучающихся общеобразовательных организаций района по итогам года';

/** `timestamp` (DTSTAMP; the default is "now") is in the package's schema but missing from its typings. */
function event(extra: Partial<EventAttributes> = {}): EventAttributes {
  const attributes = {
    uid: 'defect@roadmap',
    timestamp: Date.UTC(2023, 0, 20),
    productId: 'roadmap',
    title: TITLE,
    ...extra,
  };
  return { ...attributes, start: [2023, 3, 31], end: [2023, 4, 1] } as EventAttributes;
}

function written(attributes: EventAttributes): string {
  const { error, value } = createEvent(attributes);
  if (error || value === null) throw error ?? new Error('ics wrote nothing');
  return value;
}

describe('defects of the ics package (3.12) that rule it out for the feeds', () => {
  it('folds lines at 75 characters, not 75 octets: Cyrillic lines run past the RFC 5545 limit', () => {
    const lines = written(event()).split('\r\n');
    const longest = Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')));
    expect(longest, REVISIT).toBeGreaterThan(75);
  });

  it('does not escape a comma inside a category: one section title becomes two categories', () => {
    const text = written(event({ categories: ['Мониторинг, анализ'] }));
    expect(text, REVISIT).toContain('CATEGORIES:Мониторинг, анализ');
    const categories = parseFeed(text).events[0]!.getFirstProperty('categories')!.getValues();
    expect(categories, REVISIT).toEqual(['Мониторинг', ' анализ']);
  });

  it('writes a 7-day alarm as «-P7DT», which is not an RFC 5545 duration', () => {
    const text = written(
      event({ alarms: [{ action: 'display', description: 'Через 7 дней срок', trigger: { before: true, days: 7 } }] }),
    );
    expect(text, REVISIT).toMatch(/^TRIGGER:-P7DT\r?$/m);
  });

  it('speed: ics validates every event (printed, not asserted)', async () => {
    const events = Array.from({ length: 120 }, (_, i) =>
      event({ uid: `e${i}@roadmap`, title: `${i + 1}. ${TITLE}`, categories: ['Мониторинг'] }),
    );
    createEvents(events.slice(0, 5)); // warm-up
    let t = performance.now();
    const { error } = createEvents(events);
    const icsMs = performance.now() - t;
    expect(error).toBeFalsy();

    const roadmap = fixtureRoadmap();
    const quarterly = quarterly2023();
    roadmap.sections = [
      { title: 'Мониторинг', items: events.map((_, i) => item(String(i + 1), TITLE, { schedule: quarterly })) },
    ];
    await emitIcs([roadmap], testContext()); // warm-up
    t = performance.now();
    const files = (await emitIcs([roadmap], testContext())).files;
    const ownMs = performance.now() - t;
    console.log(
      `120 events: ics createEvents ${icsMs.toFixed(1)} ms (${(icsMs / 120).toFixed(2)} ms/event); ` +
        `own writer, all ${files.length} feeds of the roadmap: ${ownMs.toFixed(1)} ms`,
    );
  });
});
