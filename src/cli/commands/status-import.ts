import { createReadStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { matchTracker } from '../../status/match-tracker.js';
import { readTracker, TrackerFormatError, type TrackerContents } from '../../status/read-tracker.js';
import { formatHeld } from '../../status/format-held.js';
import { statusFilePath } from '../../status/status-file.js';
import { StatusFileShapeError, writeStatusFile } from '../../status/write-status-file.js';
import { otherSpreadsheetKind, readInput } from '../../project/fs-probe.js';
import { zipPackageProblem } from '../../project/zip-check.js';
import { resolveInputs } from '../inputs.js';
import { UsageError, type CliIo } from '../io.js';
import { paintFor } from '../paint.js';
import { plural } from '../../util/plural.js';
import { loadTrackedRoadmaps, printProblems } from './status.js';

/**
 * `roadmap status import трекер.xlsx`: statuses, dates, documents and comments from a filled tracker go into each
 * roadmap's status file (`<roadmap>.status.yaml`). The roadmap YAML itself is never touched.
 */
export async function runStatusImport(
  io: CliIo,
  tracker: string,
  paths: string[],
  opts: { force?: boolean } = {},
): Promise<number> {
  const trackerPath = resolve(io.cwd, tracker);
  if (!existsSync(trackerPath) || !statSync(trackerPath).isFile())
    throw new UsageError(`не найден файл трекера «${tracker}».`);
  const other = otherSpreadsheetKind(trackerPath); // #15b: a re-saved tracker in another format is named as such
  if (other) {
    const kind = other === 'ods' ? 'OpenDocument (.ods)' : 'Excel 97–2003 (.xls)';
    io.stderr.write(
      `${tracker}: ошибка: это таблица ${kind}, а трекер читается из .xlsx: откройте её и сохраните как «Книга Excel (.xlsx)».\n`,
    );
    return 1;
  }
  const input = readInput(trackerPath);
  const damaged = input.ok ? zipPackageProblem(input.bytes) : 'unreadable';
  if (damaged) {
    const why = {
      unreadable: 'это не обычный файл или он больше 16 МБ',
      'not-zip': 'это не книга Excel (.xlsx) или файл повреждён',
      damaged: 'это не книга Excel (.xlsx) или файл повреждён: архив не распаковывается',
      'too-large': 'распакованная книга больше 256 МБ',
    }[damaged];
    io.stderr.write(`${tracker}: ошибка: не удалось прочитать трекер: ${why}.\n`);
    return 1;
  }
  const inputs = resolveInputs(io, paths); // usage errors (no roadmaps folder …) before the slow part
  const paint = await paintFor(io, 'stderr');

  const started = performance.now();
  let contents: TrackerContents;
  try {
    contents = await readTracker(createReadStream(trackerPath));
  } catch (error) {
    if (!(error instanceof TrackerFormatError)) throw error;
    io.stderr.write(
      `${paint.bold(tracker)}: ${paint.error('ошибка')}: не удалось прочитать трекер: ${error.message}.\n`,
    );
    return 1;
  }

  const read = performance.now();
  // The tracker is read before the roadmaps are compiled: a wrong file fails fast.
  const { records, baseline } = contents;
  const { roadmaps, held, diagnostics } = loadTrackedRoadmaps(io, paths, inputs);
  const { errors } = await printProblems(io, diagnostics);
  if (held.length) {
    const names = held.map((r) => statusFilePath(r.source)).join(', ');
    // Merging into a file that was not read whole could undo what it records: nothing is written.
    io.stderr.write(
      `${paint.error('ошибка')}: статусы из трекера не перенесены: ` +
        (held.length === 1
          ? `файл статусов ${names} не прочитан (см. выше) и не изменён — исправьте его.\n`
          : `файлы статусов ${names} не прочитаны (см. выше) и не изменены — исправьте их.\n`),
    );
    return 1;
  }
  const compiled = performance.now();
  const result = matchTracker(records, roadmaps, { baseline, force: opts.force === true });
  if (io.env.ROADMAP_TIMING) {
    io.stderr.write(
      `время: чтение трекера ${(read - started).toFixed(0)} мс, компиляция карт ${(compiled - read).toFixed(0)} мс, сопоставление ${(performance.now() - compiled).toFixed(0)} мс\n`,
    );
  }
  const name = basename(tracker);
  for (const w of result.warnings)
    io.stderr.write(`${paint.bold(`${name}:строка ${w.row}`)}: ${paint.warning('предупреждение')}: ${w.message}\n`);
  for (const h of result.held)
    io.stderr.write(
      `${paint.bold(`${name}:строка ${h.row}`)}: ${paint.warning('не записано')}: ${formatHeld(h.label, h.changes)}\n`,
    );
  if (!baseline && records.length)
    io.stderr.write(
      `${paint.bold(name)}: ${paint.warning('предупреждение')}: трекер собран прежней версией и не помнит, что в нём было при выгрузке: переносятся только новые отметки, записанные значения не заменяются и не стираются (для этого — --force).\n`,
    );

  // Every status file is prepared before any is written: one that cannot be edited leaves all of them as they were.
  const pending: { file: string; target: string; text: string }[] = [];
  for (const { roadmap } of roadmaps) {
    const updates = result.updates.get(roadmap.id);
    if (!updates?.length) continue;
    const file = statusFilePath(roadmap.source);
    const target = resolve(io.cwd, file);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    try {
      pending.push({
        file,
        target,
        text: writeStatusFile(before, updates, { id: roadmap.id, file: basename(roadmap.source) }),
      });
    } catch (error) {
      if (!(error instanceof StatusFileShapeError)) throw error;
      io.stderr.write(
        `${paint.bold(file)}: ${paint.error('ошибка')}: не удалось записать статусы: ${error.message}.\n`,
      );
      return 1;
    }
  }
  const written: string[] = [];
  for (const { file, target, text } of pending) {
    writeAtomically(target, text);
    written.push(file);
  }

  const rows = records.filter((r) => r.key !== '').length;
  io.stdout.write(
    `Трекер ${name}: ${plural(rows, 'строка', 'строки', 'строк')}; сопоставлено ${result.matched}, ` +
      `с отметками ${result.recorded}, изменено ${plural(result.changed, 'статус', 'статуса', 'статусов')}` +
      `, не сопоставлено ${result.unmatched}` +
      (result.warnings.length ? ` (предупреждений: ${result.warnings.length})` : '') +
      '.\n' +
      (result.held.length
        ? `Не записано без --force: ${plural(result.held.length, 'строка', 'строки', 'строк')} (изменения назад или расходятся с более новыми записями).\n`
        : '') +
      (written.length ? `Записано: ${written.join(', ')}.\n` : 'Файлы статусов не изменились.\n'),
  );
  return errors > 0 || result.held.length > 0 ? 1 : 0;
}

function writeAtomically(target: string, text: string): void {
  const temp = `${target}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
