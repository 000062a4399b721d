# SPDX-License-Identifier: Apache-2.0
"""Anchors that name a day outright: "kể từ ngày 20/01/2026" counts from that day, whatever start is given.

>>> dated("ngày 20/01/2026")
datetime.date(2026, 1, 20)
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from hanchot._checks import require_text
from hanchot.errors import ErrorCode, PhraseError
from hanchot.parser.grammar import MAX_LENGTH, Reader
from hanchot.parser.words import MismatchError

__all__ = ["dated"]


def dated(text: str) -> date | None:
    """The day an anchor names outright, with its year ("ngày 20/01/2026", "ngày 01 tháng 7 năm 2026"),
    else None (an event: "ngày ký", "ngày nhận đủ hồ sơ hợp lệ"). A day that does not exist is an error.

    >>> dated("ngày 01 tháng 7 năm 2026"), dated("ngày ký")
    (datetime.date(2026, 7, 1), None)
    """
    return _dated(require_text("text", text))


@lru_cache(maxsize=4096)  # due() asks for each anchor it counts from; a batch asks for the same ones
def _dated(text: str) -> date | None:
    if len(text) > MAX_LENGTH or not text.strip():
        return None
    reader = Reader(text)
    try:
        day = reader.day_ref()
    except MismatchError:
        return None
    except PhraseError as error:
        if error.code is ErrorCode.PHRASE_IMPOSSIBLE:  # "ngày 30/02/2026": a day, but none that exists
            raise
        return None
    if day.year is None or reader.pos < len(reader.tokens):
        return None
    return day.resolve(day.year)
