import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocx } from '../../src/import/import-docx.js';
import { HEADER5, abstractNum, makeDocx, num, numbered, p, table, tr } from './make-docx.js';

interface Item {
  number?: string;
  title: string;
  items?: Item[];
}
interface Doc {
  period: string | number;
  numbering?: string;
  sections?: { title: string; items: Item[] }[];
  items?: Item[];
}

const row = (numberCell: string, title: string) => tr([{ content: numberCell }, title, 'Сентябрь 2024', 'Отчёт', 'ОО']);
const section = (title: string) => tr([{ content: title, span: 5 }]);

function imported(body: string, numbering?: string) {
  const result = importDocx(makeDocx(body, numbering ? { numbering } : {}), {
    fileName: 'карта.docx',
    fallbackYear: 2030,
  });
  if (!result.ok) throw new Error(result.message);
  return { doc: parse(result.yaml) as Doc, yaml: result.yaml, notes: result.summary.notes };
}

describe('Word automatic numbering (w:numPr + numbering.xml)', () => {
  const twoLevels = abstractNum(0, ['%1.', '%1.%2.']) + num(1, 0);

  it('keeps a multi-level list as items and sub-items (2.1, 2.2), not flattened', () => {
    const { doc } = imported(
      table(5, [
        tr(HEADER5, { header: true }),
        row(numbered(1), 'Организационные мероприятия'),
        row(numbered(1, 1), 'Назначение координатора'),
        row(numbered(1, 1), 'Утверждение плана'),
        row(numbered(1), 'Методическое сопровождение'),
        row(numbered(1, 1), 'Семинар для учителей'),
      ]),
      twoLevels,
    );
    const items = doc.items!;
    expect(items.map((i) => i.title)).toEqual(['Организационные мероприятия', 'Методическое сопровождение']);
    expect(items[0]!.items!.map((i) => i.title)).toEqual(['Назначение координатора', 'Утверждение плана']);
    expect(items[1]!.items!.map((i) => i.title)).toEqual(['Семинар для учителей']);
  });

  it('detects one list running through all sections (1, 2 | 3, 4) as continuous numbering', () => {
    const { doc } = imported(
      table(5, [
        tr(HEADER5, { header: true }),
        section('Направление «Кадры»'),
        row(numbered(1), 'Первое'),
        row(numbered(1), 'Второе'),
        section('Направление «Оценка качества»'),
        row(numbered(1), 'Третье'),
        row(numbered(1), 'Четвёртое'),
      ]),
      twoLevels,
    );
    expect(doc.numbering).toBe('continuous');
    expect(doc.sections!.map((s) => s.items.length)).toEqual([2, 2]);
  });

  it('a list restarted in each section (w:startOverride) is numbered per section', () => {
    const { doc } = imported(
      table(5, [
        tr(HEADER5, { header: true }),
        section('Направление «Кадры»'),
        row(numbered(1), 'Первое'),
        row(numbered(1), 'Второе'),
        section('Направление «Оценка качества»'),
        row(numbered(2), 'Третье'),
        row(numbered(2), 'Четвёртое'),
      ]),
      twoLevels + num(2, 0, 1),
    );
    expect(doc.numbering).toBeUndefined();
    expect(doc.sections![1]!.items.map((i) => i.number)).toEqual([undefined, undefined]);
  });

  it('numbering that cannot be read gets a «Проверьте» note in the YAML and in the summary', () => {
    const { yaml, notes } = imported(
      table(5, [tr(HEADER5, { header: true }), row(numbered(7), 'Первое'), row(numbered(7), 'Второе')]),
    );
    expect(notes.some((n) => n.includes('автонумерацией Word'))).toBe(true);
    expect(yaml).toMatch(/^# Проверьте: номера мероприятий проставлены автонумерацией Word/m);
  });
});

describe('school years', () => {
  it('«на 2024-2025 учебный год» in the title is the period 2024/2025, with a «Проверьте» note', () => {
    const { doc, yaml, notes } = imported(
      p('ДОРОЖНАЯ КАРТА') +
        p('по подготовке к ГИА на 2024-2025 учебный год') +
        table(5, [tr(HEADER5, { header: true }), row('1.', 'Первое'), row('2.', 'Второе')]),
    );
    expect(doc.period).toBe('2024/2025');
    expect(notes.some((n) => n.includes('учебный год'))).toBe(true);
    expect(yaml).toContain('# Проверьте: «учебный год» в заголовке прочитан как период 2024/2025');
  });

  it('deadlines all within one named school year give that school year', () => {
    const { doc } = imported(
      p('ДОРОЖНАЯ КАРТА') +
        table(5, [
          tr(HEADER5, { header: true }),
          tr(['1.', 'Первое', 'В течение 2024-2025 учебного года', 'Отчёт', 'ОО']),
          tr(['2.', 'Второе', 'Май 2025', 'Отчёт', 'ОО']),
        ]),
    );
    expect(doc.period).toBe('2024/2025');
  });
});
