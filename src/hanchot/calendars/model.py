# SPDX-License-Identifier: Apache-2.0
"""The Calendar value and :func:`calendar`, which builds one: every answer a few table look-ups.

>>> from datetime import date, datetime
>>> cal = calendar()
>>> cal.is_working_day(date(2026, 2, 16))  # 29 Tết Bính Ngọ
False
>>> cal.add_working_days(date(2026, 2, 13), 1)  # Friday before Tết -> Monday after it
datetime.date(2026, 2, 23)
>>> cal.working_days_between(date(2026, 2, 13), date(2026, 2, 23))
1
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING

from hanchot._checks import require_bool, require_date, require_int
from hanchot.calendars.days import Coverage, DayInfo, evidence_of, year_ranges
from hanchot.calendars.options import STRICT, CultureDay, Profile, options
from hanchot.calendars.tables import LEVELS, CalendarTables, Table, build_table
from hanchot.calendars.views import CalendarViews
from hanchot.data.records import Confidence, DayKind, DayRecord, Evidence
from hanchot.data.validate import load_data
from hanchot.errors import ErrorCode, InvalidInputError, NotAnnouncedError, OutOfCoverageError
from hanchot.messages import Message, Text, fail, say, weekday

if TYPE_CHECKING:  # imported only for annotations: numpy and holidays are optional at runtime

    pass

__all__ = ["Calendar", "as_calendar", "calendar", "default_calendar"]


@dataclass(frozen=True, slots=True, repr=False)  # the repr is CalendarViews' short one
class Calendar(CalendarViews):
    """An immutable working-day calendar. Build one with :func:`calendar`.

    A changed calendar is a new calendar:

    >>> cs = calendar()
    >>> lc = cs.replace(profile="labor_code")
    >>> cs.is_working_day(date(2025, 5, 2)), lc.is_working_day(date(2025, 5, 2))
    (False, True)
    """

    profile: Profile = Profile.CIVIL_SERVICE
    weekend: frozenset[int] = frozenset({5, 6})
    extra_days_off: tuple[tuple[date, str], ...] = ()
    extra_working_days: tuple[date, ...] = ()
    #: False; True (refuse what rests on a projected or only-cited day); or the evidence levels accepted.
    strict: bool | frozenset[Evidence] = False
    culture_day: CultureDay = CultureDay.DAY_OFF
    data_dir: Path | None = None
    _table: Table = field(init=False, repr=False, compare=False)
    # the hot tables again, one slot away from the methods that answer most calls
    _first: int = field(init=False, repr=False, compare=False)
    _size: int = field(init=False, repr=False, compare=False)
    _cum: array[int] = field(init=False, repr=False, compare=False)
    _off: bytes = field(init=False, repr=False, compare=False)
    _days: list[date] = field(init=False, repr=False, compare=False)
    _count: int = field(init=False, repr=False, compare=False)
    _coverage: Coverage = field(init=False, repr=False, compare=False)
    _refused: array[int] = field(init=False, repr=False, compare=False)  # what strict refuses, summed

    def __post_init__(self) -> None:
        for name, value in options(profile=self.profile, weekend=self.weekend,
                                    extra_days_off=self.extra_days_off,
                                    extra_working_days=self.extra_working_days, strict=self.strict,
                                    culture_day=self.culture_day, data_dir=self.data_dir).items():
            object.__setattr__(self, name, value)
        table = build_table(profile=self.profile, weekend=self.weekend,
                            extra_off=self.extra_days_off, extra_working=self.extra_working_days,
                            culture=self.culture_day, data=load_data(self.data_dir))
        extras = (("extra_days_off", [d for d, _ in self.extra_days_off]),
                  ("extra_working_days", self.extra_working_days))
        for option, days in extras:
            for day in days:
                if not table.first_day <= day <= table.last_day:
                    raise fail(OutOfCoverageError, ErrorCode.DATE_OUT_OF_COVERAGE, field=option, value=day,
                               first=table.first_day, last=table.last_day)
        for name, value in (("_table", table), ("_first", table.first), ("_size", table.size),
                            ("_cum", table.cum), ("_off", table.off),
                            ("_days", table.working_dates), ("_count", len(table.working_dates)),
                            ("_coverage", Coverage(table.first_day, table.last_day, table.official_years,
                                                  table.reviewed, table.unconfirmed)),
                            ("_refused", _refused(table, self.strict))):
            object.__setattr__(self, name, value)

    # -- coverage and checks -----------------------------------------------

    @property
    def tables(self) -> CalendarTables:
        """The calendar's precomputed tables, read-only, for vectorised code.

        >>> t = calendar().tables
        >>> t.day_off[t.index(date(2026, 1, 10))]  # a make-up working Saturday
        0
        """
        return CalendarTables.of(self._table, self._refused)

    @property
    def coverage(self) -> Coverage:
        """The covered range, and which years rest on official notices."""
        return self._coverage

    def _index(self, d: object, name: str) -> int:
        """The table index of ``d``; a clear error for anything that is not a covered date."""
        day = require_date(d, name)
        t = self._table
        i = day.toordinal() - t.first
        if 0 <= i < t.size:
            return i
        raise fail(OutOfCoverageError, ErrorCode.DATE_OUT_OF_COVERAGE, field=name, value=day,
                   first=t.first_day, last=t.last_day)

    def _check_announced(self, lo: int, hi: int, field: str, value: object, what: Text,
                         **asked: object) -> None:
        """Under ``strict``, refuse an answer that rests on a day in [lo, hi] it does not accept; ``what``
        and ``asked`` say what was asked, in words (the message is built only on failure)."""
        refused = self._refused
        if not refused[hi] - (refused[lo - 1] if lo else 0):
            return
        t = self._table
        first = next(i for i in range(lo, hi + 1) if refused[i] - (refused[i - 1] if i else 0))
        day, level = date.fromordinal(t.first + first), LEVELS[t.levels[first]]
        if level is Evidence.PROJECTED and day.year not in t.official_years:
            years = sorted({date.fromordinal(t.first + i).year for i in range(lo, hi + 1)}
                           - t.official_years)
            raise fail(NotAnnouncedError, ErrorCode.NOT_ANNOUNCED, field=field, value=value,
                       what=say(what, **asked), years=year_ranges(years),
                       official=year_ranges(sorted(t.official_years)))
        accepted = STRICT if isinstance(self.strict, bool) else self.strict
        info = self._day_at(first)
        code = ErrorCode.NOT_ACCEPTED_DAY if lo == hi else ErrorCode.NOT_ACCEPTED
        raise fail(NotAnnouncedError, code, field=field, value=value, what=say(what, **asked), day=day,
                   info=info, source=info.source or say(Text.NO_SOURCE), evidence=say(level),
                   accepted=tuple(say(e) for e in Evidence if e in accepted))

    def _outside(self, n: int, origin: date) -> OutOfCoverageError:
        t = self._table
        return fail(OutOfCoverageError, ErrorCode.ANSWER_OUT_OF_COVERAGE, field="n", value=n,
                    what=_asked(origin, n), first=t.first_day, last=t.last_day)

    # -- the contract ------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` is a working day.

        >>> cal = calendar()
        >>> cal.is_working_day(date(2024, 5, 4))  # Saturday worked in exchange for 29/4/2024
        True
        >>> cal.is_working_day(date(2024, 4, 29))
        False
        """
        i = d.toordinal() - self._first if type(d) is date else -1
        if not 0 <= i < self._size:
            i = self._index(d, "d")
        if self.strict:
            self._check_announced(i, i, "d", d, Text.ASK_DAY, d=d)
        return not self._off[i]

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day strictly after ``d`` (before it when ``n`` < 0).

        ``n`` = 0 gives ``d`` itself when it is a working day, else the next one.
        ``d`` never counts, whatever it is (house convention 1).

        >>> cal = calendar()
        >>> cal.add_working_days(date(2026, 4, 24), 5)  # 28/4, 29/4, 4/5, 5/5, 6/5: 27/4, 30/4, 1/5 off
        datetime.date(2026, 5, 6)
        >>> cal.add_working_days(date(2026, 5, 6), -5)
        datetime.date(2026, 4, 24)
        >>> cal.add_working_days(date(2026, 2, 14), 0)
        datetime.date(2026, 2, 23)
        """
        i = d.toordinal() - self._first if type(d) is date else -1
        if not 0 <= i < self._size:
            i = self._index(d, "d")
        if type(n) is not int:
            n = require_int("n", n)
        # position in the list of working days: cum[i] of them fall on or before d
        position = self._cum[i] + n - 1 if n > 0 else self._cum[i] - (not self._off[i]) + n
        if not 0 <= position < self._count:
            raise self._outside(n, d)
        if self.strict:
            j = self._table.working[position]
            self._check_announced(min(i, j), max(i, j), "d", d, _ASK_WAY[n < 0], d=d, n=abs(n))
        return self._days[position]

    def working_days_between(self, a: date, b: date, *, both_ends: bool = False) -> int:
        """How many working days ``x`` satisfy ``a`` < ``x`` ≤ ``b``; negative when ``b`` < ``a``.
        ``both_ends=True`` counts the earlier day too (a clerk's "từ … đến …").

        >>> cal = calendar()
        >>> cal.working_days_between(date(2026, 1, 1), date(2026, 3, 31))
        58
        >>> cal.working_days_between(date(2026, 3, 31), date(2026, 1, 1))
        -58
        >>> cal.working_days_between(date(2026, 3, 2), date(2026, 3, 6), both_ends=True)  # Monday to Friday
        5
        """
        first, size = self._first, self._size
        i = a.toordinal() - first if type(a) is date else -1
        j = b.toordinal() - first if type(b) is date else -1
        if not (0 <= i < size and 0 <= j < size):
            i, j = self._index(a, "a"), self._index(b, "b")
        if self.strict:
            self._check_announced(min(i, j), max(i, j), "b", b, Text.ASK_BETWEEN, a=a, b=b)
        n = self._cum[j] - self._cum[i]
        if both_ends is not False and require_bool("both_ends", both_ends) and not self._off[min(i, j)]:
            n += 1 if i <= j else -1  # the earlier day, a working day, is counted too
        return n

    def provisional_between(self, a: date, b: date, *, both_ends: bool = False) -> bool:
        """Whether any day ``x`` with ``a`` < ``x`` ≤ ``b`` rests on a year not yet announced
        (the earlier day too with ``both_ends=True``).

        >>> cal = calendar()
        >>> cal.provisional_between(date(2026, 12, 1), date(2026, 12, 31))
        False
        >>> cal.provisional_between(date(2026, 12, 1), date(2027, 1, 4))
        True
        >>> cal.provisional_between(date(2027, 1, 4), date(2027, 1, 4), both_ends=True)  # 04/01/2027 itself
        True
        """
        first, size = self._first, self._size
        i = a.toordinal() - first if type(a) is date else -1
        j = b.toordinal() - first if type(b) is date else -1
        if not (0 <= i < size and 0 <= j < size):
            i, j = self._index(a, "a"), self._index(b, "b")
        lo, hi, prov = (i, j, self._table.prov) if i <= j else (j, i, self._table.prov)
        if both_ends is not False and require_bool("both_ends", both_ends):
            return prov[hi] - (prov[lo - 1] if lo else 0) > 0
        return prov[hi] - prov[lo] > 0

    def days_off_between(self, a: date, b: date) -> tuple[DayInfo, ...]:
        """The days off ``x`` with ``a`` < ``x`` ≤ ``b``, weekends included, in order.

        >>> [str(info.date) for info in calendar().days_off_between(date(2026, 4, 24), date(2026, 4, 28))]
        ['2026-04-25', '2026-04-26', '2026-04-27']
        """
        i, j = self._index(a, "a"), self._index(b, "b")
        first, off = self._first, self._off
        return tuple(self.day(date.fromordinal(first + k)) for k in range(i + 1, j + 1) if off[k])

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``.

        >>> calendar().next_working_day(date(2025, 8, 29))
        datetime.date(2025, 9, 3)
        """
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``.

        >>> calendar().previous_working_day(date(2026, 2, 23))
        datetime.date(2026, 2, 13)
        """
        return self.add_working_days(d, -1)

    def day(self, d: date) -> DayInfo:
        """What ``d`` is: its kind, names, source, and whether it is provisional.

        >>> info = calendar().day(date(2026, 2, 17))
        >>> info.kind.value, info.name_vi, info.provisional
        ('holiday', 'Tết Nguyên đán (mùng 1 tháng Giêng Bính Ngọ)', False)
        >>> info.source.cite()
        'Thông báo 9441/TB-BNV (Bộ Nội vụ, 16/10/2025)'
        """
        i = self._index(d, "d")
        if self.strict:
            self._check_announced(i, i, "d", d, Text.ASK_DAY, d=d)
        return self._day_at(i)

    def _day_at(self, i: int) -> DayInfo:
        """What day ``i`` of the tables is (strict or not: the caller has asked)."""
        t = self._table
        d = date.fromordinal(t.first + i)
        provisional = bool(t.prov[i] - (t.prov[i - 1] if i else 0))
        record = t.records.get(t.first + i)
        if record is not None:
            return _info(record, not t.off[i], provisional)
        evidence = evidence_of(Confidence.STATUTORY, None, provisional)  # the week is the statute's
        if t.off[i]:
            return DayInfo(
                d, DayKind.WEEKEND, False,
                f"Nghỉ hằng tuần ({weekday(d, 'vi')})", f"Weekly rest day ({weekday(d, 'en')})",
                t.weekend_source, Confidence.STATUTORY, provisional, evidence,
            )
        return DayInfo(d, DayKind.WORKING, True, "Ngày làm việc", "Working day",
                       None, None, provisional, evidence)

    def holidays(self, year: int) -> tuple[DayInfo, ...]:
        """Every day of ``year`` that is not a plain working day or weekend, in order.

        Holidays, nghỉ bù, swapped days, make-up working days, and custom days.

        >>> for info in calendar().holidays(2026)[:3]:
        ...     print(info.date, info.kind.value, info.name_en)
        2026-01-01 holiday New Year's Day
        2026-01-02 swapped_off Swapped day off (New Year bridge)
        2026-01-10 makeup_work Make-up working Saturday for the swapped day off on 2 January
        """
        year = require_int("year", year, example=2026)
        t = self._table
        if not t.first_day.year <= year <= t.last_day.year:
            raise fail(OutOfCoverageError, ErrorCode.YEAR_OUT_OF_COVERAGE, field="year", value=year,
                       first=t.first_day.year, last=t.last_day.year)
        if self.strict and year not in t.official_years:
            raise fail(NotAnnouncedError, ErrorCode.YEAR_NOT_ANNOUNCED, field="year", value=year,
                       official=year_ranges(sorted(t.official_years)))
        lo = date(year, 1, 1).toordinal()
        hi = date(year, 12, 31).toordinal()
        return tuple(
            self.day(date.fromordinal(o)) for o in sorted(t.records) if lo <= o <= hi
        )

    def replace(self, **options: object) -> Calendar:
        """A new calendar with some options changed (see :func:`calendar`).

        >>> calendar().replace(weekend={6}).is_working_day(date(2026, 3, 7))  # a Saturday
        True
        """
        names = ("profile", "weekend", "extra_days_off", "extra_working_days", "strict", "culture_day",
                 "data_dir")
        current: dict[str, object] = {name: getattr(self, name) for name in names}
        current["extra_days_off"] = dict(self.extra_days_off)
        unknown = set(options) - set(current)
        if unknown:
            raise fail(InvalidInputError, ErrorCode.UNKNOWN_OPTION, field="options",
                       value=tuple(sorted(unknown)), allowed=", ".join(current))
        current.update(options)
        return calendar(**current)  # type: ignore[arg-type]


@cache
def _no_refusals(size: int) -> array[int]:
    """A calendar that is not strict refuses nothing: zeros, made once (never written to)."""
    return array("i", bytes(4 * size))


def _refused(table: Table, strict: object) -> array[int]:
    """How many days on or before each day ``strict`` refuses: the provisional ones under True."""
    if strict is True or strict is False:
        return table.prov if strict else _no_refusals(table.size)
    accepted = bytes(level in strict for level in LEVELS)  # type: ignore[operator]  # a frozenset
    return array("i", accumulate(not accepted[level] for level in table.levels))


_ASK_WAY = (Text.ASK_AFTER, Text.ASK_BEFORE)  # n working days after d, or before it when n < 0


def _asked(d: date, n: int) -> Message:
    """'5 ngày làm việc sau ngày 28/01/2030': what add_working_days was asked, in words."""
    return say(_ASK_WAY[n < 0], d=d, n=abs(n))


def _info(record: DayRecord, working: bool, provisional: bool) -> DayInfo:
    return DayInfo(record.date, record.kind, working, record.name_vi, record.name_en, record.source,
                   record.confidence, provisional, evidence_of(record.confidence, record.source, provisional),
                   record.note)


def calendar(
    profile: Profile | str = Profile.CIVIL_SERVICE,
    *,
    weekend: Iterable[int] = (5, 6),
    extra_days_off: Mapping[date, str] | Iterable[date] = (),
    extra_working_days: Iterable[date] = (),
    strict: bool = False,
    culture_day: CultureDay | str = CultureDay.DAY_OFF,
    data_dir: Path | str | None = None,
) -> Calendar:
    """Build a calendar; the default is Vietnam's civil service.

    - ``profile``: ``"civil_service"`` (official notices, swaps included) or
      ``"labor_code"`` (statutory holidays and nghỉ bù only, as for enterprises).
    - ``weekend``: weekday numbers of the weekly rest days (Monday = 0); the
      civil service rests on Saturday and Sunday (Quyết định 188/1999/QĐ-TTg).
    - ``extra_days_off``: local days off, a mapping of date to name or a list of dates.
    - ``extra_working_days``: dates that are working days whatever else they are.
    - ``strict``: raise :class:`~hanchot.errors.NotAnnouncedError` instead of
      answering from a statutory projection for a year not yet announced.
    - ``culture_day``: how to treat 24/11 (see :class:`CultureDay`).
    - ``data_dir``: read the yearly files from this directory instead of the
      bundled ones (e.g. to try next year's notice before it is released).

    >>> calendar("labor_code").profile.value
    'labor_code'
    >>> calendar("enterprise")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: profile không nhận 'enterprise'; chỉ chọn một trong: ...
    """
    return Calendar(profile, weekend, extra_days_off, extra_working_days, strict,  # type: ignore[arg-type]
                    culture_day, data_dir)  # type: ignore[arg-type]  # __post_init__ checks them


@cache
def default_calendar() -> Calendar:
    """The civil-service calendar, built once: what functions use when given no calendar.

    >>> default_calendar() == calendar()
    True
    """
    return calendar()


def as_calendar(value: object) -> Calendar:
    """``value`` if it is a calendar, the default calendar for None, else a clear error.

    >>> as_calendar(None) == calendar()
    True
    >>> as_calendar("labor_code")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: calendar='labor_code' là văn bản, không phải là một lịch; ...
    """
    if value is None:
        return default_calendar()
    if isinstance(value, Calendar):
        return value
    raise fail(InvalidInputError, ErrorCode.NOT_A_CALENDAR, field="calendar", value=value)
