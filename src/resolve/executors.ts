import { HINTS } from '../diagnostics/details.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Executor, SourcePosition } from '../model/resolved.js';
import { ID_PATTERN } from '../validate/schema.js';
import { closest } from '../util/suggest.js';

export class ExecutorDirectory {
  private readonly byId = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  /** How a directory name reads inside a list, where the directory says so. */
  private readonly inList = new Map<string, string>();

  constructor(directory: Record<string, string | { name: string; inList?: string | undefined }> | undefined) {
    for (const [id, entry] of Object.entries(directory ?? {})) {
      const name = typeof entry === 'string' ? entry : entry.name;
      this.byId.set(id, name);
      if (typeof entry !== 'string' && entry.inList) this.inList.set(id, entry.inList.trim());
      this.byName.set(name.toLowerCase().replace(/\s+/g, ' ').trim(), id);
    }
  }

  all(): Executor[] {
    return [...this.byId].map(([id]) => this.executor(id));
  }

  private executor(id: string): Executor {
    const inList = this.inList.get(id);
    return { id, name: this.byId.get(id)!, ...(inList !== undefined ? { inList } : {}) };
  }

  /** Latin ids are references to the directory; anything else is free text (matched to the directory by name). */
  resolve(
    value: string | readonly string[] | undefined,
    file: string,
    position: (index: number) => SourcePosition,
  ): { executors: Executor[]; diagnostics: Diagnostic[] } {
    const list = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    const executors: Executor[] = [];
    const diagnostics: Diagnostic[] = [];
    list.forEach((raw, index) => {
      const entry = raw.trim();
      if (entry === '') return;
      if (ID_PATTERN.test(entry)) {
        const name = this.byId.get(entry);
        if (name !== undefined) {
          executors.push(this.executor(entry));
          return;
        }
        const pos = position(typeof value === 'string' ? -1 : index);
        const suggestion = closest(entry, [...this.byId.keys()]);
        diagnostics.push({
          ...diagnostic('executor-unknown', { file, ...pos }, entry),
          hint: suggestion ? HINTS.didYouMean(suggestion) : HINTS.addExecutor(),
        });
        executors.push({ id: null, name: entry });
        return;
      }
      const id = this.byName.get(entry.toLowerCase().replace(/\s+/g, ' '));
      executors.push(id !== undefined ? this.executor(id) : { id: null, name: entry });
    });
    return { executors, diagnostics };
  }
}
