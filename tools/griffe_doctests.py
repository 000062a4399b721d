# SPDX-License-Identifier: Apache-2.0
"""A griffe extension for the API reference: docstring examples are shown as code.

hanchot's docstrings hold plain doctests (``>>>`` lines and their output), which the test suite
runs. Markdown would read ``>>>`` as three nested quotes and ``[a][b]`` as a link, so before the
reference is rendered each run of example lines is put in a ``pycon`` code block. The docstrings
themselves stay as Python programmers write them.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Put each block of doctest lines in a fenced ``pycon`` code block; fenced blocks stay as they are.

    >>> fence_doctests("Sum.\\n\\n>>> 1 + 1\\n2\\n\\nDone.").splitlines()
    ['Sum.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    out: list[str] = []
    in_example = in_fence = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```") and not in_example:
            in_fence = not in_fence
        elif stripped.startswith(">>>") and not (in_example or in_fence):
            out.append("```pycon")
            in_example = True
        elif in_example and not stripped:
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every object griffe loads."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the object's docstring, if it has one."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """The package's own docstring (griffe reports the root package apart)."""
        self.on_object(obj=pkg)
