# SPDX-License-Identifier: Apache-2.0
"""Moments in Vietnam time (UTC+7): a naive datetime means Vietnam time.

>>> VIETNAM.key
'Asia/Ho_Chi_Minh'
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hanchot.errors import InvalidInputError

__all__ = ["VIETNAM", "to_vietnam"]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def to_vietnam(value: object, name: str = "start") -> tuple[date, datetime | None]:
    """(the day, the moment or None) of a date or datetime, in Vietnam time; naive means Vietnam.

    >>> from datetime import timezone
    >>> to_vietnam(datetime(2026, 3, 6, 9, 0, tzinfo=timezone.utc))
    (datetime.date(2026, 3, 6), datetime.datetime(2026, 3, 6, 16, 0))
    """
    if isinstance(value, datetime):
        local = value.astimezone(VIETNAM).replace(tzinfo=None) if value.tzinfo else value
        return local.date(), local
    if isinstance(value, date):
        return value, None
    raise InvalidInputError(
        f"{name}={value!r} is a {type(value).__name__}; pass a datetime.date or datetime.datetime "
        "(naive means Vietnam time), e.g. date(2026, 2, 11)"
    )
