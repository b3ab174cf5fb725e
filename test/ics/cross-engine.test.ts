import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ICAL2 from 'ical.js';
import ICAL1 from 'icaljs1';
import rrule from 'rrule';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/api/compile.js';
import { emitIcs } from '../../src/emit/ics/index.js';
import { roadmapToJson } from '../../src/emit/json/index.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import { RRULE_PERIODS, RRULE_PHRASES } from '../schedule/helpers.js';
import { SHAPES } from '../schedule/phrase-shapes.js';
import { testContext } from './context.js';
import { fileText } from './parse.js';

/**
 * The cross-engine matrix (issue #16): every dated item of generated roadmaps (deadline phrases × periods) and of
 * both seeds, as the feed writes it, expanded by four calendar engines — rrule.js, python recurring_ical_events
 * (dateutil underneath), ical.js 2.2 (Thunderbird today) and ical.js 1.5 (older Thunderbird, many web clients) —
 * must fall on exactly the deadlines of the resolved JSON (`schedule.occurrences[].end`).
 */

const SCRIPT = fileURLToPath(new URL('./expand-feed.py', import.meta.url));
const PYTHON = process.env.ROADMAP_TEST_PYTHON ?? '/usr/bin/python3';

type Dates = Map<string, string[]>;

/** Items of the JSON by uid → their deadlines. */
function expected(roadmap: ResolvedRoadmap): Dates {
  type JsonItem = { uid: string; when: string; schedule: { occurrences: Array<{ end: string }> }; items: JsonItem[] };
  const json = roadmapToJson(roadmap) as { sections: Array<{ items: JsonItem[] }> };
  const out: Dates = new Map();
  const walk = (items: JsonItem[]) => {
    for (const i of items) {
      const ends = [...new Set(i.schedule.occurrences.map((o) => o.end))].sort();
      if (i.when.trim() && ends.length) out.set(i.uid, ends);
      walk(i.items);
    }
  };
  for (const s of json.sections) walk(s.items);
  return out;
}

/** Events of a feed grouped back into items: a split item's events are `<uid>.2@…`, `<uid>.3@…`. */
function byItem(perEvent: Iterable<[string, string[]]>): Dates {
  const out: Dates = new Map();
  for (const [uid, dates] of perEvent) {
    const item = uid.replace(/\.\d+@/, '@');
    out.set(item, [...new Set([...(out.get(item) ?? []), ...dates])].sort());
  }
  return out;
}

function icalJs(ICAL: typeof ICAL2, text: string): Dates {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: Array<[string, string[]]> = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const it = new ICAL.Event(vevent).iterator();
    const dates: string[] = [];
    for (let t = it.next(); t && dates.length < 5000; t = it.next()) dates.push(t.toString().slice(0, 10));
    events.push([String(vevent.getFirstPropertyValue('uid')), dates]);
  }
  return byItem(events);
}

/** rrule.js reads each event's own lines (unfolded by hand: no ical.js between the feed and rrule.js). */
function rruleJs(text: string): Dates {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Array<[string, string[]]> = [];
  let current: string[] | null = null;
  let uid = '';
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') [current, uid] = [[], ''];
    else if (line === 'END:VEVENT' && current) {
      // an event without RRULE is its DTSTART (rrule.js counts DTSTART only as a rule's first date)
      if (!current.some((l) => l.startsWith('RRULE:'))) current.push(current[0]!.replace('DTSTART', 'RDATE'));
      const set = rrule.rrulestr(current.join('\n'), { forceset: true });
      events.push([uid, set.all((_, i) => i < 5000).map((d) => d.toISOString().slice(0, 10))]);
      current = null;
    } else if (current) {
      const [, name, value] = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line) ?? [];
      if (name === 'UID') uid = value!;
      if (name === 'DTSTART') current.push(`DTSTART:${value}T000000Z`);
      if (name === 'RRULE') current.push(`RRULE:${value}`);
      if (name === 'RDATE') current.push(`RDATE:${value!.split(',').map((d) => `${d}T000000Z`)}`);
    }
  }
  return byItem(events);
}

function python(texts: string[]): Dates[] | null {
  const r = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error || r.status === 3) return null;
  if (r.status !== 0) throw new Error(`expand-feed.py failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as Array<Record<string, string[]>>).map((m) => byItem(Object.entries(m)));
}

/** One roadmap per period, one item per phrase. */
function generatedRoadmaps(): ResolvedRoadmap[] {
  const phrases = [...new Set([...RRULE_PHRASES, ...SHAPES.map((s) => s[0])])];
  const periods = [...new Set([...RRULE_PERIODS, ...SHAPES.map((s) => s[1])])];
  return periods.map((period, p) => {
    const items = phrases.map((when, i) => `  - title: Мероприятие ${i + 1}\n    when: ${JSON.stringify(when)}\n`);
    const yaml = `id: matrix-${p}\ntitle: Матрица\nperiod: ${JSON.stringify(period)}\nitems:\n${items.join('')}`;
    const result = compileRoadmap(`roadmaps/matrix-${p}.yaml`, Buffer.from(yaml, 'utf8'));
    if (!result.roadmap) throw new Error(`${period}: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
    return result.roadmap;
  });
}

function seedRoadmaps(): ResolvedRoadmap[] {
  return ['msoko-bashmakovo', '500plus-lysogorsk'].map((id) => {
    const file = fileURLToPath(new URL(`../../roadmaps/${id}.yaml`, import.meta.url));
    return compileRoadmap(`roadmaps/${id}.yaml`, readFileSync(file)).roadmap!;
  });
}

interface Case {
  roadmap: ResolvedRoadmap;
  feed: string;
  want: Dates;
}

async function cases(roadmaps: ResolvedRoadmap[]): Promise<Case[]> {
  const out: Case[] = [];
  for (const roadmap of roadmaps) {
    const { files } = await emitIcs([roadmap], testContext());
    out.push({ roadmap, feed: fileText(files, `${roadmap.id}.ics`), want: expected(roadmap) });
  }
  return out;
}

/** Items on which an engine's dates differ from the JSON, as «phrase (period): engine dates ≠ json dates». */
function differences(all: Case[], got: Dates[]): string[] {
  const out: string[] = [];
  all.forEach((c, i) => {
    for (const [uid, want] of c.want) {
      const have = got[i]!.get(uid) ?? [];
      if (JSON.stringify(have) !== JSON.stringify(want)) {
        const item = c.roadmap.sections[0]!.items.find((x) => x.uid === uid);
        out.push(`${item?.when ?? uid} (${c.roadmap.periodText}): ${have.join(',')} ≠ ${want.join(',')}`);
      }
    }
    for (const uid of got[i]!.keys()) if (!c.want.has(uid)) out.push(`${uid}: an event the JSON does not have`);
  });
  return out;
}

const pythonMissing = spawnSync(PYTHON, [SCRIPT], { input: '[]', encoding: 'utf8' }).status !== 0;
if (pythonMissing) console.warn('skipped python: install python3-recurring-ical-events');

describe('cross-engine matrix: every engine expands every feed to the JSON deadlines', () => {
  let generated: Case[] = [];
  let seeds: Case[] = [];
  beforeAll(async () => {
    generated = await cases(generatedRoadmaps());
    seeds = await cases(seedRoadmaps());
  }, 180_000);

  it('covers ≥ 300 generated events, recurring ones among them, and both seeds', () => {
    const events = generated.reduce((n, c) => n + c.want.size, 0);
    expect(events).toBeGreaterThanOrEqual(300);
    expect(generated.reduce((n, c) => n + [...c.want.values()].filter((d) => d.length > 1).length, 0)).toBeGreaterThan(
      100,
    );
    expect(seeds.map((c) => c.want.size).every((n) => n > 10)).toBe(true);
  });

  it.each([
    ['rrule.js', (t: string) => rruleJs(t)],
    ['ical.js 2.2', (t: string) => icalJs(ICAL2, t)],
    ['ical.js 1.5', (t: string) => icalJs(ICAL1, t)],
  ])('%s', { timeout: 180_000 }, (_, engine) => {
    const all = [...generated, ...seeds];
    expect(
      differences(
        all,
        all.map((c) => engine(c.feed)),
      ),
    ).toEqual([]);
  });

  // python reads ~2,000 events in one process: minutes on a loaded CI machine
  it.skipIf(pythonMissing)('python recurring_ical_events', { timeout: 300_000 }, () => {
    const all = [...generated, ...seeds];
    expect(differences(all, python(all.map((c) => c.feed))!)).toEqual([]);
  });

  it('writes only the rule shapes every engine agrees on', () => {
    const rules = [...generated, ...seeds].flatMap((c) => [...c.feed.matchAll(/^RRULE:(.*)$/gm)].map((m) => m[1]!));
    expect(rules.length).toBeGreaterThan(100);
    const safe =
      /^FREQ=(DAILY(;INTERVAL=\d+)?|WEEKLY;BYDAY=[A-Z,]+|MONTHLY(;INTERVAL=\d+)?(;BYDAY=-?[1-4][A-Z]{2})?|MONTHLY;BYMONTHDAY=-1|YEARLY(;INTERVAL=\d+)?(;BYMONTH=\d+;BYDAY=-?[1-4][A-Z]{2})?);COUNT=\d+$/;
    expect(rules.filter((r) => !safe.test(r))).toEqual([]);
    expect(generated.some((c) => /^RDATE/m.test(c.feed))).toBe(false);
  });
});
