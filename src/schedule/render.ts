import { pluralWord } from '../util/plural.js';
import { MONTH_GENITIVE, MONTH_NAMES, WEEKDAY_NAMES, WEEKDAY_PLURAL } from './names.js';
import type { TermKind } from './school-calendar.js';
import type { Item, Parsed, Repeat, Span, TermPart } from './structure.js';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const DECADE = ['', 'первая', 'вторая', 'третья'];
const PART: Record<string, string> = { begin: 'начало', mid: 'середина', end: 'конец' };
/** Ordinals for «первый понедельник», «первая пятница», «первое воскресенье». */
const ORDINALS: Record<string, string[]> = {
  m: ['последний', 'первый', 'второй', 'третий', 'четвертый', 'пятый'],
  f: ['последняя', 'первая', 'вторая', 'третья', 'четвертая', 'пятая'],
  n: ['последнее', 'первое', 'второе', 'третье', 'четвертое', 'пятое'],
};
const GENDER = ['m', 'm', 'f', 'm', 'f', 'f', 'n'];

const two = (n: number) => String(n).padStart(2, '0');
const month = (m: number) => MONTH_NAMES[m - 1] ?? '';
const genitive = (m: number) => MONTH_GENITIVE[m - 1] ?? '';
const withYear = (text: string, y: number | null) => (y === null ? text : `${text} ${y}`);

/** Canonical Russian text of a phrase's reading: «ежегодно, июль–август», «II квартал 2022», «до 20.11.2022». */
export function renderParsed(p: Parsed): string {
  const items = p.items.map(renderItem);
  if (!p.rep) {
    if (!items.length && p.cont) return 'постоянно';
    return items.join(', ');
  }
  // «по итогам каждой четверти», «в конце каждой четверти»: the item says the repetition itself
  if (p.items.some((i) => i.a.n === 0 && (i.a.shape === 'term' || i.a.termPart !== null))) return items.join(', ');
  const rep = renderRepeat(p.rep, p.items);
  if (rep.includes('течение')) return [rep, ...items.filter((_, i) => !isDuringTemplate(p.items[i]))].join(', ');
  if (p.rep.then && items.length) return `${items.join(', ')}, далее ${rep}`;
  return [rep, ...items].join(', ');
}

function isDuringTemplate(item: Item | undefined): boolean {
  return item?.a.shape === 'school' && item.a.y === null;
}

function renderRepeat(rep: Repeat, items: Item[]): string {
  const k = rep.interval;
  if (rep.during && rep.unit === 'year' && k === 1) {
    if (items.some(isDuringTemplate)) return 'в течение учебного года';
    if (!items.length) return 'в течение года';
  }
  if (rep.during && k === 1 && DURING[rep.unit]) return `в течение ${DURING[rep.unit]}`;
  if (k === 1) {
    const adverb = {
      year: 'ежегодно',
      quarter: 'ежеквартально',
      month: 'ежемесячно',
      week: 'еженедельно',
      day: 'ежедневно',
      half: 'раз в полугодие',
      term: 'раз в четверть',
      trimester: 'раз в триместр',
      holiday: 'в каждые каникулы',
    };
    return adverb[rep.unit];
  }
  const words = {
    year: pluralWord(k, 'год', 'года', 'лет'),
    quarter: pluralWord(k, 'квартал', 'квартала', 'кварталов'),
    month: pluralWord(k, 'месяц', 'месяца', 'месяцев'),
    week: pluralWord(k, 'неделю', 'недели', 'недель'),
    day: pluralWord(k, 'день', 'дня', 'дней'),
    half: pluralWord(k, 'полугодие', 'полугодия', 'полугодий'),
    term: pluralWord(k, 'четверть', 'четверти', 'четвертей'),
    trimester: pluralWord(k, 'триместр', 'триместра', 'триместров'),
    holiday: 'каникулы',
  };
  return `раз в ${k} ${words[rep.unit]}`;
}

const DURING: Partial<Record<Repeat['unit'], string>> = {
  term: 'каждой четверти',
  trimester: 'каждого триместра',
  half: 'каждого полугодия',
  holiday: 'каждых каникул',
};
const TERM_NAMES: Record<TermKind, [string, string]> = {
  quarter: ['четверть', 'четверти'],
  trimester: ['триместр', 'триместра'],
  half: ['полугодие', 'полугодия'],
  holiday: ['каникулы', 'каникул'],
};
const SEASONS = ['', 'осенние', 'зимние', 'весенние', 'летние', 'дополнительные'];
const SEASONS_GEN = ['', 'осенних', 'зимних', 'весенних', 'летних', 'дополнительных'];
const PART_OF: Record<TermPart, string> = { begin: 'начало', end: 'конец', results: 'по итогам' };

/** «I четверть», «осенние каникулы 2024/2025», «конец каждой четверти», «по итогам II полугодия». */
function termText(s: Span): string {
  const kind = s.term ?? 'quarter';
  const [nom, gen] = TERM_NAMES[kind];
  const year = s.y === null ? '' : ` ${s.y}/${s.y + 1} учебного года`;
  const each = kind === 'trimester' || kind === 'half' ? 'каждого' : kind === 'holiday' ? 'каждых' : 'каждой';
  let name: string;
  let nameGen: string;
  if (kind === 'holiday') {
    name = s.n === 0 ? 'в каникулы' : `${SEASONS[s.n]} каникулы`;
    nameGen = s.n === 0 ? `${each} каникул` : `${SEASONS_GEN[s.n]} каникул`;
  } else {
    name = s.n === 0 ? `${each === 'каждой' ? 'каждая' : 'каждое'} ${nom}` : `${ROMAN[s.n]} ${nom}`;
    nameGen = s.n === 0 ? `${each} ${gen}` : `${ROMAN[s.n]} ${gen}`;
  }
  if (!s.termPart) return name + year;
  return `${PART_OF[s.termPart]} ${nameGen}${year}`;
}

function renderItem(item: Item): string {
  const a = item.a;
  const b = item.b;
  if (a.shape === 'weekday' || a.shape === 'nth') return point(a, true);
  if (item.mode === 'until') return `до ${untilText(b ?? a)}`;
  if (item.mode === 'from') return `с ${fromText(a)}`;
  if (!b) return point(a, a.yWritten);
  if (a.shape === 'year' && b.shape === 'year') return `${a.y}–${b.y}`;
  if (a.y !== null && b.y !== null && a.shape === 'day' && b.shape === 'day')
    return `${point(a, true)} – ${point(b, true)}`;
  const sameYear = a.y === b.y;
  if (a.shape === 'month' && b.shape === 'month' && sameYear) return withYear(`${month(a.sm)}–${month(b.sm)}`, b.y);
  if (a.shape === 'day' && b.shape === 'day' && sameYear && a.sm === b.sm)
    return withYear(`${a.sd}–${b.sd} ${genitive(b.sm)}`, b.y);
  if (sameYear) return `${point(a, false)} – ${point(b, true)}`;
  return `${point(a, true)} – ${point(b, true)}`;
}

function untilText(s: Span): string {
  if (s.shape === 'day') return point(s, true);
  if (s.shape === 'monthDay') return `${s.sd} числа`;
  if (s.shape === 'month') return withYear(`конца ${genitive(s.sm)}`, s.y);
  if (s.shape === 'year') return `конца ${s.y} года`;
  const text = point(s, true);
  const genitivePart = text.replace(
    /^(начало|середина|конец)/,
    (w) => ({ начало: 'начала', середина: 'середины', конец: 'конца' })[w] ?? w,
  );
  return genitivePart === text ? `конца: ${text}` : genitivePart;
}

function fromText(s: Span): string {
  if (s.shape === 'month') return withYear(genitive(s.sm), s.y);
  if (s.shape === 'year') return `${s.y} года`;
  return point(s, true);
}

function point(s: Span, showYear: boolean): string {
  const y = showYear ? s.y : null;
  switch (s.shape) {
    case 'day':
    case 'dayOnly':
      return s.y !== null && showYear ? `${two(s.sd)}.${two(s.sm)}.${s.y}` : `${s.sd} ${genitive(s.sm)}`;
    case 'month':
      return withYear(month(s.sm), y);
    case 'year':
      return s.y === null ? 'год' : String(s.y);
    case 'quarter':
      if (s.termPart === 'results')
        return withYear(`по итогам ${s.n ? `${ROMAN[s.n]} квартала` : 'каждого квартала'}`, y);
      return withYear(`${ROMAN[s.n]} квартал`, y);
    case 'half':
      if (s.termPart === 'results') return withYear(`по итогам ${ROMAN[s.n]} полугодия`, y);
      return withYear(`${ROMAN[s.n]} полугодие`, y);
    case 'part':
      if (s.n === 1) return s.y === null ? `${PART[s.part ?? 'begin']} года` : `${PART[s.part ?? 'begin']} ${s.y} года`;
      if (s.part?.startsWith('d')) return withYear(`${DECADE[Number(s.part.slice(1))]} декада ${genitive(s.sm)}`, y);
      return withYear(`${PART[s.part ?? 'begin']} ${genitive(s.sm)}`, y);
    case 'school':
      return s.y === null ? 'учебный год' : `${s.y}/${s.y + s.eyOff} учебный год`;
    case 'results':
      return s.n === 6 ? 'по итогам учебного года' : 'по итогам года';
    case 'nth': {
      const ord = ORDINALS[GENDER[s.wd - 1] ?? 'm']?.[s.n < 0 ? 0 : s.n] ?? '';
      return `${ord} ${WEEKDAY_NAMES[s.wd - 1]} ${s.sm ? genitive(s.sm) : 'месяца'}`;
    }
    case 'monthDay':
      return `${s.sd} числа`;
    case 'weekday':
      return `по ${WEEKDAY_PLURAL[s.wd - 1]}`;
    case 'term':
      return termText(s);
  }
}
