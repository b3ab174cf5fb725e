import type { EmitContext } from '../../src/emit/emitter.js';

/** An emit context for unit tests: fixed clock, default reminders, previous feeds from a map. */
export function testContext(
  previous: ReadonlyMap<string, string> = new Map(),
  overrides: Partial<EmitContext> = {},
): EmitContext {
  return {
    timestampFor: (r) => new Date(`${r.approval?.date ?? r.period.start}T00:00:00Z`),
    timestamp: new Date('2023-02-01T00:00:00Z'),
    templateDirs: [],
    reminderDays: [7, 1],
    today: '2023-06-01',
    statusesFor: () => new Map(),
    readFile: () => null,
    previousOutput: (path) => {
      const text = previous.get(path);
      return text === undefined ? null : Buffer.from(text, 'utf8');
    },
    ...overrides,
  };
}
