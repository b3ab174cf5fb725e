import type { Readable } from 'node:stream';
import { COL, type ColumnId } from '../tracker/columns.js';
import { PROVENANCE_COLUMNS, PROVENANCE_MARK, type TrackerBaseline } from '../tracker/provenance.js';
import { cellText } from './tracker-cells.js';

/** One data row of a filled tracker, as read: raw values, judged later by the matcher. */
export interface TrackerRecord {
  /** Row number in the sheet (1-based, as Excel shows it). */
  row: number;
  key: string;
  number: string;
  title: string;
  status: string;
  /** The «Дата выполнения» cell as exceljs gave it (a serial number, a Date or text). */
  done: unknown;
  evidence: string;
  comment: string;
  /** #20: the «Факт» cell as text; absent when the tracker has no «Факт» column (built before it existed). */
  fact?: string;
}

/** The file is not a tracker this tool wrote (not an xlsx, no «Трекер» sheet with the key column …). */
export class TrackerFormatError extends Error {
  override readonly name = 'TrackerFormatError';
  constructor(
    message: string,
    readonly detail: string | null = null,
  ) {
    super(message);
  }
}

const NEEDED: readonly ColumnId[] = ['key', 'status'];
const READ: readonly ColumnId[] = ['key', 'number', 'title', 'status', 'done', 'evidence', 'comment', 'fact'];

export interface TrackerContents {
  records: TrackerRecord[];
  /** What the tracker showed when it was built (src/tracker/provenance.ts); null for trackers built before it. */
  baseline: TrackerBaseline | null;
}

/**
 * Reads a filled tracker with exceljs's streaming reader: `readFile` expands every cell a dropdown covers and
 * takes seconds on a big sheet. Columns are found by their header texts, so inserted or moved columns are fine.
 */
export async function readTracker(input: Readable): Promise<TrackerContents> {
  // Imported here, not at the top: only `status import` pays for loading exceljs.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let records: TrackerRecord[] | null = null;
  let baseline: TrackerBaseline | null = null;
  try {
    for await (const sheet of reader) {
      let columns: Map<ColumnId, number> | null = null;
      let provenance: TrackerBaseline | null = null;
      const rows: TrackerRecord[] = [];
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (row.number === 1) {
          provenance = !baseline ? provenanceHead(values) : null;
          if (!provenance && !records) columns = headerColumns(values);
          continue;
        }
        if (provenance) addBaselineRow(provenance, values);
        else if (columns) rows.push(record(row.number, values, columns));
        // otherwise: a sheet already read, or another sheet — drained
      }
      if (provenance) baseline = provenance;
      if (columns && !records) records = rows;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new TrackerFormatError('это не книга Excel (.xlsx) или файл повреждён', detail);
  }
  if (!records) {
    throw new TrackerFormatError(
      `нет листа с колонками «${COL.key.header}» и «${COL.status.header}» — это не трекер дорожной карты`,
    );
  }
  return { records, baseline };
}

/** Row 1 of the provenance sheet: the mark, the roadmap's id, the build's time. */
function provenanceHead(values: unknown[]): TrackerBaseline | null {
  if (cellText(values[1]) !== PROVENANCE_MARK) return null;
  return { roadmapId: cellText(values[2]), builtAt: cellText(values[3]), rows: new Map() };
}

function addBaselineRow(baseline: TrackerBaseline, values: unknown[]): void {
  const [key = '', status = '', done = '', evidence = '', comment = '', fact = ''] = PROVENANCE_COLUMNS.map((_, i) =>
    cellText(values[i + 1]),
  );
  if (key !== '') baseline.rows.set(key, { status, done, evidence, comment, fact });
}

function headerColumns(values: unknown[]): Map<ColumnId, number> | null {
  const byHeader = new Map<string, number>();
  values.forEach((v, i) => byHeader.set(cellText(v).toLowerCase(), i));
  const columns = new Map<ColumnId, number>();
  for (const id of READ) {
    const i = byHeader.get(COL[id].header.toLowerCase());
    if (i !== undefined) columns.set(id, i);
  }
  return NEEDED.every((id) => columns.has(id)) ? columns : null;
}

function record(row: number, values: unknown[], columns: Map<ColumnId, number>): TrackerRecord {
  const get = (id: ColumnId): unknown => {
    const i = columns.get(id);
    return i === undefined ? undefined : values[i];
  };
  return {
    row,
    key: cellText(get('key')),
    number: cellText(get('number')),
    title: cellText(get('title')),
    status: cellText(get('status')),
    done: get('done') ?? null,
    evidence: cellText(get('evidence')),
    comment: cellText(get('comment')),
    ...(columns.has('fact') ? { fact: cellText(get('fact')) } : {}),
  };
}
