# SPDX-License-Identifier: Apache-2.0
"""The reader's primitives under the grammar: tokens of folded text, words, numbers, and failures.

>>> r = Words("15 (mười lăm) ngày")
>>> r.number(), r.peek()
(15, 'ngay')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import Message, bare, say
from hanchot.parser import lexicon
from hanchot.parser.expect import Expect, phrase_error
from hanchot.parser.folding import fold
from hanchot.rules import Frequency

__all__: list[str] = []  # the grammar's own parts

_T = TypeVar("_T")
_TOKEN = re.compile(r"\d+|[a-z]+|[/.\-:,;()]")
_DIGITS = 6  # a number in a phrase has at most this many digits (a day, a count of days)
said = cache(say)  # what was expected, as a message: written once (a scan fails thousands of times)
_split = cache(str.split)  # the words of a folded word sequence


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int


class MismatchError(Exception):
    """This alternative does not apply here (the parser backtracks)."""


class Words:
    """The reader's primitives: tokens, words, punctuation, numbers, years, and where it failed."""

    def __init__(self, text: str) -> None:
        self.original = unicodedata.normalize("NFC", text)
        folded = fold(self.original)
        self.tokens = [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
        self.pos = 0
        self.furthest = 0
        self.expected: list[Message] = []
        self.in_text = False  # True when finding phrases inside a document (see find)
        #: How often "kỳ báo cáo" comes round, when the document says so around the phrase (see find).
        self.report_frequency: Frequency | None = None

    # -- primitives ----------------------------------------------------------

    def at(self) -> int:
        """Character position of the current token."""
        return self.tokens[self.pos].start if self.pos < len(self.tokens) else len(self.original)

    def fail(self, expected: Message) -> MismatchError:
        if self.in_text:  # a scan only moves on: what was expected is never shown
            return MismatchError()
        if self.pos > self.furthest:
            self.furthest, self.expected = self.pos, [expected]
        elif self.pos == self.furthest and expected not in self.expected:
            self.expected.append(expected)
        return MismatchError()

    def peek(self, offset: int = 0) -> str:
        i = self.pos + offset
        return self.tokens[i].text if i < len(self.tokens) else ""

    def words(self, *options: str) -> str | None:
        """Consume the first of ``options`` (each a folded word sequence) found here."""
        here = self.peek()
        for option in options:
            parts = _split(option)
            if parts[0] == here and all(self.peek(i) == part for i, part in enumerate(parts[1:], 1)):
                self.pos += len(parts)
                return option
        return None

    def need(self, *options: str) -> str:
        found = self.words(*options)
        if found is None:
            if not self.in_text:  # a scan only moves on: what was expected is never shown
                for option in options:
                    self.fail(said(Expect.WORD, word=lexicon.display(option)))
            raise MismatchError
        return found

    def punct(self, *marks: str) -> str | None:
        if self.peek() in marks:
            self.pos += 1
            return self.tokens[self.pos - 1].text
        return None

    def number(self) -> int:
        """Digits or number words, 0 to 999; digits may be followed by the same number in words, in
        parentheses, as legal texts write them: "15 (mười lăm)"."""
        token = self.peek()
        if token.isdigit() and len(token) <= _DIGITS:
            self.pos += 1
            self._in_words(int(token))
            return int(token)
        start = self.pos
        value = self._number_words() if not token.isdigit() else None
        if value is None:
            self.pos = start
            raise self.fail(said(Expect.NUMBER))
        return value

    def _in_words(self, value: int) -> None:
        """Read "(mười lăm)" after 15; words that name another number are an error, anything else is
        not read here."""
        if self.peek() != "(":
            return
        start = self.pos
        self.pos += 1
        words_at = self.pos
        written = self._number_words()
        if written is None or not self.punct(")"):
            self.pos = start
            return
        if written != value:
            self.pos = words_at
            raise self.fail(say(Expect.SAME_NUMBER, number=value))

    def _number_words(self) -> int | None:  # noqa: PLR0911 (one return per form of number)
        total = 0
        digit = lexicon.DIGITS.get(self.peek())
        if digit is not None and self.peek(1) == lexicon.HUNDRED:
            self.pos += 2
            total = digit * 100
            if self.words(*lexicon.ZERO_LINK):
                last = lexicon.DIGITS.get(self.peek())
                if last is None:
                    return None
                self.pos += 1
                return total + last
            digit = lexicon.DIGITS.get(self.peek())
            if digit is None and self.peek() != lexicon.TEN:
                return total
        if self.peek() == lexicon.TEN:  # mười, mười một … mười chín
            self.pos += 1
            unit = lexicon.DIGITS.get(self.peek())
            if unit is not None:
                self.pos += 1
            return total + 10 + (unit or 0)
        if digit is None:
            return None
        self.pos += 1
        if self.peek() == lexicon.TEN:  # hai mươi, hai mươi mốt, hai mươi lăm
            self.pos += 1
            unit = lexicon.DIGITS.get(self.peek())
            if unit is not None:
                self.pos += 1
            return total + digit * 10 + (unit or 0)
        return total + digit

    def year(self) -> int:
        token = self.peek()
        if token.isdigit() and len(token) == 4:
            self.pos += 1
            return int(token)
        raise self.fail(said(Expect.YEAR))

    def checked(self, build: Callable[[], _T], start: int) -> _T:
        """Build a value; an impossible one (30/2, month 13) is an error at ``start``."""
        try:
            return build()
        except InvalidInputError as error:
            if self.in_text:  # a scan only skips it: no message to write
                raise MismatchError from None
            at = self.tokens[start].start if start < len(self.tokens) else len(self.original)
            reason = bare(error.detail) if isinstance(error.detail, Message) else error.detail
            raise phrase_error(self.original, at, ErrorCode.PHRASE_IMPOSSIBLE, reason=reason) from None

