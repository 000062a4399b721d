# SPDX-License-Identifier: Apache-2.0
"""Which column of a file is which: headers matched in Vietnamese or ASCII, or mapped by the caller.

A heading matches an input column when, without diacritics, case or spacing, it is that
column's name: ``Mã hồ sơ``, ``MA HO SO`` and ``ma_ho_so`` are all ``ma_ho_so``. The caller
may name any column outright (``columns={"ngay_nhan": "Ngày tiếp nhận"}``).

>>> layout = match(["Mã hồ sơ", "Ngày nhận", "THỜI HẠN", "Ghi chú của tôi"])
>>> layout.positions["thoi_han"], layout.width
(2, 4)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hanchot.batch.cells import INPUT_COLUMNS, LABELS, OUTPUT_COLUMNS, REQUIRED
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import fail
from hanchot.parser.folding import fold

__all__: list[str] = []  # the room's own machinery: process_file and process_table are its doors


@dataclass(frozen=True, slots=True)
class Layout:
    """The file's headings, where each input column is, and where each output column goes."""

    names: tuple[str, ...]
    #: input column → its position among the headings
    positions: dict[str, int]
    #: output column → the position of the input column it replaces (``overwrite``), if any
    replaced: dict[str, int]

    @property
    def width(self) -> int:
        """How many columns the file has."""
        return len(self.names)

    @property
    def header(self) -> list[str]:
        """The output's headings: the input's, then the output columns not replacing one."""
        return [*self.names, *(name for name in OUTPUT_COLUMNS if name not in self.replaced)]


def key(heading: str) -> str:
    """A heading as a column name: no diacritics, lower case, words joined by ``_``.

    >>> key(" Ngày  yêu cầu bổ-sung "), key("\\ufeffma_ho_so")
    ('ngay_yeu_cau_bo_sung', 'ma_ho_so')
    """
    return "_".join(re.findall(r"[0-9a-z?]+", fold(heading.replace("\ufeff", ""))))


def mapping(value: object) -> dict[str, str]:
    """The caller's column mapping, checked: ``{"ngay_nhan": "Ngày tiếp nhận"}`` or "ngay_nhan=…" items."""
    items: list[tuple[object, object]] = []
    if isinstance(value, Mapping):
        items = list(value.items())
    elif isinstance(value, Sequence) and not isinstance(value, str | bytes):
        for item in value:
            if not isinstance(item, str) or "=" not in item:
                raise fail(InvalidInputError, ErrorCode.COLUMN_MAPPING, field="columns", value=item,
                           allowed=", ".join(INPUT_COLUMNS))
            items.append(tuple(part.strip() for part in item.split("=", 1)))  # type: ignore[arg-type]
    else:
        raise fail(InvalidInputError, ErrorCode.COLUMN_MAPPING, field="columns", value=value,
                   allowed=", ".join(INPUT_COLUMNS))
    out: dict[str, str] = {}
    for given, theirs in items:
        ours = key(given) if isinstance(given, str) else given  # "Mã hồ sơ" names ma_ho_so too
        if ours not in LABELS or not isinstance(theirs, str) or not theirs.strip():
            both = isinstance(given, str) and isinstance(theirs, str)
            shown = f"{given}={theirs}" if both else (given, theirs)
            raise fail(InvalidInputError, ErrorCode.COLUMN_MAPPING, field="columns", value=shown,
                       allowed=", ".join(INPUT_COLUMNS))
        out[str(ours)] = theirs
    return out


def match(headings: Sequence[str], columns: Mapping[str, str] | None = None, *,
          overwrite: bool = False) -> Layout:
    """Find each input column among the headings; refuse what would lose or mix up data."""
    names = tuple(heading.replace("\ufeff", "").strip() for heading in headings)
    keys = [key(name) for name in names]
    positions = _mapped(names, keys, columns or {})
    taken = set(positions.values())
    for ours in INPUT_COLUMNS:
        if ours in positions:
            continue
        where = [i for i, k in enumerate(keys) if k == ours and i not in taken]
        if len(where) > 1:
            raise _twice(ours, [names[i] for i in where])
        if where:
            positions[ours] = where[0]
    for ours in REQUIRED:
        if ours not in positions:
            raise _missing(ours, names)
    return Layout(names, positions, _replaced(names, overwrite))


def _mapped(names: Sequence[str], keys: Sequence[str], columns: Mapping[str, str]) -> dict[str, int]:
    """The columns the caller named: by heading (as written, or as a column name), or by number."""
    positions: dict[str, int] = {}
    for ours, theirs in columns.items():
        number = re.fullmatch(r"#(\d+)", theirs.strip())  # "#2": the second column, when two share a name
        if number is not None:
            where = [int(number.group(1)) - 1] if 1 <= int(number.group(1)) <= len(names) else []
        else:
            where = [i for i, name in enumerate(names) if name == theirs.strip()]
            where = where or [i for i, k in enumerate(keys) if k == key(theirs)]
        if len(where) != 1:
            raise _missing(ours, names, theirs) if not where else _twice(ours, [names[i] for i in where])
        if where[0] in positions.values():  # one column cannot be two
            raise fail(InvalidInputError, ErrorCode.COLUMN_MAPPING, field="columns", value=f"{ours}={theirs}",
                       allowed=", ".join(INPUT_COLUMNS))
        positions[ours] = where[0]
    return positions


def _replaced(names: Sequence[str], overwrite: bool) -> dict[str, int]:
    """Input columns with an output column's very name (a rerun on an output): refused, or replaced
    when the caller allows it. "Ghi chú" is the caller's own note, not ``ghi_chu``."""
    replaced = {}
    for name in OUTPUT_COLUMNS:
        where = [i for i, heading in enumerate(names) if heading.lower() == name]
        if len(where) > 1 or (where and not overwrite):  # two of them: which to replace is anyone's guess
            raise fail(InvalidInputError, ErrorCode.COLUMN_CLASH, field="columns", value=names[where[0]])
        if where:
            replaced[name] = where[0]
    return replaced


def _missing(ours: str, names: Sequence[str], theirs: str | None = None) -> InvalidInputError:
    label = LABELS[ours] if theirs is None else f"{ours}, {LABELS[ours]}"
    return fail(InvalidInputError, ErrorCode.COLUMN_MISSING, field="columns", value=theirs or ours,
                label=label, found=", ".join(repr(name) for name in names) or "—")


def _twice(ours: str, names: Sequence[str]) -> InvalidInputError:
    return fail(InvalidInputError, ErrorCode.COLUMN_TWICE, field="columns", value=ours,
                found=", ".join(repr(name) for name in names))
