# SPDX-License-Identifier: Apache-2.0
"""The columnar engine: a table of dossiers in, typed output columns and the summary out.

Each distinct cell (a date, a phrase) is read once by the same functions ``assess`` uses;
due dates, hand-over, status, lateness and flags are then worked out for whole columns at
once with look-ups in the calendar's tables. A row the engine cannot vectorise (a supplement,
a slip appointment, an apology, a refusal, an hour-based period, a policy other than the
defaults, a cell in error, …) goes to :class:`~hanchot.batch.rows.Processor`, that is to
:func:`hanchot.assess` itself; a property test proves both give the same rows.

Needs pyarrow and numpy (the ``arrow`` extra).

>>> import pyarrow as pa
>>> from hanchot.batch.rows import Processor
>>> p = Processor(as_of=None, calendar=None, receipt="legal", supplement="restart", policies={})
>>> out, s = run(p, {"ma_ho_so": pa.array(["A"]), "ngay_nhan": pa.array(["2026-02-11"]),
...                  "thoi_han": pa.array(["05 ngày làm việc"]), "ngay_tra": pa.array(["2026-02-26"])}, 1)
>>> out["han_tra"].to_pylist(), out["trang_thai"].to_pylist(), s.by_status["tre_han"]
([datetime.date(2026, 2, 25)], ['tre_han'], 1)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from hanchot._checks import require_module
from hanchot.batch.kernel import _answers, _arrays, _numpy
from hanchot.batch.rows import Processor, Row, cell_text, error_row
from hanchot.batch.summary import BUCKETS, LABELS, STATUSES, Summary
from hanchot.deadline import due
from hanchot.deadline.hours import DEFAULT_SESSIONS
from hanchot.deadline.policies import DEFAULT_CUTOFF as _CUTOFF
from hanchot.dossier import REGIMES, Apology, ReceiptPolicy, Status
from hanchot.dossier.assessment import (
    before_regimes_note,
    handover,
    handover_note,
    late_acceptance_after,
    overdue_note,
)
from hanchot.errors import HanchotError
from hanchot.messages import Message
from hanchot.moments import parse_when, to_vietnam
from hanchot.rules import SameDay, WorkingDays, WorkingHours

__all__: list[str] = []  # the room's own machinery: process_file and process_table are its doors

_EPOCH = date(1970, 1, 1).toordinal()
#: Every character Python's ``str.isspace`` knows, for RE2 (whose ``\\s`` is ASCII only).
_BLANK = r"^[\s\x0b\x1c-\x1f\x85\xa0\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]*$"
_APOLOGIES = tuple(a.value for a in Apology)
_CODE = {value: code for code, value in enumerate(STATUSES)}
_SCALAR_ONLY = ("ngay_yeu_cau_bo_sung", "ngay_nhan_du", "ngay_hen_tra", "ngay_xin_loi", "ngay_hen_lai",
                "ngay_tu_choi", "ngay_rut")
# the state of a cell once read
_BLANK_CELL, _DATE, _MOMENT, _OTHER = 0, 1, 2, 3  # _OTHER: in error, or seconds: the scalar rules decide
_PER_DAY = sum((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) for a, b in DEFAULT_SESSIONS)


def arrow() -> Any:
    """pyarrow, or a clear error naming the extra that installs it."""
    return require_module("pyarrow", "hanchot.batch (files and tables)", "arrow")


@dataclass(slots=True)
class _Cells:
    """A date column once read: each row's state, day (days since 1970) and minute of the day."""

    state: Any
    day: Any
    minute: Any


def _read(values: Any, name: str, n: int) -> _Cells:
    """Read each distinct cell of a date column once, with the scalar rules' own functions."""
    np = _numpy()
    if values is None:
        return _Cells(np.zeros(n, np.int8), np.zeros(n, np.int64), np.full(n, -1, np.int32))
    encoded = values.dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    state = np.full(len(distinct) + 1, _BLANK_CELL, np.int8)  # the last entry: a null cell
    day = np.zeros(len(distinct) + 1, np.int64)
    minute = np.full(len(distinct) + 1, -1, np.int32)
    for k, value in enumerate(distinct):
        text = cell_text(value)
        if not text or text.isspace():
            continue
        try:
            found_day, at = to_vietnam(parse_when(text, name), name)
        except HanchotError:
            state[k] = _OTHER
            continue
        day[k] = found_day.toordinal() - _EPOCH
        if at is None:
            state[k] = _DATE
        elif at.second or at.microsecond:
            state[k] = _OTHER
        else:
            state[k], minute[k] = _MOMENT, at.hour * 60 + at.minute
    index = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False) if n else np.zeros(0, np.int64)
    return _Cells(state[index], day[index], minute[index])


def run(processor: Processor, columns: Mapping[str, Any], n: int,
        bad: Mapping[int, HanchotError] | None = None) -> tuple[dict[str, Any], Summary]:
    """The output columns (Arrow arrays) and the summary for ``n`` rows given as Arrow arrays.

    ``columns`` maps input column names to arrays of any type (text, dates, timestamps);
    ``bad`` marks rows already known to be in error (a row of the wrong width).
    """
    columns = {name: column.combine_chunks() if hasattr(column, "combine_chunks") else column
               for name, column in columns.items() if column is not None}
    batch = _Batch(processor, columns, n, bad or {})
    batch.find_due()
    batch.find_receipt()
    batch.find_status()
    rows = _scalar_rows(processor, columns, _numpy().flatnonzero(batch.scalar), bad or {})
    return _columns(batch, rows)


class _Batch:
    """One chunk's columns as numpy arrays, and which rows are left to the scalar rules (``scalar``)."""

    def __init__(self, processor: Processor, columns: Mapping[str, Any], n: int,
                 bad: Mapping[int, HanchotError]) -> None:
        np, pa = _numpy(), arrow()
        self.processor, self.n = processor, n
        self.cum, _, self.off, self.first = _arrays(processor.cal)
        self.size = self.cum.size
        self.scalar = np.zeros(n, bool)
        self.scalar[list(bad)] = True
        at = processor.as_of_value[1] if processor.as_of_value is not None else None
        if (processor.receipt is not ReceiptPolicy.LEGAL or processor.policies or processor.cal.strict
                or (at is not None and (at.second or at.microsecond))):
            self.scalar[:] = True
        for name in _SCALAR_ONLY:  # rare columns: a row with one goes to the scalar rules
            if columns.get(name) is not None:
                self.scalar |= _read(columns[name], name, n).state != _BLANK_CELL
        code = columns["ma_ho_so"]
        if pa.types.is_string(code.type) or pa.types.is_large_string(code.type):
            self.scalar |= np.asarray(_pc().match_substring_regex(code, _BLANK).fill_null(True), bool)
        else:
            self.scalar[:] = True
        self.phrases = columns["thoi_han"]
        self.accepted = _read(columns["ngay_nhan"], "ngay_nhan", n)
        self.submitted = _read(columns.get("ngay_nop"), "ngay_nop", n)
        self.returned = _read(columns.get("ngay_tra"), "ngay_tra", n)
        accepted, submitted = self.accepted, self.submitted
        self.scalar |= (accepted.state != _DATE) & (accepted.state != _MOMENT)
        self.scalar |= (submitted.state == _OTHER) | (submitted.state == _DATE)
        self.scalar |= self.returned.state == _OTHER
        self.scalar |= (submitted.state == _MOMENT) & (accepted.state != _MOMENT)
        self.acc = self._index(accepted.day)
        self.due_day = np.zeros(n, np.int64)
        self.due_index = np.zeros(n, np.int64)
        self.note_key = np.zeros(n, np.int64)  # what a row's notes are made of, as one number
        self.status = np.full(n, _CODE[Status.OPEN.value], np.int8)
        self.late = np.zeros(n, np.int32)
        self.apology = np.zeros(n, np.int8)
        self.overdue = np.zeros(n, bool)

    def _index(self, days: Any, rows: Any = None) -> Any:
        """Days as indices into the calendar's tables; a row outside them goes to the scalar rules."""
        np = _numpy()
        index = days - self.first
        self.scalar |= ((index < 0) | (index >= self.size)) & (True if rows is None else rows)
        return np.where(self.scalar, 0, index)

    def find_due(self) -> None:
        """The due date: N working days is one gather; another day-based rule is worked out once per day."""
        np, processor = _numpy(), self.processor
        phrases = self.phrases.dictionary_encode()
        rule_of = phrases.indices.fill_null(-1).to_numpy(zero_copy_only=False) if self.n else np.zeros(0, int)
        for k, phrase in enumerate([*phrases.dictionary.to_pylist(), None]):
            rows = (rule_of == (k if k < len(phrases.dictionary) else -1)) & ~self.scalar
            try:
                text = cell_text(phrase)
                rule = processor.rule(text) if text.strip() else None
            except HanchotError:
                rule = None
            if rule is None or isinstance(rule, WorkingHours | SameDay):
                self.scalar |= rows
            elif isinstance(rule, WorkingDays):
                self.due_day[rows] = _answers(processor.cal, rule.n).view(np.int64)[self.acc[rows]]
            elif rows.any():
                days, inverse = np.unique(self.acc[rows], return_inverse=True)
                self.due_day[rows] = np.array([self._due(rule, day) for day in days.tolist()],
                                              np.int64)[inverse.reshape(-1)]
        self.due_index = self._index(self.due_day)
        # the working day before the due date (the apology's) must be in the tables too
        self.scalar |= (self.cum[self.due_index] - (1 - self.off[self.due_index])) < 1

    def _due(self, rule: Any, index: int) -> int:
        """One (rule, day)'s due date in days since 1970, by :func:`hanchot.due` itself."""
        try:
            start = date.fromordinal(index + self.first + _EPOCH)
            return due(rule, start, calendar=self.processor.cal).due_date.toordinal() - _EPOCH
        except HanchotError:
            return -(1 << 40)  # outside the tables: the scalar rules give the error

    def find_receipt(self) -> None:
        """An online filing accepted too late, or paper handed over the next morning: as note keys."""
        np, accepted, submitted = _numpy(), self.accepted, self.submitted
        online = (submitted.state == _MOMENT) & ~self.scalar
        after = (submitted.day * 1440 + submitted.minute) > (accepted.day * 1440 + accepted.minute)
        self.scalar |= online & after
        sub = self._index(submitted.day, online)
        online &= ~self.scalar
        waited = _minutes(self.cum, self.off, (sub, submitted.minute), (self.acc, accepted.minute))
        starts = [regime.effective_from.toordinal() - _EPOCH for regime in REGIMES]
        regime_index = np.searchsorted(starts, accepted.day, side="right") - 1
        for r, regime in enumerate(REGIMES):
            if regime.online_acceptance_hours is not None:
                late = online & (regime_index == r) & (waited > regime.online_acceptance_hours * 60)
                self.note_key[late] = (1 << 40) | waited[late]
        paper = (submitted.state == _BLANK_CELL) & (accepted.state == _MOMENT) & ~self.scalar
        paper &= (self.off[self.acc] == 1) | (accepted.minute > _CUTOFF.hour * 60 + _CUTOFF.minute)
        self.note_key[paper] = (2 << 40) | (accepted.day[paper] * 1440 + accepted.minute[paper])
        self.note_key |= np.maximum(regime_index, 0).astype(np.int64) << 42
        self.note_key[regime_index < 0] |= 1 << 44

    def find_status(self) -> None:
        """Status and lateness as returned, or as of the day asked; the apology a late dossier needs."""
        returned, due_day = self.returned, self.due_day
        has_return = (returned.state != _BLANK_CELL) & ~self.scalar
        self.scalar |= has_return & (returned.day < self.accepted.day)
        back = self._index(returned.day, has_return)
        has_return &= ~self.scalar
        self.status[has_return & (returned.day < due_day)] = _CODE[Status.EARLY.value]
        self.status[has_return & (returned.day == due_day)] = _CODE[Status.ON_TIME.value]
        is_late = has_return & (returned.day > due_day)
        self.status[is_late] = _CODE[Status.LATE.value]
        self.late[is_late] = (self.cum[back] - self.cum[self.due_index])[is_late]
        if self.processor.as_of_value is not None:
            as_of = self.processor.as_of_value[0].toordinal() - _EPOCH - self.first
            if not 0 <= as_of < self.size:
                self.scalar[:] = True
                return
            self.overdue = ~has_return & ~self.scalar & (as_of + self.first > due_day)
            self.late[self.overdue] = (self.cum[as_of] - self.cum[self.due_index])[self.overdue]
            self.note_key[self.overdue] |= (self.late[self.overdue].astype("int64") + 1) << 45
        self.apology[(is_late | self.overdue) & ~self.scalar] = _APOLOGIES.index(Apology.MISSING.value)


def _pc() -> Any:
    return require_module("pyarrow.compute", "hanchot.batch (files and tables)", "arrow")


def _minutes(cum: Any, off: Any, a: tuple[Any, Any], b: tuple[Any, Any]) -> Any:
    """``minutes_between`` for columns of moments (table indices and minutes of the day)."""
    np = _numpy()
    left = np.array([sum(max(0, (e.hour * 60 + e.minute) - max(s.hour * 60 + s.minute, m))
                         for s, e in DEFAULT_SESSIONS) for m in range(1441)], np.int64)  # left from m
    (a, a_minute), (b, b_minute) = a, b
    working_a, working_b = 1 - off[a], 1 - off[b]
    spent_a = np.where(working_a == 1, _PER_DAY - left[np.clip(a_minute, 0, 1440)], 0)
    spent_b = np.where(working_b == 1, _PER_DAY - left[np.clip(b_minute, 0, 1440)], 0)
    whole = (cum[b] - cum[a]) + working_a - working_b
    return np.maximum(whole * _PER_DAY + spent_b - spent_a, 0)


def _scalar_rows(processor: Processor, columns: Mapping[str, Any], where: Any,
                 bad: Mapping[int, HanchotError]) -> dict[int, Row]:
    """The rows left to the scalar rules, each assessed by ``assess``."""
    pa = arrow()
    if not where.size:
        return {}
    taken = {name: array.take(pa.array(where)).to_pylist()
             for name, array in columns.items() if array is not None}
    out: dict[int, Row] = {}
    for j, i in enumerate(where.tolist()):
        if i in bad:
            out[i] = error_row(bad[i])
            continue
        out[i] = processor.row({name: cell_text(cells[j]) for name, cells in taken.items()})
    return out


def _notes(key: int, processor: Processor) -> list[Message]:
    """The notes a vectorised row's key stands for, in the order ``assess`` gives them."""
    out: list[Message] = []
    regime = REGIMES[key >> 42 & 0b11]
    if key >> 44 & 1:
        out.append(before_regimes_note(REGIMES[0]))
    receipt, value = key >> 40 & 0b11, key & ((1 << 40) - 1)
    if receipt == 1:
        message = late_acceptance_after(regime, value)
        assert message is not None
        out.append(message)
    elif receipt == 2:
        at = datetime.combine(date.fromordinal(value // 1440 + _EPOCH), time(value % 1440 // 60, value % 60))
        handed = handover(processor.cal, at, _CUTOFF, DEFAULT_SESSIONS)
        assert handed is not None
        out.append(handover_note(regime, at, handed))
    if key >> 45:
        assert processor.as_of_value is not None
        out.append(overdue_note((key >> 45) - 1, processor.as_of_value[0]))
    return out


def _columns(batch: _Batch, rows: dict[int, Row]) -> tuple[dict[str, Any], Summary]:
    """The output columns, with the scalar rows' values put in place, and the summary of them all."""
    np, pa = _numpy(), arrow()
    lang, n, scalar = batch.processor.lang, batch.n, batch.scalar
    status, late, apology, overdue = batch.status, batch.late, batch.apology, batch.overdue
    due_day = batch.due_day
    texts, reasons = [""], [""]
    note_index, reason_index = np.zeros(n, np.int32), np.zeros(n, np.int32)
    flagged = ~scalar & ((batch.note_key & ~(0b11 << 42)) != 0)
    keys, inverse = np.unique(batch.note_key[flagged], return_inverse=True)
    texts += ["; ".join(m.text(lang) for m in _notes(key, batch.processor)) for key in keys.tolist()]
    note_index[flagged] = inverse.reshape(-1) + 1
    has_due = ~scalar
    seconds, timed = np.zeros(n, np.int32), np.zeros(n, bool)
    errors: Counter[str] = Counter()
    for i, row in rows.items():
        status[i], late[i] = _CODE[row.status], row.late
        apology[i], overdue[i] = _APOLOGIES.index(row.apology), row.overdue
        if row.due is not None:
            due_day[i], has_due[i] = row.due.toordinal() - _EPOCH, True
        if row.due_time is not None:
            seconds[i], timed[i] = row.due_time.hour * 3600 + row.due_time.minute * 60, True
        for text, target, index in ((row.note(lang), texts, note_index),
                                    (row.reason(lang), reasons, reason_index)):
            if text:
                target.append(text)
                index[i] = len(target) - 1
        if row.error is not None and row.error.code is not None:
            errors[row.error.code.value] += 1
    out = {
        "han_tra": pa.array(due_day.astype(np.int32), mask=~has_due).cast(pa.date32()),
        "han_tra_gio": pa.array(seconds, mask=~timed).cast(pa.time32("s")),
        "trang_thai": _decode(status, STATUSES),
        "so_ngay_tre": pa.array(late, pa.int32()),
        "xin_loi": _decode(apology, _APOLOGIES),
        "ly_do_loi": _decode(reason_index, reasons),
        "ghi_chu": _decode(note_index, texts),
    }
    return out, _summary(batch, errors)


def _summary(batch: _Batch, errors: Counter[str]) -> Summary:
    """The summary of a chunk, counted over its columns."""
    np = _numpy()
    status, late, apology = batch.status, batch.late, batch.apology
    summary = Summary(rows=batch.n, open_overdue=int(batch.overdue.sum()), errors=errors)
    counts = np.bincount(status, minlength=len(STATUSES))
    summary.by_status.update({STATUSES[k]: int(c) for k, c in enumerate(counts.tolist()) if c})
    late_rows = late[status == _CODE[Status.LATE.value]]
    buckets = np.bincount(np.searchsorted([limit for limit, _ in BUCKETS], late_rows), minlength=len(LABELS))
    summary.lateness.update({LABELS[k]: int(c) for k, c in enumerate(buckets.tolist()) if c})
    sent = np.bincount(apology, minlength=len(_APOLOGIES))
    summary.apologies.update({_APOLOGIES[k]: int(c) for k, c in enumerate(sent.tolist()) if c and k})
    return summary


def _decode(codes: Any, values: list[str] | tuple[str, ...]) -> Any:
    """Text cells from codes into a list of distinct values."""
    pa = arrow()
    dictionary = pa.DictionaryArray.from_arrays(pa.array(codes.astype("int32")),
                                                pa.array(list(values), pa.string()))
    return dictionary.dictionary_decode()
