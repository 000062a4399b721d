# SPDX-License-Identifier: Apache-2.0
"""What the command line shows: each renderer returns a string; printing happens in main().

>>> from datetime import date
>>> from hanchot import calendar
>>> print(day(calendar().day(date(2026, 1, 10)), "en", False))
Saturday 10/01/2026: working day (Make-up working Saturday for the swapped day off on 2 January)
  Công văn 12729/VPCP-KGVX (Văn phòng Chính phủ, 25/12/2025)
  (notice known from press reports)
"""

from __future__ import annotations

import calendar as gregorian
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from hanchot import serial
from hanchot.calendars import Calendar, DayInfo, default_calendar
from hanchot.cli.words import Cli, t
from hanchot.data import DayKind, Evidence
from hanchot.data.validate import STATUTES
from hanchot.errors import ErrorCode, HanchotError
from hanchot.messages import Lang, say, weekday
from hanchot.messages.catalogue import MONTHS

if TYPE_CHECKING:  # deadlines, the batch and the scanner load only for the commands that use them
    from hanchot.batch import Summary
    from hanchot.deadline import Deadline
    from hanchot.scanner import Finding

__all__: list[str] = []  # the renderers serve main() alone

_RED, _GREEN, _DIM, _RESET = "\033[31m", "\033[32m", "\033[2m", "\033[0m"
_ANSI = re.compile(r"\033\[[0-9;]*m")


def _weekday(d: date, lang: Lang) -> str:
    return f"{weekday(d, lang)} {d:%d/%m/%Y}"


def deadline(result: Deadline, lang: Lang, colour: bool) -> str:
    """The due date, its weekday, warnings and the explanation."""
    hours = result.due_at.date() == result.due_date
    end = f"{t(Cli.AT, lang)} {result.due_at:%H:%M}" if hours else t(Cli.ENDS, lang)
    lines = [f"{t(Cli.DUE, lang)}: {_weekday(result.due_date, lang)}",
             f"  {end}; {t(Cli.CLOSES, lang)} {result.office_closes_at:%H:%M}"]
    if result.provisional:  # a projected year, or a day only seen cited: the explanation's last step says
        lines.append(f"  ({t(Cli.PROVISIONAL_SPAN, lang)})")
    lines += [f"{t(Cli.WARNING, lang)}: {w.text(lang)}" for w in result.warnings]
    lines.append(f"{t(Cli.EXPLAIN, lang)}:")
    lines += [f"  {step.text(lang)}" for step in result.steps]
    return "\n".join(lines)


def day(info: DayInfo, lang: Lang, colour: bool) -> str:
    """A day's kind, name and source."""
    what = t(Cli.WORKING, lang) if info.is_working_day else t(Cli.OFF, lang)
    name = info.name_vi if lang is Lang.VI else info.name_en
    line = f"{_weekday(info.date, lang)}: {what}" + ("" if info.kind is DayKind.WORKING else f" ({name})")
    if info.source is not None:
        line += f"\n  {info.source.cite(lang)}"
    if info.evidence is Evidence.NOTICE_REPORTED:  # how the notice is known (a cited one: below)
        line += f"\n  ({info.evidence.label(lang)})"
    if info.provisional:
        line += f"\n  ({_provisional(info, lang)})"
    return line


def _provisional(info: DayInfo, lang: Lang) -> str:
    """Why a day is provisional: its year is not announced, or its notice was only seen cited."""
    return t(Cli.PROVISIONAL_CITED if info.evidence is Evidence.NOTICE_CITED else Cli.PROVISIONAL, lang)


def count(result: tuple[date, date, int, tuple[DayInfo, ...], bool], lang: Lang, colour: bool) -> str:
    """The number of working days between two dates, what was counted, and the days off in between."""
    a, b, n, days, both = result
    low, high = min(a, b), max(a, b)
    span = f"{low:%d/%m/%Y} {'≤' if both else '<'} x ≤ {high:%d/%m/%Y}"
    how = t(Cli.BOTH_ENDS if both else Cli.START_NOT_COUNTED, lang)
    reversed_ = f"; {t(Cli.REVERSED, lang)}" if b < a else ""  # counted backwards: the count is negative
    lines = [f"{n} {t(Cli.COUNT, lang)} ({span}{reversed_})", how]
    listed = [d for d in days if d.kind is not DayKind.WEEKEND]
    if listed:
        lines.append(f"{t(Cli.DAYS_OFF, lang)}:")
        lines += [f"  {d.date:%d/%m/%Y} {d.name_vi if lang is Lang.VI else d.name_en}" for d in listed]
    return "\n".join(lines)


def _month(year_number: int, month: int, marks: dict[date, str], lang: Lang, colour: bool) -> list[str]:
    title = MONTHS[lang][month - 1]
    lines = [title.center(21).rstrip(), t(Cli.WEEKDAY_HEADS, lang)]
    for week in gregorian.Calendar(firstweekday=0).monthdayscalendar(year_number, month):
        cells = []
        for number in week:
            if not number:
                cells.append("   ")
                continue
            mark = marks.get(date(year_number, month, number), "")
            text = f"{number:>2}"
            if colour:
                code = {"*": _RED, "+": _GREEN}.get(mark, _DIM if mark == "w" else "")
                cells.append(f"{code}{text}{_RESET if code else ''} ")
            else:
                cells.append(text + (mark if mark in "*+" and mark else " "))
        lines.append("".join(cells).rstrip())
    return lines + [""] * (9 - len(lines))  # six weeks at most, then a blank line


def _padded(text: str, width: int) -> str:
    """``text`` padded to ``width`` columns as the terminal shows them (colour codes take none)."""
    return text + " " * max(0, width - len(_ANSI.sub("", text)))


def _marks(weekend: frozenset[int], number: int, days: tuple[DayInfo, ...], colour: bool
           ) -> dict[date, str]:
    """'*' a weekday off, '+' a make-up working day, and (in colour) 'w' a weekly rest day."""
    marks: dict[date, str] = {}
    if colour:
        first = date(number, 1, 1).toordinal()
        for ordinal in range(first, date(number, 12, 31).toordinal() + 1):
            if date.fromordinal(ordinal).weekday() in weekend:
                marks[date.fromordinal(ordinal)] = "w"
    for info in days:
        if info.is_working_day:
            marks[info.date] = "+"
        elif info.date.weekday() not in weekend:
            marks[info.date] = "*"
    return marks


def year(result: tuple[Calendar, int, tuple[DayInfo, ...]], lang: Lang, colour: bool) -> str:
    """The year as month grids like ``cal``, then the list of days off with their sources."""
    cal, number, days = result
    marks = _marks(cal.weekend, number, days, colour)
    lines = [str(number).center(67).rstrip(), ""]
    for row in range(4):
        blocks = [_month(number, 3 * row + k + 1, marks, lang, colour) for k in range(3)]
        for parts in zip(*blocks, strict=True):
            lines.append("  ".join(_padded(part, 21) for part in parts).rstrip())
    lines += [t(Cli.LEGEND_COLOUR if colour else Cli.LEGEND, lang), ""]
    for d in days:
        name = d.name_vi if lang is Lang.VI else d.name_en
        flag = f" ({_provisional(d, lang)})" if d.provisional else ""
        if d.evidence is Evidence.NOTICE_REPORTED:
            flag += f" ({d.evidence.label(lang)})"
        cite = f" [{d.source.cite(lang)}]" if d.source else ""
        lines.append(f"{_weekday(d.date, lang)}  {d.kind.label(lang)}: {name}{flag}{cite}")
    return "\n".join(lines)


def summary(result: Summary, lang: Lang, colour: bool) -> str:
    """The batch summary."""
    return f"{t(Cli.SUMMARY, lang)}: {result.text(lang)}"


def findings(result: tuple[date | None, list[Finding]], lang: Lang, colour: bool) -> str:
    """The deadlines found in a document."""
    issued, found = result
    when_issued = f"{issued:%d/%m/%Y}" if issued else t(Cli.UNKNOWN, lang)
    lines = [f"{t(Cli.ISSUED_ON, lang)}: {when_issued}"]
    if not found:
        return "\n".join([*lines, t(Cli.NONE_FOUND, lang)])
    lines.append(f"{len(found)} {t(Cli.FOUND, lang)}:")
    for f in found:
        if f.due_date is not None:
            when = _weekday(f.due_date, lang)
        elif f.problem is not None:  # counted, but the answer could not be given
            when = f.problem.text(lang)
        elif f.basis == "event":  # Basis.EVENT, without loading the scanner for every command
            when = f"{t(Cli.COUNTED_FROM_EVENT, lang)}: {f.anchor}"
        else:
            when = t(Cli.NEEDS_DATE, lang)
        if f.urgency is not None and f.urgency.value != "same_day" and f.due_date is not None:
            when += f" ({t(Cli.URGENCY, lang, urgency=_urgency(f, lang))})"
        item = f"{t(Cli.ITEM, lang)} {f.place or f.item} · " if f.item else ""
        lines.append(f"- {item}{f.who or t(Cli.NOT_NAMED, lang)}: \"{f.phrase}\" → {when}")
        task = f.task if len(f.task) <= _TASK else f.task[:_TASK - 1].rstrip() + "…"
        lines.append(f"    {t(Cli.TASK, lang)}: {task}")
    return "\n".join(lines)


_TASK = 160  # characters of a task a screen shows; the table (quet -o) has it whole


def _urgency(f: Finding, lang: Lang) -> str:
    from hanchot.scanner.export import ScanText  # noqa: PLC0415 (the scanner loads for quet alone)

    return say(ScanText(f.urgency.value if f.urgency else "urgent")).text(lang)


def stopped(result: None, lang: Lang, colour: bool) -> str:
    """The service has stopped."""
    return t(Cli.STOPPED_SERVING, lang)


def data_report(result: list[tuple[str, int, tuple[str, ...]]], lang: Lang, colour: bool) -> str:
    """What the data check read in each file: a year's records and groups, or the statutes' eras."""
    return "\n".join(t(Cli.DATA_REPORT_STATUTES, lang, file=name, eras=records) if name == STATUTES
                     else t(Cli.DATA_REPORT, lang, file=name, records=records,
                            groups=", ".join(groups) or t(Cli.NONE, lang))
                     for name, records, groups in result)


_PHRASE_CODES = frozenset({ErrorCode.PHRASE_EMPTY, ErrorCode.PHRASE_TOO_LONG, ErrorCode.PHRASE_UNREADABLE,
                           ErrorCode.PHRASE_IMPOSSIBLE})
_COVERAGE_CODES = frozenset({ErrorCode.DATE_OUT_OF_COVERAGE, ErrorCode.ANSWER_OUT_OF_COVERAGE,
                             ErrorCode.YEAR_OUT_OF_COVERAGE, ErrorCode.DEADLINE_OUT_OF_COVERAGE,
                             ErrorCode.LUNAR_DATE_OUT_OF_TABLE, ErrorCode.LUNAR_YEAR_OUT_OF_TABLE})
_FILE_CODES = frozenset({ErrorCode.FILE_UNREADABLE, ErrorCode.FILE_NOT_WRITTEN, ErrorCode.NOT_A_PATH})


#: Errors about how a date is written (a cell's own message already shows the forms).
_DATE_CODES = frozenset({ErrorCode.NOT_A_DATE, ErrorCode.NOT_A_MOMENT, ErrorCode.NEEDS_TIME})
_USAGE_CODES = frozenset(code for code in ErrorCode if code.value.startswith("usage_"))
_DATA_CODES = frozenset(code for code in ErrorCode if code.value.startswith("data_"))
#: The hint each kind of error gets: how to write it right, or where to look.
_HINTS = ((_PHRASE_CODES, Cli.HINT_PHRASE), (_COVERAGE_CODES, Cli.HINT_COVERAGE),
          (_FILE_CODES, Cli.HINT_FILE), (_USAGE_CODES, Cli.HINT_USAGE), (_DATA_CODES, Cli.HINT_DATA),
          (_DATE_CODES, Cli.HINT_DATE))


def _hint(command: str, error: HanchotError, lang: Lang) -> str | None:
    """A hint chosen by the error's code, never by its text."""
    hint = next((hint for codes, hint in _HINTS if error.code in codes), None)
    if hint is None:
        return None
    coverage = default_calendar().coverage
    return t(hint, lang, command=f" {command}" if command else "", first=coverage.first, last=coverage.last)


def error(command: str, problem: HanchotError, lang: Lang) -> str:
    """A message for the clerk: what was wrong, and how to write it correctly."""
    line = t(Cli.ERROR, lang, command=f" {command}" if command else "", message=problem.message(lang))
    hint = _hint(command, problem, lang)
    return f"{line}\n{hint}" if hint else line


def as_json(command: str, result: Any, lang: Lang) -> Any:
    """A JSON-ready view with stable field names; texts for people in ``lang``."""
    return _JSON[command](result, lang)


_JSON: dict[str, Callable[[Any, Lang], Any]] = {
    "han": lambda result, lang: result.as_json(lang),
    "ngay": lambda info, lang: info.as_json(),
    "dem": lambda result, lang: serial.count_json(*result),
    "lich": lambda result, lang: serial.year_json(result[1], result[2]),
    "hoso": lambda summary, lang: summary.as_dict(),
    "quet": lambda result, lang: serial.findings_json(result[0], result[1], lang),
    "dulieu": lambda report, lang: {"files": [{"file": name, "records": records, "announced": list(groups)}
                                              for name, records, groups in report]},
}
