import { describe, expect, it } from 'vitest';
import type { OccurrenceStatus } from '../../src/model/status.js';
import { mergeRow } from '../../src/status/merge-row.js';

const entry = (partial: Partial<OccurrenceStatus> = {}): OccurrenceStatus => ({
  uid: 'a@roadmap',
  deadline: '2023-03-31',
  status: 'не начато',
  doneDate: null,
  evidence: null,
  comment: null,
  ...partial,
});

describe('a tracker row merged into the status file (tracker, recorded now, tracker as built)', () => {
  it.each([
    // [what happened, tracker, recorded, base, merged status, held reasons]
    ['untouched row of an old tracker keeps the newer record', 'не начато', 'выполнено', 'не начато', 'выполнено', []],
    ['a change made in this tracker is applied', 'в работе', 'не начато', 'не начато', 'в работе', []],
    ['a step back is held', 'не начато', 'выполнено', 'выполнено', 'выполнено', ['backwards']],
    [
      'выполнено → не выполнено is a step back too',
      'не выполнено',
      'выполнено',
      'выполнено',
      'выполнено',
      ['backwards'],
    ],
    ['a change against a newer record is held', 'выполнено', 'в работе', 'не начато', 'в работе', ['conflict']],
    ['no baseline: forward is applied', 'выполнено', 'в работе', null, 'выполнено', []],
    ['no baseline: backwards is held', 'не начато', 'в работе', null, 'в работе', ['backwards']],
  ] as const)('%s', (_, tracker, recorded, base, merged, reasons) => {
    const result = mergeRow(
      entry({ status: tracker }),
      entry({ status: recorded }),
      base === null ? null : entry({ status: base }),
      false,
    );
    expect(result.merged.status).toBe(merged);
    expect(result.held.map((h) => h.reason)).toEqual(reasons);
  });

  it('without a baseline never replaces or empties a recorded comment, but fills an empty one', () => {
    const recorded = entry({ comment: 'записано методистом', evidence: null });
    const { merged, held } = mergeRow(entry({ comment: 'другое', evidence: 'Приказ' }), recorded, null, false);
    expect(merged.comment).toBe('записано методистом');
    expect(merged.evidence).toBe('Приказ');
    expect(held).toEqual([{ field: 'comment', from: 'записано методистом', to: 'другое', reason: 'no-baseline' }]);
  });

  it('--force applies what was held', () => {
    const { merged, held } = mergeRow(entry(), entry({ status: 'выполнено', comment: 'x' }), null, true);
    expect(merged).toMatchObject({ status: 'не начато', comment: null });
    expect(held).toEqual([]);
  });
});
