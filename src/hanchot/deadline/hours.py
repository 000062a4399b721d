# SPDX-License-Identifier: Apache-2.0
"""Working hours: time counted inside office sessions on working days (house convention 11).

Both directions are O(1) in the length of the period: whole days are counted
with the calendar's tables, only the first and last day are walked session by session.

>>> from datetime import datetime
>>> from hanchot import calendar
>>> cal = calendar()
>>> add_working_minutes(cal, datetime(2026, 3, 6, 16, 0), 4 * 60)  # Friday 16:00 + 4 h
datetime.datetime(2026, 3, 9, 11, 0)
>>> working_minutes_between(cal, datetime(2026, 3, 6, 16, 0), datetime(2026, 3, 9, 11, 0))
240
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from hanchot._checks import require_int
from hanchot.calendars import Calendar, as_calendar
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail
from hanchot.moments import to_vietnam

__all__ = ["DEFAULT_SESSIONS", "Sessions", "add_working_minutes", "check_sessions",
           "working_minutes_between"]

Sessions = tuple[tuple[time, time], ...]
#: Office sessions (house convention 11): 08:00–12:00 and 13:00–17:00.
DEFAULT_SESSIONS: Sessions = ((time(8), time(12)), (time(13), time(17)))


def check_sessions(sessions: Sequence[tuple[time, time]]) -> Sessions:
    """Return ``sessions`` as a tuple if they are ordered, non-overlapping (opening, closing) pairs.

    Times are whole minutes of a day, without a time zone.

    >>> check_sessions([(time(7, 30), time(11, 30)), (time(13, 30), time(17))])[0]
    (datetime.time(7, 30), datetime.time(11, 30))
    """
    if sessions is DEFAULT_SESSIONS:  # checked once, here: the office hours of nearly every call
        return DEFAULT_SESSIONS
    bad = fail(InvalidInputError, ErrorCode.BAD_SESSIONS, field="sessions", value=sessions)
    if isinstance(sessions, str | bytes) or not isinstance(sessions, Sequence) or not sessions:
        raise bad
    checked: list[tuple[time, time]] = []
    previous = time(0)
    for pair in sessions:
        if not (isinstance(pair, Sequence) and len(pair) == 2 and all(_plain(t) for t in pair)):
            raise bad
        opening, closing = pair
        if not previous <= opening < closing:
            raise bad
        checked.append((opening, closing))
        previous = closing
    return tuple(checked)


def _plain(value: object) -> bool:
    """Whether ``value`` is a whole-minute time of day without a time zone."""
    return (isinstance(value, time) and value.tzinfo is None and not value.second
            and not value.microsecond)


def _moment(value: object, name: str) -> datetime:
    """A datetime (naive: Vietnam time) as a naive Vietnam-time moment, else a clear error."""
    _, moment = to_vietnam(value, name)
    if moment is None:
        raise fail(InvalidInputError, ErrorCode.NOT_A_MOMENT, field=name, value=value)
    return moment


def _minute(t: time) -> int:
    return t.hour * 60 + t.minute


def _per_day(sessions: Sessions) -> int:
    return sum(_minute(b) - _minute(a) for a, b in sessions)


def _left_today(sessions: Sessions, now: int) -> int:
    """Working minutes of a working day from minute-of-day ``now`` to its close."""
    return sum(max(0, _minute(b) - max(_minute(a), now)) for a, b in sessions)


def _at(day: date, sessions: Sessions, spent: int) -> datetime:
    """The moment ``spent`` working minutes into ``day`` (``spent`` ≥ 1)."""
    for opening, closing in sessions:
        length = _minute(closing) - _minute(opening)
        if spent <= length:
            return datetime.combine(day, opening) + timedelta(minutes=spent)
        spent -= length
    raise AssertionError("spent exceeds a day's sessions")


def add_working_minutes(cal: Calendar, start: datetime, minutes: int,
                        sessions: Sessions = DEFAULT_SESSIONS) -> datetime:
    """The moment ``minutes`` working minutes after ``start`` (naive, Vietnam time).

    A period that ends exactly at a session's close ends there (12:00, not 13:00).

    >>> from hanchot import calendar
    >>> add_working_minutes(calendar(), datetime(2026, 3, 9, 8, 0), 240)
    datetime.datetime(2026, 3, 9, 12, 0)
    """
    cal, start, sessions = as_calendar(cal), _moment(start, "start"), check_sessions(sessions)
    minutes = require_int("minutes", minutes, low=0, example=240)
    day, now = start.date(), _minute(start.time())
    if not cal.is_working_day(day):
        day, now = cal.next_working_day(day), 0
    per_day = _per_day(sessions)
    today = _left_today(sessions, now)
    if minutes <= today:
        return _at(day, sessions, per_day - today + minutes)
    full, rest = divmod(minutes - today, per_day)
    if rest == 0:
        full, rest = full - 1, per_day
    return _at(cal.add_working_days(day, full + 1), sessions, rest)


def working_minutes_between(cal: Calendar, a: datetime, b: datetime,
                            sessions: Sessions = DEFAULT_SESSIONS) -> int:
    """Working minutes in the interval from ``a`` to ``b`` (0 when ``b`` ≤ ``a``).

    >>> from hanchot import calendar
    >>> working_minutes_between(calendar(), datetime(2026, 2, 13, 16, 0), datetime(2026, 2, 23, 9, 0))
    120
    """
    return minutes_between(as_calendar(cal), _moment(a, "a"), _moment(b, "b"), check_sessions(sessions))


def minutes_between(cal: Calendar, a: datetime, b: datetime, sessions: Sessions) -> int:
    """:func:`working_minutes_between` for values already checked (the batch's own)."""
    if b <= a:
        return 0
    per_day = _per_day(sessions)

    def spent(moment: datetime) -> int:
        """Working minutes of the moment's own day already gone by."""
        if not cal.is_working_day(moment.date()):
            return 0
        return per_day - _left_today(sessions, _minute(moment.time()))

    # working days d with a.date() <= d < b.date(), each a full day of sessions
    whole = (cal.working_days_between(a.date(), b.date())
             + cal.is_working_day(a.date()) - cal.is_working_day(b.date()))
    return whole * per_day + spent(b) - spent(a)
