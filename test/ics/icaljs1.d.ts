// ical.js 1.5 (npm alias icaljs1) ships no types; the parts the tests use have the same shape as in 2.x.
declare module 'icaljs1' {
  import ICAL from 'ical.js';
  export default ICAL;
}
