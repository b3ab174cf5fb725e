import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-validate-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const GOOD = `id: demo
title: Дорожная карта
period: "2023"
executors:
  oo: Отдел образования
sections:
  - title: Направление «Один»
    items:
      - title: Мероприятие
        when: Март 2023
        executors: [oo]
`;

describe('roadmap validate, as a user runs it', () => {
  it('the bundled roadmaps are valid: exit 0', () => {
    const r = runCli(['validate']);
    expect(r.stderr).not.toMatch(/ошибка/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Проверено: 2 файла, 127 мероприятий\. Ошибок нет/);
  });

  it.each([
    ['a syntax error', 'id: demo\ntitle: [oops\n', 'yaml-syntax'],
    ['a duplicate key', GOOD.replace('title: Дорожная карта', 'title: А\ntitle: Б'), 'yaml-duplicate-key'],
    ['tab indentation', GOOD.replace('  - title: Направление', '\t- title: Направление'), 'yaml-tab-indent'],
    ['an empty file', '', 'file-empty'],
    ['an unknown key', GOOD.replace('        when: Март 2023', '        wehn: Март 2023'), 'schema-unknown-key'],
    ['an unknown executor id', GOOD.replace('executors: [oo]', 'executors: [od]'), 'executor-unknown'],
    [
      'duplicate item ids',
      GOOD.replace(
        '      - title: Мероприятие',
        '      - id: a\n        title: Мероприятие\n        when: Май 2023\n      - id: a\n        title: Мероприятие',
      ),
      'item-duplicate-id',
    ],
    ['an unreadable deadline', GOOD.replace('when: Март 2023', 'when: Мартобрь тридцатого'), 'when-'],
  ])('%s → exit 1 and a positioned Russian message', (_name, text, code) => {
    const dir = project({ 'roadmaps/demo.yaml': text });
    const r = runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^roadmaps/demo\\.yaml:\\d+:\\d+: ошибка: .*\\[${code}`, 'm'));
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('a cp1251 file and binary junk are refused, not crashed on', () => {
    const cp1251 = Uint8Array.from(
      [...'title: '].map((c) => c.charCodeAt(0)).concat([0xc4, 0xee, 0xf0, 0xee, 0xe3, 0xe0]),
    );
    const dir = project({
      'roadmaps/a.yaml': cp1251,
      'roadmaps/b.yaml': Uint8Array.from({ length: 300 }, (_, i) => i % 256),
    });
    const r = runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^roadmaps\/a\.yaml:1:8: ошибка: .*UTF-8/m);
    expect(r.stderr).toMatch(/^roadmaps\/b\.yaml:\d+:\d+: ошибка: .*\[file-binary\]/m);
  });

  it('--format json prints the diagnostics as data', () => {
    const dir = project({ 'roadmaps/demo.yaml': GOOD.replace('executors: [oo]', 'executors: [od]') });
    const r = runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      diagnostics: { code: string; line: number; column: number; severity: string; file: string }[];
    };
    expect(out.diagnostics).toEqual([
      expect.objectContaining({
        file: 'roadmaps/demo.yaml',
        code: 'executor-unknown',
        severity: 'error',
        line: 11,
        column: 21,
      }),
    ]);
  });

  it('usage errors exit 2 in Russian', () => {
    expect(runCli(['validate', '--format', 'xml']).code).toBe(2);
    const missing = runCli(['validate', 'no-such-folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('не найдено');
    const unknown = runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('неизвестная команда');
  });

  it('build --only json writes the resolved roadmaps with every item', () => {
    const out = mkdtempSync(join(tmpdir(), 'roadmap-json-'));
    const r = runCli(['build', '--only', 'json', '--out', out]);
    expect(r.code).toBe(0);
    const count = (items: { items: unknown[] }[]): number =>
      items.reduce((n, i) => n + 1 + count(i.items as { items: unknown[] }[]), 0);
    for (const [id, expected] of [
      ['msoko-bashmakovo', 93],
      ['500plus-lysogorsk', 34],
    ] as const) {
      const json = JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as {
        sections: { items: { items: unknown[] }[] }[];
      };
      expect(json.sections.reduce((n, s) => n + count(s.items), 0)).toBe(expected);
    }
    const msoko = readFileSync(join(out, 'msoko-bashmakovo.json'), 'utf8');
    expect(msoko).toContain('Проведение круглого стала для заместителей директоров по УВР');
    expect(REPO).toBeTruthy();
  });
});
