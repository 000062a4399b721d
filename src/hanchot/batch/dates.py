# SPDX-License-Identifier: Apache-2.0
"""Date cells read by the column: the shapes exports use most, parsed from the bytes with numpy.

A cell written exactly as ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM``, ``YYYY-MM-DD HH:MM``,
``DD/MM/YYYY`` or ``DD/MM/YYYY HH:MM`` that names a real day and time is read here; any
other cell is left (``UNKNOWN``) to :func:`hanchot.moments.parse_when`, which reads it and
says what is wrong with it. A property test proves that what is read here is what
``parse_when`` reads.

>>> import pyarrow as pa
>>> state, day, minute = read_shapes(pa.array(["2026-03-06T16:00", "06/03/2026", "30/02/2026", None]))
>>> state.tolist(), day.tolist()[:2], minute.tolist()[:2]
([2, 1, -1, 0], [20518, 20518], [960, -1])
"""

from __future__ import annotations

from typing import Any

from hanchot.columns.kernel import _numpy

__all__: list[str] = []  # the engine's own: read_shapes serves hanchot.batch.engine

UNKNOWN, DATE, MOMENT = -1, 1, 2  # the engine's states for a date and a moment
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def read_shapes(values: Any) -> tuple[Any, Any, Any]:
    """For each cell: its state (``UNKNOWN`` if not read here), days since 1970, minute of the day.

    A null or empty cell is blank (state 0).
    """
    np = _numpy()
    n = len(values)
    state = np.full(n, UNKNOWN, np.int64)
    day = np.zeros(n, np.int64)
    minute = np.full(n, -1, np.int64)
    kind = str(values.type)
    buffers = values.buffers()
    if kind not in ("string", "large_string") or n == 0:
        return state, day, minute
    bounds = np.frombuffer(buffers[1], np.int64 if kind == "large_string" else np.int32)
    bounds = bounds[values.offset:values.offset + n + 1].astype(np.int64)
    length = bounds[1:] - bounds[:-1]
    valid = np.ones(n, bool) if buffers[0] is None else np.asarray(values.is_valid())
    state[~valid | (length == 0)] = 0
    if buffers[2] is None:
        return state, day, minute
    data = np.frombuffer(buffers[2], np.uint8)
    for size in (10, 16):
        rows = np.flatnonzero(valid & (length == size))
        if not rows.size:
            continue
        windows = np.lib.stride_tricks.sliding_window_view(data, size)  # a view: no copy
        cells = windows[bounds[rows]]  # each cell's bytes, one row each: one gather
        for iso, (at, code) in ((True, (4, 45)), (False, (2, 47))):  # "-" fifth, or "/" third
            mine = cells[:, at] == code
            if mine.any():
                _shape(np, cells[mine], rows[mine], iso, (state, day, minute))
    return state, day, minute


def _shape(np: Any, cells: Any, rows: Any, iso: bool, out: tuple[Any, Any, Any]) -> None:
    """Read the cells of one shape: ISO (year first) or Vietnamese (day first), with or without a time."""
    state, day, minute = out
    size = cells.shape[1]

    def number(*at: int) -> Any:
        value = 0
        for k in at:
            value = value * 10 + cells[:, k].astype(np.int32) - 48
        return value

    digits: tuple[int, ...]
    separators: tuple[tuple[int, int], ...]
    if iso:  # YYYY-MM-DD[(T| )HH:MM]
        digits, separators = (0, 1, 2, 3, 5, 6, 8, 9), ((4, 45), (7, 45))
        y, m, d = (0, 1, 2, 3), (5, 6), (8, 9)
    else:  # DD/MM/YYYY[ HH:MM]
        digits, separators = (0, 1, 3, 4, 6, 7, 8, 9), ((2, 47), (5, 47))
        y, m, d = (6, 7, 8, 9), (3, 4), (0, 1)
    if size == 16:
        digits += (11, 12, 14, 15)
        separators += ((13, 58),)  # ":"
    ok = np.all(cells[:, list(digits)] - np.uint8(48) < 10, axis=1)  # bytes below "0" wrap round: not < 10
    for k, code in separators:
        ok &= cells[:, k] == code
    if size == 16:
        ok &= (cells[:, 10] == 32) | ((cells[:, 10] == 84) & iso)  # a space, or ISO's "T"
    year, month, mday = number(*y), number(*m), number(*d)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    days_in = np.array(_MONTH_DAYS)[np.clip(month, 0, 12)] + (leap & (month == 2))
    ok &= (year >= 1) & (month >= 1) & (month <= 12) & (mday >= 1) & (mday <= days_in)
    clock = None
    if size == 16:
        hour, mins = number(11, 12), number(14, 15)
        ok &= (hour <= 23) & (mins <= 59)
        clock = hour * 60 + mins
    # days since 1970-01-01 from the civil date (H. Hinnant's algorithm)
    shifted = year - (month <= 2)
    era = shifted // 400
    year_of_era = shifted - era * 400
    day_of_year = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + mday - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    chosen = rows[ok]
    state[chosen] = MOMENT if size == 16 else DATE
    day[chosen] = (era * 146097 + day_of_era - 719468)[ok]
    if clock is not None:
        minute[chosen] = clock[ok]



def matching(column: Any, leads: bytes, pattern: str, *, empty: bool) -> Any:
    """Which cells of a text column match an RE2 ``pattern`` that can only match a cell whose first
    byte is in ``leads`` (or an empty cell, whose answer is ``empty``): the pattern runs on those alone.
    A null cell counts as empty."""
    from hanchot.batch.engine import _pc, arrow  # noqa: PLC0415 (the engine imports this module)

    np, pa, pc = _numpy(), arrow(), _pc()
    n = len(column)
    kind = str(column.type)
    buffers = column.buffers()
    found = np.zeros(n, bool)
    if n == 0:
        return found
    bounds = np.frombuffer(buffers[1], np.int64 if kind == "large_string" else np.int32)
    bounds = bounds[column.offset:column.offset + n + 1].astype(np.int64)
    filled = bounds[1:] > bounds[:-1]
    if buffers[0] is not None:
        filled &= np.asarray(column.is_valid())
    found[~filled] = empty
    if buffers[2] is None:
        return found
    first = np.zeros(n, np.uint8)
    first[filled] = np.frombuffer(buffers[2], np.uint8)[bounds[:-1][filled]]
    where = np.flatnonzero(filled & np.isin(first, np.frombuffer(leads, np.uint8)))
    if where.size:
        found[where] = np.asarray(pc.match_substring_regex(column.take(pa.array(where)), pattern), bool)
    return found


def has_newline(column: Any) -> bool:
    """Whether any cell of a text column holds a line break (a scan of its bytes)."""
    np = _numpy()
    kind = str(column.type)
    if kind not in ("string", "large_string") or not len(column):
        return False
    buffers = column.buffers()
    if buffers[2] is None:
        return False
    bounds = np.frombuffer(buffers[1], np.int64 if kind == "large_string" else np.int32)
    data = np.frombuffer(buffers[2], np.uint8)[bounds[column.offset]:bounds[column.offset + len(column)]]
    return bool(((data == 10) | (data == 13)).any())
