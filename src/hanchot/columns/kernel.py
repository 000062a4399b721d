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

import warnings
from collections.abc import Sequence
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
        steps: list[object] = [n] * len(starts)
    elif isinstance(n, Sequence) and not isinstance(n, str | bytes) and len(n) == len(starts):
        steps = list(n)
    else:
        raise fail(InvalidInputError, ErrorCode.NOT_A_WHOLE_NUMBER, field="n", value=n, example=5)
    out: list[date | None] = []
    add = cal.add_working_days
    for start, step in zip(starts, steps, strict=True):
        try:
            out.append(add(start, step))  # type: ignore[arg-type]  # add checks each one
        except OutOfCoverageError:
            out.append(None)
    return out


def dates(values: object, name: str) -> Any:
    """``values`` as a one-dimensional ``datetime64[D]`` array (NaT kept), else a clear error."""
    numpy = _numpy()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # numpy warns, then drops the time zone of an aware moment
            days = numpy.asarray(values, dtype="datetime64[D]")
    except (TypeError, ValueError, OverflowError, UserWarning):
        days = None
    if days is None or days.ndim != 1:
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field=name, value=values)
    return days


def _numpy() -> Any:
    return require_module("numpy", "add_working_days_array", "numpy")
