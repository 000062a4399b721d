# SPDX-License-Identifier: Apache-2.0
"""``import hanchot.pandas``: a ``hanchot`` accessor on pandas Series of dates.

Each method is :mod:`hanchot.columns` over the Series, keeping its index: dates come back
as ``datetime64`` in the Series' own unit, truth values as the nullable ``boolean``
dtype, counts as ``Int64``; an answer outside the calendar's coverage (or a missing
date) is missing, or an error with ``strict=True``.

>>> import pandas as pd
>>> import hanchot.pandas
>>> days = pd.Series(pd.to_datetime(["2026-01-10", "2026-02-16", None]))
>>> days.hanchot.is_working_day().tolist()
[True, False, <NA>]
>>> days.hanchot.add_working_days(5).dt.strftime("%d/%m/%Y").tolist()
['16/01/2026', '27/02/2026', nan]
"""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

from hanchot._checks import require_module

require_module("pandas", "import hanchot.pandas", "pandas")  # where pandas is missing: which extra to install
import pandas as pd  # noqa: E402

from hanchot.calendars import Calendar  # noqa: E402
from hanchot.columns import arrays  # noqa: E402
from hanchot.errors import ErrorCode, InvalidInputError  # noqa: E402
from hanchot.messages import fail  # noqa: E402

__all__: list[str] = []  # importing the module registers the accessor; it has nothing else to give


def _check(series: pd.Series) -> None:
    """Dates: a naive datetime64 Series, or one of ``datetime.date`` objects (never text: "06/03/2026" is
    6 March here and 3 June to pandas)."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype) and not getattr(series.dtype, "tz", None):
        return
    if series.dtype == object and all(_day_or_missing(value) for value in series):
        return
    raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field="series", value=str(series.dtype))


def _day_or_missing(value: object) -> bool:
    missing = value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))
    return missing or (isinstance(value, date) and not isinstance(value, datetime))


@pd.api.extensions.register_series_accessor("hanchot")
class HanchotAccessor:
    """Working days and due dates for a Series of dates: ``series.hanchot``."""

    def __init__(self, series: pd.Series) -> None:
        _check(series)
        self._series = series

    def _days(self, series: pd.Series | None = None) -> Any:
        chosen = self._series if series is None else series
        if chosen.dtype == object:  # datetime.date objects (and missing values), as read from a database
            return [value if isinstance(value, date) else None for value in chosen]  # _check saw each
        return chosen.to_numpy()  # in its own unit: a time of day is refused, never cut off

    def _dates(self, values: Any) -> pd.Series:
        unit = "datetime64[s]" if self._series.dtype == object else str(self._series.dtype)
        return pd.Series(values.astype(unit), index=self._series.index, name=self._series.name)

    def is_working_day(self, *, calendar: Calendar | None = None, strict: bool = False) -> pd.Series:
        """Whether each date is a working day (``boolean``; missing where unknown)."""
        answer = arrays.is_working_day(self._days(), calendar=calendar, strict=strict)
        return pd.Series(pd.array(answer.filled(False), dtype="boolean"), index=self._series.index,
                         name=self._series.name).mask(answer.mask)

    def add_working_days(self, n: int | pd.Series, *, calendar: Calendar | None = None,
                         strict: bool = False) -> pd.Series:
        """The ``n``-th working day after each date; ``n`` a whole number or a Series of them."""
        steps = n.to_numpy() if isinstance(n, pd.Series) else n
        return self._dates(arrays.add_working_days(self._days(), steps, calendar=calendar, strict=strict))

    def working_days_between(self, other: pd.Series, *, calendar: Calendar | None = None,
                             strict: bool = False) -> pd.Series:
        """How many working days ``x`` satisfy ``self`` < ``x`` ≤ ``other``, row by row (``Int64``)."""
        if not isinstance(other, pd.Series):
            raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field="other", value=other)
        answer = arrays.working_days_between(self._days(), HanchotAccessor(other)._days(), calendar=calendar,
                                             strict=strict)
        return pd.Series(pd.array(answer.filled(0), dtype="Int64"), index=self._series.index,
                         name=self._series.name).mask(answer.mask)

    def due(self, phrase: str, *, calendar: Calendar | None = None, strict: bool = False) -> pd.Series:
        """The due date of ``phrase`` from each date (the phrase is read once)."""
        return self._dates(arrays.due(phrase, self._days(), calendar=calendar, strict=strict))
