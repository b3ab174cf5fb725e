import { dirname, isAbsolute, join } from 'node:path';
import { HINTS, type ValueProblem } from '../diagnostics/details.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadYaml } from '../load/load-yaml.js';
import { keyPositionOf, positionOf } from '../load/positions.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { closest } from '../util/suggest.js';
import { DEFAULT_FONT, type Template } from './model.js';
import { TemplateSchema, type TemplateInput } from './schema.js';

/** The templates shipped in the package's templates/ folder. */
const BUNDLED_TEMPLATES = ['classic', 'msoko', '500plus'] as const;

export interface TemplateSource {
  templateDirs: readonly string[];
  readFile(path: string): Uint8Array | null;
}

export type TemplateResult =
  { template: Template; diagnostics: Diagnostic[] } | { template: null; diagnostics: Diagnostic[] };

/** Where a diagnostic about a roadmap's template points (its `template:` line when there is one). */
export interface TemplateRef {
  file: string;
  line: number;
  column: number;
}

const NAME = /^[\p{L}\p{N}_-]+$/u;

/**
 * Finds `<name>.yaml` in the template folders (the project's first, then the bundled one) and reads it.
 * Never throws for bad input: an unknown or broken template is a diagnostic.
 */
export function loadTemplate(
  name: string,
  source: TemplateSource,
  ref: TemplateRef | (() => TemplateRef),
): TemplateResult {
  const found = NAME.test(name) ? findTemplateFile(name, source) : null;
  if (!found) {
    const suggestion = closest(name, BUNDLED_TEMPLATES);
    return {
      template: null,
      diagnostics: [
        {
          ...diagnostic('template-unknown', typeof ref === 'function' ? ref() : ref, name),
          hint: suggestion ? HINTS.didYouMean(suggestion) : HINTS.bundledTemplates(BUNDLED_TEMPLATES),
        },
      ],
    };
  }
  const { loaded, diagnostics } = loadYaml(found.path, found.bytes);
  if (!loaded) return { template: null, diagnostics };
  const parsed = TemplateSchema.safeParse(loaded.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as PropertyKey[];
      const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0]! : null;
      const pos = unknown ? keyPositionOf(loaded, path, unknown) : positionOf(loaded, path);
      const key = unknown ?? path.filter((p) => typeof p === 'string').join('.');
      diagnostics.push(
        diagnostic(
          'template-invalid',
          { file: found.path, ...pos },
          key || name,
          unknown ? 'unknown-key' : describeIssue(issue),
        ),
      );
    }
    return { template: null, diagnostics };
  }
  const letterheadAt = parsed.data.letterhead ? positionOf(loaded, ['letterhead']) : { line: 0, column: 0 };
  return { template: toTemplate(name, found.path, parsed.data, letterheadAt), diagnostics };
}

/** Loads the template a roadmap asks for, pointing diagnostics at its `template:` line. */
export function loadRoadmapTemplate(roadmap: ResolvedRoadmap, source: TemplateSource): TemplateResult {
  // Only an unknown template needs the position of `template:` (found by reading the roadmap again).
  return loadTemplate(roadmap.template, source, () => templateRef(roadmap, source));
}

function findTemplateFile(name: string, source: TemplateSource): { path: string; bytes: Uint8Array } | null {
  for (const dir of source.templateDirs) {
    for (const ext of ['yaml', 'yml']) {
      const path = join(dir, `${name}.${ext}`);
      const bytes = source.readFile(path);
      if (bytes) return { path, bytes };
    }
  }
  return null;
}

/** The resolved model keeps no position for `template:`, so find the key in the source text itself. */
function templateRef(roadmap: ResolvedRoadmap, source: TemplateSource): TemplateRef {
  const bytes = source.readFile(roadmap.source);
  if (bytes) {
    const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
    const line = lines.findIndex((l) => /^template\s*:/.test(l));
    if (line >= 0)
      return { file: roadmap.source, line: line + 1, column: /^template\s*:\s*/.exec(lines[line]!)![0].length + 1 };
  }
  return { file: roadmap.source, line: 0, column: 0 };
}

function toTemplate(
  name: string,
  file: string,
  t: TemplateInput,
  letterheadAt: { line: number; column: number },
): Template {
  const columns = t.columns.map((c) => ({
    header: c.header,
    field: c.field,
    width:
      c.width ?? (c.field === 'number' ? { kind: 'mm' as const, value: 15 } : { kind: 'weight' as const, value: 1 }),
    align:
      c.align ??
      (c.field === 'number' || c.field === 'when' || c.field === 'when-canonical'
        ? ('center' as const)
        : ('left' as const)),
  }));
  const letterhead = t.letterhead
    ? isAbsolute(t.letterhead)
      ? t.letterhead
      : join(dirname(file), t.letterhead)
    : null;
  return {
    name,
    file,
    columns,
    numberStyle: t.numberStyle ?? 'dot',
    orientation: t.orientation ?? (columns.length >= 4 ? 'landscape' : 'portrait'),
    // With a letterhead its styles decide the font unless the template names one.
    font: {
      name: t.font?.name ?? (letterhead ? null : DEFAULT_FONT.name),
      size: t.font?.size ?? (letterhead ? null : DEFAULT_FONT.size),
    },
    margins: {
      left: t.margins?.left ?? 30,
      right: t.margins?.right ?? 10,
      top: t.margins?.top ?? 20,
      bottom: t.margins?.bottom ?? 20,
    },
    marginsGiven: t.margins !== undefined,
    title: {
      issuerBold: t.title?.issuerBold ?? true,
      titleUppercase: t.title?.uppercase ?? false,
      period: t.title?.period ?? 'auto',
    },
    columnNumbers: t.columnNumbers ?? false,
    fitWidths: t.fitWidths ?? true,
    letterhead,
    letterheadAt,
  };
}

/** What a schema issue says is wrong (zod's own locale is only half translated). */
function describeIssue(issue: { code: string; message: string; values?: readonly unknown[] }): ValueProblem {
  switch (issue.code) {
    case 'custom':
      return { schema: issue.message };
    case 'invalid_value':
      return { oneOf: issue.values ?? [] };
    case 'too_small':
    case 'too_big':
      return 'out-of-range';
    default:
      return 'wrong';
  }
}
