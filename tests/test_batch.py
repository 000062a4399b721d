# SPDX-License-Identifier: Apache-2.0
"""Batch runs: malformed rows of every kind come back explained; rows in = rows out."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hanchot import calendar
from hanchot.batch import OUTPUT_COLUMNS, Summary, parse_when, process_csv, process_records, process_table
from hanchot.columns.kernel import add_working_days_array, add_working_days_list
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.moments import _read

HEADER = "ma_ho_so,ngay_nhan,ngay_nop,thoi_han,ngay_nhan_du,ngay_tra\n"
# (row, han_tra, trang_thai, so_ngay_tre, error code or "", start of ly_do_loi), each worked by hand
E = ErrorCode
ROWS = [
    ("OK1,2026-02-11,,05 ngày làm việc,,2026-02-25", "2026-02-25", "dung_han", "0", "", ""),
    ("OK2,11/02/2026 09:00,,05 ngay lam viec,,2026-02-24", "2026-02-25", "truoc_han", "0", "", ""),
    ("LATE,2026-02-11,,05 ngày làm việc,,27/02/2026", "2026-02-25", "tre_han", "2", "", ""),
    ("OPEN,2026-03-02,,05 ngày làm việc,,", "2026-03-09", "dang_xu_ly", "3", "", ""),
    ("SUPP,2026-03-02,,05 ngày làm việc,2026-03-10,", "2026-03-17", "dang_xu_ly", "0", "", ""),
    ("ONLINE,2026-03-10T10:00,2026-03-08T10:00,05 ngày làm việc,,", "2026-03-17", "dang_xu_ly", "0", "", ""),
    # 15:00–17:00 on Monday, then 08:00–10:00 on Tuesday: due at 10:00, and the column says so
    ("HOURS,2026-03-09 15:00,,04 giờ làm việc,,2026-03-10 09:00", "2026-03-10 10:00", "dung_han", "0", "",
     ""),
    ("FIXED,2023-10-17,,chậm nhất ngày 10/12/2023,,2023-12-11", "2023-12-11", "dung_han", "0", "", ""),
    (",2026-02-11,,05 ngày làm việc,,", "", "loi", "0", E.CELL_EMPTY, "ma_ho_so: ô này bỏ trống"),
    ("BADDATE,2026-02-30,,05 ngày làm việc,,", "", "loi", "0", E.CELL_NOT_A_DATE,
     "ngay_nhan='2026-02-30': không có ngày 30/2/2026: tháng 2 năm 2026 chỉ có 28 ngày"),
    ("BADTIME,11/02/2026 25:00,,05 ngày làm việc,,", "", "loi", "0", E.CELL_NOT_A_DATE,
     "ngay_nhan='11/02/2026 25:00': giờ phải viết HH:MM"),
    ("BIGYEAR,1/1/99999999999,,05 ngày làm việc,,", "", "loi", "0", E.CELL_NOT_A_DATE,
     "ngay_nhan='1/1/99999999999': không phải là ngày hợp lệ"),
    ("BADRULE,2026-02-11,,năm ngày làm,,", "", "loi", "0", E.PHRASE_UNREADABLE,
     "thoi_han: không hiểu 'năm ngày làm'"),
    ("NORULE,2026-02-11,,,,", "", "loi", "0", E.CELL_EMPTY,
     "thoi_han: ô này bỏ trống nhưng bắt buộc phải ghi"),
    ("BACK,2026-02-11,,05 ngày làm việc,,2026-02-10", "", "loi", "0", E.BEFORE_EARLIER_EVENT,
     "ngay_tra=2026-02-10 lại sớm hơn ngay_nhan=2026-02-11; hãy kiểm tra lại hai ngày này"),
    ("DONE,2026-02-11,,05 ngày làm việc,2026-02-01,", "", "loi", "0", E.BEFORE_EARLIER_EVENT,
     "ngay_nhan_du=2026-02-01 lại sớm hơn ngay_nhan=2026-02-11"),
    ("FAR,2100-12-28,,05 ngày làm việc,,", "", "loi", "0", E.DEADLINE_OUT_OF_COVERAGE,
     "hạn của '05 ngày làm việc' tính từ ngay_nhan=2100-12-28 rơi ra ngoài phạm vi lịch"),
    ("SHORT,2026-02-11", "", "loi", "0", E.CELL_COUNT, "dòng này có 2 cột, cần 6 cột"),
    ("LONG,2026-02-11,,05 ngày làm việc,,,,extra", "", "loi", "0", E.CELL_COUNT,
     "dòng này có 8 cột, cần 6 cột"),
]


def _run(text: str, **options: object) -> tuple[list[list[str]], Summary]:
    out = io.StringIO()
    summary = process_csv(io.StringIO(text), out, **options)  # type: ignore[arg-type]
    return list(csv.reader(io.StringIO(out.getvalue()))), summary


def test_malformed_rows_of_every_kind_come_back_explained() -> None:
    text = HEADER + "".join(row + "\n" for row, *_ in ROWS)
    rows, summary = _run(text, as_of=date(2026, 3, 12))
    assert rows[0] == HEADER.strip().split(",") + list(OUTPUT_COLUMNS)
    assert len(rows) - 1 == len(ROWS) == summary.rows
    for (source, due, status, late, _, reason), out in zip(ROWS, rows[1:], strict=True):
        got = dict(zip(rows[0], out, strict=True))
        assert (got["han_tra"], got["trang_thai"], got["so_ngay_tre"]) == (due, status, late), source
        assert got["ly_do_loi"].startswith(reason), (source, got["ly_do_loi"])
    codes = [code for *_, code, _ in ROWS if code]
    assert summary.errors == {code.value: codes.count(code) for code in codes}  # grouped by code
    notes = {row[0]: row[-1] for row in rows[1:]}
    assert notes["ONLINE"].startswith("tiếp nhận trực tuyến sau 10,0 giờ làm việc, quá 8 giờ")
    assert notes["OK1"] == ""
    assert notes["OPEN"] == "quá hạn 3 ngày làm việc tính đến 12/03/2026"
    assert summary.by_status["loi"] == 11
    assert summary.settled == 5 and summary.by_status["tre_han"] == 1  # OK1 OK2 LATE HOURS FIXED
    assert summary.on_time_rate_settled == pytest.approx(80.0)  # 4 of the 5 settled
    assert summary.on_time_rate == pytest.approx(87.5)  # 7 of the 8 received were not settled late
    assert summary.lateness["2"] == 1


def test_formulas_are_neutralised_and_a_bom_is_read() -> None:
    rows, _ = _run("\ufeff" + HEADER + "=HYPERLINK(\"x\"),2026-02-11,,05 ngày làm việc,,@SUM(1)\n")
    assert rows[0][0] == "ma_ho_so"
    assert rows[1][0] == "'=HYPERLINK(\"x\")" and rows[1][5] == "'@SUM(1)"
    assert rows[1][7] == "loi"  # the return date '@SUM(1)' is not a date


def test_empty_and_headless_input_is_refused_with_the_columns_it_needs() -> None:
    for text, code in (("", ErrorCode.FILE_EMPTY), ("\n\n", ErrorCode.FILE_EMPTY),
                       ("HS1,2026-02-11\n\n", ErrorCode.COLUMN_MISSING)):  # data, not headings
        with pytest.raises(InvalidInputError) as caught:
            _run(text)
        assert caught.value.code is code and "Mã hồ sơ" in caught.value.message("vi")
    rows, summary = _run(HEADER)  # headings alone: the output has its header
    assert rows == [HEADER.strip().split(",") + list(OUTPUT_COLUMNS)] and summary.rows == 0


def test_files_and_summary_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, dst, report = tmp_path / "in.csv", tmp_path / "out.csv", tmp_path / "summary.json"
    src.write_text(HEADER + "".join(row + "\n" for row, *_ in ROWS), encoding="utf-8")
    summary = process_csv(src, dst, as_of=date(2026, 3, 12), summary_json=report, progress=True)
    bar = capsys.readouterr().err
    assert f"[{'#' * 30}] 100% {len(ROWS)}/{len(ROWS)} hồ sơ" in bar
    written = json.loads(report.read_text(encoding="utf-8"))
    assert written["rows"] == len(ROWS) and written["by_status"]["loi"] == summary.by_status["loi"]
    assert (written["on_time_rate"], written["on_time_rate_settled"]) == (87.5, 80.0)
    assert dst.read_bytes().startswith(b"\xef\xbb\xbf")  # the mark Excel needs to read UTF-8
    assert len(dst.read_text(encoding="utf-8-sig").splitlines()) == len(ROWS) + 1
    assert "Tỷ lệ đúng hạn 87,50% trên số tiếp nhận, 80,00% trên số đã giải quyết" in str(summary)


def test_policies_reach_the_rows() -> None:
    rows, _ = _run(HEADER + "HS,2026-03-06T16:00,,05 ngày làm việc,,\n",
                   receipt="deemed_next_working_day")
    assert rows[1][6] == "2026-03-16"
    supplemented = ("ma_ho_so,ngay_nhan,thoi_han,ngay_yeu_cau_bo_sung,ngay_nhan_du\n"
                    "HS,2026-03-02,05 ngày làm việc,2026-03-04,2026-03-10\n")
    rows, _ = _run(supplemented)  # restart: 5 working days after Tue 10/03
    assert rows[1][5] == "2026-03-17"
    rows, _ = _run(supplemented, supplement="pause")  # 09/03 + 05, 06, 09, 10/03 paused
    assert rows[1][5] == "2026-03-13"
    with pytest.raises(InvalidInputError) as caught:
        _run(HEADER, receipt="x")
    error = caught.value
    assert (error.code, error.field, error.value) == (ErrorCode.NOT_ONE_OF, "receipt", "x")


@given(st.lists(st.lists(st.sampled_from(["HS", "2026-02-11", "11/02/2026 16:30", "05 ngày làm việc",
                                          "", "x", "=1", "2026-02-30", "trong quý III", "2026-03-01"]),
                         min_size=0, max_size=8), max_size=30))
def test_rows_in_equal_rows_out(cells: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER.strip().split(","))
    writer.writerows(cells)
    rows, summary = _run(buffer.getvalue())
    records = [row for row in cells if row]  # an empty line holds no record (Excel writes ",,," for one)
    assert len(rows) - 1 == len(records) == summary.rows
    assert all(row[-5] in ("dung_han", "truoc_han", "tre_han", "dang_xu_ly", "loi") for row in rows[1:])


def test_records_and_tables() -> None:
    records = [{"ma_ho_so": "A", "ngay_nhan": "2026-02-11", "thoi_han": "05 ngày làm việc",
                "ngay_tra": "2026-02-26"}]
    assert next(process_records(records))["trang_thai"] == "tre_han"
    frame = pd.DataFrame({"ma_ho_so": ["A", "B"], "ngay_nhan": [date(2026, 2, 11), None],
                          "thoi_han": ["05 ngày làm việc", "05 ngày làm việc"]})
    out = process_table(frame)
    assert list(out["trang_thai"]) == ["dang_xu_ly", "loi"] and len(out) == 2
    arrow = process_table(pa.table({"ma_ho_so": ["A"], "ngay_nhan": ["2026-02-11"],
                                    "thoi_han": ["05 ngày làm việc"]}))
    assert arrow.column("han_tra").to_pylist() == [date(2026, 2, 25)]
    polars = process_table(pl.DataFrame({"ma_ho_so": ["A"], "ngay_nhan": ["2026-02-11"],
                                         "thoi_han": ["05 ngày làm việc"]}))
    assert polars["han_tra"].to_list() == [date(2026, 2, 25)] and polars["han_tra"].dtype == pl.Date
    with pytest.raises(InvalidInputError) as caught:
        process_table([1, 2])
    assert caught.value.code is ErrorCode.NOT_A_TABLE
    assert "pandas or Polars DataFrame" in caught.value.message("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-03-06", date(2026, 3, 6)), ("06/03/2026", date(2026, 3, 6)),
     ("2026-03-06 16:00", "2026-03-06T16:00:00"), ("06/03/2026 16:00:30", "2026-03-06T16:00:30"),
     ("2026-03-06T09:00:00+00:00", "2026-03-06T16:00:00")],
)
def test_parse_when(text: str, expected: object) -> None:
    value = parse_when(text)
    assert (value if isinstance(expected, date) else value.isoformat()) == expected


@given(st.lists(st.tuples(st.dates(date(1999, 6, 1), date(2101, 6, 1)), st.integers(-400, 400)),
                min_size=1, max_size=50))
def test_the_vectorised_kernel_agrees_with_the_calendar(pairs: list[tuple[date, int]]) -> None:
    cal = calendar()
    starts = np.array([d for d, _ in pairs], dtype="datetime64[D]")
    steps = np.array([n for _, n in pairs])
    vector = add_working_days_array(cal, starts, steps)
    scalar = add_working_days_list(cal, [d for d, _ in pairs], [n for _, n in pairs])
    for got, expected in zip(vector, scalar, strict=True):
        assert (np.isnat(got) and expected is None) or got == np.datetime64(expected)
    one = pairs[0][1]  # a single step count takes the one-gather path
    for got, expected in zip(add_working_days_array(cal, starts, one),
                             add_working_days_list(cal, [d for d, _ in pairs], one), strict=True):
        assert (np.isnat(got) and expected is None) or got == np.datetime64(expected)


iso_like = st.builds(
    lambda y, m, d, sep, h, mi, s, shape: (f"{y:04d}-{m:02d}-{d:02d}" if shape == 0 else
                                           f"{y:04d}-{m:02d}-{d:02d}{sep}{h:02d}:{mi:02d}" if shape == 1 else
                                           f"{y:04d}-{m:02d}-{d:02d}{sep}{h:02d}:{mi:02d}:{s:02d}"),
    st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32), st.sampled_from(["T", " ", "x"]),
    st.integers(0, 25), st.integers(0, 61), st.integers(0, 61), st.integers(0, 2))


@given(st.one_of(iso_like, st.text(alphabet="0123456789-T :/Z+", max_size=25)))
def test_parse_whens_fast_path_is_the_same_function(text: str) -> None:
    """Python's own ISO reader answers the common shapes; the regular reader must agree on all."""
    def outcome(read: object) -> object:
        try:
            return read()  # type: ignore[operator]
        except InvalidInputError as error:
            return error.code
    assert outcome(lambda: parse_when(text, "x")) == outcome(lambda: _read(text.strip(), text, "x"))


# --- streams a caller hands over, and misspelt keywords: tried as a service developer would ---------

def _closed() -> io.StringIO:
    stream = io.StringIO("ma_ho_so\n")
    stream.close()
    return stream


@pytest.mark.parametrize(("src", "dst", "field", "action"), [
    (lambda: io.StringIO("ma_ho_so\nA\n"), io.BytesIO, "dst", "cannot be written"),
    (_closed, io.StringIO, "src", "cannot be read"),
])
def test_a_stream_of_the_wrong_kind_is_refused_before_anything_is_written(
        src: object, dst: object, field: str, action: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        process_csv(src(), dst())  # type: ignore[operator]
    error = caught.value
    assert (error.code, error.field) == (ErrorCode.FILE_NOT_OPEN, field)
    assert error.message("en").startswith(f"{field}=(an open file): the file {action}")


def test_a_misspelt_keyword_lists_every_keyword() -> None:
    with pytest.raises(InvalidInputError) as caught:
        process_csv(io.StringIO("ma_ho_so\n"), io.StringIO(), asof=date(2026, 3, 12))  # as_of, misspelt
    assert caught.value.code is ErrorCode.UNKNOWN_OPTION
    assert "as_of" in caught.value.message("en") and "summary_json" in caught.value.message("en")
    with pytest.raises(InvalidInputError) as caught:
        list(process_records([], asof=date(2026, 3, 12)))
    assert "as_of" in caught.value.message("en") and "summary_json" not in caught.value.message("en")


def test_a_record_that_is_not_a_record_is_a_row_in_error() -> None:
    record = {"ma_ho_so": "A", "ngay_nhan": "2026-02-11", "thoi_han": "05 ngày làm việc"}
    out = list(process_records([None, record], lang="en"))
    assert [row["trang_thai"] for row in out] == ["loi", "dang_xu_ly"]
    assert out[0]["ly_do_loi"].startswith("record=(none) is an empty value, not a record; a record maps")
    with pytest.raises(InvalidInputError) as caught:  # an open file is lines of text, not records
        process_records(io.StringIO("ma_ho_so\nA\n"))  # type: ignore[arg-type]
    assert caught.value.code is ErrorCode.NOT_A_TABLE


def test_a_binary_stream_is_read_in_the_encoding_its_first_bytes_show() -> None:
    """Standard input as bytes (``hanchot hoso - …``): UTF-16 as Excel's "Unicode text", or UTF-8."""
    text = "Mã hồ sơ\tNgày nhận\tThời hạn\nA\t11/02/2026\t05 ngày làm việc\n"
    for data in (text.encode("utf-16"), text.encode("utf-8-sig"), text.encode("utf-8")):
        out = io.StringIO()
        assert process_csv(io.BytesIO(data), out).rows == 1
        assert '"2026-02-25"' in out.getvalue()
    with pytest.raises(InvalidInputError) as caught:
        process_csv(io.BytesIO("Mã hồ sơ".encode("cp1258", "replace") + b"\xe0\n"), io.StringIO())
    assert caught.value.code is ErrorCode.FILE_LEGACY_ENCODING and "dòng 1" in str(caught.value)


def test_a_provisional_due_date_says_so_in_every_row() -> None:
    """Issue 12's promise, at the desk: a due date resting on a day no notice read confirms carries a note,
    in the records path and in the columnar engine alike. 20/11/2026 + 5 working days crosses 24/11/2026
    (only cited: 10065/VPCP-KGVX); 05/02/2027 lies in a year not announced; 02/03/2026 rests on read
    notices."""
    from hanchot.batch import process_records, process_table  # noqa: PLC0415

    rows = [{"ma_ho_so": code, "ngay_nhan": day, "thoi_han": "05 ngày làm việc"}
            for code, day in (("A", "20/11/2026"), ("B", "05/02/2027"), ("C", "02/03/2026"))]
    note = "hạn dự kiến: dựa vào ngày nghỉ chưa được văn bản đã đọc xác nhận"
    by_records = [row["ghi_chu"] for row in process_records(rows)]
    by_table = process_table(pd.DataFrame(rows))["ghi_chu"].fillna("").tolist()
    assert by_records == by_table == [note, note, ""]
