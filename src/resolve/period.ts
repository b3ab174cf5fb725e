import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
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
  const place = { file: loaded.file, ...positionOf(loaded, ['period']) };
  const fail = (d: Diagnostic) => {
    diagnostics.push(d);
    return null;
  };
  if (typeof value === 'string') {
    const period = parsePeriod(value);
    if (!period) return fail(diagnostic('period-invalid', place, value));
    if (period.end < period.start) return fail(diagnostic('period-reversed', place, period.start, period.end));
    return { period, text: value.trim() };
  }
  if (!isIsoDate(value.start) || !isIsoDate(value.end)) {
    return fail(diagnostic('period-invalid', place, `${value.start}..${value.end}`));
  }
  if (value.end < value.start) return fail(diagnostic('period-reversed', place, value.start, value.end));
  const period = { start: value.start, end: value.end };
  return { period, text: formatPeriod(period) };
}
