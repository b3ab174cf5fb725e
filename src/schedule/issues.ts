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
