import { Argument, Command, CommanderError, Option } from 'commander';
import { completionScript, describeCommands, type Shell } from './completion.js';
import type { ValidateFormat } from './commands/validate.js';
import { config as zodConfig } from 'zod';
import { processIo, UsageError, type CliIo } from './io.js';
import { describeSystemError } from './system-errors.js';
import { translateCommanderError } from './usage-errors.js';
import { packageVersion } from '../project/package-root.js';
import { closest } from '../util/suggest.js';

type Run = (io: CliIo) => Promise<number>;
/** `data`: the command was asked for machine-readable output (--json…), which --quiet never silences. */
type SetRun = (run: Run, data?: boolean) => void;

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Запуск:',
  'Arguments:': 'Аргументы:',
  'Options:': 'Параметры:',
  'Commands:': 'Команды:',
  'Global Options:': 'Общие параметры:',
};

/**
 * The command line. Each command's module is imported only when that command runs, so `roadmap validate`
 * never loads docx or exceljs. Returns the exit code: 0 ok, 1 problems in the input, 2 usage error or crash.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // A command runs for a moment: zod's generated parsers (one `new Function` per object schema) cost more to
  // compile than they save over a few hundred items.
  zodConfig({ jitless: true });
  let run: Run | null = null;
  let data = false;
  const program = buildProgram((r, d = false) => {
    run = r;
    data = d;
  }, io);
  try {
    if (argv.length === 0) {
      io.stderr.write(program.helpInformation());
      return 2;
    }
    if (argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1]))
      throw new UsageError(unknownCommand(program, argv[1]));
    await program.parseAsync([...argv], { from: 'user' });
    if (!run) return 0;
    const globals = program.opts<{ quiet?: boolean; verbose?: boolean }>();
    if (globals.quiet && globals.verbose) throw new UsageError('--quiet и --verbose вместе не указывают.');
    return await (run as Run)(withVerbosity(io, globals, data));
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
        return 0;
      if (error.code === 'commander.help') return 0;
      const message =
        error.code === 'commander.unknownCommand'
          ? unknownCommand(program, /'([^']+)'/.exec(error.message)?.[1] ?? '')
          : translateCommanderError(error);
      io.stderr.write(`roadmap: ${message}\nСправка: roadmap --help\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`roadmap: ${error.message}\n`);
      return 2;
    }
    const system = describeSystemError(error);
    if (system) {
      io.stderr.write(`roadmap: ${system}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `roadmap: внутренняя ошибка: ${message}\nЭто ошибка программы, а не вашего файла. Сообщите о ней разработчикам.\n`,
    );
    // ROADMAP_DEBUG=1 adds the stack, pointing at src/…:line through the source maps bin/roadmap.js turns on.
    if ((io.env.ROADMAP_DEBUG || argv.includes('--verbose')) && error instanceof Error)
      io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

/** «неизвестная команда «biuld»; возможно, имелось в виду «build».» — for a mistyped command and `help <…>`. */
function unknownCommand(program: Command, name: string): string {
  const guess = closest(
    name,
    program.commands.map((c) => c.name()),
  );
  return `неизвестная команда «${name}»${guess ? `; возможно, имелось в виду «${guess}»` : ''}.`;
}

/** --quiet drops the human summaries on stdout (not data the user asked for); --verbose is read by commands. */
function withVerbosity(io: CliIo, globals: { quiet?: boolean; verbose?: boolean }, data: boolean): CliIo {
  if (globals.verbose) return { ...io, verbose: true };
  if (!globals.quiet) return io;
  return data ? { ...io, quiet: true } : { ...io, quiet: true, stdout: { write: () => true, isTTY: false } };
}

function buildProgram(setRun: SetRun, io: CliIo): Command {
  const program = new Command('roadmap');
  // Set before the subcommands are added: commander copies these settings into each of them.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: () => undefined, // commander's English messages are replaced by ours in main()
  });
  program.configureHelp({
    styleTitle: (title) => HELP_TITLES[title] ?? title,
    subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`.trim(),
    optionDescription: (option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`варианты: ${option.argChoices.join(', ')}`);
      if (option.defaultValue !== undefined) extra.push(`по умолчанию: ${String(option.defaultValue)}`);
      return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
    },
    argumentDescription: (argument) =>
      argument.defaultValue !== undefined
        ? `${argument.description} (по умолчанию: ${String(argument.defaultValue)})`
        : argument.description,
  });
  program
    .description('Компилятор дорожных карт: YAML → DOCX, XLSX, ICS, JSON')
    .version(packageVersion(), '-V, --version', 'показать версию')
    .option('-q, --quiet', 'не выводить сводки и ход сборки: только ошибки и запрошенные данные (--json)')
    .option('--verbose', 'подробно: каждый записанный и проверенный файл, стек внутренней ошибки')
    .helpOption('-h, --help', 'показать справку')
    .helpCommand('help [команда]', 'справка по команде')
    .showSuggestionAfterError(false);

  program
    .command('validate')
    .description('проверить дорожные карты и показать ошибки с указанием строки и столбца')
    .argument('[пути...]', 'файлы или папки (по умолчанию — roadmaps/ проекта)')
    .addOption(
      new Option('--format <формат>', 'вывод: text, json, github (аннотации Actions) или gitlab (отчёт Code Quality)')
        .choices(['text', 'json', 'github', 'gitlab'])
        .default('text'),
    )
    .option('--json', 'вывести JSON (то же, что --format json)')
    .helpOption('-h, --help', 'показать справку')
    .action((paths: string[], opts: { format: ValidateFormat; json?: boolean }) => {
      const format = opts.json ? 'json' : opts.format;
      setRun(
        async (io) => (await import('./commands/validate.js')).runValidate(io, paths, { format }),
        format !== 'text',
      );
    });

  program
    .command('build')
    .description('собрать DOCX, XLSX, ICS, JSON и страницу подписки в папку out/')
    .argument('[пути...]', 'файлы или папки (по умолчанию — roadmaps/ проекта)')
    .option('-o, --out <папка>', 'папка результатов (по умолчанию out/)')
    .option('--only <форматы>', 'только эти форматы через запятую: docx,xlsx,ics,json,html')
    .option('-w, --watch', 'пересобирать при каждом сохранении')
    .option('--json', 'вывести итог сборки в JSON: собранные карты, записанные файлы, ошибки')
    .helpOption('-h, --help', 'показать справку')
    .action((paths: string[], opts: { out?: string; only?: string; watch?: boolean; json?: boolean }) =>
      setRun(async (io) => (await import('./commands/build.js')).runBuild(io, paths, opts), opts.json),
    );

  // #20
  program
    .command('serve')
    .description('собрать сайт и показать его в браузере; страницы обновляются сами после каждого сохранения')
    .argument('[пути...]', 'файлы или папки (по умолчанию — roadmaps/ проекта)')
    .option('-o, --out <папка>', 'папка результатов (по умолчанию out/)')
    .option('--only <форматы>', 'только эти форматы через запятую (html добавляется сам)')
    .option('-p, --port <порт>', 'порт (по умолчанию 8080; 0 — любой свободный)')
    .option('--host <адрес>', 'адрес (по умолчанию 127.0.0.1 — только этот компьютер)')
    .helpOption('-h, --help', 'показать справку')
    .action((paths: string[], opts: { out?: string; only?: string; port?: string; host?: string }) =>
      setRun(async (io) => (await import('./commands/serve.js')).runServe(io, paths, opts)),
    );

  program
    .command('when')
    .description('разобрать фразу срока: вид, даты, RRULE («-» — читать фразы построчно из stdin)')
    .argument('<фраза>', 'срок, как в документе: «Сентябрь ежегодно»')
    .option('-p, --period <период>', 'период: 2023, 2020-2022 или 2023-09-01..2024-08-31 (по умолчанию — текущий год)')
    .option('--json', 'вывести JSON')
    .option('--today <дата>', 'считать сегодняшней дату ГГГГ-ММ-ДД')
    .helpOption('-h, --help', 'показать справку')
    .action((phrase: string, opts: { period?: string; json?: boolean; today?: string }) =>
      setRun(async (io) => (await import('./commands/when.js')).runWhen(io, phrase, opts), opts.json),
    );

  // #20
  program
    .command('indicator')
    .description('показать, как понят индикативный показатель: измеримая цель {значение, единица, период} или текст')
    .argument('<текст>', 'показатель, как в документе: «Не менее 2-х мероприятий в год»')
    .option('--json', 'вывести JSON')
    .helpOption('-h, --help', 'показать справку')
    .action((text: string, opts: { json?: boolean }) =>
      setRun(async (io) => (await import('./commands/indicator.js')).runIndicator(io, text, opts)),
    );

  const status = program
    .command('status')
    .description('ход выполнения: по картам, направлениям и исполнителям; просроченные мероприятия')
    .argument('[пути...]', 'файлы или папки (по умолчанию — roadmaps/ проекта)')
    .option('--json', 'вывести JSON')
    .option('--today <дата>', 'считать сегодняшней дату ГГГГ-ММ-ДД')
    .helpOption('-h, --help', 'показать справку')
    .action((paths: string[], opts: { json?: boolean; today?: string }) =>
      setRun(async (io) => (await import('./commands/status.js')).runStatus(io, paths, opts), opts.json),
    );
  status
    .command('import')
    .description('перенести статусы из заполненного трекера XLSX в репозиторий')
    .argument('<трекер.xlsx>', 'заполненный трекер')
    .argument('[пути...]', 'файлы или папки дорожных карт (по умолчанию — roadmaps/ проекта)')
    .option('-f, --force', 'записать и изменения назад и расходящиеся с более новыми записями')
    .helpOption('-h, --help', 'показать справку')
    .action((tracker: string, paths: string[], opts: { force?: boolean }) =>
      setRun(async (io) => (await import('./commands/status-import.js')).runStatusImport(io, tracker, paths, opts)),
    );

  program
    .command('report')
    .description('собрать DOCX «Отчёт о реализации дорожной карты» по записанным статусам')
    .argument('[пути...]', 'файлы или папки (по умолчанию — roadmaps/ проекта)')
    .option('-o, --out <папка>', 'папка результатов (по умолчанию out/)')
    .option('--today <дата>', 'считать сегодняшней дату ГГГГ-ММ-ДД')
    .option('--from <дата>', 'отчёт за период: с даты ГГГГ-ММ-ДД (например, начало квартала)')
    .option('--to <дата>', 'отчёт за период: по дату ГГГГ-ММ-ДД')
    .option('--json', 'вывести JSON: записанные отчёты и замечания')
    .helpOption('-h, --help', 'показать справку')
    .action((paths: string[], opts: { out?: string; today?: string; from?: string; to?: string; json?: boolean }) =>
      setRun(async (io) => (await import('./commands/report.js')).runReport(io, paths, opts), opts.json),
    );

  program
    .command('upcoming')
    .description('сроки на ближайшие дни, сгруппированные по датам; просроченные — первыми')
    .argument('[пути...]', 'файлы или папки (по умолчанию — roadmaps/ проекта)')
    .option('-d, --days <N>', 'на сколько дней вперёд (по умолчанию 30)')
    .option('-e, --executor <id>', 'только этого исполнителя')
    .option('--today <дата>', 'считать сегодняшней дату ГГГГ-ММ-ДД')
    .option('--json', 'вывести JSON')
    .helpOption('-h, --help', 'показать справку')
    .action((paths: string[], opts: { days?: string; executor?: string; today?: string; json?: boolean }) =>
      setRun(async (io) => (await import('./commands/upcoming.js')).runUpcoming(io, paths, opts), opts.json),
    );

  program
    .command('diff')
    .description('лист изменений между двумя версиями дорожной карты (файл или ревизия git, например HEAD~1)')
    .argument('<было>', 'файл или ревизия git')
    .argument('[стало]', 'файл (по умолчанию — тот же файл в рабочей копии)')
    .option('--json', 'вывести JSON')
    .helpOption('-h, --help', 'показать справку')
    .action((a: string, b: string | undefined, opts: { json?: boolean }) =>
      setRun(async (io) => (await import('./commands/diff.js')).runDiff(io, a, b, opts), opts.json),
    );

  program
    .command('init')
    .description('создать новый репозиторий дорожных карт: настройки, пример, .gitignore, CI')
    .argument('[папка]', 'куда (по умолчанию — текущая папка)', '.')
    .option('--json', 'вывести JSON: созданные и оставленные файлы')
    .helpOption('-h, --help', 'показать справку')
    .action((dir: string, opts: { json?: boolean }) =>
      setRun(async (io) => (await import('./commands/init.js')).runInit(io, dir, opts), opts.json),
    );

  program
    .command('import')
    .description('превратить существующую дорожную карту из DOCX в YAML')
    .argument('<файл.docx>', 'документ Word с таблицей дорожной карты')
    .option('-o, --output <файл>', 'куда записать YAML («-» — в stdout); по умолчанию roadmaps/<id>.yaml')
    .option('-f, --force', 'перезаписать существующий файл')
    .helpOption('-h, --help', 'показать справку')
    .action((file: string, opts: { output?: string; force?: boolean }) =>
      setRun(async (io) => (await import('./commands/import.js')).runImport(io, file, opts)),
    );

  program
    .command('completion')
    .description('сценарий автодополнения команд для bash, zsh или fish')
    .addArgument(new Argument('<оболочка>', 'bash, zsh или fish').choices(['bash', 'zsh', 'fish']))
    .helpOption('-h, --help', 'показать справку')
    .action((shell: Shell) =>
      setRun(async (io) => {
        io.stdout.write(completionScript(shell, describeCommands(program)));
        return 0;
      }, true),
    );

  program.usage('[параметры] <команда>');
  const russianUsage = (cmd: Command): void => {
    cmd.usage(cmd.usage().replace('[options]', '[параметры]').replace('[command]', '[команда]'));
    cmd.commands.forEach(russianUsage);
  };
  program.commands.forEach(russianUsage);
  return program;
}
