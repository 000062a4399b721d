# SPDX-License-Identifier: Apache-2.0
"""A recurring deadline's stated days as a recurrence rule (``dateutil.rrule``, RFC 5545 RRULE).

The stated day is the day the phrase names, before a day off moves it: the 25th for
"chậm nhất ngày 25 hằng tháng" (the last day of a shorter month for the 29th–31st, as
the deadline itself clips it), the last day of the month, quarter or year for "hằng
tháng/quý/năm", the week's Sunday for "hằng tuần". The deadline of each occurrence is
what :func:`hanchot.due` gives for it; :func:`hanchot.scanner.to_ics` writes both.

>>> from datetime import date
>>> from hanchot.rules import Frequency, Recurring
>>> rule = Recurring(Frequency.MONTHLY, day=31)
>>> [d.date().isoformat() for d in recurrence(rule, date(2026, 1, 1))[:3]]
['2026-01-31', '2026-02-28', '2026-03-31']
>>> rrule_text(rule)
'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1'
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from hanchot._checks import require_date
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail
from hanchot.rules.dates import Frequency
from hanchot.rules.kinds import Recurring

if TYPE_CHECKING:
    from dateutil.rrule import rrule

__all__ = ["recurrence", "rrule_text"]


def recurrence(rule: Recurring, start: date, until: date | None = None) -> rrule:
    """The stated days of ``rule`` from ``start`` (inclusive) to ``until`` (inclusive, or unbounded).

    >>> from hanchot.rules import Frequency, Recurring
    >>> [d.date().isoformat() for d in recurrence(Recurring(Frequency.QUARTERLY), date(2026, 2, 1),
    ...                                            date(2026, 12, 31))]
    ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']
    """
    if not isinstance(rule, Recurring):
        raise fail(InvalidInputError, ErrorCode.NOT_A_RULE, field="rule", value=rule)
    first = datetime.combine(require_date(start, "start"), datetime.min.time())
    from dateutil import rrule as rr  # noqa: PLC0415 (loaded only when a recurrence is asked for)

    text = rrule_text(rule)
    if until is not None:
        text += f";UNTIL={require_date(until, 'until'):%Y%m%d}T000000"
    made = rr.rrulestr(text, dtstart=first)
    assert isinstance(made, rr.rrule)  # one RRULE and no set: rrulestr gives an rrule
    return made


def rrule_text(rule: Recurring) -> str:
    """The RFC 5545 RRULE value of a recurring deadline's stated days.

    >>> from hanchot.rules import Frequency, Recurring
    >>> rrule_text(Recurring(Frequency.YEARLY, day=20, month=11)), rrule_text(Recurring(Frequency.WEEKLY))
    ('FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20', 'FREQ=WEEKLY;BYDAY=SU')
    """
    if not isinstance(rule, Recurring):
        raise fail(InvalidInputError, ErrorCode.NOT_A_RULE, field="rule", value=rule)
    if rule.frequency is Frequency.WEEKLY:
        return "FREQ=WEEKLY;BYDAY=SU"
    if rule.day is None:
        return {Frequency.MONTHLY: "FREQ=MONTHLY;BYMONTHDAY=-1",
                Frequency.QUARTERLY: "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1",
                Frequency.YEARLY: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"}[rule.frequency]
    head = {Frequency.MONTHLY: "FREQ=MONTHLY", Frequency.QUARTERLY: "FREQ=MONTHLY;BYMONTH=3,6,9,12",
            Frequency.YEARLY: f"FREQ=YEARLY;BYMONTH={rule.month}"}[rule.frequency]
    if rule.day <= 28:
        return f"{head};BYMONTHDAY={rule.day}"
    days = ",".join(str(d) for d in range(28, rule.day + 1))
    return f"{head};BYMONTHDAY={days};BYSETPOS=-1"  # the last of them the month has: the clip
