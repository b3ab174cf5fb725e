// Public library API: what other tools may import from 'roadmap'.
export { compileRoadmap, type CompileResult } from './api/compile.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export type * from './model/resolved.js';
export type * from './model/text.js';
export { walkItems, countItems } from './model/walk.js';
export * from './schedule/index.js';
export { roadmapToJson } from './emit/json/to-json.js';
