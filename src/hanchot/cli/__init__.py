# SPDX-License-Identifier: Apache-2.0
"""``hanchot``: the clerk's command line, in Vietnamese (``--lang en`` for English).

Exit codes: 0 done; 1 a failed check (``ngay``: the day is not a working day;
``hoso``: some rows could not be computed); 2 bad usage or input.

>>> main(["han", "05 ngày làm việc", "--tu", "11/02/2026"])  # doctest: +ELLIPSIS
Hạn: Thứ Tư 25/02/2026
...
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hanchot.cli import render
from hanchot.cli.text import MESSAGES, Lang
from hanchot.errors import HanchotError

__all__ = ["main"]


def _when(text: str) -> date | datetime:
    from hanchot.batch import parse_when  # noqa: PLC0415 (only the commands that need it load it)

    return parse_when(text)


def _day(text: str) -> date:
    value = _when(text)
    return value.date() if isinstance(value, datetime) else value


def _calendar(args: argparse.Namespace) -> Any:
    import hanchot  # noqa: PLC0415

    return hanchot.calendar(args.profile, strict=args.strict)


def _han(args: argparse.Namespace) -> tuple[int, Any]:
    import hanchot  # noqa: PLC0415

    start = _when(args.tu)
    deadline = hanchot.due(args.phrase, start, calendar=_calendar(args))
    return 0, deadline


def _ngay(args: argparse.Namespace) -> tuple[int, Any]:
    info = _calendar(args).day(_day(args.date))
    return (0 if info.is_working_day else 1), info


def _dem(args: argparse.Namespace) -> tuple[int, Any]:
    cal = _calendar(args)
    a, b = _day(args.start), _day(args.end)
    return 0, (a, b, cal.working_days_between(a, b), cal.days_off_between(min(a, b), max(a, b)))


def _lich(args: argparse.Namespace) -> tuple[int, Any]:
    cal = _calendar(args)
    days = cal.holidays(args.year)
    if args.ics:
        Path(args.ics).write_text(render.ics(args.year, days), encoding="utf-8", newline="")
    return 0, (cal, args.year, days)


def _hoso(args: argparse.Namespace) -> tuple[int, Any]:
    from hanchot.batch import process_csv  # noqa: PLC0415

    as_of = _when(args.as_of) if args.as_of else None
    summary = process_csv(args.src, args.output, as_of=as_of, calendar=_calendar(args),
                          summary_json=args.summary_json, receipt=args.receipt)
    return (1 if summary.by_status["loi"] else 0), summary


def _quet(args: argparse.Namespace) -> tuple[int, Any]:
    from hanchot.scanner import issue_date, scan  # noqa: PLC0415

    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    issued = _day(args.ngay_ban_hanh) if args.ngay_ban_hanh else issue_date(text)
    events = {}
    for item in args.su_kien or []:
        words, _, when = item.rpartition("=")
        if not words:
            raise argparse.ArgumentTypeError(item)
        events[words] = _day(when)
    return 0, (issued, scan(text, issued, events=events, calendar=_calendar(args)))


# (Vietnamese name, English alias, handler, renderer)
_COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], tuple[int, Any]],
                           Callable[[Any, Lang, bool], str]]] = {
    "han": ("due", _han, render.deadline),
    "lich": ("calendar", _lich, render.year),
    "ngay": ("day", _ngay, render.day),
    "dem": ("count", _dem, render.count),
    "hoso": ("batch", _hoso, render.summary),
    "quet": ("scan", _quet, render.findings),
}


def _parser(lang: Lang) -> argparse.ArgumentParser:
    m = MESSAGES[lang]
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help=m["json"])
    common.add_argument("--lang", choices=("vi", "en"), default=lang, help=m["lang"])
    common.add_argument("--profile", choices=("civil_service", "labor_code"), default="civil_service",
                        help=m["profile"])
    common.add_argument("--strict", action="store_true", help=m["strict"])
    parser = argparse.ArgumentParser(prog="hanchot", description=m["description"], parents=[common])
    commands = parser.add_subparsers(dest="command", metavar="{han,lich,ngay,dem,hoso,quet}")
    han = commands.add_parser("han", aliases=["due"], parents=[common], help=m["han"], description=m["han"])
    han.add_argument("phrase", help=m["phrase"])
    han.add_argument("--tu", "--from", required=True, help=m["tu"])
    lich = commands.add_parser("lich", aliases=["calendar"], parents=[common], help=m["lich"],
                               description=m["lich"])
    lich.add_argument("year", type=int, help=m["year"])
    lich.add_argument("--ics", help=m["ics"])
    lich.add_argument("--color", choices=("auto", "always", "never"), default="auto", help=m["color"])
    ngay = commands.add_parser("ngay", aliases=["day"], parents=[common], help=m["ngay"],
                               description=m["ngay"])
    ngay.add_argument("date", help=m["date"])
    dem = commands.add_parser("dem", aliases=["count"], parents=[common], help=m["dem"], description=m["dem"])
    dem.add_argument("start", help=m["date"])
    dem.add_argument("end", help=m["date"])
    hoso = commands.add_parser("hoso", aliases=["batch"], parents=[common], help=m["hoso"],
                               description=m["hoso"])
    hoso.add_argument("src", help=m["src"])
    hoso.add_argument("-o", "--output", required=True, help=m["output"])
    hoso.add_argument("--as-of", "--tinh-den", help=m["as_of"])
    hoso.add_argument("--summary-json", help=m["summary_json"])
    hoso.add_argument("--receipt", choices=("legal", "deemed_next_working_day"), default="legal",
                      help=m["receipt"])
    quet = commands.add_parser("quet", aliases=["scan"], parents=[common], help=m["quet"],
                               description=m["quet"])
    quet.add_argument("file", help=m["file"])
    quet.add_argument("--ngay-ban-hanh", "--issued", help=m["issued"])
    quet.add_argument("--su-kien", "--event", action="append", help=m["event"])
    return parser


_ALIASES = {alias: name for name, (alias, _, _) in _COMMANDS.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code.

    >>> main(["ngay", "24/11/2026", "--lang", "en"])
    Tuesday 24/11/2026: day off (Vietnamese Culture Day)
      Nghị quyết 28/2026/QH16, Điều 2 (Quốc hội, 24/04/2026)
    1
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang: Lang = "en" if any(a in ("--lang=en",) for a in args_list) or (
        "--lang" in args_list and args_list[args_list.index("--lang") + 1:][:1] == ["en"]) else "vi"
    parser = _parser(lang)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as stop:  # argparse already printed help (stdout) or the usage error (stderr)
        return int(stop.code or 0)
    if args.command is None:
        print(parser.format_help())
        return 2
    name = _ALIASES.get(args.command, args.command)
    _, handler, renderer = _COMMANDS[name]
    try:
        code, result = handler(args)
    except (HanchotError, argparse.ArgumentTypeError, OSError) as error:
        sys.stderr.write(render.error(name, error, args.lang) + "\n")
        return 2
    colour = name == "lich" and (args.color == "always" or (args.color == "auto" and sys.stdout.isatty()))
    if args.json:
        print(json.dumps(render.as_json(name, result), ensure_ascii=False, indent=2))
    else:
        print(renderer(result, args.lang, colour))
    return code
