# SPDX-License-Identifier: Apache-2.0
"""Dossier tables: a pandas or Polars DataFrame, or an Arrow table, in and out.

>>> import pyarrow as pa
>>> out = process_table(pa.table({"ma_ho_so": ["A"], "ngay_nhan": ["2026-02-11"],
...                               "thoi_han": ["05 ngày làm việc"]}))
>>> out.column("han_tra").to_pylist()
['2026-02-25']
"""

from __future__ import annotations

from typing import Any

from hanchot.batch.rows import process_records
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["process_table"]


def process_table(table: Any, **options: Any) -> Any:
    """The same for a pandas or Polars DataFrame or an Arrow table (same type back).

    >>> import pandas as pd
    >>> from datetime import date
    >>> df = pd.DataFrame({"ma_ho_so": ["A1"], "ngay_nhan": ["2026-02-11"],
    ...                    "thoi_han": ["05 ngày làm việc"], "ngay_tra": [None]})
    >>> process_table(df, as_of=date(2026, 2, 27))[["han_tra", "trang_thai", "so_ngay_tre"]].values.tolist()
    [['2026-02-25', 'dang_xu_ly', '2']]
    """
    kind = (type(table).__module__.split(".")[0], type(table).__name__)
    if kind == ("pandas", "DataFrame"):
        import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 (optional extra)

        records = table.astype(object).where(table.notna(), None).to_dict("records")
        return pd.DataFrame(list(process_records(records, **options)))
    if kind == ("pyarrow", "Table"):
        import pyarrow as pa  # type: ignore[import-untyped]  # noqa: PLC0415 (optional extra)

        return pa.Table.from_pylist(list(process_records(table.to_pylist(), **options)))
    if kind == ("polars", "DataFrame"):
        import polars as pl  # noqa: PLC0415 (optional extra)

        return pl.DataFrame(list(process_records(table.to_dicts(), **options)))
    raise fail(InvalidInputError, ErrorCode.NOT_A_TABLE, field="table", value=table)
