import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parsePeriod } from '../../src/schedule/period.js';
import { PERIOD_PATTERN } from '../../src/project/json-schemas.js';
import { runCli } from '../helpers/cli.js';
import { YamlLanguageServer, type LspDiagnostic } from './yaml-lsp.js';

const MODELINE = '# yaml-language-server: $schema=../schemas/roadmap.schema.json\n';
const HEAD = 'id: ID\ntitle: Дорожная карта\nperiod: "2023"\n';
const ITEM = '      - title: Мероприятие\n        when: Ежеквартально\n';
const SECTIONS = `sections:\n  - title: Направление\n    items:\n${ITEM}`;

/**
 * Structural cases: the editor (yaml-language-server with the published schema) must underline exactly what
 * `roadmap validate` rejects. `ID` becomes a per-case id (validate also rejects two files with one id).
 */
const CASES: [name: string, body: string, valid: boolean][] = [
  ['a minimal roadmap', HEAD + SECTIONS, true],
  ['items without sections', `${HEAD}items:\n${ITEM.replace(/^ {4}/gm, '')}`, true],
  ['an item without `when`', `${HEAD}sections:\n  - title: Н\n    items:\n      - title: Без срока\n`, false],
  [
    'a heading item without `when`, with sub-items',
    `${HEAD}sections:\n  - title: Н\n    items:\n      - title: Раздел\n        items:\n          - title: Подпункт\n            when: Май\n`,
    true,
  ],
  [
    'a heading item with an empty sub-item list',
    `${HEAD}sections:\n  - title: Н\n    items:\n      - title: Раздел\n        items: []\n`,
    false,
  ],
  ['a blank `when`', `${HEAD}sections:\n  - title: Н\n    items:\n      - title: М\n        when: " "\n`, false],
  ['an empty `when`', `${HEAD}sections:\n  - title: Н\n    items:\n      - title: М\n        when: ""\n`, false],
  ['an unknown key in an item', HEAD + SECTIONS + '        whem: Май\n', false],
  ['an unknown key at the top', HEAD + SECTIONS + 'autor: Иванов\n', false],
  ['an unknown key in a section', `${HEAD}sections:\n  - title: Н\n    when: Май\n    items:\n${ITEM}`, false],
  ['both sections and items', `${HEAD + SECTIONS}items:\n${ITEM.replace(/^ {4}/gm, '')}`, false],
  ['neither sections nor items', HEAD, false],
  ['an empty sections list', `${HEAD}sections: []\n`, false],
  ['a section without items (a warning only)', `${HEAD + SECTIONS}  - title: Пустое\n    items: []\n`, true],
  ['a section without a title', `${HEAD}sections:\n  - items:\n${ITEM}`, false],
  ['an item written as a bare string', `${HEAD}sections:\n  - title: Н\n    items:\n      - Мероприятие\n`, false],
  ['no id', HEAD.replace('id: ID\n', '') + SECTIONS, false],
  ['no title', HEAD.replace('title: Дорожная карта\n', '') + SECTIONS, false],
  ['no period', HEAD.replace('period: "2023"\n', '') + SECTIONS, false],
  ['a capitalised id', HEAD.replace('id: ID', 'id: Karta-ID') + SECTIONS, false],
  ['an item id with a space', HEAD + SECTIONS + '        id: plan a\n', false],
  ['an item id', HEAD + SECTIONS + '        id: plan-a\n', true],
  ['an unquoted item number 1.10', HEAD + SECTIONS + '        number: 1.10\n', true],
  ['a subtitle as a list of lines', HEAD + SECTIONS + 'subtitle:\n  - первая\n  - вторая\n', true],
  ['a boolean title', HEAD.replace('Дорожная карта', 'true') + SECTIONS, false],
  ['period as an unquoted year', HEAD.replace('"2023"', '2023') + SECTIONS, true],
  ['period as years', HEAD.replace('"2023"', '"2020-2022"') + SECTIONS, true],
  ['period as a school year', HEAD.replace('"2023"', '"2023/2024"') + SECTIONS, true],
  ['period as a short school year', HEAD.replace('"2023"', '2023/24') + SECTIONS, true],
  ['period as a date range', HEAD.replace('"2023"', '2023-09-01..2024-08-31') + SECTIONS, true],
  ['period in words', HEAD.replace('"2023"', 'весь год') + SECTIONS, false],
  ['period as start and end', HEAD.replace('"2023"', '\n  start: 2023-09-01\n  end: 2024-08-31') + SECTIONS, true],
  ['period with a dotted date', HEAD.replace('"2023"', '\n  start: 01.09.2023\n  end: 2024-08-31') + SECTIONS, false],
  ['period with month 13', HEAD.replace('"2023"', '\n  start: 2023-13-01\n  end: 2024-08-31') + SECTIONS, false],
  ['approval with a date', `${HEAD}approval:\n  date: 2023-01-15\n  number: 12-од\n${SECTIONS}`, true],
  ['approval with a dotted date', `${HEAD}approval:\n  date: 15.01.2023\n${SECTIONS}`, false],
  ['numbering continuous', `${HEAD}numbering: continuous\n${SECTIONS}`, true],
  ['numbering in Russian', `${HEAD}numbering: сквозная\n${SECTIONS}`, false],
  ['executors directory', `${HEAD}executors:\n  oo: Отдел образования\n${SECTIONS}`, true],
  ['an executors directory key in Cyrillic', `${HEAD}executors:\n  ОО: Отдел образования\n${SECTIONS}`, false],
  ['an empty executor name', `${HEAD}executors:\n  oo: ""\n${SECTIONS}`, false],
  ['free-text executors on an item', HEAD + SECTIONS + '        executors: [Школы района, "ГАУ ДПО «ИРО»"]\n', true],
];

/** Beyond the structure: what only `validate` can know. The editor accepts these; validate does not. */
const VALIDATE_ONLY: [name: string, body: string][] = [
  ['an unreadable deadline phrase', HEAD + SECTIONS.replace('Ежеквартально', 'когда-нибудь потом')],
  ['an executor id missing from the directory', HEAD + SECTIONS + '        executors: imc\n'],
  ['a reversed period', HEAD.replace('"2023"', '"2024-2020"') + SECTIONS],
  ['a school year that is not one year long', HEAD.replace('"2023"', '"2023/2025"') + SECTIONS],
  ['a template that does not exist', `${HEAD}template: nosuch\n${SECTIONS}`],
];

let server: YamlLanguageServer;
let repo: string;
const editor = new Map<string, LspDiagnostic[]>();
const validate = new Map<string, Diagnostic[]>();
const fileOf = (i: number, prefix = 'case'): string => `roadmaps/${prefix}-${i}.yaml`;

beforeAll(async () => {
  repo = join(mkdtempSync(join(tmpdir(), 'roadmap-editor-')), 'repo');
  expect(runCli(['init', 'repo'], { cwd: join(repo, '..') }).code).toBe(0); // the schemas as init copies them
  const all = [
    ...CASES.map(([, body], i) => [fileOf(i), body.replace(/ID/g, `case-${i}`)] as const),
    ...VALIDATE_ONLY.map(([, body], i) => [fileOf(i, 'only'), body.replace(/ID/g, `only-${i}`)] as const),
  ];
  for (const [file, body] of all) writeFileSync(join(repo, file), MODELINE + body);
  const r = runCli(['validate', '--json', ...all.map(([f]) => f)], { cwd: repo });
  for (const d of (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics)
    validate.set(d.file, [...(validate.get(d.file) ?? []), d]);
  server = new YamlLanguageServer();
  await server.start(repo);
  await Promise.all(
    all.map(async ([file, body]) => editor.set(file, await server.open(join(repo, file), MODELINE + body))),
  );
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the editor (yaml-language-server) and `roadmap validate` agree on a roadmap’s structure', () => {
  it.each(CASES.map(([name, , valid], i) => [name, valid, i] as const))('%s → valid: %s', (_, valid, i) => {
    const file = fileOf(i);
    const byValidate = !hasErrors(validate.get(file) ?? []);
    const byEditor = (editor.get(file) ?? []).length === 0;
    expect(byValidate, JSON.stringify(validate.get(file))).toBe(valid);
    expect(byEditor, JSON.stringify(editor.get(file))).toBe(valid);
  });

  it.each(VALIDATE_ONLY.map(([name], i) => [name, i] as const))(
    '%s: only validate can tell (the editor stays quiet)',
    (_, i) => {
      expect(hasErrors(validate.get(fileOf(i, 'only')) ?? [])).toBe(true);
      expect(editor.get(fileOf(i, 'only'))).toEqual([]);
    },
  );

  it('the editor speaks Russian and shows no internal schema names', () => {
    const messages = [...editor.values()].flat().map((d) => d.message);
    expect(messages.length).toBeGreaterThan(20);
    for (const m of messages) {
      expect(m).toMatch(/[а-яё]/i);
      expect(m).not.toMatch(/__schema|definitions|Property .* is not allowed|Missing property/);
    }
  });

  it('an unknown key is underlined on its own line', () => {
    const i = CASES.findIndex(([name]) => name === 'an unknown key in an item');
    const [d] = editor.get(fileOf(i))!;
    const lines = (MODELINE + CASES[i]![1]).split('\n');
    expect(lines[d!.range.start.line]).toContain('whem');
    expect(d!.message).toContain('Ключи: title, when');
  });

  it('completes an item’s keys with their Russian descriptions', async () => {
    const text = `${MODELINE}${HEAD.replace('ID', 'complete')}sections:\n  - title: Н\n    items:\n      - title: М\n        \n`;
    const file = join(repo, 'roadmaps', 'complete.yaml');
    writeFileSync(file, text);
    await server.open(file, text);
    const line = text.split('\n').length - 2;
    const items = await server.complete(file, line, 8);
    const labels = items.map((i) => i.label);
    for (const key of ['when', 'indicator', 'executors', 'id', 'note', 'items']) expect(labels).toContain(key);
    expect(labels).not.toContain('title'); // already there
    expect(labels.join(' ')).not.toMatch(/__schema/);
    const when = items.find((i) => i.label === 'when')!;
    const doc = typeof when.documentation === 'string' ? when.documentation : (when.documentation?.value ?? '');
    expect(doc).toContain('Срок — ровно как в документе');
  });
});

describe('the period pattern of the schema reads the forms parsePeriod reads', () => {
  it.each([
    '2023',
    '2020-2022',
    '2020 – 2022',
    '2023/2024',
    '2023/24',
    '2023-09-01..2024-08-31',
    ' 2023 ',
    'весь год',
    '23',
    '2023-2024-2025',
    '2023-09-01',
  ])('%s', (text) => {
    expect(new RegExp(PERIOD_PATTERN).test(text)).toBe(parsePeriod(text) !== null);
  });
});
