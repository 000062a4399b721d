# SPDX-License-Identifier: Apache-2.0
"""The due-date kernel for many dossiers at once, vectorised over a calendar's tables.

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

from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from hanchot.calendars import Calendar

if TYPE_CHECKING:
    import numpy as np

__all__ = ["add_working_days_array", "add_working_days_list"]

_EPOCH = date(1970, 1, 1).toordinal()  # numpy's datetime64[D] counts days from 1970-01-01


@cache
def _arrays(cal: Calendar) -> tuple[Any, Any, Any, int]:
    import numpy as np  # noqa: PLC0415 (optional extra)

    tables = cal.tables  # the public, read-only view of the calendar's own tables
    first = tables.first.toordinal() - _EPOCH
    cum = np.asarray(tables.working_through, dtype=np.int64)
    working = np.asarray(tables.working_days, dtype=np.int64) + first
    off = np.asarray(tables.day_off, dtype=np.int64)
    return cum, working, off, first


@cache
def _answers(cal: Calendar, n: int) -> Any:
    """For one step count, the answer for every covered day (NaT outside coverage): one gather."""
    import numpy as np  # noqa: PLC0415 (optional extra)

    cum, working, off, _ = _arrays(cal)
    position = cum + (n - 1) if n > 0 else cum - (1 - off) + n
    inside = (position >= 0) & (position < working.size)
    answers = working[np.where(inside, position, 0)].astype("datetime64[D]")
    answers[~inside] = np.datetime64("NaT")
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
    import numpy as np  # noqa: PLC0415 (optional extra)

    cum, working, off, first = _arrays(cal)
    days = np.asarray(starts, dtype="datetime64[D]")
    index = days.view(np.int64) - first
    if isinstance(n, int) and index.size:
        answers = _answers(cal, n)
        if index.min() >= 0 and index.max() < cum.size:  # NaT is the smallest int64: not here
            fast: np.ndarray = answers[index]
            return fast
    steps = np.broadcast_to(np.asarray(n, dtype=np.int64), index.shape)
    inside = (index >= 0) & (index < cum.size) & ~np.isnat(days)
    safe = np.where(inside, index, 0)
    base = cum[safe]
    position = np.where(steps > 0, base + steps - 1, base - (1 - off[safe]) + steps)
    inside &= (position >= 0) & (position < working.size)
    answer = working[np.where(inside, position, 0)].astype("datetime64[D]")
    answer[~inside] = np.datetime64("NaT")
    result: np.ndarray = answer
    return result


def add_working_days_list(cal: Calendar, starts: Sequence[date], n: Sequence[int] | int
                          ) -> list[date | None]:
    """The pure-Python kernel: one look-up per date; None where the answer is outside coverage.

    >>> from hanchot import calendar
    >>> add_working_days_list(calendar(), [date(2026, 2, 11), date(2101, 1, 1)], 5)
    [datetime.date(2026, 2, 25), None]
    """
    steps = [n] * len(starts) if isinstance(n, int) else list(n)
    out: list[date | None] = []
    add = cal.add_working_days
    for start, step in zip(starts, steps, strict=True):
        try:
            out.append(add(start, step))
        except ValueError:
            out.append(None)
    return out
