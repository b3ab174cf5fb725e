export { compareRoadmaps, hasChanges } from './compare.js';
export { formatDiff } from './format.js';
export { titleSimilarity } from './similarity.js';
export type * from './types.js';
