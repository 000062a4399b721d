# SPDX-License-Identifier: Apache-2.0
"""Text as the lexicon is written: lower case, no diacritics, one character for one.

>>> fold("Chậm nhất Ngày 05/01")
'cham nhat ngay 05/01'
"""

from __future__ import annotations

import unicodedata

from hanchot._checks import require_text

__all__ = ["fold"]


class _Folded(dict[int, str]):
    """Each character's folded form, worked out the first time it is met (``str.translate`` asks)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "đĐ":
            folded = "d"
        elif char.isspace():
            folded = " "
        else:
            base = unicodedata.normalize("NFD", char)[0].lower()
            folded = base if len(base) == 1 else "?"
        self[code] = folded
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one: the form the lexicon is written in.

    >>> fold("Chậm nhất Ngày 05/01")
    'cham nhat ngay 05/01'
    >>> fold("İ\u00a0ĐÔ")  # one character for one, even where lower case would make two
    'i do'
    """
    return unicodedata.normalize("NFC", require_text("text", text)).translate(_FOLDED)
