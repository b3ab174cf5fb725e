import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL2 from 'ical.js';
import ICAL1 from 'icaljs1';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/api/compile.js';
import type { CalendarWindows } from '../../src/emit/emitter.js';
import { emitIcs } from '../../src/emit/ics/index.js';
import { roadmapToJson } from '../../src/emit/json/index.js';
import { addDays } from '../../src/util/dates.js';
import { testContext } from './context.js';
import { fileText } from './parse.js';

/**
 * #16 «windows, not just deadlines» (config calendarWindows): what ical.js 2.2, ical.js 1.5 and python
 * recurring_ical_events show for items whose deadline is a window must be the JSON's windows — a start marker on
 * each window's first day (`start`), or the window as one multi-day event (`span`), or, where a span is not safe
 * (windows of different lengths), the deadline plus a marker.
 */

const SCRIPT = fileURLToPath(new URL('./expand-feed.py', import.meta.url));
const PYTHON = process.env.ROADMAP_TEST_PYTHON ?? '/usr/bin/python3';
const pythonMissing = spawnSync(PYTHON, [SCRIPT], { input: '[]', encoding: 'utf8' }).status !== 0;

const PHRASES = [
  'Август-сентябрь 2023',
  'Ежегодно, август-сентябрь',
  'Ежеквартально',
  'Сентябрь 2024',
  '2023-2025',
  'Ежегодно, февраль-март',
  'До 15 мая 2024',
];
const YAML = `id: windows\ntitle: Окна\nperiod: "2023-2025"\nitems:\n${PHRASES.map((when, i) => `  - title: Мероприятие ${i + 1}\n    id: m${i + 1}\n    when: ${when}\n`).join('')}`;
const DOMAIN = 'uo.example.ru';

/** Instances as «first day/exclusive end», by event UID. */
type Spans = Map<string, string[]>;

function icalJs(ICAL: typeof ICAL2, text: string): Spans {
  const out: Spans = new Map();
  for (const vevent of new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const it = event.iterator();
    const days: string[] = [];
    for (let t = it.next(); t && days.length < 500; t = it.next()) {
      const end = t.clone();
      end.addDuration(event.duration);
      days.push(`${t.toString().slice(0, 10)}/${end.toString().slice(0, 10)}`);
    }
    out.set(String(vevent.getFirstPropertyValue('uid')), days.sort());
  }
  return out;
}

function python(text: string): Spans {
  const r = spawnSync(PYTHON, [SCRIPT, '--spans'], { input: JSON.stringify([text]), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`expand-feed.py failed: ${r.stderr}`);
  return new Map(Object.entries((JSON.parse(r.stdout) as Array<Record<string, string[]>>)[0]!));
}

interface Seen {
  /** Multi-day instances of the item's own events: windows shown whole. */
  spans: string[];
  /** One-day instances of the item's own events: deadlines. */
  deadlines: string[];
  /** One-day instances of its `.start` events. */
  markers: string[];
}

/** What a subscriber sees of each item (by its id), from one engine's instances. */
function seen(spans: Spans): Map<string, Seen> {
  const out = new Map<string, Seen>();
  for (const [uid, instances] of spans) {
    const [, id, marker] = /^windows-(m\d+)(\.start)?(?:\.\d+)?@/.exec(uid) ?? [];
    expect(uid.endsWith(`@${DOMAIN}`), uid).toBe(true);
    const s = out.get(id!) ?? { spans: [], deadlines: [], markers: [] };
    for (const i of instances) {
      const [a, b] = i.split('/') as [string, string];
      const oneDay = addDays(a, 1) === b;
      if (marker) {
        expect(oneDay, `${uid} ${i}`).toBe(true);
        s.markers.push(a);
      } else if (oneDay) s.deadlines.push(a);
      else s.spans.push(i);
    }
    out.set(id!, s);
  }
  for (const s of out.values()) for (const list of Object.values(s) as string[][]) list.sort();
  return out;
}

/** The JSON's occurrences by item id. */
function windows(): Map<string, Array<{ start: string; end: string }>> {
  const roadmap = compileRoadmap('roadmaps/windows.yaml', Buffer.from(YAML, 'utf8')).roadmap!;
  type JsonItem = { id: string; uid: string; schedule: { occurrences: Array<{ start: string; end: string }> } };
  const json = roadmapToJson(roadmap, DOMAIN) as { sections: Array<{ items: JsonItem[] }> };
  const items = json.sections.flatMap((s) => s.items);
  for (const i of items) expect(i.uid).toBe(`windows-${i.id}@${DOMAIN}`);
  return new Map(items.map((i) => [i.id, i.schedule.occurrences]));
}

async function feed(mode: CalendarWindows): Promise<string> {
  const roadmap = compileRoadmap('roadmaps/windows.yaml', Buffer.from(YAML, 'utf8')).roadmap!;
  const { files } = await emitIcs([roadmap], testContext(new Map(), { calendarWindows: mode, uidDomain: DOMAIN }));
  return fileText(files, 'windows.ics');
}

const ENGINES: Array<[string, (text: string) => Spans]> = [
  ['ical.js 2.2', (t) => icalJs(ICAL2, t)],
  ['ical.js 1.5', (t) => icalJs(ICAL1, t)],
  ...(pythonMissing ? [] : [['python recurring_ical_events', python] as [string, (text: string) => Spans]]),
];

describe('calendarWindows: windows in every engine are the JSON windows (#16)', () => {
  const want = windows();
  const feeds = new Map<CalendarWindows, string>();
  beforeAll(async () => {
    for (const mode of ['deadline', 'start', 'span'] as const) feeds.set(mode, await feed(mode));
  });
  const ends = (id: string) => [...new Set(want.get(id)!.map((o) => o.end))].sort();
  const starts = (id: string) => [
    ...new Set(
      want
        .get(id)!
        .filter((o) => o.start < o.end)
        .map((o) => o.start),
    ),
  ];

  it.each(ENGINES)('%s: `start` adds a one-day marker on each window’s first day, deadlines unchanged', (_, read) => {
    const got = seen(read(feeds.get('start')!));
    for (const id of want.keys()) {
      expect(got.get(id)!.deadlines, id).toEqual(ends(id));
      expect(got.get(id)!.spans, id).toEqual([]);
      expect(got.get(id)!.markers, id).toEqual(starts(id).sort());
    }
    // «До 15 мая 2024» is a day, not a window: no marker
    expect(got.get('m7')!.markers).toEqual([]);
    expect(starts('m2')).toEqual(['2023-08-01', '2024-08-01', '2025-08-01']);
  });

  it.each(ENGINES)('%s: `span` shows each window whole, or as deadline + marker where a span is unsafe', (_, read) => {
    const got = seen(read(feeds.get('span')!));
    for (const [id, occurrences] of want) {
      const s = got.get(id)!;
      for (const { start, end } of occurrences) {
        const whole = s.spans.includes(`${start}/${addDays(end, 1)}`);
        const split = s.deadlines.includes(end) && (start === end || s.markers.includes(start));
        expect(whole !== split, `${id} ${start}…${end}`).toBe(true);
      }
      // nothing else: every instance is one of the JSON's windows
      expect(s.spans.length + s.deadlines.length, id).toBe(ends(id).length);
      expect(s.markers.length, id).toBe(starts(id).length - s.spans.length);
    }
    // equal windows are spans, recurring ones too; the first quarter (90 or 91 days) and «февраль-март» (59 or 60)
    // differ in a leap year: those stay deadline + marker
    expect(got.get('m1')!.spans).toEqual(['2023-08-01/2023-10-01']);
    expect(got.get('m2')!.spans).toEqual(['2023-08-01/2023-10-01', '2024-08-01/2024-10-01', '2025-08-01/2025-10-01']);
    expect(got.get('m5')!.spans).toEqual(['2023-01-01/2026-01-01']);
    expect(got.get('m3')!.spans).toHaveLength(9);
    expect(got.get('m3')!.spans.every((s) => !/-01-01\//.test(s))).toBe(true);
    expect(got.get('m3')!.markers).toEqual(['2023-01-01', '2024-01-01', '2025-01-01']);
    expect(got.get('m6')!.spans).toEqual([]);
    expect(got.get('m6')!.markers).toEqual(['2023-02-01', '2024-02-01', '2025-02-01']);
  });

  it('`deadline` (the default) is today’s feed: no markers, no spans', async () => {
    const got = seen(icalJs(ICAL2, feeds.get('deadline')!));
    for (const id of want.keys()) expect(got.get(id), id).toEqual({ spans: [], deadlines: ends(id), markers: [] });
    const plain = await emitIcs(
      [compileRoadmap('roadmaps/windows.yaml', Buffer.from(YAML, 'utf8')).roadmap!],
      testContext(new Map(), { uidDomain: DOMAIN }),
    );
    expect(fileText(plain.files, 'windows.ics')).toBe(feeds.get('deadline'));
  });

  it('a span’s reminders still come 7 and 1 days before the deadline; markers have none', () => {
    const calendar = new ICAL2.Component(ICAL2.parse(feeds.get('span')!));
    const events = calendar.getAllSubcomponents('vevent');
    const span = events.find((e) => e.getFirstPropertyValue('uid') === `windows-m1@${DOMAIN}`)!;
    const start = new ICAL2.Event(span).startDate;
    const fire = span.getAllSubcomponents('valarm').map((a) => {
      const t = start.clone();
      t.isDate = false;
      t.addDuration(a.getFirstPropertyValue('trigger') as unknown as ICAL2.Duration);
      return t.toString().slice(0, 13);
    });
    expect(fire.map((f) => f.slice(0, 10))).toEqual(['2023-09-23', '2023-09-29']);
    expect(fire.every((f) => f.endsWith('T09'))).toBe(true);
    const markers = events.filter((e) => String(e.getFirstPropertyValue('uid')).includes('.start'));
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) {
      expect(m.getAllSubcomponents('valarm')).toEqual([]);
      expect(String(m.getFirstPropertyValue('summary'))).toMatch(/^Начало: /);
    }
  });
});
