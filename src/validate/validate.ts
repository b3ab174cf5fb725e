import type * as z from 'zod';
import { HINTS, type ExpectedValue, type ValueProblem } from '../diagnostics/details.js';
import { blocksBuild, diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { keyPositionOf, positionOf } from '../load/positions.js';
import { closest } from '../util/suggest.js';
import { SITE_PAGE_NAMES } from '../model/site-paths.js';
import { nearDuplicateTitles } from './near-duplicate-titles.js';
import { roadmapLimitDiagnostics } from './roadmap-limits.js';
import {
  AgreedSchema,
  ApprovalSchema,
  ItemSchema,
  PreparedBySchema,
  RoadmapSchema,
  SectionSchema,
  SignatureSchema,
  type RoadmapInput,
} from './schema.js';
import { textCharacterDiagnostics } from './text-characters.js';

export interface ValidateResult {
  roadmap: RoadmapInput | null;
  diagnostics: Diagnostic[];
}

type Path = readonly PropertyKey[];

/** Validate stage: loaded YAML → typed roadmap input, or positioned Russian diagnostics. */
export function validateRoadmap(loaded: LoadedFile): ValidateResult {
  const result = RoadmapSchema.safeParse(loaded.data);
  const diagnostics: Diagnostic[] = textCharacterDiagnostics(loaded);
  if (!result.success) {
    for (const issue of result.error.issues) diagnostics.push(...fromIssue(loaded, issue));
    return { roadmap: null, diagnostics: dedupe(diagnostics) };
  }
  const roadmap = result.data;
  if (roadmap.sections && roadmap.items) {
    const pos = keyPositionOf(loaded, [], 'items');
    diagnostics.push(diagnostic('schema-sections-and-items', at(loaded, pos)));
  } else if (!roadmap.sections?.length && !roadmap.items?.length) {
    diagnostics.push(diagnostic('schema-no-items', at(loaded, { line: 1, column: 1 })));
  }
  diagnostics.push(...roadmapLimitDiagnostics(loaded, roadmap));
  if (SITE_PAGE_NAMES.has(roadmap.id))
    diagnostics.push(diagnostic('roadmap-id-reserved', at(loaded, positionOf(loaded, ['id'])), roadmap.id));
  roadmap.sections?.forEach((section, i) => {
    if (section.items.length > 0) return;
    diagnostics.push(
      diagnostic('schema-empty-section', at(loaded, positionOf(loaded, ['sections', i])), section.title),
    );
  });
  diagnostics.push(...nearDuplicateTitles(loaded, roadmap));
  return { roadmap: diagnostics.some(blocksBuild) ? null : roadmap, diagnostics };
}

function fromIssue(loaded: LoadedFile, issue: z.core.$ZodIssue): Diagnostic[] {
  const path = issue.path as Path;
  const key = lastKey(path);
  const value = valueAt(loaded.data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const known = knownKeys(path);
        const suggestion = closest(k, known);
        const d = diagnostic('schema-unknown-key', at(loaded, keyPositionOf(loaded, path, k)), k, path);
        d.hint = suggestion ? HINTS.didYouMean(suggestion) : HINTS.knownKeys(known);
        return d;
      });
    case 'invalid_key':
      return [
        diagnostic(
          'schema-invalid',
          at(loaded, keyPositionOf(loaded, path.slice(0, -1), String(key))),
          String(key),
          'not-identifier',
        ),
      ];
    case 'invalid_type':
    case 'invalid_union':
      if (value === null && typeof path[path.length - 1] === 'number') {
        return [diagnostic('schema-type', at(loaded, positionOf(loaded, path)), String(key), 'list-entry')];
      }
      if (value === null && isOptional(path)) {
        // `note:` with nothing after it: the key is there, the value is not — the field is not required.
        const parent = path.slice(0, -1);
        return [
          diagnostic('schema-empty-value', at(loaded, keyPositionOf(loaded, parent, String(key))), String(key), parent),
        ];
      }
      if (value === undefined || value === null) {
        const parent = path.slice(0, -1);
        return [diagnostic('schema-missing', at(loaded, positionOf(loaded, parent)), String(key), parent)];
      }
      return [diagnostic('schema-type', at(loaded, positionOf(loaded, path)), String(key), expected(issue, path))];
    case 'too_small':
      return [diagnostic('schema-invalid', at(loaded, positionOf(loaded, path)), String(key), 'empty')];
    case 'invalid_format':
      return [diagnostic('schema-invalid', at(loaded, positionOf(loaded, path)), String(key), formatMessage(issue))];
    case 'invalid_value':
      return [diagnostic('schema-invalid', at(loaded, positionOf(loaded, path)), String(key), { oneOf: issue.values })];
    default:
      return [diagnostic('schema-invalid', at(loaded, positionOf(loaded, path)), String(key), 'not-allowed')];
  }
}

function formatMessage(issue: z.core.$ZodIssue): ValueProblem {
  if (issue.code === 'invalid_format' && issue.format === 'regex')
    return /ГГГГ/.test(issue.message) ? 'date-format' : 'id-format';
  return 'bad-format';
}

function expected(issue: z.core.$ZodIssue, path: Path): ExpectedValue {
  if (issue.code === 'invalid_union') return String(lastKey(path)) === 'period' ? 'period' : 'string-or-list';
  if (issue.code === 'invalid_type') return issue.expected;
  return 'other';
}

/** The keys a mapping at `path` may hold, for "did you mean" hints. */
function knownKeys(path: Path): string[] {
  return Object.keys(shapeAt(path));
}

function shapeAt(path: Path): Record<string, z.ZodType> {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 0) return RoadmapSchema.shape;
  if (last === 'approval') return ApprovalSchema.shape;
  // #18: the stamps and signatures around the table.
  if (last === 'agreed' || parent === 'agreed') return AgreedSchema.shape;
  if (parent === 'signatures') return SignatureSchema.shape;
  if (last === 'preparedBy') return PreparedBySchema.shape;
  if (typeof last === 'number' && parent === 'sections') return SectionSchema.shape;
  return ItemSchema.shape;
}

/** Whether the field at `path` (a key of a roadmap, approval, section or item) may be left out. */
function isOptional(path: Path): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const field = shapeAt(path.slice(0, -1))[key];
  return field !== undefined && field.safeParse(undefined).success;
}

function lastKey(path: Path): PropertyKey {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i]!;
  return '';
}

function valueAt(data: unknown, path: Path): unknown {
  let cur: unknown = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

function at(loaded: LoadedFile, pos: { line: number; column: number }): Place {
  return { file: loaded.file, ...pos };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
