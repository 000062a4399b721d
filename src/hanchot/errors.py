# SPDX-License-Identifier: Apache-2.0
"""The errors hanchot raises: one base, ``ValueError`` for anything about input, a code on each.

Every error carries a stable machine-readable ``code`` (an :class:`ErrorCode`),
the ``field`` (argument, column or option) it is about, and the offending
``value``. Its message comes from the message catalogue, in Vietnamese by
default and in English with ``error.message("en")``; callers branch on the
code, never on the text.

>>> import hanchot
>>> from datetime import date
>>> try:
...     hanchot.calendar().is_working_day(date(1999, 12, 31))
... except hanchot.OutOfCoverageError as error:
...     print(error.code.value, error.field, error.value, isinstance(error, ValueError))
...     print(error.message("en"))
date_out_of_coverage d 1999-12-31 True
d=1999-12-31 is outside hanchot's calendar; it covers dates from 01/01/2000 to 31/12/2100 only
"""

from __future__ import annotations

from enum import EnumType, StrEnum
from typing import Any, Protocol

__all__ = [
    "Choice",
    "DataFileError",
    "DependencyError",
    "ErrorCode",
    "HanchotError",
    "InvalidInputError",
    "LegBudgetError",
    "LunarDateError",
    "NotAnnouncedError",
    "OutOfCoverageError",
    "PhraseError",
    "ReappointmentError",
    "SupplementError",
    "UsageError",
]


class _ChoiceType(EnumType):
    """Looks a member up by its value; any other value is hanchot's own error, whatever it is."""

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:  # the functional API, which builds a new enum
            return super().__call__(value, *args, **kwargs)
        if isinstance(value, cls):
            return value
        try:
            member = cls._value2member_map_.get(value)
        except TypeError:  # an unhashable value is no member
            member = None
        if member is None:
            # the messages build on this module, so they are imported when first needed
            from hanchot.messages.core import fail  # noqa: PLC0415

            allowed: tuple[str, ...] = tuple(cls._value2member_map_)
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field=cls.__name__, value=value,
                       allowed=allowed)
        return member


class Choice(StrEnum, metaclass=_ChoiceType):
    """The base of hanchot's closed sets: a value outside the set is hanchot's own error.

    >>> from hanchot.deadline import Roll
    >>> Roll("sideways")
    Traceback (most recent call last):
    ...
    hanchot.errors.InvalidInputError: Roll không nhận 'sideways'; chỉ chọn một trong: 'forward', ...
    """


class ErrorCode(Choice):
    """What went wrong, as a stable code: branch on it, never on a message's text."""

    # -- values of the wrong kind or outside what is valid ------------------------------
    NOT_A_DATE = "not_a_date"
    DATETIME_NOT_DATE = "datetime_not_date"
    NOT_A_MOMENT = "not_a_moment"
    MOMENT_OUT_OF_RANGE = "moment_out_of_range"
    NOT_A_TIME = "not_a_time"
    NOT_A_WHOLE_NUMBER = "not_a_whole_number"
    NUMBER_OUT_OF_RANGE = "number_out_of_range"
    NOT_TRUE_OR_FALSE = "not_true_or_false"
    NOT_TEXT = "not_text"
    NOT_ONE_OF = "not_one_of"
    WRONG_KIND = "wrong_kind"
    UNKNOWN_OPTION = "unknown_option"
    NOT_A_CALENDAR = "not_a_calendar"
    NOT_A_RULE = "not_a_rule"
    NOT_A_PATH = "not_a_path"
    FILE_NOT_OPEN = "file_not_open"
    BAD_WEEKEND = "bad_weekend"
    BAD_STRICT = "bad_strict"
    NOT_ACCEPTED = "not_accepted"
    NOT_ACCEPTED_DAY = "not_accepted_day"
    BAD_SESSIONS = "bad_sessions"
    BAD_EVENTS = "bad_events"
    BAD_FOLLOW_UP = "bad_follow_up"
    NOT_FINDINGS = "not_findings"
    # -- the calendar ------------------------------------------------------------------
    DATE_OUT_OF_COVERAGE = "date_out_of_coverage"
    ANSWER_OUT_OF_COVERAGE = "answer_out_of_coverage"
    YEAR_OUT_OF_COVERAGE = "year_out_of_coverage"
    NOT_ANNOUNCED = "not_announced"
    YEAR_NOT_ANNOUNCED = "year_not_announced"
    MISSING_DEPENDENCY = "missing_dependency"
    # -- the lunar calendar ------------------------------------------------------------
    LUNAR_DATE_OUT_OF_TABLE = "lunar_date_out_of_table"
    LUNAR_YEAR_OUT_OF_TABLE = "lunar_year_out_of_table"
    LUNAR_MONTH_INVALID = "lunar_month_invalid"
    LUNAR_NO_SUCH_LEAP_MONTH = "lunar_no_such_leap_month"
    LUNAR_DAY_INVALID = "lunar_day_invalid"
    # -- days and periods named by a rule ------------------------------------------------
    MONTH_INVALID = "month_invalid"
    DAY_INVALID = "day_invalid"
    DATE_DOES_NOT_EXIST = "date_does_not_exist"
    YEAR_INVALID = "year_invalid"
    PERIOD_NUMBER_INVALID = "period_number_invalid"
    PERIOD_NEEDS_YEAR = "period_needs_year"
    POINT_NEEDS_MONTH_OR_YEAR = "point_needs_month_or_year"
    RECURRING_DAY_INVALID = "recurring_day_invalid"
    RECURRING_BEFORE_NEEDS_DAY = "recurring_before_needs_day"
    # -- phrases -----------------------------------------------------------------------
    PHRASE_EMPTY = "phrase_empty"
    PHRASE_TOO_LONG = "phrase_too_long"
    PHRASE_UNREADABLE = "phrase_unreadable"
    PHRASE_IMPOSSIBLE = "phrase_impossible"
    # -- deadlines ---------------------------------------------------------------------
    NEEDS_TIME = "needs_time"
    DEADLINE_OUT_OF_COVERAGE = "deadline_out_of_coverage"
    PERIOD_HAS_NO_WORKING_DAY = "period_has_no_working_day"
    # -- dossiers ----------------------------------------------------------------------
    SUPPLEMENT_TWICE = "supplement_twice"
    REAPPOINTED_TWICE = "reappointed_twice"
    LEG_BUDGET_EXCEEDED = "leg_budget_exceeded"
    BEFORE_EARLIER_EVENT = "before_earlier_event"
    CONFLICTING_ENDINGS = "conflicting_endings"
    # -- batch runs and files ----------------------------------------------------------
    CELL_EMPTY = "cell_empty"
    CELL_NOT_A_DATE = "cell_not_a_date"
    CELL_COUNT = "cell_count"
    NOT_A_TABLE = "not_a_table"
    NOT_A_RECORD = "not_a_record"
    FILE_UNREADABLE = "file_unreadable"
    FILE_NOT_CSV = "file_not_csv"
    FILE_LEGACY_ENCODING = "file_legacy_encoding"
    FILE_NOT_KIND = "file_not_kind"
    FILE_EMPTY = "file_empty"
    FILE_NOT_WRITTEN = "file_not_written"
    SAME_OUTPUT = "same_output"
    XLSX_TOO_LONG = "xlsx_too_long"
    FILE_IS_INPUT = "file_is_input"
    TEXT_LEGACY_ENCODING = "text_legacy_encoding"
    COLUMN_CLASH = "column_clash"
    COLUMN_MISSING = "column_missing"
    COLUMN_MAPPING = "column_mapping"
    COLUMN_TWICE = "column_twice"
    # -- data files --------------------------------------------------------------------
    DATA_UNREADABLE = "data_unreadable"
    DATA_NOT_TOML = "data_not_toml"
    DATA_FIELD_MISSING = "data_field_missing"
    DATA_FIELD_TYPE = "data_field_type"
    DATA_NOT_ONE_OF = "data_not_one_of"
    DATA_YEAR_MISMATCH = "data_year_mismatch"
    DATA_DATE_OUTSIDE_YEAR = "data_date_outside_year"
    DATA_MAKEUP_NOT_WEEKEND = "data_makeup_not_weekend"
    DATA_DAY_OFF_NOT_WEEKDAY = "data_day_off_not_weekday"
    DATA_UNKNOWN_SOURCE = "data_unknown_source"
    DATA_CONFIDENCE_UNREAD = "data_confidence_unread"
    DATA_DUPLICATE = "data_duplicate"
    DATA_NOT_TABLES = "data_not_tables"
    DATA_NO_FILES = "data_no_files"
    DATA_ERAS = "data_eras"
    DATA_WEEKDAY_TABLE = "data_weekday_table"
    DATA_SOURCE_DATE_MISSING = "data_source_date_missing"
    DATA_UNKNOWN_FIELD = "data_unknown_field"
    DATA_FIELD_EMPTY = "data_field_empty"
    DATA_NOT_HTTPS = "data_not_https"
    DATA_YEAR_OUT_OF_COVERAGE = "data_year_out_of_coverage"
    DATA_OUT_OF_RANGE = "data_out_of_range"
    DATA_ERA_ORDER = "data_era_order"
    DATA_GROUP_WITHOUT_BREAK = "data_group_without_break"
    DATA_BREAK_SPAN = "data_break_span"
    DATA_BREAK_GAP = "data_break_gap"
    DATA_OUTSIDE_BREAK = "data_outside_break"
    DATA_SWAP_UNPAIRED = "data_swap_unpaired"
    DATA_MAKEUP_NOT_RECORDED = "data_makeup_not_recorded"
    DATA_MAKEUP_UNLISTED = "data_makeup_unlisted"
    DATA_COMPENSATION = "data_compensation"
    # -- the command line --------------------------------------------------------------
    USAGE_MISSING_ARGUMENT = "usage_missing_argument"
    USAGE_NOT_A_YEAR = "usage_not_a_year"
    USAGE_UNKNOWN_OPTION = "usage_unknown_option"
    USAGE_MISSING_VALUE = "usage_missing_value"
    USAGE_UNKNOWN_COMMAND = "usage_unknown_command"
    USAGE_UNKNOWN_ARGUMENT = "usage_unknown_argument"
    USAGE_BAD_CHOICE = "usage_bad_choice"
    USAGE_NO_VALUE_ALLOWED = "usage_no_value_allowed"
    USAGE_BAD_EVENT = "usage_bad_event"
    USAGE_OUTPUT_KIND = "usage_output_kind"
    # -- the HTTP service ------------------------------------------------------------------
    SERVER_MISSING_PARAMETER = "server_missing_parameter"
    SERVER_BODY = "server_body"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"


class _Text(Protocol):
    """A message for people, in the language asked for (``hanchot.messages.Message``)."""

    def text(self, lang: object = ...) -> str: ...


class HanchotError(Exception):
    """Base class of every error hanchot raises on purpose.

    ``code`` says what went wrong, ``field`` which argument, column or option it is
    about, ``value`` what was given; ``message(lang)`` says it for people.
    """

    code: ErrorCode | None
    field: str | None
    value: object
    detail: _Text | str | None

    def __init__(self, code: ErrorCode | None = None, text: _Text | str | None = None, *,
                 field: str | None = None, value: object = None) -> None:
        super().__init__(code)
        self.code, self.field, self.value = code, field, value
        #: The message itself (a ``hanchot.messages.Message``), to quote inside another message.
        self.detail = text

    def message(self, lang: object = "vi") -> str:
        """The message in ``lang`` ("vi", the default, or "en").

        >>> HanchotError(ErrorCode.NOT_A_DATE, "nothing to say").message()
        'nothing to say'
        """
        text = self.detail
        if text is None or isinstance(text, str):
            return text or str(self.code)
        return text.text(lang)

    def __str__(self) -> str:
        return self.message()

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled (for multiprocessing and Dask) with its code, text, field and value
        return (_rebuild, (type(self), self.code, self.detail, self.field, self.value))


def _rebuild(kind: type[HanchotError], code: ErrorCode | None, text: _Text | str | None,
             field: str | None, value: object) -> HanchotError:
    return kind(code, text, field=field, value=value)


class InvalidInputError(HanchotError, ValueError):
    """An argument is of the wrong type or outside what is valid; the message quotes it."""


class OutOfCoverageError(InvalidInputError):
    """A date lies outside the range the calendar covers."""


class NotAnnouncedError(InvalidInputError):
    """A strict calendar was asked about a year whose schedule is not yet announced."""


class LunarDateError(InvalidInputError):
    """A lunar date that does not exist, or lies outside the lunar table."""


class PhraseError(InvalidInputError):
    """A phrase the parser cannot read: it quotes the text, the position and what was expected."""

    @property
    def position(self) -> int:
        """Where in the phrase (a character index) reading stopped."""
        params = dict(getattr(self.detail, "params", ()))
        position = params.get("position", 0)
        return position if isinstance(position, int) else 0


class SupplementError(InvalidInputError):
    """A supplement request the decree does not allow (it may be asked once only)."""


class ReappointmentError(InvalidInputError):
    """A second re-appointment: the appointment may be re-dated once only."""


class LegBudgetError(InvalidInputError):
    """Inter-agency legs whose budgets exceed the procedure's total period."""


class UsageError(InvalidInputError):
    """The command line was called with missing, unknown or malformed arguments."""


class DataFileError(HanchotError, ValueError):
    """A data file under ``data/holidays_vn`` is malformed: the message names file, record, field."""


class DependencyError(HanchotError, ImportError):
    """An optional package a function needs is not installed; the message says which extra."""
