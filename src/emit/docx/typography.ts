/**
 * Typography the printed document wants and a YAML source is rarely typed with: an en dash in a range of years,
 * months, quarters or grades («2020–2022», «Март–апрель», «I–II квартал», «5–9 классы»), and a dash with spaces
 * where the text has a hyphen between spaces («(далее — ГИА)»). Only the document is changed: the source, the
 * tracker and the calendars keep the text as written. Words joined by a hyphen («учителей-предметников»), numbers
 * of documents («15-од») and telephone numbers are left alone.
 */
export function typeset(text: string): string {
  if (!text.includes('-')) return text;
  return text
    .replace(YEARS, '$1\u2013$2')
    .replace(MONTHS, '$1\u2013$2')
    .replace(ROMAN, '$1\u2013$2')
    .replace(GRADES, '$1\u2013$2$3')
    .replace(SPACED_HYPHEN, '\u00a0\u2014');
}

const YEARS = /(?<![\d-])((?:19|20)\d{2}) ?- ?((?:19|20)\d{2})(?![\d-])/g;
const MONTH =
  '(?:[Яя]нвар|[Фф]еврал|[Мм]арт|[Аа]прел|[Мм]а[йея]|[Ии]юн|[Ии]юл|[Аа]вгуст|[Сс]ентябр|[Оо]ктябр|[Нн]оябр|[Дд]екабр)[а-яё]*';
const MONTHS = new RegExp(`(?<![а-яё])(${MONTH}) ?- ?(${MONTH})(?![а-яё])`, 'gu');
const ROMAN = /(?<![A-Za-z-])([IVX]{1,4})-([IVX]{1,4})(?![A-Za-z-])/g;
const GRADES = /(?<![\d-])(\d{1,2})-(\d{1,2})(\s*(?:-?х\s+)?(?:класс|кл\.))/gu;
/** «далее - ГИА», «… 2023 -- итоги»: a hyphen (or two) standing alone between words. */
const SPACED_HYPHEN = /[ \u00a0]+--?(?= )/g;
