# SPDX-License-Identifier: Apache-2.0
"""A dossier as the desk records it, the policies that read it, and its assessment.

>>> d = Dossier("HS-1", date(2026, 3, 2), "05 ngày làm việc")
>>> d.code, Status.ON_TIME.value
('HS-1', 'dung_han')
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from hanchot._checks import require_date, require_text
from hanchot.deadline import Deadline
from hanchot.dossier.regimes import Regime
from hanchot.errors import Choice, ErrorCode, InvalidInputError, ReappointmentError
from hanchot.messages import Message, Text, fail, say, table_html, weekday
from hanchot.moments import to_vietnam
from hanchot.rules import Rule

__all__ = ["Apology", "Assessment", "Dossier", "Flag", "ReceiptPolicy", "Received", "Status",
           "SupplementPolicy", "When"]


class Status(Choice):
    """A dossier's status (house convention 13).

    The values are the machine codes that the batch's ``trang_thai`` column carries
    (they stay as published, Vietnamese in ASCII); ``label(lang)`` is for people.

    >>> Status.LATE.value, Status.LATE.label(), Status.LATE.label("en")
    ('tre_han', 'trễ hạn', 'late')
    """

    EARLY = "truoc_han"
    ON_TIME = "dung_han"
    LATE = "tre_han"
    OPEN = "dang_xu_ly"
    #: Not completed within the days the decree allows after the request (ND 118 Art. 19(5)).
    CLOSED = "dung_xu_ly"
    #: Refused, with the reasons, by the agency (ND 118 Art. 19(3)).
    REFUSED = "tu_choi"
    #: Withdrawn at the applicant's request (ND 118 Art. 21).
    WITHDRAWN = "rut_ho_so"

    def label(self, lang: object = "vi") -> str:
        """The status in words, in ``lang``."""
        return say(self).text(lang)


class Flag(Choice):
    """What the decree flags about a dossier (each flag is a message with this code)."""

    #: Accepted before the first decree hanchot models: assessed under it, for comparison.
    BEFORE_REGIMES = "before_regimes"
    #: A paper dossier received after the cut-off, outside sessions or on a day off.
    PAPER_HANDOVER = "paper_handover"
    #: An online filing accepted later than the working hours the decree allows.
    LATE_ONLINE_ACCEPTANCE = "late_online_acceptance"
    #: Counted from the next opening (``receipt='deemed_next_working_day'``).
    DEEMED_ACCEPTANCE = "deemed_acceptance"
    #: The request for a complete dossier came later than 03 working days.
    LATE_SUPPLEMENT_REQUEST = "late_supplement_request"
    #: Not completed within the days the decree allows: processing ends.
    CLOSED_INCOMPLETE = "closed_incomplete"
    #: The period restarted in full from the complete dossier.
    RESTARTED = "restarted"
    #: The period paused while the applicant completed the dossier (``supplement='pause'``).
    PAUSED = "paused"
    #: Still open after its due date, as of the day asked.
    OVERDUE = "overdue"
    #: The appointment written on the slip differs from the due moment the rule gives.
    APPOINTMENT_DIFFERS = "appointment_differs"
    #: The apology was sent after the working day before the due date (convention 14).
    LATE_APOLOGY = "late_apology"
    #: Returned after the one re-appointed date.
    MISSED_REAPPOINTMENT = "missed_reappointment"
    #: The due date rests on a day no notice read confirms (a year not announced, a notice only cited).
    PROVISIONAL = "provisional"


class Received(Choice):
    """Why a paper dossier waits for the next working morning (a piece of the hand-over note)."""

    AFTER_CUTOFF = "after_cutoff"
    ON_DAY_OFF = "on_day_off"


class Apology(Choice):
    """Whether a late dossier's apology (ND 118 Art. 19(6); form 04) was sent in time.

    The values are what the batch's ``xin_loi`` column carries ("" when none is due).
    """

    NOT_DUE = ""
    IN_TIME = "dung_han"
    LATE = "muon"
    MISSING = "chua_co"

    def label(self, lang: object = "vi") -> str:
        """The verdict in words, in ``lang``.

        >>> Apology.MISSING.label(), Apology.IN_TIME.label("en")
        ('chưa có văn bản xin lỗi', 'apology in time')
        """
        return say(self).text(lang)


class ReceiptPolicy(Choice):
    """From which day the period runs (house convention 9)."""

    #: The acceptance on the slip; its day never counts, whatever the hour (ND 118 Art. 17(3);
    #: BLDS Art. 147). The default.
    LEGAL = "legal"
    #: After the cut-off, outside sessions or on a day off, the dossier counts as accepted at
    #: the opening of the next working day, as some electronic one-stop systems do.
    DEEMED_NEXT_WORKING_DAY = "deemed_next_working_day"


class SupplementPolicy(Choice):
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
    reappointed_to: date | None = None  # ngay_hen_lai: the new date on the apology slip (mẫu 04)
    appointment_at: When | None = None  # ngay_hen_tra: the appointment written on the slip
    apology_at: When | None = None  # ngay_xin_loi: the apology sent (form 04)
    refused_at: When | None = None  # ngay_tu_choi: the refusal, with reasons (Art. 19(3))
    withdrawn_at: When | None = None  # ngay_rut: withdrawn at the applicant's request (Art. 21)

    def __post_init__(self) -> None:
        require_text("code", self.code)
        to_vietnam(self.accepted_at, "accepted_at")
        if not isinstance(self.time_limit, str | Rule):
            raise fail(InvalidInputError, ErrorCode.NOT_A_RULE, field="time_limit", value=self.time_limit)
        requests = self.supplement_requests
        if isinstance(requests, str | bytes) or not isinstance(requests, tuple | list):
            raise fail(InvalidInputError, ErrorCode.NOT_A_MOMENT, field="supplement_requests", value=requests)
        object.__setattr__(self, "supplement_requests", tuple(requests))
        for name, value in (("submitted_at", self.submitted_at), ("completed_at", self.completed_at),
                            ("returned_at", self.returned_at), ("appointment_at", self.appointment_at),
                            ("apology_at", self.apology_at), ("refused_at", self.refused_at),
                            ("withdrawn_at", self.withdrawn_at),
                            *(("supplement_requests", r) for r in self.supplement_requests)):
            if value is not None:
                to_vietnam(value, name)
        if self.reappointed_to is not None:
            require_date(self.reappointed_to, "reappointed_to")

    def reappoint(self, new_date: date) -> Dossier:
        """Re-date the appointment, once only (ND 118 Art. 19(6), ND 61 Art. 19(9)).

        >>> d = Dossier("HS-2", date(2026, 3, 2), "05 ngày làm việc").reappoint(date(2026, 3, 20))
        >>> d.reappoint(date(2026, 3, 31))
        Traceback (most recent call last):
        ...
        hanchot.errors.ReappointmentError: hồ sơ 'HS-2' đã được hẹn lại ngày trả kết quả sang 20/03/2026; ...
        """
        if self.reappointed_to is not None:
            raise fail(ReappointmentError, ErrorCode.REAPPOINTED_TWICE, field="new_date", value=new_date,
                       code=self.code, previous=self.reappointed_to,
                       articles="Nghị định 118/2025/NĐ-CP Điều 19 khoản 6, "
                                "Nghị định 61/2018/NĐ-CP Điều 19 khoản 9")
        return replace(self, reappointed_to=require_date(new_date, "new_date"))


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
    #: The last day to complete the dossier before it is closed (Civil Code Art. 148(5)), if one.
    complete_by: date | None
    #: What the result is judged against: the slip's appointment if given, else the due moment.
    judged_against: When | None
    #: Whether the apology a late dossier needs was sent in time.
    apology: Apology
    #: What the decree flags, each a message whose code is a :class:`Flag`.
    flags: tuple[Message, ...]

    def has(self, flag: Flag) -> bool:
        """Whether the assessment carries ``flag``.

        >>> from hanchot.dossier import assess
        >>> dossier = Dossier("HS", date(2026, 3, 2), "05 ngày làm việc")
        >>> assess(dossier, as_of=date(2026, 3, 12)).has(Flag.OVERDUE)
        True
        """
        return any(message.code is flag for message in self.flags)

    @property
    def due_date(self) -> date | None:
        """The appointment date (ngày hẹn trả), or None while a supplement is awaited."""
        return self.deadline.due_date if self.deadline else None

    def _repr_html_(self) -> str:
        """A notebook's view: the status, the due date, lateness, the apology's day and the flags.

        >>> from hanchot.dossier import assess
        >>> late = assess(Dossier("HS-1", date(2026, 3, 2), "05 ngày làm việc"), as_of=date(2026, 3, 12))
        >>> view = late._repr_html_()
        >>> "HS-1" in view, late.status.label() in view, "Thứ Hai 09/03/2026" in view
        (True, True, True)
        >>> "3 ngày làm việc" in view  # late so far: 10, 11 and 12/03
        True
        """
        rows = [(say(Text.HTML_STATUS), self.status.label())]
        if self.deadline is not None:
            rows.append((say(Text.HTML_DUE), self.deadline.text().split(": ", 1)[1]))
        if self.late_working_days:
            rows.append((say(Text.HTML_LATE), say(Text.HTML_LATE_DAYS, n=self.late_working_days).text()))
        if self.apology_by is not None:
            apology_by = self.apology_by
            rows.append((say(Text.HTML_APOLOGY_BY), f"{weekday(apology_by)} {apology_by:%d/%m/%Y}"))
        rows += [(say(Text.HTML_WARNING), flag.text()) for flag in self.flags]
        return table_html(rows, caption=self.dossier.code)
