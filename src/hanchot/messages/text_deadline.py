# SPDX-License-Identifier: Apache-2.0
"""The catalogue's texts for phrases and deadlines: what the parser expected, each step, each warning."""

from __future__ import annotations

from hanchot.messages.conventions import cite

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
    "Expect.time": ("một giờ trong ngày, như 16h00 hoặc 16:30", "a time of day, such as 16h00 or 16:30"),
    "Expect.full_year": ("năm viết đủ bốn chữ số, như 24/11/2026",
                         "the year in four digits, as in 24/11/2026"),
    "Expect.same_number": ("chính số {number} viết bằng chữ, như chữ số đứng trước",
                           "the same number, {number}, in words, as the digits before"),
    "Expect.year": ("một năm như 2024", "a year such as 2024"),
    "Expect.unit": (
        "một đơn vị thời gian ('ngày làm việc', 'giờ làm việc', 'ngày', 'tuần', 'tháng' hoặc 'năm')",
        "a unit of time ('ngày làm việc', 'giờ làm việc', 'ngày', 'tuần', 'tháng' or 'năm')"),
    "Expect.unit_not_date": ("một đơn vị, không phải một ngày", "a unit, not a date"),
    "Expect.event": ("sự kiện làm mốc tính, ví dụ 'ngày ký'",
                     "the event the period counts from, e.g. 'ngày ký'"),
    "Expect.date": ("một ngày", "a date"),
    "Expect.frequency": ("'tháng', 'quý', 'năm' hoặc 'tuần'", "'tháng', 'quý', 'năm' or 'tuần'"),
    "Expect.end": ("điểm kết thúc của cụm thời hạn (phần sau là thừa)",
                   "the end of the phrase (the rest is extra)"),
    # -- each step of an explanation ------------------------------------------------------
    "Step.rule": ("Thời hạn: {rule}.", "Time limit: {rule}."),
    "Step.start": ("Bắt đầu: {at}{day:day}.", "Start: {at}{day:day}."),
    "Step.start_anchor": ("Bắt đầu: {at}{day:day} ({anchor}).", "Start: {at}{day:day} ({anchor})."),
    "Step.days_off": ("{why}: {parts}.", "{why}: {parts}."),
    "Step.weekends_part": ("{count} ngày nghỉ hằng tuần ({days:dm}; {source:document})",
                           "{count} weekly rest day(s) ({days:dm}; {source:document})"),
    "Step.day_off_part": ("{day:date} {info:name}{provisional}{cited}",
                          "{day:date} {info:name}{provisional}{cited}"),
    "Step.why_not_counted": ("Không tính các ngày nghỉ", "Days off not counted"),
    "Step.why_rolled_back": ("Lùi lại, bỏ qua các ngày nghỉ", "Moved back, skipping the days off"),
    "Step.why_rolled_forward": (
        "{what} rơi vào ngày nghỉ nên chuyển sang ngày làm việc tiếp theo (" + _ART_148_5[0]
        + "), bỏ qua",
        "{what} falls on a day off, so it moves to the next working day (" + _ART_148_5[1]
        + "), skipping"),
    "Step.why_period_end": ("Các ngày nghỉ cuối kỳ", "Days off at the end of the period"),
    "Step.why_before": ("Các ngày nghỉ ngay trước ngày đó", "Days off just before that day"),
    "Step.what_period_end": ("Ngày cuối kỳ", "The last day of the period"),
    "Step.what_due_day": ("Ngày đến hạn", "The due day"),
    "Step.what_last_day": ("Ngày cuối của thời hạn", "The last day of the time limit"),
    "Step.year_from_start": ("Không ghi năm: lấy năm {year}, {how} (chính sách year_context={policy}).",
                             "No year given: {year} is used, {how} (policy year_context={policy})."),
    "Step.period_last_day": ("Ngày cuối của {period}: {day:day} (chính sách period_end=last_day).",
                             "The last day of {period}: {day:day} (policy period_end=last_day)."),
    "Step.period_last_working_day": (
        "Ngày làm việc cuối cùng của {period}: {day:day} (" + cite(6)[0] + ").",
        "The last working day of {period}: {day:day} (" + cite(6)[1] + ")."),
    "Step.working_days": (
        "Đếm {n:02d} ngày làm việc, không tính ngày bắt đầu (" + _ART_147[0]
        + "; " + cite(1, 2)[0] + ").",
        "Count {n:02d} working days, not counting the start day (" + _ART_147[1]
        + "; " + cite(1, 2)[1] + ")."),
    "Step.calendar_period": (
        "Thời hạn được tính từ ngày liền sau {start:date} (" + _ART_147[0] + "); kết thúc vào "
        "{end:day} (BLDS 2015 Điều 148 khoản {clause}){clipped}.",
        "The period starts the day after {start:date} (" + _ART_147[1] + "); it ends on {end:day} "
        "(Civil Code 2015 Art. 148({clause})){clipped}."),
    "Step.clipped_year": (
        "; năm cuối không có ngày 29/02 nên lấy ngày 28/02, áp dụng tương tự khoản 3 (" + cite(18)[0] + ")",
        "; the last year has no 29 February, so 28 February is used, by analogy with Art. 148(3) ("
        + cite(18)[1] + ")"),
    "Step.before_previous_day_rolled": (
        "'Trước ngày {day:date}': ngày hôm trước, {previous:day}, chuyển sang ngày làm việc tiếp theo nếu là "
        "ngày nghỉ (chính sách before=previous_day_rolled_forward của " + cite(5)[0] + "; TT 121/2015/TT-BQP "
        "Điều 5 làm vậy với ngày nghỉ lễ, Tết).",
        "'Before {day:date}': the day before, {previous:day}, moved to the next working day if it is a day "
        "off (policy before=previous_day_rolled_forward of " + cite(5)[1] + "; TT 121/2015/TT-BQP Art. 5 "
        "does so for holidays and Tết)."),
    "Step.why_before_rolled": ("Ngày hôm trước là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo, bỏ qua",
                               "The day before is a day off, so the deadline moves past"),
    "Step.clipped": ("; vì tháng cuối không có ngày tương ứng nên lấy ngày cuối tháng",
                     "; the last month has no such day, so its last day is used"),
    "Step.fixed": ("Hạn ghi trong văn bản: {day:day}, tính cả ngày đó (" + cite(4)[0] + ").",
                   "The date the text gives: {day:day}, that day included (" + cite(4)[1] + ")."),
    "Step.before_previous_day": (
        "'Trước ngày {day:date}': ngày hôm trước, {previous:day} (chính sách before=previous_day).",
        "'Before {day:date}': the day before, {previous:day} (policy before=previous_day)."),
    "Step.before_last_working_day": (
        "'Trước ngày {day:date}': ngày làm việc cuối cùng trước ngày đó là {result:day} "
        "(" + cite(5)[0] + ").",
        "'Before {day:date}': the last working day before it is {result:day} (" + cite(5)[1] + ")."),
    "Step.point": ("'{phrase}' là {day:day} (BLDS 2015 Điều 146; " + cite(7)[0] + ").",
                   "'{phrase}' is {day:day} (Civil Code 2015 Art. 146; " + cite(7)[1] + ")."),
    "Step.recurring": ("Hạn định kỳ '{phrase}': kỳ gần nhất tính từ ngày {start:date}.",
                       "Recurring deadline '{phrase}': the next one on or after {start:date}."),
    "Step.week_last_working_day": ("Ngày làm việc cuối cùng của tuần: {day:day}.",
                                   "The last working day of the week: {day:day}."),
    "Step.same_day_in_time": (
        "Tiếp nhận lúc {at:hm} {day:day}, chưa quá {cutoff:hm}: trả kết quả trong ngày (" + _HO_TICH[0]
        + "; " + cite(10)[0] + ").",
        "Received at {at:hm} on {day:day}, not after {cutoff:hm}: due the same day (" + _HO_TICH[1]
        + "; " + cite(10)[1] + ")."),
    "Step.same_day_next": (
        "Tiếp nhận lúc {at:hm} {day:day} ({reason}): trả kết quả vào ngày làm việc tiếp theo ("
        + _HO_TICH[0] + "; " + cite(10)[0] + ").",
        "Received at {at:hm} on {day:day} ({reason}): due the next working day (" + _HO_TICH[1]
        + "; " + cite(10)[1] + ")."),
    "Step.same_day_after_cutoff": ("sau {cutoff:hm}", "after {cutoff:hm}"),
    "Step.same_day_day_off": ("vào ngày nghỉ", "on a day off"),
    "Step.working_hours": (
        "Đếm {n:02d} giờ làm việc trong giờ hành chính từ {at:at} (hoặc từ đầu giờ làm việc tiếp theo): "
        "kết thúc lúc {end:hm} {end:day} (" + cite(11)[0] + ").",
        "Count {n:02d} working hours inside office hours from {at:at} (or from the start of the next "
        "office hours): "
        "they end at {end:hm} on {end:day} (" + cite(11)[1] + ")."),
    "Step.due": ("Hạn: {day:day}, {end}; cơ quan hết giờ làm việc lúc {closes:hm}.{provisional}",
                 "Due: {day:day}, {end}; office hours end at {closes:hm}.{provisional}"),
    "Step.end_of_day": ("đến 24:00 (BLDS 2015 Điều 148 khoản 6)",
                        "until 24:00 (Civil Code 2015 Art. 148(6))"),
    "Step.end_at": ("lúc {at:hm}", "at {at:hm}"),
    "Step.provisional": (" Dự kiến: trong khoảng này có ngày chưa được văn bản nào đã đọc xác nhận (năm "
                         "chưa có thông báo chính thức, hoặc văn bản mới thấy được trích dẫn).",
                         " Provisional: a day in this span is not confirmed by any notice read (its year is "
                         "not announced, or its notice was only seen cited)."),
    # -- warnings -------------------------------------------------------------------------
    "Caution.kept_on_day_off": (
        "{what} là {day:day}, rơi vào ngày nghỉ ({info:name}); hạn giữ nguyên ngày đó "
        "(chính sách roll=none: không dời ngày).",
        "{what} is {day:day}, a day off ({info:name}); the deadline stays on that day "
        "(policy roll=none: never moved)."),
    "Caution.rolled_backward": (
        "{what} là {day:day}, rơi vào ngày nghỉ; hạn lùi về ngày làm việc trước đó là {moved:day} "
        "(chính sách roll=backward).",
        "{what} is {day:day}, a day off; the deadline moves back to the working day before, "
        "{moved:day} (policy roll=backward)."),
    "Caution.rolled_forward": (
        "{what} là {day:day}, rơi vào ngày nghỉ ({info:name}); hạn chuyển sang ngày làm việc tiếp "
        "theo là {moved:day} (" + _ART_148_5[0] + ").",
        "{what} is {day:day}, a day off ({info:name}); the deadline moves to the next working day, "
        "{moved:day} (" + _ART_148_5[1] + ")."),
    "Caution.before_rolled_forward": (
        "Ngày trước ngày {day:date} là {previous:day}, ngày nghỉ ({info:name}); theo chính sách "
        "before=previous_day_rolled_forward, hạn chuyển sang ngày làm việc tiếp theo là {moved:day}.",
        "The day before {day:date} is {previous:day}, a day off ({info:name}); under the policy "
        "before=previous_day_rolled_forward the deadline moves to the next working day, {moved:day}."),
    "Caution.leap_day_by_analogy": (
        "Thời hạn tính bằng năm từ {start:date} kết thúc vào {end:date}: khoản 4 Điều 148 BLDS 2015 không "
        "quy định trường hợp năm cuối không có ngày 29/02; hanchot áp dụng tương tự khoản 3 (ngày cuối "
        "tháng) theo " + cite(18)[0] + ".",
        "A period of years from {start:date} ends on {end:date}: Civil Code 2015 Art. 148(4) has no rule "
        "for a last year without 29 February; hanchot applies Art. 148(3) (the month's last day) by analogy, "
        "under " + cite(18)[1] + "."),
    "Caution.previous_day_off": ("Ngày đến hạn {day:day} là ngày nghỉ ({info:name}).",
                                 "The due day {day:day} is a day off ({info:name})."),
    "Caution.start_from_phrase": (
        "Thời hạn tự ghi ngày bắt đầu ({used:day}); ngày bắt đầu được đưa vào ({given:day}) không được dùng.",
        "The phrase names its own start, {used:day}; the start given, {given:day}, was not used."),
    "Caution.already_past": ("Hạn ({due:day}) sớm hơn cả ngày bắt đầu tính ({start:day}).",
                             "The due date, {due:day}, is earlier than the start day, {start:day}."),
    # -- the policies, in words -----------------------------------------------------------
    "YearContext.next_occurrence": ("lần gần nhất của ngày đó kể từ ngày bắt đầu",
                                    "the next time that day comes on or after the start"),
    "YearContext.start_year": ("năm của ngày bắt đầu", "the year of the start day"),
    # -- the deadline in one line, and in a notebook ---------------------------------------
    "Text.deadline": ("Hạn: {day:day}, {end}{provisional} ({phrase})",
                      "Due: {day:day}, {end}{provisional} ({phrase})"),
    "Text.until_midnight": ("đến 24:00", "until 24:00"),
    "Text.at_time": ("lúc {at:hm}", "at {at:hm}"),
    "Text.html_rule": ("Thời hạn", "Time limit"),
    "Text.html_due": ("Hạn", "Due"),
    "Text.html_closes": ("Cơ quan hết giờ làm việc", "Office hours end"),
    "Text.html_warning": ("Lưu ý", "Note"),
}
