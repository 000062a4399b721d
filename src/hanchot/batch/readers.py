# SPDX-License-Identifier: Apache-2.0
"""Dossier files in: CSV as Excel saves it (UTF-8 with or without BOM, UTF-16, ``,`` ``;`` or tab),
Excel workbooks and Parquet, read in chunks of Arrow arrays.

A CSV file whose first bytes are neither UTF-8 nor UTF-16 (Windows-1258, TCVN3) is refused
before anything is written. A row of the wrong width is kept and marked in error.

>>> sniff(b"Ma ho so;Ngay nhan;Thoi han\\r\\nA;1/2/2026;5 ngay\\r\\n")
('utf-8', ';', 0)
"""

from __future__ import annotations

import codecs
import csv
import itertools
import sys
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from hanchot._checks import require_module
from hanchot.batch.engine import arrow
from hanchot.errors import ErrorCode, HanchotError, InvalidInputError
from hanchot.messages import fail, os_reason

__all__: list[str] = []  # the room's own machinery: process_file is its door

CHUNK_ROWS = 65_536
_BLOCK = 4 << 20  # bytes pyarrow reads at a time (with two chunks at work: under 600 MiB in all)


@dataclass(frozen=True, slots=True)
class Chunk:
    """Rows of a file: every column as an Arrow array, and the rows already known to be in error."""

    columns: list[Any]
    rows: int
    bad: dict[int, HanchotError]


def sniff(head: bytes, named: object = "") -> tuple[str, str, int]:
    """The encoding, the delimiter and the length of the byte-order mark, from a file's first bytes.

    Raises a clear error for a file that is neither UTF-8 nor UTF-16.
    """
    bom = 0
    if head.startswith(codecs.BOM_UTF8):
        encoding, bom = "utf-8", 3
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, bom = "utf-16", 0  # the codec reads its own mark
    else:
        encoding = "utf-8"
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(head[bom:], final=False)
    except UnicodeDecodeError as error:
        raise fail(InvalidInputError, ErrorCode.FILE_LEGACY_ENCODING, field="src", value=named,
                   byte=f"0x{head[bom + error.start]:02X}", position=bom + error.start) from None
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    return encoding, delimiter, bom


class Source:
    """A dossier file to read: its headings, then its rows in chunks."""

    def __init__(self, src: object) -> None:
        from hanchot.data.loader import as_path  # noqa: PLC0415 (a path helper of the data room)

        self.src = src
        self.path: Path | None = None
        self.stream: TextIO | None = None
        self.kind = "csv"
        self.delimiter = ","
        self.encoding = "utf-8"
        self.first = ""  # the first line of a caller's stream, read to find the delimiter
        self._rows: Generator[list[str]] = _none()
        if isinstance(src, str | Path):
            self.path = as_path(src, "src")
            suffix = self.path.suffix.lower()
            kinds = {".xlsx": "xlsx", ".xlsm": "xlsx", ".parquet": "parquet", ".pq": "parquet"}
            self.kind = kinds.get(suffix, "csv")
            if self.kind == "csv":
                self.encoding, self.delimiter, _ = sniff(self._head(), str(self.path))
        elif callable(getattr(src, "read", None)):
            from hanchot.batch.writers import usable  # noqa: PLC0415

            self.stream = usable(src, "src", "r")
            self.first = self.stream.readline()
            self.delimiter = sniff(self.first.encode("utf-8", "surrogatepass"))[1]
        else:
            raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field="src", value=src)

    @property
    def named(self) -> object:
        """The file as a message names it."""
        return str(self.path) if self.path is not None else self.src

    def _head(self) -> bytes:
        assert self.path is not None
        try:
            with self.path.open("rb") as stream:
                return stream.read(1 << 16)
        except OSError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field="src", value=str(self.path),
                       reason=os_reason(error)) from None

    def fast(self) -> bool:
        """Whether pyarrow's own CSV reader can take the file (a UTF-8 file on disk)."""
        return self.kind == "csv" and self.path is not None and self.encoding == "utf-8"

    def headings(self) -> list[str]:
        """The file's first row."""
        if self.kind == "parquet":
            return list(self._parquet_file().schema_arrow.names)
        self._rows = self._xlsx() if self.kind == "xlsx" else self._text_rows()
        return next(self._rows, [])

    def chunks(self, width: int, *, fast: bool) -> Iterator[Chunk]:
        """The rows after the headings, ``width`` columns each, in chunks."""
        if self.kind == "parquet":
            for batch in self._parquet_file().iter_batches(batch_size=CHUNK_ROWS):
                yield Chunk(list(batch.columns), batch.num_rows, {})
            return
        if fast:
            self._rows.close()
            yield from self._arrow_csv(width)
            return
        yield from _chunked(self._rows, width)

    def _text_rows(self) -> Generator[list[str]]:
        """The CSV's records, read by Python's csv module (blank lines are not records)."""
        csv.field_size_limit(sys.maxsize)  # a cell of any length is a cell, not an error
        if self.stream is not None:
            stream: Any = itertools.chain([self.first], self.stream)
        else:
            assert self.path is not None
            stream = self.path.open("r", encoding="utf-16" if self.encoding == "utf-16" else "utf-8-sig",
                                    newline="")
        try:
            for cells in csv.reader(stream, delimiter=self.delimiter):
                if cells:
                    yield cells
        except UnicodeDecodeError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_LEGACY_ENCODING, field="src", value=self.named,
                       byte=f"0x{error.object[error.start]:02X}", position=error.start) from None
        finally:
            if self.stream is None:
                stream.close()

    def _arrow_csv(self, width: int) -> Iterator[Chunk]:
        pa = arrow()
        pacsv = require_module("pyarrow.csv", "CSV", "arrow")

        names = [f"c{i}" for i in range(width)]
        reader = pacsv.open_csv(
            self.path, read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=_BLOCK),
            parse_options=pacsv.ParseOptions(delimiter=self.delimiter, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()),
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
        for batch in reader:
            yield Chunk(list(batch.columns), batch.num_rows, {})

    def _parquet_file(self) -> Any:
        return require_module("pyarrow.parquet", "Parquet", "arrow").ParquetFile(self.path)

    def _xlsx(self) -> Generator[list[str]]:
        from hanchot.batch.rows import cell_text  # noqa: PLC0415

        workbook = _openpyxl().load_workbook(self.path, read_only=True, data_only=True)
        try:
            for values in workbook.worksheets[0].iter_rows(values_only=True):
                if any(value is not None and value != "" for value in values):
                    yield [cell_text(value) for value in values]
        finally:
            workbook.close()


def _none() -> Generator[list[str]]:
    """No rows (a source whose headings have not been read)."""
    yield from ()


def _chunked(rows: Iterator[list[str]], width: int) -> Iterator[Chunk]:
    """Rows of text in chunks of Arrow arrays; a row of the wrong width is padded and marked."""
    pa = arrow()
    while True:
        block: list[list[str]] = []
        bad: dict[int, HanchotError] = {}
        for cells in rows:
            if len(cells) != width:
                bad[len(block)] = fail(InvalidInputError, ErrorCode.CELL_COUNT, field="row", value=len(cells),
                                       expected=width)
                cells = (cells + [""] * width)[:width]  # noqa: PLW2901 (padded for the output)
            block.append(cells)
            if len(block) == CHUNK_ROWS:
                break
        if not block:
            return
        columns = [pa.array([cells[i] for cells in block], pa.string()) for i in range(width)]
        yield Chunk(columns, len(block), bad)


def _openpyxl() -> Any:
    return require_module("openpyxl", "Excel (.xlsx)", "excel")

