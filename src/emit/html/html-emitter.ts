import type { Emitter } from '../emitter.js';

/** The html format as `build` sees it: this file is light, `emit` loads the emitter on first use. */
export const htmlEmitter: Emitter = {
  format: 'html',
  perRoadmap: false,
  // One page for all roadmaps; it links only to files that exist, so it runs after the others.
  needs: ['uids', 'outputs', 'statuses'],
  emit: async (roadmaps, ctx) => (await import('./index.js')).emitHtml(roadmaps, ctx),
};
