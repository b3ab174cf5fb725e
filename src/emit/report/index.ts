import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { roadmapProgress } from '../../tracker/progress.js';
import { ruDate } from '../../util/dates.js';
import {
  loadDocxTemplate,
  packDocument,
  paragraph,
  periodLine,
  titleBlock,
  type DocumentParts,
  type ParagraphSpec,
  type TitleLines,
} from '../docx/index.js';
import type { Emit, OutputFile } from '../emitter.js';
import { itemsTable, totalsTable } from './report-tables.js';

const REPORT_TITLE = 'Отчёт о реализации дорожной карты';

/**
 * «Отчёт о реализации дорожной карты» `<id>-report.docx`, in the roadmap's template (turned landscape for the
 * wider table): title block, totals per section, then every item and occurrence with its recorded status,
 * completion date and evidence. Dated `ctx.today`: «просрочено» is judged on that day.
 */
export const emitReport: Emit = async (roadmaps, ctx) => {
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const roadmap of roadmaps) {
    const loaded = loadDocxTemplate(roadmap, ctx);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.layout) continue;
    const template = { ...loaded.layout.template, orientation: 'landscape' as const };
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
      letterhead: loaded.layout.letterhead,
      title: `${REPORT_TITLE}: ${roadmap.title}`,
      body: [
        ...titleBlock(lines, template.title),
        heading('1. Итоги'),
        totalsTable(progress, template),
        heading('2. Выполнение мероприятий'),
        itemsTable(roadmap, book, template, ctx.today),
      ],
    };
    files.push({ path: `${roadmap.id}-report.docx`, data: await packDocument(doc, ctx.timestampFor(roadmap)) });
  }
  return { files, diagnostics };
};

function heading(text: string): ParagraphSpec {
  return paragraph([{ text, bold: true }], { spacing: { before: 240, after: 120 }, keepNext: true });
}
