# SPDX-License-Identifier: Apache-2.0
"""Deadline phrases in running text: where each begins and ends, and its rule.

>>> [m.rule.phrase() for m in find("Báo cáo trước ngày 30/6/2024.", frozenset({"truoc"}))]
['trước ngày 30 tháng 6 năm 2024']
"""

from __future__ import annotations

from dataclasses import dataclass

from hanchot._checks import require_text
from hanchot.errors import ErrorCode, InvalidInputError, PhraseError
from hanchot.messages import fail
from hanchot.parser import lexicon
from hanchot.parser.grammar import Reader
from hanchot.parser.words import MismatchError
from hanchot.rules import Frequency, Rule

__all__ = ["Match", "find"]


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in running text: its rule and its span in the (NFC) text."""

    rule: Rule
    start: int
    end: int


def find(text: str, starts: frozenset[str], report: Frequency | None = None) -> list[Match]:
    """Every phrase in ``text`` that begins with one of the folded words ``starts``, longest first.

    A bare date or period ("năm 2024") is not a deadline in running text, so each
    phrase must open with a deadline word (chậm nhất, trước, trong, đến, hằng …).
    ``report`` is how often the text's reports come round ("báo cáo định kỳ hằng quý"), for
    phrases that name "the last month of the reporting period" without saying it again.

    >>> [text[m.start:m.end] for text in ["Hoàn thành chậm nhất ngày 10/12/2023, báo cáo."]
    ...  for m in find(text, frozenset({"cham"}))]
    ['chậm nhất ngày 10/12/2023']
    """
    if not (isinstance(starts, frozenset | set) and all(isinstance(word, str) for word in starts)):
        raise fail(InvalidInputError, ErrorCode.NOT_TEXT, field="starts", value=starts)
    parser = Reader(require_text("text", text))
    parser.in_text = True
    parser.report_frequency = report
    found: list[Match] = []
    i = 0
    while i < len(parser.tokens):
        if parser.tokens[i].text in starts:
            best = _longest(parser, i)
            if best is not None:
                rule, after = best
                end = parser.tokens[after - 1].end
                found.append(Match(rule, parser.tokens[i].start, end))
                i = after
                continue
        i += 1
    return found


def _longest(parser: Reader, start: int) -> tuple[Rule, int] | None:
    """The longest phrase that begins at token ``start``, and the token after it."""
    best: tuple[Rule, int] | None = None
    parser.pos = start
    while parser.words(*lexicon.LEADING):  # "trong thời hạn 05 ngày làm việc", as parse() reads it
        parser.punct(":")
    lead = parser.pos
    for alternative in (parser.same_day, parser.recurring, parser.first_months, parser.relative,
                        parser.fixed, parser.before, parser.point, parser.period_end):
        parser.pos = lead
        try:
            result = alternative()
        except (MismatchError, PhraseError):
            continue
        if best is None or parser.pos > best[1]:
            best = (result, parser.pos)
    return best
