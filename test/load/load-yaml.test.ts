import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { loadYaml, loadYamlText } from '../../src/load/load-yaml.js';
import { keyPositionOf, positionInScalar, positionOf } from '../../src/load/positions.js';
import { CONFIG_FILE_TEXT } from '../../src/project/init/config-file.js';
import { exampleRoadmap } from '../../src/project/init/example-roadmap.js';
import { REPO } from '../helpers/cli.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const data = (text: string): unknown => loadYamlText('x.yaml', text).loaded?.data;
/** What the user sees: `file:line:col: ошибка: … [code]`. */
const printed = (text: string | Uint8Array): string[] =>
  loadYaml('roadmaps/x.yaml', typeof text === 'string' ? utf8(text) : text).diagnostics.map((d) => formatDiagnostic(d));

describe('loading YAML', () => {
  it.each([
    'roadmaps/msoko-bashmakovo.yaml',
    'roadmaps/500plus-lysogorsk.yaml',
    'templates/msoko.yaml',
    'templates/500plus.yaml',
    'templates/classic.yaml',
  ])('reads %s without a diagnostic', (file) => {
    const { loaded, diagnostics } = loadYaml(file, readFileSync(join(REPO, file)));
    expect(diagnostics).toEqual([]);
    expect(loaded?.data).toBeTypeOf('object');
  });

  it('reads the files `roadmap init` writes', () => {
    for (const text of [exampleRoadmap(2026), CONFIG_FILE_TEXT])
      expect(loadYamlText('x.yaml', text).diagnostics).toEqual([]);
  });

  it.each([
    [
      'numbers stay as written',
      'n: 1.10\ny: 2023\nz: -0.50\nh: 0x1F\ne: 1e3\n',
      { n: '1.10', y: '2023', z: '-0.50', h: '0x1F', e: '1e3' },
    ],
    ['number keys stay as written', 'executors:\n  1.10: a\n  007: b\n', { executors: { '1.10': 'a', '007': 'b' } }],
    ['numbers inside lists and flow collections', 'a: [1.10, 2.0]\nb:\n  - 010\n', { a: ['1.10', '2.0'], b: ['010'] }],
    ['null and booleans', 'a:\nb: ~\nc: null\nd: true\ne: False\n', { a: null, b: null, c: null, d: true, e: false }],
    ['comments', '# top\na: b # tail\n  # indented\nc: d#not-a-comment\n', { a: 'b', c: 'd#not-a-comment' }],
    ['quoted', `a: "x: y # z"\nb: 'it''s'\nc: ""\nd: "1.10"\n`, { a: 'x: y # z', b: "it's", c: '', d: '1.10' }],
    ['flow mapping', 'font: { name: Times New Roman, size: 12 }\n', { font: { name: 'Times New Roman', size: '12' } }],
    ['literal and folded blocks', 'a: |\n  one\n\n    two\nb: >-\n  x\n  y\n', { a: 'one\n\n  two\n', b: 'x y' }],
    ['multi-line scalars', 'a: first\n  second\nb: "x\n  y"\n', { a: 'first second', b: 'x y' }],
    ['anchors and aliases', 'a: &x Отдел\nb: *x\n', { a: 'Отдел', b: 'Отдел' }],
    ['CRLF line ends', 'a: b\r\nc:\r\n  - d\r\n', { a: 'b', c: ['d'] }],
  ])('%s', (_name, text, expected) => {
    expect(data(text)).toEqual(expected);
  });

  it('drops a UTF-8 BOM', () => {
    expect(loadYaml('x.yaml', utf8('\uFEFFa: b\n')).loaded?.data).toEqual({ a: 'b' });
  });
});

describe('YAML errors are printed at file:line:col', () => {
  it.each([
    [
      'a duplicate key, named',
      'id: demo\ntitle: А\ntitle: Б\n',
      'roadmaps/x.yaml:3:1: ошибка: Ключ «title» повторяется',
      'yaml-duplicate-key',
    ],
    [
      'number keys that YAML compares as numbers',
      'executors:\n  1: Школа 1\n  01: Школа 01\n',
      'roadmaps/x.yaml:3:3: ошибка: Ключ «01» повторяется',
      'yaml-duplicate-key',
    ],
    [
      'a tab in the indentation',
      'id: demo\nsections:\n\t- title: А\n',
      'roadmaps/x.yaml:3:1: ошибка: Отступ сделан табуляцией',
      'yaml-tab-indent',
    ],
    [
      'an unclosed quote, at the opening quote',
      'id: demo\ntitle: "не закрыта\nperiod: 2023\n',
      'roadmaps/x.yaml:2:8: ошибка: Ошибка синтаксиса YAML: кавычка открыта',
      'yaml-syntax',
    ],
    [
      'two documents',
      'id: a\n---\nid: b\n',
      'roadmaps/x.yaml:2:1: ошибка: В файле несколько документов YAML',
      'yaml-multiple-documents',
    ],
    [
      'a list instead of a mapping',
      '# карта\n- a\n',
      'roadmaps/x.yaml:2:1: ошибка: Дорожная карта должна начинаться с ключей',
      'yaml-not-mapping',
    ],
    ['an empty file', '# только комментарий\n', 'roadmaps/x.yaml:1:1: ошибка: Файл пуст', 'file-empty'],
    [
      'a bad indent',
      'a:\n    b: 1\n  c: 2\n',
      'roadmaps/x.yaml:3:1: ошибка: Ошибка синтаксиса YAML: неверный отступ',
      'yaml-syntax',
    ],
  ])('%s', (_name, text, start, code) => {
    const lines = printed(text);
    expect(
      lines.some((l) => l.startsWith(start) && l.endsWith(`[${code}]`)),
      lines.join('\n'),
    ).toBe(true);
  });

  it('an alias bomb is refused', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    expect(printed(`${lines.join('\n')}\n`).join('\n')).toContain('[yaml-alias-bomb]');
  });

  it('a file that is not UTF-8 is pointed at its first bad byte', () => {
    const bytes = Uint8Array.from([...utf8('id: demo\ntitle: '), 0xc4, 0xee, 0xf0, 0x0a]);
    expect(printed(bytes)).toEqual([
      expect.stringMatching(/^roadmaps\/x\.yaml:2:8: ошибка: .*UTF-8.*\[file-not-utf8\]$/),
    ]);
  });
});

describe('positions of values', () => {
  const text = 'id: x\ntitle: "Т"\nitems:\n  - title: a\n    whem: Май\n  - title: b\n    when:\n    note: \'текст\'\n';
  const loaded = loadYamlText('x.yaml', text).loaded!;

  it('point at a value, an unknown key, or the nearest value that exists', () => {
    expect(positionOf(loaded, ['items', 0, 'whem'])).toEqual({ line: 5, column: 11 });
    expect(keyPositionOf(loaded, ['items', 0], 'whem')).toEqual({ line: 5, column: 5 });
    expect(positionOf(loaded, ['items', 1, 'missing'])).toEqual({ line: 6, column: 5 });
    expect(positionOf(loaded, ['items', 5, 'title'])).toEqual({ line: 4, column: 3 });
    expect(positionOf(loaded, [])).toEqual({ line: 1, column: 1 });
  });

  it('point at the end of the line for an empty value', () => {
    expect(positionOf(loaded, ['items', 1, 'when'])).toEqual({ line: 7, column: 10 });
  });

  it('point inside a one-line scalar, past its quote', () => {
    expect(positionInScalar(loaded, ['items', 0, 'whem'], 1)).toEqual({ line: 5, column: 12 });
    expect(positionInScalar(loaded, ['items', 1, 'note'], 2)).toEqual({ line: 8, column: 14 });
    expect(positionInScalar(loaded, ['title'], 0)).toEqual({ line: 2, column: 8 });
  });

  it('count lines the same with CRLF line ends and a BOM', () => {
    const crlf = loadYaml('x.yaml', utf8(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).loaded!;
    expect(keyPositionOf(crlf, ['items', 0], 'whem')).toEqual({ line: 5, column: 5 });
    expect(positionInScalar(crlf, ['items', 1, 'note'], 2)).toEqual({ line: 8, column: 14 });
  });
});
