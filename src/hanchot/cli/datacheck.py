# SPDX-License-Identifier: Apache-2.0
"""Check yearly files before they ship: ``hanchot dulieu data/holidays_vn/2027.toml``.

Each file is read and validated, then a calendar is built from the bundled data
with the files in place; the first problem is reported with its file, record and field.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from hanchot.calendars import calendar
from hanchot.data import HolidayGroup, data_directory, load_year_file
from hanchot.data.loader import as_path
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail

__all__ = ["check"]


def check(paths: Sequence[Path]) -> list[tuple[str, int, tuple[str, ...]]]:
    """Validate ``paths`` and build a calendar from the bundled data plus them.

    Returns (file name, number of records, announced groups) for each file; raises
    :class:`~hanchot.errors.DataFileError` at the first problem.

    >>> from hanchot.data import data_directory
    >>> name, records, groups = check([data_directory() / "2026.toml"])[0]
    >>> name, records, groups[-1]
    ('2026.toml', 17, 'culture_day')
    """
    if isinstance(paths, str | bytes | Path) or not isinstance(paths, Sequence):
        raise fail(InvalidInputError, ErrorCode.NOT_A_PATH, field="paths", value=paths)
    files = [as_path(path, "paths") for path in paths]
    report = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder)
        for path in data_directory().glob("*.toml"):
            shutil.copy(path, target / path.name)
        for path in files:
            schedule = load_year_file(path)
            shutil.copy(path, target / path.name)
            report.append((path.name, len(schedule.records),
                           tuple(g.value for g in HolidayGroup if g in schedule.announced)))
        calendar(data_dir=target).coverage  # noqa: B018 (building the tables is the check)
    return report
