import type { PhraseIssue } from './types.js';

/** Every message of the engine, keyed by its stable code. */
export const MESSAGES = {
  'phrase-unreadable': (what: string) => `срок не распознан: ${what}`,
  'phrase-empty': () => 'срок не указан',
  'range-reversed': (start: string, end: string) => `конец периода ${end} раньше его начала ${start}`,
  'date-invalid': (date: string) => `такой даты нет: ${date}`,
  'date-incomplete': (day: string) => `у числа «${day}» не указан месяц`,
  'word-guessed': (from: string, to: string) => `«${from}» прочитано как «${to}» (угадано)`,
  'dash-assumed': (a: string, b: string) => `между ${a} и ${b} нет тире: прочитано как период ${a}–${b}`,
  'outside-period': (window: string, period: string) => `срок ${window} вне периода дорожной карты (${period})`,
  'no-occurrences': (period: string) => `в периоде дорожной карты (${period}) нет ни одного срока`,
  'repeat-unsupported': (what: string) => `такое повторение не поддерживается: «${what}»`,
  'repeat-conflict': () => 'указаны два разных повторения',
  'rrule-none': () => 'сроки не сводятся к одному правилу RRULE: в календарь попадут отдельными датами',
  // #17
  'bracket-unclosed': (reading: string) => `скобка не закрыта: прочитано как «${reading}»`,
  'comma-year': (year: string) => `год ${year} отделён запятой или точкой с запятой: прочитан как год даты перед ним`,
  'number-out-of-range': (what: string, limits: string) => `число вне допустимых пределов (${limits}): «${what}»`,
  'school-year-ambiguous': () =>
    'в карте на учебный год «в течение года» прочитано как календарный год; если имелся в виду учебный год, пишите «в течение учебного года»',
  'dates-juxtaposed': (reading: string) =>
    `даты стоят подряд без запятой, тире или «и»: прочитано как перечень «${reading}»`,
  'punctuation-odd': (reading: string) => `лишний знак препинания: прочитано как «${reading}»`,
  'dash-year': (reading: string) => `тире перед годом: прочитано как «${reading}»`,
  'range-long': (window: string, period: string) =>
    `срок ${window} заканчивается больше чем через год после конца периода (${period}): проверьте год`,
  'year-assumed': (window: string, period: string) =>
    `год не указан: взята первая такая дата в периоде ${period} — ${window}; укажите год, если имелся в виду другой`,
  'bracket-date': (note: string, reading: string) =>
    `в скобках указан срок «${note}»: он не учтён, прочитано как «${reading}»; если он важен, напишите его вне скобок`,
  'occurrences-capped': (cap: string, last: string) =>
    `слишком много сроков: в расписание вошли только первые ${cap}, последний — ${last}; сократите период или повторение`,
} as const;

export type IssueCode = keyof typeof MESSAGES;

export function issue(
  code: IssueCode,
  severity: PhraseIssue['severity'],
  message: string,
  where?: { o: number; l: number },
  hint?: string,
): PhraseIssue {
  const out: PhraseIssue = { code, severity, message };
  if (hint !== undefined) out.hint = hint;
  if (where) {
    out.offset = where.o;
    out.length = where.l;
  }
  return out;
}
