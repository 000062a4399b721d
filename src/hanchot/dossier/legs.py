# SPDX-License-Identifier: Apache-2.0
"""Inter-agency procedures (liên thông): a total period split into legs, each with its due date.

>>> [p.due_date.isoformat() for p in plan_legs(5, date(2026, 3, 2), [Leg("A", 2), Leg("B", 3)])]
['2026-03-04', '2026-03-09']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hanchot.calendars import Calendar, default_calendar
from hanchot.errors import InvalidInputError, LegBudgetError, choose
from hanchot.parser import parse
from hanchot.rules import WorkingDays

__all__ = ["Leg", "LegMode", "LegPlan", "plan_legs"]


class LegMode(StrEnum):
    """How the agencies of an inter-agency procedure take their turns."""

    SEQUENTIAL = "sequential"  # one after the other: budgets add up
    PARALLEL = "parallel"  # at the same time: the longest budget counts


@dataclass(frozen=True, slots=True)
class Leg:
    """One agency's share of the period, in working days (from the procedure's internal process)."""

    agency: str
    working_days: int


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

    >>> plan = plan_legs("10 ngày làm việc", date(2026, 3, 2),
    ...                  [Leg("UBND xã", 3), Leg("Phòng TN-MT", 5), Leg("UBND huyện", 2)])
    >>> [(p.agency, p.due_date.isoformat()) for p in plan]
    [('UBND xã', '2026-03-05'), ('Phòng TN-MT', '2026-03-12'), ('UBND huyện', '2026-03-16')]
    >>> plan_legs(5, date(2026, 3, 2), [Leg("A", 3), Leg("B", 3)])
    Traceback (most recent call last):
    ...
    hanchot.errors.LegBudgetError: the legs need 6 working days (sequential) but the procedure ...
    """
    cal = calendar if calendar is not None else default_calendar()
    rule = parse(total) if isinstance(total, str) else total
    days = rule.n if isinstance(rule, WorkingDays) else rule
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise InvalidInputError(f"total={total!r} must be a number of working days, e.g. 10 or "
                                "'10 ngày làm việc'")
    mode = choose("mode", mode, LegMode)
    for leg in legs:
        budget = leg.working_days
        if isinstance(budget, bool) or not isinstance(budget, int) or budget < 1:
            raise InvalidInputError(f"leg {leg.agency!r}: working_days={leg.working_days!r} must be ≥ 1")
    budgets = [leg.working_days for leg in legs]
    needed = sum(budgets) if mode is LegMode.SEQUENTIAL else max(budgets, default=0)
    if needed > days:
        shares = ", ".join(f"{leg.agency} {leg.working_days}" for leg in legs)
        raise LegBudgetError(f"the legs need {needed} working days ({mode.value}) but the procedure "
                             f"allows {days}: {shares}")
    plans = []
    begin = start
    for leg in legs:
        end = cal.add_working_days(begin, leg.working_days)
        plans.append(LegPlan(leg.agency, begin, end))
        if mode is LegMode.SEQUENTIAL:
            begin = end
    return tuple(plans)
