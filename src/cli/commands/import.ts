import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { checkImported } from '../../import/check-import.js';
import { importDocx } from '../../import/import-docx.js';
import { withSchemaPath } from '../../import/to-yaml.js';
import { BUNDLED_TEMPLATES, type TemplateHeaders } from '../../import/template-match.js';
import { loadConfig } from '../../project/config.js';
import { packageRoot } from '../../project/package-root.js';
import { UsageError, type CliIo } from '../io.js';
import { plural } from '../../util/plural.js';
import { makeDirectory, readInput, type InputRead } from '../../project/fs-probe.js';

const MAX_DOCX_BYTES = 64 * 1024 * 1024;

const INPUT_PROBLEMS: Record<Exclude<(InputRead & { ok: false })['problem'], 'missing'>, string> = {
  'no-access': 'нет прав на чтение файла',
  directory: 'это папка, а нужен файл .docx',
  'not-regular': 'это не обычный файл (канал, устройство или ссылка на них)',
  'too-large': 'файл больше 64 МБ — это не документ дорожной карты',
};

export interface ImportCliOptions {
  output?: string;
  force?: boolean;
}

/** `roadmap import file.docx [-o out.yaml|-] [--force]`: DOCX → YAML, checked by the compiler before it is written. */
export async function runImport(io: CliIo, file: string, opts: ImportCliOptions): Promise<number> {
  const path = resolve(io.cwd, file);
  // A regular file of at most 64 MB (a DOCX with photos is still well under it): a FIFO or a link to /dev/zero
  // is refused instead of hanging or filling the memory.
  const input = readInput(path, MAX_DOCX_BYTES);
  if (!input.ok) {
    if (input.problem === 'missing') throw new UsageError(`не найден файл «${file}».`);
    throw new UsageError(`«${file}»: ${INPUT_PROBLEMS[input.problem]}.`);
  }
  const { config } = loadConfig(io.cwd);
  const year = Number((io.env.ROADMAP_TODAY ?? '').slice(0, 4)) || io.now().getFullYear();
  const result = importDocx(input.bytes, {
    fileName: basename(path),
    templates: readTemplates(config.root),
    fallbackYear: year,
  });
  if (!result.ok) {
    io.stderr.write(`roadmap: ${file}: ${result.message}\n`);
    return 1;
  }
  const { summary } = result;
  const toStdout = opts.output === '-';
  const target = toStdout
    ? null
    : opts.output
      ? resolve(io.cwd, opts.output)
      : join(config.root, config.roadmaps[0] ?? 'roadmaps', `${summary.id}.yaml`);
  // The project's schemas/ (where `init` puts them), named from the folder the YAML goes to; on stdout the
  // default (`../schemas/…`, right for a file in roadmaps/).
  const schema = target && relative(dirname(target), join(config.root, 'schemas', 'roadmap.schema.json'));
  const yaml = schema ? withSchemaPath(result.yaml, schema.split(sep).join('/')) : result.yaml;
  const shown = target ? relative(io.cwd, target) || target : '<stdout>';
  if (target && realPath(target) === realPath(path)) {
    throw new UsageError(`«${shown}» — это сам импортируемый документ: укажите для YAML другой файл.`);
  }
  if (target && existsSync(target) && statSync(target).isDirectory()) {
    throw new UsageError(`«${shown}» — это папка: укажите имя файла YAML, например ${shown}/карта.yaml.`);
  }
  if (target && existsSync(target) && !opts.force) {
    io.stderr.write(`roadmap: файл «${shown}» уже существует. Чтобы перезаписать его, добавьте --force.\n`);
    return 1;
  }
  const check = checkImported(target ? shown : `${summary.id}.yaml`, yaml);
  if (target) {
    makeDirectory(dirname(target));
    writeFileSync(target, yaml);
  } else io.stdout.write(yaml);

  const out = toStdout ? io.stderr : io.stdout;
  const parts = [
    summary.sections ? plural(summary.sections, 'направление', 'направления', 'направлений') : null,
    plural(summary.items, 'мероприятие', 'мероприятия', 'мероприятий'),
    summary.executors ? plural(summary.executors, 'исполнитель', 'исполнителя', 'исполнителей') : null,
  ].filter(Boolean);
  out.write(`Импортировано: ${parts.join(', ')}; макет ${summary.template}, период ${summary.period} → ${shown}\n`);
  for (const note of summary.notes) out.write(`  Проверьте: ${note}\n`);
  for (const u of check.unread) out.write(`  строка ${u.line}: «${u.when}» — срок не распознан\n`);
  if (check.unread.length)
    out.write(`  Исправьте эти сроки (см. docs/schedule.md), затем запустите roadmap validate.\n`);
  for (const d of check.problems) io.stderr.write(`${formatDiagnostic(d)}\n`);
  return check.problems.length ? 1 : 0;
}

/** Column headers of the layouts in the package's and the project's templates/ (for choosing the closest one). */
function readTemplates(projectRoot: string): TemplateHeaders[] {
  const found = new Map<string, TemplateHeaders>();
  for (const dir of [join(safePackageRoot(), 'templates'), join(projectRoot, 'templates')]) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const data = parse(readFileSync(join(dir, name), 'utf8')) as { columns?: { header?: unknown }[] } | null;
        const headers = (data?.columns ?? []).map((c) => String(c?.header ?? '')).filter(Boolean);
        if (headers.length) found.set(name.replace(/\.ya?ml$/, ''), { name: name.replace(/\.ya?ml$/, ''), headers });
      } catch {
        // A broken template is reported by `build`; here it simply is not a candidate.
      }
    }
  }
  return found.size ? [...found.values()] : BUNDLED_TEMPLATES;
}

function safePackageRoot(): string {
  try {
    return packageRoot();
  } catch {
    return '.';
  }
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}
