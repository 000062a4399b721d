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

from hanchot._checks import choose, require_date, require_time
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline import Deadline, due
from hanchot.deadline.hours import DEFAULT_SESSIONS, Sessions, check_sessions, minutes_between
from hanchot.deadline.policies import DEFAULT_CUTOFF
from hanchot.dossier.model import (
    Apology,
    Assessment,
    Dossier,
    Flag,
    ReceiptPolicy,
    Received,
    Status,
    SupplementPolicy,
    When,
)
from hanchot.dossier.regimes import Regime, regime_for
from hanchot.errors import ErrorCode, InvalidInputError, OutOfCoverageError, SupplementError
from hanchot.messages import Message, fail, say
from hanchot.moments import VIETNAM, to_vietnam
from hanchot.parser import parse
from hanchot.rules import WorkingHours

__all__ = ["assess", "complete_by", "handover", "late_acceptance_note", "overdue_note"]

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
    complete_by: date | None


def assess(
    dossier: Dossier,
    *,
    as_of: When | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    cutoff: time = DEFAULT_CUTOFF,
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
    cal = as_calendar(calendar)
    if as_of_value is not None:
        covered(cal, as_of_value[0], "as_of", as_of)
    run = _Run(dossier, cal, regime_for(accepted_day), require_time("cutoff", cutoff),
               check_sessions(sessions), accepted_day, accepted_at)
    rule = parse(dossier.time_limit) if isinstance(dossier.time_limit, str) else dossier.time_limit
    ending = _ending(run)
    received = _receipt(run, choose("receipt", receipt, ReceiptPolicy))
    supplied = _supplement(run, received.counted_from, choose("supplement", supplement, SupplementPolicy),
                           as_of_value)
    if supplied.waiting:
        status = ending[0] if ending is not None else Status.CLOSED if supplied.closed else Status.OPEN
        return Assessment(dossier, run.regime, supplied.counted_from, None, status, 0, 0, None,
                          received.handover_at, received.late_acceptance, supplied.request_by,
                          supplied.closed, None, supplied.complete_by, None, Apology.NOT_DUE,
                          tuple(run.flags))
    deadline = due(rule, supplied.counted_from, calendar=run.cal, cutoff=run.cutoff, sessions=run.sessions,
                   **deadline_policies)  # type: ignore[arg-type]  # names checked above, values by due()
    if supplied.paused:
        moved = run.cal.add_working_days(deadline.due_date, supplied.paused)
        deadline = replace(deadline, due_date=moved,
                           due_at=datetime.combine(moved + timedelta(days=1), time(), VIETNAM))
    if deadline.provisional:  # the desk must know its appointment date may move
        run.flag(Flag.PROVISIONAL)
    hours = isinstance(rule, WorkingHours)
    judged = _judged(run, deadline, hours)
    status, late_days, late_minutes = _status(run, judged, hours, as_of_value, ending)
    judged_day = judged if not isinstance(judged, datetime) else judged.date()
    apology_by = run.cal.previous_working_day(judged_day)
    overdue = status is Status.LATE or any(flag.code is Flag.OVERDUE for flag in run.flags)
    return Assessment(dossier, run.regime, supplied.counted_from, deadline, status, late_days, late_minutes,
                      apology_by, received.handover_at, received.late_acceptance, supplied.request_by,
                      supplied.closed, _reappointment(run), supplied.complete_by, judged,
                      _apology(run, overdue, apology_by), tuple(run.flags))


def _ending(run: _Run) -> tuple[Status, date, datetime | None] | None:
    """How the dossier ended, if it has: returned, refused or withdrawn (one of them at most)."""
    dossier = run.dossier
    given = [(status, name, value) for status, name, value in (
        (Status.WITHDRAWN, "withdrawn_at", dossier.withdrawn_at),
        (Status.REFUSED, "refused_at", dossier.refused_at),
        (Status.ON_TIME, "returned_at", dossier.returned_at)) if value is not None]
    if len(given) > 1:
        raise fail(InvalidInputError, ErrorCode.CONFLICTING_ENDINGS, field=given[1][1], value=given[1][2],
                   other=given[0][1], other_value=given[0][2])
    if not given:
        return None
    status, name, value = given[0]
    day, moment = to_vietnam(value, name)
    covered(run.cal, day, name, value)
    if day < run.accepted_day:
        raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field=name, value=value,
                   other="accepted_at", other_value=dossier.accepted_at)
    return status, day, moment


def _judged(run: _Run, deadline: Deadline, hours: bool) -> When:
    """What the result is judged against: the slip's appointment if given (Art. 22(3)), else the due."""
    computed: When = deadline.due_at.replace(tzinfo=None) if hours else deadline.due_date
    slip = run.dossier.appointment_at
    if slip is None:
        return computed
    slip_day, slip_at = to_vietnam(slip, "appointment_at")
    covered(run.cal, slip_day, "appointment_at", slip)
    if slip_day < run.accepted_day:
        raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="appointment_at", value=slip,
                   other="accepted_at", other_value=run.dossier.accepted_at)
    judged: When = slip_at if slip_at is not None else slip_day
    same = (slip_at == computed) if hours and slip_at is not None else slip_day == deadline.due_date
    if not same:
        run.flag(Flag.APPOINTMENT_DIFFERS, slip=judged, computed=computed, decree=run.regime.decree,
                 article=run.regime.appointment)
    return judged


def _apology(run: _Run, overdue: bool, by: date) -> Apology:
    """Whether the apology a late dossier needs was sent by the working day before the due date."""
    if not overdue:
        return Apology.NOT_DUE
    if run.dossier.apology_at is None:
        return Apology.MISSING
    sent, _ = to_vietnam(run.dossier.apology_at, "apology_at")
    if sent <= by:
        return Apology.IN_TIME
    run.flag(Flag.LATE_APOLOGY, sent=sent, by=by, decree=run.regime.decree, article=run.regime.apology)
    return Apology.LATE


def _reappointment(run: _Run) -> bool | None:
    """Whether the result came by the one re-appointed date (None if there is none, or no result)."""
    dossier = run.dossier
    if dossier.reappointed_to is None or dossier.returned_at is None:
        return None
    returned = to_vietnam(dossier.returned_at, "returned_at")[0]
    if returned <= dossier.reappointed_to:
        return True
    run.flag(Flag.MISSED_REAPPOINTMENT, returned=returned, reappointed=dossier.reappointed_to)
    return False


def _receipt(run: _Run, policy: ReceiptPolicy) -> _Receipt:
    """The receipt: hand-over of paper, online acceptance, and the day the period runs from."""
    regime, cal, sessions = run.regime, run.cal, run.sessions
    if run.accepted_day < regime.effective_from:
        run.flags.append(before_regimes_note(regime))
    late_acceptance, handover_at = False, None
    if run.dossier.submitted_at is not None:
        _, submitted_at = to_vietnam(run.dossier.submitted_at, "submitted_at")
        if run.accepted_at is not None and submitted_at is not None:
            note = late_acceptance_note(cal, submitted_at, run.accepted_at, sessions)
            if note is not None:
                late_acceptance = True
                run.flags.append(note)
    elif run.accepted_at is not None:
        handover_at = handover(cal, run.accepted_at, run.cutoff, sessions)
        if handover_at is not None:
            run.flags.append(handover_note(regime, not cal.is_working_day(run.accepted_day), run.cutoff,
                                           handover_at))
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
        return _Supplement(counted_from, None, 0, waiting=False, closed=False, complete_by=None)
    requested_day, _ = to_vietnam(requests[0], "supplement_requests")
    request_by = cal.add_working_days(run.accepted_day, 3)
    if requested_day > request_by:
        run.flag(Flag.LATE_SUPPLEMENT_REQUEST, requested=requested_day, by=request_by, decree=regime.decree,
                 article=regime.supplement)
    if dossier.completed_at is None:
        by = complete_by(cal, regime, requested_day)
        closed = by is not None and as_of is not None and as_of[0] > by
        if closed:
            run.flag(Flag.CLOSED_INCOMPLETE, days=regime.close_incomplete_after_days, by=by,
                     decree=regime.decree, article=regime.close_incomplete)
        return _Supplement(counted_from, request_by, 0, waiting=True, closed=closed, complete_by=by)
    completed_day, _ = to_vietnam(dossier.completed_at, "completed_at")
    if completed_day < requested_day:
        raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="completed_at",
                   value=dossier.completed_at, other="supplement_requests", other_value=requests[0])
    if policy is SupplementPolicy.RESTART:
        run.flag(Flag.RESTARTED, completed=completed_day, decree=regime.decree, article=regime.supplement)
        return _Supplement(dossier.completed_at, request_by, 0, waiting=False, closed=False, complete_by=None)
    paused = cal.working_days_between(requested_day, completed_day)
    run.flag(Flag.PAUSED, days=paused)
    return _Supplement(counted_from, request_by, paused, waiting=False, closed=False, complete_by=None)


def _status(run: _Run, judged: When, hours: bool, as_of: tuple[date, datetime | None] | None,
            ending: tuple[Status, date, datetime | None] | None) -> tuple[Status, int, int]:
    """Status and lateness (working days after the day judged against, working minutes after its end)."""
    cal, sessions = run.cal, run.sessions
    closing = sessions[-1][1]
    if isinstance(judged, datetime):
        due_day, end, timed = judged.date(), judged, True
    else:
        due_day, end, timed = judged, datetime.combine(judged, closing), False
    if ending is not None:
        status, ended_day, ended_at = ending
        if status is Status.WITHDRAWN:
            return status, 0, 0
        late = ended_at > end if (timed and ended_at is not None) else ended_day > due_day
        if not late:
            if status is Status.REFUSED:
                return status, 0, 0
            return (Status.EARLY if ended_day < due_day else Status.ON_TIME), 0, 0
        minutes = minutes_between(cal, end, ended_at or datetime.combine(ended_day, closing), sessions)
        days = max(cal.working_days_between(due_day, ended_day), 0)
        return (status if status is Status.REFUSED else Status.LATE), days, minutes
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
    tiếp nhận trực tuyến sau 10,0 giờ làm việc, quá 8 giờ (Nghị định 118/2025/NĐ-CP, Điều 17 khoản 2 điểm c)
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
    return late_acceptance_after(regime, minutes_between(cal, submitted, accepted, sessions))


def late_acceptance_after(regime: Regime, waited: int) -> Message | None:
    """The note for an online filing accepted ``waited`` working minutes after it arrived, if too late."""
    if regime.online_acceptance_hours is None or waited <= regime.online_acceptance_hours * 60:
        return None
    return say(Flag.LATE_ONLINE_ACCEPTANCE, hours=waited / 60, allowed=regime.online_acceptance_hours,
               decree=regime.decree, article=regime.online_acceptance)


def handover(cal: Calendar, accepted: datetime, cutoff: time, sessions: Sessions) -> datetime | None:
    """When a paper dossier received at ``accepted`` is handed over, if not at once (Art. 18(2)).

    Only a dossier received after the cut-off (15:00) or on a day off waits: it goes at the
    opening of the next working day. One received in the lunch break goes the same day.

    >>> from hanchot import calendar
    >>> handover(calendar(), datetime(2026, 3, 6, 16, 0), time(15), DEFAULT_SESSIONS)
    datetime.datetime(2026, 3, 9, 8, 0)
    >>> handover(calendar(), datetime(2026, 3, 6, 12, 30), time(15), DEFAULT_SESSIONS) is None
    True
    """
    cal, cutoff, sessions = as_calendar(cal), require_time("cutoff", cutoff), check_sessions(sessions)
    day, at = to_vietnam(accepted, "accepted")
    if at is None:  # a day without a time: nothing to say about the hour
        return None
    return handover_of(cal, day, at.time(), cutoff, sessions[0][0])


def handover_of(cal: Calendar, day: date, moment: time, cutoff: time, opening: time) -> datetime | None:
    """:func:`handover` for values already checked (the batch's own, once per distinct moment)."""
    if cal.is_working_day(day) and moment <= cutoff:
        return None
    return datetime.combine(cal.next_working_day(day), opening)


def covered(cal: Calendar, day: date, name: str, value: object) -> None:
    """Nothing, if ``day`` is inside the calendar's coverage; else the clear error, naming ``name``."""
    coverage = cal.coverage
    if not coverage.first <= day <= coverage.last:
        raise fail(OutOfCoverageError, ErrorCode.DATE_OUT_OF_COVERAGE, field=name, value=value,
                   first=coverage.first, last=coverage.last)


def before_regimes_note(regime: Regime) -> Message:
    """The note for a dossier accepted before the first decree hanchot models."""
    return say(Flag.BEFORE_REGIMES, start=regime.effective_from, decree=regime.decree)


def handover_note(regime: Regime, day_off: bool, cutoff: time, handover_at: datetime) -> Message:
    """The note for a paper dossier handed over the next working morning (received on a day off, or
    after the cut-off: the time itself is in the dossier)."""
    received = say(Received.ON_DAY_OFF) if day_off else say(Received.AFTER_CUTOFF, cutoff=cutoff)
    return say(Flag.PAPER_HANDOVER, received=received, handover=handover_at, decree=regime.decree,
               article=regime.handover)


def complete_by(cal: Calendar, regime: Regime, requested: date) -> date | None:
    """The last day to complete a dossier after the request, before it is closed; None if no limit.

    ND 118 Art. 19(5) counts days, not working days; when the last one is a day off, the
    period ends at the end of the next working day (Civil Code Art. 148(5)).

    >>> from hanchot import calendar
    >>> complete_by(calendar(), regime_for(date(2026, 1, 20)), date(2026, 1, 30))  # day 15 is in Tết
    datetime.date(2026, 2, 23)
    """
    if not isinstance(regime, Regime):
        raise fail(InvalidInputError, ErrorCode.WRONG_KIND, field="regime", value=regime,
                   example="regime_for(date(2026, 1, 30))")
    cal, requested = as_calendar(cal), require_date(requested, "requested")
    covered(cal, requested, "requested", requested)
    if regime.close_incomplete_after_days is None:
        return None
    last = requested + timedelta(days=regime.close_incomplete_after_days)
    return last if cal.is_working_day(last) else cal.next_working_day(last)


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
