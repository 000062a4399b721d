# SPDX-License-Identifier: Apache-2.0
"""Reading a data file: its bytes as TOML, and each table's fields, named and typed.

Every check names the file, the record (``where``) and the field, and says what
would be valid:

>>> import tempfile, pathlib
>>> bad = pathlib.Path(tempfile.mkdtemp()) / "2024.toml"
>>> _ = bad.write_text('year = 2024\\nanounced = []\\n')
>>> known_fields(bad, TOP, read_toml(bad), ("year", "announced", "summary"))
Traceback (most recent call last):
...
hanchot.errors.DataFileError: ...: không có trường 'anounced' (có phải là 'announced'?); ...
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from hanchot.data.records import Confidence, DayKind, HolidayGroup, ReadLevel, Source
from hanchot.errors import DataFileError, ErrorCode, InvalidInputError
from hanchot.messages import Message, Text, fail, os_reason, say, shown

# known_fields, read_sources, require_enum, require_field, stamp and tables_of serve the data room alone
__all__ = ["TOP", "as_path", "data_directory", "read_toml"]

TOP = Text.TOML_TOP  # where a top-level key is, in a message (a code: its text loads only if shown)
_KINDS = {date: Text.KIND_DATE, str: Text.KIND_TEXT, int: Text.KIND_NUMBER, list: Text.KIND_LIST,
          bool: Text.KIND_BOOLEAN, dict: Text.KIND_TABLE}
_SOURCE_FIELDS = {"id": str, "document": str, "issuer": str, "title": str}
_SOURCE_EXTRAS = ("based_on", "excerpt", "date_note", "cited_in")
_SOURCE_KEYS = (*_SOURCE_FIELDS, "url", "url_found", "url_checked", "read", "date", *_SOURCE_EXTRAS)


@cache
def data_directory() -> Path:
    """The directory of the bundled yearly files (found once: the package does not move).

    In an installed wheel they live in ``hanchot/_data/holidays_vn``; in a
    source checkout (an editable install) they are read from ``data/holidays_vn``.

    >>> (data_directory() / "2026.toml").is_file()
    True
    """
    bundled = Path(str(resources.files("hanchot"))) / "_data" / "holidays_vn"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[3] / "data" / "holidays_vn"


def as_path(value: object, name: str) -> Path:
    """``value`` as a :class:`~pathlib.Path` if it is a path or a string naming one, else a clear error.

    >>> as_path("data/holidays_vn", "data_dir").name
    'holidays_vn'
    """
    if isinstance(value, Path):
        return value
    if isinstance(value, str) and value and "\0" not in value:
        return Path(value)
    raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field=name, value=value)


def read_toml(path: Path | str) -> dict[str, Any]:
    """The TOML document in ``path``; :class:`DataFileError` if it cannot be read or parsed.

    A file is UTF-8, with or without the mark (BOM) some Windows editors write first, which
    is skipped; UTF-16, or any other encoding, is refused with the file's name.

    >>> read_toml(data_directory() / "2026.toml")["year"]
    2026
    """
    path = as_path(path, "path")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise fail(DataFileError, ErrorCode.DATA_UNREADABLE, field="path", value=str(path),
                   path=str(path), reason=os_reason(error)) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\0" in data:  # UTF-16 (TOML text has no NUL)
        raise fail(DataFileError, ErrorCode.DATA_NOT_TOML, field="path", value=str(path), path=str(path),
                   where=say(Text.TOML_UTF16))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise fail(DataFileError, ErrorCode.DATA_NOT_TOML, field="path", value=str(path), path=str(path),
                   where=say(Text.TOML_NOT_UTF8, byte=f"0x{data[error.start]:02X}",
                             line=data.count(b"\n", 0, error.start) + 1)) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise fail(DataFileError, ErrorCode.DATA_NOT_TOML, field="path", value=str(path), path=str(path),
                   where=_toml_place(str(error))) from None


def _toml_place(reason: str) -> Message:
    """Where the TOML reader stopped, from its message (its English words are never shown).

    >>> _toml_place("Invalid value (at line 3, column 7)").text("en")
    'error at line 3, column 7'
    """
    found = re.search(r"line (\d+), column (\d+)", reason)
    if found is None:
        return say(Text.TOML_AT_END)
    return say(Text.TOML_AT, line=int(found[1]), column=int(found[2]))


def known_fields(path: Path, where: str | Text, table: Mapping[str, Any], allowed: Collection[str]) -> None:
    """Refuse a field ``table`` should not have (a typo, most often), suggesting the close valid name."""
    for name in table:
        if name not in allowed:
            close = difflib.get_close_matches(name, list(allowed), n=1, cutoff=0.6)
            guess = say(Text.GUESS, name=shown(close[0])) if close else ""
            raise fail(DataFileError, ErrorCode.DATA_UNKNOWN_FIELD, field=name, value=table[name],
                       path=str(path), where=where, guess=guess, allowed=tuple(allowed))


def require_field(path: Path, where: str | Text, table: Mapping[str, Any], name: str, kind: type, *,
                  may_be_empty: bool = False) -> Any:
    """``table[name]``, of ``kind`` (text not empty unless ``may_be_empty``), else the error that names it."""
    if name not in table:
        raise fail(DataFileError, ErrorCode.DATA_FIELD_MISSING, field=name, path=str(path), where=where)
    value = table[name]
    wrong = (not (isinstance(value, date) and type(value) is date) if kind is date
             else not isinstance(value, kind) or (kind is int and isinstance(value, bool)))
    if wrong:
        raise fail(DataFileError, ErrorCode.DATA_FIELD_TYPE, field=name, value=value, path=str(path),
                   where=where, kind=say(_KINDS[kind]))
    if isinstance(value, str) and not value.strip() and not may_be_empty:
        raise fail(DataFileError, ErrorCode.DATA_FIELD_EMPTY, field=name, value=value, path=str(path),
                   where=where)
    return value


_E = TypeVar("_E", DayKind, Confidence, HolidayGroup, ReadLevel)


def require_enum(path: Path, where: str | Text, name: str, value: object, enum: type[_E]) -> _E:
    """The member of ``enum`` that ``value`` names, else the error that lists them."""
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    raise fail(DataFileError, ErrorCode.DATA_NOT_ONE_OF, field=name, value=value, path=str(path), where=where,
               allowed=tuple(member.value for member in enum))


def tables_of(path: Path, document: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """The array of tables ``[[key]]`` (none if absent), else the error that says it is not one."""
    tables = document.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise fail(DataFileError, ErrorCode.DATA_NOT_TABLES, field=key, path=str(path))
    return tables


def read_sources(path: Path, document: Mapping[str, Any]) -> dict[str, Source]:
    """The ``[[source]]`` tables of a file (a year's or the statutes'), by id, each checked.

    A source's ``url`` is where its text was read: an ``https://`` address, nothing else.
    """
    sources: dict[str, Source] = {}
    for index, table in enumerate(tables_of(path, document, "source")):
        source = _source(path, index, table)
        if source.id in sources:
            raise fail(DataFileError, ErrorCode.DATA_DUPLICATE, field="id", value=source.id, path=str(path),
                       where=_source_place(index, source.id))
        sources[source.id] = source
    return sources


def _source_place(index: int, key: object) -> str:
    return f"[[source]] #{index + 1} (id = {shown(key)})"


def _source(path: Path, index: int, table: Mapping[str, Any]) -> Source:
    where = _source_place(index, table.get("id"))
    known_fields(path, where, table, _SOURCE_KEYS)
    values = {name: require_field(path, where, table, name, kind) for name, kind in _SOURCE_FIELDS.items()}
    read = require_enum(path, where, "read", require_field(path, where, table, "read", str), ReadLevel)
    if "url" in table or read is not ReadLevel.CITATION:  # only a document seen cited may have no address
        values["url"] = _address(path, where, table)
        values["url_found"] = require_field(path, where, table, "url_found", bool)
        values["url_checked"] = require_field(path, where, table, "url_checked", date)
    else:
        values["url"] = None
        require_field(path, where, table, "cited_in", str)  # ... and then it says where it was seen cited
    extras = {name: require_field(path, where, table, name, str) for name in _SOURCE_EXTRAS if name in table}
    if "date" not in table and "date_note" not in table:
        raise fail(DataFileError, ErrorCode.DATA_SOURCE_DATE_MISSING, field="date", path=str(path),
                   where=where)
    day = require_field(path, where, table, "date", date) if "date" in table else None
    return Source(read=read, date=day, **values, **extras)


def _address(path: Path, where: str, table: Mapping[str, Any]) -> str:
    """A source's ``url``: an https address, else a clear error."""
    url: str = require_field(path, where, table, "url", str)
    address = urlsplit(url)
    if address.scheme != "https" or not address.hostname or any(c.isspace() for c in url):
        raise fail(DataFileError, ErrorCode.DATA_NOT_HTTPS, field="url", value=url, path=str(path),
                   where=where)
    return url


def stamp(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """How the files are now, (path, modification time in ns, size) each: what changes when one is edited.

    A file that cannot be read is stamped (-1, -1); reading it then says why.
    """
    out = []
    for path in paths:
        try:
            status = path.stat()
        except OSError:
            out.append((str(path), -1, -1))
        else:
            out.append((str(path), status.st_mtime_ns, status.st_size))
    return tuple(out)
