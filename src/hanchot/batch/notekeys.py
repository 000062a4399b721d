# SPDX-License-Identifier: Apache-2.0
"""What a vectorised row's notes are made of, as one number (the engine's note key), and back.

A key holds, from its low bits: a day or a number of minutes (bits 0–38), whether the due date is
provisional (bit 39), how the dossier was received (bits 40–41: 1 an online filing accepted late,
2 paper handed over the next morning), the regime (bits 42–43), whether the acceptance predates the
regimes (bit 44), and the working days overdue plus one (bits 45 and up). Rows with the same key get
the same notes, so each distinct key is put into words once.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from hanchot.columns.kernel import _EPOCH
from hanchot.deadline.hours import DEFAULT_SESSIONS
from hanchot.deadline.policies import DEFAULT_CUTOFF as _CUTOFF
from hanchot.dossier import REGIMES, Flag
from hanchot.dossier.assessment import (
    before_regimes_note,
    handover_note,
    handover_of,
    late_acceptance_after,
    overdue_note,
)
from hanchot.messages import Message, say

if TYPE_CHECKING:
    from hanchot.batch.rows import Processor

__all__: list[str] = []  # the engine's: PROVISIONAL_BIT and notes


#: A note key's bit for a provisional due date (the bits below it hold a day or minutes, under 2**39).
PROVISIONAL_BIT = 1 << 39


def notes(key: int, processor: Processor) -> list[Message]:
    """The notes a vectorised row's key stands for, in the order ``assess`` gives them."""
    out: list[Message] = []
    regime = REGIMES[key >> 42 & 0b11]
    if key >> 44 & 1:
        out.append(before_regimes_note(REGIMES[0]))
    receipt, value = key >> 40 & 0b11, key & (PROVISIONAL_BIT - 1)
    if receipt == 1:
        message = late_acceptance_after(regime, value)
        assert message is not None
        out.append(message)
    elif receipt == 2:  # after the cut-off, or on a day off: which, the day says
        day = date.fromordinal(value + _EPOCH)
        handed = handover_of(processor.cal, day, time.max, _CUTOFF, DEFAULT_SESSIONS[0][0])
        assert handed is not None
        out.append(handover_note(regime, not processor.cal.is_working_day(day), _CUTOFF, handed))
    if key & PROVISIONAL_BIT:
        out.append(say(Flag.PROVISIONAL))
    if key >> 45:
        assert processor.as_of_value is not None
        out.append(overdue_note((key >> 45) - 1, processor.as_of_value[0]))
    return out
