import { LIMITS } from '../validate/limits.js';
import { UsageError } from './io.js';

/**
 * SOURCE_DATE_EPOCH is the build's date (reproducible-builds.org): whole seconds since 1970. A value that is not
 * one, or past the last year the documents can hold (LIMITS.lastYear), is a mistake in the environment: refused
 * before anything is built, rather than ignored (a different date than asked for) or written as a broken date.
 */
export function checkSourceDateEpoch(env: Record<string, string | undefined>): void {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (value === undefined || value === '') return;
  if (!/^\d+$/.test(value))
    throw new UsageError(`SOURCE_DATE_EPOCH=«${value.slice(0, 40)}»: нужно целое число секунд с 1970-01-01.`);
  const last = Date.UTC(LIMITS.lastYear, 11, 31, 23, 59, 59) / 1000;
  if (Number(value) > last)
    throw new UsageError(
      `SOURCE_DATE_EPOCH=${value.slice(0, 40)} — дата позже ${LIMITS.lastYear} года: документы DOCX и XLSX не хранят таких дат.`,
    );
}
