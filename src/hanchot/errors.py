# SPDX-License-Identifier: Apache-2.0
"""The errors hanchot raises: one base, and ``ValueError`` for anything about input.

>>> from hanchot.errors import HanchotError, InvalidInputError
>>> issubclass(InvalidInputError, ValueError) and issubclass(InvalidInputError, HanchotError)
True
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

_E = TypeVar("_E", bound=StrEnum)

__all__ = [
    "DataFileError",
    "HanchotError",
    "InvalidInputError",
    "LegBudgetError",
    "LunarDateError",
    "NotAnnouncedError",
    "OutOfCoverageError",
    "PhraseError",
    "ReappointmentError",
    "SupplementError",
    "choose",
    "require_date",
]


class HanchotError(Exception):
    """Base class of every error hanchot raises on purpose."""


class InvalidInputError(HanchotError, ValueError):
    """An argument is of the wrong type or outside what is valid; the message quotes it."""


class OutOfCoverageError(InvalidInputError):
    """A date lies outside the range the calendar covers."""


class NotAnnouncedError(InvalidInputError):
    """A strict calendar was asked about a year whose schedule is not yet announced."""


class LunarDateError(InvalidInputError):
    """A lunar date that does not exist, or lies outside the lunar table."""


class PhraseError(InvalidInputError):
    """A phrase the parser cannot read: it quotes the text, the position and what was expected."""

    def __init__(self, text: str, position: int, expected: str) -> None:
        self.text, self.position, self.expected = text, position, expected
        shown = text if len(text) <= 120 else text[:117] + "..."
        near = text[position:position + 20].split(" ", maxsplit=1)[0] if position < len(text) else "end"
        where = f"'{near}'" if position < len(text) else "the end"
        super().__init__(f"cannot read {shown!r} at position {position} ({where}): {expected}")


class SupplementError(InvalidInputError):
    """A supplement request the decree does not allow (it may be asked once only)."""


class ReappointmentError(InvalidInputError):
    """A second re-appointment: the appointment may be re-dated once only."""


class LegBudgetError(InvalidInputError):
    """Inter-agency legs whose budgets exceed the procedure's total period."""


class DataFileError(HanchotError, ValueError):
    """A data file under ``data/holidays_vn`` is malformed: the message names file, record, field."""


def require_date(value: object, name: str) -> date:
    """Return ``value`` if it is a plain :class:`datetime.date`, else raise.

    >>> require_date(date(2026, 2, 16), "d")
    datetime.date(2026, 2, 16)
    >>> require_date(datetime(2026, 2, 16, 9, 30), "d")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: d=datetime.datetime(2026, 2, 16, 9, 30) is a datetime; ...
    """
    if isinstance(value, datetime):
        raise InvalidInputError(
            f"{name}={value!r} is a datetime; pass a date, e.g. {name}.date() = {value.date()}"
        )
    if not isinstance(value, date):
        raise InvalidInputError(
            f"{name}={value!r} is a {type(value).__name__}; pass a datetime.date, "
            f"e.g. datetime.date(2026, 2, 16)"
        )
    return value


def choose(name: str, value: object, enum: type[_E]) -> _E:
    """The member of ``enum`` that ``value`` names (a member or its string), else a clear error.

    >>> from hanchot.calendars import Profile
    >>> choose("profile", "labor_code", Profile)
    <Profile.LABOR_CODE: 'labor_code'>
    >>> choose("profile", "enterprise", Profile)
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: profile='enterprise' is not one of 'civil_service', 'labor_code'
    """
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    allowed = ", ".join(repr(member.value) for member in enum)
    raise InvalidInputError(f"{name}={value!r} is not one of {allowed}")
