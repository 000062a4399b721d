# SPDX-License-Identifier: Apache-2.0
"""One catalogue: every code has its text in Vietnamese and English, with the same fields."""

from __future__ import annotations

import pickle
import string
from datetime import date

import pytest

from hanchot.batch.cells import Report
from hanchot.calendars.ics import IcsText
from hanchot.cli.words import Cli
from hanchot.data import DayKind, Evidence
from hanchot.deadline import YearContext
from hanchot.deadline.notes import Caution, Step
from hanchot.dossier import Apology, Flag, Received, Status
from hanchot.errors import ErrorCode, InvalidInputError, PhraseError
from hanchot.messages import Lang, Message, Text, say
from hanchot.messages import catalogue as catalogue_module
from hanchot.messages.catalogue import CATALOGUE, MONTHS, WEEKDAYS
from hanchot.messages.core import fail, key_of
from hanchot.parser.grammar import Expect
from hanchot.scanner.export import ScanText

#: Every enum whose members are message codes.
CODES = (ErrorCode, Text, Step, Caution, Flag, Status, Apology, Received, Report, Expect, Cli, DayKind,
         YearContext, IcsText, ScanText, Evidence)
#: Texts that read the same in both languages: formats, and Vietnamese names.
SAME = {"Expect.word", "Step.days_off", "Step.day_off_part", "Text.day_info", "Text.cited",
        "Text.evidence_mark"}


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_has_a_text_and_every_text_a_code() -> None:
    keys = {key_of(member) for enum in CODES for member in enum}
    assert keys - set(CATALOGUE) == set(), "codes without a text"
    assert set(CATALOGUE) - keys == set(), "texts without a code"


def test_the_text_modules_do_not_overlap() -> None:
    tables = ("CATALOGUE", "MONTHS", "WEEKDAYS")
    parts = [value for name, value in vars(catalogue_module).items()
             if isinstance(value, dict) and name.isupper() and name not in tables]
    assert sum(len(part) for part in parts) == len(CATALOGUE)


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_say_it_with_the_same_fields(key: str) -> None:
    vi, en = CATALOGUE[key]
    assert vi.strip() and en.strip()
    assert _fields(vi) == _fields(en), key
    if key not in SAME and vi == en:
        pytest.fail(f"{key}: the Vietnamese text is the English one")


def test_calendar_words_in_both_languages() -> None:
    for table in (WEEKDAYS, MONTHS):
        assert set(table) == {"vi", "en"} and len(table["vi"]) == len(table["en"])


def test_a_message_is_a_value_in_either_language() -> None:
    message = say(Flag.OVERDUE, days=3, as_of=date(2026, 3, 12))
    assert message.text() == str(message) == "quá hạn 3 ngày làm việc tính đến 12/03/2026"
    assert message.text("en") == message.text(Lang.EN) == "3 working days overdue as of 12/03/2026"
    assert message == say(Flag.OVERDUE, days=3, as_of=date(2026, 3, 12))
    assert "quá hạn" in repr(message)
    with pytest.raises(InvalidInputError) as caught:
        message.text("fr")
    assert (caught.value.code, caught.value.field) == (ErrorCode.NOT_ONE_OF, "lang")


def test_a_value_unlike_its_template_is_quoted_not_a_crash() -> None:
    # 'as_of' is formatted as a date; given text, the message still renders and quotes it
    assert say(Flag.OVERDUE, days=3, as_of="mai").text() == "quá hạn 3 ngày làm việc tính đến 'mai'"


def test_errors_travel_between_processes() -> None:
    error = fail(PhraseError, ErrorCode.PHRASE_EMPTY, field="phrase", value="", position=0)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is PhraseError and (again.code, again.field, str(again)) == (
        error.code, error.field, str(error))


def test_message_values_are_checked() -> None:
    with pytest.raises(InvalidInputError):
        Message("not a code")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        Message(Text.OR, (("only one",),))  # type: ignore[arg-type]


def test_a_list_is_named_as_a_list_not_by_its_items() -> None:
    error = fail(InvalidInputError, ErrorCode.NOT_TEXT, field="text", value=["x"])
    assert "là văn bản" not in error.message("vi") and "is text" not in error.message("en")
