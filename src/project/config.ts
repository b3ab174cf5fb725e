import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as z from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { CALENDAR_WINDOWS, OUTPUT_FORMATS, type CalendarWindows, type OutputFormat } from '../emit/emitter.js';
import { loadYaml } from '../load/load-yaml.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { keyPositionOf, positionOf } from '../load/positions.js';
import { readInput, readOrNull } from './fs-probe.js';
import type { SchoolCalendar } from '../schedule/school-calendar.js';
import { readSchoolCalendar } from '../validate/school-calendar-schema.js';

const CONFIG_FILE = 'roadmap.config.yaml';

export const ConfigSchema = z.strictObject({
  roadmaps: z
    .union([z.string(), z.array(z.string())])
    .describe('Папка (или папки) с дорожными картами. По умолчанию roadmaps.')
    .optional(),
  out: z.string().describe('Папка для результатов сборки. По умолчанию out.').optional(),
  template: z
    .string()
    .describe('Макет документа по умолчанию: classic, msoko, 500plus или свой из templates/.')
    .optional(),
  // The loader keeps scalars as the text written (`7`), so a number may arrive as a string of digits.
  reminders: z
    .array(z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().min(0).max(365)))
    .describe('За сколько дней до срока напоминать в календаре. По умолчанию [7, 1].')
    .optional(),
  formats: z
    .array(z.enum(OUTPUT_FORMATS as [OutputFormat, ...OutputFormat[]]))
    .min(1)
    .describe('Что собирать: docx, xlsx, ics, json, html.')
    .optional(),
  schoolCalendar: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .describe(
      'Учебный календарный график: путь к файлу (calendars/график.yaml) или сам график. По умолчанию — федеральный.',
    )
    .optional(),
  baseUrl: z
    .string()
    // #16: without a scheme (or with spaces) every link built from it is broken
    .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, {
      message: 'нужен полный адрес с https:// и без пробелов, например https://uo.example.ru/roadmaps',
    })
    .describe('Адрес, по которому публикуется папка out (для ссылок webcal:// на странице подписки).')
    .optional(),
  // #16 calendars
  reminderTime: z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { message: 'время ЧЧ:ММ, например 09:00' })
    .describe('Во сколько (местное время) срабатывают напоминания календаря. По умолчанию 09:00.')
    .optional(),
  timeZone: z
    .string()
    .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/, { message: 'название пояса, например Europe/Samara' })
    .describe('Часовой пояс календарей (X-WR-TIMEZONE), например Europe/Samara. По умолчанию Europe/Moscow.')
    .optional(),
  uidDomain: z
    .string()
    // an RFC 1123 host name: what follows `@` in every UID, so another department's feed never shares one
    .regex(
      /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/,
      {
        message:
          'имя сайта латиницей, без https:// и пути, например uo.example.ru (кириллический домен — в виде xn--…)',
      },
    )
    .describe(
      'Домен в UID событий календаря, например uo.example.ru. По умолчанию — сайт из baseUrl, без baseUrl — roadmap.',
    )
    .optional(),
  calendarWindows: z
    .enum(CALENDAR_WINDOWS)
    .describe(
      'Как календарь показывает сроки-периоды («Август-сентябрь»): deadline — только срок, start — ещё событие «Начало», span — весь период. По умолчанию deadline.',
    )
    .optional(),
});

export interface ProjectConfig {
  /** The folder holding roadmap.config.yaml, or the working directory when there is none. */
  root: string;
  configFile: string | null;
  roadmaps: string[];
  out: string;
  template: string;
  reminders: number[];
  formats: OutputFormat[];
  baseUrl: string | null;
  /** The school calendar phrases are read against; null: the federal schedule. */
  schoolCalendar: SchoolCalendar | null;
  /** Minutes after local midnight when calendar reminders fire (config reminderTime, default 09:00). */
  reminderMinutes: number;
  timeZone: string;
  /** Config uidDomain; null: the host of baseUrl, else `@roadmap` (decided where baseUrl is final, at build). */
  uidDomain: string | null;
  calendarWindows: CalendarWindows;
}

function defaultConfig(root: string): ProjectConfig {
  return {
    root,
    configFile: null,
    roadmaps: ['roadmaps'],
    out: 'out',
    template: 'classic',
    reminders: [7, 1],
    formats: [...OUTPUT_FORMATS],
    baseUrl: null,
    schoolCalendar: null,
    reminderMinutes: 9 * 60,
    timeZone: 'Europe/Moscow',
    uidDomain: null,
    calendarWindows: 'deadline',
  };
}

/** Finds roadmap.config.yaml in `cwd` or a parent folder and reads it; defaults when there is none. */
export function loadConfig(cwd: string): { config: ProjectConfig; diagnostics: Diagnostic[] } {
  const file = findUp(cwd);
  if (!file) return { config: defaultConfig(resolve(cwd)), diagnostics: [] };
  const root = dirname(file);
  const config = { ...defaultConfig(root), configFile: file };
  // Missing meanwhile, or unreadable: as if empty would build with the defaults, so say so.
  const bytes = readOrNull(file);
  if (!bytes) throw Object.assign(new Error(`${file}: unreadable`), { code: 'EACCES', path: file });
  const { loaded, diagnostics } = loadYaml(file, bytes);
  // Every key is optional: an empty or comment-only config means the defaults.
  if (!loaded && diagnostics.every((d) => d.code === 'file-empty')) return { config, diagnostics: [] };
  if (!loaded) return { config, diagnostics };
  const parsed = ConfigSchema.safeParse(loaded.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as PropertyKey[];
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(path[0] ?? '');
      const pos = issue.code === 'unrecognized_keys' ? keyPositionOf(loaded, path, key) : positionOf(loaded, path);
      const d = diagnostic(
        'config-invalid',
        { file, ...pos },
        key,
        CONFIG_FILE,
        issue.code === 'unrecognized_keys' ? Object.keys(ConfigSchema.shape) : null,
      );
      // The formats the calendar keys need are said in their own words (#16).
      if (issue.code === 'invalid_format') d.hint = issue.message;
      if (issue.code === 'invalid_value' && key === 'calendarWindows')
        d.hint = `допустимо: ${CALENDAR_WINDOWS.join(', ')}`;
      diagnostics.push(d);
    }
    return { config, diagnostics };
  }
  const c = parsed.data;
  const school = c.schoolCalendar === undefined ? null : schoolCalendarOf(root, loaded, c.schoolCalendar, diagnostics);
  return {
    config: {
      ...config,
      roadmaps: c.roadmaps === undefined ? config.roadmaps : typeof c.roadmaps === 'string' ? [c.roadmaps] : c.roadmaps,
      out: c.out ?? config.out,
      template: c.template ?? config.template,
      reminders: c.reminders ?? config.reminders,
      formats: c.formats ?? config.formats,
      baseUrl: c.baseUrl ?? null,
      schoolCalendar: school,
      reminderMinutes: c.reminderTime ? minutesOf(c.reminderTime) : config.reminderMinutes,
      timeZone: c.timeZone ?? config.timeZone,
      uidDomain: c.uidDomain?.toLowerCase() ?? null,
      calendarWindows: c.calendarWindows ?? config.calendarWindows,
    },
    diagnostics,
  };
}

/** `schoolCalendar:` inline in the config, or a path (relative to the config) of a YAML file, under calendars/. */
function schoolCalendarOf(
  root: string,
  config: LoadedFile,
  value: string | Record<string, unknown>,
  diagnostics: Diagnostic[],
): SchoolCalendar | null {
  if (typeof value !== 'string') {
    const read = readSchoolCalendar(config, value, ['schoolCalendar']);
    diagnostics.push(...read.diagnostics);
    return read.calendar;
  }
  const file = resolve(root, value);
  // Only a regular file of a sane size: a FIFO or /dev/zero given here must not hang the build.
  const input = readInput(file);
  if (!input.ok) {
    const place = { file: config.file, ...positionOf(config, ['schoolCalendar']) };
    diagnostics.push(diagnostic('school-calendar-invalid', place, `файл «${value}» не найден или не читается`));
    return null;
  }
  const { loaded, diagnostics: loadDiagnostics } = loadYaml(file, input.bytes);
  diagnostics.push(...loadDiagnostics);
  if (!loaded) return null;
  const read = readSchoolCalendar(loaded, loaded.data, []);
  diagnostics.push(...read.diagnostics);
  return read.calendar;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

function findUp(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
