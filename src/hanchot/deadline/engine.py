# SPDX-License-Identifier: Apache-2.0
"""Due dates from rules, under the Civil Code 2015 (Art. 144–148) and hanchot's named policies.

>>> from datetime import date
>>> d = due("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", date(2026, 2, 11))
>>> d.due_date
datetime.date(2026, 2, 25)
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hanchot._text import day_vi
from hanchot.calendars import Calendar, default_calendar
from hanchot.deadline.context import Context
from hanchot.deadline.handlers import DAY_RULES, working_hours
from hanchot.deadline.hours import DEFAULT_SESSIONS, Sessions, check_sessions
from hanchot.deadline.moments import VIETNAM, to_vietnam
from hanchot.deadline.policies import DEFAULT_CUTOFF, BeforePolicy, PeriodEndPolicy, Roll, YearContext
from hanchot.deadline.result import Deadline
from hanchot.errors import InvalidInputError, OutOfCoverageError, choose
from hanchot.parser import parse
from hanchot.rules import Rule, WorkingHours

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
    rule = parse(phrase_or_rule) if isinstance(phrase_or_rule, str) else phrase_or_rule
    if type(rule) not in DAY_RULES and not isinstance(rule, WorkingHours):
        raise InvalidInputError(f"phrase_or_rule={phrase_or_rule!r} is neither a phrase nor a rule")
    start_day, start_at = to_vietnam(start)
    cal = calendar if calendar is not None else default_calendar()
    sessions = check_sessions(sessions)
    if not isinstance(cutoff, time):
        raise InvalidInputError(f"cutoff={cutoff!r} must be a datetime.time, e.g. time(15, 0)")
    ctx = Context(
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
            moment = working_hours(rule, ctx)
            due_day, due_at = moment.date(), moment.replace(tzinfo=VIETNAM)
        else:
            due_day = DAY_RULES[type(rule)](rule, ctx)
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
