/**
 * The largest roadmap the compiler accepts. Each limit is far above what a department writes (the МСОКО roadmap of
 * a district has 93 items, 3 levels of numbering and at most 5 executors on an item) and below where a build runs
 * out of time or memory or an output format breaks: `validate` reports a roadmap over any of them, with its
 * position, so `build` never meets one. docs/format.md lists them for users.
 */
export const LIMITS = {
  /** Levels of sub-items: 1.2.3.4.5.6.7.8 is the deepest number. */
  itemDepth: 8,
  /** Items of one roadmap, sub-items included. */
  items: 5_000,
  /** Executors of one item. */
  executors: 100,
  /** Deadlines of one roadmap: the tracker's rows and calendar events. 60,000 need ~50 s and 1.3 GB to build. */
  occurrences: 30_000,
  /** Characters of an id (of the roadmap, an item, an executor): roadmap ids name the output files. */
  idLength: 64,
  /** Years of the period, the approval date and SOURCE_DATE_EPOCH: zip packages (DOCX, XLSX) date from 1980, and
   * their dates are not read back past 2099 by every program. */
  firstYear: 1980,
  lastYear: 2099,
} as const;
