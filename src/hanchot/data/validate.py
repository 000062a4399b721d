# SPDX-License-Identifier: Apache-2.0
"""A data directory read whole and checked across its files: what a calendar is built from.

:func:`load_files` is the one validation: the check a maintainer runs (``hanchot
dulieu``) and every calendar built from data call it, so the check reports exactly
what a calendar would refuse. Beyond each file's own rules (:func:`load_year_file`,
:func:`load_statutes`) it checks that each year lies in coverage and that each
announced break is whole: every weekday from its ``first`` to its ``last`` day has a
day-off record of its groups, every day off of a group lies in one of its breaks, each
swapped day off has its make-up day and each make-up day its swap, and each holiday on
a weekly rest day has its nghỉ bù. A break or a make-up day may reach into the next or
the previous year's file (31/12/2012 was swapped for New Year 2013).

Files are read again only when one has changed (its modification time or size), so a
calendar built after an edit sees the edit:

>>> data = load_data()
>>> data is load_data(), sorted(data.schedules)[:2]
(True, [2010, 2011])
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from hanchot.data.fields import TOP, as_path, data_directory, stamp
from hanchot.data.loader import break_place, day_place, load_year_file
from hanchot.data.records import Break, DayKind, DayRecord, YearSchedule
from hanchot.data.statutes import Statutes, load_statutes
from hanchot.errors import DataFileError, ErrorCode, InvalidInputError
from hanchot.messages import fail, os_reason

__all__ = ["DataSet", "data_files", "load_data", "load_directory", "load_files"]

STATUTES = "statutes.toml"
_YEAR_FILE = re.compile(r"[0-9]{4}\.toml")
_SATURDAY = 5


@dataclass(frozen=True, slots=True, eq=False)
class DataSet:
    """The statutes and the yearly schedules of a data directory, checked together.

    Compared by identity: the same files, unchanged, give the very same object.
    """

    statutes: Statutes
    schedules: Mapping[int, YearSchedule]


def data_files(directory: Path | str | None = None) -> list[Path]:
    """The files a calendar reads in ``directory`` (the bundled one by default): years, then statutes.

    >>> [path.name for path in data_files()][:2]
    ['2010.toml', '2011.toml']
    """
    return [Path(name) for name, _, _ in _scan(directory)]


def load_data(directory: Path | str | None = None) -> DataSet:
    """Read and check the data directory a calendar reads (the bundled one by default).

    >>> data = load_data()
    >>> data.statutes.first_day, [b.first for b in data.schedules[2013].breaks][0]
    (datetime.date(2000, 1, 1), datetime.date(2012, 12, 29))
    """
    return _load(_scan(directory))


def _scan(directory: Path | str | None) -> tuple[tuple[str, int, int], ...]:
    """The stamps of the files a calendar reads in a directory: its ``YYYY.toml`` in order, then its
    statutes (one listing of the directory: it is read each time a calendar is built)."""
    folder = data_directory() if directory is None else as_path(directory, "directory")
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if _YEAR_FILE.fullmatch(entry.name):
                    status = entry.stat()
                    found.append((entry.path, status.st_mtime_ns, status.st_size))
    except OSError as error:
        raise fail(DataFileError, ErrorCode.DATA_UNREADABLE, field="directory", value=str(folder),
                   path=str(folder), reason=os_reason(error)) from None
    if not found:
        raise fail(DataFileError, ErrorCode.DATA_NO_FILES, field="directory", value=str(folder),
                   path=str(folder))
    return (*sorted(found), *stamp([folder / STATUTES]))


def load_directory(directory: Path | str | None = None) -> dict[int, YearSchedule]:
    """The yearly schedules of a directory (the bundled one by default), keyed by year, all checked.

    >>> schedules = load_directory()
    >>> min(schedules), 2026 in schedules
    (2010, True)
    """
    return dict(load_data(directory).schedules)


def load_files(files: Sequence[Path]) -> DataSet:
    """Check ``files`` (a list of paths) together, as one data directory: ``YYYY.toml`` files and a
    ``statutes.toml`` (the bundled one if none is given).

    Raises :class:`~hanchot.errors.DataFileError` at the first problem, naming its file,
    record and field. Unchanged files are not read again.

    >>> folder = data_directory()
    >>> sorted(load_files([folder / "2025.toml", folder / "statutes.toml"]).schedules)
    [2025]
    """
    if isinstance(files, str | bytes | Path) or not isinstance(files, Sequence):
        raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field="files", value=files)
    paths = [as_path(path, "files") for path in files]
    return _load(stamp(sorted(paths, key=lambda path: path.name)))


@lru_cache(maxsize=16)
def _load(files: tuple[tuple[str, int, int], ...]) -> DataSet:
    paths = [Path(name) for name, _, _ in files]
    statutes = load_statutes(next((path for path in paths if path.name == STATUTES), None))
    schedules: dict[int, YearSchedule] = {}
    for path in paths:
        if path.name == STATUTES:
            continue
        schedule = load_year_file(path)
        if not statutes.first_day.year <= schedule.year <= statutes.last_day.year:
            raise fail(DataFileError, ErrorCode.DATA_YEAR_OUT_OF_COVERAGE, field="year", value=schedule.year,
                       path=str(path), where=TOP, first=statutes.first_day.year, last=statutes.last_day.year)
        schedules[schedule.year] = schedule
    _check_breaks(schedules)
    return DataSet(statutes, schedules)



def _check_breaks(schedules: Mapping[int, YearSchedule]) -> None:
    """Each announced break whole, and each day off of an announced group inside one of its breaks."""
    records = {r.date: (r, s) for s in schedules.values() for r in s.records}
    breaks = [(b, s) for s in schedules.values() for b in s.breaks]
    for schedule in schedules.values():
        for record in schedule.records:
            _check_record(record, schedule, [b for b, _ in breaks if record.group in b.groups])
    for found, schedule in breaks:
        _check_break(found, schedule, records)


def _check_record(record: DayRecord, schedule: YearSchedule, breaks: list[Break]) -> None:
    where = day_place(schedule.numbers[record.date], record.date)
    group = record.group.value if record.group else None
    if record.kind is DayKind.MAKEUP_WORK:
        if not any(record.date in b.makeup_work for b in breaks):
            raise fail(DataFileError, ErrorCode.DATA_MAKEUP_UNLISTED, field="date", value=record.date,
                       path=schedule.path, where=where, group=group)
    elif not any(b.first <= record.date <= b.last for b in breaks):
        spans = ", ".join(f"{b.first.isoformat()} – {b.last.isoformat()}" for b in breaks
                          if b.first.year <= record.date.year <= b.last.year) or "—"
        raise fail(DataFileError, ErrorCode.DATA_OUTSIDE_BREAK, field="date", value=record.date,
                   path=schedule.path, where=where, kind=record.kind.value, group=group, spans=spans)


def _check_break(found: Break, schedule: YearSchedule,
                 records: Mapping[date, tuple[DayRecord, YearSchedule]]) -> None:
    where = break_place(found.number, found.first, found.last)
    groups = tuple(g.value for g in found.groups)
    inside: list[DayRecord] = []
    day = found.first
    while day <= found.last:
        record = records.get(day, (None, None))[0]
        if record is not None and record.group in found.groups:
            inside.append(record)
        elif day.weekday() < _SATURDAY:
            raise fail(DataFileError, ErrorCode.DATA_BREAK_GAP, field="date", value=day, path=schedule.path,
                       where=where, groups=groups, file=f"{day.year}.toml")
        day += timedelta(days=1)
    swapped = [r.date.isoformat() for r in inside if r.kind is DayKind.SWAPPED_OFF]
    if len(swapped) != len(found.makeup_work):
        raise fail(DataFileError, ErrorCode.DATA_SWAP_UNPAIRED, field="makeup_work",
                   value=[d.isoformat() for d in found.makeup_work], path=schedule.path, where=where,
                   swapped=len(swapped), days=", ".join(swapped) or "—", makeup=len(found.makeup_work))
    for makeup in found.makeup_work:
        record = records.get(makeup, (None, None))[0]
        if record is None or record.kind is not DayKind.MAKEUP_WORK or record.group not in found.groups:
            raise fail(DataFileError, ErrorCode.DATA_MAKEUP_NOT_RECORDED, field="makeup_work", value=makeup,
                       path=schedule.path, where=where, groups=groups, file=f"{makeup.year}.toml")
    weekend = sum(r.kind is DayKind.HOLIDAY and r.date.weekday() >= _SATURDAY for r in inside)
    compensatory = sum(r.kind is DayKind.COMPENSATORY for r in inside)
    if weekend != compensatory:
        raise fail(DataFileError, ErrorCode.DATA_COMPENSATION, field="kind", value=compensatory,
                   path=schedule.path, where=where, weekend=weekend)
