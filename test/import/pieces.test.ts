import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from '../../src/import/columns.js';
import { executorIds, splitExecutors } from '../../src/import/executors.js';
import { BUNDLED_TEMPLATES, closestTemplate } from '../../src/import/template-match.js';
import { findPeriod } from '../../src/import/title-block.js';
import { slugify } from '../../src/util/transliterate.js';
import { parseXml } from '../../src/import/xml.js';

describe('executor cells', () => {
  it.each([
    ['Отдел образования, образовательные организации.', ['Отдел образования', 'Образовательные организации']],
    ['ГБУ ПО «ЦППМиСППО»', ['ГБУ ПО «ЦППМиСППО»']],
    ['Отдел образования, ГБУ ПО «ЦППМиСППО», БПК БР', ['Отдел образования', 'ГБУ ПО «ЦППМиСППО»', 'БПК БР']],
    ['Управление образования, опеки и попечительства', ['Управление образования, опеки и попечительства']],
    ['Иванова И.И.; Петров П.П.', ['Иванова И.И.', 'Петров П.П.']],
    ['МБОУ СОШ № 1 (по согласованию, при наличии)', ['МБОУ СОШ № 1 (по согласованию, при наличии)']],
  ])('%s', (cell, names) => expect(splitExecutors([cell])).toEqual(names));

  it('gives short unique Latin ids', () => {
    const ids = executorIds([
      'Отдел образования',
      'Образовательные организации',
      'ГБУ ПО «ЦППМиСППО»',
      'БПК БР',
      'Общеобразовательные организации',
    ]);
    expect([...ids.values()]).toEqual(['oo', 'obrazovatelnye', 'tsppmisppo', 'bpk', 'obshcheobrazovatelnye']);
  });
});

describe('small readers', () => {
  it.each([
    ['№ п/п', 'number'],
    ['№\nпп', 'number'],
    ['Наименование мероприятия', 'title'],
    ['Описание действий', 'title'],
    ['Срок проведения мероприятия', 'when'],
    ['Дата реализации', 'when'],
    ['Ответственные исполнители', 'executors'],
    ['Муниципальный показатель реализации', 'indicator'],
    ['Ожидаемый результат', 'indicator'],
    ['Примечание', 'note'],
    ['Источник финансирования', null],
  ])('header «%s» → %s', (header, field) => expect(fieldOfHeader(header.replace('\n', ' '))).toBe(field));

  it.each([
    ['на 2023 год', '2023'],
    ['на 2020–2022 годы', '2020-2022'],
    ['на 2023/2024 учебный год', '2023/2024'],
    // #15: a school year written with a dash is still a school year (September–August), not two calendar years.
    ['на 2024-2025 учебный год', '2024/2025'],
    ['на 2024 – 2025 уч. год', '2024/2025'],
    ['в 2024-25 учебном году', '2024/2025'],
    ['на 2024-2025 гг. учебного года', '2024/2025'],
    ['на 2024-2026 учебные годы', '2024-2026'],
    ['без года', null],
  ])('period of «%s»', (text, period) => expect(findPeriod(text)).toBe(period));

  it.each([
    ['Дорожная карта МСОКО', 'dorozhnaya-karta-msoko'],
    ['500+ Лысогорск', '500-lysogorsk'],
    ['Щёлково (2023)', 'shchelkovo-2023'],
  ])('slug of «%s»', (text, slug) => expect(slugify(text)).toBe(slug));

  it.each([
    [['№ п/п', 'Наименование мероприятия', 'Срок проведения', 'Индикативные показатели', 'Исполнители'], 'msoko'],
    [['№ пп', 'Описание действий', 'Дата реализации', 'Муниципальный показатель реализации'], '500plus'],
    [['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат'], 'classic'],
    [['№', 'Содержание работы', 'Срок', 'Ответственный'], 'classic'],
  ])('closest template to %j', (headers, name) => expect(closestTemplate(headers, BUNDLED_TEMPLATES)).toBe(name));

  it('reads XML tolerantly: entities, CDATA, an unclosed element', () => {
    const root = parseXml('<?xml version="1.0"?><a x="1 &amp; 2"><b>&lt;&#1044;&#x44f;&gt;</b><![CDATA[<c>]]><d>');
    const a = root.children[0] as { attrs: Record<string, string>; children: unknown[] };
    expect(a.attrs.x).toBe('1 & 2');
    expect(a.children).toEqual([
      { name: 'b', attrs: {}, children: ['<Дя>'] },
      '<c>',
      { name: 'd', attrs: {}, children: [] },
    ]);
  });
});
