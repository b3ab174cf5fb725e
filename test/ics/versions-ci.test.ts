import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { parseFeed } from './parse.js';

/**
 * #16: a CI build runs in a fresh clone, without the previous out/. The versions come from the repository (the
 * `.calendar-versions.json` committed beside the roadmap and the roadmap's last commit), so such a build after an
 * edit of one item raises that event's SEQUENCE and no other, and every feed carries the same version of a UID.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-versions-'));
  dirs.push(dir);
  return dir;
};

const ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.ru',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.ru',
};
function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, ...ENV, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const ROADMAP = 'roadmaps/500plus-lysogorsk.yaml';
const EDITED = 'Протоколы собеседования, разработка проекта муниципальной дорожной карты «500+».';

/** A fresh clone of `origin`, built as CI builds it: every feed, no previous out/. */
function ciBuild(origin: string): Map<string, Array<[string, number, string, string]>> {
  const clone = join(temp(), 'clone');
  git(tmpdir(), ['clone', '--quiet', origin, clone]);
  const run = runCli(['build', '--only', 'ics'], { cwd: clone });
  expect(run.code, run.stderr).toBe(0);
  const feeds = new Map<string, Array<[string, number, string, string]>>();
  for (const path of ['out/500plus-lysogorsk.ics', 'out/calendars/all.ics']) {
    const { events } = parseFeed(readFileSync(join(clone, path), 'utf8'));
    feeds.set(
      path,
      events.map((e) => [
        String(e.getFirstPropertyValue('uid')),
        Number(e.getFirstPropertyValue('sequence')),
        String(e.getFirstPropertyValue('last-modified')),
        String(e.getFirstPropertyValue('dtstamp')),
      ]),
    );
  }
  return feeds;
}

describe('calendar versions in CI (fresh clone)', () => {
  test('an edit of one item raises only its SEQUENCE, with LAST-MODIFIED = DTSTAMP = that commit, in every feed', () => {
    const origin = temp();
    cpSync(join(REPO, ROADMAP), join(origin, ROADMAP), { recursive: true });
    writeFileSync(join(origin, 'roadmap.config.yaml'), 'formats: [ics]\n');
    git(origin, ['init', '--quiet']);
    // The department builds once locally and commits the roadmap with its version file.
    expect(runCli(['build', '--only', 'ics'], { cwd: origin }).code).toBe(0);
    git(origin, ['add', 'roadmap.config.yaml', 'roadmaps']);
    git(origin, ['commit', '--quiet', '-m', 'roadmap'], '2023-02-01T10:00:00Z');
    expect(readFileSync(join(origin, 'roadmaps/500plus-lysogorsk.calendar-versions.json'), 'utf8')).toContain(
      '"events"',
    );

    const first = ciBuild(origin);
    expect(first.get('out/500plus-lysogorsk.ics')!.every(([, seq]) => seq === 0)).toBe(true);

    // Then someone edits one item in the web interface: no local build, no new version file.
    const source = join(origin, ROADMAP);
    writeFileSync(source, readFileSync(source, 'utf8').replace(EDITED, 'Протоколы собеседования.'));
    git(origin, ['commit', '--quiet', '-am', 'edit'], '2023-03-15T12:00:00Z');

    const second = ciBuild(origin);
    const again = ciBuild(origin);
    expect(again).toEqual(second);
    const own = second.get('out/500plus-lysogorsk.ics')!;
    const bumped = own.filter(([, seq]) => seq > 0);
    expect(bumped).toHaveLength(1);
    expect(bumped[0]!.slice(1)).toEqual([1, '2023-03-15T12:00:00Z', '2023-03-15T12:00:00Z']);
    const before = new Map(first.get('out/500plus-lysogorsk.ics')!.map((e) => [e[0], e]));
    for (const event of own) if (event[1] === 0) expect(event).toEqual(before.get(event[0]));
    // one UID, one version: the same SEQUENCE, LAST-MODIFIED and DTSTAMP in every feed that carries it
    const versions = new Map(own.map((e) => [e[0], e]));
    for (const path of ['out/calendars/all.ics'])
      for (const event of second.get(path)!) expect(event, path).toEqual(versions.get(event[0]));
  });
});
