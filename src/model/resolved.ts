import type { IsoDate, Period, Schedule } from '../schedule/types.js';
import type { RichText } from './text.js';

/** A responsible organisation: from the directory (id set) or free text (id null). */
export interface Executor {
  id: string | null;
  name: string;
  /** How the name reads after a comma in a list, when the directory says so («отдел образования»). */
  inList?: string;
}

export interface Approval {
  /** «УТВЕРЖДЕНА», «УТВЕРЖДАЮ» … */
  label: string;
  /** Who approves / by which act, one line each. */
  by: string[];
  date: IsoDate | null;
  number: string | null;
  signature: string | null;
}

/** A «СОГЛАСОВАНО» stamp: who agreed (position lines), their signature and the date, or by which act. */
export interface Agreement {
  label: string;
  by: string[];
  signature: string | null;
  date: IsoDate | null;
  number: string | null;
}

/** A signature after the table: «Начальник управления образования ______ И.И. Иванова». */
export interface Signature {
  position: string[];
  name: string;
}

/** «Исполнитель: ФИО, тел.» at the end of a document. */
export interface PreparedBy {
  name: string;
  phone: string | null;
}

/** Where a value came from in the user's YAML (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface ResolvedItem {
  /** Hierarchical number without trailing dot: "1", "3.1". */
  number: string;
  /** Stable calendar UID: `<item id or title hash>@<roadmap id>.roadmap`. */
  uid: string;
  /** The user's explicit id, or null. */
  id: string | null;
  title: RichText;
  /** The deadline phrase exactly as written; '' for a heading item that only groups sub-items (no deadline). */
  when: string;
  schedule: Schedule;
  indicator: RichText;
  executors: Executor[];
  note: string | null;
  items: ResolvedItem[];
  /** Position of the item mapping in the source file. */
  position: SourcePosition;
  /** Position of the `when` value (for diagnostics pointing at the phrase). */
  whenPosition: SourcePosition;
}

export interface ResolvedSection {
  /** Null for roadmaps written without sections (a single untitled section). */
  title: string | null;
  items: ResolvedItem[];
}

export interface ResolvedRoadmap {
  id: string;
  title: string;
  subtitle: string[];
  issuer: string[];
  period: Period;
  /** The period as written («2020-2022»). */
  periodText: string;
  approval: Approval | null;
  /** «СОГЛАСОВАНО» stamps, and whether they stand left of the approval stamp or below it. */
  agreed: Agreement[];
  agreedPlacement: 'left' | 'below';
  signatures: Signature[];
  preparedBy: PreparedBy | null;
  template: string;
  executors: Executor[];
  sections: ResolvedSection[];
  /** Path of the source file, as given to the compiler. */
  source: string;
}
