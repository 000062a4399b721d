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

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from hanchot.calendar import Calendar, default_calendar
from hanchot.deadline import VIETNAM, Deadline, due, to_vietnam
from hanchot.deadline.hours import (
    DEFAULT_SESSIONS,
    Sessions,
    check_sessions,
    working_minutes_between,
)
from hanchot.errors import InvalidInputError, choose
from hanchot.parser import parse
from hanchot.rules import Rule, WorkingDays, WorkingHours

__all__ = [
    "REGIMES",
    "Assessment",
    "Dossier",
    "Leg",
    "LegBudgetError",
    "LegMode",
    "LegPlan",
    "ReappointmentError",
    "ReceiptPolicy",
    "Regime",
    "Status",
    "SupplementError",
    "SupplementPolicy",
    "assess",
    "late_acceptance_note",
    "overdue_note",
    "plan_legs",
    "regime_for",
]


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


class SupplementError(InvalidInputError):
    """A supplement request the decree does not allow (it may be asked once only)."""


class ReappointmentError(InvalidInputError):
    """A second re-appointment: the appointment may be re-dated once only."""


class LegBudgetError(InvalidInputError):
    """Inter-agency legs whose budgets exceed the procedure's total period."""


_When = date | datetime


@dataclass(frozen=True, slots=True)
class Dossier:
    """A dossier as the one-stop desk records it."""

    code: str  # ma_ho_so
    accepted_at: _When  # ngay_nhan: the acceptance on the receipt slip
    time_limit: str | Rule  # thoi_han, e.g. "05 ngày làm việc"
    submitted_at: datetime | None = None  # ngay_nop: when an online filing reached the system
    supplement_requests: tuple[_When, ...] = ()  # yêu cầu bổ sung (one at most)
    completed_at: _When | None = None  # ngay_nhan_du: the complete dossier after a request
    returned_at: _When | None = None  # ngay_tra: the result returned
    reappointed_to: date | None = None  # the new date on the apology slip (mẫu 04)

    def reappoint(self, new_date: date) -> Dossier:
        """Re-date the appointment, once only (ND 118 Art. 19(6), ND 61 Art. 19(9)).

        >>> d = Dossier("HS-2", date(2026, 3, 2), "05 ngày làm việc").reappoint(date(2026, 3, 20))
        >>> d.reappoint(date(2026, 3, 31))
        Traceback (most recent call last):
        ...
        hanchot.dossier.ReappointmentError: dossier 'HS-2' was already re-appointed to 2026-03-20; ...
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
    counted_from: _When  # the acceptance, deemed acceptance or completion the period runs from
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


def assess(  # noqa: PLR0912, PLR0915 (one decree, read in order)
    dossier: Dossier,
    *,
    as_of: _When | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    cutoff: time = time(15),
    sessions: Sessions = DEFAULT_SESSIONS,
    **deadline_policies: Any,
) -> Assessment:
    """Assess a dossier: its due date, status, lateness, apology day and flags.

    ``as_of`` (never read from the clock) decides whether an open dossier is
    already overdue and whether an awaited supplement has run out of time.

    >>> d = Dossier("HS-3", date(2026, 2, 11), "05 ngày làm việc")
    >>> a = assess(d, as_of=date(2026, 2, 27))
    >>> a.status.value, a.due_date, a.late_working_days, a.apology_by
    ('dang_xu_ly', datetime.date(2026, 2, 25), 2, datetime.date(2026, 2, 24))
    """
    cal = calendar if calendar is not None else default_calendar()
    sessions = check_sessions(sessions)
    receipt = choose("receipt", receipt, ReceiptPolicy)
    supplement = choose("supplement", supplement, SupplementPolicy)
    rule = parse(dossier.time_limit) if isinstance(dossier.time_limit, str) else dossier.time_limit
    accepted_day, accepted_at = to_vietnam(dossier.accepted_at, "accepted_at")
    regime = regime_for(accepted_day)
    flags: list[str] = []
    if accepted_day < regime.effective_from:
        flags.append(f"nhận trước {regime.effective_from:%d/%m/%Y}: áp dụng {regime.decree} để đối chiếu")

    late_acceptance = False
    handover_at = None
    if dossier.submitted_at is not None:
        _, submitted_at = to_vietnam(dossier.submitted_at, "submitted_at")
        if accepted_at is not None and submitted_at is not None:
            note = late_acceptance_note(cal, submitted_at, accepted_at, sessions)
            if note:
                late_acceptance = True
                flags.append(note)
    elif accepted_at is not None:
        day, moment = accepted_at.date(), accepted_at.time()
        in_session = any(a <= moment < b for a, b in sessions)
        if not cal.is_working_day(day) or moment > cutoff or not in_session:
            opening = cal.add_working_days(day, 0 if moment < sessions[0][0] else 1)
            handover_at = datetime.combine(opening, sessions[0][0])
            flags.append(f"hồ sơ giấy nhận lúc {moment:%H:%M}: chuyển xử lý lúc "
                         f"{handover_at:%H:%M %d/%m/%Y} ({regime.decree}, {regime.handover}); "
                         "ngày tiếp nhận không đổi")

    counted_from: _When = dossier.accepted_at
    if receipt is ReceiptPolicy.DEEMED_NEXT_WORKING_DAY:
        counted_from = _deemed(cal, accepted_day, accepted_at, cutoff, sessions)
        if counted_from != dossier.accepted_at:
            flags.append(f"coi như tiếp nhận lúc {counted_from:%H:%M %d/%m/%Y} "
                         "(receipt='deemed_next_working_day')")

    supplement_by = None
    closed = False
    if len(dossier.supplement_requests) > 1:
        raise SupplementError(
            f"dossier {dossier.code!r} has {len(dossier.supplement_requests)} supplement requests; a "
            f"dossier may be sent back for supplements once only ({regime.decree}, Điều 11 khoản 2 "
            "điểm c, Điều 16 khoản 3, Điều 17 khoản 2 điểm a)"
        )
    paused = 0
    if dossier.supplement_requests:
        requested_day, _ = to_vietnam(dossier.supplement_requests[0], "supplement_requests")
        supplement_by = cal.add_working_days(accepted_day, 3)
        if requested_day > supplement_by:
            flags.append(f"yêu cầu bổ sung ngày {requested_day:%d/%m/%Y}, quá 03 ngày làm việc "
                         f"(hạn {supplement_by:%d/%m/%Y}; {regime.decree}, {regime.supplement})")
        if dossier.completed_at is None:
            as_of_day = to_vietnam(as_of, "as_of")[0] if as_of is not None else None
            allowed = regime.close_incomplete_after_days
            if allowed is not None and as_of_day is not None and (as_of_day - requested_day).days > allowed:
                closed = True
                flags.append(f"không bổ sung đủ sau {allowed} ngày kể từ thông báo: kết thúc xử lý "
                             f"({regime.decree}, Điều 19 khoản 5)")
            return Assessment(dossier, regime, counted_from, None, Status.OPEN, 0, 0, None, handover_at,
                              late_acceptance, supplement_by, closed, None, tuple(flags))
        completed_day, _ = to_vietnam(dossier.completed_at, "completed_at")
        if completed_day < requested_day:
            raise InvalidInputError(f"completed_at={dossier.completed_at} is before the supplement request "
                                    f"{dossier.supplement_requests[0]}")
        if supplement is SupplementPolicy.RESTART:
            counted_from = dossier.completed_at
            flags.append(f"thời hạn tính lại từ đầu từ ngày nhận đủ {completed_day:%d/%m/%Y} "
                         f"({regime.decree}, {regime.supplement})")
        else:
            paused = cal.working_days_between(requested_day, completed_day)
            flags.append(f"tạm dừng {paused} ngày làm việc chờ bổ sung (supplement='pause')")

    deadline = due(rule, counted_from, calendar=cal, cutoff=cutoff, sessions=sessions, **deadline_policies)
    if paused:
        moved = cal.add_working_days(deadline.due_date, paused)
        deadline = replace(deadline, due_date=moved,
                           due_at=datetime.combine(moved + timedelta(days=1), time(), VIETNAM))
    due_day = deadline.due_date
    hours_rule = isinstance(rule, WorkingHours)
    closes = datetime.combine(due_day, sessions[-1][1])
    end = deadline.due_at.replace(tzinfo=None) if hours_rule else closes

    status, late_days, late_minutes = Status.OPEN, 0, 0
    if dossier.returned_at is not None:
        returned_day, returned_at = to_vietnam(dossier.returned_at, "returned_at")
        if returned_day < accepted_day:
            raise InvalidInputError(f"returned_at={dossier.returned_at} is before accepted_at="
                                    f"{dossier.accepted_at}")
        late = (returned_at > end) if (hours_rule and returned_at is not None) else returned_day > due_day
        if late:
            status = Status.LATE
            late_days = max(cal.working_days_between(due_day, returned_day), 0)
            late_minutes = working_minutes_between(cal, end, returned_at or datetime.combine(
                returned_day, sessions[-1][1]), sessions)
        else:
            status = Status.EARLY if returned_day < due_day else Status.ON_TIME
    elif as_of is not None:
        as_of_day, as_of_at = to_vietnam(as_of, "as_of")
        if as_of_day > due_day:
            late_days = cal.working_days_between(due_day, as_of_day)
            late_minutes = working_minutes_between(cal, end, as_of_at or datetime.combine(
                as_of_day, sessions[-1][1]), sessions)
            flags.append(overdue_note(late_days, as_of_day))

    met = None
    if dossier.reappointed_to is not None and dossier.returned_at is not None:
        met = to_vietnam(dossier.returned_at, "returned_at")[0] <= dossier.reappointed_to
    apology_by = cal.previous_working_day(due_day)
    return Assessment(dossier, regime, counted_from, deadline, status, late_days, late_minutes, apology_by,
                      handover_at, late_acceptance, supplement_by, closed, met, tuple(flags))


def overdue_note(late_days: int, as_of: date) -> str:
    """The note for a dossier still open after its due date.

    >>> overdue_note(3, date(2026, 3, 12))
    'quá hạn 3 ngày làm việc tính đến 12/03/2026'
    """
    return f"quá hạn {late_days} ngày làm việc tính đến {as_of:%d/%m/%Y}"


def late_acceptance_note(cal: Calendar, submitted: datetime, accepted: datetime,
                         sessions: Sessions = DEFAULT_SESSIONS) -> str:
    """A note when an online filing was accepted after the working hours the decree allows, else "".

    >>> from hanchot import calendar
    >>> late_acceptance_note(calendar(), datetime(2026, 3, 8, 10, 0), datetime(2026, 3, 10, 10, 0))
    'tiếp nhận trực tuyến sau 10.0 giờ làm việc, quá 8 giờ (Nghị định 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c)'
    """
    if accepted < submitted:
        raise InvalidInputError(f"accepted_at={accepted} is before submitted_at={submitted}")
    regime = regime_for(accepted.date())
    if regime.online_acceptance_hours is None:
        return ""
    waited = working_minutes_between(cal, submitted, accepted, sessions)
    if waited <= regime.online_acceptance_hours * 60:
        return ""
    return (f"tiếp nhận trực tuyến sau {waited / 60:.1f} giờ làm việc, quá "
            f"{regime.online_acceptance_hours} giờ ({regime.decree}, Điều 17 khoản 2 điểm c)")


def _deemed(cal: Calendar, day: date, at: datetime | None, cutoff: time, sessions: Sessions) -> _When:
    """The deemed acceptance: the next opening after the cut-off, outside sessions or on a day off."""
    if at is None:
        return day if cal.is_working_day(day) else cal.next_working_day(day)
    moment = at.time()
    if cal.is_working_day(day) and moment <= cutoff and any(a <= moment < b for a, b in sessions):
        return at
    if cal.is_working_day(day) and moment < sessions[0][0]:
        return datetime.combine(day, sessions[0][0])
    return datetime.combine(cal.next_working_day(day), sessions[0][0])


# --- liên thông -------------------------------------------------------------------


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
    hanchot.dossier.LegBudgetError: the legs need 6 working days (sequential) but the procedure ...
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
