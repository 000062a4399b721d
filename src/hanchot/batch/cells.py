# SPDX-License-Identifier: Apache-2.0
"""The cells of a dossier file: its columns, dates as one-stop systems export them, safe output.

>>> parse_when("06/03/2026 16:00")
datetime.datetime(2026, 3, 6, 16, 0)
"""

from __future__ import annotations

from datetime import date, datetime

from hanchot.deadline import to_vietnam
from hanchot.errors import InvalidInputError

__all__ = ["ERROR", "INPUT_COLUMNS", "OUTPUT_COLUMNS", "REQUIRED", "parse_when", "safe"]

INPUT_COLUMNS = ("ma_ho_so", "ngay_nhan", "ngay_nop", "thoi_han", "ngay_yeu_cau_bo_sung",
                 "ngay_nhan_du", "ngay_tra")
REQUIRED = ("ma_ho_so", "ngay_nhan", "thoi_han")
OUTPUT_COLUMNS = ("han_tra", "trang_thai", "so_ngay_tre", "ly_do_loi", "ghi_chu")
ERROR = "loi"
FORMULA = frozenset("=+-@\t\r")  # first characters a spreadsheet reads as a formula


def parse_when(text: str) -> date | datetime:
    """A date or a moment as one-stop systems export it; naive means Vietnam time.

    ISO 8601 ("2026-03-06", "2026-03-06T16:00", "2026-03-06 16:00:00+07:00") and the
    Vietnamese "06/03/2026" or "06/03/2026 16:00". An aware moment is converted to
    Vietnam time and returned naive.

    >>> parse_when("06/03/2026 16:00"), parse_when("2026-03-06T09:00:00Z")
    (datetime.datetime(2026, 3, 6, 16, 0), datetime.datetime(2026, 3, 6, 16, 0))
    """
    text = text.strip()
    try:
        if len(text) == 10 and text[4] == "-":
            return date.fromisoformat(text)
        if text[:4].isdigit() and text[4:5] == "-":
            local = to_vietnam(datetime.fromisoformat(text.replace("Z", "+00:00")))[1]
            assert local is not None
            return local
        day_part, _, time_part = text.partition(" ")
        day, month, year = (int(p) for p in day_part.split("/"))
        if not time_part:
            return date(year, month, day)
        pieces = [int(p) for p in time_part.strip().split(":")]
        if not 2 <= len(pieces) <= 3:
            raise ValueError("the time must be HH:MM or HH:MM:SS")
        hour, minute, second = (*pieces, 0)[:3]
        return datetime(year, month, day, hour, minute, second)
    except (ValueError, TypeError) as error:
        raise InvalidInputError(
            f"{text!r}: {error}; write dates as 2026-03-06 or 06/03/2026, moments as "
            "2026-03-06T16:00 or 06/03/2026 16:00"
        ) from None


def safe(cell: str) -> str:
    """Neutralise a cell a spreadsheet would read as a formula (OWASP CSV injection).

    >>> safe("=1+1"), safe("HS-1")
    ("'=1+1", 'HS-1')
    """
    return "'" + cell if cell[:1] in FORMULA else cell
