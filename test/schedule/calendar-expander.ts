import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

/** One all-day recurring event: DTSTART (a DATE), its RRULE value, and how far to expand it. */
export interface RecurringCase {
  dtstart: string;
  rrule: string;
  until: string;
}

const SCRIPT = fileURLToPath(new URL('./expand-ics.py', import.meta.url));
/** The system python, where Debian installs python3-recurring-ical-events (ROADMAP_TEST_PYTHON overrides it). */
const PYTHON = process.env.ROADMAP_TEST_PYTHON ?? '/usr/bin/python3';

/**
 * Expands the cases with python `recurring_ical_events` (dateutil underneath), an expander independent of rrule.js.
 * Returns a reason instead when python or the module is missing (Debian: python3-recurring-ical-events).
 */
export function expandWithPython(cases: RecurringCase[]): string[][] | { missing: string } {
  const r = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error || r.status === 3) {
    return {
      missing: `${PYTHON} with recurring_ical_events is not available (${r.error?.message ?? r.stderr.trim()}); install python3-recurring-ical-events`,
    };
  }
  if (r.status !== 0) throw new Error(`expand-ics.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[][];
}

/** Is python `recurring_ical_events` there? (the probe expands nothing) */
export function pythonExpanderMissing(): string | null {
  const r = expandWithPython([]);
  return 'missing' in r ? r.missing : null;
}

/** Expands one case with ical.js (the engine inside Thunderbird), up to `until`. */
export function expandWithIcalJs(c: RecurringCase, cap = 5_000): string[] {
  const text = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:${c.dtstart.replace(/-/g, '')}\r\nRRULE:${c.rrule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
  const iterator = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).iterator();
  const out: string[] = [];
  for (let t = iterator.next(); t && out.length < cap; t = iterator.next()) {
    const date = t.toString().slice(0, 10);
    if (date > c.until) break;
    out.push(date);
  }
  return out;
}
