import { relative, sep } from 'node:path';
import type { Paint } from '../diagnostics/format.js';
import type { BuildReport } from '../project/build.js';
import { plural } from '../util/plural.js';

/** A line per roadmap (✓ built, with its files; ✗ not built, with its error count), then the totals. */
export function formatBuildSummary(report: BuildReport, outDir: string, cwd: string, paint: Paint, ms: number): string {
  const lines: string[] = [];
  const shownOut = displayPath(outDir, cwd);
  const builtFiles = new Set(report.built.map((r) => r.source));
  for (const r of report.results) {
    const errors = report.diagnostics.filter((d) => d.file === r.file && d.severity === 'error').length;
    if (r.roadmap && builtFiles.has(r.file)) {
      const own = report.written.filter((w) => isOwnOutput(w, outDir, r.roadmap!.id)).length;
      const note = errors ? paint.warning(` (сроки с ошибками: ${errors})`) : '';
      lines.push(`  ${paint.info('✓')} ${r.roadmap.id} ${paint.dim(`— ${plural(own, 'файл', 'файла', 'файлов')}`)}${note}`);
    } else {
      lines.push(`  ${paint.error('✗')} ${r.file} ${paint.dim('—')} ${paint.error(`не собрано: ${plural(Math.max(errors, 1), 'ошибка', 'ошибки', 'ошибок')}`)}`);
    }
  }
  const failed = report.results.length - report.built.length;
  const seconds = (ms / 1000).toFixed(1).replace('.', ',');
  lines.push(
    `Собрано: ${plural(report.built.length, 'дорожная карта', 'дорожные карты', 'дорожных карт')}, ` +
      `${plural(report.written.length, 'файл', 'файла', 'файлов')} в ${shownOut}` +
      ` ${paint.dim(`(${seconds} с)`)}` + (failed ? `; не собрано из-за ошибок: ${failed}` : '') + '.',
  );
  return `${lines.join('\n')}\n`;
}

function isOwnOutput(abs: string, outDir: string, id: string): boolean {
  const rel = relative(outDir, abs).split(sep).join('/');
  return rel.startsWith(`${id}.`);
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel.split(sep).join('/');
}
