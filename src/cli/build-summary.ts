import { relative, sep } from 'node:path';
import type { Paint } from '../diagnostics/format.js';
import type { BuildReport } from '../project/build.js';
import { plural } from '../util/plural.js';

/** A line per roadmap (✓ built, with its files; ✗ not built, with its error count), then the totals. */
export function formatBuildSummary(report: BuildReport, outDir: string, cwd: string, paint: Paint, ms: number): string {
  const lines: string[] = [];
  const shownOut = displayPath(outDir, cwd);
  const builtFiles = new Set(report.built.map((r) => r.source));
  // Counted once up front: a build of a thousand roadmaps writes thousands of files.
  const errorsByFile = countBy(
    report.diagnostics.filter((d) => d.severity === 'error'),
    (d) => d.file,
  );
  const filesById = countBy(report.written, (w) => ownerId(w, outDir));
  for (const r of report.results) {
    const errors = errorsByFile.get(r.file) ?? 0;
    if (r.roadmap && builtFiles.has(r.file)) {
      const own = filesById.get(r.roadmap.id) ?? 0;
      const note = errors ? paint.warning(` (сроки с ошибками: ${errors})`) : '';
      lines.push(
        `  ${paint.info('✓')} ${r.roadmap.id} ${paint.dim(`— ${plural(own, 'файл', 'файла', 'файлов')}`)}${note}`,
      );
    } else {
      lines.push(
        `  ${paint.error('✗')} ${r.file} ${paint.dim('—')} ${paint.error(`не собрано: ${plural(Math.max(errors, 1), 'ошибка', 'ошибки', 'ошибок')}`)}`,
      );
    }
  }
  const failed = report.results.length - report.built.length;
  const seconds = (ms / 1000).toFixed(1).replace('.', ',');
  lines.push(
    `Собрано: ${plural(report.built.length, 'дорожная карта', 'дорожные карты', 'дорожных карт')}, ` +
      `${plural(report.written.length, 'файл', 'файла', 'файлов')} в ${shownOut}` +
      ` ${paint.dim(`(${seconds} с)`)}` +
      (failed ? `; не собрано из-за ошибок: ${failed}` : '') +
      '.',
  );
  return `${lines.join('\n')}\n`;
}

/** A roadmap's own outputs are `<id>.<ext>` at the top of the output folder (ids have no dots); null for others. */
function ownerId(abs: string, outDir: string): string | null {
  const rel = relative(outDir, abs);
  if (rel.includes(sep) || rel.includes('/')) return null;
  const dot = rel.indexOf('.');
  return dot > 0 ? rel.slice(0, dot) : null;
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel.split(sep).join('/');
}
