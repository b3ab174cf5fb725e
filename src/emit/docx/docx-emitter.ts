import type { Emitter } from '../emitter.js';

/** The docx format as `build` sees it: this file is light, `emit` loads the emitter on first use. */
export const docxEmitter: Emitter = {
  format: 'docx',
  perRoadmap: true,
  // The official document never shows item UIDs (nor statuses, which are kept by UID).
  needs: [],
  emit: async (roadmaps, ctx) => (await import('./index.js')).emitDocx(roadmaps, ctx),
};
