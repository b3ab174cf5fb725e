import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { Period } from '../../schedule/types.js';
import { ruDate } from '../../util/dates.js';
import {
  closingBlocks,
  emitPerRoadmap,
  pageGeometry,
  paragraph,
  roadmapTitleLines,
  titleBlock,
  type DocumentParts,
  type ParagraphSpec,
  type TitleLines,
} from '../docx/index.js';
import type { EmitContext, EmitResult } from '../emitter.js';
import { reportFigures, duePercent, type ReportFigures } from './report-figures.js';
import { reportPeriod, reportPeriodLine } from './report-period.js';
import { figuresTable, itemsTable, totalsTable } from './report-tables.js';

const REPORT_TITLE = 'Отчёт о реализации дорожной карты';
const EVERY_DAY: Period = { start: '0000-01-01', end: '9999-12-31' };

/** A report for part of the roadmap's period (`--from/--to`: a quarter, a year); either end may be left out. */
export interface ReportOptions {
  from?: string;
  to?: string;
}

/**
 * «Отчёт о реализации дорожной карты» `<id>-report.docx`, in the roadmap's template (turned landscape for the
 * wider table): title block, the figures as of `ctx.today`, then every item and deadline of the period with its
 * executors, indicator, status, completion date and result; the roadmap's signatures and «Исполнитель» last.
 */
export function emitReport(
  roadmaps: readonly ResolvedRoadmap[],
  ctx: EmitContext,
  options: ReportOptions = {},
): Promise<EmitResult> {
  return emitPerRoadmap(roadmaps, ctx, (roadmap, layout) => {
    const template = { ...layout.template, orientation: 'landscape' as const };
    const book = ctx.statusesFor(roadmap);
    const period = reportPeriod(roadmap.period, options.from, options.to);
    // A report on the whole roadmap shows every deadline, one dated outside its period («Декабрь 2022» in a 2023
    // roadmap) too; a report for a quarter only the quarter's.
    const covered = options.from || options.to ? period : EVERY_DAY;
    const figures = reportFigures(roadmap, book, covered, ctx.today);
    const textWidth = pageGeometry(template).textWidth;
    const hasSections = roadmap.sections.some((s) => s.title !== null);
    const doc: DocumentParts = {
      template,
      letterhead: layout.letterhead,
      title: `${REPORT_TITLE}: ${roadmap.title}`,
      body: [
        // No stamps: the roadmap's «УТВЕРЖДАЮ» and «СОГЛАСОВАНО» are the roadmap's, the report is signed below.
        ...titleBlock(reportTitleLines(roadmap, period, ctx.today), template.title),
        heading('1. Итоги'),
        summary(figures, ctx.today),
        hasSections ? totalsTable(figures, template) : figuresTable(figures, template),
        heading('2. Выполнение мероприятий'),
        itemsTable(roadmap, book, template, covered, ctx.today),
        ...closingBlocks(roadmap, textWidth),
      ],
    };
    return { path: `${roadmap.id}-report.docx`, doc };
  });
}

/**
 * The title: «Отчёт о реализации дорожной карты», the roadmap's own title lines (its period named once, as in
 * the roadmap), the report's period when it is not the roadmap's, the date.
 */
function reportTitleLines(roadmap: ResolvedRoadmap, period: Period, today: string): TitleLines {
  const own = roadmapTitleLines(roadmap, { issuerBold: false, titleUppercase: false, period: 'auto' });
  const whole = period.start === roadmap.period.start && period.end === roadmap.period.end;
  // «ДОРОЖНАЯ КАРТА» as the roadmap's title says nothing the report's title doesn't.
  const named = /^дорожная карта$/i.test(own.title.trim()) ? [] : [own.title];
  return {
    issuer: own.issuer,
    title: REPORT_TITLE,
    subtitle: [
      ...named,
      ...own.subtitle,
      ...(whole ? [] : [reportPeriodLine(period)]),
      `(по состоянию на ${ruDate(today)})`,
    ],
  };
}

/** The figures in one sentence, so no one has to read the table to know where the roadmap stands. */
function summary(f: ReportFigures, today: string): ParagraphSpec {
  const parts = [
    `В отчётном периоде мероприятий ${f.items}, сроков ${f.deadlines}.`,
    `На ${ruDate(today)} наступило сроков: ${f.due}, из них выполнено ${f.done} (${duePercent(f)}), просрочено ${f.overdue}.`,
    `Срок ещё не наступил: ${f.upcoming}${f.doneEarly ? ` (из них выполнено досрочно ${f.doneEarly})` : ''}.`,
  ];
  return paragraph([{ text: parts.join(' '), bold: false }], { spacing: { before: 0, after: 120 } });
}

function heading(text: string): ParagraphSpec {
  return paragraph([{ text, bold: true }], { spacing: { before: 240, after: 120 }, keepNext: true });
}
