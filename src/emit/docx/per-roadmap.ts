import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { EmitContext, EmitResult, OutputFile } from '../emitter.js';
import type { DocumentParts } from './document.js';
import { loadDocxTemplate, type DocxLayout } from './layout.js';
import { packDocument } from './pack.js';

/** The file a roadmap's document goes to and the document itself. */
export interface RoadmapDocument {
  path: string;
  doc: DocumentParts;
}

/**
 * One DOCX a roadmap, in the roadmap's layout: `build` names the file and makes the document. A roadmap whose
 * template or letterhead does not load is left out, with the diagnostics why.
 */
export async function emitPerRoadmap(
  roadmaps: readonly ResolvedRoadmap[],
  ctx: EmitContext,
  build: (roadmap: ResolvedRoadmap, layout: DocxLayout) => RoadmapDocument,
): Promise<EmitResult> {
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const roadmap of roadmaps) {
    const loaded = loadDocxTemplate(roadmap, ctx);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.layout) continue;
    const { path, doc } = build(roadmap, loaded.layout);
    files.push({ path, data: await packDocument(doc, ctx.timestampFor(roadmap)) });
  }
  return { files, diagnostics };
}
