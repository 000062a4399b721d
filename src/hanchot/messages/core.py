# SPDX-License-Identifier: Apache-2.0
"""Messages for people: a code, its parameters, and the catalogue's text in Vietnamese or English.

A :class:`Message` is a value: the code of what it says (a member of one of
hanchot's code enums) and the parameters it says it with. Its text is rendered
on demand from the catalogue, in the language asked for. Templates use
``str.format`` fields with a few formats of their own: ``{d:date}``
(13/02/2026), ``{d:day}`` (Thứ Sáu 13/02/2026 / Friday 13/02/2026), ``{d:dm}``
(13/02), ``{t:hm}`` (16:00), ``{t:at}`` (16:00 13/02/2026), ``{x:name}`` (a day's
name in the language), ``{x:cite}`` (a source's citation), and ``{v!q}``, which
quotes a value as the person gave it.

>>> from datetime import date
>>> from hanchot.errors import ErrorCode
>>> m = Message(ErrorCode.NOT_A_DATE, (("field", "d"), ("value", "ngày mai")))
>>> m.text("vi")
"d='ngày mai' là văn bản, không phải là một ngày"
>>> m.text("en")
"d='ngày mai' is text, not a date"
"""

from __future__ import annotations

import errno
import itertools
import numbers
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum, StrEnum
from functools import cache, lru_cache
from pathlib import PurePath
from typing import Any, TypeVar

from hanchot.errors import ErrorCode, HanchotError, InvalidInputError
from hanchot.messages.codes import Lang, Text

# and the rooms' plumbing
__all__ = ["Lang", "Message", "Text", "kind_of", "lang_of", "say", "shown", "weekday"]

_E = TypeVar("_E", bound=HanchotError)
_LONG = 80  # a quoted value longer than this is cut, with an ellipsis
_MANY = 12  # a list longer than this shows its first items, then an ellipsis


def lang_of(value: object) -> Lang:
    """The :class:`Lang` that ``value`` names ("vi", "en" or a member), else a clear error.

    >>> lang_of("en")
    <Lang.EN: 'en'>
    """
    if isinstance(value, str) and value in Lang._value2member_map_:
        return Lang(value)
    raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="lang", value=value,
               allowed=tuple(member.value for member in Lang))


@dataclass(frozen=True, slots=True, repr=False)
class Message:
    """What to tell a person: a code and its parameters; the text comes from the catalogue.

    >>> from hanchot.errors import ErrorCode
    >>> str(Message(ErrorCode.PHRASE_EMPTY, (("field", "phrase"), ("value", ""))))
    "phrase='': chưa có thời hạn nào; hãy viết một thời hạn, ví dụ '05 ngày làm việc'"
    """

    code: StrEnum
    params: tuple[tuple[str, object], ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.code, StrEnum) or key_of(self.code) not in _catalogue():
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="code", value=self.code,
                       allowed=("Text.…", "ErrorCode.…"))
        if not (isinstance(self.params, tuple)
                and all(isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) for p in self.params)):
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="params", value=self.params,
                       allowed=("(('name', value), …)",))

    def text(self, lang: object = Lang.VI) -> str:
        """The message in ``lang`` ("vi", the default, or "en")."""
        return _render(self.code, dict(self.params), lang if type(lang) is Lang else lang_of(lang))

    def __str__(self) -> str:
        return self.text(Lang.VI)

    def __repr__(self) -> str:
        return f"<{type(self.code).__name__}.{self.code.name}: {self.text(Lang.VI)!r}>"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: object, handler: object) -> object:
        """In a typed service (pydantic, FastAPI), a message is ``{"code": …, "text": …}`` (Vietnamese) in
        JSON, and itself in Python."""
        from pydantic_core import core_schema as cs  # noqa: PLC0415 (pydantic asks for it; nothing else does)

        shown = cs.typed_dict_schema({"code": cs.typed_dict_field(cs.str_schema()),
                                      "text": cs.typed_dict_field(cs.str_schema())})
        return cs.json_or_python_schema(
            json_schema=shown, python_schema=cs.is_instance_schema(cls),
            serialization=cs.plain_serializer_function_ser_schema(
                lambda message: {"code": message.code.value, "text": message.text(Lang.VI)}))


def say(code: StrEnum, /, **params: object) -> Message:
    """A :class:`Message` with named parameters.

    >>> from hanchot.errors import ErrorCode
    >>> say(ErrorCode.NOT_TEXT, field="text", value=5).text("en")
    'text=5 is a whole number; text is needed here'
    """
    return Message(code, tuple(params.items()))


def fail(kind: type[_E], code: ErrorCode, /, *, field: str | None = None, value: object = None,
         **params: object) -> _E:
    """An error of class ``kind`` with its code, field, value and catalogue message (to raise).

    >>> from hanchot.errors import ErrorCode, InvalidInputError
    >>> error = fail(InvalidInputError, ErrorCode.NOT_TEXT, field="text", value=5)
    >>> error.code.value, error.field, error.value, str(error)
    ('not_text', 'text', 5, 'text=5 là một số nguyên; ở đây cần văn bản')
    """
    return kind(code, Message(code, (("field", field), ("value", value), *params.items())),
                field=field if isinstance(field, str) else None, value=value)


def bare(message: Message) -> Message:
    """The same message without the argument's name before its value (for a value read from a phrase).

    >>> from hanchot.errors import ErrorCode
    >>> bare(say(ErrorCode.MONTH_INVALID, field="number", value=13)).text("en")
    'there is no month 13; months are 1 to 12'
    """
    return Message(message.code, (*message.params, ("bare", True)))


def os_reason(error: OSError) -> Message:
    """Why a file could not be used, as a message (never the system's English text).

    >>> os_reason(FileNotFoundError(2, "No such file or directory")).text("en")
    'no such file'
    """
    if isinstance(error, FileNotFoundError):
        return say(Text.NO_SUCH_FILE)
    if isinstance(error, PermissionError):
        return say(Text.NO_PERMISSION)
    if isinstance(error, IsADirectoryError):
        return say(Text.IS_A_DIRECTORY)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):  # what a clerk can act on: free some space
        return say(Text.DISK_FULL)
    return say(Text.FILE_ERROR, errno=error.errno or "?")


def renamed(error: _E, names: Mapping[str, str]) -> _E:
    """The same error, its argument names replaced by those a person knows (columns, options).

    >>> from hanchot.errors import ErrorCode, InvalidInputError
    >>> error = fail(InvalidInputError, ErrorCode.CELL_EMPTY, field="code")
    >>> str(renamed(error, {"code": "ma_ho_so"}))
    'ma_ho_so: ô này bỏ trống nhưng bắt buộc phải ghi'
    """
    detail = error.detail
    if not isinstance(detail, Message):
        return error
    params = tuple((name, names.get(value, value) if name in ("field", "other") and isinstance(value, str)
                    else value) for name, value in detail.params)
    field = names.get(error.field, error.field) if error.field is not None else None
    return type(error)(error.code, Message(detail.code, params), field=field, value=error.value)


def key_of(code: StrEnum) -> str:
    """The catalogue key of a code: its enum's name and its value.

    >>> from hanchot.errors import ErrorCode
    >>> key_of(ErrorCode.NOT_A_DATE)
    'ErrorCode.not_a_date'
    """
    return f"{type(code).__name__}.{code.value}"


@cache
def _catalogue() -> dict[str, tuple[str, str]]:
    """The catalogue, loaded on first use: a process that shows no message never reads it."""
    from hanchot.messages.catalogue import CATALOGUE  # noqa: PLC0415

    return CATALOGUE


def _render(code: StrEnum, params: Mapping[str, object], lang: Lang) -> str:
    template = _catalogue()[key_of(code)][0 if lang is Lang.VI else 1]
    if params.get("bare"):  # the value speaks for itself: no argument name before it
        template = template.replace("{field}={value!q}: ", "").replace("{field}={value!q}", "{value!q}")
    formatter = _Formatter(lang)
    out = []
    for literal, name, spec, conversion in _parts(template):
        out.append(literal)
        if name is None:
            continue
        if not name.isidentifier() or "{" in (spec or ""):  # what the fast path does not read: str.format's
            return formatter.vformat(template, (), params)
        value = params[name]
        if conversion:
            value = formatter.convert_field(value, conversion)
        out.append(formatter.format_field(value, spec or ""))
    return "".join(out)


@lru_cache(maxsize=4096)
def _parts(template: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    """A template's literal text and fields, parsed once."""
    return tuple(string.Formatter().parse(template))


class _Formatter(string.Formatter):
    """``str.format`` with hanchot's formats, in one language."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "q":
            return shown(value, self.lang)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return value.text(self.lang)
        if isinstance(value, Text):  # a shared piece, given by its code
            return _render(value, {}, self.lang)
        try:
            return self._field(value, format_spec)
        except (TypeError, ValueError, AttributeError):  # a value unlike its template's: quote it as it is
            return shown(value, self.lang)

    def _field(self, value: Any, format_spec: str) -> str:  # noqa: PLR0911 (one return per format)
        if isinstance(value, tuple | list) and format_spec != "kind":  # a list's kind is its own
            if format_spec == "or":
                return _render(Text.OR, {}, self.lang).join(self.format_field(v, "") for v in value)
            items = [self.format_field(item, format_spec) for item in value[:_MANY]]
            items += ["…"] * (len(value) > _MANY)
            return ("; " if value and isinstance(value[0], Message) else ", ").join(items)
        if format_spec == "q":
            return shown(value, self.lang)
        if format_spec == "kind":
            return _render(kind_of(value), {}, self.lang)
        if isinstance(value, date | time) and format_spec in ("day", "weekday", *_DATE_FORMATS):
            return self._when(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool) and format_spec[-1:] in ("n", "f"):
            return self._number(value, format_spec)
        if format_spec == "name":
            return str(value.name_vi if self.lang is Lang.VI else value.name_en)
        if format_spec == "cite":
            return str(value.cite(self.lang))
        if format_spec == "document":  # a source by its number and article alone
            return str(value.document)
        if isinstance(value, Enum):
            return str(value.value)
        if not format_spec and not isinstance(value, str):
            return shown(value, self.lang)
        return format(value, format_spec)

    def _when(self, value: date | time, format_spec: str) -> str:
        if format_spec in ("day", "weekday") and isinstance(value, date):
            name = weekday(value, self.lang)
            return name if format_spec == "weekday" else f"{name} {value:%d/%m/%Y}"
        if format_spec == "at" and isinstance(value, date) and not isinstance(value, datetime):
            return format(value, _DATE_FORMATS["date"])  # a day without a time: the day alone
        return format(value, _DATE_FORMATS.get(format_spec, ""))

    def _number(self, value: float, format_spec: str) -> str:
        """A number as the language writes it: 5.330.464 and 9,5 in Vietnamese; 5,330,464 and 9.5."""
        if format_spec == "n":
            text = f"{value:,}"
            return text.replace(",", ".") if self.lang is Lang.VI else text
        text = format(value, format_spec)
        return text.replace(".", ",") if self.lang is Lang.VI else text


_DATE_FORMATS = {"date": "%d/%m/%Y", "dm": "%d/%m", "hm": "%H:%M", "at": "%H:%M %d/%m/%Y",
                 "iso": "%Y-%m-%d"}


def weekday(d: date, lang: object = Lang.VI) -> str:
    """The weekday's name: 'Thứ Hai' … 'Chủ nhật', or 'Monday' … 'Sunday'.

    >>> weekday(date(2026, 2, 25)), weekday(date(2026, 2, 25), "en")
    ('Thứ Tư', 'Wednesday')
    """
    if not isinstance(d, date):
        raise fail(InvalidInputError, ErrorCode.NOT_A_DATE, field="d", value=d)
    from hanchot.messages.catalogue import WEEKDAYS  # noqa: PLC0415 (the texts load on first use)

    return WEEKDAYS[lang_of(lang)][d.weekday()]


def shown(value: object, lang: object = Lang.VI) -> str:  # noqa: PLR0911 (one return per kind of value)
    """A value as a message quotes it: text in quotes, dates in ISO 8601, never Python's repr.

    >>> shown("ngày mai"), shown(date(2026, 2, 16)), shown(datetime(2026, 2, 16, 9, 30))
    ("'ngày mai'", '2026-02-16', '2026-02-16 09:30')
    >>> shown(10 ** 5000), shown("x" * 200)[:12], shown(None), shown(None, "en")
    ('~1e5000', "'xxxxxxxxxxx", '(trống)', '(none)')
    >>> import io
    >>> shown(io.BytesIO(), "en"), shown(object(), "en")
    ('(an open file)', '(…)')
    """
    if value is None:
        return "(trống)" if lang_of(lang) is Lang.VI else "(none)"
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        text = " ".join(value.split()) if value.strip() else value
        return "'" + (text if len(text) <= _LONG else text[:_LONG - 1] + "…") + "'"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value) if value.bit_length() < 256 else f"{'-' if value < 0 else ''}~1e{_digits(value)}"
    if isinstance(value, datetime):
        return _text(lambda: value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes"))
    if isinstance(value, date | time):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else value.isoformat()
    if isinstance(value, bytes | bytearray):
        return shown(bytes(value[:_LONG]).decode("utf-8", "replace"), lang)
    if isinstance(value, Mapping):
        pairs = [f"{shown(k, lang)}: {shown(v, lang)}" for k, v in itertools.islice(value.items(), 4)]
        return "{" + ", ".join(pairs[:3]) + (", …" if len(pairs) > 3 else "") + "}"
    if isinstance(value, Sequence | set | frozenset):
        return _items(value, lang)
    if isinstance(value, numbers.Number | PurePath):
        return _text(lambda: str(value))
    return _other(value, lang)


def _other(value: object, lang: object) -> str:
    """An object of no kind a person writes: a file by its name, a value by its own text, else '(…)'."""
    name = getattr(value, "name", None)  # an open file: its name, if it has one
    if isinstance(name, str) and _is_file(value):
        return shown(name, lang)
    if type(value).__str__ is not object.__str__:
        return _text(lambda: str(value))  # a value that writes itself for people (numpy's dates)
    if _is_file(value):
        return "(" + _render(Text.WHAT_FILE, {}, lang_of(lang)) + ")"
    return "(…)"  # no text of its own (its kind is said where it matters: {value:kind})


def kind_of(value: object) -> Text:  # noqa: PLR0911 (one return per kind of value)
    """What kind of value ``value`` is, in words a person knows (never a type's name).

    >>> say(kind_of(b"x")).text("en"), say(kind_of(2.5)).text("en")
    ('bytes not yet decoded to text', 'a decimal number')
    """
    if value is None:
        return Text.WHAT_NONE
    if isinstance(value, str | bytes | bytearray):
        return Text.WHAT_TEXT if isinstance(value, str) else Text.WHAT_BYTES
    numpy = type(value).__module__ == "numpy"
    if isinstance(value, bool) or (numpy and type(value).__name__ in ("bool", "bool_")):
        return Text.WHAT_BOOLEAN
    if numpy and type(value).__name__ == "datetime64":
        return Text.WHAT_NUMPY_DATE
    if isinstance(value, numbers.Number):
        return Text.WHAT_WHOLE if isinstance(value, numbers.Integral) else Text.WHAT_NUMBER
    if isinstance(value, date | time):
        return (Text.WHAT_MOMENT if isinstance(value, datetime) else
                Text.WHAT_DATE if isinstance(value, date) else Text.WHAT_TIME)
    if isinstance(value, Mapping):
        return Text.WHAT_MAPPING
    if isinstance(value, Sequence | set | frozenset):
        return Text.WHAT_COLLECTION
    if isinstance(value, PurePath):
        return Text.WHAT_PATH
    return Text.WHAT_FILE if _is_file(value) else Text.WHAT_OTHER


def _is_file(value: object) -> bool:
    """Whether ``value`` looks like an open file (it can be read or written)."""
    return callable(getattr(value, "read", None)) or callable(getattr(value, "write", None))


def _items(value: Sequence[object] | set[object] | frozenset[object], lang: object) -> str:
    """The first items of a collection, each quoted, e.g. "['a', 'b', …]"."""
    first = [shown(item, lang) for _, item in zip(range(4), value, strict=False)]
    return "[" + ", ".join(first[:3]) + (", …" if len(first) > 3 else "") + "]"


def _digits(value: int) -> int:
    """How many decimal digits, less one, a huge whole number has (its power of ten)."""
    return int(abs(value).bit_length() * 0.30102999566398120)


def _text(make: Callable[[], str]) -> str:
    """A value's own text, cut to length; "<?>" when the value cannot say it (never a crash)."""
    try:
        text = make()
    except Exception:
        return "<?>"
    return text if len(text) <= _LONG else text[:_LONG - 1] + "…"
