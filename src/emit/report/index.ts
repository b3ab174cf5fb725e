import { roadmapProgress } from '../../tracker/progress.js';
import { ruDate } from '../../util/dates.js';
import {
  emitPerRoadmap,
  paragraph,
  periodLine,
  titleBlock,
  type DocumentParts,
  type ParagraphSpec,
  type TitleLines,
} from '../docx/index.js';
import type { Emit } from '../emitter.js';
import { itemsTable, totalsTable } from './report-tables.js';

const REPORT_TITLE = 'Отчёт о реализации дорожной карты';

/**
 * «Отчёт о реализации дорожной карты» `<id>-report.docx`, in the roadmap's template (turned landscape for the
 * wider table): title block, totals per section, then every item and occurrence with its recorded status,
 * completion date and evidence. Dated `ctx.today`: «просрочено» is judged on that day.
 */
export const emitReport: Emit = (roadmaps, ctx) =>
  emitPerRoadmap(roadmaps, ctx, (roadmap, layout) => {
    const template = { ...layout.template, orientation: 'landscape' as const };
    const book = ctx.statusesFor(roadmap);
    const progress = roadmapProgress(roadmap, book, ctx.today);
    const lines: TitleLines = {
      issuer: roadmap.issuer,
      title: REPORT_TITLE,
      subtitle: [
        roadmap.title,
        ...roadmap.subtitle,
        periodLine(roadmap.period),
        `(по состоянию на ${ruDate(ctx.today)})`,
      ],
    };
    const doc: DocumentParts = {
      template,
      letterhead: layout.letterhead,
      title: `${REPORT_TITLE}: ${roadmap.title}`,
      body: [
        ...titleBlock(lines, template.title),
        heading('1. Итоги'),
        totalsTable(progress, template),
        heading('2. Выполнение мероприятий'),
        itemsTable(roadmap, book, template, ctx.today),
      ],
    };
    return { path: `${roadmap.id}-report.docx`, doc };
  });

function heading(text: string): ParagraphSpec {
  return paragraph([{ text, bold: true }], { spacing: { before: 240, after: 120 }, keepNext: true });
}
