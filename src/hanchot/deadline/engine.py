# SPDX-License-Identifier: Apache-2.0
"""Due dates from rules, under the Civil Code 2015 (Art. 144–148) and hanchot's named policies.

>>> from datetime import date
>>> d = due("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", date(2026, 2, 11))
>>> d.due_date
datetime.date(2026, 2, 25)
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple

from hanchot._checks import choose, require_time
from hanchot.calendars import Calendar, DayInfo, as_calendar
from hanchot.deadline.context import Context
from hanchot.deadline.handlers import DAY_RULES, working_hours
from hanchot.deadline.hours import DEFAULT_SESSIONS, Sessions, check_sessions
from hanchot.deadline.notes import Caution, Step
from hanchot.deadline.policies import DEFAULT_CUTOFF, BeforePolicy, PeriodEndPolicy, Roll, YearContext
from hanchot.deadline.result import Deadline, Explanation
from hanchot.errors import ErrorCode, InvalidInputError, OutOfCoverageError
from hanchot.messages import Message, fail, say
from hanchot.moments import VIETNAM, to_vietnam
from hanchot.parser import dated, parse
from hanchot.rules import FixedDate, Rule, WorkingHours

__all__ = ["due"]


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
    rule = _rule(phrase_or_rule)
    start_day, start_at = to_vietnam(start)
    given = start_day
    anchor = getattr(rule, "anchor", None)
    named = dated(anchor) if anchor and type(rule) is not WorkingHours else None
    if named is not None:  # "15 ngày kể từ ngày 20/01/2026": the phrase's own start
        start_day, start_at = named, None
    cal = as_calendar(calendar)
    coverage = cal.coverage
    if start_day not in coverage:
        raise fail(OutOfCoverageError, ErrorCode.DATE_OUT_OF_COVERAGE, field="start", value=start,
                   first=coverage.first, last=coverage.last)
    policies = _DEFAULTS  # known good: the defaults, which nearly every call uses, are not checked again
    if (roll, before, period_end, year_context, cutoff, sessions) != _DEFAULTS:
        policies = _Policies(choose("roll", roll, Roll), choose("before", before, BeforePolicy),
                             choose("period_end", period_end, PeriodEndPolicy),
                             choose("year_context", year_context, YearContext),
                             require_time("cutoff", cutoff), check_sessions(sessions))
    facts: _Facts = (rule, start, start_day, start_at, given, cal, policies)
    ctx, due_day, due_at, closes, provisional = _count(facts, explain=False)
    return Deadline(rule, start, due_day, due_at, closes, provisional, tuple(ctx.warnings), start_day,
                    Explanation(_explained, facts))


class _Policies(NamedTuple):
    roll: Roll
    before: BeforePolicy
    period_end: PeriodEndPolicy
    year_context: YearContext
    cutoff: time
    sessions: Sessions


_DEFAULTS = _Policies(Roll.FORWARD, BeforePolicy.LAST_WORKING_DAY, PeriodEndPolicy.LAST_WORKING_DAY,
                      YearContext.NEXT_OCCURRENCE, DEFAULT_CUTOFF, DEFAULT_SESSIONS)


#: What due() was given, checked: (rule, start, start day, start moment, day given, calendar, policies).
_Facts = tuple[Rule, date | datetime, date, datetime | None, date, Calendar, _Policies]


def _count(facts: _Facts, *, explain: bool) -> tuple[Context, date, datetime, datetime, bool]:
    """The due date of ``rule``, with its warnings, and its steps when ``explain`` is set.

    The one computation behind both halves of a :class:`Deadline`: run once without the explanation,
    and again, the same way, only if someone asks for it.
    """
    rule, start, start_day, start_at, given, cal, policies = facts
    ctx = Context(cal, start_day, start_at, roll=policies.roll, before=policies.before,
                  period_end=policies.period_end, year_context=policies.year_context,
                  cutoff=policies.cutoff, sessions=policies.sessions, explain=explain)
    if start_day != given:
        ctx.warn(Caution.START_FROM_PHRASE, used=start_day, given=given)
    if explain:
        anchor = getattr(rule, "anchor", None)
        ctx.step(Step.RULE, rule=rule.phrase())
        ctx.step(Step.START_ANCHOR if anchor else Step.START, day=start_day, anchor=anchor,
                 at=f"{start_at:%H:%M} " if start_at is not None else "")
    try:
        if type(rule) is WorkingHours:
            moment = working_hours(rule, ctx)
            due_day, due_at = moment.date(), moment.replace(tzinfo=VIETNAM)
        else:
            due_day = DAY_RULES[type(rule)](rule, ctx)
            due_at = _midnight_after(due_day)
            if type(rule) is FixedDate and rule.at is not None:  # "chậm nhất 16h00 ngày …"
                due_at = datetime.combine(due_day, rule.at, VIETNAM)
    except OutOfCoverageError:
        coverage = cal.coverage
        raise fail(OutOfCoverageError, ErrorCode.DEADLINE_OUT_OF_COVERAGE, field="start", value=start,
                   phrase=rule.phrase(), first=coverage.first, last=coverage.last) from None
    if due_day < start_day:
        ctx.warn(Caution.ALREADY_PAST, due=due_day, start=start_day)
    provisional = cal.provisional_between(start_day, due_day, both_ends=True)
    closes = _at(due_day, policies.sessions[-1][1])
    if explain:
        timed = type(rule) is WorkingHours or (type(rule) is FixedDate and rule.at is not None)
        end = say(Step.END_AT, at=due_at) if timed else say(Step.END_OF_DAY)
        ctx.step(Step.DUE, day=due_day, end=end, closes=closes,
                 provisional=say(Step.PROVISIONAL) if provisional else "")
    return ctx, due_day, due_at, closes, provisional


def _explained(facts: _Facts) -> tuple[tuple[Message, ...], tuple[DayInfo, ...]]:
    """The steps, and the days off that moved the result, of the same computation run again."""
    ctx = _count(facts, explain=True)[0]
    return tuple(ctx.steps), tuple(ctx.moved)


@lru_cache(maxsize=4096)
def _midnight_after(day: date) -> datetime:
    """The end of ``day``, 24:00 (BLDS 2015 Art. 148(6)): 00:00 of the next day, Vietnam time."""
    return datetime.combine(day + timedelta(days=1), time(), VIETNAM)


@lru_cache(maxsize=4096)
def _at(day: date, clock: time) -> datetime:
    """``clock`` on ``day``, Vietnam time (a due date is asked of a few thousand days, again and again)."""
    return datetime.combine(day, clock, VIETNAM)


def _rule(value: object) -> Rule:
    """The rule of a phrase or a rule, else a clear error."""
    if isinstance(value, str):
        return parse(value)
    if type(value) in DAY_RULES or type(value) is WorkingHours:
        return value  # type: ignore[return-value]  # one of the rule types, checked just above
    raise fail(InvalidInputError, ErrorCode.NOT_A_RULE, field="phrase_or_rule", value=value)
