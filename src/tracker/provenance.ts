/**
 * The tracker's hidden provenance: a very hidden sheet that records which roadmap the tracker was built for, when,
 * and what every row's editable cells held then. `status import` compares a filled tracker with it, so only what
 * the person changed in that tracker is applied — an old or another executor's tracker never undoes a newer record.
 * Shared by the writer (src/emit/xlsx) and the reader (src/status); no exceljs here.
 */
export const PROVENANCE_SHEET = 'roadmap-provenance';
/** A1 of the sheet: how the reader recognises it (sheet names are lost or renamed by some editors). */
export const PROVENANCE_MARK = 'roadmap-tracker-provenance/1';

/** What a row's editable cells held when the tracker was built, as text («» for an empty cell, dates ГГГГ-ММ-ДД). */
interface BaselineRow {
  status: string;
  done: string;
  evidence: string;
  comment: string;
  /** #20: «» in provenance written before the «Факт» column existed. */
  fact: string;
}

export interface TrackerBaseline {
  roadmapId: string;
  /** The build's timestamp (ISO 8601), as the tracker's document properties carry it. */
  builtAt: string;
  rows: Map<string, BaselineRow>;
}

/** Columns of the provenance sheet, from A (`fact` last: older trackers' sheets simply lack it). */
export const PROVENANCE_COLUMNS = ['key', 'status', 'done', 'evidence', 'comment', 'fact'] as const;
