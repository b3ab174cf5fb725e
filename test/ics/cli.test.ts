import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { calendarText, expandItem, itemUids, parseFeed, textOf } from './parse.js';

interface JsonItem {
  uid: string;
  when: string;
  schedule: { kind: string; occurrences: Array<{ end: string }> };
  items: JsonItem[];
}
const jsonItems = (json: { sections: Array<{ items: JsonItem[] }> }): JsonItem[] => {
  const flat = (list: JsonItem[]): JsonItem[] => list.flatMap((i) => [i, ...flat(i.items)]);
  return json.sections.flatMap((s) => flat(s.items));
};

const dirs: string[] = [];
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-ics-'));
  dirs.push(dir);
  cpSync(join(REPO, 'roadmaps'), join(dir, 'roadmaps'), { recursive: true });
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const read = (path: string) => readFileSync(path, 'utf8');

describe('roadmap build --only ics', () => {
  test('builds feeds for both seeds, per executor and all.ics, and they parse', () => {
    const dir = workspace();
    const run = runCli(['build', '--only', 'ics,json', '--out', 'out', 'roadmaps'], { cwd: dir });
    expect(run.stderr + run.stdout).not.toMatch(/at .*\.js:\d+/);
    expect(run.code).toBe(0);
    const out = join(dir, 'out');
    expect(readdirSync(out).sort()).toEqual([
      '500plus-lysogorsk.ics',
      '500plus-lysogorsk.json',
      'calendars',
      'msoko-bashmakovo.ics',
      'msoko-bashmakovo.json',
    ]);
    const calendars = readdirSync(join(out, 'calendars')).sort();
    expect(calendars).toEqual(expect.arrayContaining(['all.ics', 'oo.ics', 'schools.ics', 'cppm.ics', 'yunarmia.ics']));
    for (const name of calendars) expect(name).toMatch(/^[a-z0-9-]+\.ics$/);

    const msoko = parseFeed(read(join(out, 'msoko-bashmakovo.ics')));
    const lysogorsk = parseFeed(read(join(out, '500plus-lysogorsk.ics')));
    expect(msoko.events.length).toBeGreaterThan(30);
    expect(lysogorsk.events.length).toBeGreaterThan(20);
    const oo = parseFeed(read(join(out, 'calendars/oo.ics')));
    expect(calendarText(oo, 'x-wr-calname')).toBe('Сроки: Отдел образования');
    expect(oo.events.length).toBeGreaterThan(20);
    const schools = parseFeed(read(join(out, 'calendars/schools.ics')));
    expect(calendarText(schools, 'x-wr-calname')).toBe('Сроки: Образовательные организации');
    for (const event of schools.events)
      expect(textOf(event, 'description')).toMatch(/Исполнители: .*Образовательные организации/);
    const all = parseFeed(read(join(out, 'calendars/all.ics')));
    expect(all.events.length).toBe(msoko.events.length + lysogorsk.events.length);
    const uids = all.events.map((e) => textOf(e, 'uid'));
    expect(new Set(uids).size).toBe(uids.length);
    // A client expanding each event sees exactly the deadlines of the resolved JSON, under the JSON's uid.
    for (const id of ['msoko-bashmakovo', '500plus-lysogorsk']) {
      const feed = parseFeed(read(join(out, `${id}.ics`)));
      const dated = jsonItems(JSON.parse(read(join(out, `${id}.json`)))).filter(
        (i) =>
          i.when !== '' &&
          ['once', 'recurring', 'continuous'].includes(i.schedule.kind) &&
          i.schedule.occurrences.length > 0,
      );
      expect(itemUids(feed)).toEqual(dated.map((i) => i.uid));
      for (const item of dated)
        expect(expandItem(feed, item.uid), item.uid).toEqual(item.schedule.occurrences.map((o) => o.end));
    }
    for (const file of ['msoko-bashmakovo.ics', 'calendars/oo.ics']) {
      for (const line of read(join(out, file)).split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
  });

  test('rebuilding gives the same bytes; editing one item bumps only its SEQUENCE', () => {
    const dir = workspace();
    const out = join(dir, 'out');
    const build = () =>
      runCli(['build', '--only', 'ics', '--out', 'out', 'roadmaps/500plus-lysogorsk.yaml'], { cwd: dir });
    expect(build().code).toBe(0);
    const first = read(join(out, '500plus-lysogorsk.ics'));
    expect(build().code).toBe(0);
    expect(read(join(out, '500plus-lysogorsk.ics'))).toBe(first);

    const source = join(dir, 'roadmaps/500plus-lysogorsk.yaml');
    writeFileSync(
      source,
      read(source).replace(
        'Протоколы собеседования, разработка проекта муниципальной дорожной карты «500+».',
        'Протоколы собеседования.',
      ),
    );
    expect(build().code).toBe(0);
    const second = parseFeed(read(join(out, '500plus-lysogorsk.ics')));
    const bumped = second.events
      .filter((e) => Number(e.getFirstPropertyValue('sequence')) > 0)
      .map((e) => textOf(e, 'summary'));
    expect(bumped).toEqual(['2. Собеседование с руководителями общеобразовательных организаций «500+».']);
    expect(build().code).toBe(0);
    expect(
      parseFeed(read(join(out, '500plus-lysogorsk.ics'))).events.map((e) =>
        Number(e.getFirstPropertyValue('sequence')),
      ),
    ).toEqual(second.events.map((e) => Number(e.getFirstPropertyValue('sequence'))));
    expect(existsSync(join(out, 'calendars/all.ics'))).toBe(true);
  });

  test('an executor removed from every roadmap leaves an empty calendar with a note, not a stale copy (#16)', () => {
    const dir = workspace();
    const build = () => runCli(['build', '--only', 'ics', '--out', 'out', 'roadmaps'], { cwd: dir });
    expect(build().code).toBe(0);
    expect(parseFeed(read(join(dir, 'out/calendars/yunarmia.ics'))).events.length).toBeGreaterThan(0);
    const source = join(dir, 'roadmaps/msoko-bashmakovo.yaml');
    writeFileSync(
      source,
      read(source)
        .replace('executors: [oo, yunarmia]', 'executors: [oo]')
        .replace(/^ {2}yunarmia: .*\n/m, ''),
    );
    expect(build().code).toBe(0);
    const retired = parseFeed(read(join(dir, 'out/calendars/yunarmia.ics')));
    expect(retired.events).toEqual([]);
    expect(calendarText(retired, 'x-wr-calname')).toContain('календарь закрыт');
    const note = retired.calendar.getFirstSubcomponent('vjournal')!;
    expect(textOf(note, 'description')).toContain('больше не обновляется');
  });

  test('a roadmap with an error keeps its events in the shared calendars: they are left as they were (#16)', () => {
    const dir = workspace();
    const build = () => runCli(['build', '--only', 'ics', '--out', 'out', 'roadmaps'], { cwd: dir });
    expect(build().code).toBe(0);
    const all = read(join(dir, 'out/calendars/all.ics'));
    const source = join(dir, 'roadmaps/500plus-lysogorsk.yaml');
    writeFileSync(source, read(source).replace(/^period: .*$/m, 'period: "когда-нибудь"'));
    const run = build();
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('[calendars-kept]');
    expect(read(join(dir, 'out/calendars/all.ics'))).toBe(all);
  });

  test('a baseUrl without a scheme or with spaces is a positioned error, not silently no links (#16)', () => {
    for (const bad of ['uo.example.ru/karty', 'https://uo.example.ru/мои карты']) {
      const dir = workspace();
      writeFileSync(join(dir, 'roadmap.config.yaml'), `formats: [ics]\nbaseUrl: ${bad}\n`);
      const run = runCli(['build'], { cwd: dir });
      expect(run.code, bad).toBe(1);
      expect(run.stdout + run.stderr).toMatch(/roadmap\.config\.yaml:2:10: .*baseUrl/);
      expect(run.stdout + run.stderr).toContain('https://');
    }
  });

  test('reminderTime and timeZone from the config reach the feed (#16)', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'roadmap.config.yaml'), 'formats: [ics]\nreminderTime: "08:00"\ntimeZone: Europe/Samara\n');
    expect(runCli(['build'], { cwd: dir }).code).toBe(0);
    const feed = parseFeed(read(join(dir, 'out/500plus-lysogorsk.ics')));
    expect(textOf(feed.calendar, 'x-wr-timezone')).toBe('Europe/Samara');
    for (const alarm of feed.events.flatMap((e) => e.getAllSubcomponents('valarm'))) {
      const s = (alarm.getFirstPropertyValue('trigger') as unknown as { toSeconds(): number }).toSeconds();
      expect((((s % 86400) + 86400) % 86400) / 3600).toBeGreaterThanOrEqual(8);
      expect((((s % 86400) + 86400) % 86400) / 3600).toBeLessThan(9);
    }
  });
});
