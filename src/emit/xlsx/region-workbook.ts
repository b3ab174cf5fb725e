import type { ResolvedRoadmap } from '../../model/resolved.js';
import { districts, split, sumCounts } from '../../tracker/districts.js';
import { roadmapProgress, type Counts } from '../../tracker/progress.js';
import { ruDate } from '../../util/dates.js';
import { xmlSafe } from '../../util/xml-chars.js';
import type { EmitContext } from '../emitter.js';
import { rezipDeterministic } from './rezip.js';
import { displayTitle } from './tracker-model.js';
import { FONT } from './tracker-sheet.js';

const REGION_SHEET = 'Сводка по районам';
const HEAD = ['Район / дорожная карта', 'Карт', 'Сроков', 'Выполнено', 'Выполнено, %', 'Просрочено', 'Впереди'];

/**
 * `region.xlsx`: the site's region page as a table to send on — one row per district (bold) and per roadmap under
 * it, the region's total last; counts as of the build's date, grouped and counted by the same code as the site.
 */
export async function regionWorkbook(
  roadmaps: readonly ResolvedRoadmap[],
  ctx: Pick<EmitContext, 'timestamp' | 'statusesFor' | 'today'>,
): Promise<Uint8Array> {
  const groups = districts(
    roadmaps.map((r) => ({ roadmap: r, progress: roadmapProgress(r, ctx.statusesFor(r), ctx.today) })),
  );
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'roadmap';
  workbook.lastModifiedBy = 'roadmap';
  workbook.title = REGION_SHEET;
  workbook.created = ctx.timestamp;
  workbook.modified = ctx.timestamp;
  const ws = workbook.addWorksheet(REGION_SHEET, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = HEAD.map((_, i) => ({ width: i === 0 ? 70 : 12 }));
  ws.getRow(1).values = [`Выполнение дорожных карт по районам на ${ruDate(ctx.today)}`];
  ws.getRow(1).font = { ...FONT, bold: true, size: 13 };
  const header = ws.getRow(2);
  header.values = HEAD;
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  const line = (name: string, maps: number | null, c: Counts, bold: boolean) => {
    const s = split(c);
    const row = ws.addRow([xmlSafe(name), maps, c.total, s.done, s.percent, s.overdue, s.ahead]);
    row.font = { ...FONT, bold };
    row.getCell(1).alignment = { wrapText: true, vertical: 'top', indent: maps === null ? 2 : 0 };
  };
  for (const d of groups) {
    line(d.name || 'Район не указан', d.views.length, d.counts, true);
    for (const v of d.views) line(displayTitle(v.roadmap), null, v.progress, false);
  }
  line('Итого', roadmaps.length, sumCounts(groups.map((d) => d.counts)), true);
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return rezipDeterministic(new Uint8Array(buffer as ArrayBuffer), ctx.timestamp);
}

/** A region's build: roadmaps of more than one issuer (the site's region page appears then too). */
export function severalDistricts(roadmaps: readonly ResolvedRoadmap[]): boolean {
  return districts(roadmaps.map((r) => ({ roadmap: r, progress: ZERO }))).length > 1;
}

const ZERO: Counts = { total: 0, done: 0, in_progress: 0, not_started: 0, failed: 0, overdue: 0 };
