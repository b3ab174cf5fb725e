import { describe, expect, test } from 'vitest';
import { escapeText, foldLine } from '../../src/emit/ics/text.js';
import { slugify } from '../../src/util/transliterate.js';

const unfold = (folded: string) => folded.replace(/\r\n /g, '');

describe('escapeText', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['строка\nвторая', 'строка\\nвторая'],
    ['строка\r\nвторая', 'строка\\nвторая'],
    ['звонок\u0007', 'звонок'],
  ])('%j → %j', (input, expected) => expect(escapeText(input)).toBe(expected));
});

describe('foldLine', () => {
  const samples = [
    'DESCRIPTION:' + 'Проведение мониторинга качества образования; '.repeat(7),
    'SUMMARY:' + '😀ё'.repeat(60),
    'DESCRIPTION:' + 'a\\,'.repeat(80),
    'X:' + 'я'.repeat(36) + 'b',
  ];
  test.each(samples)('keeps every physical line within 75 octets and unfolds back: %#', (line) => {
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/\uFFFD/);
      // No half of a surrogate pair at either end of a physical line.
      expect(physical).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).toBe(line);
  });

  test('never separates a backslash from the character it escapes', () => {
    for (const physical of foldLine('DESCRIPTION:' + 'ж\\,'.repeat(50)).split('\r\n')) {
      expect(physical).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
    }
  });

  test('short lines are left alone', () => expect(foldLine('SUMMARY:Срок')).toBe('SUMMARY:Срок'));
});

describe('slugify', () => {
  test.each([
    ['ГБУ ПО «ЦППМиСППО»', 'gbu-po-tsppmisppo'],
    ['Отдел образования', 'otdel-obrazovaniya'],
    ['Муниципальный штаб движения «ЮНАРМИЯ»', 'munitsipalnyy-shtab-dvizheniya-yunarmiya'],
    ['general_schools', 'general-schools'],
    ['Щёлковский ДЮЦ', 'shchelkovskiy-dyuts'],
    ['../../etc/passwd', 'etc-passwd'],
    ['«—»', ''],
  ])('%j → %j', (name, slug) => expect(slugify(name)).toBe(slug));

  test('only [a-z0-9-], at most 60 characters', () => {
    const slug = slugify('Государственное бюджетное учреждение '.repeat(5));
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});
