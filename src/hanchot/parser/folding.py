# SPDX-License-Identifier: Apache-2.0
"""Text as the lexicon is written: lower case, no diacritics, one character for one.

>>> fold("Chậm nhất Ngày 05/01")
'cham nhat ngay 05/01'
"""

from __future__ import annotations

import unicodedata

from hanchot._checks import require_text

__all__ = ["fold"]


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one: the form the lexicon is written in.

    >>> fold("Chậm nhất Ngày 05/01")
    'cham nhat ngay 05/01'
    """
    out = []
    for char in unicodedata.normalize("NFC", require_text("text", text)):
        if char in "đĐ":
            out.append("d")
        elif char.isspace():
            out.append(" ")
        else:
            base = unicodedata.normalize("NFD", char)[0].lower()
            out.append(base if len(base) == 1 else "?")
    return "".join(out)
