import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';

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

/**
 * Watches folders recursively (fs.watch with `recursive`, supported on Linux since Node 19.1) until the signal
 * aborts, then waits for a running rebuild to finish and resolves.
 */
export function watchFolders(options: WatchOptions): Promise<void> {
  const debounceMs = options.debounceMs ?? 150;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const watchers: FSWatcher[] = [];

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

  return new Promise<void>((done) => {
    for (const dir of options.dirs) {
      try {
        const w = watch(dir, { recursive: true }, (_event, name) => {
          if (!name) return;
          pending.add(resolve(dir, name.toString()));
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => void flush(), debounceMs);
        });
        w.on('error', (error) => options.onError?.(dir, error));
        watchers.push(w);
      } catch (error) {
        options.onError?.(dir, error as Error);
      }
    }
    const stop = () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      void Promise.resolve(running).then(() => done());
    };
    if (options.signal.aborted) stop();
    else options.signal.addEventListener('abort', stop, { once: true });
  });
}
