# SPDX-License-Identifier: Apache-2.0
"""Working days and due dates for whole columns of dates (numpy arrays), answered from the tables.

Each function is the scalar one, for many dates at once: ``is_working_day``,
``add_working_days``, ``working_days_between`` and ``due`` give exactly what
``Calendar.is_working_day``, ``Calendar.add_working_days``, ``Calendar.working_days_between``
and ``hanchot.due(…).due_date`` give for each element (a property test proves it). A
missing date (NaT) or a date outside the calendar's coverage gives a missing answer: NaT
for dates, a masked element for truth values and counts. With ``strict=True`` it is an
error instead, the very error the scalar function raises; a strict calendar refuses
years not yet announced the same way.

>>> import numpy as np
>>> days = np.array(["2026-01-10", "2026-02-16", "NaT", "1999-01-01"], dtype="datetime64[D]")
>>> is_working_day(days)
masked_array(data=[True, False, --, --],
             mask=[False, False,  True,  True],
       fill_value=True)
>>> add_working_days(days, 5)
array(['2026-01-16', '2026-02-27',        'NaT',        'NaT'],
      dtype='datetime64[D]')
>>> due("05 ngày làm việc", np.array(["2026-02-11"], dtype="datetime64[D]"))
array(['2026-02-25'], dtype='datetime64[D]')
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from hanchot._checks import require_bool, require_date
from hanchot.calendars import Calendar, as_calendar
from hanchot.columns.kernel import _arrays, _numpy, add_working_days_array, dates
from hanchot.deadline import due as due_one
from hanchot.errors import ErrorCode, InvalidInputError, NotAnnouncedError
from hanchot.messages import fail
from hanchot.parser import dated, parse
from hanchot.rules import Rule, WorkingDays

if TYPE_CHECKING:
    import numpy as np

__all__ = ["add_working_days", "due", "is_working_day", "working_days_between"]


def _index(cal: Calendar, days: Any) -> tuple[Any, Any]:
    """Each date's table index (0 where it is missing or outside) and whether it is inside coverage."""
    numpy = _numpy()
    cum, _, _, first = _arrays(cal)
    index = days.view(numpy.int64) - first
    inside = (index >= 0) & (index < cum.size) & ~numpy.isnat(days)
    return numpy.where(inside, index, 0), inside


def _refuse(cal: Calendar, strict: bool, answered: Any, span: tuple[Any, Any], ask: Any) -> None:
    """Raise what the scalar function raises (``ask(i)`` asks it) for the first element it refuses: one
    resting on a provisional day in [lo, hi] (table indices) under a strict calendar, and under
    ``strict`` one that cannot be answered at all; elsewhere an unanswered element is left missing."""
    numpy = _numpy()
    refused = numpy.zeros(answered.shape, dtype=bool)
    if cal.strict:
        lo, hi = span
        prov = numpy.asarray(cal.tables.refused_through, dtype=numpy.int64)
        below = numpy.where(lo > 0, prov[numpy.maximum(lo - 1, 0)], 0)
        refused = answered & (prov[hi] - below > 0)
    if strict:
        refused = refused | ~answered
    if refused.any():
        ask(int(numpy.argmax(refused)))


def is_working_day(days: object, *, calendar: Calendar | None = None, strict: bool = False) -> Any:
    """Whether each date is a working day: a masked boolean array (masked where unknown).

    >>> import numpy as np
    >>> is_working_day(np.array(["2024-05-04"], dtype="datetime64[D]")).tolist()  # a make-up Saturday
    [True]
    """
    numpy = _numpy()
    cal, strict = as_calendar(calendar), require_bool("strict", strict)
    values = dates(days, "days")
    index, inside = _index(cal, values)

    def ask(i: int) -> None:
        cal.is_working_day(_day(values[i], "days"))

    _refuse(cal, strict, inside, (index, index), ask)
    _, _, off, _ = _arrays(cal)
    return numpy.ma.MaskedArray(off[index] == 0, mask=~inside)


def add_working_days(days: object, n: object, *, calendar: Calendar | None = None,
                     strict: bool = False) -> Any:
    """The ``n``-th working day after each date (``n`` a whole number or an array of them); NaT where
    unknown.

    >>> import numpy as np
    >>> add_working_days(np.array(["2026-02-13"], dtype="datetime64[D]"), np.array([1]))
    array(['2026-02-23'], dtype='datetime64[D]')
    """
    numpy = _numpy()
    cal, strict = as_calendar(calendar), require_bool("strict", strict)
    values = dates(days, "days")
    answer, answered, span = _added(cal, values, n)
    steps = numpy.broadcast_to(numpy.asarray(n), values.shape)

    def ask(i: int) -> None:
        cal.add_working_days(_day(values[i], "days"), int(steps[i]))

    _refuse(cal, strict, answered, span, ask)
    return answer


def _added(cal: Calendar, values: Any, n: object) -> tuple[Any, Any, tuple[Any, Any]]:
    """The kernel's answers, whether each is one, and the span of days each rests on."""
    numpy = _numpy()
    answer = add_working_days_array(cal, values, n)  # type: ignore[arg-type]  # it checks n itself
    index, _ = _index(cal, values)
    found, answered = _index(cal, answer)
    return answer, answered, (numpy.minimum(index, found), numpy.maximum(index, found))


def working_days_between(a: object, b: object, *, calendar: Calendar | None = None,
                         strict: bool = False) -> Any:
    """How many working days ``x`` satisfy ``a`` < ``x`` ≤ ``b``, element by element: a masked integer
    array (masked where unknown).

    >>> import numpy as np
    >>> working_days_between(np.array(["2026-01-01"], dtype="datetime64[D]"),
    ...                      np.array(["2026-12-31"], dtype="datetime64[D]")).tolist()
    [249]
    """
    numpy = _numpy()
    cal, strict = as_calendar(calendar), require_bool("strict", strict)
    left, right = dates(a, "a"), dates(b, "b")
    if left.shape != right.shape:
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field="b", value=b)
    i, inside_a = _index(cal, left)
    j, inside_b = _index(cal, right)
    inside = inside_a & inside_b

    def ask(k: int) -> None:
        cal.working_days_between(_day(left[k], "a"), _day(right[k], "b"))

    _refuse(cal, strict, inside, (numpy.minimum(i, j), numpy.maximum(i, j)), ask)
    cum, _, _, _ = _arrays(cal)
    return numpy.ma.MaskedArray(cum[j] - cum[i], mask=~inside)


def due(phrase: str | Rule, starts: object, *, calendar: Calendar | None = None,
        strict: bool = False) -> Any:
    """The due date of ``phrase`` from each start date: NaT where unknown. The phrase is read once;
    "n ngày làm việc" is one gather in the tables, any other rule is worked out once per distinct
    start by :func:`hanchot.due` itself.

    >>> import numpy as np
    >>> due("chậm nhất ngày 25 hằng tháng", np.array(["2026-01-05", "2026-01-27"], dtype="datetime64[D]"))
    array(['2026-01-26', '2026-02-25'], dtype='datetime64[D]')
    """
    numpy = _numpy()
    cal, strict = as_calendar(calendar), require_bool("strict", strict)
    rule = parse(phrase) if isinstance(phrase, str) else phrase
    values = dates(starts, "starts")
    anchor = getattr(rule, "anchor", None)
    if isinstance(rule, WorkingDays) and not (anchor and dated(anchor)):  # due() adds working days
        answer, answered, span = _added(cal, values, rule.n)
        _refuse(cal, strict, answered, span, lambda i: due_one(rule, _day(values[i], "starts"), calendar=cal))
        fast: np.ndarray = answer
        return fast
    unique, where = numpy.unique(values, return_inverse=True)
    where = where.reshape(values.shape)
    answers = numpy.full(unique.shape, numpy.datetime64("NaT"), dtype="datetime64[D]")
    refused: dict[int, InvalidInputError] = {}
    for k, start in enumerate(unique):
        try:
            answers[k] = due_one(rule, _day(start, "starts"), calendar=cal).due_date
        except InvalidInputError as error:  # NaT, outside coverage, or a year a strict calendar refuses
            refused[k] = error
    raised = [k for k, error in refused.items() if strict or isinstance(error, NotAnnouncedError)]
    if raised:  # the first row the scalar function refuses, as it refuses it
        raise refused[int(where[numpy.isin(where, raised)][0])]
    result: np.ndarray = answers[where]
    return result


def _day(value: Any, name: str) -> date:
    """One element as the scalar functions take it: a date, or None for NaT (which they refuse)."""
    return None if _numpy().isnat(value) else require_date(value, name)  # type: ignore[return-value]
