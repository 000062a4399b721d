# SPDX-License-Identifier: Apache-2.0
"""Run docs/notebook.ipynb in a Jupyter kernel and save its outputs, after an intended change.

    python tools/run_notebook.py

tests/test_notebook.py runs the notebook again and fails when any output differs from the saved one,
so the outputs in the repository are always what the code shows today.
"""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "notebook.ipynb"


def main() -> int:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.metadata = {}  # timings and ids of this run: noise in a diff
    nbformat.write(notebook, NOTEBOOK)
    print(f"{NOTEBOOK}: {sum(c.cell_type == 'code' for c in notebook.cells)} code cells run and saved")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
