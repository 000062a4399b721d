# SPDX-License-Identifier: Apache-2.0
"""What one call of :func:`hanchot.due` knows: the calendar, the policies, and the steps so far.

The steps and warnings it collects become the deadline's explanation.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hanchot._text import day_vi
from hanchot.calendars import Calendar, DayInfo
from hanchot.data.records import DayKind
from hanchot.deadline.hours import Sessions
from hanchot.deadline.policies import BeforePolicy, PeriodEndPolicy, Roll, YearContext
from hanchot.errors import InvalidInputError
from hanchot.rules import DayRef, Period

__all__: list[str] = []  # the engine's own part: Context serves due() alone

ART_147 = "BLDS 2015 Điều 147"
ART_148_5 = "BLDS 2015 Điều 148 khoản 5"


class Context:
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

    def fork(self) -> Context:
        """A context with the same calendar and policies and no steps yet, for a trial."""
        return Context(self.cal, self.start_day, self.start_at, roll=self.roll, before=self.before,
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
                           f"({ART_148_5})")
        self.warnings.append(f"{what} {day_vi(day)} là ngày nghỉ ({info.name_vi}); hạn chuyển "
                             f"sang ngày làm việc tiếp theo {day_vi(moved)} ({ART_148_5}).")
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
