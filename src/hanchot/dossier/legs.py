# SPDX-License-Identifier: Apache-2.0
"""Inter-agency procedures (liên thông): a total period split into legs, each with its due date.

>>> [p.due_date.isoformat() for p in plan_legs(5, date(2026, 3, 2), [Leg("A", 2), Leg("B", 3)])]
['2026-03-04', '2026-03-09']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hanchot._checks import choose, require_date, require_int, require_text
from hanchot.calendars import Calendar, as_calendar
from hanchot.errors import Choice, ErrorCode, InvalidInputError, LegBudgetError
from hanchot.messages import fail
from hanchot.parser import parse
from hanchot.rules import WorkingDays

__all__ = ["Leg", "LegMode", "LegPlan", "plan_legs"]


class LegMode(Choice):
    """How the agencies of an inter-agency procedure take their turns."""

    SEQUENTIAL = "sequential"  # one after the other: budgets add up
    PARALLEL = "parallel"  # at the same time: the longest budget counts


@dataclass(frozen=True, slots=True)
class Leg:
    """One agency's share of the period, in working days (from the procedure's internal process)."""

    agency: str
    working_days: int

    def __post_init__(self) -> None:
        require_text("agency", self.agency)
        require_int("working_days", self.working_days, low=1, high=3650, example=3)


@dataclass(frozen=True, slots=True)
class LegPlan:
    """One leg with its dates, as written on the transfer slip (ND 118 Art. 20(2))."""

    agency: str
    starts_after: date
    due_date: date


def plan_legs(total: int | str | WorkingDays, start: date, legs: Sequence[Leg], *,
              mode: LegMode | str = LegMode.SEQUENTIAL, calendar: Calendar | None = None
              ) -> tuple[LegPlan, ...]:
    """Split a total period in working days into legs, each with its due date.

    >>> plan = plan_legs("10 ngày làm việc", date(2026, 3, 2),  # a commune, then the province (two tiers)
    ...                  [Leg("UBND xã", 3), Leg("Sở Nông nghiệp và Môi trường", 5), Leg("UBND tỉnh", 2)])
    >>> [(p.agency, p.due_date.isoformat()) for p in plan]
    [('UBND xã', '2026-03-05'), ('Sở Nông nghiệp và Môi trường', '2026-03-12'), ('UBND tỉnh', '2026-03-16')]
    >>> plan_legs(5, date(2026, 3, 2), [Leg("A", 3), Leg("B", 3)])
    Traceback (most recent call last):
    ...
    hanchot.errors.LegBudgetError: các bước liên thông cần 6 ngày làm việc (sequential) nhưng thời hạn ...
    """
    cal = as_calendar(calendar)
    rule = parse(total) if isinstance(total, str) else total
    days = require_int("total", rule.n if isinstance(rule, WorkingDays) else rule, low=1, example=10)
    start = require_date(start, "start")
    mode = choose("mode", mode, LegMode)
    if isinstance(legs, str | bytes) or not isinstance(legs, Sequence) or not all(isinstance(leg, Leg)
                                                                               for leg in legs):
        raise fail(InvalidInputError, ErrorCode.WRONG_KIND, field="legs", value=legs,
                   example="[Leg('UBND xã', 3), …]")
    budgets = [leg.working_days for leg in legs]
    needed = sum(budgets) if mode is LegMode.SEQUENTIAL else max(budgets, default=0)
    if needed > days:
        shares = ", ".join(f"{leg.agency} {leg.working_days}" for leg in legs)
        raise fail(LegBudgetError, ErrorCode.LEG_BUDGET_EXCEEDED, field="legs", value=budgets, needed=needed,
                   mode=mode.value, total=days, shares=shares)
    plans = []
    begin = start
    for leg in legs:
        end = cal.add_working_days(begin, leg.working_days)
        plans.append(LegPlan(leg.agency, begin, end))
        if mode is LegMode.SEQUENTIAL:
            begin = end
    return tuple(plans)
