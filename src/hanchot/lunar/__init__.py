# SPDX-License-Identifier: Apache-2.0
"""The Vietnamese lunar calendar (âm lịch), solar ↔ lunar, 1900–2100.

Vietnam computes its lunar calendar for UTC+7; China's is computed for UTC+8,
so the two part ways when a new moon or a solar term falls between 23:00 and
24:00 Vietnam time. Tết Ất Sửu 1985 came a month earlier in Vietnam (21
January) than in China (20 February); Tết Đinh Hợi 2007 and Tết Canh Tuất 2030
come one day earlier. Lunar years before 1968 follow the UTC+8 computation that
Vietnam used until the calendar reform of 8 August 1967 (docs/lunar.md).

>>> from datetime import date
>>> to_lunar(date(2026, 2, 17))
LunarDate(year=2026, month=1, day=1, leap=False)
>>> to_solar(2026, 3, 10)  # Giỗ Tổ Hùng Vương 2026
datetime.date(2026, 4, 26)
>>> to_lunar(date(1985, 1, 21)).month, to_lunar(date(2030, 2, 2)).day
(1, 1)
"""

from hanchot.lunar.dates import (
    FIRST_SOLAR,
    LAST_SOLAR,
    LunarDate,
    leap_month,
    month_length,
    to_lunar,
    to_solar,
)

__all__ = [
    "FIRST_SOLAR",
    "LAST_SOLAR",
    "LunarDate",
    "leap_month",
    "month_length",
    "to_lunar",
    "to_solar",
]
