# SPDX-License-Identifier: Apache-2.0
"""The rows of a batch: each record turned into its output fields, never an exception.

>>> out = next(process_records([{"ma_ho_so": "A1", "ngay_nhan": "2026-02-11",
...                              "thoi_han": "05 ngày làm việc", "ngay_tra": "2026-02-25"}]))
>>> out["han_tra"], out["trang_thai"]
('2026-02-25', 'dung_han')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from hanchot.batch.cells import ERROR, REQUIRED, parse_when
from hanchot.batch.summary import Summary
from hanchot.calendars import Calendar, default_calendar
from hanchot.deadline import due
from hanchot.dossier import (
    Dossier,
    ReceiptPolicy,
    Status,
    SupplementPolicy,
    assess,
    late_acceptance_note,
    overdue_note,
)
from hanchot.errors import HanchotError, InvalidInputError, choose
from hanchot.parser import parse
from hanchot.rules import Rule, SameDay, WorkingDays, WorkingHours

__all__ = ["Processor", "process_records"]

_CACHE_LIMIT = 100_000


class Processor:
    """One batch's settings and caches; ``row`` turns a record into output fields."""

    def __init__(self, *, as_of: date | datetime | None, calendar: Calendar | None,
                 receipt: ReceiptPolicy | str, supplement: SupplementPolicy | str,
                 policies: Mapping[str, Any]) -> None:
        self.cal = calendar if calendar is not None else default_calendar()
        self.as_of = as_of
        self.as_of_day = (as_of.date() if isinstance(as_of, datetime) else as_of)
        self.receipt = choose("receipt", receipt, ReceiptPolicy)
        self.supplement = choose("supplement", supplement, SupplementPolicy)
        self.policies = dict(policies)
        self.fast = self.receipt is ReceiptPolicy.LEGAL and not self.policies
        self.rules: dict[str, Rule | str] = {}
        self.dues: dict[tuple[Rule, date], date] = {}

    def rule(self, phrase: str) -> Rule:
        found = self.rules.get(phrase)
        if found is None:
            if len(self.rules) > _CACHE_LIMIT:  # distinct phrases, not rows, fill it; still bounded
                self.rules.clear()
                self.dues.clear()
            try:
                found = parse(phrase)
            except InvalidInputError as error:
                found = str(error)
            self.rules[phrase] = found
        if isinstance(found, str):
            raise InvalidInputError(f"thoi_han: {found}")
        return found

    def row(self, record: Mapping[str, str | None]) -> tuple[str, str, int, str, str]:
        """(han_tra, trang_thai, so_ngay_tre, ly_do_loi) for one record; never raises."""
        try:
            return self._row(record)
        except HanchotError as error:
            return "", ERROR, 0, str(error), ""

    def _when(self, record: Mapping[str, str | None], name: str) -> date | datetime | None:
        text = record.get(name)
        if not text or text.isspace():
            return None
        try:
            return parse_when(text)
        except InvalidInputError as error:
            raise InvalidInputError(f"{name}={error}") from None

    def _row(self, record: Mapping[str, str | None]) -> tuple[str, str, int, str, str]:
        for name in REQUIRED:
            if not (record.get(name) or "").strip():
                raise InvalidInputError(f"{name}: trống (bắt buộc)")
        accepted = self._when(record, "ngay_nhan")
        assert accepted is not None
        rule = self.rule(record["thoi_han"] or "")
        requested = self._when(record, "ngay_yeu_cau_bo_sung")
        completed = self._when(record, "ngay_nhan_du")
        returned = self._when(record, "ngay_tra")
        submitted = self._when(record, "ngay_nop")
        if self.fast and requested is None and not isinstance(rule, SameDay | WorkingHours) and (
                completed is None or self.supplement is SupplementPolicy.RESTART):
            notes = []
            if isinstance(submitted, datetime) and isinstance(accepted, datetime):
                notes.append(late_acceptance_note(self.cal, submitted, accepted))
            due_text, status, late, reason = self._fast(accepted, rule, completed, returned)
            if status == Status.OPEN and late and self.as_of_day is not None:
                notes.append(overdue_note(late, self.as_of_day))
            return due_text, status, late, reason, "; ".join(n for n in notes if n)
        if completed is not None and requested is None:
            requested = accepted  # the request date is not exported: the day of acceptance
        dossier = Dossier(
            record.get("ma_ho_so") or "", accepted, rule,
            submitted_at=submitted if isinstance(submitted, datetime) or submitted is None
            else datetime.combine(submitted, datetime.min.time()),
            supplement_requests=(requested,) if requested is not None else (),
            completed_at=completed, returned_at=returned,
        )
        result = assess(dossier, as_of=self.as_of, calendar=self.cal, receipt=self.receipt,
                        supplement=self.supplement, **self.policies)
        due_day = result.due_date
        return (due_day.isoformat() if due_day else "", result.status.value, result.late_working_days,
                "", "; ".join(result.flags))

    def _fast(self, accepted: date | datetime, rule: Rule, completed: date | datetime | None,
              returned: date | datetime | None) -> tuple[str, str, int, str]:
        """The common case in a few look-ups: a day-based rule and the legal receipt rule.

        N working days is one table look-up; other day-based rules depend on the
        start day only, so each (rule, day) is worked out once per batch.
        """
        cal = self.cal
        start = accepted.date() if isinstance(accepted, datetime) else accepted
        if completed is not None:
            done = completed.date() if isinstance(completed, datetime) else completed
            if done < start:
                raise InvalidInputError(f"ngay_nhan_du={done} trước ngay_nhan={start}")
            start = done
        if isinstance(rule, WorkingDays):
            due_day = cal.add_working_days(start, rule.n)
        else:
            if len(self.dues) > _CACHE_LIMIT:
                self.dues.clear()
            key = (rule, start)
            due_day = self.dues.get(key) or self.dues.setdefault(
                key, due(rule, start, calendar=cal).due_date)
        if returned is not None:
            back = returned.date() if isinstance(returned, datetime) else returned
            if back < (accepted.date() if isinstance(accepted, datetime) else accepted):
                raise InvalidInputError(f"ngay_tra={back} trước ngay_nhan={accepted}")
            if back > due_day:
                return due_day.isoformat(), Status.LATE, cal.working_days_between(due_day, back), ""
            return due_day.isoformat(), (Status.EARLY if back < due_day else Status.ON_TIME), 0, ""
        late = 0
        if self.as_of_day is not None and self.as_of_day > due_day:
            late = cal.working_days_between(due_day, self.as_of_day)
        return due_day.isoformat(), Status.OPEN, late, ""


def process_records(
    records: Iterable[Mapping[str, str | None]],
    *,
    as_of: date | datetime | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    summary: Summary | None = None,
    **policies: Any,
) -> Iterator[dict[str, str]]:
    """Yield each record with the output columns added; one out for each in, bad ones marked ``loi``.

    ``as_of`` (never read from the clock) lets an open dossier report how late it is so far.
    Pass a :class:`Summary` to have it counted as the rows go by.

    >>> s = Summary()
    >>> out = list(process_records([{"ma_ho_so": "B1", "ngay_nhan": "2026-03-02",
    ...                              "thoi_han": "trong quý IX"}], summary=s))
    >>> out[0]["trang_thai"], s.by_status["loi"]
    ('loi', 1)
    """
    processor = Processor(as_of=as_of, calendar=calendar, receipt=receipt, supplement=supplement,
                           policies=policies)
    for record in records:
        due_text, status, late, reason, notes = processor.row(record)
        if summary is not None:
            summary.add(status, late, reason)
        out = {key: "" if value is None else str(value) for key, value in record.items()}
        out.update(han_tra=due_text, trang_thai=str(status), so_ngay_tre=str(late), ly_do_loi=reason,
                   ghi_chu=notes)
        yield out
