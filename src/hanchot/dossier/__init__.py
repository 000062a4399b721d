# SPDX-License-Identifier: Apache-2.0
"""One-stop dossiers (hồ sơ TTHC): from acceptance to status, lateness and apology.

The period runs from the acceptance recorded on the receipt slip (ND 118/2025
Art. 17(3)); the day of acceptance never counts (BLDS 2015 Art. 147).

>>> from datetime import datetime
>>> d = Dossier("HS-001", accepted_at=datetime(2026, 3, 6, 16, 0), time_limit="05 ngày làm việc",
...             returned_at=datetime(2026, 3, 16, 9, 30))
>>> a = assess(d)
>>> a.due_date, a.status.value, a.late_working_days, a.regime.code
(datetime.date(2026, 3, 13), 'tre_han', 1, 'ND118/2025')
>>> a.handover_at  # paper received after 15:00: handed over the next working morning
datetime.datetime(2026, 3, 9, 8, 0)
"""

from hanchot.dossier.assessment import assess, complete_by, handover, late_acceptance_note, overdue_note
from hanchot.dossier.legs import Leg, LegMode, LegPlan, plan_legs
from hanchot.dossier.model import (
    Apology,
    Assessment,
    Dossier,
    Flag,
    ReceiptPolicy,
    Received,
    Status,
    SupplementPolicy,
)
from hanchot.dossier.regimes import REGIMES, Regime, regime_for
from hanchot.errors import LegBudgetError, ReappointmentError, SupplementError

__all__ = [
    "REGIMES",
    "Apology",
    "Assessment",
    "Dossier",
    "Flag",
    "Leg",
    "LegBudgetError",
    "LegMode",
    "LegPlan",
    "ReappointmentError",
    "ReceiptPolicy",
    "Received",
    "Regime",
    "Status",
    "SupplementError",
    "SupplementPolicy",
    "assess",
    "complete_by",
    "handover",
    "late_acceptance_note",
    "overdue_note",
    "plan_legs",
    "regime_for",
]
