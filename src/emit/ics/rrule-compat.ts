/**
 * Rewrites a rule into an equivalent one that more calendar programs expand correctly. `FREQ=YEARLY` with several
 * BYMONTH values and BYMONTHDAY (quarter ends: `BYMONTH=3,6,9,12;BYMONTHDAY=-1`) is exact RFC 5545, but ical.js —
 * the engine inside Thunderbird — puts the last day of June on 1 July from the second year on, and Outlook has no
 * "yearly in several months" pattern. The same set, written MONTHLY, is expanded right by both:
 * - months evenly spaced over the year (3,6,9,12 · 6,12) → `FREQ=MONTHLY;INTERVAL=3` (phase from DTSTART, which is
 *   the first deadline, so one of the months);
 * - any other set (5,9) → `FREQ=MONTHLY;BYMONTH=5,9` (BYMONTH limits, BYMONTHDAY expands: the same days).
 * Anything else is returned as given.
 */
export function compatibleRrule(rrule: string, dtstart: string): string {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined || parts.has(key)) return rrule;
    parts.set(key, value);
  }
  const allowed = new Set(['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'UNTIL', 'COUNT']);
  if ([...parts.keys()].some((k) => !allowed.has(k))) return rrule;
  if (parts.get('FREQ') !== 'YEARLY' || (parts.get('INTERVAL') ?? '1') !== '1' || !parts.has('BYMONTHDAY'))
    return rrule;
  const months = (parts.get('BYMONTH') ?? '').split(',').map(Number);
  if (months.length < 2 || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return rrule;
  const first = Number(dtstart.slice(5, 7));
  if (!months.includes(first)) return rrule;

  const tail = ['BYMONTHDAY', 'UNTIL', 'COUNT'].filter((k) => parts.has(k)).map((k) => `${k}=${parts.get(k)}`);
  const step = 12 / months.length;
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const even =
    Number.isInteger(step) &&
    sorted.length === months.length &&
    sorted.every((m) => ((((m - first) % 12) + 12) % 12) % step === 0);
  if (even) return ['FREQ=MONTHLY', `INTERVAL=${step}`, ...tail].join(';');
  return ['FREQ=MONTHLY', `BYMONTH=${parts.get('BYMONTH')}`, ...tail].join(';');
}
