import { describe, expect, it } from 'vitest';
import { statusKey, type OccurrenceStatus } from '../../src/model/status.js';
import { matchTracker } from '../../src/status/match-tracker.js';
import { trackedOccurrences } from '../../src/tracker/occurrences.js';
import { roadmapProgress } from '../../src/tracker/progress.js';
import type { TrackerRecord } from '../../src/status/read-tracker.js';
import { cellDate } from '../../src/status/tracker-cells.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';

const roadmap = fixtureRoadmap();
const rec = (row: number, key: string, partial: Partial<TrackerRecord> = {}): TrackerRecord => ({
  row,
  key,
  number: '2',
  title: 'Заголовок',
  status: 'не начато',
  done: null,
  evidence: '',
  comment: '',
  ...partial,
});

describe('occurrences of a roadmap', () => {
  it('gives a quarterly item four rows, an undated item one, and a heading without `when` none', () => {
    const keys = trackedOccurrences(roadmap).map((o) => o.key);
    expect(keys.filter((k) => k.startsWith('fixture-2@roadmap#2023'))).toHaveLength(4);
    expect(keys).toContain('fixture-1@roadmap#undated');
    expect(keys.some((k) => k.startsWith('fixture-3@roadmap#2023'))).toBe(false);
  });
});

describe('matching tracker rows', () => {
  it('records changed statuses and reports rows it cannot match, by row number', () => {
    const result = matchTracker(
      [
        rec(2, statusKey('fixture-2@roadmap', '2023-03-31'), {
          status: 'Выполнено',
          done: 45016,
          evidence: 'Приказ',
          comment: '=1+1',
        }),
        rec(3, statusKey('fixture-2@roadmap', '2023-06-30')),
        rec(4, statusKey('fixture-2@roadmap', '2024-03-31'), { status: 'выполнено' }),
        rec(5, 'удалённое@roadmap#2023-01-31', { title: 'Удалённое мероприятие' }),
        rec(6, statusKey('fixture-2@roadmap', '2023-09-30'), { status: 'сделано' }),
        rec(7, statusKey('fixture-2@roadmap', '2023-03-31'), { status: 'в работе' }),
        rec(8, '', { status: 'выполнено' }),
      ],
      [{ roadmap, book: new Map() }],
    );
    expect(result.updates.get('fixture')?.map((u) => u.entry)).toEqual([
      {
        uid: 'fixture-2@roadmap',
        deadline: '2023-03-31',
        status: 'выполнено',
        doneDate: '2023-03-31',
        evidence: 'Приказ',
        comment: '=1+1',
      },
    ]);
    expect(result.warnings.map((w) => w.row)).toEqual([4, 5, 6, 7, 8]);
    expect(result.warnings[0]!.message).toContain('срока 31.03.2024 больше нет в графике');
    expect(result.warnings[1]!.message).toContain('«Удалённое мероприятие»: мероприятие не найдено');
    expect(result.warnings[2]!.message).toContain('неизвестный статус «сделано»');
    expect(result.warnings[3]!.message).toContain('повторяет строку 2');
    expect([result.matched, result.recorded, result.changed, result.unmatched]).toEqual([2, 1, 1, 2]);
  });

  it('changes nothing when the tracker says what the status file already has', () => {
    const before: OccurrenceStatus = {
      uid: 'fixture-1@roadmap',
      deadline: '2023-09-30',
      status: 'в работе',
      doneDate: null,
      evidence: null,
      comment: null,
    };
    const result = matchTracker(
      [rec(2, statusKey(before.uid, before.deadline), { status: 'в работе' })],
      [{ roadmap, book: new Map([[statusKey(before.uid, before.deadline), before]]) }],
    );
    expect(result.changed).toBe(0);
  });

  it.each([
    [45199, '2023-09-30'],
    ['30.09.2023', '2023-09-30'],
    ['1.9.2023', '2023-09-01'],
    ['2023-09-30', '2023-09-30'],
    [new Date(Date.UTC(2023, 8, 30)), '2023-09-30'],
    [null, null],
    ['вчера', undefined],
    ['31.02.2023', undefined],
  ])('reads the completion date %s as %s', (cell, iso) => {
    expect(cellDate(cell)).toBe(iso);
  });
});

describe('progress', () => {
  it('counts statuses and overdue occurrences per roadmap, section and executor', () => {
    const done: OccurrenceStatus = {
      uid: 'fixture-2@roadmap',
      deadline: '2023-03-31',
      status: 'выполнено',
      doneDate: null,
      evidence: null,
      comment: null,
    };
    const p = roadmapProgress(roadmap, new Map([[statusKey(done.uid, done.deadline), done]]), '2023-07-01');
    expect(p).toMatchObject({ total: 10, done: 1, not_started: 9 });
    // Overdue on 1 July: 2nd quarter (30.06), 3.1 (31.03) and the round table (31.12.2022); the done 1st quarter is not.
    expect(p.overdue_items.map((o) => [o.number, o.deadline])).toEqual([
      ['3', '2022-12-31'],
      ['3.1', '2023-03-31'],
      ['2', '2023-06-30'],
    ]);
    expect(p.sections.map((s) => [s.total, s.overdue])).toEqual([
      [7, 2],
      [3, 1],
    ]);
    expect(p.executors.find((e) => e.name === 'ГБУ ПО «ЦППМиСППО»')).toMatchObject({ total: 1, overdue: 0 });
  });
});
