# SPDX-License-Identifier: Apache-2.0
"""Dossiers by the million: files (CSV, Excel, Parquet), tables and records in, every row kept,
and the report the one-stop offices give each quarter.

Input columns are ``INPUT_COLUMNS`` (headings may be their Vietnamese ``LABELS``): ``ma_ho_so``,
``ngay_nhan`` (accepted, as on the slip) and ``thoi_han`` ("05 ngày làm việc"), and optionally
the submission, supplement, completion, slip appointment, return, apology, re-appointment,
refusal and withdrawal. Output adds ``OUTPUT_COLUMNS``: ``han_tra`` (due; with its time for an
hour-based period), ``trang_thai`` (``truoc_han``, ``dung_han``, ``tre_han``, ``dang_xu_ly``,
``dung_xu_ly``, ``tu_choi``, ``rut_ho_so``, or ``loi``), ``so_ngay_tre`` (working days late),
``xin_loi`` (the apology's verdict), ``ly_do_loi`` (why a row could not be computed) and
``ghi_chu`` (what the decree flags). docs/dossiers.md says it all, with examples.

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
    "parse_when",
    "process_csv",
    "process_file",
    "process_records",
    "process_table",
]
