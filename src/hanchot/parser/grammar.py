# SPDX-License-Identifier: Apache-2.0
"""The grammar: a small backtracking reader of deadline phrases, over the lexicon's words.

>>> parse("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")
WorkingDays(n=5, anchor='ngày nhận đủ hồ sơ hợp lệ')
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from functools import lru_cache

from hanchot._checks import require_text
from hanchot.errors import ErrorCode, InvalidInputError, PhraseError
from hanchot.messages import fail
from hanchot.parser import lexicon
from hanchot.parser.expect import Expect, phrase_error
from hanchot.parser.words import MismatchError, Words, said
from hanchot.rules import (
    Before,
    CalendarDays,
    DayRef,
    FixedDate,
    Frequency,
    Months,
    Period,
    PeriodKind,
    PeriodPoint,
    Recurring,
    Rule,
    SameDay,
    Weeks,
    WithinPeriod,
    WorkingDays,
    WorkingHours,
    Years,
)

__all__ = ["MAX_LENGTH", "Expect", "PhraseError", "parse"]

#: Phrases longer than this are refused (a deadline phrase is a sentence, not a document).
MAX_LENGTH = 2000
_RELATIVE: dict[str, Callable[[int, str | None], Rule]] = {
    "working_days": WorkingDays,
    "working_hours": WorkingHours,
    "days": CalendarDays,
    "weeks": Weeks,
    "months": Months,
    "years": Years,
}


_EVENT = 40  # words an event runs to in running text at most (a scan stays linear in the text)
_said = said  # what was expected, as a message, written once


class Reader(Words):
    """The grammar: each method reads one construction at the current token, or fails."""

    # -- dates and periods ---------------------------------------------------

    def day_ref(self) -> DayRef:
        """ngày 05 tháng 01 năm 2023 · 05/01/2023 · 5-1 · mùng 6 tháng Giêng (âm lịch)."""
        lunar = self.words("mung", "mong") is not None
        if not lunar:
            self.words("ngay")
            lunar = self.words("mung") is not None
        day_at = self.pos
        day = self.number()
        if self.punct("/", "-", "."):
            month_at = self.pos
            month = self.number()
            year = None
            if self.peek() in ("/", "-", ".") and len(self.peek(1)) == 4 and self.peek(1).isdigit():
                self.pos += 1  # a year follows; a lone full stop ends the sentence instead
                year = self.year()
            elif self.peek() in ("/", "-") and len(self.peek(1)) == 2 and self.peek(1).isdigit():
                self.pos += 1  # "24/11/26": which century is not ours to guess
                raise self.fail(_said(Expect.FULL_YEAR))
            lunar = bool(self.words("am lich", "al")) or lunar
            at = month_at if not 1 <= month <= 12 else day_at  # a wrong month, else the day
            return self.checked(lambda: DayRef(day, month, year, lunar), at)
        self.need("thang")
        month_at = self.pos
        named = lexicon.LUNAR_MONTHS.get(self.peek())
        if named is not None:
            self.pos += 1
            month, lunar = named, True
        else:
            month = self.number()
        year = None
        if self.words("am lich"):
            lunar = True
        if self.words("nam") or self.punct("/"):
            year = self.year()
        if self.words("am lich"):
            lunar = True
        at = month_at if not 1 <= month <= 12 else day_at
        return self.checked(lambda: DayRef(day, month, year, lunar), at)

    def period(self) -> Period:
        """tháng 12/2023 · quý III năm 2023 · quý 3/2023 · năm 2024."""
        start = self.pos
        kind_word = self.need("thang", "quy", "nam")
        if kind_word == "nam":
            return self.checked(lambda: Period(PeriodKind.YEAR, self.year()), start)
        if kind_word == "quy":
            roman = lexicon.ROMAN.get(self.peek())
            if roman is not None:
                self.pos += 1
                number = roman
            else:
                number = self.number()
            kind = PeriodKind.QUARTER
        else:
            number, kind = self.number(), PeriodKind.MONTH
        number_at = self.pos - 1
        year = None
        if self.words("nam") or self.punct("/", "-"):
            year = self.year()
        return self.checked(lambda: Period(kind, year, number), number_at)

    # -- the alternatives ----------------------------------------------------

    def relative(self) -> Rule:
        self.words("trong")
        n_at = self.pos
        n = self.number()
        unit = next((unit for words, unit in lexicon.UNITS if self.words(words)), None)
        if unit is None and n % 10 == 5 and n > 5 and self.tokens[self.pos - 1].text == "nam":
            self.pos -= 1  # "mười năm" is ten years, not fifteen of nothing
            n -= 5
            unit = next((unit for words, unit in lexicon.UNITS if self.words(words)), None)
        if unit is None:
            raise self.fail(_said(Expect.UNIT))
        if self.peek() and self.peek(1).isdigit() and unit in ("months", "years"):
            raise self.fail(_said(Expect.UNIT_NOT_DATE))  # '6 tháng 12' is a date, not 6 months
        anchor = self.anchor()
        return self.checked(lambda: _RELATIVE[unit](n, anchor), n_at)

    def anchor(self) -> str | None:
        if self.words(*lexicon.ANCHORS) is None:
            return None
        if self.pos >= len(self.tokens):
            raise self.fail(_said(Expect.EVENT))
        start = self.tokens[self.pos].start
        stop = len(self.tokens)
        if self.in_text:  # in running text the event ends with its clause, or after _EVENT words
            stop = next((i for i in range(self.pos, min(self.pos + _EVENT, len(self.tokens)))
                         if self.tokens[i].text in (".", ",", ";", ":", "(")), min(self.pos + _EVENT, stop))
        self.pos = stop
        end = self.tokens[stop].start if stop < len(self.tokens) else len(self.original)
        return " ".join(self.original[start:end].split()).rstrip(".;,:").strip() or None

    def same_day(self) -> Rule:
        self.need(*lexicon.SAME_DAY)
        at = self.pos
        try:  # "trong ngày 28/01/2026": within that day, which is a fixed date
            return FixedDate(self.checked(self.day_ref, at)) if self.peek().isdigit() else SameDay()
        except MismatchError:
            self.pos = at
            return SameDay()

    def fixed(self) -> Rule:
        self.need(*lexicon.FIXED)
        self.punct(":")
        self.words("la")
        if self.peek() in ("thang", "quy", "nam"):
            raise self.fail(_said(Expect.DATE))
        at, day = self.clock(), self.day_ref()
        return FixedDate(day, at or self.after_clock())

    def before(self) -> Rule:
        self.need(*lexicon.BEFORE)
        at, day = self.clock(), self.day_ref()
        at = at or self.after_clock()
        return FixedDate(day, at) if at is not None else Before(day)  # before a moment: due at it

    def clock(self) -> time | None:
        """A time of day before a date: "16h00", "16h", "16 giờ", "16 giờ 30", "16:30"; None if none."""
        start = self.pos
        if not self.peek().isdigit() or self.peek(1) not in ("h", "gio", ":"):
            return None
        hour = self.number()
        mark = self.peek()
        self.pos += 1
        minute = 0
        if self.peek().isdigit() and len(self.peek()) == 2:
            minute = self.number()
            self.words("phut")
        elif mark == ":":  # "16:" without its minutes is not a time
            self.pos = start
            return None
        if hour > 23 or minute > 59:
            self.pos = start
            raise self.fail(_said(Expect.TIME))
        return time(hour, minute)

    def after_clock(self) -> time | None:
        """A time of day after a date: "… ngày 06/03/2026 lúc 16h00"."""
        start = self.pos
        found = self.clock() if self.words("luc", "vao luc") is not None else None
        self.pos = self.pos if found is not None else start
        return found

    def recurring(self) -> Rule:
        day = month = None
        before = False
        word = self.words(*lexicon.BEFORE, *lexicon.FIXED)  # every word of a fixed date: muộn nhất, đến hết …
        if word is not None or self.peek() == "ngay":
            before = word in lexicon.BEFORE
            self.words("la")
            self.need("ngay")
            day = self.number()
            period = self.last_month()  # "ngày 20 của tháng cuối kỳ báo cáo", "… tháng cuối quý"
            if period is not None:
                return self.checked(lambda: _in_last_month(period, day, before), self.pos - 1)
            if self.punct("/", "-") or self.words("thang"):  # "ngày 20/11 hằng năm"
                month = self.number()
        else:
            self.words("dinh ky")
        frequency = self.every()
        return self.checked(lambda: Recurring(frequency, day, before, month), self.pos - 1)

    def every(self) -> Frequency:
        """'hằng tháng', 'định kỳ hằng quý', 'mỗi năm': how often."""
        self.need(*lexicon.EVERY)
        frequency = lexicon.FREQUENCIES.get(self.peek())
        if frequency is None:
            raise self.fail(_said(Expect.FREQUENCY))
        self.pos += 1
        return frequency

    def last_month(self) -> Frequency | None:
        """After a day: '(của) tháng cuối (cùng) (của) (mỗi) quý' or '… kỳ báo cáo (hằng quý)', the last
        month of each period; the period of a report is what follows, or what the document says around it
        (``report_frequency``)."""
        at = self.pos
        self.words("cua")
        if not self.words("thang cuoi"):
            self.pos = at
            return None
        self.words("cung")
        self.words("cua")
        if self.words(*lexicon.REPORT_PERIOD):
            if self.peek() in ("hang", "dinh", "moi") or self.report_frequency is None:
                return self.every()
            return self.report_frequency
        self.words("moi", "hang")
        self.need("quy")
        if self.peek() in ("hang", "dinh"):
            at = self.pos
            if self.every() is not Frequency.QUARTERLY:
                self.pos = at
                raise self.fail(_said(Expect.FREQUENCY))
        return Frequency.QUARTERLY

    def period_end(self) -> Rule:
        self.words(*lexicon.PERIOD_END)
        return WithinPeriod(self.period())

    def bare_date(self) -> Rule:
        return FixedDate(self.day_ref())

    def first_months(self) -> Rule:
        self.words("trong")
        at = self.pos
        n = self.number()
        self.need("thang dau nam")
        year = self.year()
        return WithinPeriod(self.checked(lambda: Period(PeriodKind.FIRST_MONTHS, year, n), at))

    def point(self) -> Rule:
        self.words("vao", "den")
        found = self.need(*lexicon.POINTS)
        at = self.pos
        period = self.period()
        return self.checked(lambda: PeriodPoint(lexicon.POINTS[found], period), at)

    def rule(self) -> Rule:
        while self.words(*lexicon.LEADING):
            self.punct(":")
        alternatives = (self.same_day, self.recurring, self.first_months, self.relative, self.fixed,
                        self.before, self.point, self.period_end, self.bare_date)
        start = self.pos
        for alternative in alternatives:
            self.pos = start
            try:
                result = alternative()
            except MismatchError:
                continue
            while self.punct(".", ",", ";", ":"):
                pass
            if self.pos == len(self.tokens):
                return result
            self.fail(_said(Expect.END))
        position = (self.tokens[self.furthest].start if self.furthest < len(self.tokens)
                    else len(self.original))
        expected = (_said(Expect.PHRASE),) if self.furthest == start else tuple(self.expected)
        raise phrase_error(self.original, position, ErrorCode.PHRASE_UNREADABLE, expected=expected)


def _in_last_month(frequency: Frequency, day: int, before: bool) -> Recurring:
    """Day ``day`` of the last month of each period: of the month itself, of the quarter, of December."""
    if frequency is Frequency.WEEKLY:
        raise fail(InvalidInputError, ErrorCode.RECURRING_DAY_INVALID, field="day", value=day)
    month = 12 if frequency is Frequency.YEARLY else None
    return Recurring(frequency, day, before, month)


def parse(phrase: str) -> Rule:
    """The rule a Vietnamese deadline phrase states.

    Diacritics, case and Unicode normalisation do not matter; numbers may be
    digits or words; dates may be written "ngày 05 tháng 01 năm 2023", "05/01/2023",
    "5-1-2023" or "5/1" (the year then comes from the start date).

    >>> parse("Trước ngày 30/6/2024")
    Before(day=DayRef(day=30, month=6, year=2024, lunar=False))
    >>> parse("truoc ngay 25 hang thang")
    Recurring(frequency=<Frequency.MONTHLY: 'monthly'>, day=25, before=True, month=None)
    >>> parse("trước ngày 30 tháng 13").message("en")
    Traceback (most recent call last):
    ...
    hanchot.errors.PhraseError: phrase: không hiểu 'trước ngày 30 tháng 13' từ chỗ '13' (ký tự thứ 21): ...
    """
    require_text("phrase", phrase)
    if len(phrase) > MAX_LENGTH:
        raise fail(PhraseError, ErrorCode.PHRASE_TOO_LONG, field="phrase", value=phrase, position=MAX_LENGTH,
                   length=len(phrase), limit=MAX_LENGTH)
    if not phrase.strip():
        raise fail(PhraseError, ErrorCode.PHRASE_EMPTY, field="phrase", value=phrase, position=0)
    return _read(phrase)


@lru_cache(maxsize=4096)
def _read(phrase: str) -> Rule:
    """A phrase read once: a service asking "05 ngày làm việc" per request reads it the first time only
    (a rule is an immutable value; an error is not kept, and is raised again)."""
    return Reader(phrase).rule()
