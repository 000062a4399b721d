# SPDX-License-Identifier: Apache-2.0
"""One function for each kind of rule: from a rule and a context to the due day.

Each records its steps in the context, naming the article or the house
convention it applies.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from hanchot.deadline.context import Context
from hanchot.deadline.hours import add_working_minutes
from hanchot.deadline.notes import Caution, Step
from hanchot.deadline.policies import BeforePolicy
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail, say
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
    ctx.step(Step.WORKING_DAYS, n=rule.n)
    ctx.note_days_off(ctx.start_day, due_day, Step.WHY_NOT_COUNTED)
    return due_day


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` later, the month's last day where it has no such day (BLDS 2015 Art.
    148(3)): what ``dateutil``'s ``relativedelta`` does."""
    moved: date = day + relativedelta(months=months)
    return moved


def _calendar_period(rule: CalendarDays | Weeks | Months | Years, ctx: Context) -> date:
    start = ctx.start_day
    if isinstance(rule, CalendarDays):
        end, clause = start + timedelta(days=rule.n), 1
    elif isinstance(rule, Weeks):
        end, clause = start + timedelta(weeks=rule.n), 2
    elif isinstance(rule, Months):
        end, clause = _add_months(start, rule.n), 3
    else:
        end, clause = _add_months(start, 12 * rule.n), 4
    clipped = isinstance(rule, Months | Years) and end.day != start.day
    if clipped and isinstance(rule, Years):  # from 29/02: khoản 4 has no rule, khoản 3's by analogy
        ctx.warn(Caution.LEAP_DAY_BY_ANALOGY, start=start, end=end)
    ctx.step(Step.CALENDAR_PERIOD, start=start, end=end, clause=clause,
             clipped=say(Step.CLIPPED_YEAR if isinstance(rule, Years) else Step.CLIPPED) if clipped else "")
    return ctx.rolled(end, Step.WHAT_LAST_DAY)


def _fixed(rule: FixedDate, ctx: Context) -> date:
    day = ctx.resolve_day(rule.day)
    ctx.step(Step.FIXED, day=day)
    return ctx.rolled(day, Step.WHAT_DUE_DAY)


def _before(rule: Before, ctx: Context) -> date:
    day = ctx.resolve_day(rule.day)
    if ctx.before is BeforePolicy.PREVIOUS_DAY:
        previous = day - timedelta(days=1)
        ctx.step(Step.BEFORE_PREVIOUS_DAY, day=day, previous=previous)
        if not ctx.cal.is_working_day(previous):
            ctx.warn(Caution.PREVIOUS_DAY_OFF, day=previous, info=ctx.cal.day(previous))
        return previous
    if ctx.before is BeforePolicy.PREVIOUS_DAY_ROLLED_FORWARD:
        previous = day - timedelta(days=1)
        ctx.step(Step.BEFORE_PREVIOUS_DAY_ROLLED, day=day, previous=previous)
        if ctx.cal.is_working_day(previous):
            return previous
        moved = ctx.cal.next_working_day(previous)
        ctx.note_days_off(previous - timedelta(days=1), moved - timedelta(days=1), Step.WHY_BEFORE_ROLLED)
        ctx.warn(Caution.BEFORE_ROLLED_FORWARD, day=day, previous=previous, info=ctx.cal.day(previous),
                 moved=moved)
        return moved
    result = ctx.cal.previous_working_day(day)
    ctx.step(Step.BEFORE_LAST_WORKING_DAY, day=day, result=result)
    ctx.note_days_off(result, day - timedelta(days=1), Step.WHY_BEFORE)
    return result


def _within(rule: WithinPeriod, ctx: Context) -> date:
    return ctx.period_last_day(ctx.resolve_period(rule.period))


def _point(rule: PeriodPoint, ctx: Context) -> date:
    resolved = PeriodPoint(rule.point, ctx.resolve_period(rule.period))
    day = resolved.day()
    ctx.step(Step.POINT, phrase=resolved.phrase(), day=day)
    return ctx.rolled(day, Step.WHAT_DUE_DAY)


def _recurring(rule: Recurring, ctx: Context) -> date:
    start = ctx.start_day
    ctx.step(Step.RECURRING, phrase=rule.phrase(), start=start)
    if rule.frequency is Frequency.WEEKLY:
        sunday = start + timedelta(days=6 - start.weekday())
        day = ctx.cal.add_working_days(sunday + timedelta(days=1), -1)
        if day < start:
            day = ctx.cal.add_working_days(sunday + timedelta(days=8), -1)
        ctx.step(Step.WEEK_LAST_WORKING_DAY, day=day)
        return day
    kind = {Frequency.MONTHLY: PeriodKind.MONTH, Frequency.QUARTERLY: PeriodKind.QUARTER,
            Frequency.YEARLY: PeriodKind.YEAR}[rule.frequency]
    months_per_period = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}[kind]
    first_month = date(start.year, start.month, 1) if kind is PeriodKind.MONTH else date(
        start.year, 1 if kind is PeriodKind.YEAR else (start.month - 1) // 3 * 3 + 1, 1)
    for step in range(3):  # this period, the next, or (for a day past its month) the one after
        month = _add_months(first_month, step * months_per_period)
        inner = ctx.fork()
        if rule.day is not None:
            month = month if rule.month is None else date(month.year, rule.month, 1)
            if kind is PeriodKind.QUARTER:  # the day of the quarter's last month
                month = _add_months(month, 2)
            last = _add_months(month, 1) - timedelta(days=1)
            ref = DayRef(min(rule.day, last.day), month.month, month.year)
            day = _before(Before(ref), inner) if rule.before else _fixed(FixedDate(ref), inner)
        else:
            number = {PeriodKind.MONTH: month.month, PeriodKind.QUARTER: (month.month - 1) // 3 + 1,
                      PeriodKind.YEAR: 0}[kind]
            day = inner.period_last_day(Period(kind, month.year, number))
        if day >= start:
            ctx.adopt(inner)
            return day
    raise AssertionError("unreachable: a later period always ends after the start")


def _require_time(ctx: Context, rule: Rule) -> datetime:
    if ctx.start_at is None:
        raise fail(InvalidInputError, ErrorCode.NEEDS_TIME, field="start", value=ctx.start_day,
                   phrase=rule.phrase())
    return ctx.start_at


def _same_day(rule: SameDay, ctx: Context) -> date:
    at = _require_time(ctx, rule)
    day = at.date()
    working = ctx.cal.is_working_day(day)
    if working and at.time() <= ctx.cutoff:
        ctx.step(Step.SAME_DAY_IN_TIME, at=at, day=day, cutoff=ctx.cutoff)
        return day
    result = ctx.cal.next_working_day(day)
    reason = say(Step.SAME_DAY_AFTER_CUTOFF, cutoff=ctx.cutoff) if working else say(Step.SAME_DAY_DAY_OFF)
    ctx.step(Step.SAME_DAY_NEXT, at=at, day=day, reason=reason)
    ctx.note_days_off(day, result, Step.WHY_NOT_COUNTED)
    return result


def working_hours(rule: WorkingHours, ctx: Context) -> datetime:
    """Count ``rule.n`` hours inside the sessions, from receipt or the next opening (convention 11)."""
    at = _require_time(ctx, rule)
    moment = add_working_minutes(ctx.cal, at, rule.n * 60, ctx.sessions)
    ctx.note_days_off(at.date(), moment.date(), Step.WHY_NOT_COUNTED)
    ctx.step(Step.WORKING_HOURS, n=rule.n, at=at, end=moment)
    return moment


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
