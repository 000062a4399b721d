# SPDX-License-Identifier: Apache-2.0
"""Checks at the boundary: each returns the value it was given, or raises hanchot's own error.

Every public function checks its arguments with these before it does anything,
so that a wrong type or an impossible value is an :class:`~hanchot.errors.InvalidInputError`
that names the argument and quotes the value, never a ``TypeError`` from deep inside.

>>> from datetime import date
>>> require_date(date(2026, 2, 16), "d")
datetime.date(2026, 2, 16)
>>> require_int("n", 5, low=1, high=10)
5
"""

from __future__ import annotations

import importlib
import itertools
import operator
from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from types import ModuleType
from typing import TypeVar

from hanchot.errors import DependencyError, ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["choose", "is_stream", "items", "require_bool", "require_date", "require_int", "require_text",
           "require_time"]

_E = TypeVar("_E", bound=StrEnum)
_MANY_ITEMS = 100_000  # a collection of options (days off, weekdays) holds far fewer


def require_date(value: object, name: str) -> date:
    """``value`` if it is a date (not a datetime), else a clear error.

    How numpy and pandas write a date is a date too: a ``numpy.datetime64`` or a naive
    ``pandas.Timestamp`` at midnight (pandas has no type for a date alone), so that
    ``series.map(cal.is_working_day)`` works.

    >>> require_date(datetime(2026, 2, 16, 9, 30), "d")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: d=2026-02-16 09:30 có kèm giờ; ở đây chỉ cần ngày: 2026-02-16
    """
    if type(value) is date:
        return value
    library = type(value).__module__.partition(".")[0]
    if library == "numpy" and type(value).__name__ == "datetime64":
        return _numpy_date(value, name)
    if isinstance(value, datetime):
        if library == "pandas" and value.tzinfo is None and value.time() == time() and not getattr(
                value, "nanosecond", 0):
            return date(value.year, value.month, value.day)
        raise fail(InvalidInputError, ErrorCode.DATETIME_NOT_DATE, field=name, value=value, day=value.date())
    if isinstance(value, date):  # a subclass of date: the plain date it stands for
        return date(value.year, value.month, value.day)
    raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field=name, value=value)


def _numpy_date(value: object, name: str) -> date:
    """A ``numpy.datetime64`` as the date it names; NaT, a time of day or a year out of range is refused."""
    day = value.astype("datetime64[D]")  # type: ignore[attr-defined]  # numpy is not imported here
    text = str(day)
    try:
        found = date.fromisoformat(text)
    except ValueError:  # NaT, or a year datetime.date cannot hold
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field=name, value=value) from None
    if day != value:
        moment = datetime.fromisoformat(str(value.astype("datetime64[us]")))  # type: ignore[attr-defined]
        raise fail(InvalidInputError, ErrorCode.DATETIME_NOT_DATE, field=name, value=moment, day=found)
    return found


def require_int(name: str, value: object, *, low: int | None = None, high: int | None = None,
                example: int = 5, kind: type[InvalidInputError] = InvalidInputError) -> int:
    """``value`` if it is a whole number (not a bool) between ``low`` and ``high``, else a clear error.

    >>> require_int("n", 0, low=1, high=10)
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: n=0 phải từ 1 đến 10
    """
    if isinstance(value, bool) or not isinstance(value, int):
        whole = _whole(value)  # numpy's integers are whole numbers too
        if whole is None:
            raise fail(kind, ErrorCode.NOT_A_WHOLE_NUMBER, field=name, value=value, example=example)
        value = whole
    if (low is not None and value < low) or (high is not None and value > high):
        raise fail(kind, ErrorCode.NUMBER_OUT_OF_RANGE, field=name, value=value,
                   low="…" if low is None else low, high="…" if high is None else high)
    return int(value)


def _whole(value: object) -> int | None:
    """A whole number that is not an ``int`` (numpy's ``int64``) as an ``int``; None for anything else."""
    if (isinstance(value, bool) or type(value).__name__ in ("bool", "bool_")
            or not hasattr(type(value), "__index__")):
        return None
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def items(value: object) -> list[object] | None:
    """The items of a collection (a list, tuple, set, range…), or None for anything else.

    Text, bytes and open files are not collections of values, though Python can iterate them.

    >>> items({5, 6}), items("56"), items(5)
    ([5, 6], None, None)
    """
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Iterable) or is_stream(value):
        return None
    try:
        listed = list(itertools.islice(value, _MANY_ITEMS + 1))
    except (TypeError, ValueError, OSError):  # an iterable that cannot be listed
        return None
    return listed if len(listed) <= _MANY_ITEMS else None  # range(10 ** 9) is no list of days off


def is_stream(value: object) -> bool:
    """Whether ``value`` is an open file or stream to read (its lines are not a collection of values).

    >>> import io
    >>> is_stream(io.StringIO("a")), is_stream(["a"])
    (True, False)
    """
    return callable(getattr(value, "read", None))


def require_bool(name: str, value: object, kind: type[InvalidInputError] = InvalidInputError) -> bool:
    """``value`` if it is True or False, else a clear error.

    >>> require_bool("strict", "yes")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: strict='yes' là văn bản; ở đây cần True hoặc False
    """
    if not isinstance(value, bool):
        raise fail(kind, ErrorCode.NOT_TRUE_OR_FALSE, field=name, value=value)
    return value


def require_text(name: str, value: object) -> str:
    """``value`` if it is a string, else a clear error.

    >>> require_text("phrase", "05 ngày")
    '05 ngày'
    """
    if not isinstance(value, str):
        raise fail(InvalidInputError, ErrorCode.NOT_TEXT, field=name, value=value)
    return value


def require_time(name: str, value: object) -> time:
    """``value`` if it is a time of day, else a clear error.

    >>> require_time("cutoff", "15:00")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: cutoff='15:00' là văn bản, không phải là một giờ trong ngày
    """
    if not isinstance(value, time):
        raise fail(InvalidInputError, ErrorCode.NOT_A_TIME, field=name, value=value)
    return value


def choose(name: str, value: object, enum: type[_E]) -> _E:
    """The member of ``enum`` that ``value`` names (a member or its string), else a clear error.

    >>> from hanchot.calendars import Profile
    >>> choose("profile", "labor_code", Profile)
    <Profile.LABOR_CODE: 'labor_code'>
    >>> choose("profile", "enterprise", Profile)
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: profile không nhận 'enterprise'; chỉ chọn một trong: ...
    """
    if type(value) is enum:
        return value  # a member already: the call's default, nearly always
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field=name, value=value,
               allowed=tuple(member.value for member in enum))


def require_module(name: str, what: str, extra: str) -> ModuleType:
    """An optional package, imported; if it is missing, a clear error naming the extra that installs it.

    >>> require_module("json", "a JSON report", "json").__name__
    'json'
    """
    try:
        return importlib.import_module(name)
    except ImportError:
        package = name.split(".", maxsplit=1)[0]
        raise fail(DependencyError, ErrorCode.MISSING_DEPENDENCY, field=package, what=what, package=package,
                   extra=extra) from None
