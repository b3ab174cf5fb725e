/**
 * The words of deadline phrases. Every form is listed once, precompiled into maps, so the tokenizer does one
 * lookup per word. Words are in the normalised spelling: lower case, «е» for «ё».
 */
export type Kw =
  | 'yearly'
  | 'quarterly'
  | 'monthly'
  | 'weekly'
  | 'daily'
  | 'halfly'
  | 'every'
  | 'times'
  | 'in'
  | 'cont'
  | 'during'
  | 'school'
  | 'results'
  | 'begin'
  | 'mid'
  | 'end'
  | 'until'
  | 'through'
  | 'from'
  | 'incl'
  | 'then'
  | 'and'
  | 'yearw'
  | 'monthw'
  | 'weekw'
  | 'dayw'
  | 'datew'
  | 'quarterw'
  | 'halfw'
  | 'halfyear'
  | 'decadew'
  | 'cur'
  | 'stop'
  | 'filler'
  | 'za'
  // #17: the school calendar
  | 'termw'
  | 'trimw'
  | 'holidayw'
  | 'autumn'
  | 'winter'
  | 'spring'
  | 'summer'
  | 'extra'
  | 'hourw'
  | 'minutew'
  | 'workadj'
  | 'nextafter';

export type Lex =
  | { t: 'month'; v: number }
  | { t: 'wd'; v: number; plural: boolean }
  | { t: 'ord'; v: number }
  /** `day`: an ordinal day of a month written as a word («до пятнадцатого числа»). */
  | { t: 'num'; v: number; times: boolean; day?: boolean }
  | { t: 'kw'; k: Kw }
  | { t: 'ext'; rel: boolean }
  /** A word that only has a meaning inside a multi-word phrase. */
  | { t: 'part' };

export const LEXICON = new Map<string, Lex>();
/** First word → phrases starting with it, longest first. */
export const PHRASES = new Map<string, Array<{ words: string[]; lex: Lex }>>();

function add(lex: Lex, ...words: string[]): void {
  for (const w of words) LEXICON.set(w, lex);
}

function forms(stem: string, endings: string[]): string[] {
  return endings.map((e) => stem + e);
}

function phrase(lex: Lex, ...texts: string[]): void {
  for (const text of texts) {
    const words = text.split(' ');
    const first = words[0] ?? '';
    const list = PHRASES.get(first) ?? [];
    list.push({ words, lex });
    list.sort((a, b) => b.words.length - a.words.length);
    PHRASES.set(first, list);
    for (const w of words) if (!LEXICON.has(w)) LEXICON.set(w, { t: 'part' });
  }
}

const kw = (k: Kw): Lex => ({ t: 'kw', k });

// Months: nominative, genitive, prepositional, dative, instrumental; and the usual abbreviations.
const SOFT = ['ь', 'я', 'е', 'ю', 'ем'];
const HARD = ['', 'а', 'е', 'у', 'ом'];
const MONTHS: Array<[string, string[], string[]]> = [
  ['январ', SOFT, ['янв']],
  ['феврал', SOFT, ['фев', 'февр']],
  ['март', HARD, ['мар']],
  ['апрел', SOFT, ['апр']],
  ['ма', ['й', 'я', 'е', 'ю', 'ем'], []],
  ['июн', SOFT, ['июн']],
  ['июл', SOFT, ['июл']],
  ['август', HARD, ['авг']],
  ['сентябр', SOFT, ['сен', 'сент']],
  ['октябр', SOFT, ['окт']],
  ['ноябр', SOFT, ['ноя', 'нояб']],
  ['декабр', SOFT, ['дек']],
];
MONTHS.forEach(([stem, endings, abbr], i) => add({ t: 'month', v: i + 1 }, ...forms(stem, endings), ...abbr));

const WEEKDAYS: Array<[string[], string[], string[]]> = [
  [forms('понедельник', HARD), forms('понедельник', ['и', 'ам']), ['пн']],
  [forms('вторник', HARD), forms('вторник', ['и', 'ам']), ['вт']],
  [forms('сред', ['а', 'у', 'ы', 'е', 'ой']), ['среды', 'средам'], ['ср']],
  [forms('четверг', HARD), forms('четверг', ['и', 'ам']), ['чт']],
  [forms('пятниц', ['а', 'у', 'ы', 'е', 'ей']), ['пятницы', 'пятницам'], ['пт']],
  [forms('суббот', ['а', 'у', 'ы', 'е', 'ой']), ['субботы', 'субботам'], ['сб']],
  [forms('воскресень', ['е', 'я', 'ю', 'ем']), ['воскресенья', 'воскресеньям'], ['вс']],
];
WEEKDAYS.forEach(([singular, plural, abbr], i) => {
  add({ t: 'wd', v: i + 1, plural: false }, ...singular, ...abbr);
  // «по средам»: the plural dative is what makes a weekday repeat; «среды» stays singular (genitive).
  for (const w of plural) if (w.endsWith('ам')) LEXICON.set(w, { t: 'wd', v: i + 1, plural: true });
});

const ADJ = ['ый', 'ая', 'ое', 'ого', 'ой', 'ом', 'ую', 'ые', 'ых', 'ым'];
add({ t: 'ord', v: 1 }, ...forms('перв', ADJ));
add({ t: 'ord', v: 2 }, ...forms('втор', ['ой', 'ая', 'ое', 'ого', 'ом', 'ую', 'ые', 'ых']));
add({ t: 'ord', v: 3 }, ...forms('трет', ['ий', 'ья', 'ье', 'ьего', 'ьей', 'ьем', 'ью', 'ьи']));
add({ t: 'ord', v: 4 }, ...forms('четверт', ADJ));
add({ t: 'ord', v: 5 }, ...forms('пят', ADJ));
add({ t: 'ord', v: -1 }, ...forms('последн', ['ий', 'яя', 'ее', 'его', 'ей', 'ем', 'юю', 'ие', 'их']));

add({ t: 'num', v: 1, times: false }, 'один', 'одна', 'одно', 'одного', 'одну');
add({ t: 'num', v: 2, times: false }, 'два', 'две', 'двух');
add({ t: 'num', v: 3, times: false }, 'три', 'трех');
add({ t: 'num', v: 4, times: false }, 'четыре', 'четырех');
add({ t: 'num', v: 5, times: false }, 'пять', 'пяти');
add({ t: 'num', v: 6, times: false }, 'шесть', 'шести');
add({ t: 'num', v: 7, times: false }, 'семь', 'семи');
add({ t: 'num', v: 10, times: false }, 'десять', 'десяти');
add({ t: 'num', v: 14, times: false }, 'четырнадцать', 'четырнадцати');
add({ t: 'num', v: 15, times: false }, 'пятнадцать', 'пятнадцати');
add({ t: 'num', v: 20, times: false }, 'двадцать', 'двадцати');
add({ t: 'num', v: 30, times: false }, 'тридцать', 'тридцати');
add({ t: 'num', v: 10, times: false, day: true }, 'десятого');
add({ t: 'num', v: 15, times: false, day: true }, 'пятнадцатого');
add({ t: 'num', v: 20, times: false, day: true }, 'двадцатого');
add({ t: 'num', v: 30, times: false, day: true }, 'тридцатого');
add({ t: 'num', v: 1, times: true }, 'однажды');
add({ t: 'num', v: 2, times: true }, 'дважды');
add({ t: 'num', v: 3, times: true }, 'трижды');

add(kw('yearly'), 'ежегодно', ...forms('ежегодн', ADJ));
add(kw('quarterly'), 'ежеквартально', ...forms('ежеквартальн', ADJ));
add(kw('monthly'), 'ежемесячно', ...forms('ежемесячн', ADJ));
add(kw('weekly'), 'еженедельно', ...forms('еженедельн', ADJ));
add(kw('daily'), 'ежедневно', ...forms('ежедневн', ADJ));
add(kw('halfly'), 'ежеполугодно', 'полугодово', ...forms('ежеполугодн', ADJ));
add(kw('every'), 'каждый', 'каждая', 'каждое', 'каждого', 'каждой', 'каждом', 'каждую', 'каждые', 'каждых', 'каждым');
add(kw('times'), 'раз', 'раза');
add(kw('in'), 'в', 'во', 'на', 'течении');
add(kw('and'), 'и', 'а', 'также', 'но', 'однако');
add(kw('cont'), 'постоянно', 'систематически', 'регулярно', 'постоянный', 'постоянная');
add(kw('school'), ...forms('учебн', ['ый', 'ого', 'ом', 'ому', 'ым', 'ые', 'ых']));
add(kw('begin'), 'начало', 'начала', 'начале', 'началу');
add(kw('mid'), 'середина', 'середины', 'середине', 'середину');
add(kw('end'), 'конец', 'конца', 'конце', 'концу', 'окончание', 'окончания');
add(kw('until'), 'до', 'к', 'ко');
add(kw('through'), 'по');
add(kw('from'), 'с', 'со', 'начиная', 'от');
add(kw('incl'), 'включительно');
add(kw('then'), 'далее', 'затем', 'дальнейшем', 'впоследствии', 'потом');
add(kw('yearw'), 'год', 'года', 'году', 'годом', 'годы', 'годов', 'годам', 'г', 'гг', 'лет');
add(kw('monthw'), ...forms('месяц', ['', 'а', 'е', 'у', 'ем', 'ы', 'ев']));
add(kw('weekw'), ...forms('недел', ['я', 'и', 'е', 'ю', 'ей', 'ь']));
// «число» is a date of the month («до 10 числа»), «день» also a length of time («каждые 3 дня»).
add(kw('datew'), 'число', 'числа', 'числу', 'числе', 'чисел');
add(kw('dayw'), 'день', 'дня', 'дней', 'дни', 'дням');
add(kw('quarterw'), ...forms('квартал', ['', 'а', 'е', 'у', 'ом', 'ы', 'ов', 'ам']), 'кв');
add(kw('halfw'), ...forms('полугоди', ['е', 'я', 'и', 'ю', 'ем', 'й']), 'полугод');
add(kw('halfyear'), 'полгода', 'полугода');
add(kw('decadew'), ...forms('декад', ['а', 'ы', 'е', 'у', 'ой']));
add(kw('cur'), 'текущего', 'текущий', 'текущем', 'текущему', 'сего', 'этого', 'этом', 'нынешнего');
add(kw('stop'), 'всего', 'весь', 'срок', 'календарного', 'календарный', 'календарном', 'чем', 'не', 'позднее', 'позже');
add(kw('filler'), 'реализации', 'действия', 'программы', 'проекта', 'дорожной', 'карты', 'плана', 'основе');
add(kw('za'), 'за');
add(kw('hourw'), 'час', 'часа', 'часов');
add(kw('minutew'), 'минут', 'минуты', 'мин');
add(kw('workadj'), 'рабочих', 'рабочий', 'рабочие', 'рабочего', 'календарных', 'календарные');
// «четверть» is a school term, never «четверг»: listing its forms keeps the typo guesser away from it
add(kw('termw'), ...forms('четверт', ['ь', 'и', 'ью', 'ей', 'ям', 'ях', 'ями']), 'четв');
add(kw('trimw'), ...forms('триместр', [...HARD, 'ы', 'ов', 'ам', 'ах']));
add(kw('holidayw'), ...forms('каникул', ['ы', '', 'ах', 'ам', 'ами']));
const SEASON_ADJ = ['ие', 'их', 'им', 'ими'];
add(kw('autumn'), ...forms('осенн', SEASON_ADJ));
add(kw('winter'), ...forms('зимн', SEASON_ADJ));
add(kw('spring'), ...forms('весенн', SEASON_ADJ));
add(kw('summer'), ...forms('летн', SEASON_ADJ));
add(kw('extra'), ...forms('дополнительн', ['ые', 'ых', 'ым', 'ыми']));

phrase(kw('until'), 'не позднее', 'не позже', 'в срок до', 'не позднее чем');
phrase(kw('from'), 'не ранее', 'не раньше', 'начиная с', 'начиная со');
phrase(kw('during'), 'в течение', 'в течении', 'на протяжении', 'в период');
phrase(kw('results'), 'по итогам', 'по результатам', 'по окончании');
phrase(kw('cur'), 'т г', 'с г', 'тек г');
phrase(kw('stop'), 'в срок', 'в сроки до', 'не реже', 'не менее', 'не чаще');
phrase({ t: 'num', v: 25, times: false, day: true }, 'двадцать пятого');
// «до 15 числа месяца, следующего за отчетным»: a deadline after each reported month, quarter or year
phrase(
  kw('nextafter'),
  ...['следующего', 'следующим', 'следующем'].flatMap((w) =>
    ['', ' периодом', ' кварталом', ' месяцем', ' годом', ' полугодием'].map((n) => `${w} за отчетным${n}`),
  ),
);
phrase(
  kw('termw'),
  'учебная четверть',
  'учебной четверти',
  'учебную четверть',
  'учебные четверти',
  'учебных четвертей',
  'учебным четвертям',
);
phrase(
  kw('cont'),
  'весь период',
  'всего периода',
  'весь срок',
  'всего срока',
  'срок реализации',
  'срока реализации',
  'период реализации',
  'периода реализации',
  'на постоянной основе',
  'в постоянном режиме',
);
phrase(
  { t: 'ext', rel: false },
  'в соответствии',
  'согласно',
  'по графику',
  'по плану',
  'по отдельному',
  'по решению',
  'по мере',
  'по запросу',
  'по запросам',
  'по заявке',
  'по заявкам',
  'по согласованию',
  'по требованию',
  'по распоряжению',
  'по приказу',
  'по указанию',
  'по факту',
  'по необходимости',
  'при необходимости',
  'при наличии',
  'в сроки',
  'в установленные',
  'в установленный',
  'в рамках',
  'в период проведения',
  'во время',
  'в ходе',
  'по расписанию',
  'по срокам',
  'определяется',
  'устанавливается',
  'по приглашению',
  'по инициативе',
  'по поручению',
  'по графикам',
  'в соотвествии',
  'в зависимости',
  'по мере поступления',
  'в сроки установленные',
  'в сроки определенные',
);
phrase(
  { t: 'ext', rel: true },
  'после',
  'перед',
  'накануне',
  'через',
  'по завершении',
  'в день',
  'в дни',
  'в месячный срок',
  'в недельный срок',
  'в двухнедельный срок',
  'в десятидневный срок',
  'в трехдневный срок',
  'в пятидневный срок',
  'в двухмесячный срок',
  'в трехмесячный срок',
  'в кратчайшие сроки',
  'незамедлительно',
  'немедленно',
  'по окончанию',
);

/** Long words the typo guesser may correct to, bucketed by length. */
export const GUESS_TARGETS = new Map<number, string[]>();
for (const word of LEXICON.keys()) {
  if (word.length < 5) continue;
  const list = GUESS_TARGETS.get(word.length) ?? [];
  list.push(word);
  GUESS_TARGETS.set(word.length, list);
}
