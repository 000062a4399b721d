# SPDX-License-Identifier: Apache-2.0
"""The choices a calendar is built from: whose working days, and how to treat 24/11.

>>> Profile("labor_code"), CultureDay.DAY_OFF.value
(<Profile.LABOR_CODE: 'labor_code'>, 'day_off')
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["CultureDay", "Profile"]


class Profile(StrEnum):
    """Whose working days: civil servants (the default) or enterprises under the Labour Code."""

    #: Official notices as published: holidays, nghỉ bù, swapped days and make-up Saturdays.
    CIVIL_SERVICE = "civil_service"
    #: Statutory holidays and nghỉ bù only: swaps bind the public sector, never enterprises.
    LABOR_CODE = "labor_code"


class CultureDay(StrEnum):
    """How to treat 24/11, Ngày Văn hóa Việt Nam (a paid day off from 2026)."""

    #: A day off; no nghỉ bù when it falls on a weekend (the resolution does not give one).
    DAY_OFF = "day_off"
    #: A day off, with nghỉ bù on a weekend as for the Labour Code holidays.
    DAY_OFF_WITH_COMPENSATION = "day_off_with_compensation"
    #: Not a day off (to reproduce systems that predate the resolution).
    WORKING = "working"
