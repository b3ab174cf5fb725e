"""Expands all-day recurring events the way a calendar does (python recurring_ical_events, built on dateutil).

stdin: a JSON list of {"dtstart": "YYYY-MM-DD", "rrule": "FREQ=...", "until": "YYYY-MM-DD"};
stdout: a JSON list with, for each, the dates ("YYYY-MM-DD") of the event's occurrences up to "until".
Exit code 3 when the module is missing, so the test can skip with a message.
"""
import datetime
import json
import sys

try:
    import icalendar
    import recurring_ical_events
except ImportError as error:
    print(error, file=sys.stderr)
    sys.exit(3)


def expand(case):
    dtstart = case["dtstart"].replace("-", "")
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:x\r\n"
        f"DTSTAMP:20200101T000000Z\r\nDTSTART;VALUE=DATE:{dtstart}\r\nRRULE:{case['rrule']}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    calendar = icalendar.Calendar.from_ical(text)
    start = datetime.date.fromisoformat(case["dtstart"])
    end = datetime.date.fromisoformat(case["until"]) + datetime.timedelta(days=1)
    dates = set()
    for event in recurring_ical_events.of(calendar).between(start, end):
        value = event["DTSTART"].dt
        dates.add((value.date() if isinstance(value, datetime.datetime) else value).isoformat())
    return sorted(dates)


print(json.dumps([expand(case) for case in json.load(sys.stdin)]))
