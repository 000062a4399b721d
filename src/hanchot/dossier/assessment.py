# SPDX-License-Identifier: Apache-2.0
"""Assess a dossier under its decree: receipt, supplements, the due date, status and lateness.

The decree is read in its own order, one step each: the receipt (hand-over of
paper dossiers, online acceptance, the policy for deemed receipt), the request
for supplements (once, within 03 working days, then a restart or a pause), the
due date, and the status as returned or as of a day.

>>> from datetime import datetime
>>> d = Dossier("HS-001", accepted_at=datetime(2026, 3, 6, 16, 0), time_limit="05 ngày làm việc",
...             returned_at=datetime(2026, 3, 16, 9, 30))
>>> a = assess(d)
>>> a.due_date, a.status.value, a.late_working_days, a.regime.code
(datetime.date(2026, 3, 13), 'tre_han', 1, 'ND118/2025')
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from hanchot._checks import choose, require_time
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline import Deadline, due
from hanchot.deadline.hours import DEFAULT_SESSIONS, Sessions, check_sessions, minutes_between
from hanchot.dossier.model import Assessment, Dossier, Flag, ReceiptPolicy, Status, SupplementPolicy, When
from hanchot.dossier.regimes import Regime, regime_for
from hanchot.errors import ErrorCode, InvalidInputError, SupplementError
from hanchot.messages import Message, fail, say
from hanchot.moments import VIETNAM, to_vietnam
from hanchot.parser import parse
from hanchot.rules import WorkingHours

__all__ = ["assess", "late_acceptance_note", "overdue_note"]

#: The deadline policies ``assess`` passes on to :func:`hanchot.due`.
DEADLINE_POLICIES = frozenset({"roll", "before", "period_end", "year_context"})
#: assess()'s own keywords, listed with the deadline policies when a keyword is misspelt.
_KEYWORDS = frozenset({"as_of", "calendar", "receipt", "supplement", "cutoff", "sessions"})


@dataclass(slots=True)
class _Run:
    """One assessment's settings and what it has found so far."""

    dossier: Dossier
    cal: Calendar
    regime: Regime
    cutoff: time
    sessions: Sessions
    accepted_day: date
    accepted_at: datetime | None
    flags: list[Message] = field(default_factory=list)

    def flag(self, code: Flag, **params: object) -> None:
        self.flags.append(say(code, **params))


@dataclass(frozen=True, slots=True)
class _Receipt:
    counted_from: When
    handover_at: datetime | None
    late_acceptance: bool


@dataclass(frozen=True, slots=True)
class _Supplement:
    counted_from: When
    request_by: date | None
    paused: int  # working days to add under the pause policy
    waiting: bool  # the complete dossier has not come yet
    closed: bool


def assess(
    dossier: Dossier,
    *,
    as_of: When | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    cutoff: time = time(15),
    sessions: Sessions = DEFAULT_SESSIONS,
    **deadline_policies: object,
) -> Assessment:
    """Assess a dossier: its due date, status, lateness, apology day and flags.

    ``as_of`` (never read from the clock) decides whether an open dossier is
    already overdue and whether an awaited supplement has run out of time.
    ``deadline_policies`` (``roll``, ``before``, ``period_end``, ``year_context``)
    go to :func:`hanchot.due`.

    >>> d = Dossier("HS-3", date(2026, 2, 11), "05 ngày làm việc")
    >>> a = assess(d, as_of=date(2026, 2, 27))
    >>> a.status.value, a.due_date, a.late_working_days, a.apology_by
    ('dang_xu_ly', datetime.date(2026, 2, 25), 2, datetime.date(2026, 2, 24))
    """
    if not isinstance(dossier, Dossier):
        raise fail(InvalidInputError, ErrorCode.WRONG_KIND, field="dossier", value=dossier,
                   example="Dossier('HS-1', date(2026, 2, 11), '05 ngày làm việc')")
    unknown = set(deadline_policies) - DEADLINE_POLICIES
    if unknown:
        raise fail(InvalidInputError, ErrorCode.UNKNOWN_OPTION, field="options", value=tuple(sorted(unknown)),
                   allowed=", ".join(sorted(DEADLINE_POLICIES | _KEYWORDS)))
    as_of_value = to_vietnam(as_of, "as_of") if as_of is not None else None
    accepted_day, accepted_at = to_vietnam(dossier.accepted_at, "accepted_at")
    run = _Run(dossier, as_calendar(calendar), regime_for(accepted_day), require_time("cutoff", cutoff),
               check_sessions(sessions), accepted_day, accepted_at)
    rule = parse(dossier.time_limit) if isinstance(dossier.time_limit, str) else dossier.time_limit
    received = _receipt(run, choose("receipt", receipt, ReceiptPolicy))
    supplied = _supplement(run, received.counted_from, choose("supplement", supplement, SupplementPolicy),
                           as_of_value)
    if supplied.waiting:
        return Assessment(dossier, run.regime, supplied.counted_from, None, Status.OPEN, 0, 0, None,
                          received.handover_at, received.late_acceptance, supplied.request_by,
                          supplied.closed, None, tuple(run.flags))
    deadline = due(rule, supplied.counted_from, calendar=run.cal, cutoff=run.cutoff, sessions=run.sessions,
                   **deadline_policies)  # type: ignore[arg-type]  # names checked above, values by due()
    if supplied.paused:
        moved = run.cal.add_working_days(deadline.due_date, supplied.paused)
        deadline = replace(deadline, due_date=moved,
                           due_at=datetime.combine(moved + timedelta(days=1), time(), VIETNAM))
    status, late_days, late_minutes = _status(run, deadline, isinstance(rule, WorkingHours), as_of_value)
    met = None
    if dossier.reappointed_to is not None and dossier.returned_at is not None:
        met = to_vietnam(dossier.returned_at, "returned_at")[0] <= dossier.reappointed_to
    apology_by = run.cal.previous_working_day(deadline.due_date)
    return Assessment(dossier, run.regime, supplied.counted_from, deadline, status, late_days, late_minutes,
                      apology_by, received.handover_at, received.late_acceptance, supplied.request_by,
                      supplied.closed, met, tuple(run.flags))


def _receipt(run: _Run, policy: ReceiptPolicy) -> _Receipt:
    """The receipt: hand-over of paper, online acceptance, and the day the period runs from."""
    regime, cal, sessions = run.regime, run.cal, run.sessions
    if run.accepted_day < regime.effective_from:
        run.flag(Flag.BEFORE_REGIMES, start=regime.effective_from, decree=regime.decree)
    late_acceptance, handover_at = False, None
    if run.dossier.submitted_at is not None:
        _, submitted_at = to_vietnam(run.dossier.submitted_at, "submitted_at")
        if run.accepted_at is not None and submitted_at is not None:
            note = late_acceptance_note(cal, submitted_at, run.accepted_at, sessions)
            if note is not None:
                late_acceptance = True
                run.flags.append(note)
    elif run.accepted_at is not None:
        day, moment = run.accepted_at.date(), run.accepted_at.time()
        in_session = any(a <= moment < b for a, b in sessions)
        if not cal.is_working_day(day) or moment > run.cutoff or not in_session:
            opening = cal.add_working_days(day, 0 if moment < sessions[0][0] else 1)
            handover_at = datetime.combine(opening, sessions[0][0])
            run.flag(Flag.PAPER_HANDOVER, received=moment, handover=handover_at, decree=regime.decree,
                     article=regime.handover)
    counted_from: When = run.dossier.accepted_at
    if policy is ReceiptPolicy.DEEMED_NEXT_WORKING_DAY:
        counted_from = _deemed(run)
        if counted_from != run.dossier.accepted_at:
            run.flag(Flag.DEEMED_ACCEPTANCE, at=counted_from)
    return _Receipt(counted_from, handover_at, late_acceptance)


def _supplement(run: _Run, counted_from: When, policy: SupplementPolicy,
                as_of: tuple[date, datetime | None] | None) -> _Supplement:
    """A request for a complete dossier: once only, within 03 working days, then restart or pause."""
    dossier, regime, cal = run.dossier, run.regime, run.cal
    requests = dossier.supplement_requests
    if len(requests) > 1:
        raise fail(SupplementError, ErrorCode.SUPPLEMENT_TWICE, field="supplement_requests", value=requests,
                   code=dossier.code, count=len(requests), decree=regime.decree,
                   articles=regime.supplement_once)
    if not requests:
        return _Supplement(counted_from, None, 0, waiting=False, closed=False)
    requested_day, _ = to_vietnam(requests[0], "supplement_requests")
    request_by = cal.add_working_days(run.accepted_day, 3)
    if requested_day > request_by:
        run.flag(Flag.LATE_SUPPLEMENT_REQUEST, requested=requested_day, by=request_by, decree=regime.decree,
                 article=regime.supplement)
    if dossier.completed_at is None:
        allowed = regime.close_incomplete_after_days
        closed = allowed is not None and as_of is not None and (as_of[0] - requested_day).days > allowed
        if closed:
            run.flag(Flag.CLOSED_INCOMPLETE, days=allowed, decree=regime.decree,
                     article=regime.close_incomplete)
        return _Supplement(counted_from, request_by, 0, waiting=True, closed=closed)
    completed_day, _ = to_vietnam(dossier.completed_at, "completed_at")
    if completed_day < requested_day:
        raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="completed_at",
                   value=dossier.completed_at, other="supplement_requests", other_value=requests[0])
    if policy is SupplementPolicy.RESTART:
        run.flag(Flag.RESTARTED, completed=completed_day, decree=regime.decree, article=regime.supplement)
        return _Supplement(dossier.completed_at, request_by, 0, waiting=False, closed=False)
    paused = cal.working_days_between(requested_day, completed_day)
    run.flag(Flag.PAUSED, days=paused)
    return _Supplement(counted_from, request_by, paused, waiting=False, closed=False)


def _status(run: _Run, deadline: Deadline, hours: bool,
            as_of: tuple[date, datetime | None] | None) -> tuple[Status, int, int]:
    """Status and lateness (working days after the due date, working minutes after closing)."""
    cal, sessions, due_day = run.cal, run.sessions, deadline.due_date
    closing = sessions[-1][1]
    end = deadline.due_at.replace(tzinfo=None) if hours else datetime.combine(due_day, closing)
    if run.dossier.returned_at is not None:
        returned_day, returned_at = to_vietnam(run.dossier.returned_at, "returned_at")
        if returned_day < run.accepted_day:
            raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="returned_at",
                       value=run.dossier.returned_at, other="accepted_at",
                       other_value=run.dossier.accepted_at)
        late = returned_at > end if (hours and returned_at is not None) else returned_day > due_day
        if not late:
            return (Status.EARLY if returned_day < due_day else Status.ON_TIME), 0, 0
        minutes = minutes_between(cal, end, returned_at or datetime.combine(returned_day, closing),
                                          sessions)
        return Status.LATE, max(cal.working_days_between(due_day, returned_day), 0), minutes
    if as_of is None or as_of[0] <= due_day:
        return Status.OPEN, 0, 0
    as_of_day, as_of_at = as_of
    late_days = cal.working_days_between(due_day, as_of_day)
    minutes = minutes_between(cal, end, as_of_at or datetime.combine(as_of_day, closing), sessions)
    run.flags.append(overdue_note(late_days, as_of_day))
    return Status.OPEN, late_days, minutes


def overdue_note(late_days: int, as_of: date) -> Message:
    """The note for a dossier still open after its due date.

    >>> str(overdue_note(3, date(2026, 3, 12)))
    'quá hạn 3 ngày làm việc tính đến 12/03/2026'
    """
    return say(Flag.OVERDUE, days=late_days, as_of=as_of)


def late_acceptance_note(cal: Calendar, submitted: datetime, accepted: datetime,
                         sessions: Sessions = DEFAULT_SESSIONS) -> Message | None:
    """A note when an online filing was accepted after the working hours the decree allows, else None.

    >>> from hanchot import calendar
    >>> print(late_acceptance_note(calendar(), datetime(2026, 3, 8, 10, 0), datetime(2026, 3, 10, 10, 0)))
    tiếp nhận trực tuyến sau 10.0 giờ làm việc, quá 8 giờ (Nghị định 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c)
    """
    _, submitted_at = to_vietnam(submitted, "submitted_at")
    _, accepted_at = to_vietnam(accepted, "accepted_at")
    if submitted_at is None or accepted_at is None:
        raise fail(InvalidInputError, ErrorCode.NOT_A_MOMENT, field="submitted_at" if submitted_at is None
                   else "accepted_at", value=submitted if submitted_at is None else accepted)
    if accepted_at < submitted_at:
        raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="accepted_at", value=accepted,
                   other="submitted_at", other_value=submitted)
    return late_acceptance(as_calendar(cal), submitted_at, accepted_at, check_sessions(sessions))


def late_acceptance(cal: Calendar, submitted: datetime, accepted: datetime,
                    sessions: Sessions) -> Message | None:
    """:func:`late_acceptance_note` for moments already checked, in Vietnam time (the batch's own)."""
    regime = regime_for(accepted.date())
    if regime.online_acceptance_hours is None:
        return None
    waited = minutes_between(cal, submitted, accepted, sessions)
    if waited <= regime.online_acceptance_hours * 60:
        return None
    return say(Flag.LATE_ONLINE_ACCEPTANCE, hours=waited / 60, allowed=regime.online_acceptance_hours,
               decree=regime.decree, article=regime.online_acceptance)


def _deemed(run: _Run) -> When:
    """The deemed acceptance: the next opening after the cut-off, outside sessions or on a day off."""
    cal, day, at, sessions = run.cal, run.accepted_day, run.accepted_at, run.sessions
    if at is None:
        return day if cal.is_working_day(day) else cal.next_working_day(day)
    moment = at.time()
    if cal.is_working_day(day) and moment <= run.cutoff and any(a <= moment < b for a, b in sessions):
        return at
    if cal.is_working_day(day) and moment < sessions[0][0]:
        return datetime.combine(day, sessions[0][0])
    return datetime.combine(cal.next_working_day(day), sessions[0][0])
