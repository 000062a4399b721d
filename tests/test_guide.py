# SPDX-License-Identifier: Apache-2.0
"""The clerk's guide (docs/huong-dan.md): every shell session in it runs here as real processes, in a
folder holding the guide's sample files, and prints exactly what the guide shows."""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "huong-dan.md"
SAMPLES = ROOT / "examples" / "huong-dan"
_BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def _sessions() -> list[tuple[str, str]]:
    """(command, expected output) for every "$ " line of the guide's console blocks, in order."""
    out: list[tuple[str, str]] = []
    for block in _BLOCK.findall(GUIDE.read_text(encoding="utf-8")):
        for part in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, expected = part.partition("\n")
            out.append((command, expected))
    return out


SESSIONS = _sessions()


def test_the_guide_has_sessions_for_the_six_commands() -> None:
    used = {command.split()[1] for command, _ in SESSIONS if command.startswith("hanchot ")}
    used |= {command.split()[3] for command, _ in SESSIONS if command.startswith("hanchot --profile")}
    assert {"ngay", "han", "dem", "lich", "hoso", "quet"} <= used
    assert len(SESSIONS) >= 20


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clerk's folder: the guide's sample files, and nothing else."""
    folder = tmp_path_factory.mktemp("mot-cua")
    for sample in SAMPLES.iterdir():
        shutil.copy(sample, folder / sample.name)
    return folder


def test_every_session_prints_what_the_guide_shows(desk: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "COLUMNS": "100", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    env.pop("NO_COLOR", None)
    checker = doctest.OutputChecker()
    failures = []
    for command, expected in SESSIONS:  # in order: a later session reads the files an earlier one wrote
        done = subprocess.run(["bash", "-c", command], cwd=desk, env=env, capture_output=False,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120, check=False)
        got = done.stdout.decode("utf-8").replace("\r\n", "\n")  # CSV and ICS end lines with CRLF
        if "Traceback" in got or not checker.check_output(expected, got, doctest.ELLIPSIS):
            failures.append(f"$ {command}\n--- the guide shows:\n{expected}--- it printed:\n{got}")
    assert not failures, "\n\n".join(failures)
