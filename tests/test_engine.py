# SPDX-License-Identifier: Apache-2.0
"""The columnar engine computes the same function as ``assess``: a property over random dossier tables.

Each table holds random records with every optional column, cells in every form a desk
writes (dates, moments, time zones, blanks, nonsense), random periods, and every policy.
The engine's output row must equal the row :class:`Processor` makes by calling
:func:`hanchot.assess` on the same record, and the summaries must agree.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import calendars

from hanchot.batch import engine
from hanchot.batch.cells import INPUT_COLUMNS
from hanchot.batch.engine import run
from hanchot.batch.rows import Processor, cell_text
from hanchot.batch.summary import Summary

_DAYS = st.dates(min_value=date(2024, 12, 1), max_value=date(2027, 1, 31))


@st.composite
def _moments(draw: st.DrawFn) -> str:
    """A cell as a desk writes a date or a moment, or a cell in error."""
    day = draw(_DAYS)
    hour, minute, second = draw(st.integers(0, 23)), draw(st.sampled_from([0, 1, 29, 30, 59])), draw(
        st.integers(0, 59))
    forms = [day.isoformat(), f"{day:%d/%m/%Y}", f"{day:%d/%m/%Y} {hour:02d}:{minute:02d}",
             f"{day.isoformat()}T{hour:02d}:{minute:02d}",
             f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}",
             f"{day.isoformat()}T{hour:02d}:{minute:02d}+00:00",
             draw(st.sampled_from(["", " ", "2026-02-30", "hôm qua", "20266666666-01-01", "31/12/2101"]))]
    return forms[draw(st.integers(0, len(forms) - 1))]


def _after(base: str, days: int) -> str:
    """A cell some days after a drawn one (so that most dossiers are sensible)."""
    try:
        day = date.fromisoformat(base[:10])
    except ValueError:
        return base
    return (day + timedelta(days=days)).isoformat()


_PHRASES = st.sampled_from([
    "05 ngày làm việc", "03 ngày làm việc", "20 ngày làm việc", "1 ngày làm việc", "04 giờ làm việc",
    "15 ngày", "02 tháng", "trong ngày", "chậm nhất ngày 30/6/2026", "trước ngày 15/01/2027", "trong quý III",
    "05 ngày 😀", "trong quý IX", "", "  ",
])


@st.composite
def _tables(draw: st.DrawFn) -> list[dict[str, str]]:
    records = []
    for k in range(draw(st.integers(1, 25))):
        accepted = draw(_moments())
        record = {"ma_ho_so": draw(st.sampled_from([f"HS-{k}", "", " ", "\u3000", "=1+1"])),
                  "ngay_nhan": accepted, "thoi_han": draw(_PHRASES)}
        for name in INPUT_COLUMNS:
            if name in record:
                continue
            chance = {"ngay_tra": 0.7, "ngay_nop": 0.4}.get(name, 0.08)
            if draw(st.floats(0, 1)) < chance:
                record[name] = draw(st.one_of(st.builds(_after, st.just(accepted), st.integers(-2, 40)),
                                              _moments()))
        records.append(record)
    return records


_POLICIES = st.fixed_dictionaries({}, optional={"roll": st.sampled_from(["forward", "backward"])})


_AS_OF = st.one_of(st.none(), _DAYS, st.builds(datetime, st.integers(2025, 2026), st.integers(1, 12),
                                                st.integers(1, 28), st.integers(0, 23)))
_SETTINGS = st.fixed_dictionaries({
    "as_of": _AS_OF, "calendar": calendars, "receipt": st.sampled_from(["legal", "deemed_next_working_day"]),
    "supplement": st.sampled_from(["restart", "pause"]), "policies": _POLICIES,
    "lang": st.sampled_from(["vi", "en"]),
})


@settings(max_examples=int(os.environ.get("HANCHOT_ENGINE_EXAMPLES", "300")), deadline=None)
@given(_tables(), _SETTINGS)
def test_the_engine_gives_what_assess_gives(records: list[dict[str, str]],
                                            options: dict[str, object]) -> None:
    _same(records, Processor(**options))  # type: ignore[arg-type]


def _same(records: list[dict[str, object]], processor: Processor) -> None:
    """The engine's rows and summary for ``records`` are those of ``assess``, row by row."""
    present = sorted({name for record in records for name in record})
    columns = {name: pa.array([record.get(name) for record in records]) for name in present}
    out, summary = run(processor, columns, len(records))
    expected = Summary()
    for i, record in enumerate(records):
        row = processor.row({name: cell_text(value) for name, value in record.items()})
        expected._count_row(row)
        got = {name: out[name][i].as_py() for name in out}
        assert got == {
            "han_tra": row.due, "han_tra_gio": row.due_time, "trang_thai": row.status,
            "so_ngay_tre": row.late, "xin_loi": row.apology, "ly_do_loi": row.reason(processor.lang),
            "ghi_chu": row.note(processor.lang),
        }, record
    assert summary.as_dict() == expected.as_dict()


def test_the_common_rows_are_vectorised(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain dossiers never reach the scalar rules; the rare columns do, and only those rows."""
    sent: list[int] = []
    original = engine._scalar_rows
    monkeypatch.setattr(engine, "_scalar_rows",
                        lambda p, c, where, bad: sent.append(where.size) or original(p, c, where, bad))
    n = 1000
    days = [(date(2026, 1, 5) + timedelta(days=k % 300)).isoformat() for k in range(n)]
    columns = {"ma_ho_so": pa.array([f"HS-{k}" for k in range(n)]), "ngay_nhan": pa.array(
        [f"{d} {8 + k % 10:02d}:{k % 60:02d}" for k, d in enumerate(days)]),
        "thoi_han": pa.array(["05 ngày làm việc", "15 ngày", "chậm nhất ngày 30/12/2026"] * 333
                             + ["03 ngày làm việc"]),
        "ngay_tra": pa.array([_after(d, k % 12) if k % 4 else "" for k, d in enumerate(days)]),
        "ngay_nop": pa.array([f"{d} 07:{k % 60:02d}" if k % 3 == 0 else "" for k, d in enumerate(days)]),
        "ngay_xin_loi": pa.array(["" if k % 100 else days[k] for k in range(n)])}
    processor = Processor(as_of=date(2026, 12, 31), calendar=None, receipt="legal", supplement="restart",
                          policies={})
    _, summary = run(processor, columns, n)
    assert sent == [10] and summary.rows == n and summary.by_status["loi"] == 0


@pytest.mark.parametrize("records", [
    # a period that cannot be met from a start after it: the scalar rules' error, for that row only
    [{"ma_ho_so": "A", "ngay_nhan": "2026-07-05", "thoi_han": "trước ngày 30/6/2026"},
     {"ma_ho_so": "B", "ngay_nhan": "2026-06-05", "thoi_han": "trước ngày 30/6/2026"}],
    # codes that are numbers, dates that are dates and timestamps (a table's own types)
    [{"ma_ho_so": 17, "ngay_nhan": date(2026, 2, 11), "thoi_han": "05 ngày làm việc",
      "ngay_tra": datetime(2026, 2, 26, 9, 30)},
     {"ma_ho_so": 18, "ngay_nhan": date(2026, 2, 12), "thoi_han": "05 ngày làm việc", "ngay_tra": None}],
    # an online filing submitted after its acceptance; a return before the acceptance
    [{"ma_ho_so": "C", "ngay_nhan": "2026-03-02T09:00", "ngay_nop": "2026-03-02T10:00",
      "thoi_han": "05 ngày làm việc"},
     {"ma_ho_so": "D", "ngay_nhan": "2026-03-02", "thoi_han": "05 ngày làm việc", "ngay_tra": "2026-03-01"}],
])
def test_edge_tables(records: list[dict[str, object]]) -> None:
    _same(records, Processor(as_of=date(2026, 7, 31), calendar=None, receipt="legal", supplement="restart",
                             policies={}))


@settings(max_examples=3, deadline=None)
@given(st.lists(_tables(), min_size=1, max_size=4))
def test_a_long_table_of_few_distinct_cells_gives_what_assess_gives(
        pools: list[list[dict[str, str]]]) -> None:
    """Past 65,536 rows, a column of few distinct cells is read through its dictionary: the same rows."""
    read: list[int] = []
    shapes = engine.read_shapes

    def spy(values: pa.Array) -> object:
        read.append(len(values))
        return shapes(values)

    engine.read_shapes = spy  # type: ignore[assignment]
    try:
        _few_distinct(pools)
    finally:
        engine.read_shapes = shapes
    assert read and max(read) <= 100  # only the distinct cells were read, never a whole column


def _few_distinct(pools: list[list[dict[str, str]]]) -> None:
    pool = [record for table in pools for record in table]
    n = engine._DICTIONARY_FROM + 4_464
    records = [pool[k % len(pool)] for k in range(n)]
    processor = Processor(as_of=date(2026, 6, 30), calendar=None, receipt="legal", supplement="restart",
                          policies={})
    names = sorted({name for record in pool for name in record})
    columns = {name: pa.array([r.get(name) for r in records], pa.string()) for name in names}
    out, summary = run(processor, columns, n)
    expected = [processor.row(record) for record in pool]
    for k in range(n):
        row = expected[k % len(pool)]
        assert (out["han_tra"][k].as_py(), out["trang_thai"][k].as_py(), out["so_ngay_tre"][k].as_py(),
                out["ghi_chu"][k].as_py()) == (row.due, row.status, row.late, row.note(processor.lang))
    assert summary.rows == n
