import type { TermKind } from './school-calendar.js';

/**
 * What a phrase says, before any period is applied: a repetition and a list of date expressions.
 * Years may be missing (they are then resolved against the period, or repeat every year).
 */
export type Shape =
  | 'day'
  | 'dayOnly'
  | 'month'
  | 'year'
  | 'quarter'
  | 'half'
  | 'part'
  | 'school'
  | 'results'
  | 'nth'
  | 'monthDay'
  | 'weekday'
  /** A school term or holiday from the school calendar («I четверть», «осенние каникулы»). */
  | 'term';

/** Which part of a term or calendar unit: its first or last week, or the days right after it («по итогам»). */
export type TermPart = 'begin' | 'end' | 'results';

export type PartOfMonth = 'begin' | 'mid' | 'end' | 'd1' | 'd2' | 'd3';

/** A window template: start (month/day) and end (month/day, -1 = last day), `eyOff` years after the start. */
export interface Span {
  shape: Shape;
  /** Start year when known (written, or taken from a neighbouring date). */
  y: number | null;
  /** True when the year was written next to this very date. */
  yWritten: boolean;
  sm: number;
  sd: number;
  em: number;
  ed: number;
  eyOff: number;
  /** Quarter/half number, weekday ordinal (-1 = last), or 12 for «по итогам года» / 6 for the school year. */
  n: number;
  /** Weekday 1..7 for 'nth' and 'weekday'; month 0 in 'nth' means «каждого месяца». */
  wd: number;
  part: PartOfMonth | null;
  /** Whole calendar years only («2021», «2020-2022»): under a repetition this limits it instead of repeating. */
  yearsOnly: boolean;
  /** For 'term': the kind of term; n is its number (0 = each one, for holidays the season 1..5). */
  term: TermKind | null;
  /** «в конце четверти», «по итогам I полугодия», «по итогам квартала». */
  termPart: TermPart | null;
  o: number;
  l: number;
}

export type ItemMode = 'window' | 'until' | 'from';

export interface Item {
  mode: ItemMode;
  a: Span;
  /** End of a range («март–апрель», «с 5 февраля по 5 марта»), else null. */
  b: Span | null;
}

export type Unit = 'year' | 'quarter' | 'half' | 'month' | 'week' | 'day' | 'term' | 'trimester' | 'holiday';

export interface Repeat {
  unit: Unit;
  interval: number;
  /** «в течение года»/«в течение учебного года» are rendered as said. */
  during: boolean;
  /** «…, далее раз в два года»: the dates come first in the text. */
  then: boolean;
}

interface Unknown {
  w: string;
  o: number;
  l: number;
}

export interface Parsed {
  rep: Repeat | null;
  items: Item[];
  cont: boolean;
  /**
   * An external clause: its start offset, whether it is relative to an event (then no date applies), and its end
   * when a semicolon closes it and dates may follow («по графику; март 2023»).
   */
  ext: { rel: boolean; o: number; end: number | null } | null;
  unknown: Unknown[];
  /** «…, следующего за отчетным»: the date is in the unit after each reported one. */
  reported: boolean;
  /** Dates written side by side with no comma, dash or «и» between them: read as a list, with a warning. */
  juxtaposed: Array<{ o: number; l: number }>;
  /** Dates read through a stray mark («с 9 мая ;по 10 мая», «2; марта»): warned like odd punctuation. */
  odd: Array<{ o: number; l: number }>;
  /** Parts kept as remarks, not dates: the length after a range («– 10 дней»), a time of day («15 часов»). */
  remarks: Array<{ o: number; l: number }>;
}
