# SPDX-License-Identifier: Apache-2.0
"""The one-stop decrees, versioned by the date of acceptance, with the articles each rule rests on.

>>> regime_for(date(2026, 3, 6)).decree
'Nghị định 118/2025/NĐ-CP'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["REGIMES", "Regime", "regime_for"]


@dataclass(frozen=True, slots=True)
class Regime:
    """The one-stop decree in force for a receipt date, and the articles each rule rests on."""

    code: str
    decree: str
    effective_from: date
    handover: str  # the 15:00 hand-over rule
    supplement: str  # the request for a complete dossier and the restart
    apology: str  # the apology slip and the single re-appointment
    online_acceptance_hours: int | None  # working hours to accept an online filing
    close_incomplete_after_days: int | None  # days after the notice before closing


REGIMES = (
    Regime("ND61/2018", "Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)",
           date(2018, 6, 21), "Điều 18 khoản 2", "Điều 19 khoản 4", "Điều 19 khoản 9", None, None),
    Regime("ND118/2025", "Nghị định 118/2025/NĐ-CP", date(2025, 7, 1), "Điều 18 khoản 2",
           "Điều 19 khoản 5", "Điều 19 khoản 6", 8, 15),
)


def regime_for(accepted: date) -> Regime:
    """The decree in force on the day of acceptance (rules are versioned by receipt date).

    >>> regime_for(date(2025, 6, 30)).code, regime_for(date(2025, 7, 1)).code
    ('ND61/2018', 'ND118/2025')
    """
    current = REGIMES[0]
    for regime in REGIMES:
        if regime.effective_from <= accepted:
            current = regime
    return current
