import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDirectory } from './fs-probe.js';

export interface WatchOptions {
  /** Absolute folders to watch, with their sub-folders. */
  dirs: readonly string[];
  /** Quiet time after the last event before reacting: editors save in several writes (truncate, write, rename). */
  debounceMs?: number;
  signal: AbortSignal;
  /** Called with the absolute paths that changed; never runs twice at once (events during a run queue up). */
  onChange(changed: ReadonlySet<string>): Promise<void>;
  /** A watcher failed (folder deleted …): reported, the other folders are still watched. */
  onError?(dir: string, error: Error): void;
}

const SKIP = new Set(['node_modules', 'out', 'dist']);

/**
 * Watches folders and their sub-folders until the signal aborts, then waits for a running rebuild to finish.
 * Each folder gets its own non-recursive watcher: Node 20's `recursive` mode on Linux watches files one by one
 * and loses a file that an editor saves by writing a new file and renaming it over the old one (seen with
 * `sed -i`: the second save went unnoticed). A folder watcher sees every rename into it.
 */
export function watchFolders(options: WatchOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? 150;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const watchers = new Map<string, FSWatcher>();

  const flush = async (): Promise<void> => {
    timer = null;
    if (running || pending.size === 0 || options.signal.aborted) return;
    const batch = new Set(pending);
    pending.clear();
    running = options.onChange(batch).finally(() => {
      running = null;
      if (pending.size > 0 && !timer) timer = setTimeout(() => void flush(), debounceMs);
    });
    await running;
  };

  const add = (dir: string): void => {
    if (watchers.has(dir) || options.signal.aborted) return;
    try {
      const w = watch(dir, (_event, name) => {
        if (!name) return;
        const path = resolve(dir, name.toString());
        if (isDirectory(path) && !skipped(name.toString())) addTree(path); // a new sub-folder
        pending.add(path);
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void flush(), debounceMs);
      });
      w.on('error', (error) => {
        watchers.get(dir)?.close();
        watchers.delete(dir);
        options.onError?.(dir, error);
      });
      watchers.set(dir, w);
    } catch (error) {
      options.onError?.(dir, error as Error);
    }
  };
  const addTree = (dir: string): void => {
    add(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory() && !skipped(e.name)) addTree(join(dir, e.name));
  };

  return new Promise<void>((done) => {
    for (const dir of options.dirs) addTree(dir);
    const stop = () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
      void Promise.resolve(running).then(() => done());
    };
    if (options.signal.aborted) stop();
    else options.signal.addEventListener('abort', stop, { once: true });
  });
}

function skipped(name: string): boolean {
  return SKIP.has(name) || name.startsWith('.');
}
