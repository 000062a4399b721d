# SPDX-License-Identifier: Apache-2.0
"""What one call of :func:`hanchot.due` knows: the calendar, the policies, and the steps so far.

The steps and warnings it collects, as messages, become the deadline's explanation. Warnings are
always collected; steps only when ``explain`` is set, for :func:`hanchot.due` computes a due date
first and its explanation when someone asks for it, by running the same rule again.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hanchot.calendars import Calendar, DayInfo
from hanchot.data.records import DayKind
from hanchot.deadline.hours import Sessions
from hanchot.deadline.notes import Caution, Step
from hanchot.deadline.policies import PeriodEndPolicy, Roll, YearContext
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.lunar import LunarDate, to_lunar
from hanchot.messages import Message, Text, fail, say
from hanchot.rules import DayRef, Period

__all__: list[str] = []  # the engine's own part: Context serves due() alone


class Context:
    """What one call of :func:`due` knows: the calendar, the policies, and the steps so far."""

    __slots__ = ("before", "cal", "cutoff", "explain", "moved", "period_end", "roll", "sessions", "start_at",
                 "start_day", "steps", "warnings", "year_context")

    def __init__(self, cal: Calendar, start_day: date, start_at: datetime | None, *,
                 roll: Roll, before: object, period_end: PeriodEndPolicy,
                 year_context: YearContext, cutoff: time,
                 sessions: Sessions, explain: bool) -> None:
        self.cal, self.start_day, self.start_at, self.explain = cal, start_day, start_at, explain
        self.roll, self.before, self.period_end = roll, before, period_end
        self.year_context, self.cutoff, self.sessions = year_context, cutoff, sessions
        self.steps: list[Message] = []
        self.warnings: list[Message] = []
        self.moved: list[DayInfo] = []

    def fork(self) -> Context:
        """A context with the same calendar and policies and no steps yet, for a trial."""
        return Context(self.cal, self.start_day, self.start_at, roll=self.roll, before=self.before,
                       period_end=self.period_end, year_context=self.year_context,
                       cutoff=self.cutoff, sessions=self.sessions, explain=self.explain)

    def adopt(self, trial: Context) -> None:
        """Keep what a trial found: its steps, warnings and the days off that moved it."""
        self.steps.extend(trial.steps)
        self.warnings.extend(trial.warnings)
        self.moved.extend(trial.moved)

    def step(self, code: Step, **params: object) -> None:
        """Record a step of the explanation, when one is asked for."""
        if self.explain:
            self.steps.append(say(code, **params))

    def warn(self, code: Caution, **params: object) -> None:
        """Record a warning."""
        self.warnings.append(say(code, **params))

    def note_days_off(self, a: date, b: date, why: Step | Message) -> None:
        """Record the days off x with a < x ≤ b, which moved the result (for the explanation)."""
        if b <= a or not self.explain:
            return
        days = self.cal.days_off_between(a, b)
        if not days:
            return
        self.moved.extend(days)
        weekends = tuple(d for d in days if d.kind is DayKind.WEEKEND)
        parts: list[Message] = []
        if weekends:  # cited as the calendar cites its week: QĐ 188, or the Labour Code for enterprises
            parts.append(say(Step.WEEKENDS_PART, count=len(weekends), days=tuple(d.date for d in weekends),
                             source=weekends[0].source))
        parts += [say(Step.DAY_OFF_PART, day=info.date, info=info,
                      provisional=say(Text.PROVISIONAL_MARK) if info.provisional else "",
                      cited=say(Text.CITED, source=info.source) if info.source else "")
                  for info in days if info.kind is not DayKind.WEEKEND]
        self.step(Step.DAYS_OFF, why=why if isinstance(why, Message) else say(why), parts=tuple(parts))

    def rolled(self, day: date, what: Step) -> date:
        """Apply ``roll`` to a last day that may not be a working day."""
        if self.cal.is_working_day(day):
            return day
        info = self.cal.day(day)
        if self.roll is Roll.NONE:
            self.warn(Caution.KEPT_ON_DAY_OFF, what=say(what), day=day, info=info)
            return day
        if self.roll is Roll.BACKWARD:
            moved = self.cal.previous_working_day(day)
            self.note_days_off(moved, day, Step.WHY_ROLLED_BACK)
            self.warn(Caution.ROLLED_BACKWARD, what=say(what), day=day, moved=moved)
            return moved
        moved = self.cal.next_working_day(day)
        self.note_days_off(day - timedelta(days=1), moved - timedelta(days=1),
                           say(Step.WHY_ROLLED_FORWARD, what=say(what)))
        self.warn(Caution.ROLLED_FORWARD, what=say(what), day=day, info=info, moved=moved)
        return moved

    def resolve_day(self, ref: DayRef) -> date:
        """A day named without a year takes it from the start (``year_context``).

        A lunar day takes the start's lunar year: 29 Chạp named on 10/01/2026 is 29 Chạp Ất Tỵ,
        16/02/2026, not 29 Chạp of the lunar year that begins at Tết 2026.
        """
        if ref.year is not None:
            return ref.resolve(ref.year)
        year = to_lunar(self.start_day).year if ref.lunar else self.start_day.year
        day = ref.resolve(year)
        if self.year_context is YearContext.NEXT_OCCURRENCE and day < self.start_day:
            year += 1
            day = ref.resolve(year)
        if self.explain:
            named = f"{LunarDate(year, 1, 1).year_name} ({year})" if ref.lunar else day.year
            self.step(Step.YEAR_FROM_START, year=named, policy=self.year_context, how=say(self.year_context))
        return day

    def resolve_period(self, period: Period) -> Period:
        """A period named without a year takes it from the start (``year_context``)."""
        if period.year is not None:
            return period
        resolved = period.in_year(self.start_day.year)
        if self.year_context is YearContext.NEXT_OCCURRENCE and resolved.bounds()[1] < self.start_day:
            resolved = period.in_year(self.start_day.year + 1)
        self.step(Step.YEAR_FROM_START, year=resolved.year, policy=self.year_context,
                  how=say(self.year_context))
        return resolved

    def period_last_day(self, period: Period) -> date:
        """The due day of a period: its last working day, or its last day rolled (``period_end``)."""
        first, last = period.bounds()
        if self.period_end is PeriodEndPolicy.LAST_DAY:
            self.step(Step.PERIOD_LAST_DAY, period=period.phrase(), day=last)
            return self.rolled(last, Step.WHAT_PERIOD_END)
        day = last if self.cal.is_working_day(last) else self.cal.previous_working_day(last)
        if day < first:
            raise fail(InvalidInputError, ErrorCode.PERIOD_HAS_NO_WORKING_DAY, field="period",
                       value=period.phrase(), period=period.phrase())
        self.step(Step.PERIOD_LAST_WORKING_DAY, period=period.phrase(), day=day)
        self.note_days_off(day, last, Step.WHY_PERIOD_END)
        return day
