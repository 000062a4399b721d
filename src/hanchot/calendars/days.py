# SPDX-License-Identifier: Apache-2.0
"""What a calendar says about one day, and which days it covers.

>>> from hanchot import calendar
>>> print(calendar().day(date(2024, 5, 4)).kind.value)
makeup_work
"""

from __future__ import annotations

import datetime as _datetime
import html
from dataclasses import dataclass, field
from datetime import date, datetime

from hanchot.data.records import Confidence, DayKind, Evidence, ReadLevel, Source
from hanchot.messages import Text, say, weekday

__all__ = ["Coverage", "DayInfo"]  # evidence_of and year_ranges serve the calendar


@dataclass(frozen=True, slots=True)
class Coverage:
    """The dates a calendar answers for, and the years whose schedule is official.

    >>> from hanchot import calendar
    >>> cov = calendar().coverage
    >>> cov.first, cov.last
    (datetime.date(2000, 1, 1), datetime.date(2100, 12, 31))
    >>> date(2025, 9, 2) in cov, 2025 in cov.official_years, 2031 in cov.official_years
    (True, True, False)
    >>> cov.reviewed  # when the data was last checked against the notices
    datetime.date(2026, 11, 26)
    """

    first: date
    last: date
    official_years: frozenset[int]
    #: The day the data and its sources were last reviewed (``reviewed`` in statutes.toml).
    reviewed: date
    #: Days of the official years that rest on a notice only seen cited (provisional even so).
    unconfirmed: tuple[date, ...] = ()

    def __contains__(self, item: object) -> bool:
        return (isinstance(item, date) and not isinstance(item, datetime)
                and self.first <= item <= self.last)

    def text(self, lang: object = "vi") -> str:
        """The coverage in words, in ``lang``.

        >>> from hanchot import calendar
        >>> print(calendar().coverage.text("en").replace("; ", ";\\n").replace("), ", "),\\n"))
        2000-01-01 to 2100-12-31;
        official schedules for 2010–2026 (24/11/2026 only cited, not confirmed),
        statutory projection elsewhere
        """
        unconfirmed = say(Text.UNCONFIRMED, days=self.unconfirmed) if self.unconfirmed else ""
        return say(Text.COVERAGE, first=self.first, last=self.last,
                   official=year_ranges(sorted(self.official_years)), unconfirmed=unconfirmed).text(lang)

    def __str__(self) -> str:
        return self.text()


#: The levels a day's line names: a notice read in full, the statute and the caller's own days go
#: without saying, and a projection has its own mark ("dự kiến").
_MARKED = frozenset({Evidence.NOTICE_REPORTED, Evidence.NOTICE_CITED})


def evidence_of(confidence: Confidence | None, source: Source | None, provisional: bool) -> Evidence:
    """How a day is known, from its record's confidence, its source's read level and the calendar.

    >>> from hanchot import calendar
    >>> evidence_of(Confidence.OFFICIAL, calendar().day(date(2024, 5, 4)).source, False).value  # 1570
    'notice_reported'
    >>> evidence_of(Confidence.STATUTORY, None, True).value
    'projected'
    """
    if confidence is Confidence.CUSTOM:
        return Evidence.CUSTOM
    if confidence is Confidence.CITED:
        return Evidence.NOTICE_CITED
    if provisional:
        return Evidence.PROJECTED
    if confidence is Confidence.OFFICIAL and source is not None:
        return Evidence.NOTICE_READ if source.read is ReadLevel.PRIMARY else Evidence.NOTICE_REPORTED
    return Evidence.STATUTE


def year_ranges(years: list[int]) -> str:
    """Years as ranges, e.g. '2010–2026'.

    >>> year_ranges([2010, 2011, 2012, 2015])
    '2010–2012, 2015'
    """
    parts: list[str] = []
    start = prev = None
    for year in [*years, None]:
        if prev is not None and year == prev + 1:
            prev = year
            continue
        if start is not None and prev is not None:
            parts.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = year
    return ", ".join(parts) or "no year"


@dataclass(frozen=True, slots=True)
class DayInfo:
    """What one date is for a calendar, and where that comes from.

    >>> from hanchot import calendar
    >>> info = calendar().day(date(2026, 11, 24))
    >>> info.kind.value, info.is_working_day, info.name_en
    ('special_off', False, 'Vietnamese Culture Day')
    """

    date: _datetime.date  # the module's type: in a slotted class the field would shadow it (pydantic)
    kind: DayKind
    is_working_day: bool
    name_vi: str
    name_en: str
    source: Source | None
    confidence: Confidence | None = field(repr=False)  # the record's; ``evidence`` says it for the answer
    #: True when the answer rests on a year (or holiday) that no notice has fixed yet.
    provisional: bool
    #: How the answer is known: a notice read in full, one known from reports or only cited, the
    #: statute, its projection, or the caller's own calendar.
    evidence: Evidence
    note: str = ""

    def text(self, lang: object = "vi") -> str:
        """The day, its name, whether it is provisional, and its source, in ``lang``.

        >>> from hanchot import calendar
        >>> print(calendar().day(date(2030, 2, 4)).text("en"))
        04/02/2030 Monday: Lunar New Year (day 3) (provisional) [Bộ luật Lao động 45/2019/QH14, ...]
        """
        marked = self.evidence in _MARKED
        return say(Text.DAY_INFO, day=self.date, info=self,
                   provisional=say(Text.PROVISIONAL_MARK) if self.provisional else "",
                   cited=say(Text.CITED, source=self.source) if self.source else "",
                   evidence=say(Text.EVIDENCE_MARK, evidence=say(self.evidence)) if marked else "").text(lang)

    def __str__(self) -> str:
        return self.text()

    def as_json(self) -> dict[str, object]:
        """The day for a program: what the CLI's ``--json``, the HTTP service and pydantic give.

        >>> from hanchot import calendar
        >>> data = calendar().day(date(2026, 11, 24)).as_json()
        >>> data["kind"], data["provisional"], data["evidence"], data["source"]["read"]
        ('special_off', True, 'notice_cited', 'citation')
        """
        return {"date": self.date.isoformat(), "kind": self.kind.value, "is_working_day": self.is_working_day,
                "name_vi": self.name_vi, "name_en": self.name_en,
                "source": None if self.source is None else self.source.as_json(),
                "confidence": None if self.confidence is None else self.confidence.value,
                "provisional": self.provisional, "evidence": self.evidence.value, "note": self.note}

    def _repr_html_(self) -> str:
        """A notebook's view: the day, what it is, and its source, in Vietnamese.

        >>> from hanchot import calendar
        >>> calendar().day(date(2026, 1, 10))._repr_html_()[:62]
        '<span><b>10/01/2026</b> Thứ Bảy: <b>ngày làm việc</b> — Làm bù'
        """
        what = say(Text.HTML_WORKING if self.is_working_day else Text.HTML_OFF).text("vi")
        mark = say(Text.PROVISIONAL_MARK).text("vi") if self.provisional else ""
        cite = f" <small>[{html.escape(self.source.cite())}]</small>" if self.source else ""
        return (f"<span><b>{self.date:%d/%m/%Y}</b> {weekday(self.date)}: <b>{what}</b> — "
                f"{html.escape(self.name_vi)}{mark}{cite}</span>")
