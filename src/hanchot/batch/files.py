# SPDX-License-Identifier: Apache-2.0
"""Dossier files: CSV, Excel or Parquet in and out, chunk by chunk through the columnar engine.

Every input record gives one output record; a record that cannot be computed is marked
``loi`` with its reason. The output never replaces the input, is renamed into place only
when complete, and never silently takes the place of an input column.

>>> import io
>>> out = io.StringIO()
>>> s = process_file(io.StringIO("Mã hồ sơ;Ngày nhận;Thời hạn\\nA;11/02/2026;05 ngày làm việc\\n"), out)
>>> print(out.getvalue().strip())
Mã hồ sơ;Ngày nhận;Thời hạn;han_tra;trang_thai;so_ngay_tre;xin_loi;ly_do_loi;ghi_chu
"A";"11/02/2026";"05 ngày làm việc";"2026-02-25";"dang_xu_ly";0;"";"";""
"""

from __future__ import annotations

import csv
import errno
import sys
import zipfile
from collections import deque
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from hanchot._checks import require_bool
from hanchot.batch import engine
from hanchot.batch.cells import Report
from hanchot.batch.columns import Layout, mapping, match
from hanchot.batch.readers import QuoteOutOfPlace, Source
from hanchot.batch.rows import Processor
from hanchot.batch.summary import Summary
from hanchot.batch.writers import Target, same_file, write_whole
from hanchot.calendars import Calendar
from hanchot.data.fields import as_path
from hanchot.dossier import ReceiptPolicy, SupplementPolicy
from hanchot.errors import ErrorCode, HanchotError, InvalidInputError
from hanchot.messages import Lang, fail, os_reason, say

__all__ = ["process_csv", "process_file"]

_WORKERS = 2  # chunks computed at once: this machine's cores, and the memory of two chunks

#: process_file's own keywords, listed with the deadline policies when a keyword is misspelt.
_KEYWORDS = ("as_of", "calendar", "receipt", "supplement", "columns", "overwrite", "bom", "summary_json",
             "progress", "lang")


def process_file(
    src: str | Path | TextIO | BinaryIO,
    dst: str | Path | TextIO,
    *,
    as_of: date | datetime | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    columns: Mapping[str, str] | None = None,
    overwrite: bool = False,
    bom: bool | None = None,
    summary_json: str | Path | None = None,
    progress: bool | None = None,
    lang: str = "vi",
    **policies: Any,
) -> Summary:
    """Read dossiers from a file and write them with the output columns; return the summary.

    ``src`` and ``dst`` are paths (``.csv``, ``.xlsx``, ``.parquet``, by their suffix) or text
    streams (CSV). Headings are matched in Vietnamese or ASCII, in any case and spacing;
    ``columns`` names any column outright (``{"ngay_nhan": "Ngày tiếp nhận"}``). An input
    column with an output column's name is refused unless ``overwrite``. ``bom`` (default: for
    files, not for streams) starts a CSV with the mark Excel needs to read UTF-8. ``progress``
    (default: when stderr is a terminal) shows a progress bar on stderr.

    >>> import io
    >>> out = io.StringIO()
    >>> s = process_file(io.StringIO("ma_ho_so,ngay_nhan,thoi_han,ngay_tra\\n"
    ...                              "=1+1,2026-02-11,05 ngày làm việc,2026-02-24\\n"), out)
    >>> print(out.getvalue().strip().splitlines()[1])
    "'=1+1","2026-02-11","05 ngày làm việc","2026-02-24","2026-02-25","truoc_han",0,"","",""
    >>> s.on_time_rate
    100.0
    """
    processor = Processor(as_of=as_of, calendar=calendar, receipt=receipt, supplement=supplement,
                          policies=policies, lang=lang, keywords=_KEYWORDS)
    show = sys.stderr.isatty() if progress is None else require_bool("progress", progress)
    overwrite = require_bool("overwrite", overwrite)
    wanted = mapping(columns) if columns is not None else None
    source = Source(src)
    target = Target(dst, src=source.path, delimiter=source.delimiter,
                    bom=None if bom is None else require_bool("bom", bom))
    report = as_path(summary_json, "summary_json") if summary_json is not None else None
    if report is not None:
        _check_report(report, source, target)
    layout = match(_reading(source, source.headings), wanted, overwrite=overwrite)
    total = _count_rows(source.path) if show and source.path is not None and source.kind == "csv" else None
    target.open()
    try:
        summary = _all(source, target, layout, processor, show=show, total=total)
        target.commit()
    except BaseException:
        target.abort()
        raise
    if report is not None:
        write_whole(report, summary.to_json().encode("utf-8"), "summary_json")
    return summary


#: The older name of :func:`process_file`, for CSV.
process_csv = process_file


def _all(source: Source, target: Target, layout: Layout, processor: Processor, *, show: bool,
         total: int | None) -> Summary:
    """Every chunk through the engine and into the target; pyarrow's reader first, Python's if it balks."""
    pa = engine.arrow()
    if source.fast() and target.path is not None:
        try:
            return _chunks(source, target, layout, processor, fast=True, show=show, total=total)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, QuoteOutOfPlace):  # read it again, ourselves
            target.abort()
            target.open()
            _reading(source, source.headings)
    return _chunks(source, target, layout, processor, fast=False, show=show, total=total)


def _chunks(source: Source, target: Target, layout: Layout, processor: Processor, *, fast: bool, show: bool,
            total: int | None) -> Summary:
    """Read, compute and write chunk by chunk, in order; two chunks are computed at a time, one on
    each core (numpy and Arrow let go of the interpreter while they work)."""
    summary = Summary()
    one_line = frozenset(position for name, position in layout.positions.items() if name != "ma_ho_so")
    chunks = source.chunks(layout.width, fast=fast, one_line=one_line)
    pending: deque[tuple[Any, Future[tuple[dict[str, Any], Summary]]]] = deque()

    def finish() -> None:
        inputs, future = pending.popleft()
        outputs, counted = future.result()
        _write(target, layout, inputs, outputs)
        summary.merge(counted)
        if show:
            _progress(summary.rows, total, sys.stderr, processor.lang)

    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        try:
            while (chunk := _reading(source, lambda: next(chunks, None), fast=fast)) is not None:
                named = {name: chunk.columns[position] for name, position in layout.positions.items()}
                computed = pool.submit(engine.run, processor, named, chunk.rows, chunk.bad)
                pending.append((chunk.columns, computed))
                if len(pending) >= _WORKERS:
                    finish()
            while pending:
                finish()
        finally:
            for _, future in pending:
                future.cancel()
    if not summary.rows:  # the headings alone: still a file with its header
        pa = engine.arrow()
        empty = pa.array([], pa.string())
        outputs, _ = engine.run(processor, dict.fromkeys(layout.positions, empty), 0)
        _write(target, layout, [empty] * layout.width, outputs)
    if show:
        sys.stderr.write("\n")
    return summary


def _check_report(report: Path, source: Source, target: Target) -> None:
    """The summary's file, before anything is read: not the input, not the output, in a folder."""
    if source.path is not None and same_file(source.path, report):
        raise fail(InvalidInputError, ErrorCode.FILE_IS_INPUT, field="summary_json", value=str(report),
                   other=str(source.path))
    if target.path is not None and same_file(target.path, report):
        raise fail(InvalidInputError, ErrorCode.SAME_OUTPUT, field="summary_json", value=str(report),
                   other=str(target.path))
    problem: OSError | None = None
    if report.is_dir():
        problem = IsADirectoryError(errno.EISDIR, "")
    elif not report.resolve().parent.is_dir():
        problem = FileNotFoundError(errno.ENOENT, "")
    if problem is not None:
        raise fail(InvalidInputError, ErrorCode.FILE_NOT_WRITTEN, field="summary_json", value=str(report),
                   reason=os_reason(problem))


def _write(target: Target, layout: Layout, inputs: list[Any], outputs: dict[str, Any]) -> None:
    named = str(target.path) if target.path else target.stream
    try:
        target.write(layout, inputs, outputs)
    except (BrokenPipeError, HanchotError):
        raise  # the reader went away (hanchot hoso … -o - | head): the command line ends quietly
    except OSError as error:
        raise fail(InvalidInputError, ErrorCode.FILE_NOT_WRITTEN, field="dst", value=named,
                   reason=os_reason(error)) from None
    except (TypeError, ValueError, engine.arrow().ArrowException):  # a value this kind of file cannot hold
        raise fail(InvalidInputError, ErrorCode.FILE_NOT_WRITTEN, field="dst", value=named,
                   reason=say(Report.VALUE_NOT_WRITABLE)) from None


def _reading(source: Source, read: Any, *, fast: bool = False) -> Any:
    """``read()``, with a file's problems as clear errors (never a traceback).

    Under pyarrow's reader (``fast``), Arrow's own errors go up: the file is read again by Python's.
    """
    pa = engine.arrow()
    try:
        return read()
    except csv.Error:
        raise fail(InvalidInputError, ErrorCode.FILE_NOT_CSV, field="src", value=source.named,
                   line=0) from None
    except OSError as error:
        raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field="src", value=source.named,
                   reason=os_reason(error)) from None
    except (pa.ArrowException, ValueError, KeyError, zipfile.BadZipFile) as error:  # not a workbook, …
        if isinstance(error, InvalidInputError) or (fast and isinstance(error, pa.ArrowException)):
            raise
        raise fail(InvalidInputError, ErrorCode.FILE_NOT_KIND, field="src", value=source.named,
                   kind=source.kind) from None


def _progress(done: int, total: int | None, stream: TextIO, lang: Lang) -> None:
    """A progress bar when the number of rows is known, else a running count."""
    if total:
        filled = min(30, 30 * done // total)
        counted = say(Report.PROGRESS, done=done, total=total).text(lang)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {min(100, 100 * done // total):3d}% {counted}")
    else:
        stream.write("\r" + say(Report.PROGRESS_COUNT, done=done).text(lang))
    stream.flush()


def _count_rows(path: Path) -> int:
    """Data rows of a CSV file, for the progress bar (a fast binary pass: newlines less the header)."""
    with path.open("rb") as stream:
        return max(sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")) - 1, 0)
