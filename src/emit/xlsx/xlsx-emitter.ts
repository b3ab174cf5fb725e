import type { Emitter } from '../emitter.js';

/** The xlsx format as `build` sees it: this file is light, `emit` loads the emitter on first use. */
export const xlsxEmitter: Emitter = {
  format: 'xlsx',
  perRoadmap: true,
  // Rows are keyed by item UID and carry the recorded statuses.
  needs: ['uids', 'statuses'],
  emit: async (roadmaps, ctx) => (await import('./index.js')).emitXlsx(roadmaps, ctx),
};
