import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// rrule loads differently under Node ESM, esbuild's bundle and vitest: only the built CLI shows the import works.
describe('roadmap when (built CLI, rrule at run time)', () => {
  it('«Ежеквартально» in 2023: the quarter ends and their RRULE', () => {
    const r = runCli(['when', 'Ежеквартально', '--period', '2023', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      rrule: string;
      dtstart: string;
      occurrences: Array<{ start: string; end: string }>;
    };
    expect(out.rrule).toBe('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20231231');
    expect(out.dtstart).toBe('2023-03-31');
    expect(out.occurrences.map((o) => o.end)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  });

  it('prints the deadlines and the rule as text', () => {
    const r = runCli(['when', 'Ежеквартально', '--period', '2023', '--today', '2023-01-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('01.10.2023 – 31.12.2023 (срок: 31.12.2023)');
    expect(r.stdout).toContain('RRULE: FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20231231');
  });
});
