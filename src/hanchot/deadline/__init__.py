# SPDX-License-Identifier: Apache-2.0
"""Due dates from rules, under the Civil Code 2015 (Art. 144–148) and hanchot's named policies.

>>> from datetime import date
>>> d = due("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", date(2026, 2, 11))
>>> d.due_date
datetime.date(2026, 2, 25)
>>> print(d)
Hạn: Thứ Tư 25/02/2026, hết 24:00 (05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ)
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from hanchot._text import day_vi
from hanchot.calendar import Calendar, DayInfo, default_calendar
from hanchot.data.records import DayKind
from hanchot.deadline.hours import DEFAULT_SESSIONS, Sessions, add_working_minutes, check_sessions
from hanchot.errors import InvalidInputError, OutOfCoverageError, choose
from hanchot.parser import parse
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

__all__ = [
    "DEFAULT_SESSIONS",
    "BeforePolicy",
    "Deadline",
    "PeriodEndPolicy",
    "Roll",
    "YearContext",
    "due",
    "to_vietnam",
]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
#: Paper dossiers received after this hour are handled the next working day (convention 10).
DEFAULT_CUTOFF = time(15)

_ART_147 = "BLDS 2015 Điều 147"
_ART_148_5 = "BLDS 2015 Điều 148 khoản 5"


class Roll(StrEnum):
    """What a fixed or computed last day that is not a working day becomes."""

    #: The next working day: BLDS 2015 Art. 148(5) (house conventions 3, 4, 7). The default.
    FORWARD = "forward"
    #: The working day before it, for offices that must act before a day off.
    BACKWARD = "backward"
    #: The day itself, with a warning.
    NONE = "none"


class BeforePolicy(StrEnum):
    """What 'trước ngày X' means (house convention 5)."""

    #: The last working day before X. The default.
    LAST_WORKING_DAY = "last_working_day"
    #: The calendar day before X, even when it is a day off (with a warning).
    PREVIOUS_DAY = "previous_day"


class PeriodEndPolicy(StrEnum):
    """What 'trong tháng/quý/năm …', 'hết năm …' mean (house convention 6)."""

    #: The last working day inside the period. The default.
    LAST_WORKING_DAY = "last_working_day"
    #: The period's last calendar day, then ``roll`` (Art. 148(5) may carry it past the period).
    LAST_DAY = "last_day"


class YearContext(StrEnum):
    """Which year a date or period without one ('5/1', 'trong quý III') belongs to."""

    #: The first occurrence that ends on or after the start. The default.
    NEXT_OCCURRENCE = "next_occurrence"
    #: The start's own year, even if that is already past.
    START_YEAR = "start_year"


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due date with its reasons: the rule, the day, the moment, and each step."""

    rule: Rule
    start: date | datetime
    due_date: date
    #: When the period ends, in Vietnam time: 24:00 of ``due_date`` for day-based rules
    #: (BLDS 2015 Art. 148(6)), shown as 00:00 of the next day; the exact moment for hours.
    due_at: datetime
    #: When the office closes on ``due_date`` (the end of its last session).
    office_closes_at: datetime
    provisional: bool
    warnings: tuple[str, ...]
    steps: tuple[str, ...] = field(repr=False)
    days_off: tuple[DayInfo, ...] = field(repr=False)

    def explain(self) -> str:
        """A short Vietnamese account of each step, naming each day off that moved the result."""
        return "\n".join(self.steps)

    def __str__(self) -> str:
        end = "hết 24:00" if self.due_at.time() == time(0) and self.due_at.date() > self.due_date \
            else f"lúc {self.due_at:%H:%M}"
        flag = " (dự kiến)" if self.provisional else ""
        return f"Hạn: {day_vi(self.due_date)}, {end}{flag} ({self.rule.phrase()})"

    def _repr_html_(self) -> str:
        rows = [("Quy tắc", self.rule.phrase()), ("Hạn", str(self).removeprefix("Hạn: ")),
                ("Cơ quan đóng cửa", f"{self.office_closes_at:%H:%M %d/%m/%Y}")]
        rows += [("Cảnh báo", w) for w in self.warnings]
        body = "".join(f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
                       f"<td style='text-align:left'>{html.escape(v)}</td></tr>" for k, v in rows)
        steps = "".join(f"<li>{html.escape(s)}</li>" for s in self.steps)
        return f"<table>{body}</table><ol>{steps}</ol>"


def to_vietnam(value: object, name: str = "start") -> tuple[date, datetime | None]:
    """(the day, the moment or None) of a date or datetime, in Vietnam time; naive means Vietnam.

    >>> from datetime import timezone
    >>> to_vietnam(datetime(2026, 3, 6, 9, 0, tzinfo=timezone.utc))
    (datetime.date(2026, 3, 6), datetime.datetime(2026, 3, 6, 16, 0))
    """
    if isinstance(value, datetime):
        local = value.astimezone(VIETNAM).replace(tzinfo=None) if value.tzinfo else value
        return local.date(), local
    if isinstance(value, date):
        return value, None
    raise InvalidInputError(
        f"{name}={value!r} is a {type(value).__name__}; pass a datetime.date or datetime.datetime "
        "(naive means Vietnam time), e.g. date(2026, 2, 11)"
    )


class _Context:
    """What one call of :func:`due` knows: the calendar, the policies, and the steps so far."""

    def __init__(self, cal: Calendar, start_day: date, start_at: datetime | None, *,
                 roll: Roll, before: BeforePolicy, period_end: PeriodEndPolicy,
                 year_context: YearContext, cutoff: time,
                 sessions: Sessions) -> None:
        self.cal, self.start_day, self.start_at = cal, start_day, start_at
        self.roll, self.before, self.period_end = roll, before, period_end
        self.year_context, self.cutoff, self.sessions = year_context, cutoff, sessions
        self.steps: list[str] = []
        self.warnings: list[str] = []
        self.moved: list[DayInfo] = []

    def fork(self) -> _Context:
        """A context with the same calendar and policies and no steps yet, for a trial."""
        return _Context(self.cal, self.start_day, self.start_at, roll=self.roll, before=self.before,
                        period_end=self.period_end, year_context=self.year_context,
                        cutoff=self.cutoff, sessions=self.sessions)

    def note_days_off(self, a: date, b: date, why: str) -> None:
        """Record the days off x with a < x ≤ b, which moved the result."""
        if b <= a:
            return
        days = self.cal.days_off_between(a, b)
        if not days:
            return
        self.moved.extend(days)
        weekends = [d for d in days if d.kind is DayKind.WEEKEND]
        others = [d for d in days if d.kind is not DayKind.WEEKEND]
        parts = []
        if weekends:
            listed = ", ".join(f"{d.date:%d/%m}" for d in weekends)
            parts.append(f"{len(weekends)} ngày nghỉ hằng tuần ({listed}; QĐ 188/1999/QĐ-TTg)")
        for info in others:
            cite = f" [{info.source.cite()}]" if info.source else ""
            flag = " (dự kiến)" if info.provisional else ""
            parts.append(f"{info.date:%d/%m/%Y} {info.name_vi}{flag}{cite}")
        self.steps.append(f"{why}: " + "; ".join(parts) + ".")

    def rolled(self, day: date, what: str) -> date:
        """Apply ``roll`` to a last day that may not be a working day."""
        if self.cal.is_working_day(day):
            return day
        info = self.cal.day(day)
        if self.roll is Roll.NONE:
            self.warnings.append(f"{what} {day_vi(day)} là ngày nghỉ ({info.name_vi}); "
                                 "giữ nguyên theo chính sách roll='none'.")
            return day
        if self.roll is Roll.BACKWARD:
            moved = self.cal.previous_working_day(day)
            self.note_days_off(moved, day, "Lùi qua các ngày nghỉ")
            self.warnings.append(f"{what} {day_vi(day)} là ngày nghỉ; lùi về ngày làm việc trước đó "
                                 f"{day_vi(moved)} (roll='backward').")
            return moved
        moved = self.cal.next_working_day(day)
        self.note_days_off(day - timedelta(days=1), moved - timedelta(days=1),
                           f"{what} rơi vào ngày nghỉ; chuyển sang ngày làm việc tiếp theo "
                           f"({_ART_148_5})")
        self.warnings.append(f"{what} {day_vi(day)} là ngày nghỉ ({info.name_vi}); hạn chuyển "
                             f"sang ngày làm việc tiếp theo {day_vi(moved)} ({_ART_148_5}).")
        return moved

    def resolve_day(self, ref: DayRef) -> date:
        """A day named without a year takes it from the start (``year_context``)."""
        if ref.year is not None:
            return ref.resolve(ref.year)
        year = self.start_day.year
        day = ref.resolve(year)
        if self.year_context is YearContext.NEXT_OCCURRENCE and day < self.start_day:
            day = ref.resolve(year + 1)
        self.steps.append(f"Năm không ghi: lấy {day.year} "
                          f"(year_context='{self.year_context.value}').")
        return day

    def resolve_period(self, period: Period) -> Period:
        if period.year is not None:
            return period
        resolved = period.in_year(self.start_day.year)
        if self.year_context is YearContext.NEXT_OCCURRENCE and resolved.bounds()[1] < self.start_day:
            resolved = period.in_year(self.start_day.year + 1)
        self.steps.append(f"Năm không ghi: lấy {resolved.year} "
                          f"(year_context='{self.year_context.value}').")
        return resolved

    def period_last_day(self, period: Period) -> date:
        first, last = period.bounds()
        if self.period_end is PeriodEndPolicy.LAST_DAY:
            self.steps.append(f"Ngày cuối của {period.phrase()}: {day_vi(last)} "
                              "(period_end='last_day').")
            return self.rolled(last, "Ngày cuối kỳ")
        day = self.cal.add_working_days(last + timedelta(days=1), -1)
        if day < first:
            raise InvalidInputError(f"{period.phrase()} has no working day")
        self.steps.append(f"Ngày làm việc cuối cùng của {period.phrase()}: {day_vi(day)} "
                          "(quy ước 6 của hanchot).")
        self.note_days_off(day, last, "Các ngày nghỉ cuối kỳ")
        return day


def _working_days(rule: WorkingDays, ctx: _Context) -> date:
    due_day = ctx.cal.add_working_days(ctx.start_day, rule.n)
    ctx.steps.append(f"Đếm {rule.n:02d} ngày làm việc sau ngày bắt đầu, không tính ngày bắt đầu "
                     f"({_ART_147}; quy ước 1, 2 của hanchot).")
    ctx.note_days_off(ctx.start_day, due_day, "Không tính các ngày nghỉ")
    return due_day


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _calendar_period(rule: CalendarDays | Weeks | Months | Years, ctx: _Context) -> date:
    start = ctx.start_day
    if isinstance(rule, CalendarDays):
        end, article = start + timedelta(days=rule.n), "Điều 148 khoản 1"
    elif isinstance(rule, Weeks):
        end, article = start + timedelta(weeks=rule.n), "Điều 148 khoản 2"
    elif isinstance(rule, Months):
        end, article = _add_months(start, rule.n), "Điều 148 khoản 3"
    else:
        end, article = _add_months(start, 12 * rule.n), "Điều 148 khoản 4"
    clipped = " (tháng cuối không có ngày tương ứng: lấy ngày cuối tháng)" if (
        isinstance(rule, Months | Years) and end.day != start.day) else ""
    ctx.steps.append(f"Thời hạn bắt đầu từ ngày tiếp theo ngày {start:%d/%m/%Y} ({_ART_147}); "
                     f"kết thúc vào {day_vi(end)} (BLDS 2015 {article}){clipped}.")
    return ctx.rolled(end, "Ngày cuối của thời hạn")


def _fixed(rule: FixedDate, ctx: _Context) -> date:
    day = ctx.resolve_day(rule.day)
    ctx.steps.append(f"Hạn ghi trong văn bản: {day_vi(day)}, tính cả ngày đó (quy ước 4 của hanchot).")
    return ctx.rolled(day, "Ngày hạn")


def _before(rule: Before, ctx: _Context) -> date:
    day = ctx.resolve_day(rule.day)
    if ctx.before is BeforePolicy.PREVIOUS_DAY:
        previous = day - timedelta(days=1)
        ctx.steps.append(f"'Trước ngày {day:%d/%m/%Y}': ngày hôm trước, {day_vi(previous)} "
                         "(before='previous_day').")
        if not ctx.cal.is_working_day(previous):
            ctx.warnings.append(f"Ngày hạn {day_vi(previous)} là ngày nghỉ "
                                f"({ctx.cal.day(previous).name_vi}).")
        return previous
    result = ctx.cal.previous_working_day(day)
    ctx.steps.append(f"'Trước ngày {day:%d/%m/%Y}': ngày làm việc cuối cùng trước ngày đó là "
                     f"{day_vi(result)} (quy ước 5 của hanchot).")
    ctx.note_days_off(result, day - timedelta(days=1), "Các ngày nghỉ ngay trước ngày đó")
    return result


def _within(rule: WithinPeriod, ctx: _Context) -> date:
    return ctx.period_last_day(ctx.resolve_period(rule.period))


def _point(rule: PeriodPoint, ctx: _Context) -> date:
    resolved = PeriodPoint(rule.point, ctx.resolve_period(rule.period))
    day = resolved.day()
    ctx.steps.append(f"'{resolved.phrase()}' là {day_vi(day)} (BLDS 2015 Điều 146; quy ước 7).")
    return ctx.rolled(day, "Ngày hạn")


def _recurring(rule: Recurring, ctx: _Context) -> date:
    start = ctx.start_day
    ctx.steps.append(f"Hạn định kỳ '{rule.phrase()}': lần gần nhất không trước ngày "
                     f"{start:%d/%m/%Y}.")
    if rule.frequency is Frequency.WEEKLY:
        sunday = start + timedelta(days=6 - start.weekday())
        day = ctx.cal.add_working_days(sunday + timedelta(days=1), -1)
        if day < start:
            day = ctx.cal.add_working_days(sunday + timedelta(days=8), -1)
        ctx.steps.append(f"Ngày làm việc cuối cùng của tuần: {day_vi(day)}.")
        return day
    kind = {Frequency.MONTHLY: PeriodKind.MONTH, Frequency.QUARTERLY: PeriodKind.QUARTER,
            Frequency.YEARLY: PeriodKind.YEAR}[rule.frequency]
    months_per_period = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    first_month = date(start.year, start.month, 1) if kind is PeriodKind.MONTH else date(
        start.year, 1 if kind is PeriodKind.YEAR else (start.month - 1) // 3 * 3 + 1, 1)
    for step in range(3):  # this period, the next, or (for a day past its month) the one after
        month = _add_months(first_month, step * months_per_period)
        if rule.day is not None:
            last = _add_months(month, 1) - timedelta(days=1)
            ref = DayRef(min(rule.day, last.day), month.month, month.year)
            inner = ctx.fork()
            day = _before(Before(ref), inner) if rule.before else _fixed(FixedDate(ref), inner)
        else:
            number = {PeriodKind.MONTH: month.month, PeriodKind.QUARTER: (month.month - 1) // 3 + 1,
                      PeriodKind.YEAR: 0}[kind]
            year = month.year
            inner = ctx.fork()
            day = inner.period_last_day(Period(kind, year, number))
        if day >= start:
            ctx.steps.extend(inner.steps)
            ctx.warnings.extend(inner.warnings)
            ctx.moved.extend(inner.moved)
            return day
    raise AssertionError("unreachable: a later period always ends after the start")


def _require_time(ctx: _Context, rule: Rule) -> datetime:
    if ctx.start_at is None:
        raise InvalidInputError(
            f"'{rule.phrase()}' needs the time of receipt: pass start as a datetime, "
            "e.g. datetime(2026, 3, 6, 16, 0)"
        )
    return ctx.start_at


def _same_day(rule: SameDay, ctx: _Context) -> date:
    at = _require_time(ctx, rule)
    day = at.date()
    if ctx.cal.is_working_day(day) and at.time() <= ctx.cutoff:
        ctx.steps.append(f"Nhận lúc {at:%H:%M} {day_vi(day)}, không muộn hơn "
                         f"{ctx.cutoff:%H:%M}: trả trong ngày (Luật Hộ tịch 2014 Điều 5 khoản 3; "
                         "quy ước 10 của hanchot).")
        return day
    result = ctx.cal.next_working_day(day)
    reason = "sau" if ctx.cal.is_working_day(day) else "vào ngày nghỉ, "
    ctx.steps.append(f"Nhận lúc {at:%H:%M} {day_vi(day)} ({reason} {ctx.cutoff:%H:%M}): trả vào ngày "
                     "làm việc tiếp theo (Luật Hộ tịch 2014 Điều 5 khoản 3; quy ước 10).")
    ctx.note_days_off(day, result, "Không tính các ngày nghỉ")
    return result


def _working_hours(rule: WorkingHours, ctx: _Context) -> datetime:
    """Count ``rule.n`` hours inside the sessions, from receipt or the next opening (convention 11)."""
    at = _require_time(ctx, rule)
    moment = add_working_minutes(ctx.cal, at, rule.n * 60, ctx.sessions)
    ctx.note_days_off(at.date(), moment.date(), "Không tính các ngày nghỉ")
    ctx.steps.append(_hours_step(rule, at, moment))
    return moment


def _hours_step(rule: WorkingHours, at: datetime, moment: datetime) -> str:
    return (f"Đếm {rule.n:02d} giờ làm việc trong giờ hành chính từ {at:%H:%M %d/%m/%Y} "
            f"(hoặc giờ mở cửa kế tiếp): kết thúc lúc {moment:%H:%M} {day_vi(moment.date())} "
            "(quy ước 11 của hanchot).")


_DAY_RULES: dict[type, Callable[[Any, _Context], date]] = {
    WorkingDays: _working_days,
    CalendarDays: _calendar_period,
    Weeks: _calendar_period,
    Months: _calendar_period,
    Years: _calendar_period,
    FixedDate: _fixed,
    Before: _before,
    WithinPeriod: _within,
    PeriodPoint: _point,
    Recurring: _recurring,
    SameDay: _same_day,
}


def due(
    phrase_or_rule: str | Rule,
    start: date | datetime,
    *,
    calendar: Calendar | None = None,
    roll: Roll | str = Roll.FORWARD,
    before: BeforePolicy | str = BeforePolicy.LAST_WORKING_DAY,
    period_end: PeriodEndPolicy | str = PeriodEndPolicy.LAST_WORKING_DAY,
    year_context: YearContext | str = YearContext.NEXT_OCCURRENCE,
    cutoff: time = DEFAULT_CUTOFF,
    sessions: Sessions = DEFAULT_SESSIONS,
) -> Deadline:
    """The deadline a phrase (or rule) sets, counted from ``start``.

    ``start`` is the day (or moment) the period runs from: for a dossier, its
    acceptance as written on the receipt slip (ND 118/2025 Art. 17(3)). A naive
    datetime is Vietnam time. The start day itself never counts (BLDS 2015 Art. 147).

    >>> from datetime import date, datetime
    >>> due("chậm nhất ngày 10 tháng 12 năm 2023", date(2023, 10, 17)).due_date  # a Sunday
    datetime.date(2023, 12, 11)
    >>> due("trước ngày 30/6/2024", date(2024, 1, 2)).due_date
    datetime.date(2024, 6, 28)
    >>> due("04 giờ làm việc", datetime(2026, 3, 6, 16, 0)).due_at.isoformat()
    '2026-03-09T11:00:00+07:00'
    """
    rule = parse(phrase_or_rule) if isinstance(phrase_or_rule, str) else phrase_or_rule
    if type(rule) not in _DAY_RULES and not isinstance(rule, WorkingHours):
        raise InvalidInputError(f"phrase_or_rule={phrase_or_rule!r} is neither a phrase nor a rule")
    start_day, start_at = to_vietnam(start)
    cal = calendar if calendar is not None else default_calendar()
    sessions = check_sessions(sessions)
    if not isinstance(cutoff, time):
        raise InvalidInputError(f"cutoff={cutoff!r} must be a datetime.time, e.g. time(15, 0)")
    ctx = _Context(
        cal, start_day, start_at,
        roll=choose("roll", roll, Roll), before=choose("before", before, BeforePolicy),
        period_end=choose("period_end", period_end, PeriodEndPolicy),
        year_context=choose("year_context", year_context, YearContext),
        cutoff=cutoff, sessions=sessions,
    )
    anchor = getattr(rule, "anchor", None)
    ctx.steps.append(f"Quy tắc: {rule.phrase()}.")
    begun = f"{start_at:%H:%M} " if start_at is not None else ""
    ctx.steps.append(f"Bắt đầu: {begun}{day_vi(start_day)}"
                     + (f" ({anchor})." if anchor else "."))
    try:
        if isinstance(rule, WorkingHours):
            moment = _working_hours(rule, ctx)
            due_day, due_at = moment.date(), moment.replace(tzinfo=VIETNAM)
        else:
            due_day = _DAY_RULES[type(rule)](rule, ctx)
            due_at = datetime.combine(due_day + timedelta(days=1), time(), VIETNAM)
    except OutOfCoverageError as error:
        coverage = cal.coverage
        raise OutOfCoverageError(
            f"'{rule.phrase()}' from start={start_day.isoformat()} reaches outside the calendar's "
            f"coverage ({coverage.first.isoformat()} to {coverage.last.isoformat()})"
        ) from error
    if due_day < start_day:
        ctx.warnings.append(f"Hạn {day_vi(due_day)} đã qua trước ngày bắt đầu {day_vi(start_day)}.")
    provisional = cal.provisional_between(min(start_day, due_day) - timedelta(days=1),
                                          max(start_day, due_day))
    closes = datetime.combine(due_day, sessions[-1][1], VIETNAM)
    end = "hết 24:00 (BLDS 2015 Điều 148 khoản 6)" if not isinstance(rule, WorkingHours) \
        else f"lúc {due_at:%H:%M}"
    ctx.steps.append(f"Hạn: {day_vi(due_day)}, {end}; cơ quan đóng cửa lúc {closes:%H:%M}."
                     + (" Dự kiến: năm này chưa có thông báo lịch nghỉ chính thức." if provisional else ""))
    return Deadline(rule, start, due_day, due_at, closes, provisional, tuple(ctx.warnings),
                    tuple(ctx.steps), tuple(ctx.moved))
