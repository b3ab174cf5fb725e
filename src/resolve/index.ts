export { resolveRoadmap, type ResolveOptions, type ResolveResult } from './resolve-roadmap.js';
export { parseRichText, richTextToPlain, richTextToSource } from './rich-text.js';
export { itemUid, normaliseTitle } from './uid.js';
