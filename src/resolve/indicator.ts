/**
 * Measurable targets in indicator text: «не менее 14 человек», «не менее 30% обучающихся», «100 %», «не менее 2-х
 * мероприятий в год». Only a number that carries a bound («не менее …») or a percent sign is a target; a text with
 * no such number, or with two of them, stays text — the reader never guesses which one was meant.
 */
export type Bound = '≥' | '>' | '≤' | '<' | '=';
type Per = 'год' | 'учебный год' | 'полугодие' | 'квартал' | 'месяц' | 'неделя';

export interface IndicatorTarget {
  value: number;
  /** '%', or the counted thing as written: «человек», «ключевых событий», «чел.». '' when not said. */
  unit: string;
  /** The period the value is counted over: «в год» → 'год'; null when not said. */
  per: Per | null;
  bound: Bound;
  /** What a percentage is of: «30% обучающихся» → «обучающихся»; null otherwise. */
  of: string | null;
  /** The part of the text read as the target. */
  phrase: string;
}

const BOUNDS: [RegExp, Bound][] = [
  [/^не\s+(?:менее|меньше|ниже)(?:\s+чем)?$/i, '≥'],
  [/^не\s+(?:более|больше|выше)(?:\s+чем)?$/i, '≤'],
  [/^(?:более|свыше|больше)(?:\s+чем)?$/i, '>'],
  [/^(?:менее|меньше)(?:\s+чем)?$/i, '<'],
  [/^(?:≥|>=)$/, '≥'],
  [/^(?:≤|<=)$/, '≤'],
];

const PERS: [RegExp, Per][] = [
  [/(?:^|\s)(?:в|за)\s+учебн(?:ый|ом)\s+год(?:у)?(?=$|[\s.,;:)])/i, 'учебный год'],
  [/(?:^|\s)(?:(?:в|за)\s+год|ежегодно)(?=$|[\s.,;:)])/i, 'год'],
  [/(?:^|\s)(?:(?:в|за)\s+полугодие|раз\s+в\s+полгода)(?=$|[\s.,;:)])/i, 'полугодие'],
  [/(?:^|\s)(?:(?:в|за)\s+квартал|ежеквартально)(?=$|[\s.,;:)])/i, 'квартал'],
  [/(?:^|\s)(?:(?:в|за)\s+месяц|ежемесячно)(?=$|[\s.,;:)])/i, 'месяц'],
  [/(?:^|\s)(?:(?:в|за)\s+неделю|еженедельно)(?=$|[\s.,;:)])/i, 'неделя'],
];

const WORD = '[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*\\.?';
// bound? number (-х) (% | adjectives* noun)?
const TARGET = new RegExp(
  `(?:(не\\s+(?:менее|меньше|ниже|более|больше|выше)(?:\\s+чем)?|более(?:\\s+чем)?|свыше|менее(?:\\s+чем)?|≥|>=|≤|<=)\\s*)?` +
    `(\\d+(?:[.,]\\d+)?)(?:-?(?:х|ти|ми|и|ух|ёх|ех|ого|го))?(?![\\d.,]\\d)` +
    `(?:\\s*(%|процент(?:ов|а)?(?![а-яё]))(?:\\s+(${WORD}))?|\\s+(${WORD}(?:\\s+${WORD})?))?`,
  'giu',
);
const ADJECTIVE = /(?:ых|их|ого|его|ому|ему|ым|им)$/i;

export function readIndicator(text: string): IndicatorTarget | null {
  const found: IndicatorTarget[] = [];
  for (const m of text.matchAll(TARGET)) {
    const [phrase, boundText, number, percent, of, words] = m;
    const bound = boundText ? boundOf(boundText) : null;
    if (!bound && !percent) continue; // a bare number: a year, a count in a name («500+»)
    let unit = percent ? '%' : '';
    let used = phrase!;
    if (!percent && words) {
      // «ключевых событий», «молодых специалистов»: adjectives and the noun they go with; a second word is kept
      // only when the first is an adjective
      const [first, second] = words.split(/\s+/);
      unit = second && ADJECTIVE.test(first!) ? `${first} ${second}` : first!;
      if (unit !== words) used = used.slice(0, used.length - words.length) + unit;
    }
    const rest = text.slice(m.index! + used.length);
    const per = PERS.find(([re]) => re.test(rest))?.[1] ?? null;
    found.push({
      value: Number(number!.replace(',', '.')),
      unit,
      per,
      bound: bound ?? '=',
      of: percent && of ? of : null,
      phrase: used.trim(),
    });
  }
  return found.length === 1 ? found[0]! : null;
}

function boundOf(text: string): Bound | null {
  const t = text.trim().replace(/\s+/g, ' ');
  return BOUNDS.find(([re]) => re.test(t))?.[1] ?? null;
}

const BOUND_WORDS: Record<Bound, string> = { '≥': 'не менее', '>': 'более', '≤': 'не более', '<': 'менее', '=': '' };

/** «не менее 14 человек», «100 %», «не менее 2 мероприятий в год»: the target as the site and report show it. */
export function targetText(t: IndicatorTarget): string {
  const value = String(t.value).replace('.', ',');
  const amount = t.unit === '%' ? `${value} %` : t.unit ? `${value} ${t.unit}` : value;
  return [BOUND_WORDS[t.bound], amount, t.of ?? '', t.per ? `в ${t.per === 'неделя' ? 'неделю' : t.per}` : '']
    .filter(Boolean)
    .join(' ');
}

/** Whether a reported fact («12», «35 %», «12 человек») meets the target; null when the fact has no number. */
export function meetsTarget(t: IndicatorTarget, fact: string): boolean | null {
  const m = /(\d+(?:[.,]\d+)?)/.exec(fact);
  if (!m) return null;
  const v = Number(m[1]!.replace(',', '.'));
  switch (t.bound) {
    case '≥':
      return v >= t.value;
    case '>':
      return v > t.value;
    case '≤':
      return v <= t.value;
    case '<':
      return v < t.value;
    default:
      return t.unit === '%' || t.value !== 0 ? v >= t.value : v === t.value;
  }
}

/**
 * «цель: не менее 14 человек; факт: 12 — не достигнуто»: the report's line for a recorded fact. Without a target
 * the fact is shown as it is; without a number in it, no verdict.
 */
export function factVerdict(t: IndicatorTarget | null, fact: string): string {
  if (!t) return `факт: ${fact}`;
  const met = meetsTarget(t, fact);
  const verdict = met === null ? '' : met ? ' — достигнуто' : ' — не достигнуто';
  return `цель: ${targetText(t)}; факт: ${fact}${verdict}`;
}
