# SPDX-License-Identifier: Apache-2.0
"""The city's report: a 1/100-scale copy of Ho Chi Minh City's first quarter of 2022.

The city reported 5,330,464 dossiers received, 5,220,139 settled, 5,212,990 of them on
time, 7,149 late, each with its apology: "99,87%" on time and 100 % apologies. At 1/100:
53,305 received; 52,201 settled (40,000 early, 12,130 on time, 71 late, each late one with
an apology in time); 1,104 still open within time at the end of the quarter.

Worked by hand from the 2022 schedule: 01/01/2022 was a Saturday, made up on Monday 03/01;
so "05 ngày làm việc" from Tuesday 04/01 runs 05, 06, 07, 10 and 11/01: due Tuesday
11/01/2022, the apology due by Monday 10/01. From Wednesday 30/03 it runs 31/03, 01/04,
04/04, 05/04 and 06/04: still open, within time, on 31/03/2022.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EARLY, ON_TIME, LATE, OPEN = 40_000, 12_130, 71, 1_104


def _quarter(path: Path) -> None:
    rows = ["Mã hồ sơ,Ngày nhận,Thời hạn,Ngày trả,Ngày xin lỗi"]
    k = 0
    for count, returned, apology in ((EARLY, "10/01/2022 10:00", ""), (ON_TIME, "11/01/2022 16:00", ""),
                                     (LATE, "13/01/2022 09:00", "10/01/2022")):
        for _ in range(count):
            rows.append(f"HCM-{k:06d},04/01/2022 09:30,05 ngày làm việc,{returned},{apology}")
            k += 1
    rows += [f"HCM-{k + j:06d},30/03/2022 14:00,05 ngày làm việc,," for j in range(OPEN)]
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))  # as Excel saves it


def test_the_quarter_reports_99_87_percent_and_every_apology(tmp_path: Path) -> None:
    src, dst, report = tmp_path / "q1-2022.csv", tmp_path / "ket-qua.csv", tmp_path / "tong-hop.json"
    _quarter(src)
    done = subprocess.run([sys.executable, "-m", "hanchot", "hoso", str(src), "-o", str(dst), "--tinh-den",
                           "31/03/2022", "--summary-json", str(report)],
                          capture_output=True, text=True, check=True)
    summary = json.loads(report.read_text(encoding="utf-8"))
    assert (summary["received"], summary["settled"], summary["settled_late"]) == (53_305, 52_201, 71)
    assert (summary["settled_early"], summary["settled_on_time"]) == (EARLY, ON_TIME)
    assert (summary["open_within_time"], summary["open_overdue"], summary["errors"]) == (OPEN, 0, {})
    assert summary["on_time_rate"] == 99.87  # 1 - 71 / 53,305: the received basis, as the city reports
    assert summary["on_time_rate_settled"] == 99.86  # 52,130 / 52,201
    assert (summary["late"], summary["apology_in_time"], summary["apology_rate"]) == (71, 71, 100.0)
    assert summary["lateness_working_days"]["2"] == 71
    assert "Tiếp nhận 53.305 hồ sơ" in done.stdout
    assert "Tỷ lệ đúng hạn 99,87% trên số tiếp nhận" in done.stdout
    assert "có văn bản xin lỗi đúng hạn 71 (100,00%)" in done.stdout
