# SPDX-License-Identifier: Apache-2.0
"""The catalogue's texts for phrases and deadlines: what the parser expected, each step, each warning."""

from __future__ import annotations

__all__ = ["DEADLINE"]

_ART_147 = ("BLDS 2015 Điều 147", "Civil Code 2015 Art. 147")
_ART_148_5 = ("BLDS 2015 Điều 148 khoản 5", "Civil Code 2015 Art. 148(5)")
_HO_TICH = ("Luật Hộ tịch 2014 Điều 5 khoản 3", "Civil Status Law 2014 Art. 5(3)")

DEADLINE: dict[str, tuple[str, str]] = {
    # -- what the parser expected -------------------------------------------------------
    "Expect.phrase": (
        "một thời hạn như '05 ngày làm việc', '15 ngày', 'chậm nhất ngày 10/12/2023', "
        "'trước ngày 30/6/2024', 'trong quý III năm 2023', 'hết năm 2023', "
        "'trước ngày 25 hằng tháng' hoặc 'trong ngày'",
        "a deadline phrase such as '05 ngày làm việc', '15 ngày', 'chậm nhất ngày 10/12/2023', "
        "'trước ngày 30/6/2024', 'trong quý III năm 2023', 'hết năm 2023', "
        "'trước ngày 25 hằng tháng' or 'trong ngày'"),
    "Expect.word": ("'{word}'", "'{word}'"),
    "Expect.number": ("một số", "a number"),
    "Expect.year": ("một năm như 2024", "a year such as 2024"),
    "Expect.unit": (
        "một đơn vị: 'ngày làm việc', 'giờ làm việc', 'ngày', 'tuần', 'tháng', 'năm'",
        "a unit: 'ngày làm việc', 'giờ làm việc', 'ngày', 'tuần', 'tháng', 'năm'"),
    "Expect.unit_not_date": ("một đơn vị, không phải một ngày", "a unit, not a date"),
    "Expect.event": ("sự kiện bắt đầu tính, ví dụ 'kể từ ngày ký'",
                     "the event the period counts from, e.g. 'kể từ ngày ký'"),
    "Expect.date": ("một ngày", "a date"),
    "Expect.frequency": ("'tháng', 'quý', 'năm' hoặc 'tuần'", "'tháng', 'quý', 'năm' or 'tuần'"),
    "Expect.end": ("hết cụm thời hạn", "the end of the phrase"),
    # -- each step of an explanation ------------------------------------------------------
    "Step.rule": ("Quy tắc: {rule}.", "Rule: {rule}."),
    "Step.start": ("Bắt đầu: {at}{day:day}.", "Start: {at}{day:day}."),
    "Step.start_anchor": ("Bắt đầu: {at}{day:day} ({anchor}).", "Start: {at}{day:day} ({anchor})."),
    "Step.days_off": ("{why}: {parts}.", "{why}: {parts}."),
    "Step.weekends_part": ("{count} ngày nghỉ hằng tuần ({days:dm}; QĐ 188/1999/QĐ-TTg)",
                           "{count} weekly rest days ({days:dm}; QĐ 188/1999/QĐ-TTg)"),
    "Step.day_off_part": ("{day:date} {info:name}{provisional}{cited}",
                          "{day:date} {info:name}{provisional}{cited}"),
    "Step.why_not_counted": ("Không tính các ngày nghỉ", "Days off not counted"),
    "Step.why_rolled_back": ("Lùi qua các ngày nghỉ", "Moved back over the days off"),
    "Step.why_rolled_forward": (
        "{what} rơi vào ngày nghỉ; chuyển sang ngày làm việc tiếp theo (" + _ART_148_5[0] + ")",
        "{what} falls on a day off; moved to the next working day (" + _ART_148_5[1] + ")"),
    "Step.why_period_end": ("Các ngày nghỉ cuối kỳ", "Days off at the end of the period"),
    "Step.why_before": ("Các ngày nghỉ ngay trước ngày đó", "Days off just before that day"),
    "Step.what_period_end": ("Ngày cuối kỳ", "The last day of the period"),
    "Step.what_due_day": ("Ngày hạn", "The due day"),
    "Step.what_last_day": ("Ngày cuối của thời hạn", "The last day of the period"),
    "Step.year_from_start": ("Năm không ghi: lấy {year} (year_context='{policy}').",
                             "No year given: {year} (year_context='{policy}')."),
    "Step.period_last_day": ("Ngày cuối của {period}: {day:day} (period_end='last_day').",
                             "The last day of {period}: {day:day} (period_end='last_day')."),
    "Step.period_last_working_day": (
        "Ngày làm việc cuối cùng của {period}: {day:day} (quy ước 6 của hanchot).",
        "The last working day of {period}: {day:day} (hanchot convention 6)."),
    "Step.working_days": (
        "Đếm {n:02d} ngày làm việc sau ngày bắt đầu, không tính ngày bắt đầu (" + _ART_147[0]
        + "; quy ước 1, 2 của hanchot).",
        "Count {n:02d} working days after the start day, which does not count (" + _ART_147[1]
        + "; hanchot conventions 1, 2)."),
    "Step.calendar_period": (
        "Thời hạn bắt đầu từ ngày tiếp theo ngày {start:date} (" + _ART_147[0] + "); kết thúc vào "
        "{end:day} (BLDS 2015 Điều 148 khoản {clause}){clipped}.",
        "The period starts the day after {start:date} (" + _ART_147[1] + "); it ends on {end:day} "
        "(Civil Code 2015 Art. 148({clause})){clipped}."),
    "Step.clipped": (" (tháng cuối không có ngày tương ứng: lấy ngày cuối tháng)",
                     " (the last month has no corresponding day: its last day)"),
    "Step.fixed": ("Hạn ghi trong văn bản: {day:day}, tính cả ngày đó (quy ước 4 của hanchot).",
                   "The date the text gives: {day:day}, that day included (hanchot convention 4)."),
    "Step.before_previous_day": (
        "'Trước ngày {day:date}': ngày hôm trước, {previous:day} (before='previous_day').",
        "'Before {day:date}': the day before, {previous:day} (before='previous_day')."),
    "Step.before_last_working_day": (
        "'Trước ngày {day:date}': ngày làm việc cuối cùng trước ngày đó là {result:day} "
        "(quy ước 5 của hanchot).",
        "'Before {day:date}': the last working day before it is {result:day} (hanchot convention 5)."),
    "Step.point": ("'{phrase}' là {day:day} (BLDS 2015 Điều 146; quy ước 7).",
                   "'{phrase}' is {day:day} (Civil Code 2015 Art. 146; convention 7)."),
    "Step.recurring": ("Hạn định kỳ '{phrase}': lần gần nhất không trước ngày {start:date}.",
                       "Recurring deadline '{phrase}': the next one not before {start:date}."),
    "Step.week_last_working_day": ("Ngày làm việc cuối cùng của tuần: {day:day}.",
                                   "The last working day of the week: {day:day}."),
    "Step.same_day_in_time": (
        "Nhận lúc {at:hm} {day:day}, không muộn hơn {cutoff:hm}: trả trong ngày (" + _HO_TICH[0]
        + "; quy ước 10 của hanchot).",
        "Received at {at:hm} on {day:day}, not after {cutoff:hm}: due the same day (" + _HO_TICH[1]
        + "; hanchot convention 10)."),
    "Step.same_day_next": (
        "Nhận lúc {at:hm} {day:day} ({reason}): trả vào ngày làm việc tiếp theo (" + _HO_TICH[0]
        + "; quy ước 10).",
        "Received at {at:hm} on {day:day} ({reason}): due the next working day (" + _HO_TICH[1]
        + "; convention 10)."),
    "Step.same_day_after_cutoff": ("sau {cutoff:hm}", "after {cutoff:hm}"),
    "Step.same_day_day_off": ("vào ngày nghỉ", "on a day off"),
    "Step.working_hours": (
        "Đếm {n:02d} giờ làm việc trong giờ hành chính từ {at:at} (hoặc giờ mở cửa kế tiếp): "
        "kết thúc lúc {end:hm} {end:day} (quy ước 11 của hanchot).",
        "Count {n:02d} working hours inside office hours from {at:at} (or the next opening): "
        "they end at {end:hm} on {end:day} (hanchot convention 11)."),
    "Step.due": ("Hạn: {day:day}, {end}; cơ quan đóng cửa lúc {closes:hm}.{provisional}",
                 "Due: {day:day}, {end}; the office closes at {closes:hm}.{provisional}"),
    "Step.end_of_day": ("hết 24:00 (BLDS 2015 Điều 148 khoản 6)",
                        "until 24:00 (Civil Code 2015 Art. 148(6))"),
    "Step.end_at": ("lúc {at:hm}", "at {at:hm}"),
    "Step.provisional": (" Dự kiến: năm này chưa có thông báo lịch nghỉ chính thức.",
                         " Provisional: the year's official schedule is not announced yet."),
    # -- warnings -------------------------------------------------------------------------
    "Caution.kept_on_day_off": (
        "{what} {day:day} là ngày nghỉ ({info:name}); giữ nguyên theo chính sách roll='none'.",
        "{what} {day:day} is a day off ({info:name}); kept as it is under roll='none'."),
    "Caution.rolled_backward": (
        "{what} {day:day} là ngày nghỉ; lùi về ngày làm việc trước đó {moved:day} (roll='backward').",
        "{what} {day:day} is a day off; moved back to the working day before, {moved:day} "
        "(roll='backward')."),
    "Caution.rolled_forward": (
        "{what} {day:day} là ngày nghỉ ({info:name}); hạn chuyển sang ngày làm việc tiếp theo "
        "{moved:day} (" + _ART_148_5[0] + ").",
        "{what} {day:day} is a day off ({info:name}); the deadline moves to the next working day, "
        "{moved:day} (" + _ART_148_5[1] + ")."),
    "Caution.previous_day_off": ("Ngày hạn {day:day} là ngày nghỉ ({info:name}).",
                                 "The due day {day:day} is a day off ({info:name})."),
    "Caution.already_past": ("Hạn {due:day} đã qua trước ngày bắt đầu {start:day}.",
                             "The due date {due:day} is before the start, {start:day}."),
    # -- the deadline in one line, and in a notebook ---------------------------------------
    "Text.deadline": ("Hạn: {day:day}, {end}{provisional} ({phrase})",
                      "Due: {day:day}, {end}{provisional} ({phrase})"),
    "Text.until_midnight": ("hết 24:00", "until 24:00"),
    "Text.at_time": ("lúc {at:hm}", "at {at:hm}"),
    "Text.html_rule": ("Quy tắc", "Rule"),
    "Text.html_due": ("Hạn", "Due"),
    "Text.html_closes": ("Cơ quan đóng cửa", "Office closes"),
    "Text.html_warning": ("Cảnh báo", "Warning"),
}
