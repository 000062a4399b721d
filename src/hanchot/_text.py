# SPDX-License-Identifier: Apache-2.0
"""Dates as clerks read them: Vietnamese weekday names and dd/mm/yyyy."""

from __future__ import annotations

from datetime import date

WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_vi(d: date) -> str:
    """'Thứ Tư 25/02/2026'.

    >>> day_vi(date(2026, 2, 25))
    'Thứ Tư 25/02/2026'
    """
    return f"{WEEKDAYS_VI[d.weekday()]} {d:%d/%m/%Y}"
