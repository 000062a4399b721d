# SPDX-License-Identifier: Apache-2.0
"""Dossier tables: a pandas or Polars DataFrame, or an Arrow table, in and out.

>>> import pyarrow as pa
>>> out = process_table(pa.table({"ma_ho_so": ["A"], "ngay_nhan": ["2026-02-11"],
...                               "thoi_han": ["05 ngày làm việc"]}))
>>> out.column("han_tra").to_pylist()
['2026-02-25']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from hanchot.batch.rows import process_records
from hanchot.errors import InvalidInputError

__all__ = ["process_table"]


def process_table(table: Any, **options: Any) -> Any:
    """The same for a pandas or Polars DataFrame or an Arrow table (same type back).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"ma_ho_so": ["A1"], "ngay_nhan": ["2026-02-11"],
    ...                    "thoi_han": ["05 ngày làm việc"], "ngay_tra": [None]})
    >>> process_table(df, as_of=date(2026, 2, 27))[["han_tra", "trang_thai", "so_ngay_tre"]].values.tolist()
    [['2026-02-25', 'dang_xu_ly', '2']]
    """
    module = type(table).__module__.split(".")[0]
    if module == "pandas":
        import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 (optional extra)

        records = table.astype(object).where(table.notna(), None).to_dict("records")
        return pd.DataFrame(list(process_records(_texts(records), **options)))
    if module == "pyarrow":
        import pyarrow as pa  # type: ignore[import-untyped]  # noqa: PLC0415 (optional extra)

        return pa.Table.from_pylist(list(process_records(_texts(table.to_pylist()), **options)))
    if module == "polars":
        import polars as pl  # noqa: PLC0415 (optional extra)

        return pl.DataFrame(list(process_records(_texts(table.to_dicts()), **options)))
    raise InvalidInputError(
        f"table is a {type(table).__name__}; pass a pandas or Polars DataFrame or a pyarrow Table"
    )


def _texts(records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, str | None]]:
    """Cells as text, as they would come from a CSV file; dates become ISO 8601."""
    for record in records:
        yield {key: None if value is None else (value.isoformat() if isinstance(value, date)
                                                else str(value))
               for key, value in record.items()}
