import { describe, expect, it } from 'vitest';
import { formatPeriod, parseDeadline, parsePeriod } from '../../src/schedule/index.js';

const P2020 = { start: '2020-01-01', end: '2022-12-31' };
const P2023 = { start: '2023-01-01', end: '2023-12-31' };

describe('issues', () => {
  it('an unreadable phrase is unknown, with the problem part and the nearest readable form', () => {
    const phrase = 'Март 2023 заседание РМО';
    const s = parseDeadline(phrase, { period: P2023 });
    expect(s.kind).toBe('unknown');
    expect(s.occurrences).toEqual([]);
    expect(s.rrule).toBeNull();
    const e = s.issues.find((i) => i.code === 'phrase-unreadable');
    expect(e?.severity).toBe('error');
    expect(e?.hint).toBe('март 2023');
    expect(phrase.slice(e?.offset, (e?.offset ?? 0) + (e?.length ?? 0))).toBe('заседание РМО');
  });

  it('gibberish is unknown without a hint', () => {
    const s = parseDeadline('когда получится', { period: P2023 });
    expect(s.kind).toBe('unknown');
    expect(s.issues.map((i) => i.code)).toContain('phrase-unreadable');
  });

  it.each(['', '   ', '---------------------', '—'])('an empty cell %j is an error', (phrase) => {
    const s = parseDeadline(phrase, { period: P2023 });
    expect(s.kind).toBe('unknown');
    expect(s.issues[0]?.code).toBe('phrase-empty');
  });

  it('a reversed range is an error naming both dates', () => {
    const phrase = 'С 01.03.2022г. по 15.02.2021г.';
    const s = parseDeadline(phrase, { period: P2020 });
    expect(s.kind).toBe('unknown');
    const e = s.issues.find((i) => i.code === 'range-reversed');
    expect(e?.severity).toBe('error');
    expect(e?.message).toContain('01.03.2022');
    expect(e?.message).toContain('15.02.2021');
    expect(e?.hint).toBe('с 15.02.2021 по 01.03.2022');
    expect(e?.offset).toBe(2);
  });

  it('a reversed day range in one month is an error, not a year-long window', () => {
    const s = parseDeadline('с 20.06 по 10.06.2021', { period: P2020 });
    expect(s.kind).toBe('unknown');
    expect(s.issues.map((i) => i.code)).toContain('range-reversed');
  });

  it('a guessed word is a warning (угадано) at the word', () => {
    const phrase = 'Сентябя 2021';
    const s = parseDeadline(phrase, { period: P2020 });
    expect(s.kind).toBe('once');
    const g = s.issues.find((i) => i.code === 'word-guessed');
    expect(g?.severity).toBe('warning');
    expect(g?.message).toContain('угадано');
    expect(g?.message).toContain('сентября');
    expect([g?.offset, g?.length]).toEqual([0, 7]);
  });

  it('does not guess short words or change the first letter of short words', () => {
    const s = parseDeadline('Согласно дорожной карте проекта', { period: P2020 });
    expect(s.kind).toBe('external');
    expect(s.issues).toEqual([]);
  });

  it('«2020 2022» assumes a dash, with a warning', () => {
    const s = parseDeadline('2020 2022', { period: P2020 });
    expect(s.occurrences).toEqual([{ start: '2020-01-01', end: '2022-12-31' }]);
    expect(s.issues.map((i) => [i.code, i.severity])).toEqual([['dash-assumed', 'warning']]);
  });

  it('an item dated outside the period is kept and reported as information', () => {
    const s = parseDeadline('Декабрь \n2022', { period: P2023 });
    expect(s.kind).toBe('once');
    expect(s.occurrences).toEqual([{ start: '2022-12-01', end: '2022-12-31' }]);
    expect(s.issues.map((i) => [i.code, i.severity])).toEqual([['outside-period', 'info']]);
  });

  it('a day that does not exist is an error', () => {
    const s = parseDeadline('31.04.2022', { period: P2020 });
    expect(s.kind).toBe('unknown');
    expect(s.issues.map((i) => i.code)).toContain('date-invalid');
    expect(parseDeadline('29.02.2021', { period: P2020 }).issues.map((i) => i.code)).toContain('date-invalid');
    expect(parseDeadline('29.02.2020', { period: P2020 }).kind).toBe('once');
  });

  it('an unsupported repetition is an error', () => {
    const s = parseDeadline('3 раза в год', { period: P2023 });
    expect(s.kind).toBe('unknown');
    expect(s.issues.map((i) => i.code)).toContain('repeat-unsupported');
  });

  it('two different repetitions are an error', () => {
    expect(parseDeadline('ежегодно, ежемесячно', { period: P2023 }).issues.map((i) => i.code)).toContain(
      'repeat-conflict',
    );
  });

  it('a repetition with nothing in the period is a warning', () => {
    const s = parseDeadline('в первый понедельник марта', { period: { start: '2023-09-01', end: '2023-12-31' } });
    expect(s.kind).toBe('recurring');
    expect(s.occurrences).toEqual([]);
    expect(s.rrule).toBeNull();
    expect(s.issues.map((i) => i.code)).toEqual(['no-occurrences']);
  });
});

describe('notes and canonical text', () => {
  it.each([
    ['Ежегодно, июль-август', P2020, 'ежегодно, июль–август', null],
    ['Сентябрь ежегодно', P2020, 'ежегодно, сентябрь', null],
    ['декабрь 2020 – март 2021г.', P2020, 'декабрь 2020 – март 2021', null],
    ['сентябрь 2020 – февраль 2021', P2020, 'сентябрь 2020 – февраль 2021', null],
    ['II квартал 2022 г.', P2020, 'II квартал 2022', null],
    ['до 20.11.2022', P2020, 'до 20.11.2022', null],
    ['не позднее 15 мая', P2020, 'до 15 мая', null],
    ['В соответствии с графиком проведения МСИ', P2020, 'в соответствии с графиком проведения МСИ', null],
    [
      '2020-2022 (в соответствии с планом ГАОУ ДПО ИРР ПО)',
      P2020,
      '2020–2022',
      'в соответствии с планом ГАОУ ДПО ИРР ПО',
    ],
    [
      'Ежегодно (в соответствии с графиком проведения мероприятий)',
      P2020,
      'ежегодно',
      'в соответствии с графиком проведения мероприятий',
    ],
    ['Ежегодно, в соответствии с графиком', P2020, 'ежегодно', 'в соответствии с графиком'],
    ['Январь 2022, далее один раз в два года', P2020, 'январь 2022, далее раз в 2 года', null],
    ['В течение\nгода', P2023, 'в течение года', null],
    ['в течение учебного года', P2023, 'в течение учебного года', null],
    ['Постоянно', P2023, 'постоянно', null],
    ['Март- апрель 2023', P2023, 'март–апрель 2023', null],
    ['третья декада июня', P2023, 'третья декада июня', null],
    ['в первый понедельник марта', P2023, 'ежегодно, первый понедельник марта', null],
    ['до 25 числа каждого месяца', P2023, 'ежемесячно, до 25 числа', null],
    ['3-17 апреля 2022', P2020, '03.04.2022 – 17.04.2022', null],
    ['2023/24 учебный год', P2023, '2023/2024 учебный год', null],
  ])('%j → %j', (phrase, period, text, note) => {
    const s = parseDeadline(phrase, { period });
    expect(s.text).toBe(text);
    expect(s.note).toBe(note);
  });
});

describe('periods', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31', '2023'],
    ['2020-2022', '2020-01-01', '2022-12-31', '2020-2022'],
    ['2020 - 2022', '2020-01-01', '2022-12-31', '2020-2022'],
    ['2020–2022', '2020-01-01', '2022-12-31', '2020-2022'],
    ['2023/2024', '2023-09-01', '2024-08-31', '2023/2024'],
    ['2023/24', '2023-09-01', '2024-08-31', '2023/2024'],
    ['2023-09-01..2024-08-31', '2023-09-01', '2024-08-31', '2023/2024'],
    ['2023-02-01..2023-06-30', '2023-02-01', '2023-06-30', '2023-02-01..2023-06-30'],
  ])('%s', (text, start, end, formatted) => {
    const p = parsePeriod(text);
    expect(p).toEqual({ start, end });
    expect(formatPeriod(p!)).toBe(formatted);
    expect(parsePeriod(formatted)).toEqual(p);
  });

  it.each(['', '20233', '2023/2025', '2023-02-30..2023-06-30', 'весь год'])('%j is not a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('returns a reversed range as written so the caller can report it', () => {
    expect(parsePeriod('2022-2020')).toEqual({ start: '2022-01-01', end: '2020-12-31' });
  });
});
