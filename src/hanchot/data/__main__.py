# SPDX-License-Identifier: Apache-2.0
"""Check yearly files before they ship: ``python -m hanchot.data data/holidays_vn/2027.toml``.

Exit 0 when every file loads and a calendar builds with it; 1 with the reason otherwise.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from hanchot.calendars import calendar
from hanchot.data.loader import data_directory, load_year_file
from hanchot.data.records import HolidayGroup
from hanchot.errors import HanchotError


def check(paths: Sequence[Path]) -> str:
    """Validate ``paths`` and build a calendar from the bundled data plus them; return a report.

    >>> print(check([data_directory() / "2026.toml"]))
    2026.toml: 17 records, announced: new_year, lunar_new_year, hung_kings, ..., culture_day
    """
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder)
        for path in data_directory().glob("*.toml"):
            shutil.copy(path, target / path.name)
        for path in paths:
            schedule = load_year_file(path)
            shutil.copy(path, target / path.name)
            groups = ", ".join(g.value for g in HolidayGroup if g in schedule.announced) or "none"
            lines.append(f"{path.name}: {len(schedule.records)} records, announced: {groups}")
        calendar(data_dir=target).coverage  # noqa: B018 (building the tables is the check)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m hanchot.data", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path, help="YYYY.toml files to check")
    args = parser.parse_args(argv)
    try:
        print(check(args.files))
    except (HanchotError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
