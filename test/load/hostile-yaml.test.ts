import { describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/api/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const check = (text: string | Uint8Array): Diagnostic[] =>
  compileRoadmap('roadmaps/bad.yaml', typeof text === 'string' ? utf8(text) : text, { uids: false }).diagnostics;
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

const HEAD = 'id: demo\ntitle: Карта\nperiod: "2023"\n';

/** `depth` levels of items, each the only sub-item of the one above. */
function nested(depth: number): string {
  const lines = [HEAD.trimEnd(), 'items:'];
  let indent = '  ';
  for (let d = 0; d < depth; d++) {
    lines.push(`${indent}- title: Уровень ${d + 1}`, `${indent}  when: Март 2023`, `${indent}  items:`);
    indent += '    ';
  }
  lines.push(`${indent}- title: Лист`, `${indent}  when: Март 2023`);
  return `${lines.join('\n')}\n`;
}

describe('aliases and nesting (#15 items 10, 12)', () => {
  it('an alias with no anchor is named as such, where it stands — not an «alias bomb» at 1:1', () => {
    const ds = check(`${HEAD}items:\n  - title: *nope\n    when: Март 2023\n`);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'yaml-alias-undefined', line: 5, column: 12 });
    expect(ds[0]!.message).toContain('*nope');
  });

  it('a self-referential alias is a positioned error, not «Maximum call stack size exceeded»', () => {
    const ds = check(`${HEAD}items: &a\n  - title: А\n    when: Март 2023\n    items: *a\n`);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'yaml-alias-cycle', line: 7, column: 12 });
  });

  it('an alias bomb is still called one, at its first alias', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const [prev, next] = [String.fromCharCode(97 + i), String.fromCharCode(98 + i)];
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const ds = check(`${lines.join('\n')}\n`);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'yaml-alias-bomb', line: 2, column: 8 });
  });

  it.each([
    ['1,000 levels of nested items', nested(1_000)],
    ['30,000 unclosed [', `id: demo\ntitle: ${'['.repeat(30_000)}\n`],
    ['2,000 balanced [ ]', `id: demo\ntitle: ${'['.repeat(2_000)}${']'.repeat(2_000)}\n`],
    ['100 balanced { }', `id: demo\ntitle: ${'{a: '.repeat(100)}1${'}'.repeat(100)}\n`],
  ])('%s: one positioned «too deep» line, not a crash or hundreds of lines', (_name, text) => {
    const ds = check(text);
    expect(codes(ds)).toEqual(['yaml-too-deep']);
    expect(ds[0]!.line).toBeGreaterThan(1);
    expect(ds[0]!.message).not.toMatch(/псевдоним/);
  });

  it('nine levels of sub-items are over the depth limit, at the ninth', () => {
    const ds = check(nested(8));
    expect(codes(ds)).toEqual(['limit-exceeded']);
    expect(ds[0]!.message).toContain('1.1.1.1.1.1.1.1.1');
    expect(ds[0]!.line).toBe(4 + 8 * 3 + 1);
    expect(check(nested(7))).toEqual([]);
  });
});

describe('encodings and characters (#15 items 4, 12)', () => {
  it.each([
    ['UTF-16 LE with BOM', Uint8Array.from([0xff, 0xfe, ...Buffer.from(HEAD, 'utf16le')])],
    ['UTF-16 LE without BOM', Uint8Array.from(Buffer.from(HEAD, 'utf16le'))],
    ['UTF-16 BE', Uint8Array.from(Buffer.from(HEAD, 'utf16le').swap16())],
  ])('%s is named UTF-16, with the fix', (_name, bytes) => {
    const ds = check(bytes);
    expect(codes(ds)).toEqual(['file-utf16']);
    expect(ds[0]!.message).toContain('UTF-8');
  });

  it.each([
    ['\\uFFFE', 'U+FFFE'],
    ['\\uffff', 'U+FFFF'],
    ['\\x01', 'U+0001'],
    ['\\e', 'U+001B'],
    ['\\uD800', 'U+D800'],
    ['\\U0000FFFE', 'U+FFFE'],
  ])('"%s" as a YAML escape is refused at the escape', (escape, name) => {
    const ds = check(`${HEAD}items:\n  - title: "Мероприятие ${escape} здесь"\n    when: Март 2023\n`);
    expect(codes(ds)).toEqual(['text-illegal-char']);
    expect(ds[0]).toMatchObject({ line: 5, column: 25 });
    expect(ds[0]!.message).toContain(name);
    expect(ds[0]!.message).toContain('в мероприятии 1');
  });

  it('a tab, line ends and astral characters are fine', () => {
    expect(check(`${HEAD}items:\n  - title: "А\\tБ\\nВ 😀"\n    when: Март 2023\n`)).toEqual([]);
  });
});
