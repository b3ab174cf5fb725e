import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocx } from '../../src/import/import-docx.js';
import type { ItemOut as Item } from '../../src/import/to-yaml.js';
import { HEADER5, makeDocx, p, table, tr } from './make-docx.js';

/** The imported YAML as parsed back (a bare year reads as a number). */
interface Doc {
  id: string;
  title: string;
  issuer?: string[];
  subtitle?: string[];
  period: string | number;
  template: string;
  numbering?: string;
  approval?: { label: string; by?: string[]; date?: string; number?: string };
  executors?: Record<string, string>;
  sections?: { title: string; items: Item[] }[];
  items?: Item[];
}

function imported(body: string, fileName = 'карта.docx'): { doc: Doc; yaml: string; notes: string[] } {
  const result = importDocx(makeDocx(body), { fileName, fallbackYear: 2030 });
  if (!result.ok) throw new Error(result.message);
  return { doc: parse(result.yaml) as Doc, yaml: result.yaml, notes: result.summary.notes };
}

const names = (doc: Doc, item: Item) => (item.executors ?? []).map((id) => doc.executors?.[id]);

describe('roadmap import: table structure of different producers', () => {
  it('reads spanning section rows, skips repeated headers and the column-number row, merges a continued row', () => {
    const { doc } = imported(
      table(5, [
        tr(HEADER5, { header: true }),
        tr(['1', '2', '3', '4', '5']),
        tr([{ content: 'Направление «Первое»', span: 5 }]),
        tr([
          '1.',
          'Подготовка плана',
          'Январь 2023',
          'Наличие плана',
          { content: 'Отдел образования', vMerge: 'restart' },
        ]),
        tr(['2.', p('Проведение совещания'), { content: p('Февраль\n2023') }, 'Протокол', { vMerge: 'continue' }]),
        tr(['', p('с руководителями школ'), '', p('Решение совещания'), '']),
        tr(HEADER5),
        tr([{ content: 'Направление «Второе»', span: 5 }]),
        tr(['1.', 'Актуализация нормативной базы:', '', '', 'Отдел образования, образовательные организации']),
        tr(['1.1.', 'Утверждение перечня конкурсов', 'Март 2023', 'Приказ', 'ГБУ ПО «ЦППМиСППО»']),
      ]),
    );
    expect(doc.sections?.map((s) => s.title)).toEqual(['Направление «Первое»', 'Направление «Второе»']);
    const [a, b] = doc.sections![0]!.items;
    expect(a!.when).toBe('Январь 2023');
    // The soft break inside the deadline is a space; the row after a page break continues item 2.
    expect(b).toMatchObject({
      when: 'Февраль 2023',
      title: 'Проведение совещания\nс руководителями школ\n',
      indicator: 'Протокол\nРешение совещания\n',
    });
    // A vertically merged executors cell applies to every row it spans.
    expect(names(doc, b!)).toEqual(['Отдел образования']);
    const heading = doc.sections![1]!.items[0]!;
    expect(heading.when).toBeUndefined();
    expect(heading.items?.map((i) => i.title)).toEqual(['Утверждение перечня конкурсов']);
    expect(names(doc, heading)).toEqual(['Отдел образования', 'Образовательные организации']);
    expect(names(doc, heading.items![0]!)).toEqual(['ГБУ ПО «ЦППМиСППО»']);
    expect(doc.sections!.flatMap((s) => s.items).some((i) => i.number !== undefined)).toBe(false);
  });

  it('reads legacy hMerge section rows, roman-numbered sections and sections typed into the first cell', () => {
    const { doc } = imported(
      table(4, [
        tr(['№', 'Мероприятие', 'Сроки', 'Ожидаемый результат']),
        tr([
          { content: 'Направление «А»', hMerge: 'restart' },
          { hMerge: 'continue' },
          { hMerge: 'continue' },
          { hMerge: 'continue' },
        ]),
        tr(['1', 'Первое', 'Январь 2023', 'Итог']),
        tr(['II.', 'Организационные мероприятия', '', '']),
        tr(['1', 'Второе', 'Май 2023', 'Итог']),
        tr(['Информационное сопровождение', '', '', '']),
        tr(['1', 'Третье', 'Июнь 2023', 'Итог']),
      ]),
    );
    expect(doc.sections?.map((s) => [s.title, s.items.map((i) => i.title)])).toEqual([
      ['Направление «А»', ['Первое']],
      ['II. Организационные мероприятия', ['Второе']],
      ['Информационное сопровождение', ['Третье']],
    ]);
  });

  it('keeps lists, paragraphs and line breaks of a cell; flattens a nested table; ignores empty paragraphs', () => {
    const nested = table(2, [tr(['Вложенная ячейка 1', 'Вложенная ячейка 2'])]);
    const { doc } = imported(
      table(4, [
        tr(['№ пп', 'Описание действий', 'Дата реализации', 'Показатель']),
        tr([
          '1',
          p('Развитие сотрудничества:') +
            '<w:p/>' +
            p('с органами власти', { list: true }) +
            p('• с учреждениями культуры'),
          'В течение года',
          p('Итоги:') + nested,
        ]),
        tr(['2', p('Конкурс чтецов\nРайонный этап') + p('Первая строка\nпродолжение фразы'), 'Май 2023', 'Итог']),
      ]),
    );
    const [first, second] = doc.items!;
    expect(first!.title).toBe('Развитие сотрудничества:\n- с органами власти\n- с учреждениями культуры\n');
    expect(first!.indicator).toBe('Итоги:\nВложенная ячейка 1\nВложенная ячейка 2\n');
    expect(second!.title).toBe('Конкурс чтецов\nРайонный этап\nПервая строка продолжение фразы\n');
  });

  it('numbers rows of a Word auto-numbered № column, and keeps numbers that differ from the position', () => {
    const auto = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr></w:p>';
    const { doc } = imported(
      table(3, [
        tr(['№', 'Мероприятие', 'Срок']),
        tr([{ content: auto }, 'Первое', 'Январь 2023']),
        tr([{ content: auto }, 'Второе', 'Февраль 2023']),
      ]),
    );
    expect(doc.items?.map((i) => i.title)).toEqual(['Первое', 'Второе']);
    const odd = imported(
      table(3, [
        tr(['№', 'Мероприятие', 'Срок']),
        tr(['1', 'А', 'Май 2023']),
        tr(['2', 'Б', 'Май 2023']),
        tr(['4', 'В', 'Май 2023']),
      ]),
    );
    expect(odd.doc.items?.map((i) => i.number)).toEqual([undefined, undefined, '4']);
  });

  it('detects numbering that runs through the sections', () => {
    const { doc } = imported(
      table(3, [
        tr(['№', 'Мероприятие', 'Срок']),
        tr([{ content: 'Раздел 1', span: 3 }]),
        tr(['1', 'А', 'Май 2023']),
        tr(['2', 'Б', 'Май 2023']),
        tr([{ content: 'Раздел 2', span: 3 }]),
        tr(['3', 'В', 'Май 2023']),
      ]),
    );
    expect(doc.numbering).toBe('continuous');
    expect(doc.sections!.flatMap((s) => s.items).every((i) => i.number === undefined)).toBe(true);
  });

  it('keeps the text of columns the format has no field for in `note`, and marks missing deadlines', () => {
    const { doc, notes } = imported(
      table(4, [
        tr(['№', 'Мероприятие', 'Срок', 'Источник финансирования']),
        tr(['1', 'Закупка', 'Май 2023', 'Муниципальный бюджет']),
        tr(['2', 'Без срока', '', '']),
      ]),
    );
    expect(doc.items![0]!.note).toBe('Источник финансирования: Муниципальный бюджет');
    expect(doc.items![1]!.when).toBe('Срок не указан');
    expect(notes.join(' ')).toMatch(/без срока в документе: 2/);
  });

  it('reads a roadmap cut into several tables, with section headings between them', () => {
    const head = tr(['№', 'Мероприятие', 'Срок']);
    const { doc } = imported(
      table(3, [head, tr([{ content: 'Раздел «А»', span: 3 }]), tr(['1', 'Первое', 'Май 2023'])]) +
        p('Раздел «Б»') +
        table(3, [head, tr(['1', 'Второе', 'Июнь 2023'])]),
    );
    expect(doc.sections?.map((s) => [s.title, s.items.map((i) => i.title)])).toEqual([
      ['Раздел «А»', ['Первое']],
      ['Раздел «Б»', ['Второе']],
    ]);
  });

  it('reads a document whose WordprocessingML namespace has another prefix', () => {
    const body = table(3, [tr(['№', 'Мероприятие', 'Срок']), tr(['1', 'Первое', 'Май 2023'])]);
    const result = importDocx(makeDocx(body, { prefix: 'ns0' }), { fileName: 'x.docx', fallbackYear: 2030 });
    expect(result.ok && (parse(result.yaml) as Doc).items?.[0]?.title).toBe('Первое');
  });

  it('picks the biggest roadmap-like table, not a layout table above it', () => {
    const stamp = table(2, [
      tr(['', p('УТВЕРЖДЕНА') + p('приказом управления образования') + p('от 20.01.2023 № 15-од')]),
    ]);
    const { doc } = imported(
      p('ДОРОЖНАЯ КАРТА') + stamp + table(3, [tr(['№', 'Мероприятие', 'Срок']), tr(['1', 'Первое', 'Май 2023'])]),
    );
    expect(doc.items?.map((i) => i.title)).toEqual(['Первое']);
    expect(doc.approval).toEqual({
      label: 'УТВЕРЖДЕНА',
      by: ['приказом управления образования'],
      date: '2023-01-20',
      number: '15-од',
    });
  });
});

describe('roadmap import: title block', () => {
  const grid = table(4, [
    tr(['№ пп', 'Описание действий', 'Дата реализации', 'Муниципальный показатель реализации']),
    tr(['1', 'Первое', 'Декабрь 2022', 'Итог']),
  ]);

  it('reads the issuer, the title, the subtitle, the year and the approval stamp', () => {
    const { doc } = imported(
      p('УТВЕРЖДЕНА') +
        p('приказом управления образования') +
        p('администрации Лысогорского муниципального района') +
        p('от «20» января 2023 г. № 15-од') +
        '<w:p/>' +
        p('Управление образования администрации\nЛысогорского муниципального района') +
        p('Саратовской области') +
        p('ДОРОЖНАЯ КАРТА') +
        p('реализации проекта адресной методической помощи (500+)') +
        p('на 2023 год') +
        grid,
      'Дорожная карта 500+ Лысогорск.docx',
    );
    expect(doc).toMatchObject({
      id: 'dorozhnaya-karta-500-lysogorsk',
      issuer: ['Управление образования администрации', 'Лысогорского муниципального района', 'Саратовской области'],
      title: 'ДОРОЖНАЯ КАРТА',
      subtitle: ['реализации проекта адресной методической помощи (500+)', 'на 2023 год'],
      period: '2023',
      template: '500plus',
      approval: {
        label: 'УТВЕРЖДЕНА',
        by: ['приказом управления образования', 'администрации Лысогорского муниципального района'],
        date: '2023-01-20',
        number: '15-од',
      },
    });
  });

  it('joins a title broken by a soft line break and reads a period of several years', () => {
    const { doc } = imported(p('Дорожная карта\nпо реализации основных направлений МСОКО на 2020-2022 годы') + grid);
    expect(doc.title).toBe('Дорожная карта по реализации основных направлений МСОКО на 2020-2022 годы');
    expect(doc.period).toBe('2020-2022');
    expect(doc.issuer).toBeUndefined();
  });

  it('infers the period from the deadlines when the title names no year, and says so in the YAML', () => {
    const { doc, yaml } = imported(
      p('План мероприятий') +
        table(3, [
          tr(['№', 'Мероприятие', 'Срок']),
          tr(['1', 'А', 'Март 2021']),
          tr(['2', 'Б', 'Ежегодно, до 2023 года']),
        ]),
    );
    expect(doc.period).toBe('2021-2023');
    expect(yaml).toMatch(/# Период определён по годам в сроках мероприятий — проверьте.\nperiod: 2021-2023/);
  });

  it('starts with the schema line and writes executors as references', () => {
    const { yaml } = imported(
      table(5, [tr(HEADER5), tr(['1.', 'А', 'Май 2023', 'Итог', 'Отдел образования; БПК БР'])]),
    );
    expect(yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/roadmap.schema.json');
    expect(yaml).toMatch(/executors:\n {2}oo: Отдел образования\n {2}bpk: БПК БР\n/);
    expect(yaml).toMatch(/executors: \[oo, bpk\]/);
  });
});

describe('roadmap import: documents it cannot read', () => {
  const run = (bytes: Uint8Array) => importDocx(bytes, { fileName: 'x.docx', fallbackYear: 2030 });
  it.each([
    ['a text file', strToU8('Дорожная карта\n1. Мероприятие'), /не ZIP-архив/],
    ['a ZIP without a Word document', zipSync({ 'a.txt': strToU8('x') }), /word\/document\.xml/],
    ['a DOCX without a table', makeDocx(p('Дорожная карта') + p('Текст без таблицы')), /нет таблицы/],
    ['a table with only a header', makeDocx(table(3, [tr(['№', 'Мероприятие', 'Срок'])])), /ни одного мероприятия/],
  ])('%s → a Russian message', (_, bytes, message) => {
    const result = run(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
