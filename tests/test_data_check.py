# SPDX-License-Identifier: Apache-2.0
"""``python -m hanchot.data``: the check a maintainer runs on next year's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from hanchot.data import data_directory
from hanchot.data.__main__ import main


def test_a_good_file_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(data_directory() / "2025.toml")]) == 0
    assert "2025.toml: " in capsys.readouterr().out


def test_a_bad_file_fails_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "2028.toml"
    bad.write_text('year = 2028\nannounced = ["tet"]\n', encoding="utf-8")
    assert main([str(bad)]) == 1
    err = capsys.readouterr().err
    assert "2028.toml" in err and "field 'announced' = 'tet' is not one of" in err
