import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { buildDocx, docxContext, unzipDocx, zipEntryTimes } from './docx-helpers.js';

const coreDates = (bytes: Uint8Array) =>
  [...unzipDocx(bytes)['docProps/core.xml']!.matchAll(/<dcterms:(created|modified)[^>]*>([^<]*)</g)].map(
    (m) => `${m[1]}=${m[2]}`,
  );

describe('reproducible DOCX', () => {
  it('gives byte-identical files for the same input', async () => {
    const a = await buildDocx(fixtureRoadmap());
    await new Promise((r) => setTimeout(r, 1100)); // a second later: "now" must not leak into the file
    const b = await buildDocx(fixtureRoadmap());
    expect(Buffer.from(b.bytes!).equals(Buffer.from(a.bytes!))).toBe(true);
  });

  it('gives the same bytes in any time zone (zip times are stored as UTC fields)', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Vladivostok';
      const east = await buildDocx(fixtureRoadmap());
      process.env.TZ = 'America/New_York';
      const west = await buildDocx(fixtureRoadmap());
      expect(Buffer.from(west.bytes!).equals(Buffer.from(east.bytes!))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('dates the document with the build timestamp, not the clock', async () => {
    const { bytes } = await buildDocx(fixtureRoadmap());
    // No SOURCE_DATE_EPOCH: the approval date of the roadmap.
    expect(coreDates(bytes!)).toEqual(['created=2023-01-20T00:00:00Z', 'modified=2023-01-20T00:00:00Z']);
  });

  it('changes the dates, and only the dates, with another timestamp (SOURCE_DATE_EPOCH)', async () => {
    const a = await buildDocx(fixtureRoadmap(), docxContext({ timestamp: new Date(1_700_000_000_000) }));
    const b = await buildDocx(fixtureRoadmap(), docxContext({ timestamp: new Date(1_710_000_000_000) }));
    expect(coreDates(a.bytes!)).toEqual(['created=2023-11-14T22:13:20Z', 'modified=2023-11-14T22:13:20Z']);
    expect(coreDates(b.bytes!)).not.toEqual(coreDates(a.bytes!));
    const partsA = unzipDocx(a.bytes!);
    const partsB = unzipDocx(b.bytes!);
    expect(partsB['word/document.xml']).toBe(partsA['word/document.xml']);
  });

  it("dates every zip entry with the build timestamp's UTC date and time, in the same order on every build", async () => {
    const timestamp = new Date(Date.UTC(2023, 2, 26, 2, 30, 0));
    const { bytes } = await buildDocx(fixtureRoadmap(), docxContext({ timestamp }));
    const entries = zipEntryTimes(bytes!);
    expect(entries.map(([, t]) => t)).toEqual(entries.map(() => '2023-03-26 02:30:00'));
    const names = entries.map(([n]) => n);
    expect(names).toContain('[Content_Types].xml');
    expect(names).toContain('word/document.xml');
    expect(Object.keys(unzipSync(bytes!))).toEqual(names);
  });
});
