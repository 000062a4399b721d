# SPDX-License-Identifier: Apache-2.0
"""Assess a dossier under its decree: receipt, supplements, the due date, status and lateness.

>>> from datetime import datetime
>>> d = Dossier("HS-001", accepted_at=datetime(2026, 3, 6, 16, 0), time_limit="05 ngày làm việc",
...             returned_at=datetime(2026, 3, 16, 9, 30))
>>> a = assess(d)
>>> a.due_date, a.status.value, a.late_working_days, a.regime.code
(datetime.date(2026, 3, 13), 'tre_han', 1, 'ND118/2025')
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from hanchot.calendars import Calendar, default_calendar
from hanchot.deadline import VIETNAM, due, to_vietnam
from hanchot.deadline.hours import (
    DEFAULT_SESSIONS,
    Sessions,
    check_sessions,
    working_minutes_between,
)
from hanchot.dossier.model import Assessment, Dossier, ReceiptPolicy, Status, SupplementPolicy, When
from hanchot.dossier.regimes import regime_for
from hanchot.errors import InvalidInputError, SupplementError, choose
from hanchot.parser import parse
from hanchot.rules import WorkingHours

__all__ = ["assess", "late_acceptance_note", "overdue_note"]


def assess(  # noqa: PLR0912, PLR0915 (one decree, read in order)
    dossier: Dossier,
    *,
    as_of: When | None = None,
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

    counted_from: When = dossier.accepted_at
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


def _deemed(cal: Calendar, day: date, at: datetime | None, cutoff: time, sessions: Sessions) -> When:
    """The deemed acceptance: the next opening after the cut-off, outside sessions or on a day off."""
    if at is None:
        return day if cal.is_working_day(day) else cal.next_working_day(day)
    moment = at.time()
    if cal.is_working_day(day) and moment <= cutoff and any(a <= moment < b for a, b in sessions):
        return at
    if cal.is_working_day(day) and moment < sessions[0][0]:
        return datetime.combine(day, sessions[0][0])
    return datetime.combine(cal.next_working_day(day), sessions[0][0])
