# SPDX-License-Identifier: Apache-2.0
"""Dossiers by the million: CSV in, CSV out, every row kept, a summary like the city's reports.

Input columns: ``ma_ho_so``, ``ngay_nhan`` (accepted, as on the slip), ``thoi_han`` (a phrase
such as "05 ngày làm việc"), and optionally ``ngay_nop`` (submitted online), ``ngay_yeu_cau_bo_sung``
(supplement requested), ``ngay_nhan_du`` (complete dossier received), ``ngay_tra`` (returned).
Output adds ``han_tra`` (due, ISO 8601), ``trang_thai`` (``dung_han``, ``truoc_han``,
``tre_han``, ``dang_xu_ly``, ``loi``), ``so_ngay_tre`` (working days late), ``ly_do_loi``
(why a row could not be computed) and ``ghi_chu`` (what the decree flags: a late online
acceptance, a late supplement request, a closed dossier, an overdue one).

>>> rows = [
...     {"ma_ho_so": "A1", "ngay_nhan": "2026-02-11", "thoi_han": "05 ngày làm việc",
...      "ngay_tra": "2026-02-25"},
...     {"ma_ho_so": "A2", "ngay_nhan": "11/02/2026 16:30", "thoi_han": "05 ngày làm việc",
...      "ngay_tra": "2026-02-27"},
...     {"ma_ho_so": "A3", "ngay_nhan": "2026-02-30", "thoi_han": "05 ngày làm việc"},
... ]
>>> for out in process_records(rows):
...     print("|".join(out[k] for k in ("ma_ho_so", "han_tra", "trang_thai", "so_ngay_tre", "ly_do_loi")))
A1|2026-02-25|dung_han|0|
A2|2026-02-25|tre_han|2|
A3||loi|0|ngay_nhan='2026-02-30': không có ngày 30/2/2026: tháng 2 năm 2026 chỉ có 28 ngày; ...
"""

from hanchot.batch import kernel
from hanchot.batch.cells import INPUT_COLUMNS, LABELS, OUTPUT_COLUMNS
from hanchot.batch.files import process_csv, process_file
from hanchot.batch.frames import process_table
from hanchot.batch.rows import process_records
from hanchot.batch.summary import Summary
from hanchot.moments import parse_when

__all__ = [
    "INPUT_COLUMNS",
    "LABELS",
    "OUTPUT_COLUMNS",
    "Summary",
    "kernel",
    "parse_when",
    "process_csv",
    "process_file",
    "process_records",
    "process_table",
]
