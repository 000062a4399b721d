# SPDX-License-Identifier: Apache-2.0
"""The clerk's command line: every subcommand, in Vietnamese and English, with --json; errors."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hanchot.cli import main

SEEDS = Path(__file__).resolve().parent / "documents"  # real directives, as published


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_han_vi_en_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "han", "05 ngày làm việc", "--tu", "06/03/2026 16:00")
    assert code == 0 and out.startswith("Hạn: Thứ Sáu 13/03/2026") and "BLDS 2015 Điều 147" in out
    code, out, _ = run(capsys, "due", "05 ngày làm việc", "--from", "2026-03-06T16:00", "--lang", "en")
    assert code == 0 and out.startswith("Due: Friday 13/03/2026")
    code, out, _ = run(capsys, "han", "chậm nhất ngày 10/12/2023", "--tu", "17/10/2023", "--json")
    data = json.loads(out)
    assert data["due_date"] == "2023-12-11" and data["warnings"] and data["weekday"] == 1


def test_ngay_checks_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ngay", "16/02/2026")
    assert code == 1 and "ngày nghỉ" in out and "9441/TB-BNV" in out
    code, out, _ = run(capsys, "day", "2026-01-10", "--lang", "en", "--json")
    assert code == 0 and json.loads(out)["kind"] == "makeup_work"


def test_dem_counts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "dem", "01/01/2026", "31/03/2026")
    assert code == 0 and out.startswith("58 ngày làm việc")
    code, out, _ = run(capsys, "count", "01/01/2026", "31/03/2026", "--json")
    assert json.loads(out)["working_days"] == 58


def test_lich_grid_list_and_ics(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ics = tmp_path / "2026.ics"
    code, out, _ = run(capsys, "lich", "2026", "--ics", str(ics))
    assert code == 0
    assert "T2 T3 T4 T5 T6 T7 CN" in out and "16*17*18*19*20*" in out and "10+" in out
    assert "\033[" not in out  # plain text when piped
    assert "Thứ Ba 24/11/2026  nghỉ theo nghị quyết riêng: Ngày Văn hóa Việt Nam" in out
    text = ics.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.count("BEGIN:VEVENT") == 17
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    code, out, _ = run(capsys, "calendar", "2026", "--color", "always", "--lang", "en")
    assert "\033[31m16" in out and "January" in out
    code, out, _ = run(capsys, "lich", "2026", "--json")
    assert len(json.loads(out)["days"]) == 17


def test_hoso_batch(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src, dst, report = tmp_path / "in.csv", tmp_path / "out.csv", tmp_path / "s.json"
    src.write_text("ma_ho_so,ngay_nhan,thoi_han,ngay_tra\nA,2026-02-11,05 ngày làm việc,2026-02-25\n",
                   encoding="utf-8")
    code, out, _ = run(capsys, "hoso", str(src), "-o", str(dst), "--summary-json", str(report))
    assert code == 0 and "đúng hạn 1" in out and json.loads(report.read_text())["rows"] == 1
    src.write_text("ma_ho_so,ngay_nhan,thoi_han\nB,2026-02-30,05 ngày làm việc\n", encoding="utf-8")
    code, out, _ = run(capsys, "batch", str(src), "-o", str(dst), "--json")
    assert code == 1 and json.loads(out)["by_status"]["loi"] == 1


def test_quet_scans(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    seed = SEEDS / "tb-ketluan-cchc-hcm-2023.txt"
    code, out, _ = run(capsys, "quet", str(seed))
    assert code == 0 and "6 thời hạn tìm thấy" in out
    first = '- mục 1.1 · Các cơ quan, đơn vị: "chậm nhất ngày 10 tháng 12 năm 2023" → Thứ Hai 11/12/2023'
    assert first in out
    assert '- mục 2.1 · Sở Nội vụ: "khẩn trương" → cần ngày ban hành (--ngay-ban-hanh)' in out
    code, out, _ = run(capsys, "scan", str(seed), "--json")
    found = json.loads(out)["findings"]
    assert [f["due_date"] for f in found] == ["2023-12-11", "2023-11-10", "2023-11-15", None, "2023-10-27",
                                               "2023-10-27"]
    assert [f["who"] for f in found][3:5] == ["Sở Nội vụ", "Sở Kế hoạch và Đầu tư"]
    assert found[3]["urgency"] == "urgent" and found[0]["due_at"] == "2023-12-12T00:00:00+07:00"
    monkeypatch.setattr(sys, "stdin", io.StringIO("Trong 05 ngày làm việc kể từ ngày ký Quyết định."))
    code, out, _ = run(capsys, "quet", "-", "--ngay-ban-hanh", "11/02/2026",
                       "--su-kien", "ký Quyết định=11/02/2026")
    assert "Thứ Tư 25/02/2026" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("han", "xin chào", "--tu", "06/03/2026"), "Viết thời hạn như"),
        (("han", "05 ngày làm việc", "--tu", "30/02/2026"), "hãy viết ngày như 06/03/2026"),
        (("ngay", "01/01/1990"), "01/01/2000"),
        (("quet", "/no/such/file.txt"), "Kiểm tra đường dẫn tệp"),
        (("han", "05 ngày làm việc", "--tu", "30/02/2026", "--lang", "en"), "write dates as 06/03/2026"),
        (("lich", "2030", "--strict"), "NĂM='2030': năm này chưa có thông báo chính thức về lịch nghỉ"),
        (("han", "trong ngày", "--tu", "06/03/2026"), "ngày có giờ phải đặt trong ngoặc kép"),
    ],
)
def test_errors_are_helpful_and_never_a_traceback(capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                                                  message: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and message in err and "Traceback" not in err and out == ""


def test_usage_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "han" in out and "quet" in out
    code, out, _ = run(capsys)
    assert code == 2 and out.startswith("Cách dùng: hanchot LỆNH")
    code, _, err = run(capsys, "han")
    assert code == 2 and err.startswith("Lỗi (hanchot han): thiếu THỜI_HẠN")


def test_installed_entry_point() -> None:
    done = subprocess.run([sys.executable, "-m", "hanchot", "ngay", "24/11/2026", "--json"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and json.loads(done.stdout)["kind"] == "special_off"


# --- the contract: common options anywhere, every error ours and in the clerk's language ---------

def test_common_options_work_before_and_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    # 31/12/2025 + 5 working days: the civil service has 02/01/2026 off (swapped), enterprises do not
    for args in (("--profile", "labor_code", "han", "05 ngày làm việc", "--tu", "31/12/2025"),
                 ("han", "05 ngày làm việc", "--tu", "31/12/2025", "--profile", "labor_code")):
        code, out, _ = run(capsys, *args)
        assert code == 0 and out.startswith("Hạn: Thứ Năm 08/01/2026"), args
    code, out, _ = run(capsys, "han", "05 ngày làm việc", "--tu", "31/12/2025")
    assert out.startswith("Hạn: Thứ Sáu 09/01/2026")
    for args in (("--json", "ngay", "24/11/2026"), ("ngay", "--json", "24/11/2026")):
        code, out, _ = run(capsys, *args)
        assert json.loads(out)["kind"] == "special_off", args
    for args in (("--strict", "ngay", "24/11/2027"), ("ngay", "24/11/2027", "--strict")):
        code, _, err = run(capsys, *args)
        assert code == 2 and "ngày 24/11/2027 cần lịch nghỉ năm 2027" in err, args
    code, out, _ = run(capsys, "--lang", "en", "ngay", "24/11/2026")
    assert out.startswith("Tuesday 24/11/2026")


def test_version_and_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out == ("hanchot 0.1.0; dữ liệu rà soát ngày 26/11/2026; lịch nghỉ chính thức "
                                 "các năm 2010–2026, các năm khác dự kiến theo luật\n")
    code, out, _ = run(capsys, "han", "--help")
    assert code == 0 and out.startswith("Cách dùng: hanchot han THỜI_HẠN --tu NGÀY")
    assert "tùy chọn chung" in out
    code, out, _ = run(capsys, "--lang", "en", "han", "--help")
    assert out.startswith("usage: hanchot han TIME_LIMIT --tu DATE") and "common options" in out


PYTHON = ("Traceback", "int()", "NoneType", "datetime(", "unpack", "the following arguments",
          "invalid choice", "expected one argument", "unrecognized arguments", "usage:", "add_working_days(",
          "working_days_between(", "strict=True", "year_context='", "Invalid", "Expected", "<?>",
          " object at 0x")
#: A library argument's name before its value (d=2026-…, n=0): the clerk typed no such name.
ARGUMENT = re.compile(r"(?<![\w-])(?:a|b|d|n|day|month|number|year|start|phrase)=")


NO_TIME = "thời hạn 'trong ngày' cần giờ tiếp nhận hồ sơ: hãy ghi cả giờ, ví dụ \"06/03/2026 16:00\""
FIVE = "05 ngày làm việc"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("han", FIVE, "--tu", "ngày mai"), "--tu='ngày mai': không phải là ngày hợp lệ"),
        (("ngay", "2026-13-01"), "NGÀY='2026-13-01': không có tháng 13; tháng từ 1 đến 12"),
        (("han", FIVE, "--tu", "32/01/2026"), "--tu='32/01/2026'"),
        (("han", FIVE, "--tu", "1/1/99999999999"), "--tu='1/1/99999999999'"),
        (("ngay", "1/1/99999999999"), "NGÀY='1/1/99999999999'"),
        (("han", "mười lăm ngày làm", "--tu", "06/03/2026"),
         "THỜI_HẠN: không hiểu 'mười lăm ngày làm' từ chỗ 'làm' (ký tự thứ 15)"),
        (("han", "trong tháng 13/2026", "--tu", "06/03/2026"),
         "không có tháng 13; tháng phải là một trong 1,"),
        (("han", "0 ngày làm việc", "--tu", "06/03/2026"), "từ chỗ '0' (ký tự thứ 1): 0 phải từ 1 đến 3650"),
        (("han", "chậm nhất ngày 30/02/2026", "--tu", "06/03/2026"),
         "từ chỗ '30/02/2026' (ký tự thứ 16): không có ngày 30/2/2026"),
        (("han", FIVE, "--tu", "28/01/2030", "--strict"),
         "5 ngày làm việc sau ngày 28/01/2030 cần lịch nghỉ năm 2030"),
        (("dem", "01/01/2000", "31/12/2100", "--strict"), "cần lịch nghỉ năm 2000–2009, 2027–2100"),
        (("ngay", "04/02/2030", "--strict"), "ngày 04/02/2030 cần lịch nghỉ năm 2030"),
        (("han", FIVE, "--tu", "31/12/1999"), "--tu='31/12/1999' nằm ngoài phạm vi lịch của hanchot; "
                                              "chỉ tính được cho các ngày từ 01/01/2000 đến 31/12/2100"),
        (("han", "trong ngày", "--tu", "06/03/2026"), NO_TIME),
        (("han", FIVE), "thiếu --tu"),
        (("han", FIVE, "--tu"), "--tu/--from cần một giá trị, ví dụ 06/03/2026"),
        (("dem", "01/01/2026"), "thiếu ĐẾN_NGÀY"),
        (("ngay", "01/01/1990"), "NGÀY='01/01/1990' nằm ngoài phạm vi lịch của hanchot"),
        (("lich", "2101"), "NĂM='2101' nằm ngoài phạm vi lịch của hanchot; chỉ tính được cho các năm từ 2000 "
                           "đến 2100"),
        (("lich", "9" * 5000), "nằm ngoài phạm vi lịch của hanchot"),
        (("lich", "abc"), "NĂM 'abc' không phải là một năm; hãy ghi năm bằng bốn chữ số, ví dụ 2026"),
        (("lich", "-2026"), "NĂM '-2026' không phải là một năm"),
        (("lich", "2026", "--color", "red"),
         "--color không nhận 'red'; chỉ chọn một trong: 'auto', 'always', 'never'"),
        (("--lang", "fr", "lich", "2026"), "--lang không nhận 'fr'; chỉ chọn một trong: 'vi', 'en'"),
        (("lihc", "2026"), "không có lệnh 'lihc' (có phải là lich?); các lệnh là han (due)"),
        (("xyz", "2026"), "không có lệnh 'xyz'; các lệnh là han (due)"),
        (("han", FIVE, "--tu", "06/03/2026", "--vao"), "không có tùy chọn '--vao'"),
        (("--tuu", "1"), "không có tùy chọn '--tuu'"),
        (("han", "05", "ngày", "--tu", "06/03/2026"),
         "không hiểu 'ngày'; nếu ngày giờ hoặc thời hạn có dấu cách, hãy đặt cả cụm trong ngoặc kép"),
        (("--json=yes", "ngay", "06/03/2026"), "--json không đi kèm giá trị (đã ghi 'yes')"),
        (("hoso", "/no/such.csv", "-o", "out.csv"),
         "không mở được tệp '/no/such.csv': không có tệp này"),
        (("quet", "-", "--su-kien", "ký Quyết định"), "--su-kien 'ký Quyết định': hãy viết sự kiện=ngày"),
    ],
)
def test_errors_are_ours_in_vietnamese_and_quote_the_input(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...],
        words: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("Lỗi (hanchot") and words in err, err
    assert not any(word in err for word in PYTHON) and not ARGUMENT.search(err), err


def test_errors_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "han", "05 ngày làm việc", "--tu", "30/02/2026")
    assert code == 2 and err.startswith("Error (hanchot han): --tu='30/02/2026': there is no 30/2/2026")
    assert "write dates as" in err
    code, _, err = run(capsys, "--lang", "en", "lich", "2101")
    assert err.startswith("Error (hanchot lich): YEAR='2101' is outside hanchot's calendar"), err
    code, _, err = run(capsys, "--lang", "en", "han")
    assert err.startswith("Error (hanchot han): missing TIME_LIMIT"), err
    assert not any(word in err for word in ("NĂM", "THỜI_HẠN", "NGÀY"))


def test_a_closed_pipe_ends_quietly() -> None:
    """hanchot lich 2026 | head -1: no traceback when the reader has gone before hanchot writes."""
    child = subprocess.Popen([sys.executable, "-m", "hanchot", "lich", "2026"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # gone long before the child has even imported hanchot
    with child.stderr:
        err = child.stderr.read().decode("utf-8")
    assert child.wait(timeout=60) == 141  # 128 + SIGPIPE, as any Unix tool: not 1, a failed check
    assert err == "", err


# --- tried as a clerk would: each surprise found is a test ----------------------------------------

def test_a_full_disk_is_a_message_not_a_traceback() -> None:
    for args in (("lich", "2026"), ("ngay", "16/02/2026")):
        with open("/dev/full", "w", encoding="utf-8") as full:
            done = subprocess.run([sys.executable, "-m", "hanchot", *args], stdout=full,
                                  stderr=subprocess.PIPE, text=True, check=False)
        assert done.returncode == 2, args
        assert done.stderr.startswith(f"Lỗi (hanchot {args[0]}): không ghi được kết quả"), done.stderr
        assert "ổ đĩa đã đầy" in done.stderr and "Traceback" not in done.stderr  # not a bare errno (28)


def test_a_command_option_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--tu", "06/03/2026", "han", FIVE)
    assert code == 0 and out.startswith("Hạn: Thứ Sáu 13/03/2026")  # 06/03 + 5: 9, 10, 11, 12, 13 March


def test_version_after_a_command_needs_no_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (("han", "--version"), ("ngay", "--version"), ("ngay", "16/02/2026", "--version")):
        code, out, err = run(capsys, *args)
        assert (code, out.split(";")[0], err) == (0, "hanchot 0.1.0", ""), args


def test_commands_and_choices_in_any_case_and_with_diacritics(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ngay", "16/02/2026", "--lang", "EN")
    assert code == 1 and out.startswith("Monday 16/02/2026")
    for word in ("lịch", "LICH", "Lịch"):
        code, out, _ = run(capsys, word, "2026", "--color", "Never")
        assert code == 0 and out.lstrip().startswith("2026"), word


def test_dates_in_reverse_order_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    # 1/4 < x ≤ 30/4/2026, by hand: 27/4 (nghỉ bù for Giỗ Tổ on Sunday 26/4) and 30/4 are off, so the
    # working days are 2–3, 6–10, 13–17, 20–24 and 28–29 April: 2 + 5 + 5 + 5 + 2 = 19
    code, out, _ = run(capsys, "dem", "30/04/2026", "01/04/2026")
    assert code == 0
    assert out.startswith("-19 ngày làm việc (01/04/2026 < x ≤ 30/04/2026; hai ngày ghi ngược thứ tự")
    code, out, _ = run(capsys, "dem", "01/04/2026", "30/04/2026")
    assert out.startswith("19 ngày làm việc (01/04/2026 < x ≤ 30/04/2026)\n")


def test_errors_with_json_are_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ngay", "31/12/1999", "--json")
    assert code == 2 and err == ""
    assert json.loads(out) == {"error": {
        "code": "date_out_of_coverage", "field": "DATE",
        "message": "NGÀY='31/12/1999' nằm ngoài phạm vi lịch của hanchot; chỉ tính được cho các ngày từ "
                   "01/01/2000 đến 31/12/2100"}}
    code, out, _ = run(capsys, "--json", "--lang", "en", "lihc")
    assert code == 2 and json.loads(out)["error"]["code"] == "usage_unknown_command"


def test_a_vietnamese_date_with_a_time_zone(capsys: pytest.CaptureFixture[str]) -> None:
    # 16:00 in Hanoi is 09:00 UTC: the same moment written three ways gives the same deadline
    answers = {run(capsys, "han", "trong ngày", "--tu", moment, "--json")[1]
               for moment in ("06/03/2026 16:00+07:00", "06/03/2026 09:00Z", "2026-03-06T16:00")}
    assert len(answers) == 1 and json.loads(answers.pop())["due_date"] == "2026-03-09"


def test_scan_says_why_a_deadline_has_no_date(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Báo cáo chậm nhất ngày 15/3/2030."))
    code, out, _ = run(capsys, "quet", "-", "--strict", "--ngay-ban-hanh", "01/01/2026")
    assert code == 0 and "→ chậm nhất ngày 15/3/2030" not in out
    assert "cần lịch nghỉ năm 2030, nhưng lịch nghỉ này chưa được thông báo chính thức" in out, out
    assert "--ngay-ban-hanh" not in out  # the date of issue was given: it is not what is missing
    monkeypatch.setattr(sys, "stdin", io.StringIO("Báo cáo chậm nhất ngày 15/3/2030."))
    code, out, _ = run(capsys, "quet", "-", "--strict", "--ngay-ban-hanh", "01/01/2026", "--json")
    problem = json.loads(out)["findings"][0]["problem"]
    assert problem["code"] == "not_announced"


def test_the_colour_calendar_aligns_as_the_plain_one(capsys: pytest.CaptureFixture[str]) -> None:
    """Every short week and month sits where the plain grid puts it; the legend speaks of colours."""
    _, coloured, _ = run(capsys, "lich", "2026", "--color", "always")
    _, plain, _ = run(capsys, "lich", "2026", "--color", "never")
    shown = [re.sub(r"\033\[[0-9;]*m", "", line).rstrip() for line in coloured.splitlines()]
    marked = [re.sub(r"(\d)[*+]", r"\1 ", line).rstrip() for line in plain.splitlines()]
    grid = shown.index(next(line for line in shown if line.startswith("đỏ:")))
    assert shown[:grid] == marked[:grid] and "\033[31m" in coloured
    assert marked[grid].startswith("* ngày nghỉ lễ")


@pytest.mark.parametrize(("args", "count"), [
    (("02/03/2026", "06/03/2026"), "4"),  # 03, 04, 05, 06/03: the first day is not counted
    (("02/03/2026", "06/03/2026", "--ca-hai-dau"), "5"),  # Monday to Friday, both ends
    (("06/03/2026", "02/03/2026", "--both-ends"), "-5"),
    (("13/02/2026", "23/02/2026", "--ca-hai-dau"), "2"),  # the Friday before Tết and the Monday after
    (("14/02/2026", "22/02/2026", "--ca-hai-dau"), "0"),  # Tết alone
])
def test_dem_says_what_it_counts_and_can_count_both_ends(capsys: pytest.CaptureFixture[str],
                                                         args: tuple[str, ...], count: str) -> None:
    code, out, _ = run(capsys, "dem", *args)
    said = out.splitlines()[1]
    assert code == 0 and out.split()[0] == count
    assert said == "tính cả hai đầu" if len(args) == 3 else said.startswith("không tính ngày đầu")


def test_quet_reads_utf16_and_refuses_a_legacy_code_page(capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    text = "Báo cáo chậm nhất ngày 10/12/2023.\n"
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    code, out, _ = run(capsys, "quet", str(tmp_path / "u16.txt"))
    assert code == 0 and "Thứ Hai 11/12/2023" in out
    (tmp_path / "old.txt").write_bytes(b"B\xe1o c\xe1o ch\xe2m nh\xe2t ng\xe0y 10/12/2023.\n")
    code, _, err = run(capsys, "quet", str(tmp_path / "old.txt"))
    assert code == 2 and "Windows-1258" in err and "Traceback" not in err


@pytest.mark.parametrize(("written", "day"), [("06-03-2026", "06/03/2026"), ("06.03.2026", "06/03/2026"),
                                              ("6.3.2026 16:00", "06/03/2026")])
def test_dates_with_dashes_and_dots(capsys: pytest.CaptureFixture[str], written: str, day: str) -> None:
    code, out, _ = run(capsys, "han", "05 ngày làm việc", "--tu", written)
    assert code == 0 and "Thứ Sáu 13/03/2026" in out and day in out


def test_a_two_digit_year_is_refused_with_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "han", "05 ngày làm việc", "--tu", "06/03/26")
    assert code == 2 and "năm '26' chỉ có hai chữ số; hãy viết đủ bốn chữ số (2026)" in err
    code, _, err = run(capsys, "ngay", "06-03-26", "--lang", "en")
    assert code == 2 and "the year '26' has two digits; write all four (2026)" in err


def test_the_colour_calendar_in_a_real_terminal() -> None:
    """`hanchot lich 2026` run in a pseudo-terminal colours by itself; stripped of its colours, the grid
    is the plain one, column for column, and its legend speaks of colours, not of * and +."""
    import os  # noqa: PLC0415
    import pty  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    hanchot = str(Path(sys.executable).parent / "hanchot")
    leader, follower = pty.openpty()
    with subprocess.Popen([hanchot, "lich", "2026"], stdout=follower, stderr=follower,
                          env={**os.environ, "COLUMNS": "100"}) as process:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closes when the process ends
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert process.wait(timeout=60) == 0
    os.close(leader)
    coloured = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    plain = subprocess.run([hanchot, "lich", "2026"], capture_output=True, text=True, check=True).stdout
    assert "\033[31m" in coloured and "\033[" not in plain
    shown = [re.sub(r"\033\[[0-9;]*m", "", line).rstrip() for line in coloured.splitlines()]
    grid = shown.index(next(line for line in shown if line.startswith("đỏ:")))  # the twelve months
    unmarked = [re.sub(r"(\d)[*+]", r"\1 ", line).rstrip() for line in plain.splitlines()]
    assert grid > 30 and shown[:grid] == unmarked[:grid]
    assert shown[grid] == ("đỏ: ngày nghỉ lễ, nghỉ bù, hoán đổi    xanh: ngày làm bù    "
                           "mờ: ngày nghỉ hằng tuần")
    assert unmarked[grid].startswith("* ngày nghỉ lễ")


def test_json_says_which_day_the_period_is_counted_from(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json", "han", "15 ngày kể từ ngày 20/01/2026", "--tu", "01/01/2026")
    data = json.loads(out)
    assert code == 0 and (data["start"], data["counted_from"], data["due_date"]) == (
        "2026-01-01", "2026-01-20", "2026-02-04")


def test_a_calendar_file_on_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "lich", "2026", "--ics", "-")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR\r\n") and out.count("BEGIN:VEVENT") == 17
    assert "Tháng Một" in err and not Path("-").exists()


def test_version_as_json_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    """--version --json: the version and the data's age, for a monitoring script."""
    code, out, _ = run(capsys, "--version", "--json")
    data = json.loads(out)
    assert code == 0 and data["version"] == "0.1.0" and data["data_reviewed"] == "2026-11-26"
    assert data["official_years"][0] == 2010 and 2027 not in data["official_years"]
