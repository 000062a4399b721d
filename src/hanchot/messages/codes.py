# SPDX-License-Identifier: Apache-2.0
"""The languages messages are written in, and the codes of the texts the rooms share.

>>> Lang("vi"), Text.PROVISIONAL_MARK.value
(<Lang.VI: 'vi'>, 'provisional_mark')
"""

from __future__ import annotations

from hanchot.errors import Choice

__all__ = ["Lang", "Text"]


class Lang(Choice):
    """The languages of the catalogue: Vietnamese first, and English."""

    VI = "vi"
    EN = "en"


class Text(Choice):
    """Texts that rooms share: small pieces that join, name or qualify, and a few sentences."""

    OR = "or"
    CITE_UNDATED = "cite_undated"
    COVERAGE = "coverage"
    DEADLINE = "deadline"
    UNTIL_MIDNIGHT = "until_midnight"
    AT_TIME = "at_time"
    HTML_RULE = "html_rule"
    HTML_WORKING = "html_working"
    HTML_OFF = "html_off"
    HTML_DUE = "html_due"
    HTML_CLOSES = "html_closes"
    HTML_WARNING = "html_warning"
    HTML_MONTH = "html_month"
    HTML_CALENDAR = "html_calendar"
    HTML_STATUS = "html_status"
    HTML_LATE = "html_late"
    HTML_LATE_DAYS = "html_late_days"
    HTML_APOLOGY_BY = "html_apology_by"
    DAY_INFO = "day_info"
    PROVISIONAL_MARK = "provisional_mark"
    EVIDENCE_MARK = "evidence_mark"
    CITED = "cited"
    END_OF_TEXT = "end_of_text"
    NO_LEAP_MONTH = "no_leap_month"
    LEAP_MONTH = "leap_month"
    LEAP = "leap"
    NO_SUCH_FILE = "no_such_file"
    NO_PERMISSION = "no_permission"
    IS_A_DIRECTORY = "is_a_directory"
    FILE_ERROR = "file_error"
    NOT_A_DATE_TEXT = "not_a_date_text"
    NO_SUCH_FOLDER = "no_such_folder"
    TWO_DIGIT_YEAR = "two_digit_year"
    TIME_FORMAT = "time_format"
    KIND_DATE = "kind_date"
    KIND_TEXT = "kind_text"
    KIND_NUMBER = "kind_number"
    KIND_LIST = "kind_list"
    KIND_BOOLEAN = "kind_boolean"
    KIND_TABLE = "kind_table"
    WHAT_NONE = "what_none"
    WHAT_TEXT = "what_text"
    WHAT_BYTES = "what_bytes"
    WHAT_BOOLEAN = "what_boolean"
    WHAT_WHOLE = "what_whole"
    WHAT_NUMBER = "what_number"
    WHAT_MOMENT = "what_moment"
    WHAT_DATE = "what_date"
    WHAT_TIME = "what_time"
    WHAT_MAPPING = "what_mapping"
    WHAT_COLLECTION = "what_collection"
    WHAT_PATH = "what_path"
    WHAT_FILE = "what_file"
    WHAT_OTHER = "what_other"
    WHAT_NUMPY_DATE = "what_numpy_date"
    GUESS = "guess"
    TOML_TOP = "toml_top"
    TOML_AT = "toml_at"
    TOML_AT_END = "toml_at_end"
    TOML_NOT_UTF8 = "toml_not_utf8"
    TOML_UTF16 = "toml_utf16"
    RULE_TET_DAYS = "rule_tet_days"
    RULE_NATIONAL_DAY = "rule_national_day"
    RULE_TET_BEFORE = "rule_tet_before"
    RULE_ERA_START = "rule_era_start"
    ACTION_READ = "action_read"
    ACTION_WRITE = "action_write"
    ASK_DAY = "ask_day"
    ASK_AFTER = "ask_after"
    ASK_BEFORE = "ask_before"
    ASK_BETWEEN = "ask_between"
    MONTH = "month"
    QUARTER = "quarter"
    FIRST_MONTHS = "first_months"
    YEAR = "year"
