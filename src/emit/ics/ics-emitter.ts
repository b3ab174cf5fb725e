import type { Emitter } from '../emitter.js';

/** The ics format as `build` sees it: this file is light, `emit` loads the emitter on first use. */
export const icsEmitter: Emitter = {
  format: 'ics',
  perRoadmap: false,
  // Events are keyed by item UID; the executor feeds and all.ics merge every roadmap.
  needs: ['uids'],
  emit: async (roadmaps, ctx) => (await import('./index.js')).emitIcs(roadmaps, ctx),
};
