import type { IsoDate } from '../schedule/types.js';
import { isIsoDate } from '../util/dates.js';

/** The text a person sees in a cell, whatever exceljs made of it (rich text, link, formula result …). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      hyperlink?: string;
      result?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText))
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.hyperlink !== undefined) return typeof v.text === 'string' && v.text.trim() ? v.text.trim() : v.hyperlink;
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
  }
  return '';
}

/** Excel's day 0 is 1899-12-30 (with its 1900 leap-year bug folded in for dates after February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell as an ISO date: an Excel serial number, a Date, or text typed as «25.09.2023» / «2023-09-25».
 * Returns undefined for something that is not a date, null for an empty cell.
 */
export function cellDate(value: unknown): IsoDate | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 2958465) return undefined;
    return new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value === 'object' && 'result' in (value as object))
    return cellDate((value as { result: unknown }).result);
  const text = cellText(value);
  if (text === '') return null;
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$/.exec(text);
  const iso = ru ? `${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}` : text.slice(0, 10);
  return isIsoDate(iso) && (ru || /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text)) ? iso : undefined;
}
