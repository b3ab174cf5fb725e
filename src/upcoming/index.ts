export {
  collectUpcoming,
  matchesExecutor,
  type Deadline,
  type DateGroup,
  type UpcomingReport,
  type UpcomingOptions,
} from './collect.js';
export { formatUpcoming } from './format.js';
export { plainText } from './plain-text.js';
export { ruDateWithWeekday } from './ru-dates.js';
