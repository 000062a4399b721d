# SPDX-License-Identifier: Apache-2.0
"""The one-stop decrees, versioned by the date of acceptance, with the articles each rule rests on.

>>> regime_for(date(2026, 3, 6)).decree
'Nghị định 118/2025/NĐ-CP'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hanchot._checks import require_date

__all__ = ["REGIMES", "Regime", "regime_for"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Regime:
    """The one-stop decree in force for a receipt date, and the articles each rule rests on."""

    code: str
    decree: str
    effective_from: date
    #: Paper dossiers received after the cut-off are handed over the next working day.
    handover: str
    #: The request for a complete dossier, the 03 working days to make it, and the restart.
    supplement: str
    #: A dossier may be sent back for supplements once only.
    supplement_once: str
    #: The apology slip and the single re-appointment.
    apology: str
    #: The appointment written on the receipt slip, which the result keeps.
    appointment: str
    #: Working hours to accept (or send back) an online filing, and the article; None if none.
    online_acceptance_hours: int | None = None
    online_acceptance: str = ""
    #: Days after the notice before an incomplete dossier is closed, and the article; None if none.
    close_incomplete_after_days: int | None = None
    close_incomplete: str = ""


REGIMES = (
    Regime(code="ND61/2018", decree="Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)",
           effective_from=date(2018, 6, 21), handover="Điều 18 khoản 2", supplement="Điều 19 khoản 4",
           supplement_once="Điều 19 khoản 4", apology="Điều 19 khoản 9",
           appointment="Thông tư 01/2018/TT-VPCP, mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả)"),
    Regime(code="ND118/2025", decree="Nghị định 118/2025/NĐ-CP", effective_from=date(2025, 7, 1),
           handover="Điều 18 khoản 2", supplement="Điều 19 khoản 5",
           supplement_once="Điều 11 khoản 2 điểm c, Điều 16 khoản 3, Điều 17 khoản 2 điểm a",
           apology="Điều 19 khoản 6", appointment="Điều 22 khoản 3", online_acceptance_hours=8,
           online_acceptance="Điều 17 khoản 2 điểm c",
           close_incomplete_after_days=15, close_incomplete="Điều 19 khoản 5"),
)


def regime_for(accepted: date) -> Regime:
    """The decree in force on the day of acceptance (rules are versioned by receipt date).

    >>> regime_for(date(2025, 6, 30)).code, regime_for(date(2025, 7, 1)).code
    ('ND61/2018', 'ND118/2025')
    """
    accepted = require_date(accepted, "accepted")
    current = REGIMES[0]
    for regime in REGIMES:
        if regime.effective_from <= accepted:
            current = regime
    return current
