# SPDX-License-Identifier: Apache-2.0
"""The official schedules (one TOML file per year) and the statutes behind the projections."""

from hanchot.data.fields import data_directory
from hanchot.data.loader import load_year_file
from hanchot.data.records import (
    Break,
    Confidence,
    DayKind,
    DayRecord,
    Evidence,
    HolidayGroup,
    Source,
    YearSchedule,
)
from hanchot.data.statutes import Era, Statutes, load_statutes
from hanchot.data.validate import DataSet, data_files, load_data, load_directory, load_files

__all__ = [
    "Break",
    "Confidence",
    "DataSet",
    "DayKind",
    "DayRecord",
    "Era",
    "Evidence",
    "HolidayGroup",
    "Source",
    "Statutes",
    "YearSchedule",
    "data_directory",
    "data_files",
    "load_data",
    "load_directory",
    "load_files",
    "load_statutes",
    "load_year_file",
]
