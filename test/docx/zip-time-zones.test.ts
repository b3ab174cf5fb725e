import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dosDateTime } from '../../src/emit/ooxml-zip.js';
import { runCli } from '../helpers/cli.js';
import { zipEntryTimes } from './docx-helpers.js';

/**
 * Zip entries carry a DOS date and time, which has no zone. The build writes the UTC fields of its timestamp
 * there, so the DOCX and XLSX bytes do not depend on the zone of the machine — also at the hours a DST change
 * skips (2023-03-26 02:30 does not exist in Berlin) or repeats (2023-11-05 01:30 happens twice in New York).
 */

const ZONES = ['UTC', 'Europe/Moscow', 'America/New_York', 'Europe/Berlin'];
const EDGES = [
  { epoch: '1679797800', utc: '2023-03-26 02:30:00' }, // inside Berlin's spring-forward gap
  { epoch: '1699147800', utc: '2023-11-05 01:30:00' }, // inside New York's fall-back overlap
];

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function buildIn(zone: string, epoch: string): Map<string, Buffer> {
  const out = mkdtempSync(join(tmpdir(), 'roadmap-tz-'));
  temp.push(out);
  const run = runCli(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'docx,xlsx', '--out', out], {
    env: { TZ: zone, SOURCE_DATE_EPOCH: epoch },
  });
  expect(run.code, run.stderr).toBe(0);
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(docx|xlsx)$/.test(e.name)) files.set(path.slice(out.length), readFileSync(path));
    }
  };
  walk(out);
  return files;
}

describe('zip entry times', () => {
  it.each([
    [Date.UTC(2023, 2, 26, 2, 30, 0), '2023-03-26 02:30:00'],
    [Date.UTC(2023, 9, 29, 2, 30, 59), '2023-10-29 02:30:58'],
    [Date.UTC(1970, 0, 1), '1980-01-01 00:00:00'],
    [Date.UTC(2200, 0, 1), '2107-12-31 23:59:58'],
  ])('stores %d as the UTC fields %s', (ms, expected) => {
    const { date, time } = dosDateTime(new Date(ms));
    const pad = (n: number) => String(n).padStart(2, '0');
    const text = `${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
    expect(text).toBe(expected);
  });

  it.each(EDGES)('DOCX and XLSX are byte-identical in $utc across time zones', ({ epoch, utc }) => {
    const [first, ...rest] = ZONES.map((zone) => buildIn(zone, epoch));
    expect([...first!.keys()].sort()).toEqual(['/500plus-lysogorsk.docx', '/500plus-lysogorsk.xlsx']);
    for (const [name, bytes] of first!) {
      expect(
        zipEntryTimes(bytes).every(([, t]) => t === utc),
        name,
      ).toBe(true);
      rest.forEach((other, i) => expect(other.get(name)!.equals(bytes), `${name} in ${ZONES[i + 1]}`).toBe(true));
    }
  });
});
