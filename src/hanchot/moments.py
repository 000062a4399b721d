# SPDX-License-Identifier: Apache-2.0
"""Moments in Vietnam time (UTC+7): a naive datetime means Vietnam time; dates read as people write them.

A room of its own, below the calendar's: deadlines, dossiers, the batch and the command line
all read and convert moments the same way.

>>> VIETNAM.key
'Asia/Ho_Chi_Minh'
>>> parse_when("06/03/2026 16:00")
datetime.datetime(2026, 3, 6, 16, 0)
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hanchot._checks import require_date, require_text
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import Text, bare, fail, say

__all__ = ["VIETNAM", "parse_when", "to_vietnam"]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def to_vietnam(value: object, name: str = "start") -> tuple[date, datetime | None]:
    """(the day, the moment or None) of a date or datetime, in Vietnam time; naive means Vietnam.

    >>> from datetime import timezone
    >>> to_vietnam(datetime(2026, 3, 6, 9, 0, tzinfo=timezone.utc))
    (datetime.date(2026, 3, 6), datetime.datetime(2026, 3, 6, 16, 0))
    """
    kind = type(value)
    if kind is not date and kind is not datetime:  # what numpy or pandas give: read as require_date reads it
        library = kind.__module__.partition(".")[0]
        pandas_day = library == "pandas" and isinstance(value, datetime) and value.tzinfo is None and (
            value.time() == time()) and not getattr(value, "nanosecond", 0)
        if pandas_day or (library == "numpy" and not isinstance(value, datetime | date)):
            return _from_library(value, name)
    if isinstance(value, datetime):
        local = _local(value, name)
        return local.date(), local
    if isinstance(value, date):
        return (value if type(value) is date else date(value.year, value.month, value.day)), None
    raise fail(InvalidInputError, ErrorCode.NOT_A_MOMENT, field=name, value=value)


def _from_library(value: object, name: str) -> tuple[date, datetime | None]:
    """A numpy ``datetime64`` or a pandas date: the day, and the moment when it has a time of day."""
    try:
        return require_date(value, name), None
    except InvalidInputError as error:
        if error.code is not ErrorCode.DATETIME_NOT_DATE:
            raise fail(InvalidInputError, ErrorCode.NOT_A_MOMENT, field=name, value=value) from None
        moment = datetime.fromisoformat(str(value.astype("datetime64[us]")))  # type: ignore[attr-defined]
        return moment.date(), moment


def _local(value: datetime, name: str) -> datetime:
    """A moment as a plain naive datetime in Vietnam time."""
    try:
        local = value.astimezone(VIETNAM) if value.utcoffset() is not None else value
    except (OverflowError, ValueError):  # a moment at the very edge of what datetime holds
        raise fail(InvalidInputError, ErrorCode.MOMENT_OUT_OF_RANGE, field=name, value=value) from None
    return datetime(local.year, local.month, local.day, local.hour, local.minute, local.second,
                    local.microsecond)


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,6})?)?"
                  r"\s*(Z|[+-]\d{2}:?\d{2})?)?")
_SHORT_YEAR = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](\d{2})(?:\s.*)?")
_VN = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})"
                 r"(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?)?")
_MAX_CELL = 64  # no date or moment is longer; a longer cell is not read


def parse_when(text: str, field: str = "value") -> date | datetime:
    """A date or a moment as one-stop systems export it; naive means Vietnam time.

    ISO 8601 ("2026-03-06", "2026-03-06T16:00", "2026-03-06 16:00:00+07:00") and the
    Vietnamese "06/03/2026" or "06/03/2026 16:00" (also "06-03-2026", "06.03.2026"); a year of
    two digits ("06/03/26") is refused, never guessed. An aware moment is converted to
    Vietnam time and returned naive. ``field`` names the cell in an error.

    >>> parse_when("06/03/2026 16:00"), parse_when("2026-03-06T09:00:00Z")
    (datetime.datetime(2026, 3, 6, 16, 0), datetime.datetime(2026, 3, 6, 16, 0))
    >>> parse_when("30/02/2026", "ngay_nhan")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: ngay_nhan='30/02/2026': không có ngày 30/2/2026: tháng 2 năm 2026 ...
    """
    value = (text if type(text) is str else require_text(field, text)).strip()
    size = len(value)
    if size in (10, 16, 19) and value[4] == "-" and value[7] == "-":  # the shapes exports use most
        try:  # Python's own ISO reader: the same answer as below, found faster
            return (date.fromisoformat(value) if size == 10 else
                    datetime.fromisoformat(value) if value[10] in "T " and value[13] == ":" else None) \
                or _read(value, text, field)
        except ValueError:
            pass
    return _read(value, text, field)


def _read(value: str, text: object, field: str) -> date | datetime:
    """:func:`parse_when` by the book: every shape it reads, and why a value is not a date."""
    match = _ISO.fullmatch(value) if len(value) <= _MAX_CELL else None
    if match is not None:
        year, month, day, hour, minute, second, zone = match.groups()
    else:
        match = _VN.fullmatch(value) if len(value) <= _MAX_CELL else None
        if match is None:
            short = _SHORT_YEAR.fullmatch(value) if len(value) <= _MAX_CELL else None
            if short is not None:  # "06/03/26": 1926 or 2026? Never guessed
                raise _not_a_date(field, text, say(Text.TWO_DIGIT_YEAR, year=short.group(1)))
            raise _not_a_date(field, text, say(Text.NOT_A_DATE_TEXT))
        day, _, month, year, hour, minute, second, zone = match.groups()  # 06/03/2026, 06-03-2026, 06.03.2026
    y, m, d = int(year), int(month), int(day)
    try:
        if hour is None:
            return date(y, m, d)
        moment = datetime(y, m, d, int(hour), int(minute), int(second or 0))
    except ValueError:  # the date, or the time of day, does not exist: say which
        raise _not_a_date(field, text, _why(y, m, d)) from None
    if zone is None:
        return moment
    try:
        zone_info = _zone(zone)
    except ValueError:  # an offset of a day or more
        raise _not_a_date(field, text, say(Text.TIME_FORMAT)) from None
    local = to_vietnam(moment.replace(tzinfo=zone_info), field)[1]
    assert local is not None  # a datetime gives a moment
    return local


def _why(y: int, m: int, d: int) -> object:
    """Why a date and time written with the right digits do not exist."""
    if not 1 <= m <= 12:
        return bare(say(ErrorCode.MONTH_INVALID, field="month", value=m))
    if y < 1:
        return say(Text.NOT_A_DATE_TEXT)
    length = calendar.monthrange(y, m)[1]
    if not 1 <= d <= length:
        return say(ErrorCode.DATE_DOES_NOT_EXIST, day=d, month=m, year=y, length=length)
    return say(Text.TIME_FORMAT)


def _zone(text: str | None) -> timezone | None:
    if text is None:
        return None
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _not_a_date(field: str, text: object, reason: object) -> InvalidInputError:
    return fail(InvalidInputError, ErrorCode.CELL_NOT_A_DATE, field=field, value=text, reason=reason)
