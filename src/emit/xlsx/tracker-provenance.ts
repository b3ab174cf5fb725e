import type { Workbook, Worksheet } from 'exceljs';
import { colIndex } from '../../tracker/columns.js';
import { PROVENANCE_COLUMNS, PROVENANCE_MARK, PROVENANCE_SHEET } from '../../tracker/provenance.js';

/**
 * Adds the very hidden provenance sheet (src/tracker/provenance.ts): the roadmap, the build's time, and each row's
 * status, date, document and comment exactly as the «Трекер» sheet shows them — read back from `tracker`, so a
 * value shortened to fit a cell is recorded shortened, and an untouched row compares equal on import.
 */
export function addProvenanceSheet(workbook: Workbook, tracker: Worksheet, roadmapId: string, builtAt: Date): void {
  const ws = workbook.addWorksheet(PROVENANCE_SHEET, { state: 'veryHidden' });
  ws.getRow(1).values = [PROVENANCE_MARK, roadmapId, builtAt.toISOString()];
  let out = 2;
  tracker.eachRow((row, n) => {
    if (n === 1) return;
    const cell = (id: (typeof PROVENANCE_COLUMNS)[number]): string => baselineText(row.getCell(colIndex(id)).value);
    const key = cell('key');
    if (key === '') return; // a group row: no status of its own
    // Empty cells stay empty (null), not empty strings.
    ws.getRow(out++).values = PROVENANCE_COLUMNS.map((id) => cell(id) || null);
  });
}

function baselineText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
