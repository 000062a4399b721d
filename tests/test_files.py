# SPDX-License-Identifier: Apache-2.0
"""Dossier files as offices have them: encodings, delimiters, headings, Excel, Parquet; and files out
that never harm the input, never leave a partial output, and cannot be run by a spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hanchot.batch import Summary, process_file, process_table
from hanchot.batch import writers as writers_module
from hanchot.errors import ErrorCode, InvalidInputError

HEADER = "ma_ho_so,ngay_nhan,thoi_han,ngay_tra\n"
ROW = "A{k},2026-02-11,05 ngày làm việc,2026-02-25\n"
HANCHOT = [sys.executable, "-m", "hanchot"]


def _rows(path: Path, encoding: str = "utf-8-sig", delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as stream:
        return list(csv.reader(stream, delimiter=delimiter))


def _file(folder: Path, n: int, name: str = "in.csv") -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(ROW.format(k=k) for k in range(n)), encoding="utf-8")
    return path


# -- never the input, never half a file -------------------------------------------------------------

@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "summary"])
def test_the_output_is_never_the_input(tmp_path: Path, how: str) -> None:
    src = _file(tmp_path, 13)
    before = src.read_bytes()
    target = tmp_path / "target.csv"
    if how == "symlink":
        target.symlink_to(src)
    elif how == "hardlink":
        os.link(src, target)
    dst = tmp_path / "out.csv" if how == "summary" else src if how == "same" else target
    report = src if how == "summary" else None
    with pytest.raises(InvalidInputError) as caught:
        process_file(src, dst, summary_json=report)
    assert caught.value.code is ErrorCode.FILE_IS_INPUT and "tệp đầu vào" in str(caught.value)
    assert src.read_bytes() == before and not list(tmp_path.glob(".*.tmp"))


def test_a_failed_run_leaves_the_existing_output_as_it_was(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    src, dst = _file(tmp_path, 5), tmp_path / "out.csv"
    dst.write_text("last month's report\n", encoding="utf-8")

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(writers_module.Target, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        process_file(src, dst)
    assert dst.read_text(encoding="utf-8") == "last month's report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv"]  # no temporary file left


def _big(folder: Path, n: int) -> Path:
    path = folder / "big.csv"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(HEADER)
        stream.writelines(f"A{k},{date(2025, 1, 2 + k % 28)},05 ngày làm việc,\n" for k in range(n))
    return path


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_ctrl_c_or_a_kill_leaves_no_partial_file(tmp_path: Path, sig: signal.Signals) -> None:
    src, dst = _big(tmp_path, 1_000_000), tmp_path / "out.csv"
    dst.write_text("old\n", encoding="utf-8")
    process = subprocess.Popen([*HANCHOT, "hoso", str(src), "-o", str(dst)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.csv.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)  # until it is writing
    time.sleep(0.3)
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert dst.read_text(encoding="utf-8") == "old\n"  # the existing output is untouched
    if sig != signal.SIGKILL:  # Ctrl-C, or a polite kill: a clean stop
        assert process.returncode == (130 if sig == signal.SIGINT else 143)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        assert not list(tmp_path.glob(".*.tmp"))  # cleaned up
    else:
        assert process.returncode == -signal.SIGKILL  # a kill cannot clean up: a hidden .tmp, never out.csv


# -- one bad cell never aborts a run ---------------------------------------------------------------

def test_one_bad_cell_never_aborts_a_run(tmp_path: Path) -> None:
    n = 200_000
    src, dst = _big(tmp_path, n), tmp_path / "out.csv"
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[150_001] = "RAGGED,2026-02-11\n"  # the wrong number of cells
    lines[150_002] = "YEAR,1/1/20266666666,05 ngày làm việc,\n"
    lines[150_003] = "HUGE," + "x" * 200_000 + ",05 ngày làm việc,\n"  # a cell over 128 KiB
    src.write_text("".join(lines), encoding="utf-8")
    summary = process_file(src, dst)
    rows = _rows(dst)
    assert len(rows) == n + 1 == summary.rows + 1
    assert [rows[150_001 + k][5] for k in range(3)] == ["loi"] * 3
    assert summary.errors == {"cell_count": 1, "cell_not_a_date": 2}
    assert rows[-1][0] == f"A{n - 1}"


# -- files as Excel saves them --------------------------------------------------------------------------

VIETNAMESE = "Mã hồ sơ;Ngày nhận;Thời hạn;Ngày trả\r\nHS-1;11/02/2026;05 ngày làm việc;25/02/2026\r\n"


@pytest.mark.parametrize(("encoding", "text", "delimiter"), [
    ("utf-8-sig", VIETNAMESE, ";"),  # Excel's "CSV UTF-8" in a Vietnamese locale
    ("utf-8", VIETNAMESE.replace(";", ","), ","),
    ("utf-16", VIETNAMESE.replace(";", "\t"), "\t"),  # Excel's "Unicode text"
    ("utf-8", "  MÃ HỒ SƠ |ngay nhan|THỜI  HẠN|ngày-trả\nHS-1|11/02/2026|05 ngày làm việc|25/02/2026\n", "|"),
])
def test_files_as_excel_saves_them(tmp_path: Path, encoding: str, text: str, delimiter: str) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(text.encode(encoding))
    summary = process_file(src, dst)
    rows = _rows(dst, delimiter=delimiter)
    assert dst.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the output's Vietnamese right
    got = dict(zip(rows[0], rows[1], strict=True))
    assert (got["han_tra"], got["trang_thai"], summary.errors) == ("2026-02-25", "dung_han", {})


def _windows_1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: precomposed vowels (â, ơ …) with combining tone marks."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            vowel = [m for m in marks if m in "\u0302\u0306\u031b"]  # â ă ơ ư are precomposed in 1258
            tones = [m for m in marks if m not in vowel]
            out += (unicodedata.normalize("NFC", base + "".join(vowel)) + "".join(tones)).encode("cp1258")
    return out


def test_a_legacy_code_page_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_bytes(_windows_1258(VIETNAMESE))
    with pytest.raises(InvalidInputError) as caught:
        process_file(src, dst)
    assert caught.value.code is ErrorCode.FILE_LEGACY_ENCODING and "Windows-1258" in str(caught.value)
    assert "byte 0x" in str(caught.value) and not dst.exists()
    # one stray byte far into a UTF-8 file: refused too, and an existing output is kept
    dst.write_text("old\n", encoding="utf-8")
    src.write_bytes((HEADER + ROW.format(k=0) * 5000).encode() + b"B,2026-02-11,05 ng\xe0y,\n")
    with pytest.raises(InvalidInputError) as caught:
        process_file(src, dst)
    assert caught.value.code is ErrorCode.FILE_LEGACY_ENCODING
    assert dst.read_text(encoding="utf-8") == "old\n" and not list(tmp_path.glob(".*.tmp"))


def test_columns_found_mapped_or_refused(tmp_path: Path) -> None:
    text = "Số hồ sơ,Ngày tiếp nhận,Thời hạn,Ghi chú\nHS-1,11/02/2026,05 ngày làm việc,x\n"
    with pytest.raises(InvalidInputError) as caught:
        process_file(io.StringIO(text), io.StringIO())
    assert caught.value.code is ErrorCode.COLUMN_MISSING and "'Số hồ sơ'" in str(caught.value)
    out = io.StringIO()
    process_file(io.StringIO(text), out, columns={"ma_ho_so": "Số hồ sơ", "ngay_nhan": "ngay tiep nhan"})
    row = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert row[3:] == ["x", "2026-02-25", "dang_xu_ly", "0", "", "", ""]
    twice = "ma_ho_so,Ngày nhận,NGAY NHAN,thoi_han\nA,11/02/2026,12/02/2026,05 ngày làm việc\n"
    with pytest.raises(InvalidInputError) as caught:
        process_file(io.StringIO(twice), io.StringIO())
    assert caught.value.code is ErrorCode.COLUMN_TWICE
    out = io.StringIO()
    process_file(io.StringIO(twice), out, columns=["ngay_nhan=NGAY NHAN"])  # as the CLI's --cot gives it
    assert "2026-02-26" in out.getvalue()
    with pytest.raises(InvalidInputError) as caught:
        process_file(io.StringIO(text), io.StringIO(), columns=["ngay nhan"])
    assert caught.value.code is ErrorCode.COLUMN_MAPPING


def test_an_output_column_in_the_input_is_never_overwritten_silently(tmp_path: Path) -> None:
    text = "ma_ho_so,ngay_nhan,thoi_han,TRANG_THAI,ghi_chu\nA,11/02/2026,05 ngày làm việc,mine,note\n"
    with pytest.raises(InvalidInputError) as caught:
        process_file(io.StringIO(text), io.StringIO())
    assert caught.value.code is ErrorCode.COLUMN_CLASH and "'TRANG_THAI'" in str(caught.value)
    out = io.StringIO()
    process_file(io.StringIO(text), out, overwrite=True)  # a rerun on last month's output, on purpose
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["ma_ho_so", "ngay_nhan", "thoi_han", "TRANG_THAI", "ghi_chu", "han_tra", "so_ngay_tre",
                       "xin_loi", "ly_do_loi"]
    assert rows[1][3:5] == ["dang_xu_ly", ""]
    # the desk's own "Ghi chú" and "Trạng thái" are theirs: kept, and ours come after them
    own = "Mã hồ sơ,Ngày nhận,Thời hạn,Trạng thái,Ghi chú\nA,11/02/2026,05 ngày làm việc,đã gọi,gấp\n"
    out = io.StringIO()
    process_file(io.StringIO(own), out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[1][3:5] == ["đã gọi", "gấp"] and rows[0][-1] == "ghi_chu"


@pytest.mark.parametrize("cell", ["=1+1", "  +SUM(A1)", "\u3000-2", "＝HYPERLINK()", "＠x", "\tcmd", "-5"])
def test_formulas_are_neutralised_in_every_output(tmp_path: Path, cell: str) -> None:
    text = f'ma_ho_so,ngay_nhan,thoi_han\n"{cell}",2026-02-11,05 ngày làm việc\n'
    (tmp_path / "in.csv").write_text(text, encoding="utf-8")
    out = io.StringIO()
    process_file(io.StringIO(text), out)
    assert list(csv.reader(io.StringIO(out.getvalue())))[1][0] == "'" + cell
    process_file(tmp_path / "in.csv", tmp_path / "out.csv")
    assert _rows(tmp_path / "out.csv")[1][0] == "'" + cell
    process_file(tmp_path / "in.csv", tmp_path / "out.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    assert sheet["A2"].value == "'" + cell and sheet["A2"].data_type == "s"


def test_excel_workbooks_in_and_out(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Mã hồ sơ", "Ngày nhận", "Thời hạn", "Ngày trả"])
    sheet.append(["HS-1", datetime(2026, 2, 11, 16, 30), "05 ngày làm việc", datetime(2026, 2, 27)])
    sheet.append(["HS-2", "12/02/2026 15:00", "04 giờ làm việc", None])
    book.save(tmp_path / "in.xlsx")
    summary = process_file(tmp_path / "in.xlsx", tmp_path / "out.xlsx", as_of=date(2026, 3, 2))
    rows = list(openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0].iter_rows(values_only=True))
    assert rows[0][4:7] == ("han_tra", "trang_thai", "so_ngay_tre")
    assert rows[1][4:7] == (datetime(2026, 2, 25), "tre_han", 2)  # a real date cell, a real number
    assert rows[2][4:6] == (datetime(2026, 2, 13, 10, 0), "dang_xu_ly")
    assert summary.rows == 2
    process_file(tmp_path / "in.xlsx", tmp_path / "out.csv")  # a workbook in, CSV out
    assert _rows(tmp_path / "out.csv")[2][4] == "2026-02-13 10:00"


def test_parquet_in_and_out_keeps_types(tmp_path: Path) -> None:
    table = pa.table({"ma_ho_so": ["A", "B"], "ngay_nhan": pa.array([date(2026, 2, 11), date(2026, 2, 12)]),
                      "thoi_han": ["05 ngày làm việc", "05 ngày làm việc"], "so_tien": [1.5, 2.0]})
    pq.write_table(table, tmp_path / "in.parquet")
    process_file(tmp_path / "in.parquet", tmp_path / "out.parquet")
    out = pq.read_table(tmp_path / "out.parquet")
    types = {name: out.schema.field(name).type for name in out.column_names}
    assert (types["ngay_nhan"], types["so_tien"]) == (pa.date32(), pa.float64())  # the input's own types
    assert (types["han_tra"], types["so_ngay_tre"]) == (pa.date32(), pa.int32())
    assert out.column("han_tra").to_pylist() == [date(2026, 2, 25), date(2026, 2, 26)]
    (tmp_path / "not.parquet").write_text("hello", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        process_file(tmp_path / "not.parquet", tmp_path / "x.csv")
    assert caught.value.code is ErrorCode.FILE_NOT_KIND


# -- tables keep their types ----------------------------------------------------------------------------

def test_tables_keep_their_columns_dtypes_and_index() -> None:
    frame = pd.DataFrame({"ma_ho_so": ["A", "B", "C"], "ngay_nhan": ["2026-02-11", "2026-02-30", None],
                          "thoi_han": ["05 ngày làm việc"] * 3, "n": [1, 2, 3]}, index=["x", "y", "z"])
    summary = Summary()
    out = process_table(frame, summary=summary)
    assert list(out.index) == ["x", "y", "z"] and out["n"].dtype == frame["n"].dtype
    assert out.columns.tolist()[:4] == frame.columns.tolist() and summary.rows == 3
    assert out["trang_thai"].tolist() == ["dang_xu_ly", "loi", "loi"]
    assert str(out["so_ngay_tre"].dtype) == "int32"
    polars = process_table(pl.from_pandas(frame.reset_index(drop=True)))
    assert polars.schema["han_tra"] == pl.Date and polars.schema["n"] == pl.Int64
    arrow = process_table(pa.Table.from_pandas(frame, preserve_index=False))
    assert arrow.schema.field("han_tra").type == pa.date32()
    mixed = pd.DataFrame({"ma_ho_so": [1, "B"], "ngay_nhan": [date(2026, 2, 11), "12/02/2026"],
                          "thoi_han": ["05 ngày làm việc", "05 ngày làm việc"]})
    assert process_table(mixed)["han_tra"].tolist() == [pd.Timestamp(2026, 2, 25), pd.Timestamp(2026, 2, 26)]


# -- the clerk's command ------------------------------------------------------------------------------

def test_the_command_writes_to_standard_output_and_stops_with_head(tmp_path: Path) -> None:
    src = _big(tmp_path, 50_000)
    shell = f"{' '.join(HANCHOT)} hoso {src} -o - | head -3"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True,
                            check=False)
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[0].startswith("ma_ho_so,") and "Traceback" not in result.stderr
    assert not list(Path.cwd().glob("-"))  # no file called "-"
    whole = subprocess.run([*HANCHOT, "hoso", str(_file(tmp_path, 2)), "-o", "-"], capture_output=True,
                           text=True,
                           check=True)
    assert len(whole.stdout.splitlines()) == 3 and "Tiếp nhận 2 hồ sơ" in whole.stderr  # the summary aside


# -- what a user trial found ------------------------------------------------------------------------

@pytest.mark.parametrize("on_disk", [True, False])
def test_a_quote_out_of_place_is_refused_naming_its_line(tmp_path: Path, on_disk: bool) -> None:
    """One unclosed quote would make the rest of the file one cell: the file is refused instead."""
    good = "".join(ROW.format(k=k) for k in range(3))
    for text, line in ((HEADER + good + 'HSX,"02/03/2026,05 ngày làm việc,\n' + good, 5),  # never closed
                       (HEADER + 'A1,"2026-02-11,05 ngày làm việc,\nA2,2026-02-12",05 ngày,\n' + good, 2)):
        src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
        src.write_text(text, encoding="utf-8")
        with pytest.raises(InvalidInputError) as caught:
            process_file(src if on_disk else io.StringIO(text), dst if on_disk else io.StringIO())
        assert caught.value.code is ErrorCode.FILE_NOT_CSV and f"từ dòng {line}" in str(caught.value)
        assert not dst.exists()
    # a note over two lines, in quotes, in a record of the right width: read as it is
    src.write_text(HEADER + 'A1,2026-02-11,05 ngày làm việc,"25/02/2026"\n"B\n2",2026-02-11,05 ngày,\n',
                   encoding="utf-8")
    assert process_file(src, dst).rows == 2
    # a spreadsheet's trailing delimiters on the data rows only: not an error
    src.write_text(HEADER + "A1,2026-02-11,05 ngày làm việc,,,\n", encoding="utf-8")
    assert process_file(src, dst).errors == {}


def test_the_summary_file_is_checked_before_the_run(tmp_path: Path) -> None:
    src, dst = _file(tmp_path, 3), tmp_path / "out.csv"
    for report, code in ((dst, ErrorCode.SAME_OUTPUT), (tmp_path / "." / "out.csv", ErrorCode.SAME_OUTPUT),
                         (tmp_path / "no" / "s.json", ErrorCode.FILE_NOT_WRITTEN),
                         (tmp_path, ErrorCode.FILE_NOT_WRITTEN)):
        with pytest.raises(InvalidInputError) as caught:
            process_file(src, dst, summary_json=report)
        assert caught.value.code is code and not dst.exists()


def test_what_a_workbook_cannot_hold_is_refused_cleanly(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    aware = pa.array([datetime(2026, 2, 11, 2, 0)], pa.timestamp("s", "UTC"))
    table = pa.table({"ma_ho_so": ["A"], "ngay_nhan": aware, "thoi_han": ["05 ngày làm việc"]})
    pq.write_table(table, tmp_path / "in.parquet")
    process_file(tmp_path / "in.parquet", tmp_path / "out.xlsx")  # an aware moment: in Vietnam time
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    assert sheet["B2"].value == datetime(2026, 2, 11, 9, 0)
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(InvalidInputError) as caught:
        process_file(tmp_path / "bad.xlsx", tmp_path / "x.csv")
    assert caught.value.code is ErrorCode.FILE_NOT_KIND
    monkeypatch.setattr(writers_module, "_XLSX_ROWS", 3)  # an Excel sheet's rows, made small
    with pytest.raises(InvalidInputError) as caught:
        process_file(_file(tmp_path, 5), tmp_path / "big.xlsx")
    assert caught.value.code is ErrorCode.XLSX_TOO_LONG and not (tmp_path / "big.xlsx").exists()


def test_columns_by_number_by_vietnamese_name_and_never_twice() -> None:
    text = "Mã hồ sơ;Ngày nhận;Ngày nhận;Thời hạn\nA;11/02/2026;12/02/2026;05 ngày làm việc\n"
    for mapping in (["ngay_nhan=#3"], ["Ngày nhận=#3"], {"ngay_nhan": "#3"}):
        out = io.StringIO()
        process_file(io.StringIO(text), out, columns=mapping)
        assert '"2026-02-26"' in out.getvalue()
    with pytest.raises(InvalidInputError) as caught:
        process_file(io.StringIO(text), io.StringIO(), columns=["ngay_nhan=#2", "ma_ho_so=#2"])
    assert caught.value.code is ErrorCode.COLUMN_MAPPING
    with pytest.raises(InvalidInputError) as caught:
        process_file(io.StringIO(text), io.StringIO(), columns=["ngay_nhan=Không có"])
    assert caught.value.code is ErrorCode.COLUMN_MISSING and "'Không có'" in str(caught.value)


def test_a_date_outside_the_calendar_is_named_by_its_column() -> None:
    out = io.StringIO()
    process_file(io.StringIO(HEADER + "A,2026-02-11,05 ngày làm việc,31/12/9999\n"), out)
    row = list(csv.reader(io.StringIO(out.getvalue())))[1]
    assert row[5] == "loi" and row[8].startswith("ngay_tra=") and "phạm vi lịch" in row[8]


def test_the_command_reads_utf16_from_standard_input_and_stops_quietly_with_head(tmp_path: Path) -> None:
    data = (VIETNAMESE.replace(";", "\t")).encode("utf-16")
    done = subprocess.run([*HANCHOT, "hoso", "-", "-o", "-"], input=data, capture_output=True, check=False)
    assert done.returncode == 0 and '"2026-02-25"' in done.stdout.decode("utf-8")
    src = _big(tmp_path, 200_000)
    shell = f"{' '.join(HANCHOT)} hoso {src} -o - | head -2"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert len(result.stdout.splitlines()) == 2 and result.stderr.strip() == ""
