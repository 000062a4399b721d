# SPDX-License-Identifier: Apache-2.0
"""A dossier as the desk records it, the policies that read it, and its assessment.

>>> d = Dossier("HS-1", date(2026, 3, 2), "05 ngày làm việc")
>>> d.code, Status.ON_TIME.value
('HS-1', 'dung_han')
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from hanchot.deadline import Deadline
from hanchot.dossier.regimes import Regime
from hanchot.errors import ReappointmentError
from hanchot.rules import Rule

__all__ = ["Assessment", "Dossier", "ReceiptPolicy", "Status", "SupplementPolicy", "When"]


class Status(StrEnum):
    """A dossier's status (house convention 13); the values are the batch column's."""

    EARLY = "truoc_han"
    ON_TIME = "dung_han"
    LATE = "tre_han"
    OPEN = "dang_xu_ly"


class ReceiptPolicy(StrEnum):
    """From which day the period runs (house convention 9)."""

    #: The acceptance on the slip; its day never counts, whatever the hour (ND 118 Art. 17(3);
    #: BLDS Art. 147). The default.
    LEGAL = "legal"
    #: After the cut-off, outside sessions or on a day off, the dossier counts as accepted at
    #: the opening of the next working day, as some electronic one-stop systems do.
    DEEMED_NEXT_WORKING_DAY = "deemed_next_working_day"


class SupplementPolicy(StrEnum):
    """What a request for a complete dossier does to the period (house convention 12)."""

    #: The period restarts in full when the complete dossier arrives (ND 118 Art. 19(5);
    #: ND 61 Art. 19(4)). The default.
    RESTART = "restart"
    #: The period stops while the applicant completes the dossier (for internal tracking).
    PAUSE = "pause"


When = date | datetime


@dataclass(frozen=True, slots=True)
class Dossier:
    """A dossier as the one-stop desk records it."""

    code: str  # ma_ho_so
    accepted_at: When  # ngay_nhan: the acceptance on the receipt slip
    time_limit: str | Rule  # thoi_han, e.g. "05 ngày làm việc"
    submitted_at: datetime | None = None  # ngay_nop: when an online filing reached the system
    supplement_requests: tuple[When, ...] = ()  # yêu cầu bổ sung (one at most)
    completed_at: When | None = None  # ngay_nhan_du: the complete dossier after a request
    returned_at: When | None = None  # ngay_tra: the result returned
    reappointed_to: date | None = None  # the new date on the apology slip (mẫu 04)

    def reappoint(self, new_date: date) -> Dossier:
        """Re-date the appointment, once only (ND 118 Art. 19(6), ND 61 Art. 19(9)).

        >>> d = Dossier("HS-2", date(2026, 3, 2), "05 ngày làm việc").reappoint(date(2026, 3, 20))
        >>> d.reappoint(date(2026, 3, 31))
        Traceback (most recent call last):
        ...
        hanchot.errors.ReappointmentError: dossier 'HS-2' was already re-appointed to 2026-03-20; ...
        """
        if self.reappointed_to is not None:
            raise ReappointmentError(
                f"dossier {self.code!r} was already re-appointed to {self.reappointed_to}; the "
                "appointment may be re-dated once only (ND 118/2025 Art. 19(6), ND 61/2018 Art. 19(9))"
            )
        return replace(self, reappointed_to=new_date)


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a dossier's dates mean under the decree and the policies, as of a given moment."""

    dossier: Dossier
    regime: Regime
    counted_from: When  # the acceptance, deemed acceptance or completion the period runs from
    deadline: Deadline | None  # None while waiting for a requested supplement
    status: Status
    late_working_days: int  # after the due date (so far, for an open dossier as of ``as_of``)
    late_working_minutes: int  # after the office closed on the due date
    apology_by: date | None  # the last day to send the apology (mẫu 04), convention 14
    handover_at: datetime | None  # paper after the cut-off: the next working day's opening
    late_acceptance: bool  # online filing accepted more than 8 working hours after submission
    supplement_request_by: date | None  # the last day to ask for a complete dossier
    closed_incomplete: bool  # not completed within the days the decree allows
    met_reappointment: bool | None
    flags: tuple[str, ...]

    @property
    def due_date(self) -> date | None:
        """The appointment date (ngày hẹn trả), or None while a supplement is awaited."""
        return self.deadline.due_date if self.deadline else None
