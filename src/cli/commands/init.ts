import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { initFiles } from '../../project/init/files.js';
import { writeInitFiles } from '../../project/init/write-init.js';
import { displayPath } from '../build-summary.js';
import { PACKAGE_NAME, packageVersion } from '../../project/package-root.js';
import { UsageError, type CliIo } from '../io.js';

/**
 * `roadmap init [dir]`: a new repository of roadmaps. Existing files are reported and left as they are — init
 * never overwrites (delete a file to get it regenerated).
 */
export async function runInit(io: CliIo, dir: string, opts: { json?: boolean } = {}): Promise<number> {
  const target = resolve(io.cwd, dir);
  if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError(`«${dir}» — это файл, а не папка.`);
  let outcomes;
  try {
    outcomes = writeInitFiles(target, initFiles(io.now().getFullYear(), packageVersion()));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' || e.code === 'ENOTDIR') {
      io.stderr.write(
        `roadmap: не удалось создать файлы в «${dir}»: нет прав на запись или путь занят файлом (${e.code}).\n`,
      );
      return 1;
    }
    throw error;
  }
  const shown = displayPath(target, io.cwd);
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ folder: shown, files: outcomes }, null, 2)}\n`);
    return 0;
  }
  for (const o of outcomes) {
    io.stdout.write(
      o.status === 'created' ? `  создан      ${o.path}\n` : `  уже есть    ${o.path} — оставлен как был\n`,
    );
  }
  const created = outcomes.filter((o) => o.status === 'created').length;
  if (created === 0) {
    io.stdout.write(`Ничего не создано: в «${shown}» уже есть все файлы.\n`);
    return 0;
  }
  const cd = shown === '.' ? '' : `cd ${/\s/.test(shown) ? `"${shown}"` : shown} && `;
  // Run through `npx -p …` the tool is not on PATH afterwards: the hint repeats the form that works.
  const roadmap = io.env.npm_command === 'exec' ? `npx -p ${PACKAGE_NAME} roadmap` : 'roadmap';
  io.stdout.write(
    `\nГотово: репозиторий дорожных карт в «${shown}».\n` +
      `Дальше: ${cd}${roadmap} validate && ${roadmap} build — результаты появятся в out/ (откройте out/index.html).\n` +
      'Пример карты — roadmaps/example.yaml; замените его своей картой.\n',
  );
  return 0;
}
