import type { Emit } from '../emitter.js';
import { collectUpcoming } from '../../upcoming/collect.js';
import { renderPage } from './page.js';

/**
 * `index.html`: the page people open to download documents and subscribe to calendars. Runs after the other
 * emitters and links only to files in `ctx.outputs`, so every link resolves.
 */
export const emitHtml: Emit = async (roadmaps, ctx) => {
  const upcoming = collectUpcoming(roadmaps, { today: ctx.today, days: 30, statusesFor: (r) => ctx.statusesFor(r) });
  const html = renderPage({ roadmaps, outputs: new Set(ctx.outputs ?? []), baseUrl: ctx.baseUrl ?? null, upcoming });
  return { files: [{ path: 'index.html', data: html }], diagnostics: [] };
};
