/** Everything a command may touch of the outside world, passed in so commands can be run in tests. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  now(): Date;
  /** `--quiet`: no summaries on stdout, no progress bar (data asked for with --json still prints). */
  quiet?: boolean;
  /** `--verbose`: every written file, every file checked, the stack of an internal error. */
  verbose?: boolean;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: touching process.stdin builds a stream (~4 ms), and only `roadmap when -` reads it.
    get stdin() {
      return process.stdin;
    },
    now: () => new Date(),
  };
}

/** A usage mistake (bad option, missing file): exit code 2, Russian message, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
