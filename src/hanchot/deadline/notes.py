# SPDX-License-Identifier: Apache-2.0
"""The codes of what a deadline says about itself: each step of its explanation, each warning.

The texts are in the message catalogue, in Vietnamese and English; a
:class:`~hanchot.deadline.Deadline` keeps its steps and warnings as messages
with these codes, so that a caller can branch on a warning's code and show it
in either language.

>>> from datetime import date
>>> from hanchot import due
>>> w = due("chậm nhất ngày 10/12/2023", date(2023, 10, 17)).warnings[0]
>>> w.code is Caution.ROLLED_FORWARD
True
>>> print(w.text("en"))
The due day is Sunday 10/12/2023, a day off (Weekly rest day (Sunday)); the deadline moves to ...
"""

from __future__ import annotations

from hanchot.errors import Choice

__all__ = ["Caution", "Step"]


class Step(Choice):
    """A step of a deadline's explanation."""

    RULE = "rule"
    START = "start"
    START_ANCHOR = "start_anchor"
    DAYS_OFF = "days_off"
    WEEKENDS_PART = "weekends_part"
    DAY_OFF_PART = "day_off_part"
    WHY_NOT_COUNTED = "why_not_counted"
    WHY_ROLLED_BACK = "why_rolled_back"
    WHY_ROLLED_FORWARD = "why_rolled_forward"
    WHY_PERIOD_END = "why_period_end"
    WHY_BEFORE = "why_before"
    WHAT_PERIOD_END = "what_period_end"
    WHAT_DUE_DAY = "what_due_day"
    WHAT_LAST_DAY = "what_last_day"
    YEAR_FROM_START = "year_from_start"
    PERIOD_LAST_DAY = "period_last_day"
    PERIOD_LAST_WORKING_DAY = "period_last_working_day"
    WORKING_DAYS = "working_days"
    CALENDAR_PERIOD = "calendar_period"
    CLIPPED = "clipped"
    FIXED = "fixed"
    BEFORE_PREVIOUS_DAY = "before_previous_day"
    BEFORE_PREVIOUS_DAY_ROLLED = "before_previous_day_rolled"
    WHY_BEFORE_ROLLED = "why_before_rolled"
    CLIPPED_YEAR = "clipped_year"
    BEFORE_LAST_WORKING_DAY = "before_last_working_day"
    POINT = "point"
    RECURRING = "recurring"
    WEEK_LAST_WORKING_DAY = "week_last_working_day"
    SAME_DAY_IN_TIME = "same_day_in_time"
    SAME_DAY_NEXT = "same_day_next"
    SAME_DAY_AFTER_CUTOFF = "same_day_after_cutoff"
    SAME_DAY_DAY_OFF = "same_day_day_off"
    WORKING_HOURS = "working_hours"
    DUE = "due"
    END_OF_DAY = "end_of_day"
    END_AT = "end_at"
    PROVISIONAL = "provisional"


class Caution(Choice):
    """A warning a deadline carries: something a clerk should know about its due date."""

    #: The phrase names its own start ("kể từ ngày 20/01/2026"), which differs from the one given.
    START_FROM_PHRASE = "start_from_phrase"
    #: The last day is a day off and ``roll='none'`` keeps it.
    KEPT_ON_DAY_OFF = "kept_on_day_off"
    #: The last day is a day off; ``roll='backward'`` moved it to the working day before.
    ROLLED_BACKWARD = "rolled_backward"
    #: The last day is a day off; it moved to the next working day (BLDS 2015 Art. 148(5)).
    ROLLED_FORWARD = "rolled_forward"
    #: ``before='previous_day'`` gave a day off.
    PREVIOUS_DAY_OFF = "previous_day_off"
    #: ``before='previous_day_rolled_forward'``: the day before X is a day off; the next working day is due.
    BEFORE_ROLLED_FORWARD = "before_rolled_forward"
    #: A period of years from 29/02 ends on 28/02: Art. 148(3)'s month end, by analogy (convention 18).
    LEAP_DAY_BY_ANALOGY = "leap_day_by_analogy"
    #: The due date lies before the start (a fixed date already past).
    ALREADY_PAST = "already_past"
