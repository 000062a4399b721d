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
from datetime import date
from functools import cache
from typing import Any

from hanchot._checks import require_module
from hanchot.batch.dates import UNKNOWN, matching, read_shapes
from hanchot.batch.notekeys import PROVISIONAL_BIT, notes
from hanchot.batch.rows import Processor, Row, cell_text, error_row
from hanchot.batch.summary import BUCKETS, LABELS, STATUSES, Summary
from hanchot.columns.kernel import _EPOCH, _answers, _arrays, _numpy
from hanchot.deadline import due
from hanchot.deadline.hours import DEFAULT_SESSIONS
from hanchot.deadline.policies import DEFAULT_CUTOFF as _CUTOFF
from hanchot.dossier import REGIMES, Apology, ReceiptPolicy, Status
from hanchot.errors import HanchotError
from hanchot.moments import parse_when, to_vietnam
from hanchot.rules import SameDay, WorkingDays, WorkingHours

__all__: list[str] = []  # the room's own machinery: process_file and process_table are its doors

#: Every character Python's ``str.isspace`` knows, for RE2 (whose ``\\s`` is ASCII only).
_BLANK = r"^[\s\x0b\x1c-\x1f\x85\xa0\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]*$"
#: First bytes of a cell that is all spaces: ASCII spaces and controls 9–13 and 28–32, and the UTF-8
#: lead bytes of U+0085, U+00A0 (C2), U+1680 (E1), U+2000–U+205F (E2) and U+3000 (E3).
_SPACE_LEADS = bytes([9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0xC2, 0xE1, 0xE2, 0xE3])
_APOLOGIES = tuple(a.value for a in Apology)
_CODE = {value: code for code, value in enumerate(STATUSES)}
_SCALAR_ONLY = ("ngay_yeu_cau_bo_sung", "ngay_nhan_du", "ngay_hen_tra", "ngay_xin_loi", "ngay_hen_lai",
                "ngay_tu_choi", "ngay_rut")
# the state of a cell once read
_BLANK_CELL, _DATE, _MOMENT, _OTHER = 0, 1, 2, 3  # _OTHER: in error, or seconds: the scalar rules decide
_KNOWN = 1_000_000  # distinct cells kept across chunks
_DICTIONARY_FROM = 65_536  # rows from which a column of few distinct cells is read through its dictionary
_PER_DAY = sum((b.hour * 60 + b.minute) - (a.hour * 60 + a.minute) for a, b in DEFAULT_SESSIONS)


@cache
def _sessions() -> tuple[Any, Any]:
    """Working minutes left in the day's sessions from each minute of the day; the minute of the day
    at which ``spent`` working minutes of a day have gone by (``spent`` from 1 to a day's minutes)."""
    np = _numpy()
    spans = [(a.hour * 60 + a.minute, b.hour * 60 + b.minute) for a, b in DEFAULT_SESSIONS]
    left = np.array([sum(max(0, b - max(a, m)) for a, b in spans) for m in range(1441)], np.int64)
    at = np.zeros(_PER_DAY + 1, np.int64)
    for spent in range(1, _PER_DAY + 1):
        rest = spent
        for a, b in spans:
            if rest <= b - a:
                at[spent] = a + rest
                break
            rest -= b - a
    return left, at


def arrow() -> Any:
    """pyarrow, or a clear error naming the extra that installs it."""
    return require_module("pyarrow", "hanchot.batch (files and tables)", "arrow")


@dataclass(slots=True)
class _Cells:
    """A date column once read: each row's state, day (days since 1970) and minute of the day."""

    state: Any
    day: Any
    minute: Any


def _read(values: Any, name: str, n: int, known: dict[object, tuple[int, int, int]]) -> _Cells:
    """Read a date column: the common shapes from the bytes (:mod:`hanchot.batch.dates`), every other
    distinct cell once with the scalar rules' own :func:`~hanchot.moments.parse_when`.

    ``known`` keeps what was read across a batch's chunks (each holds most of a quarter's moments).
    """
    np = _numpy()
    if values is None:
        return _Cells(np.zeros(n, np.int64), np.zeros(n, np.int64), np.full(n, -1, np.int64))
    sample = values.slice(0, 4096)
    if n > _DICTIONARY_FROM and len(sample.unique()) * 20 < len(sample):  # few distinct values: read those
        encoded = values.dictionary_encode()
        cells = _read(encoded.dictionary, name, len(encoded.dictionary), known)
        index = encoded.indices.fill_null(len(encoded.dictionary)).to_numpy(zero_copy_only=False)
        blank = np.array([0]), np.array([0]), np.array([-1])  # a null cell
        return _Cells(*(np.concatenate([part, extra])[index]
                        for part, extra in zip((cells.state, cells.day, cells.minute), blank, strict=True)))
    state, day, minute = read_shapes(values)
    rest = np.flatnonzero(state == UNKNOWN)
    if not rest.size:
        return _Cells(state, day, minute)
    encoded = (values if rest.size == n else values.take(arrow().array(rest))).dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    if len(known) + len(distinct) > _KNOWN:
        known.clear()
    found = [known.get(value) or known.setdefault(value, _cell(value, name)) for value in distinct]
    table = np.array([*found, (_BLANK_CELL, 0, -1)], np.int64).reshape(-1, 3)  # the last row: a null cell
    rows = table[encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)]
    state[rest], day[rest], minute[rest] = rows[:, 0], rows[:, 1], rows[:, 2]
    return _Cells(state, day, minute)


def _cell(value: object, name: str) -> tuple[int, int, int]:
    """A cell's state, day (days since 1970) and minute of the day (-1 without a time)."""
    text = cell_text(value)
    if not text or text.isspace():
        return _BLANK_CELL, 0, -1
    try:
        found_day, at = to_vietnam(parse_when(text, name), name)
    except HanchotError:
        return _OTHER, 0, -1
    if at is None:
        return _DATE, found_day.toordinal() - _EPOCH, -1
    if at.second or at.microsecond:
        return _OTHER, 0, -1
    return _MOMENT, found_day.toordinal() - _EPOCH, at.hour * 60 + at.minute


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
        self.cum, self.working, self.off, self.first = _arrays(processor.cal)
        self.prov = np.asarray(processor.cal.tables.provisional_through, dtype=np.int64)
        self.size = self.cum.size
        self.scalar = np.zeros(n, bool)
        self.scalar[list(bad)] = True
        at = processor.as_of_value[1] if processor.as_of_value is not None else None
        if (processor.receipt is not ReceiptPolicy.LEGAL or processor.policies or processor.cal.strict
                or (at is not None and (at.second or at.microsecond))):
            self.scalar[:] = True
        for name in _SCALAR_ONLY:  # rare columns: a row with one goes to the scalar rules
            if columns.get(name) is not None:
                self.scalar |= _read(columns[name], name, n, processor.cells).state != _BLANK_CELL
        code = columns["ma_ho_so"]
        if pa.types.is_string(code.type) or pa.types.is_large_string(code.type):
            self.scalar |= matching(code, _SPACE_LEADS, _BLANK, empty=True)
        else:
            self.scalar[:] = True
        self.phrases = columns["thoi_han"]
        self.accepted = _read(columns["ngay_nhan"], "ngay_nhan", n, processor.cells)
        self.submitted = _read(columns.get("ngay_nop"), "ngay_nop", n, processor.cells)
        self.returned = _read(columns.get("ngay_tra"), "ngay_tra", n, processor.cells)
        accepted, submitted = self.accepted, self.submitted
        self.scalar |= (accepted.state != _DATE) & (accepted.state != _MOMENT)
        self.scalar |= (submitted.state == _OTHER) | (submitted.state == _DATE)
        self.scalar |= self.returned.state == _OTHER
        self.scalar |= (submitted.state == _MOMENT) & (accepted.state != _MOMENT)
        self.acc = self._index(accepted.day)
        self.due_day = np.zeros(n, np.int64)
        self.due_index = np.zeros(n, np.int64)
        self.due_minute = np.full(n, -1, np.int64)  # the time of an hour-based due moment, else -1
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
            if rule is None:
                self.scalar |= rows
            elif isinstance(rule, SameDay | WorkingHours):  # they need the time of receipt
                timed = rows & (self.accepted.state == _MOMENT)
                self.scalar |= rows & ~timed
                self._same_day(timed) if isinstance(rule, SameDay) else self._hours(timed, rule.n * 60)
            elif isinstance(rule, WorkingDays):
                self.due_day[rows] = _answers(processor.cal, rule.n).view(np.int64)[self.acc[rows]]
            elif rows.any():
                days, inverse = np.unique(self.acc[rows], return_inverse=True)
                self.due_day[rows] = np.array([self._due(rule, day) for day in days.tolist()],
                                              np.int64)[inverse.reshape(-1)]
        self.due_index = self._index(self.due_day)
        # the working day before the due date (the apology's) must be in the tables too
        self.scalar |= (self.cum[self.due_index] - (1 - self.off[self.due_index])) < 1

    def _same_day(self, rows: Any) -> None:
        """Same-day procedures: that day if received by the cut-off on a working day, else the next one."""
        np = _numpy()
        acc, minute = self.acc[rows], self.accepted.minute[rows]
        in_time = (self.off[acc] == 0) & (minute <= _CUTOFF.hour * 60 + _CUTOFF.minute)
        following = np.minimum(self.cum[acc], self.working.size - 1)  # the next working day's place
        self.scalar[rows] |= ~in_time & (self.cum[acc] >= self.working.size)
        self.due_day[rows] = np.where(in_time, acc + self.first, self.working[following])

    def _hours(self, rows: Any, minutes: int) -> None:
        """Working hours counted inside the sessions from receipt or the next opening (convention 11)."""
        np = _numpy()
        acc, now = self.acc[rows], self.accepted.minute[rows]
        day_off = self.off[acc] == 1
        place = np.where(day_off, self.cum[acc], self.cum[acc] - 1)  # the first working day's place
        left, at = _sessions()
        today = left[np.where(day_off, 0, now)]
        same = minutes <= today
        full, rest = np.divmod(minutes - today, _PER_DAY)
        exact = rest == 0  # a period that ends at a close ends there, not at the next opening
        place = np.where(same, place, place + full - exact + 1)
        spent = np.where(same, _PER_DAY - today + minutes, np.where(exact, _PER_DAY, rest))
        self.scalar[rows] |= place >= self.working.size
        self.due_day[rows] = self.working[np.minimum(place, self.working.size - 1)]
        self.due_minute[rows] = at[spent]

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
        self.note_key[paper] = (2 << 40) | accepted.day[paper]  # the note depends on the day alone
        self.note_key |= np.maximum(regime_index, 0).astype(np.int64) << 42
        self.note_key[regime_index < 0] |= 1 << 44

    def find_status(self) -> None:
        """Status and lateness as returned, or as of the day asked; the apology a late dossier needs."""
        np, acc = _numpy(), self.acc
        # a due date resting on a day no notice read confirms, from acceptance to due day (as due() says)
        below = np.where(acc > 0, self.prov[np.maximum(acc - 1, 0)], 0)
        self.note_key[~self.scalar & (self.prov[self.due_index] - below > 0)] |= PROVISIONAL_BIT
        returned, due_day = self.returned, self.due_day
        has_return = (returned.state != _BLANK_CELL) & ~self.scalar
        self.scalar |= has_return & (returned.day < self.accepted.day)
        back = self._index(returned.day, has_return)
        has_return &= ~self.scalar
        # an hour-based due moment is met to the minute when the return has a time (judged by day else)
        to_minute = (self.due_minute >= 0) & (returned.state == _MOMENT)
        moment_after = returned.day * 1440 + returned.minute > due_day * 1440 + self.due_minute
        after = _numpy().where(to_minute, moment_after, returned.day > due_day)
        is_late = has_return & after
        self.status[has_return & ~after & (returned.day < due_day)] = _CODE[Status.EARLY.value]
        self.status[has_return & ~after & (returned.day >= due_day)] = _CODE[Status.ON_TIME.value]
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
    np, (left, _) = _numpy(), _sessions()
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
    known = batch.processor.notes
    if len(known) + len(keys) > _KNOWN:
        known.clear()
    for key in keys.tolist():  # the cache is shared by the threads that compute chunks: get, then set
        text = known.get(key)
        if text is None:
            text = known[key] = "; ".join(message.text(lang) for message in notes(key, batch.processor))
        texts.append(text)
    note_index[flagged] = inverse.reshape(-1) + 1
    has_due = ~scalar
    timed = ~scalar & (batch.due_minute >= 0)
    seconds = np.where(timed, batch.due_minute * 60, 0).astype(np.int32)
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
    """Text cells as codes into their distinct values (an Arrow dictionary array: the writers take it
    as it is; tables get it as text)."""
    pa = arrow()
    return pa.DictionaryArray.from_arrays(pa.array(codes.astype("int32")),
                                          pa.array(list(values), pa.string()))
