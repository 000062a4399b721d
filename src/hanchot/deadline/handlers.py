# SPDX-License-Identifier: Apache-2.0
"""One function for each kind of rule: from a rule and a context to the due day.

Each records its steps in the context, naming the article or the house
convention it applies.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from hanchot._text import day_vi
from hanchot.deadline.context import ART_147, Context
from hanchot.deadline.hours import add_working_minutes
from hanchot.deadline.policies import BeforePolicy
from hanchot.errors import InvalidInputError
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

__all__: list[str] = []  # the engine's own parts: DAY_RULES and working_hours serve due() alone


def _working_days(rule: WorkingDays, ctx: Context) -> date:
    due_day = ctx.cal.add_working_days(ctx.start_day, rule.n)
    ctx.steps.append(f"Đếm {rule.n:02d} ngày làm việc sau ngày bắt đầu, không tính ngày bắt đầu "
                     f"({ART_147}; quy ước 1, 2 của hanchot).")
    ctx.note_days_off(ctx.start_day, due_day, "Không tính các ngày nghỉ")
    return due_day


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def _calendar_period(rule: CalendarDays | Weeks | Months | Years, ctx: Context) -> date:
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
    ctx.steps.append(f"Thời hạn bắt đầu từ ngày tiếp theo ngày {start:%d/%m/%Y} ({ART_147}); "
                     f"kết thúc vào {day_vi(end)} (BLDS 2015 {article}){clipped}.")
    return ctx.rolled(end, "Ngày cuối của thời hạn")


def _fixed(rule: FixedDate, ctx: Context) -> date:
    day = ctx.resolve_day(rule.day)
    ctx.steps.append(f"Hạn ghi trong văn bản: {day_vi(day)}, tính cả ngày đó (quy ước 4 của hanchot).")
    return ctx.rolled(day, "Ngày hạn")


def _before(rule: Before, ctx: Context) -> date:
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


def _within(rule: WithinPeriod, ctx: Context) -> date:
    return ctx.period_last_day(ctx.resolve_period(rule.period))


def _point(rule: PeriodPoint, ctx: Context) -> date:
    resolved = PeriodPoint(rule.point, ctx.resolve_period(rule.period))
    day = resolved.day()
    ctx.steps.append(f"'{resolved.phrase()}' là {day_vi(day)} (BLDS 2015 Điều 146; quy ước 7).")
    return ctx.rolled(day, "Ngày hạn")


def _recurring(rule: Recurring, ctx: Context) -> date:
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


def _require_time(ctx: Context, rule: Rule) -> datetime:
    if ctx.start_at is None:
        raise InvalidInputError(
            f"'{rule.phrase()}' needs the time of receipt: pass start as a datetime, "
            "e.g. datetime(2026, 3, 6, 16, 0)"
        )
    return ctx.start_at


def _same_day(rule: SameDay, ctx: Context) -> date:
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


def working_hours(rule: WorkingHours, ctx: Context) -> datetime:
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


DAY_RULES: dict[type, Callable[[Any, Context], date]] = {
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
