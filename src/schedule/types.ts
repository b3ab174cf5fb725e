import type { IsoDate } from '../util/dates.js';
import type { SchoolCalendar } from './school-calendar.js';

/** An ISO calendar date, 'YYYY-MM-DD': schedules never carry Date objects. */
export type { IsoDate };

/** The roadmap's period of validity, both ends inclusive. */
export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export type ScheduleKind = 'once' | 'recurring' | 'continuous' | 'external' | 'unknown';

/** A dated window, both ends inclusive. The deadline of an occurrence is its `end`. */
export interface Occurrence {
  start: IsoDate;
  end: IsoDate;
}

/** A problem found in one phrase. Offsets are UTF-16 offsets into the phrase as given. */
export interface PhraseIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The nearest readable form, when one can be suggested. */
  hint?: string;
  offset?: number;
  length?: number;
}

export interface Schedule {
  kind: ScheduleKind;
  /**
   * RFC 5545 RRULE value (no 'RRULE:' prefix) for `recurring` schedules, else null. With DTSTART = `dtstart`
   * it expands to exactly the `end` dates of `occurrences`. UNTIL is a date (YYYYMMDD).
   */
  rrule: string | null;
  /** DTSTART for the rrule: the first occurrence's end. Null when rrule is null. */
  dtstart: IsoDate | null;
  /** Canonical Russian rendering of the phrase. */
  text: string;
  /** Remarks in brackets and other kept text, or null. */
  note: string | null;
  occurrences: Occurrence[];
  issues: PhraseIssue[];
  /** The school terms the reading used, with their dates («I четверть 2024/2025: 02.09.2024–25.10.2024»). */
  terms?: string[];
}

export interface DeadlineContext {
  period: Period;
  /** Dates of школьные четверти, триместры, полугодия and каникулы; default: the federal schedule. */
  schoolCalendar?: SchoolCalendar;
}
