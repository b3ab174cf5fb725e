import { describe, expect, it } from 'vitest';
import { periodLine } from '../../src/emit/docx/title-block.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { buildDocx, unzipDocx, visibleText } from './docx-helpers.js';

describe('title block', () => {
  it.each([
    [{ start: '2023-01-01', end: '2023-12-31' }, 'на 2023 год'],
    [{ start: '2020-01-01', end: '2022-12-31' }, 'на 2020–2022 годы'],
    [{ start: '2023-09-01', end: '2024-08-31' }, 'на 2023/2024 учебный год'],
    [{ start: '2023-03-15', end: '2023-06-30' }, 'на период с 15.03.2023 по 30.06.2023'],
  ])('names the period %j as «%s»', (period, text) => {
    expect(periodLine(period)).toBe(text);
  });

  it('adds the period under the title when the title does not name it (classic), not when the template says never (msoko)', async () => {
    const roadmap = {
      ...fixtureRoadmap(),
      subtitle: [],
      period: { start: '2020-01-01', end: '2022-12-31' },
      periodText: '2020-2022',
    };
    const classic = visibleText(unzipDocx((await buildDocx(roadmap)).bytes!)['word/document.xml']!);
    expect(classic).toContain('Дорожная карта по реализации проекта\nна 2020–2022 годы');
    const msoko = visibleText(
      unzipDocx((await buildDocx({ ...roadmap, template: 'msoko' })).bytes!)['word/document.xml']!,
    );
    expect(msoko).not.toContain('годы');
  });

  it('does not repeat a period the subtitle already names (500+: «на 2023 год»)', async () => {
    const text = visibleText(
      unzipDocx((await buildDocx({ ...fixtureRoadmap(), template: '500plus' })).bytes!)['word/document.xml']!,
    );
    expect(text.match(/на 2023 год/g)).toHaveLength(1);
  });
});
