import { formatDiagnostic, sortDiagnostics, summarize } from '../../diagnostics/format.js';
import { hasErrors, uniqueDiagnostics } from '../../diagnostics/diagnostic.js';
import { countItems } from '../../model/walk.js';
import { compileFiles, duplicateIdDiagnostics } from '../../project/compile-files.js';
import { resolveInputs } from '../inputs.js';
import { templateSource } from '../../project/template-source.js';
import type { TemplateSource } from '../../templates/load-template.js';
import { loadDocxTemplate } from '../../emit/docx/layout.js';
import type { CompileResult } from '../../api/compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CliIo } from '../io.js';
import { paintFor } from '../paint.js';
import { plural } from '../../util/plural.js';

export async function runValidate(io: CliIo, paths: string[], opts: { format: 'text' | 'json' }): Promise<number> {
  const { config, configDiagnostics, files } = resolveInputs(io, paths);
  // Validation reports problems only: no calendar UIDs to compute.
  const results = compileFiles(files, io.cwd, {
    defaultTemplate: config.template,
    schoolCalendar: config.schoolCalendar,
    uids: false,
  });
  const templates = templateDiagnostics(results, templateSource(config, io.cwd));
  const diagnostics = sortDiagnostics([
    ...configDiagnostics,
    ...results.flatMap((r) => r.diagnostics),
    ...duplicateIdDiagnostics(results),
    ...templates,
  ]);
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify({ files: files.length, diagnostics }, null, 2)}\n`);
    return hasErrors(diagnostics) ? 1 : 0;
  }
  const paint = await paintFor(io, 'stderr');
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d, paint)}\n`);
  const { errors, warnings } = summarize(diagnostics);
  const items = results.reduce((n, r) => n + (r.roadmap ? countItems(r.roadmap) : 0), 0);
  const head = `${plural(files.length, 'файл', 'файла', 'файлов')}, ${plural(items, 'мероприятие', 'мероприятия', 'мероприятий')}`;
  if (errors === 0) {
    io.stdout.write(
      `Проверено: ${head}. Ошибок нет${warnings ? `, ${plural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}` : ''}.\n`,
    );
    return 0;
  }
  io.stderr.write(
    `Проверено: ${head}. ${plural(errors, 'ошибка', 'ошибки', 'ошибок')}, ${plural(warnings, 'предупреждение', 'предупреждения', 'предупреждений')}.\n`,
  );
  return 1;
}

/**
 * The layout a roadmap names must exist and be well-formed, and its letterhead a readable DOCX — checked as the
 * build checks them: CI may run only validate.
 */
function templateDiagnostics(results: readonly CompileResult[], source: TemplateSource): Diagnostic[] {
  return uniqueDiagnostics(
    results.flatMap(({ roadmap }) => (roadmap ? loadDocxTemplate(roadmap, source).diagnostics : [])),
  );
}
