# SPDX-License-Identifier: Apache-2.0
"""Check data files before they ship: ``hanchot dulieu data/holidays_vn/2027.toml``.

A file (``YYYY.toml`` or ``statutes.toml``) is checked with the bundled data around it,
in its place; a directory is checked as ``calendar(data_dir=…)`` reads it. Both go
through :func:`hanchot.data.load_files`, the validation every calendar runs, so the
check refuses exactly what a calendar would, and names the file, record and field of
the first problem.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hanchot.data import DataSet, HolidayGroup, data_files, load_files
from hanchot.data.fields import as_path
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["check"]


def check(paths: Sequence[Path]) -> list[tuple[str, int, tuple[str, ...]]]:
    """Validate ``paths`` (files, with the bundled data around them, or data directories).

    Returns (file name, number of records, announced groups) for each yearly file, and
    (``statutes.toml``, number of eras, ()) for a statutes file; raises
    :class:`~hanchot.errors.DataFileError` at the first problem.

    >>> from hanchot.data import data_directory
    >>> name, records, groups = check([data_directory() / "2026.toml"])[0]
    >>> name, records, groups[-1]
    ('2026.toml', 17, 'culture_day')
    """
    if isinstance(paths, str | bytes | Path) or not isinstance(paths, Sequence):
        raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field="paths", value=paths)
    given = [as_path(path, "paths") for path in paths]
    report: list[tuple[str, int, tuple[str, ...]]] = []
    for folder in (path for path in given if path.is_dir()):
        report += _report(load_files(data_files(folder)), data_files(folder))
    files = [path for path in given if not path.is_dir()]
    if files:
        around = {path.name: path for path in data_files()} | {path.name: path for path in files}
        report += _report(load_files(list(around.values())), files)
    return report


def _report(data: DataSet, files: Sequence[Path]) -> list[tuple[str, int, tuple[str, ...]]]:
    by_path = {schedule.path: schedule for schedule in data.schedules.values()}
    out: list[tuple[str, int, tuple[str, ...]]] = []
    for path in files:
        schedule = by_path.get(str(path))
        if schedule is None:  # the statutes
            out.append((path.name, len(data.statutes.eras), ()))
        else:
            out.append((path.name, len(schedule.records),
                        tuple(g.value for g in HolidayGroup if g in schedule.announced)))
    return out
