import { describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/api/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const check = (text: string): Diagnostic[] =>
  compileRoadmap('roadmaps/big.yaml', utf8(text), { uids: false }).diagnostics.filter((d) => d.severity === 'error');
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

function roadmap(items: string[], head: { id?: string; period?: string; extra?: string } = {}): string {
  return [
    `id: ${head.id ?? 'demo'}`,
    'title: Карта',
    `period: "${head.period ?? '2023'}"`,
    ...(head.extra ? [head.extra] : []),
    'items:',
    ...items,
    '',
  ].join('\n');
}
const item = (title: string, when = 'Март 2023', more: string[] = []) => [
  `  - title: ${title}`,
  `    when: ${when}`,
  ...more.map((m) => `    ${m}`),
];

describe('validate reports every limit the build would meet, at its place (#15 item 9)', () => {
  it('20,000 executors on one item', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => `"Школа № ${i + 1}"`).join(', ');
    const ds = check(roadmap(item('Мероприятие', 'Март 2023', [`executors: [${list}]`])));
    expect(codes(ds)).toEqual(['limit-exceeded']);
    expect(ds[0]).toMatchObject({ line: 7, column: 16 });
    expect(ds[0]!.message).toMatch(/20\s000 исполнителей/);
  });

  it('more than 5,000 items: at the first one over', () => {
    const items = Array.from({ length: 5_001 }, (_, i) => item(`М${i}`)).flat();
    const ds = check(roadmap(items));
    expect(codes(ds)).toEqual(['limit-exceeded']);
    expect(ds[0]!.line).toBe(5 + 5_000 * 2);
    expect(ds[0]!.message).toMatch(/5\s001 мероприяти/);
  });

  it('more deadlines than a tracker can hold (quarterly items by the thousand)', () => {
    const items = Array.from({ length: 1_000 }, (_, i) => item(`М${i}`, 'Еженедельно')).flat();
    const ds = check(roadmap(items, { period: '2020-2022' }));
    expect(codes(ds)).toEqual(['limit-exceeded']);
    expect(ds[0]!.message).toMatch(/Сроков в дорожной карте 156\s000 — больше предела 30\s000/);
    expect(ds[0]!.line).toBeGreaterThan(5);
  });

  it.each([
    ['period "2100"', { period: '2100' }, 3, '2100'],
    ['period "0000"', { period: '0000' }, 3, '0000'],
    ['period "2098-2100"', { period: '2098-2100' }, 3, '2100'],
    ['approval.date 2150-01-01', { extra: 'approval:\n  date: 2150-01-01' }, 5, '2150'],
  ])('%s', (_name, head, line, year) => {
    const ds = check(roadmap(item('Мероприятие'), head));
    expect(codes(ds)).toEqual(['limit-exceeded']);
    expect(ds[0]!.line).toBe(line);
    expect(ds[0]!.message).toContain(`Год ${year}`);
  });

  it('a 300-character id, at the id — not «слишком длинное имя» from the file system', () => {
    const ds = check(roadmap(item('Мероприятие'), { id: 'a'.repeat(300) }));
    expect(codes(ds)).toEqual(['limit-exceeded']);
    expect(ds[0]).toMatchObject({ line: 1, column: 5 });
    expect(ds[0]!.message).toContain('300');
  });

  it('ids of items and executors too', () => {
    const ds = check(
      roadmap(item('Мероприятие', 'Март 2023', [`id: ${'b'.repeat(65)}`]), {
        extra: `executors:\n  ${'c'.repeat(70)}: Отдел`,
      }),
    );
    expect(ds.map((d) => [d.code, d.line])).toEqual([
      ['limit-exceeded', 5],
      ['limit-exceeded', 9],
    ]);
  });

  it('what a real department writes passes', () => {
    const items = Array.from({ length: 300 }, (_, i) =>
      item(`М${i}`, 'Ежемесячно', ['executors: [Отдел образования, Школы, ЦППМиСП, Методический кабинет, ИМЦ]']),
    ).flat();
    expect(check(roadmap(items, { period: '2020-2022' }))).toEqual([]);
  });
});

describe('messages say what is wrong (#15 item 12)', () => {
  it('an optional field left empty is not called «обязательное поле»', () => {
    const ds = check(roadmap(item('Мероприятие', 'Март 2023', ['note:', 'indicator:'])));
    expect(ds.map((d) => [d.code, d.line, d.column]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['schema-empty-value', 7, 5],
      ['schema-empty-value', 8, 5],
    ]);
    expect(ds.map((d) => d.message).join('\n')).toContain('«note»');
    expect(ds.map((d) => d.message).join('\n')).not.toContain('обязательное');
  });

  it('a required field left empty still is', () => {
    const ds = check('id: demo\ntitle:\nperiod: "2023"\nitems:\n  - title: А\n    when: Март 2023\n');
    expect(codes(ds)).toEqual(['schema-missing']);
  });

  it.each([
    ['""', 'title: ""'],
    ['blank lines', 'title: ["", "  "]'],
  ])('an item title of %s is reported', (_name, title) => {
    const ds = check(roadmap([`  - ${title}`, '    when: Март 2023']));
    expect(codes(ds)).toEqual(['schema-invalid']);
    expect(ds[0]).toMatchObject({ line: 5, column: 12 });
    expect(ds[0]!.message).toContain('«title»');
  });

  it('raw control characters from YAML never reach the terminal', () => {
    const ds = check(roadmap(item('Мероприятие', 'Март 2023', ['"ex\\e[2Jecutors": [oo]'])));
    expect(codes(ds)).toEqual(['schema-unknown-key']);
    const line = formatDiagnostic(ds[0]!);
    // The one line end is the formatter's own, before the hint.
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(line).toContain('«ex\\x1b[2Jecutors»');
  });

  it('a 2 MB phrase is cut in the message (10 MB ones too: the cut is by length)', () => {
    const phrase = 'абракадабра '.repeat(90_000);
    const ds = check(roadmap(item('Мероприятие', phrase)));
    expect(codes(ds)).toEqual(['when-phrase-unreadable']);
    expect(formatDiagnostic(ds[0]!).length).toBeLessThan(400);
    expect(ds[0]!.message).toContain('абракадабра абракадабра');
  });
});

describe('a roadmap id never takes the name of a site page (#20)', () => {
  it.each(['index', 'region'])('id «%s» is refused at its place', (id) => {
    const ds = check(roadmap(item('Мероприятие'), { id }));
    expect(codes(ds)).toEqual(['roadmap-id-reserved']);
    expect(ds[0]).toMatchObject({ line: 1, column: 5 });
    expect(ds[0]!.message).toContain('index.html');
  });

  it('a name that only contains one is fine', () => {
    expect(codes(check(roadmap(item('Мероприятие'), { id: 'region-plan' })))).toEqual([]);
  });
});
