# SPDX-License-Identifier: Apache-2.0
"""The choices a calendar is built from: whose working days, and how to treat 24/11.

>>> Profile("labor_code"), CultureDay.DAY_OFF.value
(<Profile.LABOR_CODE: 'labor_code'>, 'day_off')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from hanchot._checks import choose, items, require_date
from hanchot.data.fields import as_path
from hanchot.data.records import Evidence
from hanchot.errors import Choice, ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["CultureDay", "Profile"]  # options() serves Calendar alone


class Profile(Choice):
    """Whose working days: civil servants (the default) or enterprises under the Labour Code."""

    #: Official notices as published: holidays, nghỉ bù, swapped days and make-up Saturdays.
    CIVIL_SERVICE = "civil_service"
    #: Statutory holidays and nghỉ bù only: swaps bind the public sector, never enterprises.
    LABOR_CODE = "labor_code"


class CultureDay(Choice):
    """How to treat 24/11, Ngày Văn hóa Việt Nam (a paid day off from 2026)."""

    #: A day off; no nghỉ bù when it falls on a weekend (the resolution does not give one).
    DAY_OFF = "day_off"
    #: A day off, with nghỉ bù on a weekend as for the Labour Code holidays.
    DAY_OFF_WITH_COMPENSATION = "day_off_with_compensation"
    #: Not a day off (to reproduce systems that predate the resolution).
    WORKING = "working"


def options(*, profile: object, weekend: object, extra_days_off: object, extra_working_days: object,
             strict: object, culture_day: object, data_dir: object) -> dict[str, object]:
    """A calendar's options, checked and in their one normal form (idempotent).

    >>> options(profile="labor_code", weekend=[6, 5], extra_days_off=[], extra_working_days=[],
    ...         strict=False, culture_day="day_off", data_dir=None)["weekend"]
    frozenset({5, 6})
    """
    rest = _weekdays("weekend", weekend)
    if len(rest) == 7:
        raise fail(InvalidInputError, ErrorCode.BAD_WEEKEND, field="weekend", value=sorted(rest))
    return {
        "profile": choose("profile", profile, Profile),
        "weekend": rest,
        "extra_days_off": tuple(sorted(_days_off(extra_days_off).items())),
        "extra_working_days": tuple(sorted(set(_dates("extra_working_days", extra_working_days)))),
        "strict": _strict(strict),
        "culture_day": choose("culture_day", culture_day, CultureDay),
        "data_dir": None if data_dir is None else as_path(data_dir, "data_dir"),
    }


#: What ``strict=True`` accepts: every level but a projection and a notice only seen cited.
STRICT = frozenset(Evidence) - {Evidence.PROJECTED, Evidence.NOTICE_CITED}


def _strict(value: object) -> bool | frozenset[Evidence]:
    """``strict``: True or False, or the evidence levels a calendar accepts (True is :data:`STRICT`).

    >>> sorted(level.value for level in _strict(["notice_read", "statute", "custom"]))
    ['custom', 'notice_read', 'statute']
    >>> _strict(STRICT)
    True
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value in Evidence._value2member_map_:  # one level, named alone
        value = [value]
    levels = items(value)
    if not levels or isinstance(value, str):  # text that names no level, or an empty list: nothing accepted
        raise fail(InvalidInputError, ErrorCode.BAD_STRICT, field="strict", value=value,
                   allowed=tuple(level.value for level in Evidence))
    accepted = frozenset(choose("strict", level, Evidence) for level in levels)
    return True if accepted == STRICT else accepted


def _weekdays(name: str, value: object) -> frozenset[int]:
    days = items(value)
    if days is None:
        raise fail(InvalidInputError, ErrorCode.BAD_WEEKEND, field=name, value=value)
    weekdays = [day for day in days if type(day) is int and 0 <= day <= 6]
    if len(weekdays) != len(days):
        raise fail(InvalidInputError, ErrorCode.BAD_WEEKEND, field=name, value=days)
    return frozenset(weekdays)


def _dates(name: str, value: object) -> list[date]:
    days = items(value)
    if days is None:
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field=name, value=value)
    return [require_date(day, name) for day in days]


_LOCAL_DAY_OFF = "Ngày nghỉ riêng của đơn vị"


def _days_off(value: object) -> dict[date, str]:
    """Local days off: a mapping of date to name, dates alone, or (date, name) pairs."""
    listed = None if isinstance(value, Mapping) else items(value)
    if isinstance(value, Mapping):
        pairs = list(value.items())
    elif listed is None:
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field="extra_days_off", value=value)
    else:
        pairs = [item if isinstance(item, tuple) and len(item) == 2 else (item, _LOCAL_DAY_OFF)
                 for item in listed]
    out: dict[date, str] = {}
    for day, name in pairs:
        if not isinstance(name, str):
            raise fail(InvalidInputError, ErrorCode.NOT_TEXT, field="extra_days_off", value=name)
        out[require_date(day, "extra_days_off")] = name
    return out
