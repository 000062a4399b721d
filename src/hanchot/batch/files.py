# SPDX-License-Identifier: Apache-2.0
"""Dossier files: CSV in, CSV out, streamed, with a progress bar on a terminal.

>>> import io
>>> out = io.StringIO()
>>> s = process_csv(io.StringIO("ma_ho_so,ngay_nhan,thoi_han\\nA,2026-02-11,05 ngày làm việc\\n"), out)
>>> s.rows
1
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from hanchot.batch.cells import ERROR, FORMULA, OUTPUT_COLUMNS, safe
from hanchot.batch.rows import Processor
from hanchot.batch.summary import Summary
from hanchot.calendars import Calendar
from hanchot.dossier import ReceiptPolicy, SupplementPolicy

__all__ = ["process_csv"]


def _progress(done: int, total: int | None, stream: TextIO) -> None:
    """A progress bar when the number of rows is known, else a running count."""
    if total:
        filled = min(30, 30 * done // total)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {100 * done // total:3d}% "
                     f"{done:,}/{total:,} hồ sơ")
    else:
        stream.write(f"\r{done:,} hồ sơ…")
    stream.flush()


def _count_rows(path: str | Path) -> int:
    """Data rows of a CSV file, for the progress bar (a fast binary pass: newlines less the header)."""
    with open(path, "rb") as stream:
        return max(sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")) - 1, 0)


def process_csv(
    src: str | Path | TextIO,
    dst: str | Path | TextIO,
    *,
    as_of: date | datetime | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    summary_json: str | Path | None = None,
    progress: bool | None = None,
    **policies: Any,
) -> Summary:
    """Read dossiers from a CSV file and write them back with the output columns; return the summary.

    Streams row by row (memory does not grow with the file). Every input row gives
    one output row; a row that cannot be computed is marked ``loi`` with the reason.
    ``progress`` (default: when stderr is a terminal) shows a progress bar on stderr (a
    running count when reading a stream whose length is unknown).

    >>> import io
    >>> out = io.StringIO()
    >>> s = process_csv(io.StringIO("ma_ho_so,ngay_nhan,thoi_han,ngay_tra\\n"
    ...                             "=1+1,2026-02-11,05 ngày làm việc,2026-02-24\\n"), out)
    >>> print(out.getvalue().strip())
    ma_ho_so,ngay_nhan,thoi_han,ngay_tra,han_tra,trang_thai,so_ngay_tre,ly_do_loi,ghi_chu
    '=1+1,2026-02-11,05 ngày làm việc,2026-02-24,2026-02-25,truoc_han,0,,
    >>> s.on_time_rate
    100.0
    """
    processor = Processor(as_of=as_of, calendar=calendar, receipt=receipt, supplement=supplement,
                           policies=policies)
    summary = Summary()
    show = sys.stderr.isatty() if progress is None else progress
    source = open(src, encoding="utf-8-sig", newline="") if isinstance(src, str | Path) else src  # noqa: SIM115
    target = open(dst, "w", encoding="utf-8", newline="") if isinstance(dst, str | Path) else dst  # noqa: SIM115
    try:
        total = _count_rows(src) if show and isinstance(src, str | Path) else None
        _stream(csv.reader(source), csv.writer(target), processor, summary, show=show, total=total)
    finally:
        if source is not src:
            source.close()
        if target is not dst:
            target.close()
    if summary_json is not None:
        Path(summary_json).write_text(summary.to_json(), encoding="utf-8")
    return summary


def _stream(reader: Iterator[list[str]], writer: Any, processor: Processor, summary: Summary, *,
            show: bool, total: int | None) -> None:
    """Copy rows from ``reader`` to ``writer`` with the output columns filled in, one for one."""
    header = next(reader, None) or []
    names = [name.strip().lstrip("\ufeff") for name in header]
    writer.writerow([safe(name) for name in names] + [c for c in OUTPUT_COLUMNS if c not in names])
    width = len(names)
    positions = [names.index(name) if name in names else -1 for name in OUTPUT_COLUMNS]
    for count, cells in enumerate(reader, start=1):
        if len(cells) == width:
            due_text, status, late, reason, notes = processor.row(dict(zip(names, cells, strict=True)))
        else:
            due_text, status, late, reason, notes = "", ERROR, 0, f"số cột: {len(cells)} thay vì {width}", ""
            cells = (cells + [""] * width)[:width]  # noqa: PLW2901 (padded for the output)
        summary.add(status, late, reason)
        values = [due_text, status, str(late), reason, notes]
        row = ["'" + cell if cell[:1] in FORMULA else cell for cell in cells]
        for position, value in zip(positions, values, strict=True):
            if position >= 0:
                row[position] = value
        row += [value for position, value in zip(positions, values, strict=True) if position < 0]
        writer.writerow(row)
        if show and count % 50_000 == 0:
            _progress(count, total, sys.stderr)
    if show:
        _progress(summary.rows, total, sys.stderr)
        sys.stderr.write("\n")
