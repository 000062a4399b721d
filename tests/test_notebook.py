# SPDX-License-Identifier: Apache-2.0
"""docs/notebook.ipynb runs in a real Jupyter kernel, and prints what it shows: a doctest for notebooks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "notebook.ipynb"
SHOWN = ("text/plain", "text/html")  # what a reader sees: each must be the same today


def _outputs(cell: Any) -> list[tuple[str, str]]:
    seen = []
    for output in cell.outputs:
        if output.output_type == "stream":
            seen.append((output.name, output.text))
        elif output.output_type == "error":
            seen.append(("error", f"{output.ename}: {output.evalue}"))
        else:
            seen += [(kind, output.data[kind]) for kind in SHOWN if kind in output.data]
    return seen


def test_the_notebook_runs_and_shows_what_it_stores() -> None:
    stored = nbformat.read(NOTEBOOK, as_version=4)
    run = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(run, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    code = [(old, new) for old, new in zip(stored.cells, run.cells, strict=True) if old.cell_type == "code"]
    assert len(code) >= 10
    for old, new in code:
        assert all(kind != "error" for kind, _ in _outputs(new)), new.source
        assert _outputs(new) == _outputs(old), new.source
    shown = [text for _, new in code for kind, text in _outputs(new) if kind == "text/html"]
    assert any("<svg" in text for text in shown)  # the summary's chart of lateness
    assert any("<caption>Tháng 2/2026" in text for text in shown)  # the month grid
