# SPDX-License-Identifier: Apache-2.0
"""What people get wrong in the data files, each refused alike by a calendar and by ``hanchot dulieu``.

Each case corrupts a copy of the real data the way a maintainer might, and expects the
code and a message that names the file, the record and the field. The expected records
and numbers are read off the files by hand (e.g. 2024-09-02 is the 14th [[day]] of
2024.toml, the Quốc khánh break the 5th [[break]]).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import hanchot
from hanchot.cli import main
from hanchot.cli.datacheck import check
from hanchot.data import DayKind, data_directory, load_data, load_year_file
from hanchot.errors import DataFileError, ErrorCode

E = ErrorCode
Edit = Callable[[Path], None]


def sub(name: str, old: str, new: str) -> Edit:
    """Replace the first ``old`` of the file ``name`` (which must hold it) by ``new``."""
    def edit(folder: Path) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        assert old in text, (name, old)
        (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def line(name: str, prefix: str, new: str) -> Edit:
    """Replace the first line of ``name`` that starts with ``prefix`` by ``new`` (none: delete it)."""
    def edit(folder: Path) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        start = text.index("\n" + prefix) + 1
        end = text.index("\n", start) + 1
        (folder / name).write_text(text[:start] + (new + "\n" if new else "") + text[end:], encoding="utf-8")
    return edit


def drop_day(name: str, day: str) -> Edit:
    """Delete the [[day]] table of ``day`` from the file ``name``."""
    def edit(folder: Path) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        start = text.index(f"[[day]]\ndate = {day}\n")
        end = text.index("\n[", start + 1) + 1
        (folder / name).write_text(text[:start] + text[end:], encoding="utf-8")
    return edit


def cut_before(name: str, table: str) -> Edit:
    """Cut the file ``name`` short just before its first ``table``."""
    def edit(folder: Path) -> None:
        text = (folder / name).read_text(encoding="utf-8")
        (folder / name).write_text(text[:text.index(f"\n{table}") + 1], encoding="utf-8")
    return edit


def write(name: str, content: bytes) -> Edit:
    def edit(folder: Path) -> None:
        (folder / name).write_bytes(content)
    return edit


def both(*edits: Edit) -> Edit:
    def edit(folder: Path) -> None:
        for each in edits:
            each(folder)
    return edit


def utf16(name: str) -> Edit:
    def edit(folder: Path) -> None:
        (folder / name).write_bytes((folder / name).read_text(encoding="utf-8").encode("utf-16"))
    return edit


B24 = "[[break]] #4 (2024-04-27 – 2024-05-01)"  # 30/4–1/5 2024, with the make-up Saturday 4/5
QK24 = "[[break]] #5 (2024-08-31 – 2024-09-03)"  # Quốc khánh 2024
TOP = "top level"
ERA_TET = "tet_days = 5  # split between the old and the new year: [tet_days_before_by_weekday]\n" \
          "hung_kings = true\nnational_day_days = 1"

# (what people get wrong, the file it is in, the edit, the code, the record named, the field named)
CASES: list[tuple[str, str, Edit, ErrorCode, str, str]] = [
    ("a year cut before its first record", "2024.toml", cut_before("2024.toml", "[[day]]"),
     E.DATA_BREAK_GAP, "[[break]] #1 (2024-01-01 – 2024-01-01)", "'first'/'last'"),
    ("a year cut before its breaks", "2024.toml", cut_before("2024.toml", "[[break]]"),
     E.DATA_GROUP_WITHOUT_BREAK, TOP, "field 'announced' lists 'new_year'"),
    ("a day deleted from an announced break", "2024.toml", drop_day("2024.toml", "2024-09-02"),
     E.DATA_BREAK_GAP, QK24, "Monday 02/09/2024 is a weekday of this break"),
    ("a day deleted from a break begun the year before", "2013.toml", drop_day("2012.toml", "2012-12-31"),
     E.DATA_BREAK_GAP, "[[break]] #1 (2012-12-29 – 2013-01-01)", "2012.toml has no day-off [[day]]"),
    ("a day off moved out of its break", "2024.toml",
     sub("2024.toml", "date = 2024-09-03", "date = 2024-09-04"),
     E.DATA_OUTSIDE_BREAK, "[[day]] #15 (date = 2024-09-04)",
     "lies in no break of the group 'national_day' (2024-08-31 – 2024-09-03); mend 'date'"),
    ("a break whose first day is after its last", "2024.toml",
     sub("2024.toml", "first = 2024-08-31\nlast = 2024-09-03", "first = 2024-09-03\nlast = 2024-08-31"),
     E.DATA_BREAK_SPAN, "[[break]] #5 (2024-09-03 – 2024-08-31)", "'first' = 2024-09-03 to 'last'"),
    ("a make-up day deleted, its swap kept", "2024.toml", drop_day("2024.toml", "2024-05-04"),
     E.DATA_MAKEUP_NOT_RECORDED, B24, "'makeup_work' lists 2024-05-04"),
    ("a swap without its make-up day", "2024.toml",
     both(drop_day("2024.toml", "2024-05-04"), sub("2024.toml", "makeup_work = [2024-05-04]\n", "")),
     E.DATA_SWAP_UNPAIRED, B24, "'makeup_work' = [] lists 0"),
    ("a make-up day without its swap (the swapped day marked a holiday)", "2025.toml",
     sub("2025.toml", 'date = 2025-05-02\nkind = "swapped_off"', 'date = 2025-05-02\nkind = "holiday"'),
     E.DATA_SWAP_UNPAIRED, "[[break]] #4 (2025-04-30 – 2025-05-04)", "'makeup_work' = ['2025-04-26']"),
    ("a make-up day that no break lists", "2025.toml", sub("2025.toml", "makeup_work = [2025-04-26]\n", ""),
     E.DATA_MAKEUP_UNLISTED, "[[day]] #8 (date = 2025-04-26)", "'makeup_work'"),
    ("a nghỉ bù marked a holiday", "2024.toml",
     sub("2024.toml", 'date = 2024-02-13\nkind = "compensatory"', 'date = 2024-02-13\nkind = "holiday"'),
     E.DATA_COMPENSATION, "[[break]] #2 (2024-02-08 – 2024-02-14)",
     "2 holidays (kind = 'holiday') on a Saturday or Sunday but 1 nghỉ bù day(s)"),
    ("a Tết day marked a nghỉ bù", "2024.toml",
     sub("2024.toml", 'date = 2024-02-12\nkind = "holiday"', 'date = 2024-02-12\nkind = "compensatory"'),
     E.DATA_COMPENSATION, "[[break]] #2 (2024-02-08 – 2024-02-14)",
     "2 holidays (kind = 'holiday') on a Saturday or Sunday but 3 nghỉ bù day(s)"),
    ("a nghỉ bù on a Sunday", "2023.toml", sub("2023.toml", "date = 2023-09-04", "date = 2023-09-03"),
     E.DATA_DAY_OFF_NOT_WEEKDAY, "[[day]] #17 (date = 2023-09-03)", "compensatory day must be a weekday"),
    ("a make-up day on a Friday", "2024.toml", sub("2024.toml", "date = 2024-05-04", "date = 2024-05-03"),
     E.DATA_MAKEUP_NOT_WEEKEND, "[[day]] #13 (date = 2024-05-03)", "makeup_work day must be a Saturday"),
    ("two records of one day", "2024.toml", sub("2024.toml", "date = 2024-09-03", "date = 2024-09-02"),
     E.DATA_DUPLICATE, "[[day]] #15 (date = 2024-09-02)", "2024-09-02 appears twice"),
    ("a date in another year", "2024.toml", sub("2024.toml", "date = 2024-09-03", "date = 2025-09-03"),
     E.DATA_DATE_OUTSIDE_YEAR, "[[day]] #15 (date = 2025-09-03)",
     "the date 2025-09-03 is not in the file's year 2024"),
    ("a kind that does not exist", "2024.toml", sub("2024.toml", 'kind = "compensatory"', 'kind = "nghi_bu"'),
     E.DATA_NOT_ONE_OF, "[[day]] #7 (date = 2024-02-13)",
     "field 'kind' = 'nghi_bu' is not one of 'holiday', 'compensatory', 'swapped_off', 'makeup_work', "
     "'special_off'"),
    ("a group that does not exist", "2024.toml",
     sub("2024.toml", 'groups = ["national_day"]', 'groups = ["quoc_khanh"]'),
     E.DATA_NOT_ONE_OF, QK24, "field 'groups' = 'quoc_khanh' is not one of"),
    ("an official day resting on a document only seen cited", "2027.toml",
     sub("2027.toml", 'confidence = "cited"', 'confidence = "official"'),  # the first day, 04/02/2027
     E.DATA_CONFIDENCE_UNREAD, "[[day]] #1 (date = 2027-02-04)", "'official' needs a notice read"),
    ("a day called cited whose notice was read", "2024.toml",
     sub("2024.toml", 'source = "1570-TB-BLDTBXH"\nconfidence = "official"',
         'source = "1570-TB-BLDTBXH"\nconfidence = "cited"'),
     E.DATA_CONFIDENCE_UNREAD, "[[day]] #10 (date = 2024-04-29)", "'cited' needs 'citation'"),
    ("a document seen only cited that does not say where", "2027.toml", line("2027.toml", "cited_in = ", ""),
     E.DATA_FIELD_MISSING, "[[source]] #1 (id = '10065-VPCP-KGVX')", "field 'cited_in' is missing"),
    ("an address not marked as found or not", "2024.toml", line("2024.toml", "url_found = ", ""),
     E.DATA_FIELD_MISSING, "[[source]] #1 (id = '5015-TB-LDTBXH')", "field 'url_found' is missing"),
    ("a day citing a source that does not exist", "2024.toml",
     sub("2024.toml", 'source = "2450-VPCP-KGVX"\nconfidence', 'source = "2451-VPCP-KGVX"\nconfidence'),
     E.DATA_UNKNOWN_SOURCE, "[[day]] #11 (date = 2024-04-30)", "field 'source' = '2451-VPCP-KGVX' names no"),
    ("a break citing a source that does not exist", "2024.toml",
     sub("2024.toml", 'last = 2024-09-03\nsource = "5015-TB-LDTBXH"', 'last = 2024-09-03\nsource = "5105"'),
     E.DATA_UNKNOWN_SOURCE, QK24, "field 'source' = '5105' names no"),
    ("two sources with one id", "2024.toml",
     sub("2024.toml", 'id = "2450-VPCP-KGVX"', 'id = "5015-TB-LDTBXH"'),
     E.DATA_DUPLICATE, "[[source]] #2 (id = '5015-TB-LDTBXH')", "'5015-TB-LDTBXH' appears twice"),
    ("a javascript: address", "2024.toml",
     sub("2024.toml", 'url = "https://sucsongtre.vn', 'url = "javascript:alert(1)//sucsongtre.vn'),
     E.DATA_NOT_HTTPS, "[[source]] #1 (id = '5015-TB-LDTBXH')", "field 'url' = 'javascript:alert(1)"),
    ("an http: address", "statutes.toml",
     sub("statutes.toml", 'url = "https://hethongphapluat.com/', 'url = "http://hethongphapluat.com/'),
     E.DATA_NOT_HTTPS, "[[source]] #1 (id = 'QD-188-1999')", "field 'url' = 'http://hethongphapluat.com"),
    ("an empty address", "2024.toml", line("2024.toml", 'url = "https://m.thuvienphapluat.vn', 'url = ""'),
     E.DATA_FIELD_EMPTY, "[[source]] #2 (id = '2450-VPCP-KGVX')", "field 'url' is empty"),
    ("a typo in a day's field", "2024.toml",
     sub("2024.toml", 'group = "national_day"\nname_vi = "Quốc khánh (2/9)"',
         'grup = "national_day"\nname_vi = "Quốc khánh (2/9)"'),
     E.DATA_UNKNOWN_FIELD, "[[day]] #14 (date = 2024-09-02)", "no field 'grup' (did you mean 'group'?)"),
    ("a typo at the top of a year", "2024.toml", sub("2024.toml", "announced = [", "anounced = ["),
     E.DATA_UNKNOWN_FIELD, TOP, "no field 'anounced' (did you mean 'announced'?)"),
    ("a typo in a break", "2024.toml", sub("2024.toml", "makeup_work = [2024", "make_up_work = [2024"),
     E.DATA_UNKNOWN_FIELD, B24, "no field 'make_up_work' (did you mean 'makeup_work'?)"),
    ("a typo in the statutes", "statutes.toml", sub("statutes.toml", "weekend_source = ", "weekend_sorce = "),
     E.DATA_UNKNOWN_FIELD, TOP, "no field 'weekend_sorce' (did you mean 'weekend_source'?)"),
    ("a table inside a statute's [[source]]", "statutes.toml",
     sub("statutes.toml", 'read = "primary"\n', 'read = "primary"\n[source.extra]\nx = 1\n'),
     E.DATA_UNKNOWN_FIELD, "[[source]] #1 (id = 'QD-188-1999')", "no field 'extra'"),
    ("a statute's [[source]] without its address", "statutes.toml",
     line("statutes.toml", 'url = "https://hethongphapluat.com/quyet-dinh-188', ""),
     E.DATA_FIELD_MISSING, "[[source]] #1 (id = 'QD-188-1999')", "field 'url' is missing"),
    ("a break for no group", "2024.toml", sub("2024.toml", 'groups = ["national_day"]', "groups = []"),
     E.DATA_FIELD_EMPTY, QK24, "field 'groups' is empty"),
    ("an era citing a source that does not exist", "statutes.toml",
     sub("statutes.toml", 'source = "LUAT-84-2007"', 'source = "LUAT-84-2008"'),
     E.DATA_UNKNOWN_SOURCE, "[[era]] #2 (start = 2007-04-02)", "field 'source' = 'LUAT-84-2008' names no"),
    ("a weekday missing from a policy table", "statutes.toml", sub("statutes.toml", "\nsun = 2\n", "\n"),
     E.DATA_WEEKDAY_TABLE, "[tet_days_before_by_weekday]", "must map each of mon, tue, wed, thu, fri"),
    ("statutes without any era", "statutes.toml", write("statutes.toml", b'weekend_source = "X"\n'),
     E.DATA_ERAS, "[[era]]", "at least one era of the law is needed"),
    ("Tết of 99 days", "statutes.toml", sub("statutes.toml", ERA_TET, ERA_TET.replace("= 5", "= 99")),
     E.DATA_OUT_OF_RANGE, "[[era]] #3 (start = 2013-05-01)", "field 'tet_days' = 99 is not valid: Tết has 4"),
    ("Tết of 0 days", "statutes.toml", sub("statutes.toml", ERA_TET, ERA_TET.replace("= 5", "= 0")),
     E.DATA_OUT_OF_RANGE, "[[era]] #3 (start = 2013-05-01)", "field 'tet_days' = 0 is not valid"),
    ("Tết of -3 days", "statutes.toml", sub("statutes.toml", ERA_TET, ERA_TET.replace("= 5", "= -3")),
     E.DATA_OUT_OF_RANGE, "[[era]] #3 (start = 2013-05-01)", "field 'tet_days' = -3 is not valid"),
    ("more Tết days before mùng 1 than Tết has", "statutes.toml",
     sub("statutes.toml", "tet_days_before = 1", "tet_days_before = 6"),
     E.DATA_OUT_OF_RANGE, "[[era]] #1 (start = 2000-01-01)", "field 'tet_days_before' = 6 is not valid: the"),
    ("three Quốc khánh days", "statutes.toml",
     sub("statutes.toml", "national_day_days = 2\nculture_day = false",
         "national_day_days = 3\nculture_day = false"),
     E.DATA_OUT_OF_RANGE, "[[era]] #4 (start = 2021-01-01)", "field 'national_day_days' = 3 is not valid"),
    ("eras out of order", "statutes.toml", sub("statutes.toml", "start = 2007-04-02", "start = 1999-04-02"),
     E.DATA_ERA_ORDER, "[[era]] #2 (start = 1999-04-02)", "'start' = 1999-04-02 must come after"),
    ("an era before the lunar table", "statutes.toml",
     sub("statutes.toml", "start = 2000-01-01", "start = 1800-01-01"),
     E.DATA_OUT_OF_RANGE, "[[era]] #1 (start = 1800-01-01)", "field 'start' = 1800-01-01 is not valid"),
    ("a year before coverage", "1999.toml", write("1999.toml", b"year = 1999\nannounced = []\n"),
     E.DATA_YEAR_OUT_OF_COVERAGE, TOP, "field 'year' = 1999 is outside hanchot's coverage (2000–2100)"),
    ("a year after coverage", "2101.toml", write("2101.toml", b"year = 2101\nannounced = []\n"),
     E.DATA_YEAR_OUT_OF_COVERAGE, TOP, "field 'year' = 2101 is outside"),
    ("a file named for another year", "2024.toml", sub("2024.toml", "year = 2024", "year = 2025"),
     E.DATA_YEAR_MISMATCH, TOP, "field 'year' = 2025 does not match the file name 2024.toml"),
    ("a year saved as UTF-16", "2024.toml", utf16("2024.toml"),
     E.DATA_NOT_TOML, "", "a UTF-16 file; save it again as UTF-8"),
    ("statutes in a legacy code page", "statutes.toml",
     write("statutes.toml", b"# Lu\xe2t lao \xf0\xf4ng\nweekend_source = 1\n"),
     E.DATA_NOT_TOML, "", "not UTF-8 text (byte 0xE2 on line 1)"),
]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "holidays_vn"
    folder.mkdir()
    for path in data_directory().glob("*.toml"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_corrupted_file_is_refused_alike_by_a_calendar_and_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, str, Edit, ErrorCode, str, str]
) -> None:
    what, name, edit, code, record, field = case
    folder = _copy(tmp_path)
    edit(folder)
    with pytest.raises(DataFileError) as built:
        hanchot.calendar(data_dir=folder)
    with pytest.raises(DataFileError) as checked:
        check([folder])
    for error in (built.value, checked.value):
        assert error.code is code, what
        message = error.message("en")
        assert message.startswith(f"{folder / name}: "), message
        assert record in message and field in message, message
        assert str(folder / name) in error.message("vi")
    assert main(["dulieu", str(folder), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == code.value
    assert main(["dulieu", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi (hanchot dulieu): ") and str(folder / name) in err and "Traceback" not in err


def test_at_least_twenty_kinds_of_mistake_are_caught() -> None:
    assert len({case[0] for case in CASES}) >= 20
    assert len({case[3] for case in CASES}) >= 20


def test_a_year_file_checked_alone_is_checked_with_the_bundled_data_around_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy(tmp_path)
    drop_day("2024.toml", "2024-09-02")(folder)
    assert main(["dulieu", str(folder / "2024.toml"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert f"{folder / '2024.toml'}: {QK24}: Monday 02/09/2024 is a weekday of this break" in err
    assert main(["dulieu", str(data_directory() / "statutes.toml")]) == 0
    assert capsys.readouterr().out == "statutes.toml: 5 giai đoạn của luật ([[era]])\n"


def test_the_bundled_data_passes_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dulieu", str(data_directory())]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2010.toml: 16 bản ghi")
    assert lines[-1] == "statutes.toml: 5 giai đoạn của luật ([[era]])"
    assert lines[-2] == "2027.toml: 9 bản ghi, đã công bố: không có"  # the days 10065/VPCP-KGVX is cited for


def test_a_mark_before_utf8_text_is_read(tmp_path: Path) -> None:
    """Notepad and other Windows editors may put a mark (BOM) before UTF-8: it is skipped."""
    path = tmp_path / "2024.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (data_directory() / "2024.toml").read_bytes())
    assert len(load_year_file(path).records) == 15


def test_a_calendar_sees_a_file_edited_in_the_same_process(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    before = hanchot.calendar(data_dir=folder)
    assert not before.is_working_day(date(2026, 11, 24))  # Ngày Văn hóa Việt Nam, a day off
    path = folder / "2026.toml"
    text = path.read_text(encoding="utf-8")
    culture = 'date = 2026-11-24\nkind = "special_off"'
    path.write_text(text.replace(culture, culture.replace("special_off", "holiday")), encoding="utf-8")
    _touch(path)
    after = hanchot.calendar(data_dir=folder)
    assert after.day(date(2026, 11, 24)).kind is DayKind.HOLIDAY
    assert before.day(date(2026, 11, 24)).kind is DayKind.SPECIAL_OFF  # a calendar built is never changed
    assert load_data(folder) is load_data(folder)  # an unchanged directory is not read again
    edited = path.read_text(encoding="utf-8")
    same_size = edited.replace('name_en = "Vietnamese Culture Day', 'name_en = "Vietnamese Culture DAY')
    assert len(same_size.encode()) == len(edited.encode()) != len(text.encode())
    path.write_text(same_size, encoding="utf-8")
    _touch(path)  # an edit that keeps the size is seen by the file's time
    renamed = hanchot.calendar(data_dir=folder).day(date(2026, 11, 24))
    assert renamed.name_en.startswith("Vietnamese Culture DAY")
    path.write_text(text[:text.index("\n[[day]]") + 1], encoding="utf-8")
    _touch(path)
    with pytest.raises(DataFileError) as caught:
        hanchot.calendar(data_dir=folder)
    assert caught.value.code is ErrorCode.DATA_BREAK_GAP


def _touch(path: Path) -> None:
    """Move the file's time on, as an editor saving it a moment later would (some file systems
    keep times in whole seconds or less finely than the test runs)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))


def test_a_data_directory_that_does_not_exist_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataFileError) as caught:
        hanchot.calendar(data_dir=tmp_path / "holidays")
    assert caught.value.code is ErrorCode.DATA_UNREADABLE
    assert caught.value.message("en") == f"{tmp_path / 'holidays'}: cannot be read: no such file"
