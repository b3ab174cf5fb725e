import type { ResolvedItem, ResolvedRoadmap } from '../../src/model/resolved.js';
import type { Schedule } from '../../src/schedule/types.js';

const NO_POS = { line: 1, column: 1 };

function schedule(partial: Partial<Schedule> & Pick<Schedule, 'kind'>): Schedule {
  return { rrule: null, dtstart: null, text: '', note: null, occurrences: [], issues: [], ...partial };
}

/** Quarterly in 2023: the last month of each quarter, due on its last day. */
export function quarterly2023(): Schedule {
  return schedule({
    kind: 'recurring',
    text: 'ежеквартально',
    rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20231231',
    dtstart: '2023-03-31',
    occurrences: ['03-31', '06-30', '09-30', '12-31'].map((d) => ({
      start: `2023-${d.slice(0, 2)}-01`,
      end: `2023-${d}`,
    })),
  });
}

export function item(number: string, title: string, partial: Partial<ResolvedItem> = {}): ResolvedItem {
  return {
    number,
    uid: `fixture-${number.replace(/\./g, '-')}@roadmap`,
    id: null,
    title: [{ kind: 'paragraph', text: title }],
    when: 'Март 2023',
    schedule: schedule({ kind: 'once', text: 'март 2023', occurrences: [{ start: '2023-03-01', end: '2023-03-31' }] }),
    indicator: [{ kind: 'paragraph', text: 'Наличие отчёта' }],
    executors: [{ id: 'oo', name: 'Отдел образования' }],
    note: null,
    items: [],
    position: NO_POS,
    whenPosition: NO_POS,
    ...partial,
  };
}

/** A small roadmap with every schedule kind, sub-items, lists and hostile text, for emitter unit tests. */
export function fixtureRoadmap(): ResolvedRoadmap {
  return {
    id: 'fixture',
    title: 'Дорожная карта по реализации проекта',
    subtitle: ['на 2023 год'],
    issuer: ['Управление образования администрации', 'Тестового муниципального района'],
    period: { start: '2023-01-01', end: '2023-12-31' },
    periodText: '2023',
    approval: {
      label: 'УТВЕРЖДЕНА',
      by: ['приказом управления образования'],
      date: '2023-01-20',
      number: '15-од',
      signature: null,
    },
    agreed: [],
    agreedPlacement: 'left',
    signatures: [],
    preparedBy: null,
    template: 'classic',
    executors: [
      { id: 'oo', name: 'Отдел образования' },
      { id: 'schools', name: 'Образовательные организации' },
    ],
    source: 'roadmaps/fixture.yaml',
    sections: [
      {
        title: 'Направление «Оценка качества; мониторинг, анализ»',
        items: [
          item('1', 'Разработка плана-графика', {
            when: 'Сентябрь ежегодно',
            schedule: schedule({
              kind: 'recurring',
              text: 'ежегодно, сентябрь',
              rrule: 'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=-1;UNTIL=20230930',
              dtstart: '2023-09-30',
              occurrences: [{ start: '2023-09-01', end: '2023-09-30' }],
            }),
            executors: [
              { id: 'oo', name: 'Отдел образования' },
              { id: 'schools', name: 'Образовательные организации' },
            ],
          }),
          item('2', '=SUM(A1:A9) — заголовок, похожий на формулу; с запятой, точкой с запятой и \\ обратной чертой', {
            when: 'Ежеквартально',
            schedule: schedule({
              kind: 'recurring',
              text: 'ежеквартально',
              rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20231231',
              dtstart: '2023-03-31',
              occurrences: [
                { start: '2023-01-01', end: '2023-03-31' },
                { start: '2023-04-01', end: '2023-06-30' },
                { start: '2023-07-01', end: '2023-09-30' },
                { start: '2023-10-01', end: '2023-12-31' },
              ],
            }),
          }),
          item('3', 'Актуализация нормативно-правовой базы:', {
            when: '',
            schedule: schedule({ kind: 'external' }),
            indicator: [],
            executors: [],
            items: [
              item('3.1', 'Утверждение перечня мероприятий', {
                title: [
                  { kind: 'paragraph', text: 'Утверждение перечня мероприятий:' },
                  { kind: 'bullet', text: 'районный конкурс чтецов «Слово о России»' },
                  { kind: 'bullet', text: 'районный конкурс рисунков' },
                ],
              }),
              item('3.2', 'Формирование банка данных', {
                when: 'Постоянно',
                schedule: schedule({
                  kind: 'continuous',
                  text: 'постоянно',
                  occurrences: [{ start: '2023-01-01', end: '2023-12-31' }],
                }),
              }),
            ],
          }),
        ],
      },
      {
        title: 'Направление «Работа со школами»',
        items: [
          item('1', 'Участие в МСИ', {
            when: 'В соответствии с графиком проведения МСИ',
            schedule: schedule({ kind: 'external', text: 'в соответствии с графиком проведения МСИ' }),
          }),
          item('2', '+7 (999) начинается с плюса', {
            when: 'Мартобря 2023',
            schedule: schedule({ kind: 'unknown', text: 'Мартобря 2023' }),
            executors: [{ id: null, name: 'ГБУ ПО «ЦППМиСППО»' }],
          }),
          item('3', 'Проведение круглого стола', {
            when: 'Декабрь 2022',
            schedule: schedule({
              kind: 'once',
              text: 'декабрь 2022',
              occurrences: [{ start: '2022-12-01', end: '2022-12-31' }],
            }),
          }),
        ],
      },
    ],
  };
}
