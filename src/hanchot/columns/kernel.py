# SPDX-License-Identifier: Apache-2.0
"""The working-day kernel for many dates at once, vectorised over a calendar's tables.

``add_working_days_array`` needs numpy (the ``numpy`` extra); ``add_working_days_list``
is the pure-Python path, one table look-up per date. Both give exactly what
``Calendar.add_working_days`` gives, and both mark what they cannot answer instead
of dropping it: NaT (numpy) or None (lists) for dates outside coverage.

>>> import numpy as np
>>> from hanchot import calendar
>>> starts = np.array(["2026-02-11", "2024-05-02", "2101-01-01"], dtype="datetime64[D]")
>>> add_working_days_array(calendar(), starts, np.array([5, 3, 1]))
array(['2026-02-25', '2024-05-06',        'NaT'], dtype='datetime64[D]')
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from hanchot._checks import require_module
from hanchot.calendars import Calendar, as_calendar
from hanchot.errors import ErrorCode, InvalidInputError, OutOfCoverageError
from hanchot.messages import fail

if TYPE_CHECKING:
    import numpy as np

__all__ = ["add_working_days_array", "add_working_days_list"]

_EPOCH = date(1970, 1, 1).toordinal()  # numpy's datetime64[D] counts days from 1970-01-01


@cache
def _arrays(cal: Calendar) -> tuple[Any, Any, Any, int]:
    numpy = _numpy()

    tables = cal.tables  # the public, read-only view of the calendar's own tables
    first = tables.first.toordinal() - _EPOCH
    cum = numpy.asarray(tables.working_through, dtype=numpy.int64)
    working = numpy.asarray(tables.working_days, dtype=numpy.int64) + first
    off = numpy.asarray(tables.day_off, dtype=numpy.int64)
    return cum, working, off, first


@lru_cache(maxsize=64)
def _answers(cal: Calendar, n: int) -> Any:
    """For one step count, the answer for every covered day (NaT outside coverage): one gather."""
    numpy = _numpy()
    cum, working, off, _ = _arrays(cal)
    position = cum + (n - 1) if n > 0 else cum - (1 - off) + n
    inside = (position >= 0) & (position < working.size)
    answers = working[numpy.where(inside, position, 0)].astype("datetime64[D]")
    answers[~inside] = numpy.datetime64("NaT")
    return answers


def add_working_days_array(cal: Calendar, starts: np.ndarray, n: np.ndarray | int) -> np.ndarray:
    """``Calendar.add_working_days`` for arrays of ``datetime64[D]`` dates and step counts.

    A few gathers over the calendar's tables, whatever the dates and counts (one, for a
    single count: a table of every covered day's answer); NaT where a start or its
    answer falls outside coverage.

    >>> import numpy as np
    >>> from hanchot import calendar
    >>> add_working_days_array(calendar(), np.array(["2026-02-13"], dtype="datetime64[D]"), 1)
    array(['2026-02-23'], dtype='datetime64[D]')
    """
    numpy = _numpy()
    cal = as_calendar(cal)
    cum, working, off, first = _arrays(cal)
    limit = cum.size + 1  # a step beyond this lands outside coverage whatever the start
    days = dates(starts, "starts")
    if isinstance(n, int) and not isinstance(n, bool):
        n = max(-limit, min(limit, n))  # the same answers, and no overflow in the tables' arithmetic
    try:
        if not (isinstance(n, int | numpy.ndarray) or (  # a list of whole numbers, nothing numpy could unfold
                isinstance(n, list | tuple) and all(isinstance(k, int | numpy.integer) for k in n))):
            raise TypeError
        raw = numpy.asarray(n)
        if raw.dtype.kind not in "iu":
            raise TypeError
        steps = numpy.broadcast_to(numpy.clip(raw, -limit, limit).astype(numpy.int64), days.shape)
    except (TypeError, ValueError, OverflowError):
        raise fail(InvalidInputError, ErrorCode.NOT_A_WHOLE_NUMBER, field="n", value=n, example=5) from None
    index = days.view(numpy.int64) - first
    if isinstance(n, int) and index.size:
        answers = _answers(cal, n)
        if index.min() >= 0 and index.max() < cum.size:  # NaT is the smallest int64: not here
            fast: np.ndarray = answers[index]
            return fast
    inside = (index >= 0) & (index < cum.size) & ~numpy.isnat(days)
    safe = numpy.where(inside, index, 0)
    base = cum[safe]
    position = numpy.where(steps > 0, base + steps - 1, base - (1 - off[safe]) + steps)
    inside &= (position >= 0) & (position < working.size)
    answer = working[numpy.where(inside, position, 0)].astype("datetime64[D]")
    answer[~inside] = numpy.datetime64("NaT")
    result: np.ndarray = answer
    return result


def add_working_days_list(cal: Calendar, starts: Sequence[date], n: Sequence[int] | int
                          ) -> list[date | None]:
    """The pure-Python kernel: one look-up per date; None where the answer is outside coverage.

    >>> from hanchot import calendar
    >>> add_working_days_list(calendar(), [date(2026, 2, 11), date(2101, 1, 1)], 5)
    [datetime.date(2026, 2, 25), None]
    """
    cal = as_calendar(cal)
    if isinstance(starts, str | bytes) or not isinstance(starts, Sequence):
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field="starts", value=starts)
    if isinstance(n, int) and not isinstance(n, bool):
        steps: Iterable[object] = itertools.repeat(n)  # not a list as long as the dates: they may be many
    elif isinstance(n, Sequence) and not isinstance(n, str | bytes) and len(n) == len(starts):
        steps = n
    else:
        raise fail(InvalidInputError, ErrorCode.NOT_A_WHOLE_NUMBER, field="n", value=n, example=5)
    out: list[date | None] = []
    add = cal.add_working_days
    for start, step in zip(starts, steps, strict=False):  # as many steps as dates: checked above
        try:
            out.append(add(start, step))  # type: ignore[arg-type]  # add checks each one
        except OutOfCoverageError:
            out.append(None)
    return out


def dates(values: object, name: str) -> Any:
    """``values`` as a one-dimensional ``datetime64[D]`` array (NaT kept), else a clear error.

    Dates only, as the scalar functions take them: numbers (numpy would read 1 as 02/01/1970)
    and moments with a time of day are refused, not truncated.

    >>> dates([date(2026, 3, 6), None], "days")
    array(['2026-03-06',        'NaT'], dtype='datetime64[D]')
    >>> dates([1, 2], "days")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: days=[1, 2] là một danh sách, không phải là một ngày
    """
    numpy = _numpy()
    days = None
    if isinstance(values, numpy.ndarray) or (isinstance(values, list | tuple) and all(map(_element, values))):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # numpy warns, then drops the time zone of an aware moment
                raw = numpy.asarray(values)
                if raw.ndim == 1 and _date_like(raw):
                    days = raw.astype("datetime64[D]", copy=False)
                    if _has_time_of_day(raw, days):
                        days = None  # a moment, not a date
        except (TypeError, ValueError, OverflowError, UserWarning):
            days = None
    if days is None:
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field=name, value=values)
    return days


def _has_time_of_day(raw: Any, days: Any) -> bool:
    """Whether any element holds a time of day (a datetime64 in days, the common case, costs nothing)."""
    numpy = _numpy()
    if raw.dtype.kind == "M":
        unit, _ = numpy.datetime_data(raw.dtype)
        if unit in ("D", "W", "M", "Y"):
            return False
        per_day = numpy.timedelta64(1, "D") // numpy.timedelta64(1, unit)
        return bool(((raw.view(numpy.int64) % per_day) != 0)[~numpy.isnat(raw)].any())
    finer = raw.astype("datetime64[us]")
    return bool((finer != days.astype("datetime64[us]"))[~numpy.isnat(days)].any())


def _element(value: object) -> bool:
    """What a list of dates may hold, before numpy sees it (``[range(10 ** 9)]`` would fill the memory)."""
    return value is None or isinstance(value, date | str) or type(value).__name__ == "datetime64"


def _date_like(raw: Any) -> bool:
    """Dates as numpy holds them (datetime64, ISO text), or objects that are each a date or missing."""
    if raw.dtype.kind in "MU":
        return True
    return raw.dtype.kind == "O" and all(
        value is None or isinstance(value, date) or type(value).__name__ == "datetime64" for value in raw)


def _numpy() -> Any:
    return require_module("numpy", "add_working_days_array", "numpy")
