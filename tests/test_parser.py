# SPDX-License-Identifier: Apache-2.0
"""The phrase parser: real phrases, every spelling, clear errors, and nothing else leaks."""

from __future__ import annotations

import contextlib
import random
import time
import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import rules

import hanchot
from hanchot import parse
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.parser import PhraseError, fold, lexicon
from hanchot.parser.grammar import MAX_LENGTH
from hanchot.rules import (
    Before,
    CalendarDays,
    DayRef,
    FixedDate,
    Frequency,
    Months,
    Period,
    PeriodKind,
    PeriodPoint,
    Point,
    Recurring,
    SameDay,
    Weeks,
    WithinPeriod,
    WorkingDays,
    WorkingHours,
    Years,
)

Q = PeriodKind.QUARTER
# (phrase as written, rule): the issue's phrases, the seeds' phrases, and spellings clerks type.
PHRASES = [
    ("05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
     WorkingDays(5, "ngày nhận đủ hồ sơ hợp lệ")),
    ("05 ngay lam viec ke tu ngay nhan du ho so hop le", WorkingDays(5, "ngay nhan du ho so hop le")),
    ("Trong 05 ngày làm việc kể từ ngày Chủ tịch Ủy ban nhân dân Thành phố ký Quyết định công bố TTHC:",
     WorkingDays(5, "ngày Chủ tịch Ủy ban nhân dân Thành phố ký Quyết định công bố TTHC")),
    ("trong thời hạn 15 ngày", CalendarDays(15)),
    ("mười lăm ngày", CalendarDays(15)),
    ("hai mươi mốt ngày", CalendarDays(21)),
    ("hai mươi lăm ngày", CalendarDays(25)),
    ("hai mươi ngày làm việc", WorkingDays(20)),
    ("năm ngày làm việc", WorkingDays(5)),
    ("mười ngày làm việc", WorkingDays(10)),
    ("một trăm linh năm ngày", CalendarDays(105)),
    ("chậm nhất ngày 10 tháng 12 năm 2023", FixedDate(DayRef(10, 12, 2023))),
    ("Hoàn thành chậm nhất ngày 10 tháng 12 năm 2023.", FixedDate(DayRef(10, 12, 2023))),
    ("chậm nhất là ngày 27 tháng 10 năm 2023", FixedDate(DayRef(27, 10, 2023))),
    ("CHẬM NHẤT NGÀY 15/11/2023", FixedDate(DayRef(15, 11, 2023))),
    ("đến hết ngày 31/12/2023", FixedDate(DayRef(31, 12, 2023))),
    ("hạn chót: 5-1-2023", FixedDate(DayRef(5, 1, 2023))),
    ("chậm nhất ngày 5/1", FixedDate(DayRef(5, 1))),
    ("trước ngày 30/6/2024", Before(DayRef(30, 6, 2024))),
    ("truoc ngay 30.6.2024", Before(DayRef(30, 6, 2024))),
    ("trong quý III", WithinPeriod(Period(Q, None, 3))),
    ("trong quý III/2022", WithinPeriod(Period(Q, 2022, 3))),
    ("quý 3 năm 2022", WithinPeriod(Period(Q, 2022, 3))),
    ("trong tháng 12/2023", WithinPeriod(Period(PeriodKind.MONTH, 2023, 12))),
    ("hết năm 2023", WithinPeriod(Period(PeriodKind.YEAR, 2023))),
    ("Đến hết năm 2023", WithinPeriod(Period(PeriodKind.YEAR, 2023))),
    ("đến tháng 12 năm 2023", WithinPeriod(Period(PeriodKind.MONTH, 2023, 12))),
    ("hết tháng 6/2024", WithinPeriod(Period(PeriodKind.MONTH, 2024, 6))),
    ("6 tháng đầu năm 2024", WithinPeriod(Period(PeriodKind.FIRST_MONTHS, 2024, 6))),
    ("9 tháng đầu năm 2023", WithinPeriod(Period(PeriodKind.FIRST_MONTHS, 2023, 9))),
    ("cuối tháng 6 năm 2024", PeriodPoint(Point.END, Period(PeriodKind.MONTH, 2024, 6))),
    ("giữa năm 2024", PeriodPoint(Point.MIDDLE, Period(PeriodKind.YEAR, 2024))),
    ("đầu tháng 3/2025", PeriodPoint(Point.START, Period(PeriodKind.MONTH, 2025, 3))),
    ("trước ngày 25 hằng tháng", Recurring(Frequency.MONTHLY, 25, before=True)),
    ("trước ngày 25 hàng tháng", Recurring(Frequency.MONTHLY, 25, before=True)),
    ("hằng quý", Recurring(Frequency.QUARTERLY)),
    ("mỗi quý", Recurring(Frequency.QUARTERLY)),
    # report periods: day N of the period's last month (ND 09/2019 names it "tháng cuối kỳ báo cáo")
    ("trước ngày 20 của tháng cuối kỳ báo cáo hằng quý", Recurring(Frequency.QUARTERLY, 20, before=True)),
    ("chậm nhất ngày 05 tháng cuối cùng của mỗi quý", Recurring(Frequency.QUARTERLY, 5)),
    ("ngày 05 tháng cuối quý", Recurring(Frequency.QUARTERLY, 5)),
    ("trước ngày 20 tháng cuối kỳ báo cáo hằng năm", Recurring(Frequency.YEARLY, 20, before=True, month=12)),
    ("trước ngày 15 tháng cuối kỳ báo cáo hằng tháng", Recurring(Frequency.MONTHLY, 15, before=True)),
    ("Định kỳ hàng tháng", Recurring(Frequency.MONTHLY)),
    ("Định kỳ hàng năm", Recurring(Frequency.YEARLY)),
    ("trong ngày", SameDay()),
    ("giải quyết trong ngày", SameDay()),
    ("04 giờ làm việc", WorkingHours(4)),
    ("08 giờ làm việc", WorkingHours(8)),
    ("02 tuần", Weeks(2)),
    ("trong vòng 3 tháng", Months(3)),
    ("01 năm", Years(1)),
    ("mùng 6 tháng Giêng", FixedDate(DayRef(6, 1, lunar=True))),
    ("chậm nhất ngày 29 tháng Chạp", FixedDate(DayRef(29, 12, lunar=True))),
    ("trước mùng 10 tháng 3 âm lịch", Before(DayRef(10, 3, lunar=True))),
]


@pytest.mark.parametrize(("phrase", "rule"), PHRASES, ids=[p for p, _ in PHRASES])
def test_real_phrases(phrase: str, rule: object) -> None:
    assert parse(phrase) == rule


@pytest.mark.parametrize(("phrase", "rule"), PHRASES, ids=[p for p, _ in PHRASES])
def test_any_normalisation_and_case(phrase: str, rule: object) -> None:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        assert parse(unicodedata.normalize(form, phrase)) == parse(phrase)
    if getattr(rule, "anchor", None) is None:
        assert parse(fold(phrase).upper()) == rule
        assert parse(phrase.replace(" ", "\u00a0 \n")) == rule  # PDF text: NBSP, line breaks


@given(rules)
def test_canonical_phrase_round_trips(rule: object) -> None:
    phrase = rule.phrase()  # type: ignore[attr-defined]
    assert parse(phrase) == rule
    if getattr(rule, "anchor", None) is None:
        assert parse(fold(phrase)) == rule  # typed without diacritics


@pytest.mark.parametrize(
    ("phrase", "position", "code", "message"),
    [
        ("xin chào", 0, ErrorCode.PHRASE_UNREADABLE,
         "expected here a deadline phrase such as '05 ngày làm việc'"),
        ("trước ngày 30 tháng 13", 20, ErrorCode.PHRASE_IMPOSSIBLE,
         "from '13' (character 21): there is no month 13"),
        ("chậm nhất ngày 30/2/2023", 15, ErrorCode.PHRASE_IMPOSSIBLE,
         "from '30/2/2023' (character 16): there is no 30/2/2023: month 2 of 2023 has only 28 days"),
        ("05 ngày làm", 8, ErrorCode.PHRASE_UNREADABLE,
         "expected here the end of the phrase (the rest is extra)"),
        ("trước ngày", 10, ErrorCode.PHRASE_UNREADABLE, "expected here a number"),
        ("trong quý V/2023", 10, ErrorCode.PHRASE_UNREADABLE,
         "from 'V/2023' (character 11): expected here a number"),
        ("05 ngày làm việc kể từ", 22, ErrorCode.PHRASE_UNREADABLE, "the event the period counts from"),
        ("0 ngày làm việc", 0, ErrorCode.PHRASE_IMPOSSIBLE,
         "from '0' (character 1): 0 must be from 1 to 3650"),
        ("ngày 05 tháng", 13, ErrorCode.PHRASE_UNREADABLE,
         "from the end (character 14): expected here a number"),
        ("", 0, ErrorCode.PHRASE_EMPTY, "no time limit given"),
    ],
)
def test_errors_show_text_position_and_expectation(phrase: str, position: int, code: ErrorCode,
                                                   message: str) -> None:
    with pytest.raises(PhraseError) as caught:
        parse(phrase)
    error = caught.value
    assert (error.code, error.field, error.value, error.position) == (code, "phrase", phrase, position)
    assert message in error.message("en")
    assert repr(phrase) in str(error) and repr(phrase) in error.message("en")
    assert isinstance(error, ValueError)


def test_expected_words_are_shown_as_documents_write_them() -> None:
    with pytest.raises(PhraseError) as caught:
        parse("đầu ngày 2024")
    assert "'tháng' hoặc 'quý' hoặc 'năm'" in str(caught.value)  # not 'thang', 'quy'
    for folded, written in lexicon.DISPLAY.items():
        assert fold(written) == folded


def test_rules_show_as_their_phrase() -> None:
    rule = parse("trong quy III/2022")
    assert str(rule) == "trong quý III năm 2022"
    assert "<code>trong quý III năm 2022</code>" in rule._repr_html_()


def test_non_text_is_refused() -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse(5)  # type: ignore[arg-type]
    assert (caught.value.code, caught.value.field, caught.value.value) == (ErrorCode.NOT_TEXT, "phrase", 5)


def test_overlong_text_is_refused_quickly() -> None:
    with pytest.raises(PhraseError) as caught:
        parse("05 ngày " * 1000)
    assert caught.value.code is ErrorCode.PHRASE_TOO_LONG and "over 2000" in caught.value.message("en")


VOCABULARY = sorted({w for words in (*lexicon.LEADING, *lexicon.ANCHORS, *lexicon.FIXED,
                                     *lexicon.SAME_DAY, *lexicon.EVERY, *lexicon.PERIOD_END)
                     for w in words.split()}
                    | set(lexicon.DIGITS) | set(lexicon.ROMAN) | set(lexicon.LUNAR_MONTHS)
                    | {"ngay", "thang", "quy", "nam", "tuan", "gio", "lam", "viec", "am", "lich",
                       "mung", "dau", "giua", "cuoi", "truoc", "muoi", "tram", "linh", "2023", "05",
                       "31", "13", "/", "-", ".", ":", "III", "cua", "cung", "ky", "bao", "cao", "moi",
                       "16h00", "luc", "(", ")", "hang"})


# A parse takes tens of microseconds; the generous deadline only catches runaway backtracking.
@settings(max_examples=400, deadline=timedelta(seconds=1))
@given(st.one_of(st.text(max_size=80),
                 st.lists(st.sampled_from(VOCABULARY), max_size=14).map(" ".join)))
def test_fuzzing_finds_nothing_but_our_error(text: str) -> None:
    try:
        rule = parse(text)
    except PhraseError:
        pass
    else:
        assert parse(rule.phrase()) == rule


# -- documents as written (issue 10): worked by hand from Saturday 10/01/2026 ----------------------------

@pytest.mark.parametrize(("phrase", "expected"), [
    ("15 (mười lăm) ngày", date(2026, 1, 26)),  # day 15 is Sunday 25/01: Monday 26/01 (Art. 148(5))
    ("05 (năm) ngày làm việc", date(2026, 1, 16)),  # 12, 13, 14, 15, 16/01
    ("trong thời hạn 30 (ba mươi) ngày kể từ ngày nhận", date(2026, 2, 9)),
    ("10 (mười) ngày làm việc", date(2026, 1, 23)),
    ("muộn nhất ngày 25 hằng tháng", date(2026, 1, 26)),  # 25/01 is a Sunday
    ("đến hết ngày 25 hằng tháng", date(2026, 1, 26)),
    ("mười năm", date(2036, 1, 10)),  # ten years, not fifteen of nothing
    ("mười lăm năm", date(2041, 1, 10)),
])
def test_phrases_as_legal_texts_write_them(phrase: str, expected: date) -> None:
    assert hanchot.due(phrase, date(2026, 1, 10)).due_date == expected


@pytest.mark.parametrize(("phrase", "start", "expected"), [
    ("chậm nhất ngày 05 tháng cuối cùng của mỗi quý", date(2026, 1, 10), date(2026, 3, 5)),  # Thursday
    ("chậm nhất ngày 05 tháng cuối cùng của mỗi quý", date(2026, 3, 6), date(2026, 6, 5)),  # next quarter
    ("chậm nhất ngày 05 tháng cuối cùng của mỗi quý", date(2026, 11, 1), date(2026, 12, 7)),  # Sat 05/12
    ("trước ngày 20 của tháng cuối kỳ báo cáo hằng quý", date(2026, 1, 10), date(2026, 3, 19)),
    ("trước ngày 20 của tháng cuối kỳ báo cáo hằng quý", date(2026, 10, 1), date(2026, 12, 18)),  # Sun 20/12
])
def test_report_periods(phrase: str, start: date, expected: date) -> None:
    assert hanchot.due(phrase, start).due_date == expected


def test_a_report_period_without_its_frequency_asks_for_it() -> None:
    with pytest.raises(PhraseError) as caught:
        parse("trước ngày 20 của tháng cuối kỳ báo cáo")
    assert "'hằng'" in str(caught.value) and "'mỗi'" in str(caught.value)
    with pytest.raises(PhraseError):
        parse("ngày 05 tháng cuối quý hằng tháng")  # the last month of a quarter, every month: no


def test_no_phrase_takes_more_than_50_ms() -> None:
    """2,000 random phrases of the parser's own words, up to the 2,000-character limit; a parse takes
    about a millisecond at most, the budget is 50 ms (runaway backtracking would take seconds)."""
    rng = random.Random(20261126)
    worst = 0.0
    for _ in range(2000):
        text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 400)))[:MAX_LENGTH]
        began = time.perf_counter()
        with contextlib.suppress(PhraseError):
            parse(text)
        worst = max(worst, time.perf_counter() - began)
    assert worst < 0.050, f"{worst * 1000:.1f} ms"


def test_a_number_in_words_that_differs_from_its_digits_is_refused() -> None:
    with pytest.raises(PhraseError) as caught:
        parse("15 (mười sáu) ngày")
    assert "chính số 15 viết bằng chữ" in str(caught.value)


def test_the_scanner_reads_the_leading_words_of_a_period() -> None:
    found = hanchot.scan("Hồ sơ được giải quyết trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.")
    assert [f.phrase for f in found] == ["trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ"]


@pytest.mark.parametrize("phrase", ["chậm nhất ngày 24/11/26", "trước ngày 24-11-26"])
def test_a_two_digit_year_is_refused_with_a_hint(phrase: str) -> None:
    with pytest.raises(PhraseError) as caught:
        parse(phrase)
    assert "năm viết đủ bốn chữ số" in str(caught.value)


def test_29_02_in_a_year_without_it_fails_clearly() -> None:
    with pytest.raises(InvalidInputError) as caught:
        hanchot.due("chậm nhất ngày 29/02", date(2026, 1, 10))
    assert "không có ngày 29/2/2026" in str(caught.value)


# -- a time of day with the date: "16h00", "16h", "16 giờ", "16:30", "lúc 9 giờ 30" ---------------------
# 06/03/2026 is a Friday; 07/03/2026 a Saturday, so a deadline on it moves to Monday 09/03 (convention 4).

@pytest.mark.parametrize(("phrase", "expected"), [
    ("chậm nhất 16h00 ngày 06/03/2026", datetime(2026, 3, 6, 16, 0)),
    ("trước 16 giờ ngày 06/03/2026", datetime(2026, 3, 6, 16, 0)),  # before a moment: due at it
    ("chậm nhất 16:30 ngày 06/03/2026", datetime(2026, 3, 6, 16, 30)),
    ("hạn chót 16h ngày 07/03/2026", datetime(2026, 3, 9, 16, 0)),
    ("chậm nhất ngày 06/03/2026 lúc 9 giờ 30", datetime(2026, 3, 6, 9, 30)),
])
def test_a_time_of_day_with_the_date(phrase: str, expected: datetime) -> None:
    result = hanchot.due(phrase, date(2026, 3, 1))
    assert result.due_at.replace(tzinfo=None) == expected and result.due_date == expected.date()


def test_a_time_that_does_not_exist_is_refused() -> None:
    with pytest.raises(PhraseError) as caught:
        parse("chậm nhất 25h ngày 06/03/2026")
    assert "một giờ trong ngày" in str(caught.value)
