import { describe, expect, it } from 'vitest';
import type { OccurrenceStatus } from '../../src/model/status.js';
import { parseStatusFile } from '../../src/status/read-status-file.js';
import { statusFilePath } from '../../src/status/status-file.js';
import { writeStatusFile } from '../../src/status/write-status-file.js';

const ROADMAP = { id: 'fixture', file: 'roadmaps/fixture.yaml' };
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function entry(uid: string, deadline: string | null, partial: Partial<OccurrenceStatus> = {}): OccurrenceStatus {
  return { uid, deadline, status: 'выполнено', doneDate: null, evidence: null, comment: null, ...partial };
}
const up = (e: OccurrenceStatus) => ({ entry: e, label: `1.1 Мероприятие ${e.uid}` });

const EXISTING = `# Статусы, которые ведёт методист — этот комментарий должен остаться.
roadmap: fixture
items:
  a@roadmap:   # 1 Разработка плана
    2023-03-31:
      status: в работе   # уточнить у школ
      comment: 'старый: комментарий'
    undated:
      status: выполнено

  # второе мероприятие
  b@roadmap:
    2023-06-30:
      status: не выполнено
`;

describe('status file', () => {
  it('with «items:» and nothing under it yet is simply empty, without a warning', () => {
    const { book, diagnostics } = parseStatusFile('s.yaml', enc('roadmap: fixture\nitems:\n'), 'fixture');
    expect(diagnostics).toEqual([]);
    expect(book.size).toBe(0);
  });

  it("copied from another roadmap is reported at its «roadmap:» line; its own roadmap's file is not", () => {
    const other = parseStatusFile('s.yaml', enc(EXISTING), 'msoko-bashmakovo');
    expect(other.diagnostics.map((d) => [d.code, d.line, d.severity])).toEqual([
      ['status-file-other-roadmap', 2, 'warning'],
    ]);
    expect(other.diagnostics[0]!.message).toContain('«fixture»');
    expect(other.book.size).toBe(3);
    expect(parseStatusFile('s.yaml', enc(EXISTING), 'fixture').diagnostics).toEqual([]);
  });

  it('lives beside the roadmap', () => {
    expect(statusFilePath('roadmaps/msoko.yaml')).toBe('roadmaps/msoko.status.yaml');
    expect(statusFilePath('a/b.yml')).toBe('a/b.status.yaml');
  });

  it('is created when absent and reads back the same statuses', () => {
    const e1 = entry('a@roadmap', '2023-03-31', {
      doneDate: '2023-03-20',
      evidence: 'https://школа.рф/отчёт?id=1#x',
      comment: '=SUM(A1) — не формула',
    });
    const e2 = entry('a@roadmap', null, { status: 'в работе', comment: 'yes' });
    const text = writeStatusFile(null, [up(e1), up(e2)], ROADMAP);
    expect(text).toContain('a@roadmap:  # 1.1 Мероприятие a@roadmap');
    const { book, diagnostics } = parseStatusFile('s.yaml', enc(text));
    expect(diagnostics).toEqual([]);
    expect(book.get('a@roadmap#2023-03-31')).toEqual(e1);
    expect(book.get('a@roadmap#undated')).toEqual(e2);
  });

  it('changes only the edited value: comments, quoting and blank lines stay byte for byte', () => {
    const text = writeStatusFile(
      EXISTING,
      [up(entry('a@roadmap', '2023-03-31', { comment: 'старый: комментарий' }))],
      ROADMAP,
    );
    expect(text).toBe(EXISTING.replace('status: в работе   # уточнить', 'status: выполнено   # уточнить'));
  });

  it('leaves the file untouched when nothing changed', () => {
    const same = [up(entry('a@roadmap', null)), up(entry('b@roadmap', '2023-06-30', { status: 'не выполнено' }))];
    expect(writeStatusFile(EXISTING, same, ROADMAP)).toBe(EXISTING);
  });

  it('adds new fields, occurrences and items as new lines without disturbing the rest', () => {
    const updates = [
      up(entry('a@roadmap', null, { doneDate: '2023-02-01' })),
      up(entry('b@roadmap', '2023-09-30', { status: 'в работе' })),
      up(entry('c@roadmap', '2023-12-31', { evidence: 'Приказ № 15-од' })),
      up(entry('d@roadmap', '2023-12-31', { status: 'не начато' })),
    ];
    const text = writeStatusFile(EXISTING, updates, ROADMAP);
    for (const line of EXISTING.split('\n')) expect(text).toContain(line);
    const { book, diagnostics } = parseStatusFile('s.yaml', enc(text));
    expect(diagnostics).toEqual([]);
    expect(book.get('a@roadmap#undated')?.doneDate).toBe('2023-02-01');
    expect(book.get('a@roadmap#2023-03-31')?.status).toBe('в работе');
    expect(book.get('b@roadmap#2023-09-30')?.status).toBe('в работе');
    expect(book.get('b@roadmap#2023-06-30')?.status).toBe('не выполнено');
    expect(book.get('c@roadmap#2023-12-31')?.evidence).toBe('Приказ № 15-од');
    // An untouched occurrence is not worth an entry.
    expect(book.has('d@roadmap#2023-12-31')).toBe(false);
  });

  it('keeps a BOM and CRLF line ends', () => {
    const crlf = `\uFEFF${EXISTING.replace(/\n/g, '\r\n')}`;
    const text = writeStatusFile(crlf, [up(entry('b@roadmap', '2023-09-30'))], ROADMAP);
    expect(text.startsWith('\uFEFF# Статусы')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseStatusFile('s.yaml', enc(text)).book.get('b@roadmap#2023-09-30')?.status).toBe('выполнено');
  });

  it('clears a value that was emptied in the tracker', () => {
    const text = writeStatusFile(EXISTING, [up(entry('a@roadmap', '2023-03-31', { status: 'в работе' }))], ROADMAP);
    expect(parseStatusFile('s.yaml', enc(text)).book.get('a@roadmap#2023-03-31')?.comment).toBeNull();
  });

  it('warns about an unknown status and keeps reading the rest', () => {
    const { book, diagnostics } = parseStatusFile('s.yaml', enc(EXISTING.replace('не выполнено', 'сделано')));
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['status-file-invalid', 14]]);
    expect(book.size).toBe(2);
  });
});
