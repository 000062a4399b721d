# SPDX-License-Identifier: Apache-2.0
"""The layout shows the architecture: rooms with one-way doors, and package inits that only re-export.

Read from the source with ``ast``, so that what is checked is what a reader sees.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "hanchot"

#: The rooms, lowest first: a room may import its own modules and the rooms below it, never above.
#: Rooms on one line are side by side: neither imports the other.
ROOMS: list[tuple[str, ...]] = [
    ("errors", "messages"),  # the contract every room builds on: codes, errors, the catalogue
    ("_checks",),
    ("moments",),
    ("lunar",),
    ("data",),
    ("calendars",),
    ("rules",),
    ("parser",),
    ("deadline",),
    ("dossier", "scanner", "columns"),
    ("batch", "pandas", "polars", "serial"),
    ("server",),
    ("cli",),
]
LEVEL = {room: level for level, rooms in enumerate(ROOMS) for room in rooms}
#: errors and messages are one room: ``errors`` builds the message of an unknown enum value lazily.
FOUNDATION = {"errors": "foundation", "messages": "foundation"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """The hanchot modules a file imports (a ``from X import name`` of a submodule names the submodule)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("hanchot")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hanchot"):
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in MODULES else node.module)
    return found


def _room(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in ("_lazy", "__main__"):
        return None  # the top package, which only re-exports (some rooms lazily), and its entry point
    return parts[1]


@pytest.mark.parametrize("name", sorted(n for n, p in MODULES.items() if p.name == "__init__.py"))
def test_package_inits_hold_a_docstring_imports_and_all_only(name: str) -> None:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    for i, node in enumerate(tree.body):
        docstring = i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        targets = getattr(node, "targets", [getattr(node, "target", None)])
        names = {t.id for t in targets if isinstance(t, ast.Name)}
        assigned = (isinstance(node, ast.Assign | ast.AnnAssign) and names
                    and names <= {"__all__", "__version__"})
        typing_only = (isinstance(node, ast.If) and isinstance(node.test, ast.Name)
                       and node.test.id == "TYPE_CHECKING" and not node.orelse
                       and all(isinstance(inner, ast.Import | ast.ImportFrom) for inner in node.body))
        allowed = isinstance(node, ast.Import | ast.ImportFrom) or docstring or assigned or typing_only
        assert allowed, f"{name}: line {node.lineno} is not an import, the docstring or __all__"


def test_every_room_is_known() -> None:
    rooms = {_room(name) for name in MODULES} - {None}
    assert rooms <= set(LEVEL), rooms - set(LEVEL)


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _room(n) is not None))
def test_rooms_import_only_rooms_below_them(name: str) -> None:
    room = _room(name)
    assert room is not None
    for target in _imports(MODULES[name], top_level_only=False):
        other = _room(target)
        assert other is not None, f"{name} imports the top package {target}: import the room itself"
        if other == room or FOUNDATION.get(other, other) == FOUNDATION.get(room, room):
            continue
        assert LEVEL[other] < LEVEL[room], f"{name} ({room}) imports {target} ({other}): a door the wrong way"


def test_no_import_cycle_between_modules() -> None:
    """Top-level imports only: what runs when a module is first imported."""
    graph = {name: _imports(path, top_level_only=True) - {name} for name, path in MODULES.items()}
    # a module importing the package it lives in is reaching its siblings through the package's init
    graph = {name: {t for t in targets if not name.startswith(t + ".")} for name, targets in graph.items()}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                cycle = [*path[path.index(target):], target]
                raise AssertionError(" -> ".join(cycle))
            if target not in state:
                visit(target)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_rooms_are_small_enough_to_read() -> None:
    """A module has one job: none is a thousand-line god module."""
    lines = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    long = {name: n for name, n in lines.items() if n > 450 and not name.endswith("_table")}
    assert not long, long


def test_import_hanchot_loads_only_what_a_calendar_needs() -> None:
    """The verbs load on first use, and the message catalogue only when a message is shown."""
    code = ("import sys, hanchot; print(sorted(m for m in sys.modules if m.startswith('hanchot.') and "
            "m.split('.')[1] in ('deadline', 'dossier', 'batch', 'scanner', 'cli', 'parser') "
            "or m == 'hanchot.messages.catalogue'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout
