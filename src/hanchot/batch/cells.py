# SPDX-License-Identifier: Apache-2.0
"""The cells of a dossier file: its columns, and output a spreadsheet cannot run.

Dates and moments in cells are read by :func:`hanchot.deadline.parse_when`.

>>> OUTPUT_COLUMNS[:2], safe("=1+1")
(('han_tra', 'trang_thai'), "'=1+1")
"""

from __future__ import annotations

from hanchot._checks import require_text

__all__ = ["ERROR", "INPUT_COLUMNS", "OUTPUT_COLUMNS", "REQUIRED", "safe"]

INPUT_COLUMNS = ("ma_ho_so", "ngay_nhan", "ngay_nop", "thoi_han", "ngay_yeu_cau_bo_sung",
                 "ngay_nhan_du", "ngay_tra")
REQUIRED = ("ma_ho_so", "ngay_nhan", "thoi_han")
OUTPUT_COLUMNS = ("han_tra", "trang_thai", "so_ngay_tre", "ly_do_loi", "ghi_chu")
ERROR = "loi"
FORMULA = frozenset("=+-@\t\r")  # first characters a spreadsheet reads as a formula


def safe(cell: str) -> str:
    """Neutralise a cell a spreadsheet would read as a formula (OWASP CSV injection).

    >>> safe("=1+1"), safe("HS-1")
    ("'=1+1", 'HS-1')
    """
    cell = require_text("cell", cell)
    return "'" + cell if cell[:1] in FORMULA else cell
