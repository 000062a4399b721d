# SPDX-License-Identifier: Apache-2.0
"""One-stop dossiers: cases worked by hand under ND 118/2025 and ND 61/2018, and properties."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hanchot
from hanchot.dossier import (
    Apology,
    Dossier,
    Flag,
    Leg,
    LegBudgetError,
    ReappointmentError,
    ReceiptPolicy,
    Status,
    SupplementError,
    SupplementPolicy,
    assess,
    plan_legs,
    regime_for,
)
from hanchot.errors import ErrorCode, InvalidInputError

D, T = date, datetime
FIVE = "05 ngày làm việc"


def test_friday_16_00_paper_receipt() -> None:
    """Fri 06/03/2026 16:00: after 15:00, so handed over Mon 08:00; the date of acceptance stays."""
    a = assess(Dossier("HS", T(2026, 3, 6, 16, 0), FIVE))
    assert a.handover_at == T(2026, 3, 9, 8, 0)
    assert a.due_date == D(2026, 3, 13)  # Mon 9 … Fri 13: the day of acceptance never counts
    deemed = assess(Dossier("HS", T(2026, 3, 6, 16, 0), FIVE), receipt=ReceiptPolicy.DEEMED_NEXT_WORKING_DAY)
    assert deemed.counted_from == T(2026, 3, 9, 8, 0) and deemed.due_date == D(2026, 3, 16)
    early = assess(Dossier("HS", T(2026, 3, 6, 10, 0), FIVE), receipt="deemed_next_working_day")
    assert early.due_date == D(2026, 3, 13) and early.handover_at is None


def test_online_receipt_on_a_sunday() -> None:
    """Submitted Sun 08/03/2026: the 8 working hours run from Monday 08:00 (ND 118 Art. 17(2)(c))."""
    quick = assess(Dossier("HS", T(2026, 3, 9, 9, 0), FIVE, submitted_at=T(2026, 3, 8, 10, 0)))
    assert not quick.late_acceptance and quick.handover_at is None
    slow = assess(Dossier("HS", T(2026, 3, 10, 10, 0), FIVE, submitted_at=T(2026, 3, 8, 10, 0)))
    assert slow.late_acceptance  # Mon 8 h + Tue 2 h = 10 working hours
    assert [f.code for f in slow.flags] == [Flag.LATE_ONLINE_ACCEPTANCE]
    assert slow.has(Flag.LATE_ONLINE_ACCEPTANCE) and not slow.has(Flag.OVERDUE)
    assert "10,0 giờ làm việc" in str(slow.flags[0]) and "10.0 working hours" in slow.flags[0].text("en")
    with pytest.raises(InvalidInputError) as caught:
        assess(Dossier("HS", T(2026, 3, 8, 9, 0), FIVE, submitted_at=T(2026, 3, 8, 10, 0)))
    assert (caught.value.code, caught.value.field) == (ErrorCode.BEFORE_EARLIER_EVENT, "accepted_at")
    assert "is earlier than submitted_at=2026-03-08 10:00" in caught.value.message("en")


def test_same_day_procedure_at_15_30() -> None:
    a = assess(Dossier("HS", T(2026, 3, 6, 15, 30), "giải quyết trong ngày"))
    assert a.due_date == D(2026, 3, 9)  # after 15:00 on Friday: the next working day
    assert assess(Dossier("HS", T(2026, 3, 6, 14, 30), "trong ngày")).due_date == D(2026, 3, 6)


def test_four_working_hours_across_lunch_and_a_night() -> None:
    a = assess(Dossier("HS", T(2026, 3, 9, 15, 0), "04 giờ làm việc",
                       returned_at=T(2026, 3, 10, 10, 30)))
    assert a.deadline is not None and a.deadline.due_at.replace(tzinfo=None) == T(2026, 3, 10, 10, 0)
    assert a.status is Status.LATE and a.late_working_minutes == 30 and a.late_working_days == 0
    lunch = assess(Dossier("HS", T(2026, 3, 9, 11, 0), "04 giờ làm việc"))
    assert lunch.deadline is not None and lunch.deadline.due_at.replace(tzinfo=None) == T(2026, 3, 9, 16, 0)


def test_supplement_restarts_the_period_in_full() -> None:
    d = Dossier("HS", D(2026, 3, 2), FIVE, supplement_requests=(D(2026, 3, 4),),
                completed_at=D(2026, 3, 10))
    a = assess(d)
    assert a.due_date == D(2026, 3, 17)  # 5 working days after Tue 10/03
    assert a.supplement_request_by == D(2026, 3, 5)  # 3 working days after acceptance
    paused = assess(d, supplement=SupplementPolicy.PAUSE)
    assert paused.due_date == D(2026, 3, 13)  # 09/03 + the 4 working days 05, 06, 09, 10/03


def test_a_late_supplement_request_is_flagged() -> None:
    a = assess(Dossier("HS", D(2026, 3, 2), FIVE, supplement_requests=(D(2026, 3, 6),),
                       completed_at=D(2026, 3, 9)))
    assert a.has(Flag.LATE_SUPPLEMENT_REQUEST)
    assert any("quá 03 ngày làm việc" in str(f) for f in a.flags)


def test_a_dossier_not_completed_after_15_days_is_closed_under_nd_118() -> None:
    waiting = Dossier("HS", D(2026, 3, 2), FIVE, supplement_requests=(D(2026, 3, 4),))
    assert assess(waiting, as_of=D(2026, 3, 19)).closed_incomplete is False  # 15 days
    closed = assess(waiting, as_of=D(2026, 3, 20))
    assert closed.closed_incomplete and closed.due_date is None and closed.status is Status.CLOSED
    old = Dossier("HS", D(2024, 3, 4), FIVE, supplement_requests=(D(2024, 3, 5),))
    assert not assess(old, as_of=D(2024, 6, 1)).closed_incomplete  # ND 61/2018 has no such rule


def test_a_second_supplement_request_is_an_error() -> None:
    with pytest.raises(SupplementError) as caught:
        assess(Dossier("HS", D(2026, 3, 2), FIVE, supplement_requests=(D(2026, 3, 3), D(2026, 3, 9))))
    assert caught.value.code is ErrorCode.SUPPLEMENT_TWICE and "once only" in caught.value.message("en")


def test_status_lateness_and_apology() -> None:
    def status(returned: object) -> tuple[Status, int, int]:
        a = assess(Dossier("HS", D(2026, 3, 6), FIVE, returned_at=returned))  # due Fri 13/03
        return a.status, a.late_working_days, a.late_working_minutes

    assert status(D(2026, 3, 12)) == (Status.EARLY, 0, 0)
    assert status(T(2026, 3, 13, 23, 0)) == (Status.ON_TIME, 0, 0)  # the day ends at 24:00
    assert status(T(2026, 3, 16, 9, 30)) == (Status.LATE, 1, 90)  # from Fri 17:00: Mon 08:00–09:30
    assert status(D(2026, 3, 18)) == (Status.LATE, 3, 3 * 8 * 60)
    a = assess(Dossier("HS", D(2026, 3, 6), FIVE), as_of=D(2026, 3, 18))
    assert (a.status, a.late_working_days, a.apology_by) == (Status.OPEN, 3, D(2026, 3, 12))
    with pytest.raises(InvalidInputError) as caught:
        assess(Dossier("HS", D(2026, 3, 6), FIVE, returned_at=D(2026, 3, 5)))
    assert (caught.value.code, caught.value.field) == (ErrorCode.BEFORE_EARLIER_EVENT, "returned_at")
    assert "is earlier than accepted_at" in caught.value.message("en")


def test_one_reappointment_only() -> None:
    d = Dossier("HS", D(2026, 3, 6), FIVE, returned_at=D(2026, 3, 18)).reappoint(D(2026, 3, 20))
    a = assess(d)
    assert a.status is Status.LATE and a.met_reappointment is True
    with pytest.raises(ReappointmentError) as caught:
        d.reappoint(D(2026, 3, 27))
    assert caught.value.code is ErrorCode.REAPPOINTED_TWICE and "once only" in caught.value.message("en")


def test_rules_are_versioned_by_receipt_date() -> None:
    assert regime_for(D(2025, 6, 30)).code == "ND61/2018"
    assert regime_for(D(2025, 7, 1)).code == "ND118/2025"
    assert assess(Dossier("HS", D(2025, 6, 30), FIVE)).regime.decree.startswith("Nghị định 61/2018")


def test_inter_agency_legs() -> None:
    legs = [Leg("UBND xã", 3), Leg("Phòng TN-MT", 5), Leg("UBND huyện", 2)]
    plan = plan_legs(10, D(2026, 2, 11), legs)  # across Tết Bính Ngọ
    assert [p.due_date for p in plan] == [D(2026, 2, 23), D(2026, 3, 2), D(2026, 3, 4)]
    parallel = plan_legs(5, D(2026, 3, 2), [Leg("A", 5), Leg("B", 3)], mode="parallel")
    assert [p.due_date for p in parallel] == [D(2026, 3, 9), D(2026, 3, 5)]
    with pytest.raises(LegBudgetError) as caught:
        plan_legs("10 ngày làm việc", D(2026, 3, 2), [*legs, Leg("Sở", 1)])
    assert caught.value.code is ErrorCode.LEG_BUDGET_EXCEEDED
    assert "need 11 working days" in caught.value.message("en")
    with pytest.raises(InvalidInputError) as bad:
        Leg("A", 0)
    assert (bad.value.code, bad.value.field, bad.value.value) == (
        ErrorCode.NUMBER_OUT_OF_RANGE, "working_days", 0)


def test_bad_policy_names() -> None:
    with pytest.raises(InvalidInputError) as caught:
        assess(Dossier("HS", D(2026, 3, 2), FIVE), receipt="lenient")
    assert (caught.value.code, caught.value.field) == (ErrorCode.NOT_ONE_OF, "receipt")
    with pytest.raises(InvalidInputError) as unknown:
        assess(Dossier("HS", D(2026, 3, 2), FIVE), rol="forward")
    assert unknown.value.code is ErrorCode.UNKNOWN_OPTION


@given(st.dates(D(2020, 1, 1), D(2030, 12, 31)), st.integers(1, 30), st.integers(0, 60))
def test_status_agrees_with_due_and_return(accepted: date, n: int, after: int) -> None:
    returned = accepted + timedelta(days=after)
    a = assess(Dossier("HS", accepted, hanchot.rules.WorkingDays(n), returned_at=returned))
    assert a.due_date is not None
    expected = (Status.LATE if returned > a.due_date else
                Status.ON_TIME if returned == a.due_date else Status.EARLY)
    assert a.status is expected
    assert (a.late_working_days > 0) == (a.status is Status.LATE and
                                         hanchot.calendar().working_days_between(a.due_date, returned) > 0)
    assert a.apology_by is not None and a.apology_by < a.due_date


def test_cutoff_and_sessions_are_options() -> None:
    a = assess(Dossier("HS", T(2026, 3, 6, 15, 30), "trong ngày"), cutoff=time(16))
    assert a.due_date == D(2026, 3, 6)


# -- ND 118/2025, read again: cases worked by hand from the articles ---------------------------
# 02/03/2026 is a Monday; "05 ngày làm việc" from it ends on Monday 09/03/2026 (convention 2);
# the working day before that is Friday 06/03/2026. Tết Bính Ngọ: days off 14/02–22/02/2026.


@pytest.mark.parametrize(("received", "handover"), [
    (T(2026, 3, 6, 12, 30), None),  # the lunch break: still handed over that day (Art. 18(2))
    (T(2026, 3, 6, 15, 0), None),  # at 15:00, not after it
    (T(2026, 3, 6, 15, 1), T(2026, 3, 9, 8, 0)),  # after 15:00 on Friday: Monday's opening
    (T(2026, 3, 6, 7, 30), None),  # before opening on a working day: that day
    (T(2026, 3, 7, 9, 0), T(2026, 3, 9, 8, 0)),  # Saturday: Monday's opening
    (T(2026, 2, 13, 16, 0), T(2026, 2, 23, 8, 0)),  # Friday before Tết, after 15:00: after Tết
])
def test_paper_is_handed_over_the_next_morning_only_after_15_00_or_on_a_day_off(
        received: datetime, handover: datetime | None) -> None:
    a = assess(Dossier("HS", received, FIVE))
    assert a.handover_at == handover
    assert a.has(Flag.PAPER_HANDOVER) is (handover is not None)


def test_the_15_days_to_complete_end_on_the_next_working_day_when_day_15_is_off() -> None:
    # Notice of Friday 30/01/2026: day 15 is Saturday 14/02, inside Tết, so the period ends at
    # the end of Monday 23/02 (Civil Code Art. 148(5)), not on 14/02.
    waiting = Dossier("HS", D(2026, 1, 28), FIVE, supplement_requests=(D(2026, 1, 30),))
    still = assess(waiting, as_of=D(2026, 2, 23))
    assert still.status is Status.OPEN and still.complete_by == D(2026, 2, 23) and not still.closed_incomplete
    closed = assess(waiting, as_of=D(2026, 2, 24))
    assert closed.status is Status.CLOSED and closed.has(Flag.CLOSED_INCOMPLETE)
    assert "23/02/2026" in str(closed.flags[-1])


@pytest.mark.parametrize(("refused", "late"), [(D(2026, 3, 6), 0), (D(2026, 3, 9), 0), (D(2026, 3, 11), 2)])
def test_a_refusal_is_its_own_status_and_late_when_after_the_period(refused: date, late: int) -> None:
    a = assess(Dossier("HS", D(2026, 3, 2), FIVE, refused_at=refused))
    assert (a.status, a.late_working_days) == (Status.REFUSED, late)


def test_a_withdrawn_dossier_is_never_late() -> None:
    a = assess(Dossier("HS", D(2026, 3, 2), FIVE, withdrawn_at=D(2026, 3, 20)), as_of=D(2026, 3, 25))
    assert (a.status, a.late_working_days, a.apology) == (Status.WITHDRAWN, 0, Apology.NOT_DUE)
    waiting = Dossier("HS", D(2026, 3, 2), FIVE, supplement_requests=(D(2026, 3, 3),),
                      withdrawn_at=D(2026, 3, 10))
    assert assess(waiting, as_of=D(2026, 4, 30)).status is Status.WITHDRAWN  # not closed: withdrawn


def test_a_dossier_ends_once() -> None:
    with pytest.raises(InvalidInputError) as caught:
        assess(Dossier("HS", D(2026, 3, 2), FIVE, returned_at=D(2026, 3, 5), withdrawn_at=D(2026, 3, 4)))
    assert caught.value.code is ErrorCode.CONFLICTING_ENDINGS
    assert "withdrawn_at" in str(caught.value) and "returned_at" in str(caught.value)


def test_the_result_is_judged_against_the_appointment_on_the_slip() -> None:
    # The slip says Tuesday 10/03 where the rule gives Monday 09/03: returned on 10/03 is on time.
    a = assess(Dossier("HS", D(2026, 3, 2), FIVE, appointment_at=D(2026, 3, 10), returned_at=D(2026, 3, 10)))
    assert (a.status, a.due_date, a.judged_against) == (Status.ON_TIME, D(2026, 3, 9), D(2026, 3, 10))
    assert a.has(Flag.APPOINTMENT_DIFFERS) and "Điều 22 khoản 3" in str(a.flags[-1])
    # A slip with a time: returned a quarter of an hour after it is late by 15 working minutes.
    b = assess(Dossier("HS", D(2026, 3, 2), FIVE, appointment_at=T(2026, 3, 9, 16, 30),
                       returned_at=T(2026, 3, 9, 16, 45)))
    assert (b.status, b.late_working_days, b.late_working_minutes) == (Status.LATE, 0, 15)
    assert not b.has(Flag.APPOINTMENT_DIFFERS)  # same day as the rule's


@pytest.mark.parametrize(("sent", "verdict"), [
    (D(2026, 3, 6), Apology.IN_TIME),  # the working day before the due date (Art. 19(6), convention 14)
    (D(2026, 3, 5), Apology.IN_TIME),
    (D(2026, 3, 9), Apology.LATE),  # on the due date itself: too late
    (None, Apology.MISSING),
])
def test_the_apology_is_in_time_when_sent_by_the_working_day_before_the_due_date(
        sent: date | None, verdict: Apology) -> None:
    a = assess(Dossier("HS", D(2026, 3, 2), FIVE, returned_at=D(2026, 3, 11), apology_at=sent))
    assert (a.status, a.late_working_days, a.apology_by) == (Status.LATE, 2, D(2026, 3, 6))
    assert a.apology is verdict
    assert a.has(Flag.LATE_APOLOGY) is (verdict is Apology.LATE)
    on_time = assess(Dossier("HS", D(2026, 3, 2), FIVE, returned_at=D(2026, 3, 9), apology_at=sent))
    assert on_time.apology is Apology.NOT_DUE
    overdue = assess(Dossier("HS", D(2026, 3, 2), FIVE, apology_at=sent), as_of=D(2026, 3, 10))
    assert overdue.status is Status.OPEN and overdue.apology is verdict


@pytest.mark.parametrize(("returned", "met"), [(D(2026, 3, 13), True), (D(2026, 3, 16), False)])
def test_the_one_re_appointment_is_kept_or_not(returned: date, met: bool) -> None:
    a = assess(Dossier("HS", D(2026, 3, 2), FIVE, returned_at=returned, apology_at=D(2026, 3, 6),
                       reappointed_to=D(2026, 3, 13)))
    assert a.status is Status.LATE and a.met_reappointment is met
    assert a.has(Flag.MISSED_REAPPOINTMENT) is (not met)
