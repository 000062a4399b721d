# SPDX-License-Identifier: Apache-2.0
"""Read Vietnamese deadline phrases into rules, with or without diacritics.

The words live in :mod:`hanchot.parser.lexicon`, the grammar in
:mod:`hanchot.parser.grammar`, and :mod:`hanchot.parser.finder` finds phrases in
running text.

>>> parse("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")
WorkingDays(n=5, anchor='ngày nhận đủ hồ sơ hợp lệ')
>>> parse("cham nhat ngay 10/12/2023")
FixedDate(day=DayRef(day=10, month=12, year=2023, lunar=False), at=None)
>>> parse("Trong quý III/2022").phrase()
'trong quý III năm 2022'
>>> parse("mười lăm ngày")
CalendarDays(n=15, anchor=None)
>>> parse("trước ngày 30 tháng 13")
Traceback (most recent call last):
...
hanchot.errors.PhraseError: phrase: không hiểu 'trước ngày 30 tháng 13' từ chỗ '13' (ký tự thứ 21): ...
"""

from hanchot.parser import lexicon
from hanchot.parser.anchors import dated
from hanchot.parser.finder import Match, find
from hanchot.parser.folding import fold
from hanchot.parser.grammar import MAX_LENGTH, PhraseError, parse

__all__ = ["MAX_LENGTH", "Match", "PhraseError", "dated", "find", "fold", "lexicon", "parse"]
