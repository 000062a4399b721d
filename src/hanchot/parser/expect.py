# SPDX-License-Identifier: Apache-2.0
"""What the parser expected where it stopped, and the error that says so.

>>> Expect.NUMBER.value
'number'
"""

from __future__ import annotations

from hanchot.errors import Choice, ErrorCode, PhraseError
from hanchot.messages import Text, fail, say

__all__ = ["Expect"]  # phrase_error is the grammar's own


class Expect(Choice):
    """What the parser expected where it stopped (a :class:`PhraseError` lists them)."""

    PHRASE = "phrase"
    WORD = "word"
    NUMBER = "number"
    SAME_NUMBER = "same_number"
    FULL_YEAR = "full_year"
    TIME = "time"
    YEAR = "year"
    UNIT = "unit"
    UNIT_NOT_DATE = "unit_not_date"
    EVENT = "event"
    DATE = "date"
    FREQUENCY = "frequency"
    END = "end"


def phrase_error(text: str, position: int, code: ErrorCode, **params: object) -> PhraseError:
    """A :class:`PhraseError` at ``position`` of ``text``, quoting the word found there."""
    near: object = say(Text.END_OF_TEXT)
    if position < len(text):
        near = "'" + text[position:position + 20].split(" ", maxsplit=1)[0] + "'"
    return fail(PhraseError, code, field="phrase", value=text, position=position, place=position + 1,
                near=near, **params)
