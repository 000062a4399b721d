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
from typing import Any, NamedTuple

from hanchot._checks import choose, is_stream
from hanchot.batch.cells import ERROR, OUTPUT_COLUMNS, REQUIRED
from hanchot.batch.summary import Summary
from hanchot.calendars import Calendar, as_calendar
from hanchot.deadline import due
from hanchot.deadline.hours import DEFAULT_SESSIONS
from hanchot.dossier import (
    Dossier,
    ReceiptPolicy,
    Status,
    SupplementPolicy,
    assess,
    overdue_note,
)
from hanchot.dossier.assessment import DEADLINE_POLICIES, late_acceptance
from hanchot.errors import ErrorCode, HanchotError, InvalidInputError, OutOfCoverageError
from hanchot.messages import Lang, Message, fail, lang_of, renamed
from hanchot.moments import parse_when, to_vietnam
from hanchot.parser import parse
from hanchot.rules import Rule, SameDay, WorkingDays, WorkingHours

__all__ = ["process_records"]  # Processor, Row and the helpers serve the batch files and tables

_CACHE_LIMIT = 100_000
#: The statuses as the column writes them (plain strings: read once, not per row)
_EARLY, _ON_TIME, _LATE, _OPEN = (s.value for s in (Status.EARLY, Status.ON_TIME, Status.LATE, Status.OPEN))


#: The columns the dossier's fields come from, to name them in a row's error.
_COLUMNS = {"accepted_at": "ngay_nhan", "submitted_at": "ngay_nop", "time_limit": "thoi_han",
            "phrase": "thoi_han", "supplement_requests": "ngay_yeu_cau_bo_sung",
            "completed_at": "ngay_nhan_du", "returned_at": "ngay_tra", "start": "ngay_nhan",
            "code": "ma_ho_so"}


class Row(NamedTuple):
    """What a batch computes for one record: the output cells, and the error if there is one.

    A named tuple, not a dataclass: a batch makes millions of them.
    """

    due: str
    status: str
    late: int
    error: HanchotError | None = None
    notes: tuple[Message, ...] = ()

    def values(self, lang: Lang) -> tuple[str, str, str, str, str]:
        """The output cells in the order of ``OUTPUT_COLUMNS``, in ``lang`` for the texts."""
        reason = renamed(self.error, _COLUMNS).message(lang) if self.error is not None else ""
        notes = "; ".join(note.text(lang) for note in self.notes) if self.notes else ""
        return self.due, self.status, str(self.late), reason, notes


def error_row(error: HanchotError) -> Row:
    """The row of a record that cannot be computed."""
    return Row("", ERROR, 0, error)


class Processor:
    """One batch's settings and caches; ``row`` turns a record into output fields."""

    def __init__(self, *, as_of: date | datetime | None, calendar: Calendar | None,
                 receipt: ReceiptPolicy | str, supplement: SupplementPolicy | str,
                 policies: Mapping[str, Any], lang: object = "vi", keywords: tuple[str, ...] = ()) -> None:
        self.cal = as_calendar(calendar)
        self.as_of = as_of
        self.as_of_day = to_vietnam(as_of, "as_of")[0] if as_of is not None else None
        self.receipt = choose("receipt", receipt, ReceiptPolicy)
        self.supplement = choose("supplement", supplement, SupplementPolicy)
        unknown = set(policies) - DEADLINE_POLICIES
        if unknown:
            raise fail(InvalidInputError, ErrorCode.UNKNOWN_OPTION, field="options",
                       value=tuple(sorted(unknown)),
                       allowed=", ".join(sorted(DEADLINE_POLICIES | set(keywords))))
        self.policies = dict(policies)
        self.lang = lang_of(lang)
        self.fast = self.receipt is ReceiptPolicy.LEGAL and not self.policies
        #: each distinct phrase read once: its rule and whether the fast path takes it, or its error
        self.rules: dict[str, tuple[Rule, bool] | HanchotError] = {}
        self.dues: dict[tuple[Rule, date], date] = {}

    def rule(self, phrase: str) -> tuple[Rule, bool]:
        """The rule of a phrase, and whether it is day-based (the fast path's); its error if unreadable."""
        found = self.rules.get(phrase)
        if type(found) is tuple:
            return found
        if found is None:
            if len(self.rules) > _CACHE_LIMIT:  # distinct phrases, not rows, fill it; still bounded
                self.rules.clear()
                self.dues.clear()
            try:
                rule = parse(phrase)
                found = (rule, not isinstance(rule, SameDay | WorkingHours))
            except HanchotError as error:
                found = error
            self.rules[phrase] = found
        if isinstance(found, HanchotError):
            raise found
        return found

    def row(self, record: Mapping[str, str]) -> Row:
        """The output of one record whose cells are text (``cell_text``); never raises."""
        try:
            return self._row(record)
        except HanchotError as error:
            return error_row(error)

    def _when(self, record: Mapping[str, str], name: str) -> date | datetime | None:
        text = record.get(name)
        if not text or text.isspace():
            return None
        return parse_when(text, name)

    def _row(self, record: Mapping[str, str]) -> Row:
        for name in REQUIRED:
            if not (record.get(name) or "").strip():
                raise fail(InvalidInputError, ErrorCode.CELL_EMPTY, field=name)
        accepted = self._when(record, "ngay_nhan")
        assert accepted is not None
        rule, day_based = self.rule(record["thoi_han"])
        requested = self._when(record, "ngay_yeu_cau_bo_sung")
        completed = self._when(record, "ngay_nhan_du")
        returned = self._when(record, "ngay_tra")
        submitted = self._when(record, "ngay_nop")
        if self.fast and requested is None and day_based and (
                completed is None or self.supplement is SupplementPolicy.RESTART):
            notes: list[Message] = []
            if isinstance(submitted, datetime) and isinstance(accepted, datetime):
                if accepted < submitted:
                    raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="ngay_nhan",
                               value=accepted, other="ngay_nop", other_value=submitted)
                note = late_acceptance(self.cal, submitted, accepted, DEFAULT_SESSIONS)
                if note is not None:
                    notes.append(note)
            due_text, status, late = self._fast(accepted, rule, completed, returned)
            if status == _OPEN and late and self.as_of_day is not None:
                notes.append(overdue_note(late, self.as_of_day))
            return Row(due_text, status, late, notes=tuple(notes))
        if completed is not None and requested is None:
            requested = accepted  # the request date is not exported: the day of acceptance
        dossier = Dossier(
            record.get("ma_ho_so") or "", accepted, rule,
            submitted_at=submitted if isinstance(submitted, datetime) or submitted is None
            else datetime.combine(submitted, datetime.min.time()),
            supplement_requests=(requested,) if requested is not None else (),
            completed_at=completed, returned_at=returned,
        )
        assessed = assess(dossier, as_of=self.as_of, calendar=self.cal, receipt=self.receipt,
                          supplement=self.supplement, **self.policies)
        due_day = assessed.due_date
        return Row(due_day.isoformat() if due_day else "", assessed.status.value, assessed.late_working_days,
                   notes=assessed.flags)

    def _fast(self, accepted: date | datetime, rule: Rule, completed: date | datetime | None,
              returned: date | datetime | None) -> tuple[str, str, int]:
        """The common case in a few look-ups: a day-based rule and the legal receipt rule.

        N working days is one table look-up; other day-based rules depend on the
        start day only, so each (rule, day) is worked out once per batch.
        """
        cal = self.cal
        start = accepted.date() if isinstance(accepted, datetime) else accepted
        if completed is not None:
            done = completed.date() if isinstance(completed, datetime) else completed
            if done < start:
                raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="ngay_nhan_du",
                           value=done, other="ngay_nhan", other_value=start)
            start = done
        if isinstance(rule, WorkingDays):
            try:
                due_day = cal.add_working_days(start, rule.n)
            except OutOfCoverageError:
                coverage = cal.coverage
                raise fail(OutOfCoverageError, ErrorCode.DEADLINE_OUT_OF_COVERAGE, field="ngay_nhan",
                           value=start, phrase=rule.phrase(), first=coverage.first,
                           last=coverage.last) from None
        else:
            if len(self.dues) > _CACHE_LIMIT:
                self.dues.clear()
            key = (rule, start)
            due_day = self.dues.get(key) or self.dues.setdefault(
                key, due(rule, start, calendar=cal).due_date)
        if returned is not None:
            back = returned.date() if isinstance(returned, datetime) else returned
            if back < (accepted.date() if isinstance(accepted, datetime) else accepted):
                raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="ngay_tra",
                           value=returned, other="ngay_nhan", other_value=accepted)
            if back > due_day:
                return due_day.isoformat(), _LATE, cal.working_days_between(due_day, back)
            return due_day.isoformat(), (_EARLY if back < due_day else _ON_TIME), 0
        late = 0
        if self.as_of_day is not None and self.as_of_day > due_day:
            late = cal.working_days_between(due_day, self.as_of_day)
        return due_day.isoformat(), _OPEN, late


def cell_text(value: object) -> str:
    """A cell as text, whatever the record holds: dates in ISO 8601, nothing as "".

    >>> cell_text(None), cell_text(date(2026, 3, 6)), cell_text(12)
    ('', '2026-03-06', '12')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    try:
        return str(value)
    except Exception:
        return "\ufffd"


def process_records(
    records: Iterable[Mapping[str, object]],
    *,
    as_of: date | datetime | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    summary: Summary | None = None,
    lang: str = "vi",
    **policies: Any,
) -> Iterator[dict[str, str]]:
    """Yield each record with the output columns added; one out for each in, bad ones marked ``loi``.

    ``as_of`` (never read from the clock) lets an open dossier report how late it is so far.
    Pass a :class:`Summary` to have it counted as the rows go by. ``lang`` ("vi" or "en")
    is the language of ``ly_do_loi`` and ``ghi_chu``.

    >>> s = Summary()
    >>> out = list(process_records([{"ma_ho_so": "B1", "ngay_nhan": "2026-03-02",
    ...                              "thoi_han": "trong quý IX"}], summary=s))
    >>> out[0]["trang_thai"], s.by_status["loi"], dict(s.errors)
    ('loi', 1, {'phrase_unreadable': 1})
    """
    processor = Processor(as_of=as_of, calendar=calendar, receipt=receipt, supplement=supplement,
                          policies=policies, lang=lang,
                          keywords=("as_of", "calendar", "receipt", "supplement", "summary", "lang"))
    if summary is not None and not isinstance(summary, Summary):
        raise fail(InvalidInputError, ErrorCode.WRONG_KIND, field="summary", value=summary,
                   example="Summary()")
    if isinstance(records, str | bytes | Mapping) or not isinstance(records, Iterable) or is_stream(records):
        raise fail(InvalidInputError, ErrorCode.NOT_A_TABLE, field="records", value=records)
    return _records(processor, records, summary)


def _records(processor: Processor, records: Iterable[object],
             summary: Summary | None) -> Iterator[dict[str, str]]:
    for record in records:
        if isinstance(record, Mapping):
            out = {cell_text(key): cell_text(value) for key, value in record.items()}
            row = processor.row(out)
        else:
            row = error_row(fail(InvalidInputError, ErrorCode.NOT_A_RECORD, field="record", value=record,
                                 example="{'ma_ho_so': 'HS-1', 'ngay_nhan': '11/02/2026', …}"))
            out = {}
        if summary is not None:
            summary._count(row.status, row.late, row.error.code if row.error is not None else None)
        out.update(zip(OUTPUT_COLUMNS, row.values(processor.lang), strict=True))
        yield out
