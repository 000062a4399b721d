# SPDX-License-Identifier: Apache-2.0
"""The catalogue's texts for a directive's follow-up list (``hanchot.scanner.export``)."""

from __future__ import annotations

from hanchot.messages.conventions import cite

__all__ = ["SCAN"]

SCAN: dict[str, tuple[str, str]] = {
    "ScanText.item": ("Mục", "Item"),
    "ScanText.who": ("Cơ quan thực hiện", "Who acts"),
    "ScanText.task": ("Nhiệm vụ", "Task"),
    "ScanText.phrase": ("Thời hạn ghi trong văn bản", "Deadline as written"),
    "ScanText.due": ("Hạn", "Due"),
    "ScanText.time": ("Giờ", "Time"),
    "ScanText.urgency": ("Mức độ khẩn", "Urgency"),
    "ScanText.basis": ("Tính từ", "Counted from"),
    "ScanText.note": ("Ghi chú", "Note"),
    "ScanText.same_day": ("ngay trong ngày", "the same day"),
    "ScanText.immediate": ("ngay", "immediately"),
    "ScanText.urgent": ("khẩn trương", "urgently"),
    "ScanText.fixed": ("ngày ghi trong văn bản", "the date written"),
    "ScanText.issued": ("ngày ban hành văn bản", "the date of issue"),
    "ScanText.event": ("một sự kiện", "an event"),
    "ScanText.unresolved": ("chưa rõ (cần ngày ban hành)", "unknown (needs the date of issue)"),
    "ScanText.follow_up_day": (
        "ngày theo dõi: {n} ngày làm việc sau ngày ban hành (" + cite(17)[0] + "; pháp luật không "
        "quy định)",
        "follow-up day: {n} working days after the date of issue (" + cite(17)[1] + "; the law sets "
        "none)"),
    "ScanText.recurring": ("lặp lại {every}", "recurring {every}"),
    "ScanText.no_day": (
        "văn bản không nêu ngày: hạn là ngày làm việc cuối cùng của mỗi kỳ (" + cite(6)[0] + ")",
        "the document names no day: due on the last working day of each period (" + cite(6)[1] + ")"),
    "ScanText.every_weekly": ("hằng tuần", "weekly"),
    "ScanText.every_monthly": ("hằng tháng", "monthly"),
    "ScanText.every_quarterly": ("hằng quý", "quarterly"),
    "ScanText.every_yearly": ("hằng năm", "yearly"),
    "ScanText.provisional": ("dự kiến: có ngày nghỉ chưa được xác nhận bằng văn bản đã đọc",
                             "provisional: a day off is not confirmed by a notice read"),
    "ScanText.from_event": ("tính từ sự kiện: {event}", "counted from the event: {event}"),
    "ScanText.needs_date": ("cần ngày ban hành (--ngay-ban-hanh)", "needs the date of issue (--issued)"),
    "ScanText.nobody": ("(văn bản không nêu)", "(not named)"),
    "ScanText.calendar_name": ("Theo dõi thời hạn", "Deadlines to follow up"),
}
