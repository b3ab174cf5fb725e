import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/load/load-yaml.js';
import { validateRoadmap } from '../../src/validate/validate.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Windows-1251, the encoding Notepad and old Word use for Russian text. */
function cp1251(s: string): Uint8Array {
  return Uint8Array.from(
    [...s].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (c === 0x401) return 0xa8;
      if (c === 0x451) return 0xb8;
      return 0x3f;
    }),
  );
}

function check(bytes: Uint8Array): Diagnostic[] {
  const { loaded, diagnostics } = loadYaml('roadmaps/bad.yaml', bytes);
  if (!loaded) return diagnostics;
  return [...diagnostics, ...validateRoadmap(loaded).diagnostics];
}

const VALID = `id: demo
title: Дорожная карта
period: "2023"
sections:
  - title: Направление «Один»
    items:
      - title: Мероприятие
        when: Март 2023
`;

describe('YAML problems are positioned Russian diagnostics', () => {
  it.each([
    ['syntax', 'id: demo\ntitle: "не закрыта кавычка\nperiod: 2023\n', 'yaml-syntax', 2],
    ['duplicate key', 'id: demo\ntitle: А\ntitle: Б\nperiod: "2023"\n', 'yaml-duplicate-key', 3],
    ['tab indentation', 'id: demo\nsections:\n\t- title: А\n', 'yaml-tab-indent', 3],
    ['empty file', '', 'file-empty', 1],
    ['only comments', '# пусто\n# совсем\n', 'file-empty', 1],
    ['a list instead of a roadmap', '- a\n- b\n', 'yaml-not-mapping', 1],
  ])('%s', (_name, text, code, line) => {
    const diagnostics = check(utf8(text));
    const d = diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(diagnostics)).toBeDefined();
    expect(d!.severity).toBe('error');
    expect(d!.line).toBe(line);
    expect(d!.column).toBeGreaterThan(0);
    expect(d!.message).toMatch(/[а-яё]/i);
  });

  it('an alias bomb is refused without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const diagnostics = check(utf8(`${lines.join('\n')}\n`));
    expect(diagnostics.map((d) => d.code)).toContain('yaml-alias-bomb');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a cp1251 file is reported with the line of the first Russian letter', () => {
    const diagnostics = check(cp1251('id: demo\ntitle: Дорожная карта\n'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'file-not-utf8', line: 2, column: 8 });
    expect(diagnostics[0]!.message).toContain('UTF-8');
  });

  it('U+FFFE / U+FFFF (which no DOCX or XLSX can hold) are reported where they stand', () => {
    for (const [ch, code] of [
      ['\uFFFE', 'U+FFFE'],
      ['\uFFFF', 'U+FFFF'],
    ] as const) {
      const diagnostics = check(utf8(`id: demo\ntitle: Дорожная${ch} карта\n`));
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ code: 'file-noncharacter', severity: 'error', line: 2, column: 16 });
      expect(diagnostics[0]!.message).toContain(code);
    }
  });

  it('binary junk is not parsed', () => {
    const junk = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(check(junk).map((d) => d.code)).toEqual(['file-binary']);
  });

  it('a UTF-8 BOM and CRLF line ends are valid', () => {
    const text = VALID.replace(/\n/g, '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(check(bytes)).toEqual([]);
  });
});

describe('schema problems point at the key and speak Russian', () => {
  it('an unknown key suggests the closest known one', () => {
    const diagnostics = check(
      utf8(VALID.replace('        when: Март 2023', '        when: Март 2023\n        indicater: Отчёт')),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema-unknown-key', line: 9, column: 9 });
    expect(diagnostics[0]!.hint).toContain('indicator');
    expect(diagnostics[0]!.message).toContain('в мероприятии 1 направления 1');
  });

  it('a missing title names the field and the item', () => {
    const diagnostics = check(utf8(VALID.replace('      - title: Мероприятие\n        when:', '      - when:')));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema-missing', line: 7 });
    expect(diagnostics[0]!.message).toContain('«title»');
  });

  it('a wrong type says what is expected', () => {
    const diagnostics = check(utf8(VALID.replace('sections:\n  - title', 'sections:\n  - title: [1, 2]\n    x_title')));
    const d = diagnostics.find((x) => x.code === 'schema-type');
    expect(d).toBeDefined();
    expect(d!.line).toBe(5);
    expect(d!.message).toContain('строка');
  });

  it('an item number like 1.10 stays text', () => {
    const { loaded } = loadYaml(
      'x.yaml',
      utf8(VALID.replace('      - title: Мероприятие', '      - number: 1.10\n        title: Мероприятие')),
    );
    const result = validateRoadmap(loaded!);
    expect(result.diagnostics).toEqual([]);
    expect(result.roadmap!.sections![0]!.items[0]!.number).toBe('1.10');
    expect(result.roadmap!.period).toBe('2023');
  });

  it('sections and items together are refused', () => {
    const text = `${VALID}items:\n  - title: А\n    when: Март 2023\n`;
    expect(check(utf8(text)).map((d) => d.code)).toEqual(['schema-sections-and-items']);
  });

  it('an empty list entry is called what it is, not a missing field', () => {
    const diagnostics = check(utf8(VALID.replace('sections:\n', 'sections:\n  -\n')));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'schema-type', line: 5 });
    expect(diagnostics[0]!.message).toContain('пустое место');
  });

  it('a section without items is a warning, and the roadmap still compiles', () => {
    const { loaded } = loadYaml('x.yaml', utf8(`${VALID}  - title: Пустое направление\n    items: []\n`));
    const result = validateRoadmap(loaded!);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['schema-empty-section', 'warning', 9],
    ]);
    expect(result.roadmap).not.toBeNull();
  });
});
