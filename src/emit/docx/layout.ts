import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import { loadRoadmapTemplate, type TemplateSource } from '../../templates/load-template.js';
import type { Template } from '../../templates/model.js';
import { TWIPS_PER_MM } from './geometry.js';
import { readLetterhead, type Letterhead } from './letterhead.js';

/**
 * The layout of a roadmap's documents: its template and the letterhead the template names. Light on purpose
 * (no document writing): `roadmap validate` checks layouts with it too.
 */
export interface DocxLayout {
  template: Template;
  letterhead: Letterhead | null;
}

/** The roadmap's template and its letterhead (when the template names one), or the diagnostics why not. */
export function loadDocxTemplate(
  roadmap: ResolvedRoadmap,
  ctx: TemplateSource,
): { layout: DocxLayout | null; diagnostics: Diagnostic[] } {
  const { template, diagnostics } = loadRoadmapTemplate(roadmap, ctx);
  if (!template) return { layout: null, diagnostics };
  if (!template.letterhead) return { layout: { template, letterhead: null }, diagnostics };
  const bytes = ctx.readFile(template.letterhead);
  const read = bytes ? readLetterhead(template.letterhead, bytes) : { error: 'файл не найден' };
  if ('error' in read) {
    const place = { file: template.file, ...template.letterheadAt };
    diagnostics.push(diagnostic('letterhead-unreadable', place, template.letterhead, read.error));
    return { layout: null, diagnostics };
  }
  const page = read.letterhead.page;
  // A reference document's page: its margins, unless the template names its own.
  const mm = (twips: number) => Math.round((twips / TWIPS_PER_MM) * 100) / 100;
  const margins =
    page && !template.marginsGiven
      ? {
          top: mm(page.margins.top),
          right: mm(page.margins.right),
          bottom: mm(page.margins.bottom),
          left: mm(page.margins.left),
        }
      : template.margins;
  return { layout: { template: { ...template, margins }, letterhead: read.letterhead }, diagnostics };
}
