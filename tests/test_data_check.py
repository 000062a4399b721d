# SPDX-License-Identifier: Apache-2.0
"""``hanchot dulieu``: the check a maintainer runs on next year's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from hanchot.cli import main
from hanchot.data import data_directory


def test_a_good_file_passes(capsys: pytest.CaptureFixture[str]) -> None:
    path = data_directory() / "2025.toml"
    days = path.read_text(encoding="utf-8").count("\n[[day]]")  # counted in the text, not by the loader
    assert main(["dulieu", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"2025.toml: {days} bản ghi, đã công bố: new_year")


def test_a_bad_file_fails_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "2028.toml"
    bad.write_text('year = 2028\nannounced = ["tet"]\n', encoding="utf-8")
    assert main(["data", str(bad), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "2028.toml" in err and "field 'announced' = 'tet' is not one of" in err
    assert "Traceback" not in err


def test_a_missing_file_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dulieu", "/no/such/2030.toml"]) == 2  # a wrong path is bad input, as in every command
    assert "/no/such/2030.toml: không đọc được: không có tệp này" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "place"), [
    ('year = 2030\nannounced = [\n', "lỗi ở cuối tệp"),
    ('year = 2030\nannounced\n', "lỗi ở dòng 2, cột 10"),
])
def test_a_file_that_is_not_toml_says_where_in_vietnamese(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          text: str, place: str) -> None:
    bad = tmp_path / "2030.toml"
    bad.write_text(text, encoding="utf-8")
    assert main(["dulieu", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"2030.toml: không phải TOML hợp lệ ({place})" in err
    assert "Invalid" not in err and "Expected" not in err  # the TOML reader's English stays out


def test_a_data_file_error_names_the_key_in_the_file(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "2030.toml"
    bad.write_text('announced = []\n', encoding="utf-8")
    assert main(["dulieu", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "thiếu trường 'year'" in err and "NĂM" not in err  # the file's key, not the command's argument
