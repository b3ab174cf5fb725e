import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { keyPositionOf, positionInScalar, positionOf } from '../load/positions.js';
import type { ResolvedItem, ResolvedRoadmap, ResolvedSection, Approval } from '../model/resolved.js';
import { documentParts } from './document-parts.js';
import { parseDeadline } from '../schedule/index.js';
import type { SchoolCalendar } from '../schedule/school-calendar.js';
import type { Period, Schedule } from '../schedule/types.js';
import type { ItemInput, RoadmapInput } from '../validate/schema.js';
import { isIsoDate } from '../util/dates.js';
import { ExecutorDirectory } from './executors.js';
import { phraseDiagnostic } from './phrase-diagnostic.js';
import { resolvePeriod } from './period.js';
import { parseRichText } from './rich-text.js';
import { assignUids } from './uid.js';

export interface ResolveOptions {
  /** Layout used when the roadmap names none (from the project config). */
  defaultTemplate?: string;
  /** The school calendar phrases are read against (config `schoolCalendar:`); default: the federal schedule. */
  schoolCalendar?: SchoolCalendar | null;
  /** Compute calendar UIDs (default). `validate` needs none and skips the hashing: items get an empty uid. */
  uids?: boolean;
}

export interface ResolveResult {
  roadmap: ResolvedRoadmap | null;
  diagnostics: Diagnostic[];
}

type Path = PropertyKey[];

/** Resolve stage: numbering, executors, UIDs and deadline phrases → schedules. */
export function resolveRoadmap(loaded: LoadedFile, input: RoadmapInput, options: ResolveOptions = {}): ResolveResult {
  const diagnostics: Diagnostic[] = [];
  const period = resolvePeriod(loaded, input.period, diagnostics);
  if (!period) return { roadmap: null, diagnostics };

  if (input.approval?.date && !isIsoDate(input.approval.date)) {
    const place = { file: loaded.file, ...positionOf(loaded, ['approval', 'date']) };
    diagnostics.push(diagnostic('schema-invalid', place, 'date', { notInCalendar: input.approval.date }));
    return { roadmap: null, diagnostics };
  }
  const ctx = new ResolveContext(loaded, input, period.period, diagnostics);
  if (options.schoolCalendar) ctx.schoolCalendar = options.schoolCalendar;
  const sections: ResolvedSection[] = input.sections
    ? input.sections.map((s, si) => ({
        title: s.title.trim(),
        items: ctx.items(s.items, ['sections', si, 'items'], ''),
      }))
    : [{ title: null, items: ctx.items(input.items ?? [], ['items'], '') }];
  if (options.uids !== false) assignUids(input.id, sections);

  const roadmap: ResolvedRoadmap = {
    id: input.id,
    title: input.title.trim(),
    subtitle: lines(input.subtitle),
    issuer: lines(input.issuer),
    period: period.period,
    periodText: period.text,
    approval: approval(input),
    ...documentParts(input),
    template: input.template ?? options.defaultTemplate ?? 'classic',
    executors: ctx.directory.all(),
    sections,
    source: loaded.file,
  };
  return { roadmap, diagnostics };
}

class ResolveContext {
  readonly directory: ExecutorDirectory;
  private readonly ids = new Map<string, number>();
  private readonly schedules = new Map<string, Schedule>();
  private counter = 0;
  private readonly continuous: boolean;
  schoolCalendar: SchoolCalendar | null = null;

  constructor(
    private readonly loaded: LoadedFile,
    input: RoadmapInput,
    private readonly period: Period,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.directory = new ExecutorDirectory(input.executors);
    this.continuous = input.numbering === 'continuous';
  }

  items(list: readonly ItemInput[], path: Path, prefix: string): ResolvedItem[] {
    if (prefix === '' && !this.continuous) this.counter = 0;
    return list.map((item, i) => {
      const position = prefix === '' ? ++this.counter : i + 1;
      const number = item.number?.trim().replace(/\.$/, '') || (prefix ? `${prefix}.${position}` : String(position));
      return this.item(item, [...path, i], number);
    });
  }

  private item(item: ItemInput, path: Path, number: string): ResolvedItem {
    const { loaded } = this;
    const title = parseRichText(item.title);
    const id = item.id ?? null;
    if (id !== null) this.checkDuplicateId(id, path);

    const executors = this.directory.resolve(item.executors, loaded.file, (index) =>
      positionOf(loaded, index < 0 ? [...path, 'executors'] : [...path, 'executors', index]),
    );
    this.diagnostics.push(...executors.diagnostics);

    const when = item.when?.trim() ?? '';
    let schedule: Schedule;
    if (when === '') {
      // A heading item that only groups its sub-items («Актуализация нормативно-правовой базы:») has no deadline.
      if (!item.items?.length) this.missing('when', path);
      schedule = { kind: 'external', rrule: null, dtstart: null, text: '', note: null, occurrences: [], issues: [] };
    } else {
      // Roadmaps repeat phrases («Ежегодно», «В течение года»): each distinct one is read once.
      schedule =
        this.schedules.get(when) ??
        parseDeadline(when, {
          period: this.period,
          ...(this.schoolCalendar ? { schoolCalendar: this.schoolCalendar } : {}),
        });
      this.schedules.set(when, schedule);
      this.reportPhrase(schedule, [...path, 'when']);
    }

    return {
      number,
      // set by assignUids once every item is known: a UID depends on the items with the same title
      uid: '',
      id,
      title,
      when,
      schedule,
      indicator: parseRichText(item.indicator),
      executors: executors.executors,
      note: item.note?.trim() || null,
      items: this.items(item.items ?? [], [...path, 'items'], number),
      position: positionOf(loaded, path),
      whenPosition: positionOf(loaded, [...path, 'when']),
    };
  }

  private reportPhrase(schedule: Schedule, path: Path): void {
    for (const issue of schedule.issues) {
      const pos = positionInScalar(this.loaded, path, issue.offset ?? 0);
      const d = phraseDiagnostic(issue, { file: this.loaded.file, ...pos });
      this.diagnostics.push(issue.hint ? { ...d, hint: issue.hint } : d);
    }
  }

  private missing(key: string, path: Path): void {
    this.diagnostics.push(
      diagnostic('schema-missing', { file: this.loaded.file, ...positionOf(this.loaded, path) }, key, path),
    );
  }

  private checkDuplicateId(id: string, path: Path): void {
    const pos = keyPositionOf(this.loaded, path, 'id');
    const first = this.ids.get(id);
    if (first !== undefined) {
      this.diagnostics.push(diagnostic('item-duplicate-id', { file: this.loaded.file, ...pos }, id, first));
    } else {
      this.ids.set(id, pos.line);
    }
  }
}

function lines(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? value.split(/\r?\n/) : value;
  return list.map((l) => l.trim()).filter((l) => l !== '');
}

function approval(input: RoadmapInput): Approval | null {
  const a = input.approval;
  if (!a) return null;
  return {
    label: a.label?.trim() || 'УТВЕРЖДЕНА',
    by: lines(a.by),
    date: a.date ?? null,
    number: a.number?.trim() || null,
    signature: a.signature?.trim() || null,
  };
}
