# SPDX-License-Identifier: Apache-2.0
"""Due dates from rules, under the Civil Code 2015 (Art. 144–148) and hanchot's named policies.

>>> from datetime import date
>>> d = due("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", date(2026, 2, 11))
>>> d.due_date
datetime.date(2026, 2, 25)
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hanchot._checks import choose, require_time
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline.context import Context
from hanchot.deadline.handlers import DAY_RULES, working_hours
from hanchot.deadline.hours import DEFAULT_SESSIONS, Sessions, check_sessions
from hanchot.deadline.notes import Caution, Step
from hanchot.deadline.policies import DEFAULT_CUTOFF, BeforePolicy, PeriodEndPolicy, Roll, YearContext
from hanchot.deadline.result import Deadline
from hanchot.errors import ErrorCode, InvalidInputError, OutOfCoverageError
from hanchot.messages import fail, say
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
    named = dated(anchor) if anchor and not isinstance(rule, WorkingHours) else None
    if named is not None:  # "15 ngày kể từ ngày 20/01/2026": the phrase's own start
        start_day, start_at = named, None
    cal = as_calendar(calendar)
    coverage = cal.coverage
    if start_day not in coverage:
        raise fail(OutOfCoverageError, ErrorCode.DATE_OUT_OF_COVERAGE, field="start", value=start,
                   first=coverage.first, last=coverage.last)
    sessions = check_sessions(sessions)
    ctx = Context(
        cal, start_day, start_at,
        roll=choose("roll", roll, Roll), before=choose("before", before, BeforePolicy),
        period_end=choose("period_end", period_end, PeriodEndPolicy),
        year_context=choose("year_context", year_context, YearContext),
        cutoff=require_time("cutoff", cutoff), sessions=sessions,
    )
    if start_day != given:
        ctx.warn(Caution.START_FROM_PHRASE, used=start_day, given=given)
    ctx.step(Step.RULE, rule=rule.phrase())
    ctx.step(Step.START_ANCHOR if anchor else Step.START, day=start_day, anchor=anchor,
             at=f"{start_at:%H:%M} " if start_at is not None else "")
    try:
        if isinstance(rule, WorkingHours):
            moment = working_hours(rule, ctx)
            due_day, due_at = moment.date(), moment.replace(tzinfo=VIETNAM)
        else:
            due_day = DAY_RULES[type(rule)](rule, ctx)
            due_at = datetime.combine(due_day + timedelta(days=1), time(), VIETNAM)
            if isinstance(rule, FixedDate) and rule.at is not None:  # "chậm nhất 16h00 ngày …"
                due_at = datetime.combine(due_day, rule.at, VIETNAM)
    except OutOfCoverageError:
        raise fail(OutOfCoverageError, ErrorCode.DEADLINE_OUT_OF_COVERAGE, field="start", value=start,
                   phrase=rule.phrase(), first=coverage.first, last=coverage.last) from None
    if due_day < start_day:
        ctx.warn(Caution.ALREADY_PAST, due=due_day, start=start_day)
    low, high = min(start_day, due_day), max(start_day, due_day)  # a day before coverage cannot be asked
    provisional = cal.day(low).provisional or cal.provisional_between(low, high)
    closes = datetime.combine(due_day, sessions[-1][1], VIETNAM)
    timed = isinstance(rule, WorkingHours) or (isinstance(rule, FixedDate) and rule.at is not None)
    end = say(Step.END_AT, at=due_at) if timed else say(Step.END_OF_DAY)
    ctx.step(Step.DUE, day=due_day, end=end, closes=closes,
             provisional=say(Step.PROVISIONAL) if provisional else "")
    return Deadline(rule, start, due_day, due_at, closes, provisional, tuple(ctx.warnings),
                    tuple(ctx.steps), tuple(ctx.moved), start_day)


def _rule(value: object) -> Rule:
    """The rule of a phrase or a rule, else a clear error."""
    if isinstance(value, str):
        return parse(value)
    if type(value) in DAY_RULES or isinstance(value, WorkingHours):
        return value  # type: ignore[return-value]  # one of the rule types, checked just above
    raise fail(InvalidInputError, ErrorCode.NOT_A_RULE, field="phrase_or_rule", value=value)
