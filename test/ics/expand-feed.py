"""Expands whole calendar feeds the way a calendar program does (python icalendar + recurring_ical_events).

stdin: a JSON list of feed texts; stdout: a JSON list with, for each feed, {UID: ["YYYY-MM-DD", ...]} — the
days every event falls on, RRULE, RDATE and EXDATE applied. Exit code 3 when the module is missing.
With --spans, each day is "START/END": the instance's first day and its exclusive DTEND (multi-day events).
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


SPANS = "--spans" in sys.argv


def day_of(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def expand(text):
    calendar = icalendar.Calendar.from_ical(text)
    days = {}
    for event in recurring_ical_events.of(calendar).between(datetime.date(2010, 1, 1), datetime.date(2040, 1, 1)):
        day = day_of(event["DTSTART"].dt).isoformat()
        if SPANS:
            day = f"{day}/{day_of(event['DTEND'].dt).isoformat()}"
        days.setdefault(str(event["UID"]), set()).add(day)
    return {uid: sorted(dates) for uid, dates in days.items()}


print(json.dumps([expand(text) for text in json.load(sys.stdin)]))
