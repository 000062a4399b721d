# SPDX-License-Identifier: Apache-2.0
"""The rooms ``import hanchot`` loads when first used: deadlines, dossiers, the scanner, the batch.

They are half of the import's time, and a service asking for working days, or a clerk asking
``hanchot ngay`` in a fresh process, never needs them. ``hanchot.due``, ``hanchot.assess``,
``hanchot.scan`` and ``hanchot.batch`` are still there after ``import hanchot``: the first
look loads them (PEP 562), and they are ordinary attributes from then on.

>>> import hanchot
>>> hanchot.scan.__module__, hanchot.batch.__name__
('hanchot.scanner.findings', 'hanchot.batch')
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

__all__: list[str] = []  # serves hanchot/__init__.py alone

#: What each lazy name is: (module, attribute), or (module, None) for a room itself.
WHERE: dict[str, tuple[str, str | None]] = {
    **{name: ("hanchot.deadline", name) for name in
       ("BeforePolicy", "Deadline", "PeriodEndPolicy", "Roll", "YearContext", "due")},
    "parse": ("hanchot.parser", "parse"),
    "batch": ("hanchot.batch", None),
    "Assessment": ("hanchot.dossier", "Assessment"),
    "Dossier": ("hanchot.dossier", "Dossier"),
    "Status": ("hanchot.dossier", "Status"),
    "assess": ("hanchot.dossier", "assess"),
    "Finding": ("hanchot.scanner", "Finding"),
    "scan": ("hanchot.scanner", "scan"),
}


def __getattr__(name: str) -> Any:
    """Load the room that holds ``name``, and keep the answer on the package."""
    if name not in WHERE:
        raise AttributeError(f"module 'hanchot' has no attribute {name!r}")
    module_name, attribute = WHERE[name]
    module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    setattr(sys.modules["hanchot"], name, value)
    return value


def __dir__() -> list[str]:
    """The package's names, the lazy ones included."""
    return sorted(set(vars(sys.modules["hanchot"])) | set(WHERE))
