# SPDX-License-Identifier: Apache-2.0
"""A directive's follow-up list written as CSV, Excel and a calendar file (``hanchot quet -o``), read
back as their users' programs read them."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar as ICalendar

from hanchot.cli import main
from hanchot.scanner import scan
from hanchot.scanner.export import heading, rows, to_ics

DOCUMENTS = Path(__file__).resolve().parent / "documents"
PLAN = DOCUMENTS / "kh-xa-2026.txt"
HEADING = ["Mục", "Cơ quan thực hiện", "Nhiệm vụ", "Thời hạn ghi trong văn bản", "Hạn", "Giờ", "Mức độ khẩn",
           "Tính từ", "Ghi chú"]


def test_csv_as_excel_opens_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "theo-doi.csv"
    assert main(["quet", str(DOCUMENTS / "tb-ketluan-tinh-2026.txt"), "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # Excel reads UTF-8 by its mark
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == HEADING and len(table) == 1 + 9  # every finding, none dropped
    assert table[2][:7] == ["2", "Sở Tài chính", table[2][2], "khẩn trương", "30/11/2026", "", "khẩn trương"]
    assert "quy ước 17" in table[2][8]
    # issued before 24/11/2026, whose day off rests on a letter only seen cited (10065/VPCP-KGVX): provisional
    assert table[6][4] == "18/12/2026" and table[6][8] == (
        "lặp lại hằng quý; dự kiến: có ngày nghỉ chưa được xác nhận bằng văn bản đã đọc")
    assert table[9][4] == "" and table[9][8] == "tính từ sự kiện: nhận được văn bản này"
    assert "9 thời hạn tìm thấy" in capsys.readouterr().out  # the list is still shown


def test_cells_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    doc = tmp_path / "vb.txt"
    doc.write_text("1. =HYPERLINK(\"http://x\") hoàn thành chậm nhất ngày 10/12/2026.\n", encoding="utf-8")
    for name in ("a.csv", "a.xlsx"):
        assert main(["quet", str(doc), "-o", str(tmp_path / name)]) == 0
    table = list(csv.reader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8-sig"))))
    assert table[1][2].startswith("'=HYPERLINK")
    from openpyxl import load_workbook  # noqa: PLC0415

    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert [c.value for c in sheet[1]] == HEADING
    assert sheet["C2"].value.startswith("'=HYPERLINK") and sheet["E2"].value == "10/12/2026"


def test_standard_output_carries_the_table_and_the_list_goes_aside(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quet", str(PLAN), "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Mục,Cơ quan thực hiện") and len(list(csv.reader(io.StringIO(out)))) == 9
    assert "8 thời hạn tìm thấy" in err


def test_the_document_and_bad_paths_are_never_harmed(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "vb.txt"
    doc.write_bytes(PLAN.read_bytes())
    assert main(["quet", str(doc), "-o", str(doc)]) == 2
    assert "chính là tệp đầu vào" in capsys.readouterr().err and doc.read_bytes() == PLAN.read_bytes()
    assert main(["quet", str(doc), "-o", str(tmp_path / "no" / "such" / "dir.csv")]) == 2
    assert f"không có thư mục '{tmp_path / 'no' / 'such'}'" in capsys.readouterr().err
    other = tmp_path / "van-ban-khac.txt"  # a slip of the keyboard: another document, never overwritten
    other.write_text("Công văn số 1", encoding="utf-8")
    for name in (str(other), str(tmp_path / "theo-doi.json"), str(tmp_path / "theo-doi")):
        assert main(["quet", str(doc), "-o", name]) == 2
        assert "ghi ra tệp .csv, .xlsx hoặc .ics" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "Công văn số 1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["van-ban-khac.txt", "vb.txt"]  # no temporary file


def test_documents_in_unicode_are_read_and_legacy_code_pages_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Hà Nội, ngày 05 tháng 01 năm 2026\n1. Sở Nội vụ báo cáo chậm nhất ngày 10/02/2026.\n"
    for name, data in (("bom.txt", text.encode("utf-16")), ("le.txt", text.encode("utf-16-le")),
                       ("be.txt", text.encode("utf-16-be")), ("u8.txt", text.encode("utf-8-sig"))):
        (tmp_path / name).write_bytes(data)
        assert main(["quet", str(tmp_path / name)]) == 0, name
        assert "Sở Nội vụ: \"chậm nhất ngày 10/02/2026\" → Thứ Ba 10/02/2026" in capsys.readouterr().out
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1258", errors="replace"))
    assert main(["quet", str(tmp_path / "cp.txt")]) == 2
    err = capsys.readouterr().err
    assert "không phải UTF-8 hay UTF-16" in err and "trong Word" in err and "Excel" not in err


def test_a_calendar_file_with_recurring_deadlines_on_their_real_days(tmp_path: Path) -> None:
    out = tmp_path / "theo-doi.ics"
    assert main(["quet", str(PLAN), "-o", str(out)]) == 0
    events = list(ICalendar.from_ical(out.read_text(encoding="utf-8")).walk("VEVENT"))
    assert len(events) == 8
    monthly = next(e for e in events if "trước ngày 25 hằng tháng" in str(e["summary"]))
    assert str(monthly["summary"]) == "Trung tâm Phục vụ hành chính công xã: trước ngày 25 hằng tháng"
    lines = [line for line in monthly.to_ical().decode().replace("\r\n ", "").splitlines()
             if line.startswith(("DTSTART", "RRULE", "EXDATE", "RDATE"))]
    series = rrulestr("\n".join(_as_datetimes(line) for line in lines), forceset=True)
    # before the 25th, each month from Dec 2026 to Dec 2027, worked by hand: a weekend or a day off
    # moves it back (24/11/2027, Ngày Văn hóa Việt Nam, is off: Tue 23/11)
    assert [d.date() for d in series] == [
        date(2026, 12, 24), date(2027, 1, 22), date(2027, 2, 24), date(2027, 3, 24), date(2027, 4, 23),
        date(2027, 5, 24), date(2027, 6, 24), date(2027, 7, 23), date(2027, 8, 24), date(2027, 9, 24),
        date(2027, 10, 22), date(2027, 11, 23), date(2027, 12, 24)]
    timed = to_ics(scan((DOCUMENTS / "cv-so-noivu-2026.txt").read_text(encoding="utf-8")))
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20260306T160000" in timed  # 16h00 ngày 06/03/2026
    assert "BEGIN:VTIMEZONE" in timed and "TZOFFSETTO:+0700" in timed
    provisional = next(e for e in events if "Đến hết quý I năm 2027" in str(e["summary"]))
    assert str(provisional["status"]) == "TENTATIVE"


def _as_datetimes(line: str) -> str:
    """dateutil reads DATE values as date-times: "DTSTART;VALUE=DATE:20261225" → "DTSTART:20261225T000000"."""
    if ";VALUE=DATE:" not in line:
        return line
    name, values = line.split(";VALUE=DATE:")
    return f"{name}:" + ",".join(f"{value}T000000" for value in values.split(","))


def test_a_recurring_deadline_with_no_day_says_which_day_is_taken() -> None:
    found = scan((DOCUMENTS / "kh-cangio-2023.txt").read_text(encoding="utf-8"))
    notes = [row[8] for row in rows(found) if row[3].startswith(("Định kỳ", "định kỳ"))]
    no_day = ("văn bản không nêu ngày: hạn là ngày làm việc cuối cùng của mỗi kỳ "
              "(quy ước 6 «Trong tháng, quý, năm»)")
    assert notes == [f"lặp lại hằng năm; {no_day}"] + [f"lặp lại hằng tháng; {no_day}"] * 2


def test_rows_in_english() -> None:
    found = scan(PLAN.read_text(encoding="utf-8"))
    assert heading("en")[:3] == ["Item", "Who acts", "Task"]
    assert [row[7] for row in rows(found, "en")][:2] == ["the date written", "the date of issue"]
