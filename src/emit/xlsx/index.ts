import type { ResolvedRoadmap } from '../../model/resolved.js';
import { xmlSafe } from '../../util/xml-chars.js';
import type { Emit, EmitContext, OutputFile } from '../emitter.js';
import { rezipDeterministic } from './rezip.js';
import { addSummarySheet } from './summary-sheet.js';
import { displayTitle, executorCodes, sectionTitle, trackerRows } from './tracker-model.js';
import { addTrackerSheet } from './tracker-sheet.js';
import { addProvenanceSheet } from './tracker-provenance.js';
import { overlongTrackerCells } from './overlong-cells.js';

export { trackerRows, executorCodes, type TrackerRow } from './tracker-model.js';

/** The tracker `<id>.xlsx`: «Трекер» (one row per occurrence, recorded statuses filled in) and «Сводка». */
export const emitXlsx: Emit = async (roadmaps, ctx) => {
  const files: OutputFile[] = [];
  const diagnostics = [];
  for (const roadmap of roadmaps) {
    files.push({ path: `${roadmap.id}.xlsx`, data: await trackerWorkbook(roadmap, ctx) });
    diagnostics.push(...overlongTrackerCells(roadmap, ctx.statusesFor(roadmap)));
  }
  return { files, diagnostics };
};

export async function trackerWorkbook(
  given: ResolvedRoadmap,
  ctx: Pick<EmitContext, 'timestampFor' | 'statusesFor'>,
): Promise<Uint8Array> {
  const timestamp = ctx.timestampFor(given);
  // exceljs drops C0 controls itself but writes U+FFFE/U+FFFF, which no XLSX can hold (a status comment may have them).
  const roadmap = xmlSafe(given);
  // Imported here, not at the top: only the commands that write trackers pay for loading exceljs.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'roadmap';
  workbook.lastModifiedBy = 'roadmap';
  workbook.title = displayTitle(roadmap);
  workbook.created = timestamp;
  workbook.modified = timestamp;
  // Excel recomputes the summary (and its TODAY()-based column) when the file is opened.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const codes = executorCodes(roadmap);
  const rows = xmlSafe(trackerRows(roadmap, ctx.statusesFor(given), codes));
  const sections = roadmap.sections.some((s) => s.title !== null);
  const title = displayTitle(roadmap);
  const facts = rows.some((r) => r.target || r.fact !== null);
  const sheet = addTrackerSheet(workbook, rows, { title, sections, facts });
  addSummarySheet(
    workbook,
    title,
    rows,
    sections ? roadmap.sections.map((_, i) => sectionTitle(roadmap, i)) : [],
    codes,
  );
  addProvenanceSheet(workbook, sheet, roadmap.id, timestamp);
  // Stored, not deflated: the deterministic re-zip below compresses once (exceljs's own deflate was wasted work).
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return rezipDeterministic(new Uint8Array(buffer as ArrayBuffer), timestamp);
}
