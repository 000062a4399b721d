# SPDX-License-Identifier: Apache-2.0
"""The named policies of a deadline, where the law is silent (house conventions 4–7, 10; docs/conventions.md).

>>> Roll("backward"), BeforePolicy.LAST_WORKING_DAY.value
(<Roll.BACKWARD: 'backward'>, 'last_working_day')
"""

from __future__ import annotations

from datetime import time

from hanchot.errors import Choice

__all__ = ["DEFAULT_CUTOFF", "BeforePolicy", "PeriodEndPolicy", "Roll", "YearContext"]

#: Paper dossiers received after this hour are handled the next working day (convention 10).
DEFAULT_CUTOFF = time(15)


class Roll(Choice):
    """What a fixed or computed last day that is not a working day becomes."""

    #: The next working day: BLDS 2015 Art. 148(5) (house conventions 3, 4, 7). The default.
    FORWARD = "forward"
    #: The working day before it, for offices that must act before a day off.
    BACKWARD = "backward"
    #: The day itself, with a warning.
    NONE = "none"


class BeforePolicy(Choice):
    """What 'trước ngày X' means (house convention 5)."""

    #: The last working day before X. The default.
    LAST_WORKING_DAY = "last_working_day"
    #: The calendar day before X, even when it is a day off (with a warning).
    PREVIOUS_DAY = "previous_day"
    #: The calendar day before X, moved to the next working day when it is a day off: the sector
    #: alternative of circulars that move a report day off forward (TT 121/2015/TT-BQP Art. 5).
    PREVIOUS_DAY_ROLLED_FORWARD = "previous_day_rolled_forward"


class PeriodEndPolicy(Choice):
    """What 'trong tháng/quý/năm …', 'hết năm …' mean (house convention 6)."""

    #: The last working day inside the period. The default.
    LAST_WORKING_DAY = "last_working_day"
    #: The period's last calendar day, then ``roll`` (Art. 148(5) may carry it past the period).
    LAST_DAY = "last_day"


class YearContext(Choice):
    """Which year a date or period without one ('5/1', 'trong quý III') belongs to."""

    #: The first occurrence that ends on or after the start. The default.
    NEXT_OCCURRENCE = "next_occurrence"
    #: The start's own year, even if that is already past.
    START_YEAR = "start_year"
