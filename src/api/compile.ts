import { blocksBuild, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadYaml } from '../load/load-yaml.js';
import type { LoadedFile } from '../load/loaded-file.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { resolveRoadmap, type ResolveOptions } from '../resolve/resolve-roadmap.js';
import { occurrenceLimitDiagnostics } from '../validate/roadmap-limits.js';
import { validateRoadmap } from '../validate/validate.js';

export interface CompileResult {
  file: string;
  roadmap: ResolvedRoadmap | null;
  loaded: LoadedFile | null;
  diagnostics: Diagnostic[];
}

/** The whole front end: bytes → load → validate → resolve. Pure; never throws on bad input. */
export function compileRoadmap(file: string, bytes: Uint8Array, options: ResolveOptions = {}): CompileResult {
  const { loaded, diagnostics } = loadYaml(file, bytes);
  if (!loaded) return { file, roadmap: null, loaded: null, diagnostics };
  const validated = validateRoadmap(loaded);
  diagnostics.push(...validated.diagnostics);
  if (!validated.roadmap) return { file, roadmap: null, loaded, diagnostics };
  const resolved = resolveRoadmap(loaded, validated.roadmap, options);
  // The deadlines are counted once resolve has expanded them: `validate` reports too many, as `build` would meet them.
  if (resolved.roadmap) resolved.diagnostics.push(...occurrenceLimitDiagnostics(resolved.roadmap));
  diagnostics.push(...resolved.diagnostics);
  const failed = resolved.diagnostics.some(blocksBuild);
  // Unreadable deadline phrases are errors, but the roadmap still compiles: such items stay in every output.
  return { file, roadmap: failed ? null : resolved.roadmap, loaded, diagnostics };
}
