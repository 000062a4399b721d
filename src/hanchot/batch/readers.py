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
import io
import itertools
import sys
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from hanchot._checks import require_module
from hanchot.batch.dates import has_newline
from hanchot.batch.engine import arrow
from hanchot.errors import ErrorCode, HanchotError, InvalidInputError
from hanchot.messages import fail, os_reason

__all__: list[str] = []  # the room's own machinery: process_file is its door

CHUNK_ROWS = 65_536
_BLOCK = 4 << 20  # bytes pyarrow reads at a time (with two chunks at work: under 600 MiB in all)


@dataclass(frozen=True, slots=True)
class Record:
    """One record of a file: its cells, the line it starts on, and how many lines it runs over."""

    cells: list[str]
    line: int
    lines: int


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
        where = bom + error.start
        raise fail(InvalidInputError, ErrorCode.FILE_LEGACY_ENCODING, field="src", value=named,
                   byte=f"0x{head[where]:02X}", line=head[:where].count(b"\n") + 1) from None
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    return encoding, delimiter, bom


class Source:
    """A dossier file to read: its headings, then its rows in chunks."""

    def __init__(self, src: object) -> None:
        from hanchot.data.fields import as_path  # noqa: PLC0415 (a path helper of the data room)

        self.src = src
        self.path: Path | None = None
        self.stream: TextIO | None = None
        self.kind = "csv"
        self.delimiter = ","
        self.encoding = "utf-8"
        self.first = ""  # the first line of a caller's stream, read to find the delimiter
        self._rows: Generator[Record] = _none()
        if isinstance(src, str | Path):
            self.path = as_path(src, "src")
            suffix = self.path.suffix.lower()
            kinds = {".xlsx": "xlsx", ".xlsm": "xlsx", ".parquet": "parquet", ".pq": "parquet"}
            self.kind = kinds.get(suffix, "csv")
            if self.kind == "csv":
                self.encoding, self.delimiter, _ = sniff(self._head(), str(self.path))
        elif callable(getattr(src, "read", None)):
            from hanchot.batch.writers import usable  # noqa: PLC0415

            self.stream = usable(_text_stream(src), "src", "r")
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
        first = next(self._rows, None)
        if first is None:
            raise fail(InvalidInputError, ErrorCode.FILE_EMPTY, field="src", value=self.named)
        return first.cells

    def chunks(self, width: int, *, fast: bool, one_line: frozenset[int] = frozenset()) -> Iterator[Chunk]:
        """The rows after the headings, ``width`` columns each, in chunks.

        ``one_line`` are the columns no cell of which runs over two lines (dates, periods): one that
        does is a quote out of place, and the file is refused naming the line.
        """
        if self.kind == "parquet":
            for batch in self._parquet_file().iter_batches(batch_size=CHUNK_ROWS):
                yield Chunk(list(batch.columns), batch.num_rows, {})
            return
        if fast:
            self._rows.close()
            for chunk in self._arrow_csv(width):
                if any(has_newline(chunk.columns[i]) for i in one_line):
                    raise QuoteOutOfPlace  # Python's reader finds the line
                yield chunk
            return
        yield from _chunked(self._rows, width, self.named, one_line)

    def _text_rows(self) -> Generator[Record]:
        """The CSV's records, read by Python's csv module (blank lines are not records).

        A quote that is never closed, or stray characters after a closing quote, make the file
        unreadable: the error names the line where that record starts.
        """
        csv.field_size_limit(sys.maxsize)  # a cell of any length is a cell, not an error
        if self.stream is not None:
            stream: Any = itertools.chain([self.first], self.stream)
        else:
            assert self.path is not None
            stream = self.path.open("r", encoding="utf-16" if self.encoding == "utf-16" else "utf-8-sig",
                                    newline="")
        reader = csv.reader(stream, delimiter=self.delimiter, strict=True)
        start = 1
        try:
            while True:
                start = reader.line_num + 1
                cells = next(reader, None)
                if cells is None:
                    return
                if cells:
                    yield Record(cells, start, reader.line_num - start + 1)
        except UnicodeDecodeError as error:
            raise fail(InvalidInputError, ErrorCode.FILE_LEGACY_ENCODING, field="src", value=self.named,
                       byte=f"0x{error.object[error.start]:02X}", line=start) from None
        except csv.Error:
            raise fail(InvalidInputError, ErrorCode.FILE_NOT_CSV, field="src", value=self.named,
                       line=start) from None
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

    def _xlsx(self) -> Generator[Record]:
        from hanchot.batch.rows import cell_text  # noqa: PLC0415

        workbook = _openpyxl().load_workbook(self.path, read_only=True, data_only=True)
        try:
            for line, values in enumerate(workbook.worksheets[0].iter_rows(values_only=True), start=1):
                if any(value is not None and value != "" for value in values):
                    yield Record([cell_text(value) for value in values], line, 1)
        finally:
            workbook.close()


def _none() -> Generator[Record]:
    """No rows (a source whose headings have not been read)."""
    yield from ()


class QuoteOutOfPlace(Exception):  # noqa: N818 (a signal between the readers, never shown)
    """A cell of a date or period column runs over lines: the fast reader gives way to Python's."""


def _chunked(rows: Iterator[Record], width: int, named: object, one_line: frozenset[int]) -> Iterator[Chunk]:
    """Rows of text in chunks of Arrow arrays; a row of the wrong width is padded and marked.

    Empty cells past the last column (a spreadsheet's trailing delimiters) are dropped. A record of
    the wrong width that runs over several lines is a quote out of place: the file is refused,
    naming the line, rather than have one cell swallow the records that follow.
    """
    pa = arrow()
    while True:
        block: list[list[str]] = []
        bad: dict[int, HanchotError] = {}
        for record in rows:
            cells = record.cells
            if len(cells) > width and not any(cell.strip() for cell in cells[width:]):
                cells = cells[:width]
            if record.lines > 1 and (len(cells) != width or any(
                    "\n" in cells[i] or "\r" in cells[i] for i in one_line if i < len(cells))):
                raise fail(InvalidInputError, ErrorCode.FILE_NOT_CSV, field="src", value=named,
                           line=record.line)
            if len(cells) != width:
                bad[len(block)] = fail(InvalidInputError, ErrorCode.CELL_COUNT, field="row", value=len(cells),
                                       expected=width)
                cells = (cells + [""] * width)[:width]
            block.append(cells)
            if len(block) == CHUNK_ROWS:
                break
        if not block:
            return
        columns = [pa.array([cells[i] for cells in block], pa.string()) for i in range(width)]
        yield Chunk(columns, len(block), bad)


def _openpyxl() -> Any:
    return require_module("openpyxl", "Excel (.xlsx)", "excel")



def _text_stream(stream: Any) -> Any:
    """A caller's stream as text: a binary one (standard input as bytes) is read in the encoding its
    first bytes show (UTF-8 with or without a mark, or UTF-16)."""
    try:
        probe = stream.read(0)
    except (TypeError, ValueError, OSError):  # closed, or not readable: usable() says so
        return stream
    if not isinstance(probe, bytes):
        return stream
    peek = getattr(stream, "peek", None)
    if callable(peek):
        head = bytes(peek(1 << 16))[: 1 << 16]
    else:
        data = stream.read()
        head, stream = data[: 1 << 16], io.BytesIO(data)
    encoding, _, bom = sniff(head, getattr(stream, "name", stream))
    if encoding == "utf-8" and bom:
        encoding = "utf-8-sig"
    return io.TextIOWrapper(stream, encoding=encoding, newline="")
