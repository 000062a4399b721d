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
    assert main(["dulieu", "/no/such/2030.toml"]) == 1
    assert "/no/such/2030.toml: không đọc được: không có tệp này" in capsys.readouterr().err
