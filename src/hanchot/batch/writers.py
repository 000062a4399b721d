# SPDX-License-Identifier: Apache-2.0
"""Dossier files out, safely: never onto the input, whole or not at all, cells a spreadsheet cannot run.

A file is written beside its target under a temporary name and renamed into place only
when complete, so a failure, Ctrl-C or a kill leaves an existing output as it was and no
partial file. CSV files start with a UTF-8 byte-order mark by default, so that Excel reads
the Vietnamese text right; ``.xlsx`` output has real date cells; Parquet keeps every type.

>>> import io
>>> target = Target(io.StringIO(), src=None, delimiter=",", bom=None)
>>> target.kind, target.bom
('csv', False)
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from hanchot._checks import require_module
from hanchot.batch.cells import OUTPUT_COLUMNS, RISKY, safe
from hanchot.batch.columns import Layout
from hanchot.batch.dates import matching
from hanchot.batch.engine import _pc, arrow
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import Text, fail, os_reason, say
from hanchot.moments import to_vietnam

__all__: list[str] = []  # the room's own machinery: process_file is its door


def usable(stream: Any, name: str, mode: str) -> TextIO:
    """A caller's stream, if it is open and takes text; else a clear error before anything is written."""
    try:
        probe = stream.read(0) if mode == "r" else stream.write("")
        ok = not getattr(stream, "closed", False) and (mode != "r" or isinstance(probe, str))
    except (TypeError, ValueError, OSError):  # closed, binary, or not readable (writable) at all
        ok = False
    if not ok:
        raise fail(InvalidInputError, ErrorCode.FILE_NOT_OPEN, field=name, value=stream,
                   action=say(Text.ACTION_READ if mode == "r" else Text.ACTION_WRITE))
    return stream  # type: ignore[no-any-return]


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (the same path, a symlink or a hard link to it)."""
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


class Target:
    """Where the output goes: a file (written under a temporary name, then renamed) or a text stream."""

    def __init__(self, dst: object, *, src: Path | None, delimiter: str, bom: bool | None,
                 name: str = "dst") -> None:
        from hanchot.data.fields import as_path  # noqa: PLC0415 (a path helper of the data room)

        self.delimiter = delimiter
        self.path: Path | None = None
        self.stream: TextIO | None = None
        self.kind = "csv"
        self.temp: Path | None = None
        self._sink: Any = None
        self._rows = 0
        self._writer: Any = None
        if isinstance(dst, str | Path):
            self.path = as_path(dst, name)
            if src is not None and same_file(src, self.path):
                raise fail(InvalidInputError, ErrorCode.FILE_IS_INPUT, field=name, value=str(self.path),
                           other=str(src))
            suffix = self.path.suffix.lower()
            self.kind = {".xlsx": "xlsx", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "csv")
        elif callable(getattr(dst, "write", None)):
            self.stream = usable(dst, name, "w")
        else:
            raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field=name, value=dst)
        self.bom = (self.path is not None) if bom is None else bool(bom)

    # -- the file's life: open, write, commit or abort ------------------------------------------
    def open(self) -> None:
        """Create the temporary file beside the target (nothing is written at the target itself)."""
        if self.path is None:
            return
        try:
            handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        except OSError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field="dst", value=str(self.path),
                       reason=os_reason(error)) from None
        os.close(handle)
        self.temp = Path(name)

    def commit(self) -> None:
        """Finish the file and rename it into place."""
        self._close()
        if self.temp is not None and self.path is not None:
            try:
                os.chmod(self.temp, 0o666 & ~_umask())
                os.replace(self.temp, self.path)
            except OSError as error:  # the target is a folder, or not ours to replace
                raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field="dst", value=str(self.path),
                           reason=os_reason(error)) from None
            self.temp = None

    def abort(self) -> None:
        """Drop the temporary file; an existing output is left as it was."""
        with contextlib.suppress(Exception):
            self._close()
        if self.temp is not None:
            with contextlib.suppress(OSError):
                self.temp.unlink()
            self.temp = None

    def _close(self) -> None:
        writer, sink = self._writer, self._sink
        self._writer = self._sink = None
        if self.kind == "xlsx" and writer is not None:
            writer.save(self.temp)
        elif writer is not None:
            writer.close()
        if sink is not None:
            sink.close()

    # -- writing ------------------------------------------------------------------------------
    def write(self, layout: Layout, inputs: list[Any], outputs: dict[str, Any]) -> None:
        """Write a chunk: the input's columns (with output columns in place if allowed), then the outputs."""
        if self.kind == "parquet":
            self._parquet(layout, inputs, outputs)
        elif self.kind == "xlsx":
            self._xlsx(layout, inputs, outputs)
        else:
            self._csv(layout, inputs, outputs)

    def _csv(self, layout: Layout, inputs: list[Any], outputs: dict[str, Any]) -> None:
        pa = arrow()
        columns = [_text(column) for column in inputs]
        texts = {name: _text(outputs[name]) for name in OUTPUT_COLUMNS if name != "han_tra"}
        texts["so_ngay_tre"] = outputs["so_ngay_tre"]
        texts["han_tra"] = due_text(outputs["han_tra"], outputs["han_tra_gio"])
        for name, position in layout.replaced.items():
            columns[position] = texts[name]
        columns += [texts[name] for name in OUTPUT_COLUMNS if name not in layout.replaced]
        table = pa.Table.from_arrays(columns, names=[f"c{i}" for i in range(len(columns))])
        if self._sink is None:
            self._start_csv(layout)
        if self.stream is not None:
            buffer = io.BytesIO()
            _csv_module().write_csv(table, buffer, write_options=self._options())
            self.stream.write(buffer.getvalue().decode("utf-8"))
            return
        if self._writer is None:
            self._writer = _csv_module().CSVWriter(self._sink, table.schema, write_options=self._options())
        self._writer.write_table(table)

    def _options(self) -> Any:
        """Arrow's CSV writer: text cells in quotes (Excel reads them as it reads any cell), no header."""
        return _csv_module().WriteOptions(include_header=False, delimiter=self.delimiter)

    def _start_csv(self, layout: Layout) -> None:
        pa = arrow()
        header = io.StringIO()
        csv.writer(header, delimiter=self.delimiter, lineterminator="\n").writerow(
            [safe(name) for name in layout.header])
        text = ("\ufeff" if self.bom else "") + header.getvalue()
        if self.stream is not None:
            self.stream.write(text)
            self._sink = _Nothing()
            return
        self._sink = pa.OSFile(str(self.temp), "wb")
        self._sink.write(text.encode("utf-8"))

    def _parquet(self, layout: Layout, inputs: list[Any], outputs: dict[str, Any]) -> None:
        pa = arrow()
        pq = require_module("pyarrow.parquet", "Parquet", "arrow")

        keep = [i for i in range(layout.width) if i not in layout.replaced.values()]
        names = [layout.names[i] for i in keep] + list(outputs)
        table = pa.Table.from_arrays([inputs[i] for i in keep] + list(outputs.values()), names=names)
        if self._writer is None:
            self._writer = pq.ParquetWriter(str(self.temp), table.schema)
        self._writer.write_table(table)

    def _xlsx(self, layout: Layout, inputs: list[Any], outputs: dict[str, Any]) -> None:
        from hanchot.batch.readers import _openpyxl  # noqa: PLC0415

        if self._writer is None:
            self._writer = _openpyxl().Workbook(write_only=True)
            self._sheet = self._writer.create_sheet("hanchot")
            self._sheet.append([safe(name) for name in layout.header])
        self._rows += len(inputs[0]) if inputs else 0
        if self._rows >= _XLSX_ROWS:  # the heading takes one
            raise fail(InvalidInputError, ErrorCode.XLSX_TOO_LONG, field="dst", value=str(self.path))
        cells = [[_cell(v) for v in column.to_pylist()] for column in inputs]
        values = {name: array.to_pylist() for name, array in outputs.items()}
        values["ly_do_loi"] = [safe(v) for v in values["ly_do_loi"]]
        values["ghi_chu"] = [safe(v) for v in values["ghi_chu"]]
        when = [day if clock is None else _at(day, clock)
                for day, clock in zip(values["han_tra"], values["han_tra_gio"], strict=True)]
        values["han_tra"] = when
        for name, position in layout.replaced.items():
            cells[position] = values[name]
        cells += [values[name] for name in OUTPUT_COLUMNS if name not in layout.replaced]
        for row in zip(*cells, strict=True):
            self._sheet.append(list(row))


class _Nothing:
    """The sink of a caller's stream: the caller closes it."""

    def close(self) -> None:
        """Nothing to close."""


def due_text(days: Any, clock: Any) -> Any:
    """The due column as text: the ISO date, and the time for an hour-based period ("2026-02-13 10:00")."""
    pa = arrow()
    pc = _pc()

    text = days.cast(pa.string())
    if clock.null_count == len(clock):
        return text
    joined = pc.binary_join_element_wise(text, pc.utf8_slice_codeunits(clock.cast(pa.string()), 0, 5), " ")
    return pc.if_else(clock.is_valid(), joined, text)


def _text(column: Any) -> Any:
    """A column as text a spreadsheet cannot run (OWASP CSV injection), whatever its type.

    Only cells whose first byte could start a formula (a sign, a space, a tab, or the lead byte of
    a no-break, ideographic or full-width character) are matched against the pattern.
    """
    pa, pc = arrow(), _pc()
    if pa.types.is_dictionary(column.type):  # the engine's text columns: their distinct values
        return pa.DictionaryArray.from_arrays(column.indices, _text(column.dictionary))
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        try:
            column = column.cast(pa.string())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            from hanchot.batch.rows import cell_text  # noqa: PLC0415

            column = pa.array([cell_text(v) for v in column.to_pylist()], pa.string())
    column = column.fill_null("")
    risky = matching(column, _LEADS, RISKY, empty=False)
    if not risky.any():
        return column
    return pc.if_else(pa.array(risky), pc.binary_join_element_wise("'", column, ""), column)


#: First bytes of a cell that may start a formula: = + - @ tab CR LF space, and the UTF-8 lead bytes of
#: U+00A0 (C2), U+3000 (E3) and the full-width signs U+FF1D, U+FF0B, U+FF0D, U+FF20 (EF).
_LEADS = b"=+-@\t\r\n \xc2\xe3\xef"


def _csv_module() -> Any:
    return require_module("pyarrow.csv", "CSV", "arrow")


_XLSX_ROWS = 1_048_576  # rows in an Excel sheet


def _cell(value: object) -> object:
    """An input cell as a workbook holds it: text made safe, an aware moment in Vietnam time."""
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return to_vietnam(value, "dst")[1]
    return value


def _at(day: Any, clock: Any) -> Any:
    return datetime.combine(day, clock)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_whole(path: Path, data: bytes, field: str) -> None:
    """Write ``data`` to ``path`` whole: a temporary file beside it, then a rename."""
    if not path.parent.is_dir():
        raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field=field, value=str(path),
                   reason=say(Text.NO_SUCH_FOLDER, folder=str(path.parent)))
    name = None
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(name, 0o666 & ~_umask())  # as any new file would be, not mkstemp's 0600
        os.replace(name, path)
    except OSError as error:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)
        raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field=field, value=str(path),
                   reason=os_reason(error)) from None
