# SPDX-License-Identifier: Apache-2.0
"""The rows of a batch: each record assessed by :func:`hanchot.assess`, never an exception.

This is the batch's one statement of the dossier rules: a record becomes a
:class:`~hanchot.dossier.Dossier`, ``assess`` judges it, and the row reports what it found.
The columnar engine (:mod:`hanchot.batch.engine`) computes the same function faster for the
rows it can vectorise and sends every other row here.

>>> out = next(process_records([{"ma_ho_so": "A1", "ngay_nhan": "2026-02-11",
...                              "thoi_han": "05 ngày làm việc", "ngay_tra": "2026-02-25"}]))
>>> out["han_tra"], out["trang_thai"]
('2026-02-25', 'dung_han')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time
from typing import Any, NamedTuple

from hanchot._checks import choose, is_stream
from hanchot.batch.cells import ERROR, OUTPUT_COLUMNS, REQUIRED
from hanchot.batch.summary import Summary
from hanchot.calendars import Calendar, as_calendar
from hanchot.dossier import Dossier, Flag, ReceiptPolicy, Status, SupplementPolicy, assess
from hanchot.dossier.assessment import DEADLINE_POLICIES
from hanchot.errors import ErrorCode, HanchotError, InvalidInputError
from hanchot.messages import Lang, Message, fail, lang_of, renamed
from hanchot.moments import parse_when, to_vietnam
from hanchot.parser import parse
from hanchot.rules import Rule, WorkingHours

__all__ = ["process_records"]  # Processor, Row and the helpers serve the engine, files and tables

_CACHE_LIMIT = 100_000

#: The columns the dossier's fields come from, to name them in a row's error.
_COLUMNS = {"accepted_at": "ngay_nhan", "submitted_at": "ngay_nop", "time_limit": "thoi_han",
            "phrase": "thoi_han", "supplement_requests": "ngay_yeu_cau_bo_sung",
            "completed_at": "ngay_nhan_du", "returned_at": "ngay_tra", "start": "ngay_nhan",
            "code": "ma_ho_so", "appointment_at": "ngay_hen_tra", "apology_at": "ngay_xin_loi",
            "reappointed_to": "ngay_hen_lai", "new_date": "ngay_hen_lai", "refused_at": "ngay_tu_choi",
            "withdrawn_at": "ngay_rut", "requested": "ngay_yeu_cau_bo_sung"}


class Row(NamedTuple):
    """What a batch computes for one record: the output cells, and the error if there is one.

    A named tuple, not a dataclass: a batch makes many of them.
    """

    due: date | None
    due_time: time | None  # for an hour-based period: the time on the due date
    status: str
    late: int
    apology: str = ""
    overdue: bool = False
    error: HanchotError | None = None
    notes: tuple[Message, ...] = ()

    @property
    def due_text(self) -> str:
        """The due date in ISO 8601, with its time for an hour-based period ("2026-02-13 10:00")."""
        if self.due is None:
            return ""
        return self.due.isoformat() + (f" {self.due_time:%H:%M}" if self.due_time is not None else "")

    def reason(self, lang: Lang) -> str:
        """Why the row could not be computed, naming the file's columns ("" if it could)."""
        return renamed(self.error, _COLUMNS).message(lang) if self.error is not None else ""

    def note(self, lang: Lang) -> str:
        """What the decree flags, one note after another."""
        return "; ".join(note.text(lang) for note in self.notes)

    def values(self, lang: Lang) -> tuple[str, str, str, str, str, str]:
        """The output cells in the order of ``OUTPUT_COLUMNS``, in ``lang`` for the texts."""
        return self.due_text, self.status, str(self.late), self.apology, self.reason(lang), self.note(lang)


def error_row(error: HanchotError) -> Row:
    """The row of a record that cannot be computed."""
    return Row(None, None, ERROR, 0, error=error)


class Processor:
    """One batch's settings and caches; ``row`` turns a record into its output."""

    def __init__(self, *, as_of: date | datetime | None, calendar: Calendar | None,
                 receipt: ReceiptPolicy | str, supplement: SupplementPolicy | str,
                 policies: Mapping[str, Any], lang: object = "vi", keywords: tuple[str, ...] = ()) -> None:
        self.cal = as_calendar(calendar)
        self.as_of = as_of
        self.as_of_value = to_vietnam(as_of, "as_of") if as_of is not None else None
        self.receipt = choose("receipt", receipt, ReceiptPolicy)
        self.supplement = choose("supplement", supplement, SupplementPolicy)
        unknown = set(policies) - DEADLINE_POLICIES
        if unknown:
            raise fail(InvalidInputError, ErrorCode.UNKNOWN_OPTION, field="options",
                       value=tuple(sorted(unknown)),
                       allowed=", ".join(sorted(DEADLINE_POLICIES | set(keywords))))
        self.policies = dict(policies)
        self.lang = lang_of(lang)
        #: each distinct phrase read once: its rule, or its error
        self.rules: dict[str, Rule | HanchotError] = {}
        #: the columnar engine's own, across a batch's chunks: cells read, and notes written
        self.cells: dict[object, tuple[int, int, int]] = {}
        self.notes: dict[int, str] = {}

    def rule(self, phrase: str) -> Rule:
        """The rule of a phrase, read once per batch; its error if it cannot be read."""
        found = self.rules.get(phrase)
        if found is None:
            if len(self.rules) > _CACHE_LIMIT:  # distinct phrases, not rows, fill it; still bounded
                self.rules.clear()
            try:
                found = parse(phrase)
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

    def _row(self, record: Mapping[str, str]) -> Row:
        for name in REQUIRED:
            if not (record.get(name) or "").strip():
                raise fail(InvalidInputError, ErrorCode.CELL_EMPTY, field=name)

        def when(name: str) -> date | datetime | None:
            text = record.get(name)
            return None if not text or text.isspace() else parse_when(text, name)

        accepted, rule = when("ngay_nhan"), self.rule(record["thoi_han"])
        requested, completed, submitted = when("ngay_yeu_cau_bo_sung"), when("ngay_nhan_du"), when("ngay_nop")
        reappointed = when("ngay_hen_lai")
        assert accepted is not None
        if completed is not None and requested is None:
            if to_vietnam(completed, "ngay_nhan_du")[0] < to_vietnam(accepted, "ngay_nhan")[0]:
                raise fail(InvalidInputError, ErrorCode.BEFORE_EARLIER_EVENT, field="ngay_nhan_du",
                           value=completed, other="ngay_nhan", other_value=accepted)
            requested = accepted  # the request date is not exported: the day of acceptance
        dossier = Dossier(
            record.get("ma_ho_so") or "", accepted, rule,
            submitted_at=submitted if isinstance(submitted, datetime) or submitted is None
            else datetime.combine(submitted, time()),
            supplement_requests=(requested,) if requested is not None else (),
            completed_at=completed, returned_at=when("ngay_tra"), appointment_at=when("ngay_hen_tra"),
            apology_at=when("ngay_xin_loi"), refused_at=when("ngay_tu_choi"), withdrawn_at=when("ngay_rut"),
            reappointed_to=reappointed.date() if isinstance(reappointed, datetime) else reappointed,
        )
        a = assess(dossier, as_of=self.as_of, calendar=self.cal, receipt=self.receipt,
                   supplement=self.supplement, **self.policies)
        due_time = None
        if a.deadline is not None and isinstance(rule, WorkingHours):
            due_time = a.deadline.due_at.timetz().replace(tzinfo=None)
        return Row(a.due_date, due_time, a.status.value, a.late_working_days, a.apology.value,
                   a.status is Status.OPEN and a.has(Flag.OVERDUE), notes=a.flags)


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

    Pure Python, one record at a time (for files and tables, :func:`process_csv` and
    :func:`process_table` are columnar). ``as_of`` (never read from the clock) lets an open
    dossier report how late it is so far. Pass a :class:`Summary` to have it counted as the
    rows go by. ``lang`` ("vi" or "en") is the language of ``ly_do_loi`` and ``ghi_chu``.

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
            summary._count_row(row)
        out.update(zip(OUTPUT_COLUMNS, row.values(processor.lang), strict=True))
        yield out


