import type { Emit } from '../emitter.js';
import { roadmapToJson } from './to-json.js';

export { roadmapToJson, JSON_FORMAT_VERSION } from './to-json.js';

export const emitJson: Emit = async (roadmaps, ctx) => ({
  files: roadmaps.map((r) => ({
    path: `${r.id}.json`,
    data: `${JSON.stringify(roadmapToJson(r, ctx.uidDomain ?? null), null, 2)}\n`,
  })),
  diagnostics: [],
});
