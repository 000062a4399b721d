# SPDX-License-Identifier: Apache-2.0
"""The command line's parser and entry point: one parser per command, common options anywhere.

Every word it shows comes from the message catalogue (Vietnamese by default,
``--lang en``), argparse's own included; every error is one of hanchot's, shown
without a traceback.

>>> main(["ngay", "24/11/2026", "--lang", "en"])
Tuesday 24/11/2026: day off (Vietnamese Culture Day)
  Công văn 10065/VPCP-KGVX (Văn phòng Chính phủ, 02/10/2026)
  (provisional: the notice that sets this day was only seen cited, not confirmed)
1
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from functools import partial
from typing import Any, NoReturn

from hanchot import serial
from hanchot.calendars import default_calendar
from hanchot.calendars.days import year_ranges
from hanchot.cli import render
from hanchot.cli.commands import COMMANDS, GLOBAL, Arg, Command, Outcome
from hanchot.cli.words import Cli, t
from hanchot.errors import DataFileError, ErrorCode, HanchotError, UsageError
from hanchot.messages import Lang, Message, Text, fail, os_reason, renamed, say

__all__ = ["main"]

VERSION = "0.1.0"
#: The exit code of a pipe's writer whose reader has gone (128 + SIGPIPE), as ``yes | head -1`` gives:
#: not 1, which says a check failed.
_SIGPIPE_EXIT = 141
_BY_NAME = {name: command for command in COMMANDS for name in (command.name, command.alias)}
#: Options that take a value, of any command: the word after one is its value, never the command.
_ARGS = (*GLOBAL, *(arg for command in COMMANDS for arg in command.args))
_VALUED = {name for arg in _ARGS if not (arg.flag or arg.positional) for name in arg.names}
_OPTIONS = {name for arg in _ARGS if not arg.positional for name in arg.names}
#: The library's argument names, as the command line calls them (a word of the catalogue, or an option).
_NAMES: dict[str, Cli | str] = {
    "phrase": Cli.META_PHRASE, "start": "--tu", "as_of": "--as-of", "summary_json": "--summary-json",
    "src": Cli.META_FILE, "dst": "-o", "year": Cli.META_YEAR, "d": Cli.META_DATE, "a": Cli.META_START,
    "b": Cli.META_END}


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the catalogue's word for "usage"."""

    def __init__(self, prog: str, lang: Lang) -> None:
        super().__init__(prog)
        self.lang = lang

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix=prefix or t(Cli.USAGE, self.lang))


class _Parser(argparse.ArgumentParser):
    """An argparse parser that never prints or exits on its own: hanchot says what went wrong."""

    def error(self, message: str) -> NoReturn:
        raise fail(UsageError, ErrorCode.USAGE_UNKNOWN_ARGUMENT, field="argv",
                   value=message.rsplit(": ", maxsplit=1)[-1],
                   command=self.prog.removeprefix("hanchot").strip() or "")


def _usage(command: Command | None, lang: Lang) -> str:
    """The usage line: the command, its arguments, its options, then the common options."""
    if command is None:
        return t(Cli.TOP_USAGE, lang)
    words = [f"hanchot {command.name}"]
    for arg in command.args:
        shown = t(arg.metavar, lang) if arg.metavar else "|".join(arg.choices)
        word = shown if arg.positional else arg.names[0] if arg.flag else f"{arg.names[0]} {shown}"
        word += " …" if arg.many else ""
        words.append(word if arg.required else f"[{word}]")
    return " ".join([*words, t(Cli.COMMON_OPTIONS, lang)])


def _parser(command: Command | None, lang: Lang) -> _Parser:
    """The parser of one command (with the common options), or of hanchot itself."""
    formatter = partial(_Formatter, lang=lang)
    parser = _Parser(prog=f"hanchot {command.name}" if command else "hanchot", add_help=False,
                     allow_abbrev=False, exit_on_error=False, formatter_class=formatter,
                     usage=_usage(command, lang),
                     description=t(command.help if command else Cli.DESCRIPTION, lang),
                     epilog=None if command else t(Cli.EPILOG, lang))
    if command is not None:
        positional = parser.add_argument_group(t(Cli.GROUP_ARGUMENTS, lang))
        options = parser.add_argument_group(t(Cli.GROUP_OPTIONS, lang))
        for arg in command.args:
            _add(positional if arg.positional else options, arg, lang)
    else:
        commands = parser.add_argument_group(t(Cli.GROUP_COMMANDS, lang))
        for each in COMMANDS:
            commands.add_argument(each.name, help=f"({each.alias}) {t(each.help, lang)}", nargs="?",
                                  default=argparse.SUPPRESS)
    common = parser.add_argument_group(t(Cli.GROUP_COMMON, lang))
    for arg in GLOBAL:
        _add(common, arg, lang)
    return parser


def _add(group: argparse._ArgumentGroup, arg: Arg, lang: Lang) -> None:
    help_text = t(arg.help, lang)
    if arg.flag:
        group.add_argument(*arg.names, dest=arg.dest, action="store_true", help=help_text)
        return
    metavar = t(arg.metavar, lang) if arg.metavar else "|".join(arg.choices)
    if arg.positional:
        group.add_argument(arg.dest, nargs="*" if arg.many else "?", metavar=metavar, help=help_text)
    else:
        group.add_argument(*arg.names, dest=arg.dest, action="append" if arg.many else "store",
                           metavar=metavar, help=help_text)


def _language(argv: Sequence[str]) -> Lang:
    """The language asked for, read before parsing so that even a parse error speaks it."""
    for i, token in enumerate(argv):
        value = token.removeprefix("--lang=") if token.startswith("--lang=") else (
            argv[i + 1] if token == "--lang" and i + 1 < len(argv) else None)
        if value is not None and value.lower() in ("vi", "en"):
            return Lang(value.lower())
    return Lang.VI


def _plain(word: str) -> str:
    """A word without case or diacritics, as a clerk may type a command ("Lịch", "HẠN")."""
    from hanchot.parser import fold  # noqa: PLC0415 (needed only when a command is not typed as named)

    return fold(word).strip()


def _command_word(argv: Sequence[str]) -> int | None:
    """The position of the command word: the first word that is not an option or an option's value."""
    skip = False
    for i, token in enumerate(argv):
        if skip:
            skip = False
        elif token in _VALUED:
            skip = True
        elif not token.startswith("-") or token == "-":
            return i
    return None


def _command(argv: list[str]) -> tuple[Command | None, list[str]]:
    """The command (None for hanchot alone) and the other words; an error for an unknown command."""
    at = _command_word(argv)
    if at is None:
        return None, argv
    command = _BY_NAME.get(argv[at]) or _BY_NAME.get(_plain(argv[at]))
    before = argv[at - 1] if at else ""
    if command is None and before.startswith("-") and before not in _OPTIONS:  # --tuu 1: the option is wrong
        raise fail(UsageError, ErrorCode.USAGE_UNKNOWN_OPTION, field="argv", value=before, command="")
    if command is None:
        import difflib  # noqa: PLC0415 (a suggestion is needed only when a command is mistyped)

        close = difflib.get_close_matches(_plain(argv[at]), list(_BY_NAME), n=1, cutoff=0.6)
        raise fail(UsageError, ErrorCode.USAGE_UNKNOWN_COMMAND, field="command", value=argv[at],
                   guess=say(Text.GUESS, name=close[0]) if close else "",
                   allowed=", ".join(f"{c.name} ({c.alias})" for c in COMMANDS))
    return command, argv[:at] + argv[at + 1:]


def _parse(command: Command | None, argv: list[str], lang: Lang) -> argparse.Namespace:
    """The arguments of a command; a :class:`UsageError` for anything malformed."""
    args = _namespace(_parser(command, lang), argv, command)
    if command is None:
        return args
    if not (args.help or args.version):
        for arg in command.args:
            _check(arg, getattr(args, arg.dest), command, lang)
    return args


def _namespace(parser: _Parser, argv: list[str], command: Command | None) -> argparse.Namespace:
    name = command.name if command else ""
    try:
        args, unknown = parser.parse_known_args(argv)
    except argparse.ArgumentError as error:
        option = error.argument_name or ""
        flag = any(option in arg.names and arg.flag for arg in (*GLOBAL, *(command.args if command else ())))
        if flag:
            given = next((word.split("=", 1)[1] for word in argv if word.startswith(f"{option}=")), "")
            raise fail(UsageError, ErrorCode.USAGE_NO_VALUE_ALLOWED, field=option, value=given,
                       command=name) from None
        raise fail(UsageError, ErrorCode.USAGE_MISSING_VALUE, field=option, value=None, command=name,
                   example=_example(option, command)) from None
    if unknown:
        dashed = unknown[0].startswith("-")
        raise fail(UsageError, ErrorCode.USAGE_UNKNOWN_OPTION if dashed else ErrorCode.USAGE_UNKNOWN_ARGUMENT,
                   field="argv", value=unknown[0], command=name)
    for arg in (*GLOBAL, *(command.args if command else ())):
        value = getattr(args, arg.dest, None)
        if arg.choices and isinstance(value, str):  # a choice in any case: --lang EN, --color Never
            setattr(args, arg.dest, value.lower())
    for arg in GLOBAL:
        _check(arg, getattr(args, arg.dest), command, Lang.VI)
    return args


def _example(option: str, command: Command | None) -> str:
    for arg in (*GLOBAL, *(command.args if command else ())):
        if option in arg.names or option == "/".join(arg.names):
            return arg.example
    return ""


def _check(arg: Arg, value: object, command: Command | None, lang: Lang) -> None:
    """A required argument given, and a choice among those allowed."""
    name = command.name if command else ""
    shown = arg.names[0] if not arg.positional else t(arg.metavar, lang) if arg.metavar else arg.dest
    if arg.required and (value is None or value == []):
        raise fail(UsageError, ErrorCode.USAGE_MISSING_ARGUMENT, field=shown, value=None, command=name,
                   hint=t(arg.help, lang))
    if arg.choices and value is not None and value not in arg.choices:
        raise fail(UsageError, ErrorCode.USAGE_BAD_CHOICE, field=shown, value=value, allowed=arg.choices)


def _write(text: str, stream: Any) -> None:
    """Write a line, replacing what the terminal's encoding cannot show (never failing on it)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write((text + "\n").encode(encoding, "replace").decode(encoding))
    stream.flush()


class _Terminated(KeyboardInterrupt):
    """SIGTERM, stopping a run as Ctrl-C does: files being written are removed, the old ones kept."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    >>> main(["han", "05 ngày làm việc", "--tu", "11/02/2026"])  # doctest: +ELLIPSIS
    Hạn: Thứ Tư 25/02/2026
    ...
    0
    """
    given = sys.argv[1:] if argv is None else argv
    words = [word for word in given if isinstance(word, str)] if isinstance(given, list | tuple) else []
    lang = _language(words)
    name = ""
    typed: dict[object, str] = {}  # what the clerk typed, by the value it was read as
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        try:
            if not isinstance(given, list | tuple) or len(words) != len(given):
                raise fail(UsageError, ErrorCode.USAGE_UNKNOWN_ARGUMENT, field="argv", value=given,
                           command="")
            command, rest = _command(words)
            name = command.name if command else ""
            args = _parse(command, rest, lang)
            if args.version:
                _write(_version(lang, as_json=bool(getattr(args, "json", False))), sys.stdout)
                return 0
            if command is None or args.help:
                _write(_parser(command, lang).format_help().rstrip(), sys.stdout)
                return 0 if args.help else 2
            args.typed = typed
            outcome = command.run(args)
        except HanchotError as error:
            return _report(error, name, lang, typed, as_json="--json" in words)
        _show(command, args, outcome, lang)
        return outcome.code
    except KeyboardInterrupt as stopped:  # Ctrl-C, or a polite kill (SIGTERM): the same clean stop
        _write(t(Cli.INTERRUPTED, lang), sys.stderr)
        return 143 if isinstance(stopped, _Terminated) else 130
    except OSError as error:  # the output cannot be written
        return _output_lost(error, name, lang)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _output_lost(error: OSError, name: str, lang: Lang) -> int:
    """The reader went away (hanchot … | head: exit 141, quietly, as a Unix tool killed by SIGPIPE) or the
    output failed (a full disk: 2)."""
    if not isinstance(error, BrokenPipeError):
        with contextlib.suppress(OSError, ValueError):
            _write(t(Cli.OUTPUT_FAILED, lang, command=f" {name}" if name else "", reason=os_reason(error)),
                   sys.stderr)
    with contextlib.suppress(AttributeError, OSError, ValueError):  # keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return _SIGPIPE_EXIT if isinstance(error, BrokenPipeError) else 2


def _version(lang: Lang, *, as_json: bool) -> str:
    """The version, and the data's age: when it was reviewed, which years are official."""
    coverage = default_calendar().coverage  # the data's age goes with the code's
    if as_json:
        return json.dumps({"version": VERSION, "data_reviewed": coverage.reviewed.isoformat(),
                           "official_years": sorted(coverage.official_years)}, indent=2)
    return t(Cli.VERSION, lang, version=VERSION, reviewed=coverage.reviewed,
             official=year_ranges(sorted(coverage.official_years)))


def _report(error: HanchotError, name: str, lang: Lang, typed: dict[object, str], *, as_json: bool) -> int:
    """Tell the clerk (or the script, as JSON) what went wrong; return the exit code."""
    # a data file's errors name its keys, not the command's arguments
    named = error if isinstance(error, DataFileError) else renamed(error, _names(lang))
    shown = _as_typed(named, typed)
    if as_json:  # the message names the argument in the clerk's language; the field, for scripts, in one
        field = error.field if isinstance(error, DataFileError) else renamed(error, _names(Lang.EN)).field
        _write(json.dumps({"error": {**serial.error_json(shown, lang), "field": field}},
                          ensure_ascii=False, indent=2), sys.stdout)
    else:
        _write(render.error(name, shown, lang), sys.stderr)
    return 1 if _check_failed(error) else 2


def _names(lang: Lang) -> dict[str, str]:
    """The library's argument names as the command line shows them, in ``lang``."""
    return {name: t(word, lang) if isinstance(word, Cli) else word for name, word in _NAMES.items()}


def _as_typed(error: HanchotError, typed: dict[object, str]) -> HanchotError:
    """The error quoting what the clerk typed ('31/12/1999'), not the value it was read as."""
    detail = error.detail
    try:
        text = typed.get(error.value)
    except TypeError:  # a value that cannot be looked up (a list): nothing was typed as it
        return error
    if text is None or not isinstance(detail, Message):
        return error
    params = tuple((key, text if key == "value" else value) for key, value in detail.params)
    return type(error)(error.code, Message(detail.code, params), field=error.field, value=error.value)


def _check_failed(error: HanchotError) -> bool:
    """Whether the error means a check did not pass (exit code 1), not that the input was malformed."""
    return isinstance(error, DataFileError) and error.code is not ErrorCode.DATA_UNREADABLE


def _show(command: Command, args: argparse.Namespace, outcome: Outcome, lang: Lang) -> None:
    if args.json:
        _write(json.dumps(render.as_json(command.name, outcome.result, lang), ensure_ascii=False, indent=2),
               sys.stderr if outcome.aside else sys.stdout)
        return
    colour = command.name == "lich" and (args.color == "always" or (args.color in (None, "auto")
                                                                     and sys.stdout.isatty()))
    _write(command.render(outcome.result, lang, colour), sys.stderr if outcome.aside else sys.stdout)

