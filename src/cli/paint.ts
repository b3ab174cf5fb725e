import type { Paint } from '../diagnostics/format.js';
import { plain } from '../diagnostics/format.js';
import type { CliIo } from './io.js';

/** Colours only for a terminal, and never with NO_COLOR (https://no-color.org). chalk is loaded only then. */
export async function paintFor(io: CliIo, stream: 'stdout' | 'stderr' = 'stderr'): Promise<Paint> {
  const tty = io[stream].isTTY === true;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  if ((!tty && !io.env.FORCE_COLOR) || noColor) return plain;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { error: c.red.bold, warning: c.yellow.bold, info: c.cyan, dim: c.gray, bold: c.bold };
}
