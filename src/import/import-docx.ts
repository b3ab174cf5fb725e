import { buildItems } from './build-items.js';
import { mapColumns } from './columns.js';
import { readBody, type BodyBlock } from './docx-body.js';
import { readDocxPackage } from './docx-package.js';
import { packageProblemMessage } from './package-problem.js';
import { continuationTables, findRoadmapTable } from './find-table.js';
import { readRows } from './rows.js';
import { BUNDLED_TEMPLATES, closestTemplate, type TemplateHeaders } from './template-match.js';
import { findPeriod, findSchoolYear, readTitleBlock } from './title-block.js';
import { roadmapToYaml, type RoadmapOut } from './to-yaml.js';
import { slugify } from '../util/transliterate.js';

export interface ImportOptions {
  /** The DOCX file name: the roadmap id is made from it. */
  fileName: string;
  templates?: readonly TemplateHeaders[];
  /** Year used as the period when neither the title nor any deadline names one. */
  fallbackYear: number;
}

interface ImportSummary {
  id: string;
  sections: number;
  items: number;
  executors: number;
  template: string;
  period: string;
  /** Where the period came from. */
  periodSource: 'title' | 'deadlines' | 'approval' | 'default';
  /** Russian remarks for the user: what was guessed, what to check. */
  notes: string[];
}

export type ImportResult = { ok: true; yaml: string; summary: ImportSummary } | { ok: false; message: string };

const UNTITLED_SECTION = 'Без направления';

/** DOCX bytes → roadmap YAML text. Pure: no file system, never throws on a bad document. */
export function importDocx(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const pkg = readDocxPackage(bytes);
  if (!pkg.ok) return { ok: false, message: packageProblemMessage(pkg) };
  const blocks = readBody(pkg.document, pkg.numbering);
  const at = findRoadmapTable(blocks);
  if (at < 0)
    return { ok: false, message: 'в документе нет таблицы: дорожную карту импортируют из таблицы мероприятий.' };
  const { tables, between } = continuationTables(blocks, at);
  const map = mapColumns(tables[0]!);
  const drafts = readRows(tables, between, map);
  const built = buildItems(drafts);
  if (built.count === 0) return { ok: false, message: 'в таблице не найдено ни одного мероприятия.' };

  const head = readTitleBlock(titleParagraphs(blocks.slice(0, at)));
  const notes: string[] = [];
  const id = slugify(options.fileName.replace(/\.[^.]*$/, ''), 40) || 'roadmap';
  const { period, source } = choosePeriod(
    head.period,
    built.sections,
    head.approval?.date ?? null,
    options.fallbackYear,
  );
  const template = closestTemplate(map.headers, options.templates ?? BUNDLED_TEMPLATES);
  const titled = built.sections.some((s) => s.title !== null);
  if (titled && built.sections[0]?.title === null)
    notes.push(`мероприятия над первым направлением собраны в направление «${UNTITLED_SECTION}».`);
  if (!head.title) notes.push('заголовок над таблицей не найден: записан «Дорожная карта».');
  if (built.missingWhen.length)
    notes.push(`без срока в документе: ${built.missingWhen.join(', ')} — записано «Срок не указан», укажите срок.`);
  if (built.withExtra.length)
    notes.push(`текст столбцов, которых нет в формате, перенесён в note: ${built.withExtra.join(', ')}.`);

  const roadmap: RoadmapOut = {
    id,
    issuer: head.issuer.length ? head.issuer : undefined,
    title: head.title ?? 'Дорожная карта',
    subtitle: head.subtitle.length ? head.subtitle : undefined,
    period,
    approval: head.approval
      ? {
          label: head.approval.label,
          by: head.approval.by.length ? head.approval.by : undefined,
          date: head.approval.date ?? undefined,
          number: head.approval.number ?? undefined,
          signature: head.approval.signature ?? undefined,
        }
      : undefined,
    template,
    numbering: built.continuous ? 'continuous' : undefined,
    executors: Object.keys(built.executors).length ? built.executors : undefined,
  };
  if (titled) roadmap.sections = built.sections.map((s) => ({ title: s.title ?? UNTITLED_SECTION, items: s.items }));
  else roadmap.items = built.sections.flatMap((s) => s.items);
  const periodComment =
    source === 'title'
      ? undefined
      : source === 'deadlines'
        ? 'Период определён по годам в сроках мероприятий — проверьте.'
        : 'В документе не найден год — период указан наугад, исправьте.';
  if (source === 'deadlines')
    notes.push(`в заголовке нет года: период ${period} определён по годам в сроках мероприятий.`);
  else if (source !== 'title') notes.push(`в документе не найден год: период ${period} указан наугад, исправьте его.`);
  const titleText = [head.title ?? '', ...head.subtitle].join(' ');
  if (source === 'title' && period.includes('/') && !/\d{4}\s*\/\s*\d{4}/.test(titleText))
    notes.push(`«учебный год» в заголовке прочитан как период ${period} (сентябрь–август), а не два календарных года.`);
  const unreadNumbering = tables.some((t) =>
    t.rows.some((r) => r.cells.some((c) => c.autoNumber && !c.autoLabel && map.fields[c.start] === 'number')),
  );
  if (unreadNumbering)
    notes.push(
      'номера мероприятий проставлены автонумерацией Word, а её описание (numbering.xml) не прочитано: номера взяты по порядку — сверьте с документом.',
    );
  const yaml = roadmapToYaml(roadmap, {
    // Every doubtful reading is in the file too, where the person edits it, not only on the terminal.
    header: [`Импортировано из «${options.fileName}» командой roadmap import.`, ...notes.map((n) => `Проверьте: ${n}`)],
    periodComment,
  });
  return {
    ok: true,
    yaml,
    summary: {
      id,
      sections: titled ? built.sections.length : 0,
      items: built.count,
      executors: Object.keys(built.executors).length,
      template,
      period,
      periodSource: source,
      notes,
    },
  };
}

/** Lines above the table: paragraphs, and the text of small tables there (approval stamps are often in one). */
function titleParagraphs(blocks: readonly BodyBlock[]): string[][] {
  const out: string[][] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (block.para.lines.length) out.push(block.para.lines);
      continue;
    }
    for (const row of block.table.rows) for (const cell of row.cells) for (const p of cell.paras) out.push(p.lines);
  }
  return out;
}

function choosePeriod(
  fromTitle: string | null,
  sections: BuiltSections,
  approvalDate: string | null,
  fallbackYear: number,
): { period: string; source: ImportSummary['periodSource'] } {
  if (fromTitle) return { period: fromTitle, source: 'title' };
  const years: number[] = [];
  const schoolYears = new Set<string>();
  const visit = (items: readonly { when?: string; items?: unknown[] }[]): void => {
    for (const item of items) {
      for (const y of item.when?.match(/\b(?:19|20)\d{2}\b/g) ?? []) years.push(Number(y));
      const school = item.when ? findSchoolYear(item.when) : null;
      if (school) schoolYears.add(school);
      visit((item.items ?? []) as { when?: string }[]);
    }
  };
  for (const s of sections) visit(s.items);
  if (years.length) {
    const [min, max] = [Math.min(...years), Math.max(...years)];
    // Deadlines that name a school year («в течение 2024-2025 учебного года»), all within it: that school year.
    const [only] = schoolYears;
    if (schoolYears.size === 1 && only === `${min}/${max}`) return { period: only, source: 'deadlines' };
    return { period: min === max ? String(min) : `${min}-${max}`, source: 'deadlines' };
  }
  const approvalYear = approvalDate ? findPeriod(approvalDate.slice(0, 4)) : null;
  if (approvalYear) return { period: approvalYear, source: 'approval' };
  return { period: String(fallbackYear), source: 'default' };
}

type BuiltSections = ReturnType<typeof buildItems>['sections'];
