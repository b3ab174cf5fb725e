import { formatDiagnostic, sortDiagnostics, summarize } from '../../diagnostics/format.js';
import { hasErrors, uniqueDiagnostics } from '../../diagnostics/diagnostic.js';
import { countItems } from '../../model/walk.js';
import { compileFiles, duplicateIdDiagnostics } from '../../project/compile-files.js';
import { resolveInputs } from '../inputs.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readOrNull } from '../../project/fs-probe.js';
import { statusBooks } from '../../status/status-books.js';
import { statusFilePath } from '../../status/status-file.js';
import { templateSource } from '../../project/template-source.js';
import type { TemplateSource } from '../../templates/load-template.js';
import { loadDocxTemplate } from '../../emit/docx/layout.js';
import type { CompileResult } from '../../api/compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CliIo } from '../io.js';
import { paintFor } from '../paint.js';
import { plural } from '../../util/plural.js';
import { displayPath } from '../build-summary.js';
import { githubAnnotations, gitlabCodeQuality, type CiFormat } from '../../diagnostics/ci-formats.js';

export type ValidateFormat = 'text' | 'json' | CiFormat;

export async function runValidate(io: CliIo, paths: string[], opts: { format: ValidateFormat }): Promise<number> {
  const { config, configDiagnostics, files } = resolveInputs(io, paths);
  // Validation reports problems only: calendar UIDs are computed only to check status records against the items.
  const withStatuses = files.some((f) => existsSync(resolve(io.cwd, statusFilePath(f))));
  const results = compileFiles(files, io.cwd, {
    defaultTemplate: config.template,
    schoolCalendar: config.schoolCalendar,
    uids: withStatuses,
  });
  const templates = templateDiagnostics(results, templateSource(config, io.cwd));
  const books = statusBooks((path) => readOrNull(resolve(io.cwd, path)));
  for (const { roadmap } of results) if (roadmap && withStatuses) books.checkOrphans(roadmap);
  const diagnostics = sortDiagnostics([
    ...configDiagnostics,
    ...results.flatMap((r) => r.diagnostics),
    ...duplicateIdDiagnostics(results),
    ...templates,
    ...books.diagnostics,
  ]);
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify({ files: files.length, diagnostics }, null, 2)}\n`);
    return hasErrors(diagnostics) ? 1 : 0;
  }
  // In CI the annotations go to stdout (the report file or the runner's log); people read the text on stderr.
  if (opts.format === 'github') io.stdout.write(githubAnnotations(diagnostics));
  if (opts.format === 'gitlab') io.stdout.write(gitlabCodeQuality(diagnostics));
  const paint = await paintFor(io, 'stderr');
  if (io.verbose) for (const f of files) io.stderr.write(`  проверен ${displayPath(f, io.cwd)}\n`);
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d, paint)}\n`);
  // The summary goes where the text goes; in CI formats stdout belongs to the machine-readable report.
  const summaryOut = opts.format === 'text' ? io.stdout : io.stderr;
  const { errors, warnings } = summarize(diagnostics);
  const items = results.reduce((n, r) => n + (r.roadmap ? countItems(r.roadmap) : 0), 0);
  const head = `${plural(files.length, 'файл', 'файла', 'файлов')}, ${plural(items, 'мероприятие', 'мероприятия', 'мероприятий')}`;
  if (errors === 0) {
    summaryOut.write(
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
