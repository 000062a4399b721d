# SPDX-License-Identifier: Apache-2.0
"""The cells of a dossier file: its columns, and output a spreadsheet cannot run.

Dates and moments in cells are read by :func:`hanchot.moments.parse_when`.

>>> OUTPUT_COLUMNS[:2], safe("=1+1"), safe("  +84 28"), safe("＝SUM(A1)")
(('han_tra', 'trang_thai'), "'=1+1", "'  +84 28", "'＝SUM(A1)")
"""

from __future__ import annotations

import re

from hanchot._checks import require_text
from hanchot.errors import Choice

__all__ = ["ERROR", "INPUT_COLUMNS", "LABELS", "OUTPUT_COLUMNS", "REQUIRED", "RISKY", "Report", "safe"]


class Report(Choice):
    """What a batch says as it runs and when it ends: message codes of the batch room."""

    SUMMARY = "summary"
    PROGRESS = "progress"
    PROGRESS_COUNT = "progress_count"
    VALUE_NOT_WRITABLE = "value_not_writable"
    BY_CODE = "by_code"
    LATENESS_CHART = "lateness_chart"

#: The input columns, and each one's Vietnamese heading (a header may use either, in any case).
LABELS = {
    "ma_ho_so": "Mã hồ sơ",
    "ngay_nhan": "Ngày nhận",  # the acceptance written on the slip
    "thoi_han": "Thời hạn",  # e.g. "05 ngày làm việc"
    "ngay_nop": "Ngày nộp",  # an online filing reached the system
    "ngay_yeu_cau_bo_sung": "Ngày yêu cầu bổ sung",
    "ngay_nhan_du": "Ngày nhận đủ",  # the complete dossier after the request
    "ngay_hen_tra": "Ngày hẹn trả",  # the appointment on the slip (ND 118 Art. 22(3))
    "ngay_tra": "Ngày trả",  # the result returned
    "ngay_xin_loi": "Ngày xin lỗi",  # the apology sent (Art. 19(6), form 04)
    "ngay_hen_lai": "Ngày hẹn lại",  # the one re-appointed date
    "ngay_tu_choi": "Ngày từ chối",  # refused, with reasons (Art. 19(3))
    "ngay_rut": "Ngày rút",  # withdrawn at the applicant's request (Art. 21)
}
INPUT_COLUMNS = tuple(LABELS)
REQUIRED = ("ma_ho_so", "ngay_nhan", "thoi_han")
OUTPUT_COLUMNS = ("han_tra", "trang_thai", "so_ngay_tre", "xin_loi", "ly_do_loi", "ghi_chu")
ERROR = "loi"
#: A cell a spreadsheet would run: a formula sign first, after any spaces (also the full-width
#: signs Excel accepts from an East Asian keyboard), or a tab or carriage return first.
#: Written with the characters themselves, so that Python and Arrow (RE2) read it alike.
RISKY = "^[ \t\r\n\u00a0\u3000]*[=+\\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]"
_RISKY = re.compile(RISKY)


def safe(cell: str) -> str:
    """Neutralise a cell a spreadsheet would read as a formula (OWASP CSV injection).

    >>> safe("=1+1"), safe("HS-1"), safe("\\t=cmd")
    ("'=1+1", 'HS-1', "'\\t=cmd")
    """
    cell = require_text("cell", cell)
    return "'" + cell if _RISKY.match(cell) else cell
