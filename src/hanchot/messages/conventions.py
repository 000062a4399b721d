# SPDX-License-Identifier: Apache-2.0
"""hanchot's conventions by number and name, as explanations cite them (docs/conventions.md defines each).

>>> cite(5)
('quy ước 5 «Trước ngày X»', 'convention 5 “Before day X”')
>>> cite(1, 2)[1]
'conventions 1 “The start day never counts” and 2 “N working days”'
"""

from __future__ import annotations

__all__: list[str] = []  # the catalogue's: its texts cite conventions through cite()

#: Number → (Vietnamese name, English name). A number never changes its meaning; a test checks each
#: against the headings of docs/conventions.md.
NAMES: dict[int, tuple[str, str]] = {
    1: ("Ngày bắt đầu không tính", "The start day never counts"),
    2: ("N ngày làm việc", "N working days"),
    3: ("N ngày, tuần, tháng, năm", "Calendar periods"),
    4: ("Chậm nhất ngày X", "No later than day X"),
    5: ("Trước ngày X", "Before day X"),
    6: ("Trong tháng, quý, năm", "Within a period"),
    7: ("Đầu, giữa, cuối tháng / năm", "Start, middle and end of a month or year"),
    8: ("Hết 24:00", "A day ends at midnight"),
    9: ("Tính từ lúc tiếp nhận", "The clock starts at acceptance"),
    10: ("Giải quyết trong ngày", "Same-day procedures"),
    11: ("Giờ làm việc", "Working hours"),
    12: ("Bổ sung hồ sơ", "A request for a complete dossier"),
    13: ("Trạng thái hồ sơ", "Status"),
    14: ("Hạn gửi văn bản xin lỗi", "The apology's deadline"),
    15: ("Không tự đọc ngày hôm nay", "Nothing reads today's date"),
    16: ("Tỷ lệ đúng hạn", "The on-time rate"),
    17: ("Ngày theo dõi việc khẩn", "A follow-up day for urgent work"),
    18: ("Một năm tính từ 29/02", "A year from 29 February"),
    19: ("Năm chưa có thông báo", "Years not yet announced"),
    20: ("Ngày Văn hóa Việt Nam rơi vào ngày nghỉ", "24/11 on a weekend"),
    21: ("Lịch của doanh nghiệp", "An enterprise's own calendar"),
}


def cite(*numbers: int) -> tuple[str, str]:
    """How an explanation names conventions, in Vietnamese and in English."""
    vi = [f"{n} «{NAMES[n][0]}»" for n in numbers]
    en = [f"{n} “{NAMES[n][1]}”" for n in numbers]
    return (f"quy ước {' và '.join(vi)}",
            f"convention{'s' if len(numbers) > 1 else ''} {' and '.join(en)}")
