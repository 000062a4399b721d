# SPDX-License-Identifier: Apache-2.0
"""Moments in Vietnam time (UTC+7): a naive datetime means Vietnam time.

>>> VIETNAM.key
'Asia/Ho_Chi_Minh'
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["VIETNAM", "to_vietnam"]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def to_vietnam(value: object, name: str = "start") -> tuple[date, datetime | None]:
    """(the day, the moment or None) of a date or datetime, in Vietnam time; naive means Vietnam.

    >>> from datetime import timezone
    >>> to_vietnam(datetime(2026, 3, 6, 9, 0, tzinfo=timezone.utc))
    (datetime.date(2026, 3, 6), datetime.datetime(2026, 3, 6, 16, 0))
    """
    if isinstance(value, datetime):
        local = _local(value, name)
        return local.date(), local
    if isinstance(value, date):
        return (value if type(value) is date else date(value.year, value.month, value.day)), None
    raise fail(InvalidInputError, ErrorCode.NOT_A_MOMENT, field=name, value=value)


def _local(value: datetime, name: str) -> datetime:
    """A moment as a plain naive datetime in Vietnam time."""
    try:
        local = value.astimezone(VIETNAM) if value.utcoffset() is not None else value
    except (OverflowError, ValueError):  # a moment at the very edge of what datetime holds
        raise fail(InvalidInputError, ErrorCode.NOT_A_MOMENT, field=name, value=value) from None
    return datetime(local.year, local.month, local.day, local.hour, local.minute, local.second,
                    local.microsecond)
