# SPDX-License-Identifier: Apache-2.0
"""Dossier tables: a pandas or Polars DataFrame, or an Arrow table, in and the same kind out.

The caller's columns, dtypes and index come back unchanged; the output columns are added,
typed (``han_tra`` a date, ``han_tra_gio`` a time for an hour-based period, ``so_ngay_tre``
an integer), computed by the columnar engine.

>>> import pyarrow as pa
>>> out = process_table(pa.table({"ma_ho_so": ["A"], "ngay_nhan": ["2026-02-11"],
...                               "thoi_han": ["05 ngày làm việc"]}))
>>> out.column("han_tra").to_pylist(), out.schema.field("so_ngay_tre").type
([datetime.date(2026, 2, 25)], DataType(int32))
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any

from hanchot._checks import require_bool
from hanchot.batch import engine
from hanchot.batch.columns import mapping, match
from hanchot.batch.rows import Processor, cell_text
from hanchot.batch.summary import Summary
from hanchot.calendars import Calendar
from hanchot.dossier import ReceiptPolicy, SupplementPolicy
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["process_table"]

_KEYWORDS = ("as_of", "calendar", "receipt", "supplement", "columns", "overwrite", "summary", "lang")


def process_table(
    table: Any,
    *,
    as_of: date | datetime | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    columns: Mapping[str, str] | None = None,
    overwrite: bool = False,
    summary: Summary | None = None,
    lang: str = "vi",
    **policies: Any,
) -> Any:
    """The dossiers of a pandas or Polars DataFrame or an Arrow table, with the output columns added.

    Date columns may be text (any form ``parse_when`` reads) or dates and timestamps
    (naive ones are Vietnam time). Pass a :class:`Summary` to have the rows counted into it.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"ma_ho_so": ["A1"], "ngay_nhan": [pd.Timestamp("2026-02-11 16:30")],
    ...                    "thoi_han": ["05 ngày làm việc"]}, index=[41])
    >>> out = process_table(df, as_of=date(2026, 2, 27))
    >>> out.loc[41, "han_tra"], out.loc[41, "so_ngay_tre"], out["ngay_nhan"].dtype.kind
    (Timestamp('2026-02-25 00:00:00'), np.int32(2), 'M')
    """
    processor = Processor(as_of=as_of, calendar=calendar, receipt=receipt, supplement=supplement,
                          policies=policies, lang=lang, keywords=_KEYWORDS)
    if summary is not None and not isinstance(summary, Summary):
        raise fail(InvalidInputError, ErrorCode.WRONG_KIND, field="summary", value=summary,
                   example="Summary()")
    wanted = mapping(columns) if columns is not None else None
    overwrite = require_bool("overwrite", overwrite)
    kind = (type(table).__module__.split(".")[0], type(table).__name__)
    pa = engine.arrow()
    if kind == ("pandas", "DataFrame"):
        arrays = [_arrow(pa, table.iloc[:, i]) for i in range(table.shape[1])]
    elif kind == ("polars", "DataFrame"):
        arrays = [column.combine_chunks() for column in table.to_arrow().columns]
    elif kind in {("pyarrow", "Table"), ("pyarrow", "RecordBatch")}:
        arrays = [column.combine_chunks() if hasattr(column, "combine_chunks") else column
                  for column in table.columns]
    else:
        raise fail(InvalidInputError, ErrorCode.NOT_A_TABLE, field="table", value=table)
    names = [cell_text(name) for name in (table.columns if kind[0] != "pyarrow" else table.column_names)]
    layout = match(names, wanted, overwrite=overwrite)
    outputs, counted = _run(processor, {name: arrays[i] for name, i in layout.positions.items()},
                            len(arrays[0]) if arrays else 0)
    if summary is not None:
        summary.merge(counted)
    if kind[0] == "pandas":
        out = table.copy(deep=False)
        for name, array in outputs.items():
            values = array.to_pandas(date_as_object=False)
            values.index = table.index
            out[name] = values
        return out
    if kind[0] == "polars":
        import polars as pl  # noqa: PLC0415 (optional extra)

        return table.with_columns([pl.Series(name, array) for name, array in outputs.items()])
    out = table if kind[1] == "Table" else pa.Table.from_batches([table])
    for name, array in outputs.items():
        if name in out.column_names:
            out = out.set_column(out.column_names.index(name), name, array)
        else:
            out = out.append_column(name, array)
    return out


def _arrow(pa: Any, series: Any) -> Any:
    """A pandas column as an Arrow array; a column of mixed objects as text."""
    try:
        return pa.array(series, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, ValueError):
        return pa.array([cell_text(None if _missing(v) else v) for v in series.tolist()], pa.string())


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _run(processor: Processor, columns: dict[str, Any], n: int) -> tuple[dict[str, Any], Summary]:
    """The engine over a table's rows, in two halves at once (one a core) for a large table; text
    columns as text."""
    pa = engine.arrow()
    halves = 2 if n >= _SPLIT else 1
    bounds = [n * k // halves for k in range(halves + 1)]

    def part(start: int, stop: int) -> tuple[dict[str, Any], Summary]:
        outputs, counted = engine.run(processor, {name: column.slice(start, stop - start)
                                                  for name, column in columns.items()}, stop - start)
        return {name: array.dictionary_decode() if pa.types.is_dictionary(array.type) else array
                for name, array in outputs.items()}, counted

    with ThreadPoolExecutor(max_workers=halves) as pool:
        done = list(pool.map(part, bounds[:-1], bounds[1:]))
    summary = Summary()
    for _, counted in done:
        summary.merge(counted)
    return {name: pa.concat_arrays([out[name] for out, _ in done]) for name in done[0][0]}, summary


_SPLIT = 100_000  # rows from which a table is computed in two halves at once
