import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messages } from '../diagnostics/messages.js';
import type { LoadedFile } from '../load/loaded-file.js';
import { positionOf } from '../load/positions.js';
import { parsePeriod, formatPeriod } from '../schedule/index.js';
import type { Period } from '../schedule/types.js';
import type { RoadmapInput } from '../validate/schema.js';
import { isIsoDate } from '../util/dates.js';

export function resolvePeriod(
  loaded: LoadedFile,
  value: RoadmapInput['period'],
  diagnostics: Diagnostic[],
): { period: Period; text: string } | null {
  const pos = positionOf(loaded, ['period']);
  const fail = (code: 'period-invalid' | 'period-reversed', message: string) => {
    diagnostics.push({ file: loaded.file, line: pos.line, column: pos.column, severity: 'error', code, message });
    return null;
  };
  if (typeof value === 'string') {
    const period = parsePeriod(value);
    if (!period) return fail('period-invalid', messages['period-invalid'](value));
    if (period.end < period.start) return fail('period-reversed', messages['period-reversed'](period.start, period.end));
    return { period, text: value.trim() };
  }
  if (!isIsoDate(value.start) || !isIsoDate(value.end)) {
    return fail('period-invalid', messages['period-invalid'](`${value.start}..${value.end}`));
  }
  if (value.end < value.start) return fail('period-reversed', messages['period-reversed'](value.start, value.end));
  const period = { start: value.start, end: value.end };
  return { period, text: formatPeriod(period) };
}
