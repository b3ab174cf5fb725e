import { describe, expect, it } from 'vitest';
import { statusKey, type OccurrenceStatus } from '../../src/model/status.js';
import { collectUpcoming } from '../../src/upcoming/collect.js';
import { formatUpcoming } from '../../src/upcoming/format.js';
import { ruDateWithWeekday } from '../../src/upcoming/ru-dates.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';

describe('collectUpcoming', () => {
  it('lists deadlines of the next N days grouped by date, overdue ones first', () => {
    const r = collectUpcoming([fixtureRoadmap()], { today: '2023-09-15', days: 30 });
    expect(r.until).toBe('2023-10-15');
    // Before today and inside the period, by date then number: the first two quarters of item 2, March of 3.1.
    expect(r.overdue.map((d) => `${d.number}@${d.date}`)).toEqual(['2@2023-03-31', '3.1@2023-03-31', '2@2023-06-30']);
    expect(r.upcoming.map((g) => g.date)).toEqual(['2023-09-30']);
    expect(r.upcoming[0]!.deadlines.map((d) => d.number)).toEqual(['1', '2']);
  });

  it('never calls a deadline before the roadmap period overdue', () => {
    const r = collectUpcoming([fixtureRoadmap()], { today: '2023-09-15', days: 30 });
    expect(r.overdue.some((d) => d.date === '2022-12-31')).toBe(false);
  });

  it('filters by executor id or part of a name', () => {
    const byId = collectUpcoming([fixtureRoadmap()], { today: '2023-09-15', days: 30, executor: 'schools' });
    expect(byId.upcoming.flatMap((g) => g.deadlines).map((d) => d.number)).toEqual(['1']);
    const byName = collectUpcoming([fixtureRoadmap()], {
      today: '2023-09-15',
      days: 30,
      executor: 'ОБРАЗОВАТЕЛЬНЫЕ орг',
    });
    expect(byName.upcoming.flatMap((g) => g.deadlines).map((d) => d.number)).toEqual(['1']);
  });

  it('leaves out occurrences recorded as done', () => {
    const roadmap = fixtureRoadmap();
    const uid = roadmap.sections[0]!.items[1]!.uid;
    const done: OccurrenceStatus = {
      uid,
      deadline: '2023-03-31',
      status: 'выполнено',
      doneDate: null,
      evidence: null,
      comment: null,
    };
    const r = collectUpcoming([roadmap], {
      today: '2023-09-15',
      days: 30,
      statusesFor: () => new Map([[statusKey(uid, '2023-03-31'), done]]),
    });
    expect(r.overdue.map((d) => `${d.number}@${d.date}`)).toEqual(['3.1@2023-03-31', '2@2023-06-30']);
  });

  it('includes today and the last day of the window', () => {
    const r = collectUpcoming([fixtureRoadmap()], { today: '2023-09-30', days: 0 });
    expect(r.upcoming.map((g) => g.date)).toEqual(['2023-09-30']);
  });
});

describe('formatUpcoming', () => {
  it('prints Russian dates with weekdays', () => {
    expect(ruDateWithWeekday('2023-10-02')).toBe('пн, 02.10.2023');
    const text = formatUpcoming(collectUpcoming([fixtureRoadmap()], { today: '2023-09-15', days: 30 }));
    expect(text).toContain('Просрочено (3):');
    expect(text).toContain('сб, 30.09.2023 — через 15 дн.');
    expect(text.indexOf('Просрочено')).toBeLessThan(text.indexOf('сб, 30.09.2023'));
    expect(text).toContain('1. Разработка плана-графика');
  });

  it('says so when nothing is due', () => {
    expect(formatUpcoming(collectUpcoming([fixtureRoadmap()], { today: '2022-06-01', days: 10 }))).toContain(
      'Сроков в этом периоде нет.',
    );
  });
});
