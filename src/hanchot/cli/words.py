# SPDX-License-Identifier: Apache-2.0
"""The codes of everything the command line says; the texts are in the message catalogue.

>>> t(Cli.DUE), t(Cli.DUE, "en")
('Hạn', 'Due')
"""

from __future__ import annotations

from hanchot.errors import Choice
from hanchot.messages import say

__all__ = ["Cli", "t"]


class Cli(Choice):
    """A text of the command line: help, labels, hints."""

    # -- help ----------------------------------------------------------------------------
    DESCRIPTION = "description"
    EPILOG = "epilog"
    USAGE = "usage"
    TOP_USAGE = "top_usage"
    COMMON_OPTIONS = "common_options"
    GROUP_ARGUMENTS = "group_arguments"
    GROUP_OPTIONS = "group_options"
    GROUP_COMMON = "group_common"
    GROUP_COMMANDS = "group_commands"
    HELP_HELP = "help_help"
    HELP_VERSION = "help_version"
    VERSION = "version"
    HELP_JSON = "help_json"
    HELP_LANG = "help_lang"
    HELP_PROFILE = "help_profile"
    HELP_STRICT = "help_strict"
    CMD_HAN = "cmd_han"
    CMD_LICH = "cmd_lich"
    CMD_NGAY = "cmd_ngay"
    CMD_DEM = "cmd_dem"
    CMD_HOSO = "cmd_hoso"
    CMD_QUET = "cmd_quet"
    CMD_DULIEU = "cmd_dulieu"
    CMD_DICHVU = "cmd_dichvu"
    OPT_HOST = "opt_host"
    OPT_PORT = "opt_port"
    META_HOST = "meta_host"
    META_PORT = "meta_port"
    SERVING = "serving"
    STOPPED_SERVING = "stopped_serving"
    ARG_PHRASE = "arg_phrase"
    OPT_FROM = "opt_from"
    ARG_YEAR = "arg_year"
    OPT_ICS = "opt_ics"
    OPT_COLOR = "opt_color"
    ARG_DATE = "arg_date"
    ARG_START = "arg_start"
    ARG_END = "arg_end"
    ARG_SRC = "arg_src"
    OPT_OUTPUT = "opt_output"
    OPT_SCAN_OUTPUT = "opt_scan_output"
    OPT_AS_OF = "opt_as_of"
    OPT_SUMMARY_JSON = "opt_summary_json"
    OPT_RECEIPT = "opt_receipt"
    OPT_SUPPLEMENT = "opt_supplement"
    OPT_COLUMN = "opt_column"
    OPT_OVERWRITE = "opt_overwrite"
    OPT_NO_BOM = "opt_no_bom"
    META_COLUMN = "meta_column"
    ARG_FILE = "arg_file"
    OPT_ISSUED = "opt_issued"
    OPT_EVENT = "opt_event"
    ARG_DATA_FILES = "arg_data_files"
    META_PHRASE = "meta_phrase"
    META_DATE = "meta_date"
    META_YEAR = "meta_year"
    META_FILE = "meta_file"
    META_EVENT = "meta_event"
    META_START = "meta_start"
    META_END = "meta_end"
    # -- results ---------------------------------------------------------------------------
    DUE = "due"
    ENDS = "ends"
    AT = "at"
    CLOSES = "closes"
    PROVISIONAL = "provisional"
    PROVISIONAL_CITED = "provisional_cited"
    PROVISIONAL_SPAN = "provisional_span"
    WARNING = "warning"
    EXPLAIN = "explain"
    WORKING = "working"
    OFF = "off"
    COUNT = "count"
    DAYS_OFF = "days_off"
    LEGEND = "legend"
    OPT_BOTH_ENDS = "opt_both_ends"
    START_NOT_COUNTED = "start_not_counted"
    BOTH_ENDS = "both_ends"
    LEGEND_COLOUR = "legend_colour"
    WEEKDAY_HEADS = "weekday_heads"
    SUMMARY = "summary"
    ISSUED_ON = "issued_on"
    UNKNOWN = "unknown"
    FOUND = "found"
    NONE_FOUND = "none_found"
    ITEM = "item"
    NOT_NAMED = "not_named"
    URGENCY = "urgency"
    TASK = "task"
    COUNTED_FROM_EVENT = "counted_from_event"
    NEEDS_DATE = "needs_date"
    REVERSED = "reversed"
    DATA_REPORT = "data_report"
    DATA_REPORT_STATUTES = "data_report_statutes"
    NONE = "none"
    # -- errors ----------------------------------------------------------------------------
    ERROR = "error"
    HINT_DATE = "hint_date"
    HINT_PHRASE = "hint_phrase"
    HINT_COVERAGE = "hint_coverage"
    HINT_FILE = "hint_file"
    HINT_USAGE = "hint_usage"
    HINT_DATA = "hint_data"
    INTERRUPTED = "interrupted"
    OUTPUT_FAILED = "output_failed"


def t(code: Cli, lang: object = "vi", /, **params: object) -> str:
    """The text of ``code`` in ``lang``, with its parameters.

    >>> t(Cli.HINT_USAGE, "en", command=" han")
    'See hanchot han --help.'
    """
    return say(code, **params).text(lang)
