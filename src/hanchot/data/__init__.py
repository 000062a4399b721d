# SPDX-License-Identifier: Apache-2.0
"""The official schedules (one TOML file per year) and the statutes behind the projections."""

from hanchot.data.loader import data_directory, load_directory, load_year_file
from hanchot.data.records import Confidence, DayKind, DayRecord, HolidayGroup, Source, YearSchedule
from hanchot.data.statutes import Era, Statutes, load_statutes

__all__ = [
    "Confidence",
    "DayKind",
    "DayRecord",
    "Era",
    "HolidayGroup",
    "Source",
    "Statutes",
    "YearSchedule",
    "data_directory",
    "load_directory",
    "load_statutes",
    "load_year_file",
]
