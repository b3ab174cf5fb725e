import { daysInMonth, iso as isoDate } from '../util/dates.js';

interface ApprovalDraft {
  label: string;
  by: string[];
  date: string | null;
  number: string | null;
  signature: string | null;
}

export interface TitleBlock {
  issuer: string[];
  title: string | null;
  subtitle: string[];
  /** «2023», «2020-2022», «2023/2024», or null when the block names no year. */
  period: string | null;
  approval: ApprovalDraft | null;
}

const APPROVAL = /^(УТВЕРЖДЕН[АОЫ]?|УТВЕРЖДАЮ|СОГЛАСОВАН[АОЫ]?|ПРИНЯТ[АОЫ]?)(?![а-яё])[\s:]*/i;
const TITLE = /дорожн\S*\s+карт|план[\s-]+(мероприятий|график)|^план(?![а-яё])|комплекс\s+мер/i;
const MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

/**
 * Reads the lines above the roadmap table: the approval stamp (УТВЕРЖДЕНА … приказом … от 20.01.2023 № 15-од),
 * the issuing body (lines before the title), the title (the line naming a «дорожная карта» / «план»), the
 * subtitle (lines after it) and the period named there («на 2023 год», «на 2020-2022 годы»).
 * Each paragraph is a list of its lines (soft breaks split lines).
 */
export function readTitleBlock(paragraphs: readonly string[][]): TitleBlock {
  const rest: string[][] = [];
  let approval: ApprovalDraft | null = null;
  let inStamp = false;
  for (const para of paragraphs) {
    const first = para[0] ?? '';
    const label = APPROVAL.exec(first);
    if (label && !approval) {
      approval = { label: label[1]!.toUpperCase(), by: [], date: null, number: null, signature: null };
      inStamp = true;
      stampLines(approval, [first.slice(label[0].length), ...para.slice(1)]);
      continue;
    }
    if (inStamp && approval && looksLikeStamp(first, approval)) {
      stampLines(approval, para);
      continue;
    }
    inStamp = false;
    rest.push(para);
  }
  const at = rest.findIndex((p) => TITLE.test(p.join(' ')));
  const titleAt = at >= 0 ? at : rest.length > 0 ? rest.length - 1 : -1;
  const issuer = rest.slice(0, Math.max(0, titleAt)).flat();
  const title = titleAt >= 0 ? rest[titleAt]!.join(' ').replace(/\s+/g, ' ').trim() : null;
  const subtitle = titleAt >= 0 ? rest.slice(titleAt + 1).flat() : [];
  const period = findPeriod([title ?? '', ...subtitle].join(' '));
  return { issuer, title, subtitle, period, approval };
}

/** Stamp lines go on until the date/number line, or until a line that is clearly not part of it. */
function looksLikeStamp(line: string, approval: ApprovalDraft): boolean {
  if (approval.date && approval.number) return /^_{2,}|^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ]/.test(line);
  return !TITLE.test(line) && line.length < 120;
}

function stampLines(approval: ApprovalDraft, lines: readonly string[]): void {
  for (const raw of lines) {
    let line = raw.trim();
    if (line === '') continue;
    const date = dateOf(line);
    const number = /№\s*([^\s,;]+)/.exec(line);
    if (date) approval.date = date.iso;
    if (number) approval.number = number[1]!.replace(/[.]$/, '');
    if (date || number) {
      line = line
        .replace(date?.text ?? '\u0000', '')
        .replace(number?.[0] ?? '\u0000', '')
        .replace(/\s+/g, ' ')
        .trim();
      line = line
        .replace(/^(от|№)\s*$/i, '')
        .replace(/\s+(от|№)$/i, '')
        .trim();
      if (line === '') continue;
    }
    const signature = /^_*\s*([А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s*$/.exec(
      line.replace(/_+/g, ' ').trim(),
    );
    if (signature) approval.signature = signature[1]!;
    else approval.by.push(line);
  }
}

function dateOf(line: string): { iso: string; text: string } | null {
  const numeric = /(?:от\s+)?«?(\d{1,2})»?[./\s](\d{1,2})[./](\d{4})(\s*г(ода|\.)?)?/.exec(line);
  if (numeric) return iso(numeric[0], numeric[3]!, numeric[2]!, numeric[1]!);
  const words = /(?:от\s+)?«?(\d{1,2})»?\s+([а-яё]+)\s+(\d{4})(\s*г(ода|\.)?)?/i.exec(line);
  if (words) {
    const month = MONTHS.findIndex((m) => words[2]!.toLowerCase().startsWith(m)) + 1;
    if (month > 0) return iso(words[0], words[3]!, String(month), words[1]!);
  }
  return null;
}

function iso(text: string, y: string, m: string, d: string): { iso: string; text: string } | null {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: isoDate(year, month, day), text };
}

/**
 * A school year named with its two calendar years and «учебный год» («на 2024-2025 учебный год», «2024–25 уч. г.»,
 * «2024/2025 учебного года») as the period writes it: «2024/2025» (September to August), not 2024–2025.
 */
const SCHOOL_YEAR = /\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})\s*(?:гг?\.?\s*)?(?:учебн|уч\.)/i;

/** «2024/2025» when `text` names a school year, else null. */
export function findSchoolYear(text: string): string | null {
  const m = SCHOOL_YEAR.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[2]!.length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]);
  return second === first + 1 ? `${first}/${second}` : null;
}

/** «2020-2022», «2023/2024» (school year), or a single year such as «на 2023 год». */
export function findPeriod(text: string): string | null {
  const schoolYear = findSchoolYear(text);
  if (schoolYear) return schoolYear;
  const range = /\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/.exec(text);
  if (range) return `${range[1]}-${range[2]}`;
  const school = /\b((?:19|20)\d{2})\s*\/\s*((?:19|20)\d{2})\b/.exec(text);
  if (school) return `${school[1]}/${school[2]}`;
  const year = /\b((?:19|20)\d{2})\b/.exec(text);
  return year ? year[1]! : null;
}
