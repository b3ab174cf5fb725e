// The deadline-phrase engine: phrase → tokens → structure → occurrences → RRULE and canonical text.
export type * from './types.js';
export { parseDeadline } from './parse-deadline.js';
export { parsePeriod, formatPeriod, isSchoolPeriod } from './period.js';
export { explainSchedule, type ExplainOptions } from './explain.js';
