# SPDX-License-Identifier: Apache-2.0
"""Read and validate one yearly schedule, ``data/holidays_vn/YYYY.toml``.

A file that breaks a rule fails loudly, naming the file, the record and the field:

>>> import tempfile, pathlib
>>> bad = pathlib.Path(tempfile.mkdtemp()) / "2024.toml"
>>> _ = bad.write_text('year = 2024\\nannounced = []\\n[[day]]\\ndate = 2024-13-01\\n')
>>> load_year_file(bad)
Traceback (most recent call last):
...
hanchot.errors.DataFileError: .../2024.toml: không phải TOML hợp lệ (lỗi ở dòng 4, cột 12)

The rules that need the other files too (a break running into the next year, a make-up
day recorded in the year before) are :func:`hanchot.data.load_data`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from hanchot.data.fields import (
    TOP,
    as_path,
    known_fields,
    read_sources,
    read_toml,
    require_enum,
    require_field,
    tables_of,
)
from hanchot.data.records import (
    Break,
    Confidence,
    DayKind,
    DayRecord,
    HolidayGroup,
    ReadLevel,
    Source,
    YearSchedule,
)
from hanchot.errors import DataFileError, ErrorCode
from hanchot.messages import fail, shown

__all__ = ["load_year_file"]  # day_place and break_place name records for the data room's messages

_FILE_KINDS = tuple(kind.value for kind in (DayKind.HOLIDAY, DayKind.COMPENSATORY, DayKind.SWAPPED_OFF,
                                             DayKind.MAKEUP_WORK, DayKind.SPECIAL_OFF))
_DAY_FIELDS = {
    "date": date,
    "kind": str,
    "group": str,
    "name_vi": str,
    "name_en": str,
    "source": str,
    "confidence": str,
}
_DAY_KEYS = (*_DAY_FIELDS, "note")
_BREAK_KEYS = ("groups", "first", "last", "makeup_work", "source")
_TOP_KEYS = ("year", "announced", "summary", "source", "break", "day", "holidays_package")
#: The read levels a record's confidence needs of its source: an official day rests on a notice
#: read or faithfully reported; a cited one on a notice only seen cited.
_READ_FOR = {Confidence.OFFICIAL: frozenset({ReadLevel.PRIMARY, ReadLevel.REPORT}),
             Confidence.CITED: frozenset({ReadLevel.CITATION})}
_PACKAGE_FIELDS = {"checked": str, "agrees": bool, "differences": list}  # tools/compare_holidays_pkg.py
_SATURDAY = 5


def day_place(number: int, day: object) -> str:
    """How a message names the ``number``-th ``[[day]]`` of a file.

    >>> day_place(12, date(2024, 9, 2))
    '[[day]] #12 (date = 2024-09-02)'
    """
    return f"[[day]] #{number} (date = {shown(day)})"


def break_place(number: int, first: object, last: object) -> str:
    """How a message names the ``number``-th ``[[break]]`` of a file.

    >>> break_place(5, date(2024, 8, 31), date(2024, 9, 3))
    '[[break]] #5 (2024-08-31 – 2024-09-03)'
    """
    return f"[[break]] #{number} ({shown(first)} – {shown(last)})"


def _source_of(path: Path, where: str, table: Mapping[str, Any], sources: Mapping[str, Source]) -> Source:
    key = require_field(path, where, table, "source", str)
    if key not in sources:
        raise fail(DataFileError, ErrorCode.DATA_UNKNOWN_SOURCE, field="source", value=key, path=str(path),
                   where=where, known=tuple(sources))
    return sources[key]


def _day(path: Path, index: int, table: Mapping[str, Any], sources: Mapping[str, Source],
         year: int) -> DayRecord:
    where = day_place(index + 1, table.get("date"))
    known_fields(path, where, table, _DAY_KEYS)
    values = {name: require_field(path, where, table, name, kind) for name, kind in _DAY_FIELDS.items()}
    day: date = values["date"]
    if day.year != year:
        raise fail(DataFileError, ErrorCode.DATA_DATE_OUTSIDE_YEAR, field="date", value=day, path=str(path),
                   where=where, year=year)
    if values["kind"] not in _FILE_KINDS:  # what a notice fixes, not what a calendar adds
        raise fail(DataFileError, ErrorCode.DATA_NOT_ONE_OF, field="kind", value=values["kind"],
                   path=str(path), where=where, allowed=_FILE_KINDS)
    kind = DayKind(values["kind"])
    weekend = day.weekday() >= _SATURDAY
    if kind is DayKind.MAKEUP_WORK and not weekend:
        raise fail(DataFileError, ErrorCode.DATA_MAKEUP_NOT_WEEKEND, field="date", value=day, path=str(path),
                   where=where)
    if kind in (DayKind.SWAPPED_OFF, DayKind.COMPENSATORY) and weekend:
        raise fail(DataFileError, ErrorCode.DATA_DAY_OFF_NOT_WEEKDAY, field="date", value=day,
                   path=str(path), where=where, kind=kind.value)
    source = _source_of(path, where, table, sources)
    confidence = require_enum(path, where, "confidence", values["confidence"], Confidence)
    allowed = _READ_FOR.get(confidence)
    if allowed is not None and source.read not in allowed:  # a record claims what its source's reading gives
        raise fail(DataFileError, ErrorCode.DATA_CONFIDENCE_UNREAD, field="confidence",
                   value=confidence.value, path=str(path), where=where, source=source.id,
                   read=source.read.value)
    return DayRecord(
        date=day,
        kind=kind,
        group=require_enum(path, where, "group", values["group"], HolidayGroup),
        name_vi=values["name_vi"],
        name_en=values["name_en"],
        source=source,
        confidence=confidence,
        note=require_field(path, where, table, "note", str, may_be_empty=True) if "note" in table else "",
    )


def _break(path: Path, index: int, table: Mapping[str, Any], sources: Mapping[str, Source],
           year: int) -> Break:
    where = break_place(index + 1, table.get("first"), table.get("last"))
    known_fields(path, where, table, _BREAK_KEYS)
    first = require_field(path, where, table, "first", date)
    last = require_field(path, where, table, "last", date)
    if first > last or not first.year <= year <= last.year:
        raise fail(DataFileError, ErrorCode.DATA_BREAK_SPAN, field="first", value=first, path=str(path),
                   where=where, last=last, year=year)
    groups = require_field(path, where, table, "groups", list)
    if not groups:
        raise fail(DataFileError, ErrorCode.DATA_FIELD_EMPTY, field="groups", value=groups, path=str(path),
                   where=where)
    makeup = require_field(path, where, table, "makeup_work", list) if "makeup_work" in table else []
    for day in makeup:
        require_field(path, where, {"makeup_work": day}, "makeup_work", date)
    return Break(
        groups=tuple(require_enum(path, where, "groups", value, HolidayGroup) for value in groups),
        first=first,
        last=last,
        makeup_work=tuple(makeup),
        source=_source_of(path, where, table, sources),
        number=index + 1,
    )


def _package(path: Path, document: Mapping[str, Any]) -> None:
    """The ``[holidays_package]`` table the comparison tool writes: its fields only."""
    if "holidays_package" in document:
        where = "[holidays_package]"
        table = require_field(path, TOP, document, "holidays_package", dict)
        known_fields(path, where, table, tuple(_PACKAGE_FIELDS))
        for name, kind in _PACKAGE_FIELDS.items():
            require_field(path, where, table, name, kind)


def load_year_file(path: Path | str) -> YearSchedule:
    """Read one ``YYYY.toml`` and check every record; raise :class:`DataFileError` if bad.

    >>> from hanchot.data import data_directory
    >>> schedule = load_year_file(data_directory() / "2024.toml")
    >>> [str(r.date) for r in schedule.records if r.kind is DayKind.MAKEUP_WORK]
    ['2024-05-04']
    >>> [(str(b.first), str(b.last)) for b in schedule.breaks if HolidayGroup.NATIONAL_DAY in b.groups]
    [('2024-08-31', '2024-09-03')]
    """
    path = as_path(path, "path")
    document = read_toml(path)
    known_fields(path, TOP, document, _TOP_KEYS)
    year = require_field(path, TOP, document, "year", int)
    if path.stem != str(year):
        raise fail(DataFileError, ErrorCode.DATA_YEAR_MISMATCH, field="year", value=year, path=str(path),
                   where=TOP, name=path.name)
    announced_raw = require_field(path, TOP, document, "announced", list)
    announced = frozenset(
        require_enum(path, TOP, "announced", value, HolidayGroup) for value in announced_raw
    )
    summary = require_field(path, TOP, document, "summary", str) if "summary" in document else ""
    _package(path, document)
    sources = read_sources(path, document)
    breaks = tuple(_break(path, index, table, sources, year)
                   for index, table in enumerate(tables_of(path, document, "break")))
    stated = {g for b in breaks for g in b.groups}
    unstated = [g for g in HolidayGroup if g in announced and g not in stated]
    if unstated:  # a file cut short, or a group announced and forgotten: its holidays would be working days
        raise fail(DataFileError, ErrorCode.DATA_GROUP_WITHOUT_BREAK, field="announced",
                   value=unstated[0].value, path=str(path), where=TOP)
    records: list[DayRecord] = []
    numbers: dict[date, int] = {}
    for index, table in enumerate(tables_of(path, document, "day")):
        record = _day(path, index, table, sources, year)
        if record.date in numbers:
            raise fail(DataFileError, ErrorCode.DATA_DUPLICATE, field="date", value=record.date,
                       path=str(path), where=day_place(index + 1, record.date))
        numbers[record.date] = index + 1
        records.append(record)
    return YearSchedule(
        year=year,
        records=tuple(sorted(records, key=lambda r: r.date)),
        announced=announced,
        summary=summary,
        path=str(path),
        breaks=breaks,
        numbers=numbers,
    )

