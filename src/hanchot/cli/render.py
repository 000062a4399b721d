# SPDX-License-Identifier: Apache-2.0
"""What the command line shows: each renderer returns a string; printing happens in main()."""

from __future__ import annotations

import calendar as gregorian
from datetime import date
from typing import Any

from hanchot._text import day_vi
from hanchot.calendars import DayInfo
from hanchot.cli.text import MESSAGES, Lang
from hanchot.data.records import DayKind
from hanchot.parser import PhraseError

_RED, _GREEN, _DIM, _RESET = "\033[31m", "\033[32m", "\033[2m", "\033[0m"


def _weekday(d: date, lang: Lang) -> str:
    return day_vi(d) if lang == "vi" else f"{d:%A %d/%m/%Y}"


def deadline(result: Any, lang: Lang, colour: bool) -> str:
    """The due date, its weekday, warnings and the explanation."""
    m = MESSAGES[lang]
    hours = result.due_at.date() == result.due_date
    end = f"{m['at']} {result.due_at:%H:%M}" if hours else m["ends"]
    lines = [f"{m['due']}: {_weekday(result.due_date, lang)}",
             f"  {end}; {m['closes']} {result.office_closes_at:%H:%M}"]
    if result.provisional:
        lines.append(f"  ({m['provisional']})")
    lines += [f"{m['warning']}: {w}" for w in result.warnings]
    lines.append(f"{m['explain']}:")
    lines += [f"  {step}" for step in result.steps]
    return "\n".join(lines)


def day(info: DayInfo, lang: Lang, colour: bool) -> str:
    """A day's kind, name and source."""
    m = MESSAGES[lang]
    what = m["working"] if info.is_working_day else m["off"]
    name = info.name_vi if lang == "vi" else info.name_en
    line = f"{_weekday(info.date, lang)}: {what} ({name})"
    if info.source is not None:
        line += f"\n  {info.source.cite()}"
    if info.provisional:
        line += f"\n  ({m['provisional']})"
    return line


def count(result: tuple[date, date, int, tuple[DayInfo, ...]], lang: Lang, colour: bool) -> str:
    """The number of working days between two dates, and the days off in between."""
    a, b, n, days = result
    m = MESSAGES[lang]
    lines = [f"{n} {m['count']} ({a:%d/%m/%Y} < x ≤ {b:%d/%m/%Y})"]
    listed = [d for d in days if d.kind is not DayKind.WEEKEND]
    if listed:
        lines.append(f"{m['days_off']}:")
        lines += [f"  {d.date:%d/%m/%Y} {d.name_vi if lang == 'vi' else d.name_en}" for d in listed]
    return "\n".join(lines)


def _month(year: int, month: int, marks: dict[date, str], lang: Lang, colour: bool) -> list[str]:
    m = MESSAGES[lang]
    title = m["months"].split(",")[month - 1]
    lines = [title.center(21).rstrip(), m["weekdays"]]
    for week in gregorian.Calendar(firstweekday=0).monthdayscalendar(year, month):
        cells = []
        for number in week:
            if not number:
                cells.append("   ")
                continue
            mark = marks.get(date(year, month, number), "")
            text = f"{number:>2}"
            if colour:
                code = {"*": _RED, "+": _GREEN}.get(mark, _DIM if mark == "w" else "")
                cells.append(f"{code}{text}{_RESET if code else ''} ")
            else:
                cells.append(text + (mark if mark in "*+" and mark else " "))
        lines.append("".join(cells).rstrip())
    return lines + [""] * (9 - len(lines))  # six weeks at most, then a blank line


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


def year(result: tuple[Any, int, tuple[DayInfo, ...]], lang: Lang, colour: bool) -> str:
    """The year as month grids like ``cal``, then the list of days off with their sources."""
    cal, number, days = result
    m = MESSAGES[lang]
    marks = _marks(cal.weekend, number, days, colour)
    lines = [str(number).center(67).rstrip(), ""]
    for row in range(4):
        blocks = [_month(number, 3 * row + k + 1, marks, lang, colour) for k in range(3)]
        for parts in zip(*blocks, strict=True):
            if colour:
                lines.append("  ".join(parts).rstrip())
            else:
                lines.append("  ".join(p.ljust(21) for p in parts).rstrip())
    legend = "* ngày nghỉ lễ, nghỉ bù, hoán đổi    + ngày làm bù" if lang == "vi" else \
        "* holiday, compensatory or swapped day off    + make-up working day"
    lines += [legend, ""]
    for d in days:
        name = d.name_vi if lang == "vi" else d.name_en
        flag = f" ({m['provisional']})" if d.provisional else ""
        cite = f" [{d.source.cite()}]" if d.source else ""
        lines.append(f"{_weekday(d.date, lang)}  {d.kind.value}: {name}{flag}{cite}")
    return "\n".join(lines)


def summary(result: Any, lang: Lang, colour: bool) -> str:
    """The batch summary."""
    return f"{MESSAGES[lang]['summary']}: {result}"


def findings(result: tuple[date | None, list[Any]], lang: Lang, colour: bool) -> str:
    """The deadlines found in a document."""
    issued, found = result
    m = MESSAGES[lang]
    lines = [f"{m['issued_on']}: {issued:%d/%m/%Y}" if issued else f"{m['issued_on']}: {m['unknown']}"]
    if not found:
        return "\n".join([*lines, m["none_found"]])
    lines.append(f"{len(found)} {m['found']}:")
    for f in found:
        if f.due_date is not None:
            when = _weekday(f.due_date, lang)
        elif f.basis == "event":
            when = f"{m['counted_from_event']}: {f.anchor}"
        else:
            when = m["needs_date"]
        item = f"{m['item']} {f.item}: " if f.item else ""
        lines.append(f"- {item}\"{f.phrase}\" → {when}")
    return "\n".join(lines)


def error(command: str, problem: BaseException, lang: Lang) -> str:
    """A message for the clerk: what was wrong, and how to write it correctly."""
    m = MESSAGES[lang]
    text = str(problem)
    if isinstance(problem, PhraseError):
        hint = m["hint_phrase"]
    elif isinstance(problem, OSError):
        hint = m["hint_file"]
    elif "coverage" in text:
        hint = m["hint_coverage"]
    else:
        hint = m["hint_date"]
    return f"{m['error']} (hanchot {command}): {text}\n{hint}"


def as_json(command: str, result: Any) -> Any:
    """A JSON-ready view with stable field names."""
    if command == "han":
        return {"phrase": result.rule.phrase(), "start": result.start.isoformat(),
                "due_date": result.due_date.isoformat(), "due_at": result.due_at.isoformat(),
                "weekday": result.due_date.isoweekday(),
                "office_closes_at": result.office_closes_at.isoformat(),
                "provisional": result.provisional, "warnings": list(result.warnings),
                "explanation": list(result.steps)}
    if command == "ngay":
        return _day_json(result)
    if command == "dem":
        a, b, n, days = result
        return {"start": a.isoformat(), "end": b.isoformat(), "working_days": n,
                "days_off": [_day_json(d) for d in days]}
    if command == "lich":
        _, number, days = result
        return {"year": number, "days": [_day_json(d) for d in days]}
    if command == "hoso":
        return result.as_dict()
    issued, found = result
    return {"issued": issued.isoformat() if issued else None, "findings": [
        {"phrase": f.phrase, "rule": f.rule.phrase(),
         "due_date": f.due_date.isoformat() if f.due_date else None,
         "basis": f.basis, "anchor": f.anchor, "item": f.item, "sentence": f.sentence,
         "start": f.start, "end": f.end} for f in found]}


def _day_json(info: DayInfo) -> dict[str, Any]:
    return {"date": info.date.isoformat(), "kind": info.kind.value, "is_working_day": info.is_working_day,
            "name_vi": info.name_vi, "name_en": info.name_en,
            "source": info.source.cite() if info.source else None, "provisional": info.provisional}


def ics(number: int, days: tuple[DayInfo, ...]) -> str:
    """An iCalendar file (RFC 5545) of the year's days off and make-up working days.

    >>> from hanchot import calendar
    >>> text = ics(2026, calendar().holidays(2026))
    >>> text.splitlines()[:3], text.count("BEGIN:VEVENT"), "DTSTART;VALUE=DATE:20260217" in text
    (['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//hanchot//lich nghi//VI'], 17, True)
    """
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hanchot//lich nghi//VI", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:Lịch nghỉ {number}"]
    for d in days:
        end = date.fromordinal(d.date.toordinal() + 1)
        summary_text = ("Làm bù: " if d.is_working_day else "Nghỉ: ") + d.name_vi
        description = d.source.cite() if d.source else ""
        lines += ["BEGIN:VEVENT", f"UID:{d.date:%Y%m%d}-{d.kind.value}@hanchot",
                  f"DTSTAMP:{number}0101T000000Z",  # fixed: nothing here reads the clock
                  f"DTSTART;VALUE=DATE:{d.date:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}",
                  f"SUMMARY:{_escape(summary_text)}", f"DESCRIPTION:{_escape(description)}",
                  "TRANSP:TRANSPARENT" if d.is_working_day else "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)
