import type { Emitter, OutputFormat } from './emitter.js';

/**
 * Every output format. Entries are light: each `emit` imports its emitter on first use, so validating or
 * building JSON never loads docx, exceljs or ics.
 */
export const EMITTERS: Readonly<Record<OutputFormat, Emitter>> = {
  docx: {
    format: 'docx',
    perRoadmap: true,
    needs: [], // the official document never shows item UIDs (nor statuses, which are kept by UID)
    emit: async (roadmaps, ctx) => (await import('./docx/index.js')).emitDocx(roadmaps, ctx),
  },
  xlsx: {
    format: 'xlsx',
    perRoadmap: true,
    needs: ['uids'],
    emit: async (roadmaps, ctx) => (await import('./xlsx/index.js')).emitXlsx(roadmaps, ctx),
  },
  ics: {
    format: 'ics',
    perRoadmap: false,
    needs: ['uids'],
    emit: async (roadmaps, ctx) => (await import('./ics/index.js')).emitIcs(roadmaps, ctx),
  },
  json: {
    format: 'json',
    perRoadmap: true,
    needs: ['uids'],
    emit: async (roadmaps, ctx) => (await import('./json/index.js')).emitJson(roadmaps, ctx),
  },
  html: {
    format: 'html',
    perRoadmap: false,
    needs: ['uids', 'outputs'],
    emit: async (roadmaps, ctx) => (await import('./html/index.js')).emitHtml(roadmaps, ctx),
  },
};

/** The emitters of `formats`, in that order, except that those needing the other outputs come last. */
export function emittersFor(formats: readonly OutputFormat[]): Emitter[] {
  const chosen = [...new Set(formats)].map((f) => EMITTERS[f]);
  const last = (e: Emitter) => e.needs.includes('outputs');
  return [...chosen.filter((e) => !last(e)), ...chosen.filter(last)];
}
