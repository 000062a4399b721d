# SPDX-License-Identifier: Apache-2.0
"""Deadlines found in documents: the two seeds, a document of our own, PDF-extracted text."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.scanner import issue_date, scan

SEEDS = Path(__file__).resolve().parent / "documents"  # real directives, as published
DOCUMENTS = Path(__file__).resolve().parent / "documents"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def test_the_hcm_conclusions_every_deadline() -> None:
    """Undated notice: every deadline names its own date; 10/12/2023 is a Sunday."""
    findings = scan(_seed("tb-ketluan-cchc-hcm-2023.txt"))
    assert [(f.phrase, f.due_date, f.item) for f in findings] == [
        ("chậm nhất ngày 10 tháng 12 năm 2023", date(2023, 12, 11), "1.1"),
        ("chậm nhất ngày 10 tháng 11 năm 2023", date(2023, 11, 10), "1.1"),
        ("chậm nhất ngày 15 tháng 11 năm 2023", date(2023, 11, 15), "1.7"),
        ("chậm nhất ngày 27 tháng 10 năm 2023", date(2023, 10, 27), "2.2"),
        ("chậm nhất ngày 27 tháng 10 năm 2023", date(2023, 10, 27), "2.3"),
    ]
    assert all(f.basis == "fixed" for f in findings)
    assert "Hoàn thành chậm nhất ngày 10 tháng 12 năm 2023" in findings[0].sentence


def test_the_can_gio_plan_every_deadline() -> None:
    text = _seed("kh-cangio-2023.txt")
    assert issue_date(text) == date(2023, 12, 12)
    findings = scan(text)
    got = [(f.phrase, f.basis, f.due_date) for f in findings]
    assert got == [
        ("Trong 05 ngày làm việc kể từ ngày Chủ tịch Ủy ban nhân dân Thành phố ký Quyết định công bố "
         "TTHC", "event", None),
        ("Định kỳ hàng năm", "issued", date(2023, 12, 29)),
        ("đến tháng 12 năm 2023", "fixed", date(2023, 12, 29)),
        ("Đến hết năm 2023", "fixed", date(2023, 12, 29)),
        ("Định kỳ hàng tháng", "issued", date(2023, 12, 29)),
        ("Định kỳ hàng tháng", "issued", date(2023, 12, 29)),
    ]
    assert findings[0].anchor == "ngày Chủ tịch Ủy ban nhân dân Thành phố ký Quyết định công bố TTHC"
    # resolved once the event's date is known: 5 working days after Fri 15/12/2023
    signed = scan(text, events={"ký Quyết định công bố": date(2023, 12, 15)})[0]
    assert signed.due_date == date(2023, 12, 22)


def test_a_document_of_our_own() -> None:
    text = (DOCUMENTS / "cv-phuong-2026.txt").read_text(encoding="utf-8")
    findings = scan(text)
    assert issue_date(text) == date(2026, 1, 5)
    assert [(f.item, f.phrase, f.basis, f.due_date) for f in findings] == [
        ("1", "trước ngày 25 tháng 02 năm 2026", "fixed", date(2026, 2, 24)),
        ("2", "trước ngày 25 hằng tháng", "issued", date(2026, 1, 23)),  # 25/01 is a Sunday
        # Sat 10/01/2026 is a make-up working day:
        ("3", "Trong 10 ngày làm việc kể từ ngày ký văn bản này", "issued", date(2026, 1, 16)),
        ("4", "trong quý II/2026", "fixed", date(2026, 6, 30)),
        ("4", "trong 6 tháng đầu năm 2026", "fixed", date(2026, 6, 30)),
        ("5", "chậm nhất là ngày 30/6/2026", "fixed", date(2026, 6, 30)),
        ("6", "Trong 15 ngày kể từ ngày Chủ tịch Ủy ban nhân dân Thành phố ban hành Quyết định công bố "
              "danh mục", "event", None),
    ]


def test_pdf_artifacts_do_not_defeat_it() -> None:
    text = "Hoàn thành chậm\u00a0nhất ngày 10 tháng\n12 năm\u200b 2023³; trước\nngày 30/6/2024."
    assert [(f.phrase, f.due_date) for f in scan(text)] == [
        ("chậm nhất ngày 10 tháng 12 năm 2023", date(2023, 12, 11)),
        ("trước ngày 30/6/2024", date(2024, 6, 28)),
    ]


def test_undated_relative_phrases_are_reported_unresolved() -> None:
    (finding,) = scan("Trong 05 ngày làm việc, các đơn vị báo cáo.")
    assert (finding.basis, finding.due_date) == ("unresolved", None)
    (dated,) = scan("Trong 05 ngày làm việc, các đơn vị báo cáo.", issued=date(2026, 2, 11))
    assert dated.due_date == date(2026, 2, 25)


def test_bad_input() -> None:
    with pytest.raises(InvalidInputError) as caught:
        scan(b"bytes")  # type: ignore[arg-type]
    assert (caught.value.code, caught.value.field) == (ErrorCode.NOT_TEXT, "text")
    with pytest.raises(InvalidInputError) as events:
        scan("Trong 05 ngày làm việc kể từ ngày ký Quyết định.", events={1: date(2026, 1, 1)})  # type: ignore[dict-item]
    assert (events.value.code, events.value.field) == (ErrorCode.BAD_EVENTS, "events")
    assert "'ký Quyết định' → 2023-12-15" in str(events.value)


def test_a_deadline_counted_from_a_written_date_is_resolved() -> None:
    found = scan("Các đơn vị báo cáo trong 15 ngày kể từ ngày 20/01/2026.")
    assert [(f.phrase, f.deadline.due_date if f.deadline else None) for f in found] == [
        ("trong 15 ngày kể từ ngày 20/01/2026", date(2026, 2, 4))]


def test_a_yearly_deadline_is_found_as_recurring() -> None:
    found = scan("Các sở báo cáo trước ngày 20/11 hàng năm.")
    assert [(f.phrase, f.rule.phrase()) for f in found] == [
        ("trước ngày 20/11 hàng năm", "trước ngày 20 tháng 11 hằng năm")]


@pytest.mark.parametrize(("make", "limit"), [
    (lambda n: "\n" * n, 5.0),  # blank lines: once quadratic (5 MB never finished)
    (lambda n: "trong 0 ngày kể từ " * (n // 19), 5.0),  # unfinished periods: once quadratic
    (lambda n: "Các sở hoàn thành chậm nhất ngày 10/12/2023. " * (n // 46), 5.0),
])
def test_scan_time_grows_with_the_text_not_its_square(make: object, limit: float) -> None:
    """50 KB, then 200 KB: four times the text takes about four times as long, well under a limit."""
    def timed(n: int) -> float:
        text = make(n)  # type: ignore[operator]
        start = time.perf_counter()
        scan(text)
        return time.perf_counter() - start

    small, large = timed(50_000), timed(200_000)
    assert small < limit and large < 6 * max(small, 0.01) + 0.2
