# SPDX-License-Identifier: Apache-2.0
"""The commands: what each takes, what it asks the library, and how its result is shown.

>>> " ".join(f"{c.name}/{c.alias}" for c in COMMANDS)
'han/due lich/calendar ngay/day dem/count hoso/batch quet/scan dulieu/data dichvu/serve'
"""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hanchot._checks import require_module
from hanchot.calendars import Calendar, calendar
from hanchot.cli import render
from hanchot.cli.words import Cli, t
from hanchot.errors import ErrorCode, InvalidInputError, UsageError
from hanchot.messages import Lang, fail, os_reason
from hanchot.moments import parse_when

__all__ = ["COMMANDS", "GLOBAL", "Arg", "Command", "Outcome"]


@dataclass(frozen=True, slots=True)
class Arg:
    """One argument of a command: its names, help, and what it accepts."""

    names: tuple[str, ...]  # ("phrase",) for a positional, ("--tu", "--from") for an option
    dest: str
    help: Cli
    metavar: Cli | None = None
    required: bool = False
    flag: bool = False  # an option without a value
    many: bool = False  # a positional that takes several words, or an option given several times
    choices: tuple[str, ...] = ()
    example: str = ""

    @property
    def positional(self) -> bool:
        """Whether the argument is given by position rather than by name."""
        return not self.names[0].startswith("-")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a command found, and its exit code."""

    code: int
    result: Any
    #: The result goes to stderr: stdout carries the command's data (``hoso … -o -``).
    aside: bool = False


@dataclass(frozen=True, slots=True)
class Command:
    """A command: its Vietnamese name, English alias, help, arguments, handler and renderer."""

    name: str
    alias: str
    help: Cli
    args: tuple[Arg, ...]
    run: Callable[[argparse.Namespace], Outcome]
    render: Callable[[Any, Lang, bool], str]


def _when(args: argparse.Namespace, text: str, field: str) -> date | datetime:
    """A date or moment as the clerk typed it; an error about it will quote the typing."""
    value = parse_when(text, field)
    args.typed[value] = text
    return value


def _day(args: argparse.Namespace, text: str, field: str) -> date:
    value = _when(args, text, field)
    day = value.date() if isinstance(value, datetime) else value
    args.typed[day] = text
    return day


def _calendar(args: argparse.Namespace) -> Calendar:
    return calendar(args.profile or "civil_service", strict=args.strict)


def _han(args: argparse.Namespace) -> Outcome:
    from hanchot.deadline import due  # noqa: PLC0415 (only the commands that need a room load it)

    return Outcome(0, due(args.phrase, _when(args, args.start, "--tu"), calendar=_calendar(args)))


def _ngay(args: argparse.Namespace) -> Outcome:
    info = _calendar(args).day(_day(args, args.date, "d"))
    return Outcome(0 if info.is_working_day else 1, info)


def _dem(args: argparse.Namespace) -> Outcome:
    cal = _calendar(args)
    a, b = _day(args, args.start, "a"), _day(args, args.end, "b")
    n = cal.working_days_between(a, b, both_ends=bool(args.both_ends))
    return Outcome(0, (a, b, n, cal.days_off_between(min(a, b), max(a, b)), bool(args.both_ends)))


def _year(args: argparse.Namespace, cal: Calendar) -> int:
    """The year typed; one too long to be a year is outside the calendar, like any other."""
    text = args.year.strip()
    if not text.isdecimal():
        raise fail(UsageError, ErrorCode.USAGE_NOT_A_YEAR, field="year", value=text, example=2026)
    if len(text) > 6:
        coverage = cal.coverage
        raise fail(InvalidInputError, ErrorCode.YEAR_OUT_OF_COVERAGE, field="year", value=text,
                   first=coverage.first.year, last=coverage.last.year)
    year = int(text)
    args.typed[year] = text
    return year


def _lich(args: argparse.Namespace) -> Outcome:
    cal = _calendar(args)
    year = _year(args, cal)
    days = cal.holidays(year)
    if args.ics == "-":  # the calendar file on standard output, the year's grid beside it
        sys.stdout.write(cal.to_ics(year, args.lang or "vi"))
        sys.stdout.flush()
    elif args.ics:
        from hanchot.batch.writers import write_whole  # noqa: PLC0415 (only a file written needs it)

        write_whole(Path(args.ics), cal.to_ics(year, args.lang or "vi").encode("utf-8"), "--ics")
    return Outcome(0, (cal, year, days), aside=args.ics == "-")


def _hoso(args: argparse.Namespace) -> Outcome:
    from hanchot.batch import process_file  # noqa: PLC0415 (only the commands that need a room load it)

    as_of = _when(args, args.as_of, "--as-of") if args.as_of else None
    piped = args.output == "-"
    if args.summary_json == "-":  # the summary as JSON on the screen: what --json shows
        args.summary_json, args.json = None, True
    src = sys.stdin.buffer if args.src == "-" else args.src
    summary = process_file(src, sys.stdout if piped else args.output,
                           as_of=as_of, calendar=_calendar(args), summary_json=args.summary_json,
                           receipt=args.receipt or "legal", supplement=args.supplement or "restart",
                           columns=args.columns or None, overwrite=args.overwrite,
                           bom=False if args.no_bom else None, lang=args.lang or "vi")
    return Outcome(1 if summary.by_status["loi"] else 0, summary, aside=piped)


def _read(name: str) -> str:
    """A text file (or standard input) in UTF-8, with or without its mark, or UTF-16 (a Word or Notepad
    "Unicode" file); anything else is refused, naming the first byte that is not text."""
    if name == "-" and not hasattr(sys.stdin, "buffer"):  # a text stream given in its place
        return sys.stdin.read()
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise fail(InvalidInputError, ErrorCode.FILE_UNREADABLE, field="TỆP", value=name,
                   reason=os_reason(error)) from None
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    if encoding != "utf-16" and b"\x00" in data[:400] and len(data) % 2 == 0:  # UTF-16 saved without its mark
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise fail(InvalidInputError, ErrorCode.TEXT_LEGACY_ENCODING, field="TỆP", value=name,
                   byte=f"0x{data[error.start]:02X}", line=data[:error.start].count(b"\n") + 1) from None


def _quet(args: argparse.Namespace) -> Outcome:
    from hanchot.scanner import issue_date, scan  # noqa: PLC0415 (only the commands that need a room load it)

    text = _read(args.file)
    issued = _day(args, args.issued, "--ngay-ban-hanh") if args.issued else issue_date(text)
    events = {}
    for item in args.event or []:
        words, _, when = item.rpartition("=")
        if not words.strip() or not when.strip():
            raise fail(UsageError, ErrorCode.USAGE_BAD_EVENT, field="--su-kien", value=item)
        events[words] = _day(args, when, "--su-kien")
    found = scan(text, issued, events=events, calendar=_calendar(args))
    if args.output:
        from hanchot.cli.followup import save  # noqa: PLC0415 (only a list written to a file needs it)

        save(args.output, found, Lang(args.lang or "vi"), args.file)
    return Outcome(0, (issued, found), aside=args.output == "-")


def _dulieu(args: argparse.Namespace) -> Outcome:
    from hanchot.cli.datacheck import check  # noqa: PLC0415 (only the commands that need a room load it)

    return Outcome(0, check([Path(name) for name in args.files]))


def _dichvu(args: argparse.Namespace) -> Outcome:
    """Serve the HTTP API until stopped (Ctrl-C): the ``server`` extra's FastAPI app under uvicorn."""
    port = args.port or "8000"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise fail(UsageError, ErrorCode.NOT_ONE_OF, field="--port", value=port, allowed="1–65535")
    require_module("fastapi", "hanchot serve", "server")
    uvicorn = require_module("uvicorn", "hanchot serve", "server")
    from hanchot.server.app import create_app  # noqa: PLC0415 (FastAPI loads for this command alone)

    host = args.host or "127.0.0.1"
    sys.stderr.write(t(Cli.SERVING, args.lang or "vi", url=f"http://{host}:{port}") + "\n")
    sys.stderr.flush()
    uvicorn.run(create_app(_calendar(args)), host=host, port=int(port), log_level="warning")
    return Outcome(0, None, aside=True)


_FROM = Arg(("--tu", "--from"), "start", Cli.OPT_FROM, Cli.META_DATE, required=True, example="06/03/2026")

#: The options every command takes, before or after its name.
GLOBAL = (
    Arg(("-h", "--help"), "help", Cli.HELP_HELP, flag=True),
    Arg(("--version",), "version", Cli.HELP_VERSION, flag=True),
    Arg(("--json",), "json", Cli.HELP_JSON, flag=True),
    Arg(("--lang",), "lang", Cli.HELP_LANG, choices=("vi", "en"), example="en"),
    Arg(("--profile",), "profile", Cli.HELP_PROFILE, choices=("civil_service", "labor_code"),
        example="labor_code"),
    Arg(("--strict",), "strict", Cli.HELP_STRICT, flag=True),
)

COMMANDS = (
    Command("han", "due", Cli.CMD_HAN, (
        Arg(("phrase",), "phrase", Cli.ARG_PHRASE, Cli.META_PHRASE, required=True), _FROM,
    ), _han, render.deadline),
    Command("lich", "calendar", Cli.CMD_LICH, (
        Arg(("year",), "year", Cli.ARG_YEAR, Cli.META_YEAR, required=True),
        Arg(("--ics",), "ics", Cli.OPT_ICS, Cli.META_FILE, example="lich-2026.ics"),
        Arg(("--color",), "color", Cli.OPT_COLOR, choices=("auto", "always", "never"), example="never"),
    ), _lich, render.year),
    Command("ngay", "day", Cli.CMD_NGAY, (
        Arg(("date",), "date", Cli.ARG_DATE, Cli.META_DATE, required=True),
    ), _ngay, render.day),
    Command("dem", "count", Cli.CMD_DEM, (
        Arg(("start",), "start", Cli.ARG_START, Cli.META_START, required=True),
        Arg(("end",), "end", Cli.ARG_END, Cli.META_END, required=True),
        Arg(("--ca-hai-dau", "--both-ends"), "both_ends", Cli.OPT_BOTH_ENDS, flag=True),
    ), _dem, render.count),
    Command("hoso", "batch", Cli.CMD_HOSO, (
        Arg(("src",), "src", Cli.ARG_SRC, Cli.META_FILE, required=True),
        Arg(("-o", "--output"), "output", Cli.OPT_OUTPUT, Cli.META_FILE, required=True, example="ra.csv"),
        Arg(("--as-of", "--tinh-den"), "as_of", Cli.OPT_AS_OF, Cli.META_DATE, example="12/03/2026"),
        Arg(("--summary-json",), "summary_json", Cli.OPT_SUMMARY_JSON, Cli.META_FILE,
            example="tong-hop.json"),
        Arg(("--receipt",), "receipt", Cli.OPT_RECEIPT, choices=("legal", "deemed_next_working_day"),
            example="legal"),
        Arg(("--bo-sung", "--supplement"), "supplement", Cli.OPT_SUPPLEMENT, choices=("restart", "pause"),
            example="restart"),
        Arg(("--cot", "--column"), "columns", Cli.OPT_COLUMN, Cli.META_COLUMN, many=True,
            example="\"ngay_nhan=Ngày tiếp nhận\""),
        Arg(("--ghi-de", "--overwrite"), "overwrite", Cli.OPT_OVERWRITE, flag=True),
        Arg(("--khong-bom", "--no-bom"), "no_bom", Cli.OPT_NO_BOM, flag=True),
    ), _hoso, render.summary),
    Command("quet", "scan", Cli.CMD_QUET, (
        Arg(("file",), "file", Cli.ARG_FILE, Cli.META_FILE, required=True),
        Arg(("--ngay-ban-hanh", "--issued"), "issued", Cli.OPT_ISSUED, Cli.META_DATE, example="12/12/2023"),
        Arg(("--su-kien", "--event"), "event", Cli.OPT_EVENT, Cli.META_EVENT, many=True,
            example="\"ký Quyết định=15/12/2023\""),
        Arg(("-o", "--output"), "output", Cli.OPT_SCAN_OUTPUT, Cli.META_FILE, example="theo-doi.xlsx"),
    ), _quet, render.findings),
    Command("dulieu", "data", Cli.CMD_DULIEU, (
        Arg(("files",), "files", Cli.ARG_DATA_FILES, Cli.META_FILE, required=True, many=True),
    ), _dulieu, render.data_report),
    Command("dichvu", "serve", Cli.CMD_DICHVU, (
        Arg(("--host",), "host", Cli.OPT_HOST, Cli.META_HOST, example="127.0.0.1"),
        Arg(("--port",), "port", Cli.OPT_PORT, Cli.META_PORT, example="8000"),
    ), _dichvu, render.stopped),
)
