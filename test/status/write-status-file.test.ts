import { describe, expect, it } from 'vitest';
import type { OccurrenceStatus } from '../../src/model/status.js';
import { parseStatusFile } from '../../src/status/read-status-file.js';
import { StatusFileShapeError, writeStatusFile } from '../../src/status/write-status-file.js';

const ROADMAP = { id: 'fixture', file: 'roadmaps/fixture.yaml' };
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (text: string) => parseStatusFile('s.yaml', enc(text));

function entry(uid: string, deadline: string | null, partial: Partial<OccurrenceStatus> = {}): OccurrenceStatus {
  return { uid, deadline, status: 'выполнено', doneDate: null, evidence: null, comment: null, ...partial };
}
const up = (e: OccurrenceStatus) => ({ entry: e, label: `1.1 Мероприятие ${e.uid}` });

const FILE = `# Ведёт методист.
roadmap: fixture   # не менять
items:
    a@roadmap:      # первое
        2023-03-31:
            status: "в работе"
            comment:    # пока пусто

    # второе
    b@roadmap:
        undated:
            status: не начато
            evidence:
# конец файла
`;

/** Values a methodist types into a tracker cell: YAML punctuation, quotes, line breaks, number-like text. */
const AWKWARD = [
  'Приказ № 15-од: «О плане» # черновик',
  'it\'s "quoted"',
  '- не пункт списка',
  'первая строка\nвторая: строка\n  с отступом',
  'строка с пробелом в конце ',
  '1.10',
  'true',
  '@школа',
  '{не словарь}',
  '',
];

describe('writing a status file', () => {
  it('edits a value in place: comments, blank lines, indentation and quotes stay byte for byte', () => {
    const text = writeStatusFile(FILE, [up(entry('a@roadmap', '2023-03-31'))], ROADMAP);
    expect(text).toBe(FILE.replace('status: "в работе"', 'status: "выполнено"'));
  });

  // #16: a record copied from a feed with a UID domain (config uidDomain) is the same item as `…@roadmap`
  it('edits a record written under another UID domain instead of adding the item again', () => {
    const file = FILE.replace('a@roadmap:', 'a@uo.example.ru:');
    const text = writeStatusFile(file, [up(entry('a@roadmap', '2023-03-31', { comment: 'готово' }))], ROADMAP);
    expect(text).toBe(
      file.replace('status: "в работе"', 'status: "выполнено"').replace('comment:    #', 'comment: готово    #'),
    );
    expect(read(text).book.get('a@roadmap#2023-03-31')?.status).toBe('выполнено');
  });

  it('keeps a BOM and CRLF line ends, also in the lines it adds', () => {
    const crlf = `\uFEFF${FILE.replace(/\n/g, '\r\n')}`;
    const updates = [
      up(entry('a@roadmap', '2023-03-31', { comment: 'две\nстроки' })),
      up(entry('c@roadmap', null, { evidence: 'Приказ' })),
    ];
    const text = writeStatusFile(crlf, updates, ROADMAP);
    expect(text.startsWith('\uFEFF# Ведёт методист.\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('# конец файла\r\n');
    const { book, diagnostics } = read(text);
    expect(diagnostics).toEqual([]);
    expect(book.get('a@roadmap#2023-03-31')?.comment).toBe('две\nстроки');
    expect(book.get('c@roadmap#undated')?.evidence).toBe('Приказ');
  });

  it('fills an empty value on its own line, keeping the comment after it', () => {
    const text = writeStatusFile(
      FILE,
      [up(entry('a@roadmap', '2023-03-31', { status: 'в работе', comment: 'уточнить' }))],
      ROADMAP,
    );
    expect(text).toBe(FILE.replace('comment:    # пока пусто', 'comment: уточнить    # пока пусто'));
  });

  it("adds fields, occurrences and items in the file's own indentation and comment spacing", () => {
    const updates = [
      up(entry('b@roadmap', null, { status: 'в работе', doneDate: '2023-05-01' })),
      up(entry('b@roadmap', '2023-12-31')),
      up(entry('c@roadmap', '2024-01-31', { status: 'не выполнено' })),
    ];
    const text = writeStatusFile(FILE, updates, ROADMAP);
    expect(text).toBe(
      FILE.replace(
        '            evidence:\n',
        '            evidence:\n            done: 2023-05-01\n        2023-12-31:\n            status: выполнено\n',
      )
        .replace('            status: не начато', '            status: в работе')
        .replace(
          '# конец файла',
          '    c@roadmap:      # 1.1 Мероприятие c@roadmap\n        2024-01-31:\n            status: не выполнено\n# конец файла',
        ),
    );
  });

  it('writes values with YAML punctuation, quotes and line breaks so that they read back the same', () => {
    const existing = writeStatusFile(
      FILE,
      AWKWARD.map((comment, i) =>
        up(entry(`n${i}@roadmap`, null, { comment: comment || null, evidence: comment || null })),
      ),
      ROADMAP,
    );
    const fresh = writeStatusFile(
      null,
      AWKWARD.map((comment, i) => up(entry(`n${i}@roadmap`, '2023-03-31', { comment, evidence: comment }))),
      ROADMAP,
    );
    for (const text of [existing, fresh]) expect(read(text).diagnostics).toEqual([]);
    AWKWARD.forEach((value, i) => {
      const want = value === '' ? null : value;
      expect(read(existing).book.get(`n${i}@roadmap#undated`)?.comment, value).toBe(want);
      expect(read(fresh).book.get(`n${i}@roadmap#2023-03-31`)?.evidence, value).toBe(want);
    });
    for (const value of AWKWARD) {
      const text = writeStatusFile(
        FILE,
        [up(entry('a@roadmap', '2023-03-31', { comment: value, evidence: value }))],
        ROADMAP,
      );
      const got = read(text).book.get('a@roadmap#2023-03-31')!;
      expect([got.comment, got.evidence], JSON.stringify(value)).toEqual([value || null, value || null]);
      // Only the edited occurrence changed: everything after it is as it was.
      expect(text.endsWith(FILE.slice(FILE.indexOf('\n    # второе')))).toBe(true);
    }
  });

  it('writes a label with YAML punctuation as a one-line comment', () => {
    const text = writeStatusFile(
      null,
      [{ entry: entry('a@roadmap', null), label: '1.1 План: «старт»\n# и т. д.' }],
      ROADMAP,
    );
    expect(text).toContain('  a@roadmap:  # 1.1 План: «старт» # и т. д.\n');
    expect(read(text).book.get('a@roadmap#undated')?.status).toBe('выполнено');
  });

  it('creates «items:» in a file that has none, and fills an empty one', () => {
    expect(writeStatusFile('roadmap: fixture\n', [up(entry('a@roadmap', null))], ROADMAP)).toBe(
      'roadmap: fixture\nitems:\n  a@roadmap:  # 1.1 Мероприятие a@roadmap\n    undated:\n      status: выполнено\n',
    );
    expect(writeStatusFile('roadmap: fixture\nitems:   # пока ничего', [up(entry('a@roadmap', null))], ROADMAP)).toBe(
      'roadmap: fixture\nitems:   # пока ничего\n  a@roadmap:  # 1.1 Мероприятие a@roadmap\n    undated:\n      status: выполнено\n',
    );
  });

  it('refuses to rewrite a file it cannot read', () => {
    for (const broken of ['items: [a, b]\n', '- a\n', 'items:\n  a: 1\n  a: 2\n', 'roadmap: x\n---\nroadmap: y\n']) {
      expect(() => writeStatusFile(broken, [up(entry('a@roadmap', null))], ROADMAP), broken).toThrow(
        StatusFileShapeError,
      );
    }
  });
});
