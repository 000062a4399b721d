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
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from hanchot._checks import require_bool
from hanchot.batch.cells import FORMULA, OUTPUT_COLUMNS, safe
from hanchot.batch.rows import Processor, error_row
from hanchot.batch.summary import Summary
from hanchot.calendars import Calendar
from hanchot.data.loader import as_path
from hanchot.dossier import ReceiptPolicy, SupplementPolicy
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import Lang, Text, fail, os_reason, say

__all__ = ["process_csv"]

#: process_csv's own keywords, listed with the deadline policies when a keyword is misspelt.
_KEYWORDS = ("as_of", "calendar", "receipt", "supplement", "summary_json", "progress", "lang")


def _progress(done: int, total: int | None, stream: TextIO, lang: Lang) -> None:
    """A progress bar when the number of rows is known, else a running count."""
    if total:
        filled = min(30, 30 * done // total)
        counted = say(Text.PROGRESS, done=f"{done:,}", total=f"{total:,}").text(lang)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {100 * done // total:3d}% {counted}")
    else:
        stream.write("\r" + say(Text.PROGRESS_COUNT, done=f"{done:,}").text(lang))
    stream.flush()


def _count_rows(path: Path) -> int:
    """Data rows of a CSV file, for the progress bar (a fast binary pass: newlines less the header)."""
    with path.open("rb") as stream:
        return max(sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")) - 1, 0)


@contextmanager
def _opened(value: object, name: str, mode: str) -> Iterator[TextIO]:
    """A text stream for a path (opened here and closed after) or for a stream the caller gave."""
    if isinstance(value, str | Path):
        path = as_path(value, name)
        try:
            stream = (path.open("r", encoding="utf-8-sig", newline="") if mode == "r"
                      else path.open("w", encoding="utf-8", newline=""))
        except OSError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field=name, value=str(path),
                       reason=os_reason(error)) from None
        with stream:
            yield stream
    elif callable(getattr(value, "read" if mode == "r" else "write", None)):
        yield _usable(value, name, mode)  # a stream the caller opened, and closes
    else:
        raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field=name, value=value)


def _usable(stream: Any, name: str, mode: str) -> TextIO:
    """A caller's stream, if it is open and takes text; else a clear error before anything is written."""
    try:
        probe = stream.read(0) if mode == "r" else stream.write("")
        usable = not getattr(stream, "closed", False) and (mode != "r" or isinstance(probe, str))
    except (TypeError, ValueError, OSError):  # closed, binary, or not readable (writable) at all
        usable = False
    if not usable:
        raise fail(InvalidInputError, ErrorCode.FILE_NOT_OPEN, field=name, value=stream,
                   action=say(Text.ACTION_READ if mode == "r" else Text.ACTION_WRITE))
    return stream  # type: ignore[no-any-return]


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
    lang: str = "vi",
    **policies: Any,
) -> Summary:
    """Read dossiers from a CSV file and write them back with the output columns; return the summary.

    Streams row by row (memory does not grow with the file). Every input row gives
    one output row; a row that cannot be computed is marked ``loi`` with the reason
    (in ``lang``, "vi" or "en"). ``progress`` (default: when stderr is a terminal) shows
    a progress bar on stderr (a running count when reading a stream whose length is unknown).

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
                          policies=policies, lang=lang, keywords=_KEYWORDS)
    show = sys.stderr.isatty() if progress is None else require_bool("progress", progress)
    report = as_path(summary_json, "summary_json") if summary_json is not None else None
    summary = Summary()
    with _opened(src, "src", "r") as source, _opened(dst, "dst", "w") as target:
        reader = csv.reader(source)
        try:
            total = _count_rows(Path(src)) if show and isinstance(src, str | Path) else None
            _stream(reader, csv.writer(target), processor, summary, show=show, total=total)
        except UnicodeDecodeError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_NOT_TEXT, field="src", value=_named(src),
                       position=error.start) from None
        except csv.Error:
            raise fail(InvalidInputError, ErrorCode.FILE_NOT_CSV, field="src", value=_named(src),
                       line=reader.line_num) from None
        except OSError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field="src", value=_named(src),
                       reason=os_reason(error)) from None
    if report is not None:
        try:
            report.write_text(summary.to_json(), encoding="utf-8")
        except OSError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field="summary_json", value=str(report),
                       reason=os_reason(error)) from None
    return summary


def _named(src: object) -> object:
    """A file as a message names it: its path as text, or the stream itself (shown by its name)."""
    return str(src) if isinstance(src, str | Path) else src


def _stream(reader: Iterator[list[str]], writer: Any, processor: Processor, summary: Summary, *,
            show: bool, total: int | None) -> None:
    """Copy rows from ``reader`` to ``writer`` with the output columns filled in, one for one."""
    header = next(reader, None) or []
    names = [name.strip().lstrip("\ufeff") for name in header]
    writer.writerow([safe(name) for name in names] + [c for c in OUTPUT_COLUMNS if c not in names])
    width = len(names)
    positions = [names.index(name) if name in names else -1 for name in OUTPUT_COLUMNS]
    lang = processor.lang
    for count, cells in enumerate(reader, start=1):
        if len(cells) == width:
            row = processor.row(dict(zip(names, cells, strict=True)))
        else:
            row = error_row(fail(InvalidInputError, ErrorCode.CELL_COUNT, field="row", value=len(cells),
                                 expected=width))
            cells = (cells + [""] * width)[:width]  # noqa: PLW2901 (padded for the output)
        summary._count(row.status, row.late, row.error.code if row.error is not None else None)
        values = row.values(lang)
        out = ["'" + cell if cell[:1] in FORMULA else cell for cell in cells]  # safe(), inlined: per cell
        for position, value in zip(positions, values, strict=True):
            if position >= 0:
                out[position] = value
        out += [value for position, value in zip(positions, values, strict=True) if position < 0]
        writer.writerow(out)
        if show and count % 50_000 == 0:
            _progress(count, total, sys.stderr, lang)
    if show:
        _progress(summary.rows, total, sys.stderr, lang)
        sys.stderr.write("\n")
