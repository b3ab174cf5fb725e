import { describe, expect, it } from 'vitest';
import { fromSerial, serial, weekdayOf } from '../../src/util/dates.js';

describe('day serials', () => {
  it('agree with Date.UTC from 1900 to 2100', () => {
    for (let n = Date.UTC(1900, 0, 1) / 86_400_000; n <= Date.UTC(2100, 11, 31) / 86_400_000; n += 1) {
      const d = new Date(n * 86_400_000);
      const p = { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
      if (serial(p.y, p.m, p.d) !== n) expect(serial(p.y, p.m, p.d)).toBe(n);
      if (fromSerial(n).d !== p.d || fromSerial(n).m !== p.m) expect(fromSerial(n)).toEqual(p);
      if (weekdayOf(n) !== (d.getUTCDay() || 7)) expect(weekdayOf(n)).toBe(d.getUTCDay() || 7);
    }
  });
});
