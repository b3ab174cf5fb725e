import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parseFeed, textOf } from './parse.js';

/** #16: UIDs carry the project's domain (config uidDomain, else baseUrl's host), and statuses survive the change. */

const ROADMAP = `id: pilot
title: Дорожная карта пилотного проекта
period: "2023"
items:
  - title: Назначение координатора
    id: coord
    when: Январь 2023
  - title: Собеседование с руководителями
    when: Февраль 2023
`;
// Recorded before the domain was set (`…@roadmap`), and one copied from the feed after (`…@uo.example.ru`).
const STATUS = (second: string) => `roadmap: pilot
items:
  pilot-coord@roadmap:
    2023-01-31:
      status: выполнено
      done: 2023-01-20
  ${second}:
    2023-02-28:
      status: выполнено
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-uid-domain-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'roadmaps'));
  writeFileSync(join(dir, 'roadmaps/pilot.yaml'), ROADMAP);
  writeFileSync(join(dir, 'roadmap.config.yaml'), `formats: [ics, json]\n${config}`);
  return dir;
}

const uids = (dir: string) =>
  parseFeed(readFileSync(join(dir, 'out/pilot.ics'), 'utf8')).events.map((e) => textOf(e, 'uid'));

describe('UID domain', () => {
  test('without uidDomain and baseUrl the UIDs stay `@roadmap`; with baseUrl they take its host', () => {
    const plain = project('');
    expect(runCli(['build'], { cwd: plain }).code).toBe(0);
    expect(uids(plain)).toHaveLength(2);
    expect(uids(plain).every((u) => u.endsWith('@roadmap'))).toBe(true);
    const published = project('baseUrl: https://uo.example.ru:8443/karty/\n');
    expect(runCli(['build'], { cwd: published }).code).toBe(0);
    expect(uids(published)).toEqual(uids(plain).map((u) => u.replace('@roadmap', '@uo.example.ru')));
    // CI's address counts too (ROADMAP_BASE_URL), and an explicit uidDomain wins over both
    const ci = project('uidDomain: Roadmaps.Obraz-Samara.ru\n');
    const run = runCli(['build'], { cwd: ci, env: { ROADMAP_BASE_URL: 'https://uo.example.ru/' } });
    expect(run.code).toBe(0);
    expect(uids(ci)).toEqual(uids(plain).map((u) => u.replace('@roadmap', '@roadmaps.obraz-samara.ru')));
  });

  test('statuses recorded under `…@roadmap` (or under the new domain) still apply after uidDomain is set', () => {
    const dir = project('uidDomain: uo.example.ru\n');
    const json = () =>
      JSON.parse(readFileSync(join(dir, 'out/pilot.json'), 'utf8')) as {
        sections: Array<{ items: Array<{ uid: string }> }>;
      };
    expect(runCli(['build'], { cwd: dir }).code).toBe(0);
    const [coord, interview] = json().sections[0]!.items.map((i) => i.uid);
    expect(coord).toBe('pilot-coord@uo.example.ru');
    expect(uids(dir)).toEqual([coord, interview]);
    writeFileSync(join(dir, 'roadmaps/pilot.status.yaml'), STATUS(interview!));
    const run = runCli(['build'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain('которого нет в дорожной карте');
    const feed = parseFeed(readFileSync(join(dir, 'out/pilot.ics'), 'utf8'));
    for (const event of feed.events) {
      expect(textOf(event, 'summary')).toMatch(/^✔ /);
      expect(textOf(event, 'status')).toBe('CONFIRMED');
      expect(event.getAllSubcomponents('valarm')).toEqual([]);
    }
    expect(textOf(feed.events[0]!, 'description')).toContain('Выполнено 20.01.2023');
  });

  test('a uidDomain that is not a host name, or an unknown calendarWindows, is a positioned error', () => {
    for (const [line, place] of [
      ['uidDomain: https://uo.example.ru', /roadmap\.config\.yaml:2:12: .*uidDomain/],
      ['uidDomain: уо.рф', /roadmap\.config\.yaml:2:12: .*uidDomain/],
      ['calendarWindows: spans', /roadmap\.config\.yaml:2:18: .*calendarWindows/],
    ] as const) {
      const run = runCli(['build'], { cwd: project(`${line}\n`) });
      expect(run.code, line).toBe(1);
      expect(run.stdout + run.stderr, line).toMatch(place);
      expect(run.stdout + run.stderr).toContain(line.startsWith('uid') ? 'uo.example.ru' : 'deadline, start, span');
    }
  });
});
