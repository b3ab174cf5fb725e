import type { Emitter } from '../emitter.js';

/** The json format as `build` sees it: this file is light, `emit` loads the emitter on first use. */
export const jsonEmitter: Emitter = {
  format: 'json',
  perRoadmap: true,
  needs: ['uids'],
  emit: async (roadmaps, ctx) => (await import('./index.js')).emitJson(roadmaps, ctx),
};
