# SPDX-License-Identifier: Apache-2.0
"""The values a year's schedule is made of: sources, day records, and their kinds."""

from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from hanchot.errors import Choice
from hanchot.messages import Text, say

__all__ = [
    "Break",
    "Confidence",
    "DayKind",
    "DayRecord",
    "Evidence",
    "HolidayGroup",
    "ReadLevel",
    "Source",
    "YearSchedule",
]


class DayKind(Choice):
    """What a day is, for a working-day calendar."""

    WORKING = "working"
    WEEKEND = "weekend"
    #: A public holiday of the Labour Code (Art. 112 of the 2019 Code), Tết days included.
    HOLIDAY = "holiday"
    #: Nghỉ bù: a day off because a holiday fell on a weekly rest day.
    COMPENSATORY = "compensatory"
    #: A weekday given off to civil servants in exchange for a Saturday worked (hoán đổi).
    SWAPPED_OFF = "swapped_off"
    #: The Saturday (rarely Sunday) civil servants work in exchange (làm bù).
    MAKEUP_WORK = "makeup_work"
    #: Any other paid day off set by a legal act, e.g. 24/11 Ngày Văn hóa Việt Nam in 2026.
    SPECIAL_OFF = "special_off"
    #: A day off added by a custom calendar (a local holiday).
    LOCAL_OFF = "local_off"
    #: A working day added by a custom calendar.
    LOCAL_WORK = "local_work"

    @property
    def is_off(self) -> bool:
        """Whether a day of this kind is a day off."""
        return self not in _WORKING_KINDS

    def label(self, lang: object = "vi") -> str:
        """What this kind of day is called, in ``lang``.

        >>> DayKind.MAKEUP_WORK.label(), DayKind.MAKEUP_WORK.label("en")
        ('làm bù', 'make-up working day')
        """
        return say(self).text(lang)

    @property
    def civil_service_only(self) -> bool:
        """Swaps bind the public sector only, never enterprises."""
        return self in (DayKind.SWAPPED_OFF, DayKind.MAKEUP_WORK)


_WORKING_KINDS = frozenset({DayKind.WORKING, DayKind.MAKEUP_WORK, DayKind.LOCAL_WORK})


class Confidence(Choice):
    """How a record is known."""

    #: Read in the notice that fixes it, or in a faithful report of it.
    OFFICIAL = "official"
    #: Follows from the statute alone; no notice was read (or none exists yet).
    STATUTORY = "statutory"
    #: Arranged by a notice known only from citations (neither its text nor a faithful report of it
    #: was found): recorded with that notice as its source, but the day stays provisional.
    CITED = "cited"
    #: Set by the caller of a custom calendar (a local day off or on).
    CUSTOM = "custom"


class Evidence(Choice):
    """How an answer about a day is known: what was read for it (docs/data.md, "Read levels").

    >>> Evidence.NOTICE_REPORTED.label("en")
    'notice known from press reports'
    """

    #: A notice whose own text was read.
    NOTICE_READ = "notice_read"
    #: A notice known from faithful press or agency reports of it.
    NOTICE_REPORTED = "notice_reported"
    #: A notice seen only cited by others: recorded, not confirmed; the day is provisional.
    NOTICE_CITED = "notice_cited"
    #: The statute alone, in a year whose notices are known (a weekend, 1/1 with no notice needed).
    STATUTE = "statute"
    #: The statute's projection for a year (or holiday) that no notice has fixed yet.
    PROJECTED = "projected"
    #: The caller's own day off or working day (a custom calendar).
    CUSTOM = "custom"

    def label(self, lang: object = "vi") -> str:
        """What this level says, in ``lang``."""
        return say(self).text(lang)


class HolidayGroup(Choice):
    """The holidays that a notice announces together, with the swaps and nghỉ bù they bring."""

    NEW_YEAR = "new_year"
    LUNAR_NEW_YEAR = "lunar_new_year"
    HUNG_KINGS = "hung_kings"
    REUNIFICATION_LABOUR = "reunification_labour"
    NATIONAL_DAY = "national_day"
    CULTURE_DAY = "culture_day"


class ReadLevel(Choice):
    """How the text behind a record was read."""

    #: The document's own text.
    PRIMARY = "primary"
    #: A faithful press or agency report of the document.
    REPORT = "report"
    #: Only citations of the document, by others.
    CITATION = "citation"


@dataclass(frozen=True, slots=True)
class Source:
    """A legal document, and where its text was read."""

    id: str
    document: str
    issuer: str
    #: None only when no text read gives it; ``date_note`` then says why. (``_datetime.date``: in a
    #: slotted class a field named ``date`` shadows the type, and pydantic would read the field.)
    date: _datetime.date | None
    # what follows is there to read, not to show in a repr: a notebook shows the citation, not the page
    title: str = field(repr=False)
    #: Where the text (or the report of it) was read; None for a document seen only cited, which
    #: ``cited_in`` then describes.
    url: str | None = field(repr=False)
    read: ReadLevel = field(repr=False)
    based_on: str = field(default="", repr=False)
    excerpt: str = field(default="", repr=False)
    date_note: str = field(default="", repr=False)
    #: Whether ``url`` was found in the stored web when last checked (``url_checked``); False marks an
    #: address that could not be reached from there, which a maintainer should check again.
    url_found: bool | None = field(default=None, repr=False)
    url_checked: _datetime.date | None = field(default=None, repr=False)
    cited_in: str = field(default="", repr=False)

    def as_json(self) -> dict[str, object]:
        """The source for a program: every field, dates in ISO 8601 (what pydantic gives too).

        >>> from hanchot import calendar
        >>> data = calendar().day(date(2026, 1, 10)).source.as_json()
        >>> data["document"], data["read"], data["date"]
        ('Công văn 12729/VPCP-KGVX', 'report', '2025-12-25')
        """
        return {"id": self.id, "document": self.document, "issuer": self.issuer,
                "date": None if self.date is None else self.date.isoformat(), "title": self.title,
                "url": self.url, "read": self.read.value, "based_on": self.based_on, "excerpt": self.excerpt,
                "date_note": self.date_note, "url_found": self.url_found,
                "url_checked": None if self.url_checked is None else self.url_checked.isoformat(),
                "cited_in": self.cited_in}

    def cite(self, lang: object = "vi") -> str:
        """A short citation: number, issuer, date (or that the date is unknown, in ``lang``).

        >>> from datetime import date
        >>> Source("x", "Thông báo 5015/TB-LĐTBXH", "Bộ LĐTBXH", date(2023, 11, 22), "", "",
        ...        ReadLevel.PRIMARY).cite()
        'Thông báo 5015/TB-LĐTBXH (Bộ LĐTBXH, 22/11/2023)'
        """
        if self.date is not None:
            return f"{self.document} ({self.issuer}, {self.date:%d/%m/%Y})"
        return say(Text.CITE_UNDATED, document=self.document, issuer=self.issuer).text(lang)


@dataclass(frozen=True, slots=True)
class DayRecord:
    """One day off, swapped day, nghỉ bù or make-up working day, with its provenance."""

    date: date
    kind: DayKind
    group: HolidayGroup | None  # None for the days a custom calendar adds
    name_vi: str
    name_en: str
    source: Source
    confidence: Confidence
    note: str = ""


@dataclass(frozen=True, slots=True)
class Break:
    """A break as its notice states it ("nghỉ từ … đến hết …"): the days off of some holiday groups.

    Every weekday from ``first`` to ``last`` is a day off of one of ``groups``, every day off
    of those groups lies in one of their breaks, and each swapped day off in it has one of
    the make-up working days ``makeup_work`` (which lie outside it).
    """

    groups: tuple[HolidayGroup, ...]
    first: date
    last: date
    makeup_work: tuple[date, ...]
    source: Source
    #: Its place among the file's ``[[break]]`` tables, from 1 (for messages).
    number: int = field(default=0, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class YearSchedule:
    """The records of one calendar year, and which holiday groups a notice has fixed."""

    year: int
    records: tuple[DayRecord, ...]
    announced: frozenset[HolidayGroup]
    summary: str = ""
    path: str = ""
    breaks: tuple[Break, ...] = ()
    #: Each record's place among the file's ``[[day]]`` tables, from 1 (for messages).
    numbers: Mapping[date, int] = field(default_factory=dict, repr=False, compare=False)
