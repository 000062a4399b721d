# SPDX-License-Identifier: Apache-2.0
"""Deadlines found in documents: the two seeds, a document of our own, PDF-extracted text."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.rules import Frequency, Recurring
from hanchot.scanner import Finding, Urgency, issue_date, scan

SEEDS = Path(__file__).resolve().parent / "documents"  # real directives, as published
DOCUMENTS = Path(__file__).resolve().parent / "documents"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _listed(findings: list[Finding]) -> list[tuple[str, str, str, date | None]]:
    return [(f.item, f.who, f.phrase, f.due_date) for f in findings]


def test_the_hcm_conclusions_every_deadline() -> None:
    """Undated notice: every deadline names its own date; 10/12/2023 is a Sunday. Who acts is the
    agency that opens the sentence, or the one before it when a sentence only says when."""
    findings = scan(_seed("tb-ketluan-cchc-hcm-2023.txt"))
    assert _listed(findings) == [
        ("1.1", "Các cơ quan, đơn vị", "chậm nhất ngày 10 tháng 12 năm 2023", date(2023, 12, 11)),
        ("1.1", "Văn phòng Ủy ban nhân dân Thành phố", "chậm nhất ngày 10 tháng 11 năm 2023",
         date(2023, 11, 10)),
        ("1.7", "Các cơ quan, đơn vị", "chậm nhất ngày 15 tháng 11 năm 2023", date(2023, 11, 15)),
        ("2.1", "Sở Nội vụ", "khẩn trương", None),  # the notice's date is blank: no follow-up day
        ("2.2", "Sở Kế hoạch và Đầu tư", "chậm nhất ngày 27 tháng 10 năm 2023", date(2023, 10, 27)),
        ("2.3", "Sở Nội vụ", "chậm nhất ngày 27 tháng 10 năm 2023", date(2023, 10, 27)),
    ]
    assert [f.basis for f in findings] == ["fixed"] * 3 + ["unresolved"] + ["fixed"] * 2
    assert findings[3].urgency == Urgency.URGENT
    # the work, limited to its clauses: never the whole article
    assert findings[0].task == (
        "Căn cứ kết quả đánh giá 9 tháng đầu năm 2023, Kế hoạch cải cách hành chính năm 2023, các cơ quan, "
        "đơn vị tập trung rà soát, hoàn thành nhiệm vụ được giao. "
        "Hoàn thành chậm nhất ngày 10 tháng 12 năm 2023")
    assert findings[1].task.startswith("Văn phòng Ủy ban nhân dân Thành phố chủ trì, phối hợp Sở Nội vụ")
    assert findings[1].task.endswith("Thời hạn báo cáo, trình Ủy ban nhân dân Thành phố: chậm nhất ngày 10 "
                                     "tháng 11 năm 2023")
    assert findings[4].task.startswith("Sở Kế hoạch và Đầu tư thống kê tình hình ban hành Kế hoạch")
    assert max(len(f.task) for f in findings) < 600
    assert findings[0].sentence == "Hoàn thành chậm nhất ngày 10 tháng 12 năm 2023"
    # with the date the notice was signed, the urgent task has a follow-up day: 5 working days
    urgent = scan(_seed("tb-ketluan-cchc-hcm-2023.txt"), issued=date(2023, 10, 20))[3]
    assert urgent.due_date == date(2023, 10, 27)  # Fri 20/10 → Mon 23 … Fri 27/10


def test_the_can_gio_plan_every_deadline() -> None:
    text = _seed("kh-cangio-2023.txt")
    assert issue_date(text) == date(2023, 12, 12)
    findings = scan(text)
    offices = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"
    local = "Ủy ban nhân dân các xã, thị trấn"
    assert [(f.item, f.who, f.phrase, f.basis, f.due_date) for f in findings] == [
        ("a)", f"Các cơ quan chuyên môn thuộc huyện; {local}",
         "Trong 05 ngày làm việc kể từ ngày Chủ tịch Ủy ban nhân dân Thành phố ký Quyết định công bố TTHC",
         "event", None),
        ("1.3", "", "ngay", "issued", date(2023, 12, 13)),  # "sửa đổi ngay": the next working day
        ("a)", offices, "Định kỳ hàng năm", "issued", date(2023, 12, 29)),  # 30, 31/12/2023: weekend
        ("2.9", f"{offices}; Các cơ quan chuyên môn thuộc huyện, Công an huyện, Bảo hiểm xã hội huyện "
                f"và {local}", "đến tháng 12 năm 2023", "fixed", date(2023, 12, 29)),
        ("a)", f"{offices}; Các cơ quan chuyên môn thuộc huyện, {local}", "Đến hết năm 2023", "fixed",
         date(2023, 12, 29)),
        ("a)", f"Các cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc huyện, {local}",
         "Định kỳ hàng tháng", "issued", date(2023, 12, 29)),
        ("1", f"Thủ trưởng cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc huyện, Chủ tịch {local}",
         "Định kỳ hàng tháng", "issued", date(2023, 12, 29)),
    ]
    assert findings[0].anchor == "ngày Chủ tịch Ủy ban nhân dân Thành phố ký Quyết định công bố TTHC"
    assert findings[0].task.endswith("thực hiện công khai tại Bộ phận Tiếp nhận và Trả kết quả của đơn vị")
    assert findings[1].urgency == Urgency.IMMEDIATE
    recurring = [f.rule.frequency for f in findings if isinstance(f.rule, Recurring)]
    assert recurring == ["yearly", "monthly", "monthly"]
    # resolved once the event's date is known: 5 working days after Fri 15/12/2023
    signed = scan(text, events={"ký Quyết định công bố": date(2023, 12, 15)})[0]
    assert signed.due_date == date(2023, 12, 22)


def test_a_document_of_our_own() -> None:
    text = (DOCUMENTS / "cv-phuong-2026.txt").read_text(encoding="utf-8")
    findings = scan(text)
    assert issue_date(text) == date(2026, 1, 5)
    assert [(f.item, f.who, f.phrase, f.basis, f.due_date) for f in findings] == [
        ("1", "Các bộ phận chuyên môn", "trước ngày 25 tháng 02 năm 2026", "fixed", date(2026, 2, 24)),
        ("2", "Bộ phận Một cửa", "trước ngày 25 hằng tháng", "issued", date(2026, 1, 23)),  # 25/01: a Sunday
        # Sat 10/01/2026 is a make-up working day:
        ("3", "Các bộ phận", "Trong 10 ngày làm việc kể từ ngày ký văn bản này", "issued", date(2026, 1, 16)),
        ("4", "", "trong quý II/2026", "fixed", date(2026, 6, 30)),  # the letter names nobody here
        ("4", "", "trong 6 tháng đầu năm 2026", "fixed", date(2026, 6, 30)),
        ("5", "", "chậm nhất là ngày 30/6/2026", "fixed", date(2026, 6, 30)),
        ("6", "", "Trong 15 ngày kể từ ngày Chủ tịch Ủy ban nhân dân Thành phố ban hành Quyết định công bố "
                  "danh mục", "event", None),
    ]
    assert [f.task for f in findings[3:5]] == ["Tổ chức lấy ý kiến người dân, hoàn thành trong quý II/2026",
                                               "tổng hợp, báo cáo trong 6 tháng đầu năm 2026"]


def test_a_conclusion_notice_of_our_own_urgent_recurring_and_periods_of_work() -> None:
    """Fri 20/11/2026; Tue 24/11/2026 is Ngày Văn hóa Việt Nam, a day off (NQ 28/2026/QH16)."""
    findings = scan((DOCUMENTS / "tb-ketluan-tinh-2026.txt").read_text(encoding="utf-8"))
    assert [(f.item, f.who, f.phrase, f.urgency, f.due_date) for f in findings] == [
        ("1", "Sở Nội vụ", "ngay trong ngày", "same_day", date(2026, 11, 20)),
        # 5 working days: Mon 23, Wed 25, Thu 26, Fri 27, Mon 30/11 (24/11 off)
        ("2", "Sở Tài chính", "khẩn trương", "urgent", date(2026, 11, 30)),
        ("3", "Các sở, ban, ngành", "ngay", "immediate", date(2026, 11, 23)),
        ("4", "Ủy ban nhân dân các xã, phường", "trong 05 (năm) ngày làm việc kể từ ngày ký văn bản này",
         None, date(2026, 11, 30)),
        # "6 tháng cuối năm 2026" is what is assessed, not a deadline; 15/12/2026 is a Tuesday
        ("5", "Sở Khoa học và Công nghệ", "trước ngày 15 tháng 12 năm 2026", None, date(2026, 12, 14)),
        # quarterly report, before day 20 of the quarter's last month: Sun 20/12/2026 → Fri 18/12
        ("6", "Công an tỉnh", "trước ngày 20 của tháng cuối kỳ báo cáo", None, date(2026, 12, 18)),
        ("7", "Sở Nội vụ", "chậm nhất ngày 01/12/2026", None, date(2026, 12, 1)),  # not "trong quý III"
        ("8", "Thủ trưởng các cơ quan, đơn vị", "trước ngày 20/12 hằng năm", None, date(2026, 12, 18)),
        ("9", "Ủy ban nhân dân các xã, phường", "ngay sau khi nhận được văn bản này", "immediate", None),
    ]
    assert findings[5].rule == Recurring(Frequency.QUARTERLY, day=20, before=True)
    assert findings[7].rule == Recurring(Frequency.YEARLY, day=20, before=True, month=12)
    assert (findings[8].basis, findings[8].anchor) == ("event", "nhận được văn bản này")
    received = scan((DOCUMENTS / "tb-ketluan-tinh-2026.txt").read_text(encoding="utf-8"),
                    events={"nhận được văn bản": date(2026, 11, 23)})[8]
    assert received.due_date == date(2026, 11, 25)  # the working day after Mon 23/11 is Wed 25/11
    slower = scan((DOCUMENTS / "tb-ketluan-tinh-2026.txt").read_text(encoding="utf-8"),
                  follow_up={"immediate": 2, "urgent": 10})
    assert [slower[1].due_date, slower[2].due_date] == [date(2026, 12, 7), date(2026, 11, 25)]


def test_a_commune_plan_of_our_own_lunar_quarterly_and_assigned_sections() -> None:
    """Wed 02/12/2026; two-tier local government (a commune, Luật 72/2025/QH15)."""
    findings = scan((DOCUMENTS / "kh-xa-2026.txt").read_text(encoding="utf-8"))
    clerk, centre = "Công chức Văn phòng - Thống kê", "Trung tâm Phục vụ hành chính công xã"
    assert [(f.item, f.who, f.phrase, f.due_date) for f in findings] == [
        ("1.1", clerk, "chậm nhất ngày 15/12/2026", date(2026, 12, 15)),
        ("1.2", centre, "trước ngày 25 hằng tháng", date(2026, 12, 24)),  # Fri 25/12 → Thu 24/12
        ("1.3", clerk, "trong 6 tháng đầu năm 2027", date(2027, 6, 30)),  # from the section's assignment
        # 29 tháng Chạp Bính Ngọ = Fri 05/02/2027, in the Tết break 04–10/02/2027: Thu 11/02/2027
        ("2.1", centre, "chậm nhất ngày 29 tháng Chạp", date(2027, 2, 11)),
        # day 05 of the quarter's last month: Sat 05/12/2026 → Mon 07/12/2026
        ("2.2", centre, "chậm nhất ngày 05 tháng cuối cùng của mỗi quý", date(2026, 12, 7)),
        ("2.3", centre, "Đến hết quý I năm 2027", date(2027, 3, 31)),
        ("1", "Các công chức chuyên môn thuộc Ủy ban nhân dân xã", "định kỳ hằng tháng", date(2026, 12, 31)),
        ("2", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "trước ngày 15 tháng 12 năm 2027",
         date(2027, 12, 14)),
    ]


def test_an_official_letter_of_our_own_with_times_and_a_written_start() -> None:
    findings = scan((DOCUMENTS / "cv-so-noivu-2026.txt").read_text(encoding="utf-8"))
    assert [(f.item, f.who, f.phrase, f.due_date) for f in findings] == [
        ("1", "Các cơ quan, đơn vị", "trong thời hạn 15 (mười lăm) ngày kể từ ngày 20/01/2026",
         date(2026, 2, 4)),
        ("2", "Ủy ban nhân dân các xã, phường", "chậm nhất 16h00 ngày 06/03/2026", date(2026, 3, 6)),
        ("3", "Các cơ quan, đơn vị", "trước ngày 20/11 hàng năm", date(2026, 11, 19)),  # Fri 20/11 → Thu 19
        ("4", "Phòng Cải cách hành chính thuộc Sở Nội vụ", "trước 16 giờ ngày 13/03/2026", date(2026, 3, 13)),
    ]
    assert [f.deadline.due_at.strftime("%H:%M") for f in findings[1::2] if f.deadline] == ["16:00", "16:00"]


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
    # one endless item of tasks, agencies and urgent words: each finding looks only at its clause
    (lambda n: "Sở Nội vụ báo cáo ngay; các cơ quan khẩn trương rà soát, trước ngày 25 hằng tháng; "
     * (n // 84), 5.0),
    (lambda n: "Căn cứ kết quả đánh giá, hoàn thành ngay từ tháng 12; " * (n // 52), 5.0),
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


def test_an_agency_named_by_a_heading_carries_to_the_items_below_it() -> None:
    text = ("Hà Nội, ngày 05 tháng 01 năm 2026\n\n"
            "1. Thủ trưởng sở, ban, ngành\n\n"
            "1.1. Rà soát danh mục thủ tục hành chính, hoàn thành chậm nhất ngày 30/01/2026.\n\n"
            "2. Giao Văn phòng Ủy ban nhân dân tỉnh\n\n"
            "- Tổng hợp, báo cáo trước ngày 25 hằng tháng.\n\n"
            "3. Tổ chức tập huấn chậm nhất ngày 27/02/2026.\n")
    assert [(f.item, f.who, f.due_date) for f in scan(text)] == [
        ("1.1", "Thủ trưởng sở, ban, ngành", date(2026, 1, 30)),
        ("2", "Văn phòng Ủy ban nhân dân tỉnh", date(2026, 1, 23)),  # Sun 25/01 → Fri 23/01
        ("3", "", date(2026, 2, 27)),  # nobody named: not guessed
    ]


def test_what_a_trial_with_directives_of_its_own_found() -> None:
    """Each line a surprise a user trial met, with the answer worked out by hand (issued Mon 05/01/2026)."""
    text = ("Hà Nội, ngày 05 tháng 01 năm 2026\n\n"
            "1. Sở Nội vụ báo cáo trong ngày 28/01/2026.\n\n"
            "2. Công chức nghỉ lễ Quốc khánh (từ ngày 29/8/2026 đến hết ngày 02/9/2026) theo quy định.\n\n"
            "3. Sở Xây dựng chủ trì rà soát, báo cáo chậm nhất ngày 10/02/2026.\n\n"
            "4. Trong 10 ngày làm việc kể từ ngày ký Chỉ thị này, các sở báo cáo.\n\n"
            "5. Trong 10 ngày làm việc kể từ ngày ký Quyết định, các sở công khai.\n\n"
            "6. Sở Y tế tổ chức tập huấn. Thời gian thực hiện: Quý II/2026.\n")
    assert [(f.item, f.who, f.phrase, f.basis, f.due_date) for f in scan(text)] == [
        ("1", "Sở Nội vụ", "trong ngày 28/01/2026", "fixed", date(2026, 1, 28)),  # that day, not today
        # 2: the end of a span of days off is not a deadline
        ("3", "Sở Xây dựng", "chậm nhất ngày 10/02/2026", "fixed", date(2026, 2, 10)),  # a name, not work
        # "ký Chỉ thị này" is this document: 10 working days from Mon 05/01 (Sat 10/01 is worked)
        ("4", "Các sở", "Trong 10 ngày làm việc kể từ ngày ký Chỉ thị này", "issued", date(2026, 1, 16)),
        ("5", "Các sở", "Trong 10 ngày làm việc kể từ ngày ký Quyết định", "event", None),  # another document
        ("6", "Sở Y tế", "Thời gian thực hiện: Quý II/2026", "fixed", date(2026, 6, 30)),
    ]


def test_places_tell_the_many_a_items_of_a_plan_apart() -> None:
    findings = scan(_seed("kh-cangio-2023.txt"))
    assert [f.place for f in findings] == [
        "II.1.2 a)", "II.1.3", "II.1.3 a)", "II.2.9", "II.3.2 a)", "II.4.4 a)", "III.1"]
    conclusions = scan(_seed("tb-ketluan-cchc-hcm-2023.txt"))
    assert [f.place for f in conclusions] == ["1.1", "1.1", "1.7", "2.1", "2.2", "2.3"]
