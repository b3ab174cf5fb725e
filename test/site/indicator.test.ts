import { describe, expect, it } from 'vitest';
import { emitHtml } from '../../src/emit/html/index.js';
import { statusKey } from '../../src/model/status.js';
import { meetsTarget, readIndicator, targetText } from '../../src/resolve/indicator.js';
import { runCli } from '../helpers/cli.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';

describe('measurable indicators', () => {
  it.each([
    ['Повышение квалификации не менее 14 человек', { value: 14, unit: 'человек', per: null, bound: '≥', of: null }],
    ['Не менее 2-х участников', { value: 2, unit: 'участников', per: null, bound: '≥' }],
    [
      'Не менее 30% обучающихся общеобразовательных организаций Пензенской области',
      { value: 30, unit: '%', of: 'обучающихся', bound: '≥' },
    ],
    ['Охват не менее 20% педагогов', { value: 20, unit: '%', of: 'педагогов' }],
    ['100 %', { value: 100, unit: '%', bound: '=', per: null }],
    ['Анкетирование пройдено в установленные сроки, доля респондентов составляет 100 %', { value: 100, unit: '%' }],
    ['Доля кадров ОО, прошедших повышение квалификации 2022 году, должна составить 100 %.', { value: 100, unit: '%' }],
    ['Не менее 2-х мероприятий в год', { value: 2, unit: 'мероприятий', per: 'год', bound: '≥' }],
    [
      'Не менее 2-х ключевых событий по профессиональной ориентации обучающихся в год',
      { value: 2, unit: 'ключевых событий', per: 'год' },
    ],
    ['Участие в конкурсе не менее 3-х образовательных организаций', { value: 3, unit: 'образовательных организаций' }],
    ['Не менее 2 чел.', { value: 2, unit: 'чел.' }],
    ['Не менее 4-х публикаций в год', { value: 4, unit: 'публикаций', per: 'год' }],
    ['Не менее 4 семей-участников', { value: 4, unit: 'семей-участников' }],
    ['Не менее 4 методических семинаров в год', { value: 4, unit: 'методических семинаров', per: 'год' }],
    ['не более 5 пропусков в месяц', { value: 5, unit: 'пропусков', per: 'месяц', bound: '≤' }],
    ['Доля выпускников свыше 80,5 %', { value: 80.5, unit: '%', bound: '>' }],
  ])('«%s» is a target', (text, expected) => {
    expect(readIndicator(text)).toMatchObject(expected);
  });

  it.each([
    ['Наличие Плана-графика («дорожная карта»)'],
    ['Утверждена муниципальная дорожная карта «500+».'],
    ['Актуализация муниципальной дорожной карты «500+» на 2023 год'],
    ['Приказ № 15 от 20.01.2023'],
    ['Не менее 2 семинаров и не менее 30% участников'], // two targets: which one? not guessed
    [''],
  ])('«%s» stays text', (text) => {
    expect(readIndicator(text)).toBeNull();
  });

  it('writes the target back in words and compares a reported fact with it', () => {
    const t = readIndicator('Не менее 2-х мероприятий в год')!;
    expect(targetText(t)).toBe('не менее 2 мероприятий в год');
    expect(targetText(readIndicator('Не менее 30% обучающихся')!)).toBe('не менее 30 % обучающихся');
    expect(meetsTarget(t, '3')).toBe(true);
    expect(meetsTarget(t, '1 мероприятие')).toBe(false);
    expect(meetsTarget(t, 'проведено')).toBeNull();
    expect(meetsTarget(readIndicator('100 %')!, '96 %')).toBe(false);
  });
});

describe('target vs achieved on the roadmap page', () => {
  it('shows the target under the indicator and the recorded fact against it', async () => {
    const r = fixtureRoadmap();
    const first = r.sections[0]!.items[0]!;
    first.indicator = [{ kind: 'paragraph', text: 'Повышение квалификации не менее 14 человек' }];
    const deadline = first.schedule.occurrences[0]!.end;
    const book = new Map([
      [
        statusKey(first.uid, deadline),
        {
          uid: first.uid,
          deadline,
          status: 'выполнено' as const,
          doneDate: deadline,
          evidence: null,
          comment: null,
          fact: '12',
        },
      ],
    ]);
    const { files } = await emitHtml([r], {
      timestampFor: () => new Date(0),
      timestamp: new Date(0),
      templateDirs: [],
      reminderDays: [],
      today: '2023-12-31',
      statusesFor: () => book,
      readFile: () => null,
    });
    const page = String(files.find((f) => f.path === 'fixture.html')!.data);
    expect(page).toContain('<p class="target">цель: не менее 14 человек</p>');
    expect(page).toContain('факт: 12 (цель: не менее 14 человек) — <strong>не достигнуто</strong>');
    // an indicator without a target shows no «цель»
    expect(page.match(/class="target"/g)).toHaveLength(1);
  });

  it('`roadmap indicator` shows the reading, and says so when the text stays text', () => {
    const r = runCli(['indicator', 'Не менее 2-х мероприятий в год']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Цель: не менее 2 мероприятий в год');
    expect(r.stdout).toContain('за период: год');
    const json = runCli(['indicator', '--json', '100 %']);
    expect(JSON.parse(json.stdout)).toEqual({
      text: '100 %',
      target: { value: 100, unit: '%', per: null, bound: '=', of: null, phrase: '100 %' },
    });
    const none = runCli(['indicator', 'Наличие плана']);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('останется текстом');
  });
});
