import type { ColumnWidth, Template } from '../../templates/model.js';

/** Word measures in twips: 1/20 of a point, 1440 per inch. */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/** A4 in twips, portrait: the docx library swaps it for landscape (giving it swapped comes out portrait in LibreOffice). */
export const A4 = { width: 11906, height: 16838 } as const;

export interface PageGeometry {
  orientation: 'landscape' | 'portrait';
  margins: { left: number; right: number; top: number; bottom: number };
  /** Width and height of the text area of the page as printed, in twips. */
  textWidth: number;
  textHeight: number;
}

export function pageGeometry(template: Pick<Template, 'orientation' | 'margins'>): PageGeometry {
  const landscape = template.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const pageHeight = landscape ? A4.width : A4.height;
  const m = template.margins;
  const margins = {
    left: mmToTwips(m.left),
    right: mmToTwips(m.right),
    top: mmToTwips(m.top),
    bottom: mmToTwips(m.bottom),
  };
  return {
    orientation: template.orientation,
    margins,
    textWidth: pageWidth - margins.left - margins.right,
    textHeight: pageHeight - margins.top - margins.bottom,
  };
}

/**
 * Column widths in twips that add up to exactly `textWidth`: fixed (mm) columns first, the rest shared by
 * weight. Fixed columns that don't fit are scaled down so the table never runs off the page.
 */
export function columnWidths(widths: readonly ColumnWidth[], textWidth: number): number[] {
  const fixedTotal = widths.reduce((s, w) => s + (w.kind === 'mm' ? mmToTwips(w.value) : 0), 0);
  const weightTotal = widths.reduce((s, w) => s + (w.kind === 'weight' ? w.value : 0), 0);
  const scale =
    weightTotal === 0 || fixedTotal > textWidth * 0.8
      ? Math.min(1, (weightTotal === 0 ? textWidth : textWidth * 0.8) / fixedTotal)
      : 1;
  const free = textWidth - fixedTotal * scale;
  const raw = widths.map((w) => (w.kind === 'mm' ? mmToTwips(w.value) * scale : (free * w.value) / weightTotal));
  const result = raw.map((v) => Math.floor(v));
  // Give the rounding remainder to the widest column so the sum is exact.
  const widest = result.indexOf(Math.max(...result));
  result[widest]! += textWidth - result.reduce((s, v) => s + v, 0);
  return result;
}
