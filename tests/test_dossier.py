# SPDX-License-Identifier: Apache-2.0
"""One-stop dossiers: cases worked by hand under ND 118/2025 and ND 61/2018, and properties."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hanchot
from hanchot.dossier import (
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
    assert "10.0 giờ làm việc" in str(slow.flags[0]) and "10.0 working hours" in slow.flags[0].text("en")
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
    assert closed.closed_incomplete and closed.due_date is None and closed.status is Status.OPEN
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
