# SPDX-License-Identifier: Apache-2.0
"""``import hanchot.polars``: a ``hanchot`` namespace on polars expressions of dates.

Each method is :mod:`hanchot.columns` over the column: dates come back as ``Date``,
truth values as ``Boolean``, counts as ``Int64``; an answer outside the calendar's
coverage (or a missing date) is null, or an error with ``strict=True``. Unlike
``add_business_days`` given a list of holidays, it knows the make-up Saturdays.

>>> import polars as pl
>>> import hanchot.polars
>>> frame = pl.DataFrame({"d": ["2026-01-10", "2026-02-16", None]}).with_columns(pl.col("d").str.to_date())
>>> frame.select(pl.col("d").hanchot.is_working_day())["d"].to_list()
[True, False, None]
>>> frame.select(pl.col("d").hanchot.add_working_days(5))["d"].dt.to_string("%d/%m/%Y").to_list()
['16/01/2026', '27/02/2026', None]
"""

from __future__ import annotations

from typing import Any

from hanchot._checks import require_module

require_module("polars", "import hanchot.polars", "polars")  # where polars is missing: which extra to install
import polars as pl  # noqa: E402

from hanchot.calendars import Calendar  # noqa: E402
from hanchot.columns import arrays  # noqa: E402

__all__: list[str] = []  # importing the module registers the namespace; it has nothing else to give


def _days(series: pl.Series) -> Any:
    return series.to_numpy()  # as it is: numbers and times of day are refused, never cast to dates


def _dates(values: Any, name: str) -> pl.Series:
    return pl.Series(name, values, dtype=pl.Date)


def _masked(values: Any, name: str, dtype: Any) -> pl.Series:
    series = pl.Series(name, values.filled(0 if dtype == pl.Int64 else False), dtype=dtype)
    return series.scatter(values.mask.nonzero()[0], None) if values.mask.any() else series


@pl.api.register_expr_namespace("hanchot")
class HanchotExpr:
    """Working days and due dates for a column of dates: ``pl.col("d").hanchot``."""

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def is_working_day(self, *, calendar: Calendar | None = None, strict: bool = False) -> pl.Expr:
        """Whether each date is a working day (``Boolean``; null where unknown)."""
        return self._expr.map_batches(
            lambda s: _masked(arrays.is_working_day(_days(s), calendar=calendar, strict=strict), s.name,
                              pl.Boolean),
            return_dtype=pl.Boolean, is_elementwise=True)

    def add_working_days(self, n: int | pl.Expr, *, calendar: Calendar | None = None,
                         strict: bool = False) -> pl.Expr:
        """The ``n``-th working day after each date; ``n`` a whole number or an expression of them."""
        if isinstance(n, pl.Expr):
            return pl.struct(self._expr.alias("d"), n.alias("n")).map_batches(
                lambda s: _dates(arrays.add_working_days(
                    _days(s.struct.field("d")), s.struct.field("n").to_numpy(), calendar=calendar,
                    strict=strict), s.name),
                return_dtype=pl.Date, is_elementwise=True).alias("d")
        return self._expr.map_batches(
            lambda s: _dates(arrays.add_working_days(_days(s), n, calendar=calendar, strict=strict), s.name),
            return_dtype=pl.Date, is_elementwise=True)

    def working_days_between(self, other: pl.Expr, *, calendar: Calendar | None = None,
                             strict: bool = False) -> pl.Expr:
        """How many working days ``x`` satisfy ``self`` < ``x`` ≤ ``other``, row by row (``Int64``)."""
        return pl.struct(self._expr.alias("a"), other.alias("b")).map_batches(
            lambda s: _masked(arrays.working_days_between(
                _days(s.struct.field("a")), _days(s.struct.field("b")), calendar=calendar, strict=strict),
                s.name, pl.Int64),
            return_dtype=pl.Int64, is_elementwise=True)

    def due(self, phrase: str, *, calendar: Calendar | None = None, strict: bool = False) -> pl.Expr:
        """The due date of ``phrase`` from each date (the phrase is read once)."""
        return self._expr.map_batches(
            lambda s: _dates(arrays.due(phrase, _days(s), calendar=calendar, strict=strict), s.name),
            return_dtype=pl.Date, is_elementwise=True)
