import ICAL2 from 'ical.js';
import ICAL1 from 'icaljs1';
import rrulePkg from 'rrule';
import { spawnSync } from 'node:child_process';
const { rrulestr } = rrulePkg;
function ical(ICAL, c) {
  const text = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:${c.dtstart.replace(/-/g, '')}\r\nRRULE:${c.rrule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
  const it = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')).iterator();
  const out = [];
  for (let t = it.next(); t && out.length < 2000; t = it.next()) { const d = t.toString().slice(0, 10); if (d > c.until) break; out.push(d); }
  return out;
}
function rr(c) {
  const r = rrulestr(`DTSTART:${c.dtstart.replace(/-/g, '')}T000000Z\nRRULE:${c.rrule}`);
  return r.all((d, i) => i < 2000).map((d) => d.toISOString().slice(0, 10)).filter((d) => d <= c.until);
}
const shapes = process.argv.slice(2);
const cases = [];
const days = (a) => { const d = new Date(a + 'T00:00:00Z'); return d; };
for (const shape of shapes) {
  for (let y = 2019; y <= 2024; y++) for (let m = 1; m <= 12; m++) for (const dd of [1, 10, 28, 29, 30, 31]) {
    const dt = new Date(Date.UTC(y, m - 1, dd)); if (dt.getUTCMonth() !== m - 1) continue;
    const dtstart = dt.toISOString().slice(0, 10);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const rule = shape.replace('{D}', String(dd));
    if (rule.includes('BYMONTHDAY=-1') && dd !== last) continue;
    cases.push({ shape, dtstart, rrule: rule, until: `${y + 4}-12-31` });
  }
}
const py = JSON.parse(spawnSync('/usr/bin/python3', ['test/schedule/expand-ics.py'], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1e9 }).stdout);
const bad = {};
cases.forEach((c, i) => {
  const r = JSON.stringify(rr(c)), p = JSON.stringify(py[i]), a = JSON.stringify(ical(ICAL2, c)), b = JSON.stringify(ical(ICAL1, c));
  const k = c.shape; bad[k] ??= { n: 0, py: 0, i2: 0, i1: 0, ex: [] }; bad[k].n++;
  if (p !== r) bad[k].py++; if (a !== r) bad[k].i2++; if (b !== r) bad[k].i1++;
  if ((p !== r || a !== r || b !== r) && bad[k].ex.length < 2) bad[k].ex.push(c.dtstart);
});
console.log(bad);
