import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, stringify, type Node } from 'yaml';
import { loadYamlDocument, loadYamlText } from '../../src/load/load-yaml.js';
import { pathKey, readSimpleYaml, type SimpleYaml } from '../../src/load/simple-yaml.js';
import { exampleRoadmap } from '../../src/project/init/example-roadmap.js';
import { CONFIG_FILE_TEXT } from '../../src/project/init/config-file.js';
import { REPO } from '../helpers/cli.js';
import { prng } from '../helpers/prng.js';

/**
 * The fast reader must agree with the `yaml` library whenever it answers: same data (numbers kept as text),
 * same positions. Whenever it is unsure it must give up, and the library reads the file.
 */

function library(text: string) {
  const { loaded, diagnostics } = loadYamlDocument('x.yaml', Buffer.from(text, 'utf8'));
  return { loaded, errors: diagnostics.filter((d) => d.severity === 'error') };
}

/** Every node of the library's document against the fast reader's spans and key offsets. */
function positionMismatches(text: string, fast: SimpleYaml): string[] {
  const { loaded } = library(text);
  const out: string[] = [];
  const walk = (node: Node, path: PropertyKey[]): void => {
    const span = fast.values.get(pathKey(path));
    if (!span || !node.range || span.start !== node.range[0]) out.push(`${path.join('.')}: start ${span?.start} ≠ ${node.range?.[0]}`);
    if (isScalar(node)) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
      if (span && span.quoted !== quoted) out.push(`${path.join('.')}: quoted ${span.quoted} ≠ ${quoted}`);
      const multiline = text.slice(node.range![0], node.range![1]).includes('\n');
      if (span && !multiline && span.end !== node.range![1]) out.push(`${path.join('.')}: end ${span.end} ≠ ${node.range![1]}`);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node & { source?: string; value?: unknown };
        const name = String(isScalar(key) ? (key.source ?? key.value) : key);
        const offset = fast.keys.get(pathKey([...path, name]));
        if (offset !== key.range?.[0]) out.push(`${[...path, name].join('.')}: key ${offset} ≠ ${key.range?.[0]}`);
        walk(pair.value as Node, [...path, name]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, [...path, i]));
    }
  };
  walk(loaded!.doc.contents as Node, []);
  return out;
}

function expectAgreement(text: string): boolean {
  const fast = readSimpleYaml(text);
  if (!fast) return false;
  const { loaded, errors } = library(text);
  expect(errors, text).toEqual([]);
  expect(fast.data, text).toEqual(loaded!.data);
  expect(positionMismatches(text, fast), text).toEqual([]);
  return true;
}

describe('fast YAML reader', () => {
  const files = [
    'roadmaps/msoko-bashmakovo.yaml',
    'roadmaps/500plus-lysogorsk.yaml',
    'templates/msoko.yaml',
    'templates/500plus.yaml',
    'templates/classic.yaml',
  ];

  it.each(files)('reads %s itself, with the same data and positions as the yaml library', (file) => {
    const text = readFileSync(join(REPO, file), 'utf8');
    // The seeds and templates are what every validate reads: they must take the fast path.
    expect(expectAgreement(text)).toBe(true);
  });

  it('reads the files `roadmap init` writes', () => {
    expect(expectAgreement(exampleRoadmap(2026))).toBe(true);
    expect(expectAgreement(CONFIG_FILE_TEXT)).toBe(true);
  });

  it.each([
    ['plain values', 'a: b\nc: текст со «скобками», (и) [квадратными]\n', { a: 'b', c: 'текст со «скобками», (и) [квадратными]' }],
    ['numbers stay as written', 'n: 1.10\ny: 2023\nz: -0.50\nh: 0x1F\n', { n: '1.10', y: '2023', z: '-0.50', h: '0x1F' }],
    ['null and booleans', 'a:\nb: ~\nc: null\nd: true\ne: False\n', { a: null, b: null, c: null, d: true, e: false }],
    ['comments', '# top\na: b # tail\n  # indented\nc: d#not-a-comment\n', { a: 'b', c: 'd#not-a-comment' }],
    ['quoted', `a: "x: y # z"\nb: 'it''s'\nc: ""\n`, { a: 'x: y # z', b: "it's", c: '' }],
    ['flow sequence', 'a: [oo, schools]\nb: []\nc: [Отдел образования, 1.5]\n', { a: ['oo', 'schools'], b: [], c: ['Отдел образования', '1.5'] }],
    ['flow mapping', 'font: { name: Times New Roman, size: 12 }\ncol: {header: "№ п/п", w: \'14mm\'}\n', { font: { name: 'Times New Roman', size: '12' }, col: { header: '№ п/п', w: '14mm' } }],
    ['sequence at the key column', 'items:\n- a\n- b\nnext: c\n', { items: ['a', 'b'], next: 'c' }],
    ['compact mappings in sequences', 'items:\n  - title: x\n    when: y\n  -   title: z\n', { items: [{ title: 'x', when: 'y' }, { title: 'z' }] }],
    ['empty items', 'a:\n  -\n  - b\n', { a: [null, 'b'] }],
    ['empty values followed by spaces or a comment', 'a:   \nb: # пусто\nc:\n  -    # пусто\n  -   \n', { a: null, b: null, c: [null, null] }],
    ['literal blocks', 'a: |\n  one\n\n  # two\n    three\n\n\nb: |-\n  x\nc: |\n  last', { a: 'one\n\n# two\n  three\n', b: 'x', c: 'last\n' }],
    ['CRLF line ends', 'a: b\r\nc:\r\n  - d\r\n', { a: 'b', c: ['d'] }],
  ])('%s', (_name, text, data) => {
    expect(readSimpleYaml(text)?.data).toEqual(data);
    expect(expectAgreement(text)).toBe(true);
  });

  it.each([
    ['an anchor', 'a: &x b\nc: *x\n'],
    ['a multi-line plain scalar', 'a: first\n  second\n'],
    ['a multi-line quoted scalar', 'a: "first\n  second"\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a folded block', 'a: >\n  x\n'],
    ['a block with kept ends', 'a: |+\n  x\n\n'],
    ['a tab', 'a:\n\t- b\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a bad indent', 'a:\n    b: 1\n  c: 2\n'],
    ['a document marker', '---\na: b\n'],
    ['a nested flow collection', 'a: {b: [c]}\n'],
    ['a trailing comma in a flow collection', 'a: [b, c, ]\n'],
    ['a quoted key', '"a": b\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a list at the top', '- a\n'],
    ['an unclosed quote', 'a: "b\n'],
    ['an escape in a flow item', 'a: ["b\\n"]\n'],
    ['a __proto__ key', '__proto__: x\n'],
    ['number keys (YAML compares 1 and 01 as numbers)', 'executors:\n  1: Школа 1\n  01: Школа 01\n'],
    ['a key over 1024 characters', `${'k'.repeat(1025)}: v\n`],
  ])('gives up on %s (the yaml library reads it)', (_name, text) => {
    expect(readSimpleYaml(text)).toBeNull();
  });

  it('gives the same diagnostics positions through either reader', () => {
    // A file the fast reader takes: an unknown key and a missing value are placed where the library puts them.
    const text = 'id: x\ntitle: T\nperiod: "2023"\nitems:\n  - title: a\n    whem: Май\n  - title: b\n    when:\n';
    const fast = loadYamlText('x.yaml', text).loaded!;
    const slow = library(text).loaded!;
    for (const path of [['items', 0, 'whem'], ['items', 1, 'when'], ['items', 1, 'missing'], ['period'], []]) {
      expect(fast.source.span(path), String(path)).toEqual(slow.source.span(path));
    }
    expect(fast.source.keyStart(['items', 0], 'whem')).toBe(slow.source.keyStart(['items', 0], 'whem'));
    expect(fast.source.linePos(text.indexOf('whem'))).toEqual(slow.source.linePos(text.indexOf('whem')));
  });

  it('agrees with the yaml library on generated and mangled documents', () => {
    const random = prng(20261123);
    let fastPath = 0;
    let total = 0;
    for (let n = 0; n < 400; n++) {
      const value = randomMap(random, 0);
      const texts = [
        stringify(value, { indent: 2, lineWidth: 0 }),
        stringify(value, { indent: 4, indentSeq: false, lineWidth: 0 }),
        stringify(value, { lineWidth: 30, minContentWidth: 10 }),
        stringify(value, { flowCollectionPadding: false, collectionStyle: random() < 0.3 ? 'flow' : 'any', lineWidth: 0 }),
      ];
      for (const text of texts) {
        for (const variant of [text, mangle(text, random), mangle(text, random), text.replace(/\n/g, '\r\n')]) {
          total++;
          if (expectAgreement(variant)) fastPath++;
        }
      }
    }
    // The generator must keep exercising the fast path, not only the give-ups.
    expect(fastPath / total).toBeGreaterThan(0.3);
  });
});

type Random = () => number;


const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const KEYS = ['id', 'title', 'when', 'items', 'executors', 'oo', 'general-schools', '1.10', '2023', 'ключ', 'a_b', 'x.y'];
const WORDS = [
  'Сентябрь ежегодно', 'Март-апрель 2023', 'Ежеквартально', 'В соответствии с графиком', 'oo', '1.10', '2023', '-5', '0x1F',
  'true', 'null', '~', 'Нет', 'yes', 'a: b', 'C#', 'x #y', '«кавычки»', "it's", 'say "hi"', '[не список]', '- не пункт', '#хэш',
  'двоеточие:', ':начало', '?вопрос', 'конец ', ' начало', '', 'a\\b', '@at', '%pct', '10:00', 'строка\nвторая', 'a\n\nb\n', 'x\n  y',
];

function randomValue(random: Random, depth: number): unknown {
  const r = random();
  if (depth < 3 && r < 0.2) return randomMap(random, depth + 1);
  if (depth < 3 && r < 0.35) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
  if (r < 0.4) return pick(random, [1, 2.5, true, false, null]);
  return pick(random, WORDS);
}

function randomMap(random: Random, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) out[pick(random, KEYS)] = randomValue(random, depth);
  return out;
}

/** Small edits a person makes by hand: shifted lines, comments, blank lines, stray spaces, lost lines. */
function mangle(text: string, random: Random): string {
  const lines = text.split('\n');
  const at = Math.floor(random() * lines.length);
  const line = lines[at] ?? '';
  const edits: Array<() => void> = [
    () => (lines[at] = ` ${line}`),
    () => (lines[at] = line.replace(/^ {1,2}/, '')),
    () => (lines[at] = `${line} # заметка`),
    () => (lines[at] = `${line}   `),
    () => lines.splice(at, 0, ''),
    () => lines.splice(at, 0, '    '),
    () => lines.splice(at, 0, '# комментарий'),
    () => lines.splice(at, 1),
    () => lines.splice(at, 0, line),
    () => (lines[at] = line.replace(': ', ':  ')),
    () => (lines[at] = line.replace(/: (.*)$/, ': "$1"')),
    () => (lines[at] = line.replace(/: (.*)$/, ": '$1'")),
    () => (lines[at] = line.replace('- ', '-   ')),
    () => (lines[at] = line.replace(/: .*$/, ':   ')),
    () => (lines[at] = line.replace(/: .*$/, ': # пусто')),
  ];
  pick(random, edits)();
  return lines.join('\n');
}
