# SPDX-License-Identifier: Apache-2.0
"""Columns of dates: working days and due dates for numpy arrays, pandas Series and polars columns.

:mod:`~hanchot.columns.arrays` answers for numpy arrays, over the calendar's tables
(:mod:`~hanchot.columns.kernel`); ``import hanchot.pandas`` and ``import hanchot.polars``
put the same functions on a Series (``series.hanchot``) and a polars expression
(``pl.col("d").hanchot``).

>>> import numpy as np
>>> add_working_days(np.array(["2026-02-11"], dtype="datetime64[D]"), 5)
array(['2026-02-25'], dtype='datetime64[D]')
"""

from hanchot.columns.arrays import add_working_days, due, is_working_day, working_days_between

__all__ = ["add_working_days", "due", "is_working_day", "working_days_between"]
