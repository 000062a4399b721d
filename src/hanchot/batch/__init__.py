# SPDX-License-Identifier: Apache-2.0
"""Dossiers by the million: CSV in, CSV out, every row kept, a summary like the city's reports.

Input columns: ``ma_ho_so``, ``ngay_nhan`` (accepted, as on the slip), ``thoi_han`` (a phrase
such as "05 ngày làm việc"), and optionally ``ngay_nop`` (submitted online), ``ngay_yeu_cau_bo_sung``
(supplement requested), ``ngay_nhan_du`` (complete dossier received), ``ngay_tra`` (returned).
Output adds ``han_tra`` (due, ISO 8601), ``trang_thai`` (``dung_han``, ``truoc_han``,
``tre_han``, ``dang_xu_ly``, ``loi``), ``so_ngay_tre`` (working days late), ``ly_do_loi``
(why a row could not be computed) and ``ghi_chu`` (what the decree flags: a late online
acceptance, a late supplement request, a closed dossier, an overdue one).

>>> rows = [
...     {"ma_ho_so": "A1", "ngay_nhan": "2026-02-11", "thoi_han": "05 ngày làm việc",
...      "ngay_tra": "2026-02-25"},
...     {"ma_ho_so": "A2", "ngay_nhan": "11/02/2026 16:30", "thoi_han": "05 ngày làm việc",
...      "ngay_tra": "2026-02-27"},
...     {"ma_ho_so": "A3", "ngay_nhan": "2026-02-30", "thoi_han": "05 ngày làm việc"},
... ]
>>> for out in process_records(rows):
...     print("|".join(out[k] for k in ("ma_ho_so", "han_tra", "trang_thai", "so_ngay_tre", "ly_do_loi")))
A1|2026-02-25|dung_han|0|
A2|2026-02-25|tre_han|2|
A3||loi|0|ngay_nhan='2026-02-30': day is out of range for month; write dates as ...
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from hanchot.calendar import Calendar, default_calendar
from hanchot.deadline import due, to_vietnam
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

__all__ = [
    "INPUT_COLUMNS",
    "OUTPUT_COLUMNS",
    "Summary",
    "parse_when",
    "process_csv",
    "process_records",
    "process_table",
]

INPUT_COLUMNS = ("ma_ho_so", "ngay_nhan", "ngay_nop", "thoi_han", "ngay_yeu_cau_bo_sung",
                 "ngay_nhan_du", "ngay_tra")
REQUIRED = ("ma_ho_so", "ngay_nhan", "thoi_han")
OUTPUT_COLUMNS = ("han_tra", "trang_thai", "so_ngay_tre", "ly_do_loi", "ghi_chu")
ERROR = "loi"
_FORMULA = frozenset("=+-@\t\r")  # first characters a spreadsheet reads as a formula
_CACHE_LIMIT = 100_000
_BUCKETS = ((1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (10, "6-10"))


def parse_when(text: str) -> date | datetime:
    """A date or a moment as one-stop systems export it; naive means Vietnam time.

    ISO 8601 ("2026-03-06", "2026-03-06T16:00", "2026-03-06 16:00:00+07:00") and the
    Vietnamese "06/03/2026" or "06/03/2026 16:00". An aware moment is converted to
    Vietnam time and returned naive.

    >>> parse_when("06/03/2026 16:00"), parse_when("2026-03-06T09:00:00Z")
    (datetime.datetime(2026, 3, 6, 16, 0), datetime.datetime(2026, 3, 6, 16, 0))
    """
    text = text.strip()
    try:
        if len(text) == 10 and text[4] == "-":
            return date.fromisoformat(text)
        if text[:4].isdigit() and text[4:5] == "-":
            local = to_vietnam(datetime.fromisoformat(text.replace("Z", "+00:00")))[1]
            assert local is not None
            return local
        day_part, _, time_part = text.partition(" ")
        day, month, year = (int(p) for p in day_part.split("/"))
        if not time_part:
            return date(year, month, day)
        pieces = [int(p) for p in time_part.strip().split(":")]
        if not 2 <= len(pieces) <= 3:
            raise ValueError("the time must be HH:MM or HH:MM:SS")
        hour, minute, second = (*pieces, 0)[:3]
        return datetime(year, month, day, hour, minute, second)
    except (ValueError, TypeError) as error:
        raise InvalidInputError(
            f"{text!r}: {error}; write dates as 2026-03-06 or 06/03/2026, moments as "
            "2026-03-06T16:00 or 06/03/2026 16:00"
        ) from None


@dataclass(slots=True)
class Summary:
    """Counts by status, the on-time rate, and the lateness distribution of a batch."""

    rows: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    lateness: Counter[str] = field(default_factory=Counter)  # working days late, bucketed
    error_reasons: Counter[str] = field(default_factory=Counter)

    def add(self, status: str, late: int, reason: str) -> None:
        """Count one output row."""
        self.rows += 1
        self.by_status[status] += 1
        if status == Status.LATE:
            self.lateness[next((label for limit, label in _BUCKETS if late <= limit), ">10")] += 1
        if reason:
            self.error_reasons[reason.split(":", maxsplit=1)[0]] += 1

    @property
    def returned(self) -> int:
        """Dossiers with a result returned."""
        return sum(self.by_status[s] for s in (Status.EARLY, Status.ON_TIME, Status.LATE))

    @property
    def on_time_rate(self) -> float | None:
        """Share of returned dossiers that were not late, in percent (None if none returned)."""
        if not self.returned:
            return None
        return 100 * (self.returned - self.by_status[Status.LATE]) / self.returned

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view, with stable field names."""
        rate = self.on_time_rate
        return {
            "rows": self.rows,
            "by_status": {s: self.by_status[s] for s in (*Status, ERROR)},
            "returned": self.returned,
            "on_time_rate": None if rate is None else round(rate, 2),
            "lateness_working_days": {label: self.lateness[label] for _, label in (*_BUCKETS, (0, ">10"))},
            "errors": dict(self.error_reasons.most_common(20)),
        }

    def to_json(self) -> str:
        """The summary as JSON."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def __str__(self) -> str:
        rate = self.on_time_rate
        counts = ", ".join(f"{s}: {self.by_status[s]:,}" for s in (*Status, ERROR))
        shown = "—" if rate is None else f"{rate:.2f}%"
        return f"{self.rows:,} hồ sơ ({counts}); đúng hạn {shown} trong {self.returned:,} hồ sơ đã trả"


class _Processor:
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


def _safe(cell: str) -> str:
    """Neutralise a cell a spreadsheet would read as a formula (OWASP CSV injection)."""
    return "'" + cell if cell[:1] in _FORMULA else cell


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
    processor = _Processor(as_of=as_of, calendar=calendar, receipt=receipt, supplement=supplement,
                           policies=policies)
    for record in records:
        due_text, status, late, reason, notes = processor.row(record)
        if summary is not None:
            summary.add(status, late, reason)
        out = {key: "" if value is None else str(value) for key, value in record.items()}
        out.update(han_tra=due_text, trang_thai=str(status), so_ngay_tre=str(late), ly_do_loi=reason,
                   ghi_chu=notes)
        yield out


def _progress(done: int, total: int | None, stream: TextIO) -> None:
    """A progress bar when the number of rows is known, else a running count."""
    if total:
        filled = min(30, 30 * done // total)
        stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {100 * done // total:3d}% "
                     f"{done:,}/{total:,} hồ sơ")
    else:
        stream.write(f"\r{done:,} hồ sơ…")
    stream.flush()


def _count_rows(path: str | Path) -> int:
    """Data rows of a CSV file, for the progress bar (a fast binary pass: newlines less the header)."""
    with open(path, "rb") as stream:
        return max(sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")) - 1, 0)


def process_csv(
    src: str | Path | TextIO,
    dst: str | Path | TextIO,
    *,
    as_of: date | datetime | None = None,
    calendar: Calendar | None = None,
    receipt: ReceiptPolicy | str = ReceiptPolicy.LEGAL,
    supplement: SupplementPolicy | str = SupplementPolicy.RESTART,
    summary_json: str | Path | None = None,
    progress: bool | None = None,
    **policies: Any,
) -> Summary:
    """Read dossiers from a CSV file and write them back with the output columns; return the summary.

    Streams row by row (memory does not grow with the file). Every input row gives
    one output row; a row that cannot be computed is marked ``loi`` with the reason.
    ``progress`` (default: when stderr is a terminal) shows a progress bar on stderr (a
    running count when reading a stream whose length is unknown).

    >>> import io
    >>> out = io.StringIO()
    >>> s = process_csv(io.StringIO("ma_ho_so,ngay_nhan,thoi_han,ngay_tra\\n"
    ...                             "=1+1,2026-02-11,05 ngày làm việc,2026-02-24\\n"), out)
    >>> print(out.getvalue().strip())
    ma_ho_so,ngay_nhan,thoi_han,ngay_tra,han_tra,trang_thai,so_ngay_tre,ly_do_loi,ghi_chu
    '=1+1,2026-02-11,05 ngày làm việc,2026-02-24,2026-02-25,truoc_han,0,,
    >>> s.on_time_rate
    100.0
    """
    processor = _Processor(as_of=as_of, calendar=calendar, receipt=receipt, supplement=supplement,
                           policies=policies)
    summary = Summary()
    show = sys.stderr.isatty() if progress is None else progress
    source = open(src, encoding="utf-8-sig", newline="") if isinstance(src, str | Path) else src  # noqa: SIM115
    target = open(dst, "w", encoding="utf-8", newline="") if isinstance(dst, str | Path) else dst  # noqa: SIM115
    try:
        total = _count_rows(src) if show and isinstance(src, str | Path) else None
        _stream(csv.reader(source), csv.writer(target), processor, summary, show=show, total=total)
    finally:
        if source is not src:
            source.close()
        if target is not dst:
            target.close()
    if summary_json is not None:
        Path(summary_json).write_text(summary.to_json(), encoding="utf-8")
    return summary


def _stream(reader: Iterator[list[str]], writer: Any, processor: _Processor, summary: Summary, *,
            show: bool, total: int | None) -> None:
    """Copy rows from ``reader`` to ``writer`` with the output columns filled in, one for one."""
    header = next(reader, None) or []
    names = [name.strip().lstrip("\ufeff") for name in header]
    writer.writerow([_safe(name) for name in names] + [c for c in OUTPUT_COLUMNS if c not in names])
    width = len(names)
    positions = [names.index(name) if name in names else -1 for name in OUTPUT_COLUMNS]
    for count, cells in enumerate(reader, start=1):
        if len(cells) == width:
            due_text, status, late, reason, notes = processor.row(dict(zip(names, cells, strict=True)))
        else:
            due_text, status, late, reason, notes = "", ERROR, 0, f"số cột: {len(cells)} thay vì {width}", ""
            cells = (cells + [""] * width)[:width]  # noqa: PLW2901 (padded for the output)
        summary.add(status, late, reason)
        values = [due_text, status, str(late), reason, notes]
        row = ["'" + cell if cell[:1] in _FORMULA else cell for cell in cells]
        for position, value in zip(positions, values, strict=True):
            if position >= 0:
                row[position] = value
        row += [value for position, value in zip(positions, values, strict=True) if position < 0]
        writer.writerow(row)
        if show and count % 50_000 == 0:
            _progress(count, total, sys.stderr)
    if show:
        _progress(summary.rows, total, sys.stderr)
        sys.stderr.write("\n")


def process_table(table: Any, **options: Any) -> Any:
    """The same for a pandas or Polars DataFrame or an Arrow table (same type back).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"ma_ho_so": ["A1"], "ngay_nhan": ["2026-02-11"],
    ...                    "thoi_han": ["05 ngày làm việc"], "ngay_tra": [None]})
    >>> process_table(df, as_of=date(2026, 2, 27))[["han_tra", "trang_thai", "so_ngay_tre"]].values.tolist()
    [['2026-02-25', 'dang_xu_ly', '2']]
    """
    module = type(table).__module__.split(".")[0]
    if module == "pandas":
        import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 (optional extra)

        records = table.astype(object).where(table.notna(), None).to_dict("records")
        return pd.DataFrame(list(process_records(_texts(records), **options)))
    if module == "pyarrow":
        import pyarrow as pa  # type: ignore[import-untyped]  # noqa: PLC0415 (optional extra)

        return pa.Table.from_pylist(list(process_records(_texts(table.to_pylist()), **options)))
    if module == "polars":
        import polars as pl  # noqa: PLC0415 (optional extra)

        return pl.DataFrame(list(process_records(_texts(table.to_dicts()), **options)))
    raise InvalidInputError(
        f"table is a {type(table).__name__}; pass a pandas or Polars DataFrame or a pyarrow Table"
    )


def _texts(records: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, str | None]]:
    """Cells as text, as they would come from a CSV file; dates become ISO 8601."""
    for record in records:
        yield {key: None if value is None else (value.isoformat() if isinstance(value, date)
                                                else str(value))
               for key, value in record.items()}
