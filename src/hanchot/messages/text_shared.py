# SPDX-License-Identifier: Apache-2.0
"""The catalogue's small shared pieces: (Vietnamese, English) for each ``Text``, and the calendar's words."""

from __future__ import annotations

__all__ = ["ICS", "KINDS", "MONTHS", "TEXTS", "WEEKDAYS"]

TEXTS: dict[str, tuple[str, str]] = {
    "Text.or": (" hoặc ", " or "),
    "Text.coverage": (
        "{first:iso} đến {last:iso}; lịch nghỉ chính thức cho các năm {official}{unconfirmed}, dự kiến theo "
        "luật cho các năm khác",
        "{first:iso} to {last:iso}; official schedules for {official}{unconfirmed}, statutory projection "
        "elsewhere"),
    "Text.unconfirmed": (" (ngày {days:date} mới thấy văn bản được trích dẫn, chưa xác nhận)",
                         " ({days:date} only cited, not confirmed)"),
    "Text.day_info": ("{day:date} {day:weekday}: {info:name}{provisional}{cited}{evidence}",
                      "{day:date} {day:weekday}: {info:name}{provisional}{cited}{evidence}"),
    "Text.provisional_mark": (" (dự kiến)", " (provisional)"),
    "Text.html_working": ("ngày làm việc", "working day"),
    "Text.html_off": ("ngày nghỉ", "day off"),
    "Text.html_month": ("Tháng {month}/{year}, lịch {profile}", "{month}/{year}, {profile} calendar"),
    "Text.html_status": ("Trạng thái", "Status"),
    "Text.html_late": ("Trễ", "Late"),
    "Text.html_late_days": ("{n} ngày làm việc", "{n} working days"),
    "Text.html_apology_by": ("Hạn gửi văn bản xin lỗi", "Apology due by"),
    "Text.html_month_legend": ("* dự kiến: ngày chưa được văn bản đã đọc xác nhận",
                               "* provisional: a day no notice read confirms"),
    "Text.html_calendar": ("<b>Lịch {profile}</b>: {coverage}. "
                           "Xem một tháng: <code>cal.month(2026, 2)</code>",
                           "<b>{profile} calendar</b>: {coverage}. "
                           "To see a month: <code>cal.month(2026, 2)</code>"),
    "Text.cited": (" [{source:cite}]", " [{source:cite}]"),
    "Text.cite_undated": ("{document} ({issuer}, ngày ban hành chưa rõ)",
                          "{document} ({issuer}, date unknown)"),
    "Text.end_of_text": ("cuối câu", "the end"),
    "Text.no_leap_month": ("năm đó không có tháng nhuận", "that year has no leap month"),
    "Text.leap_month": ("tháng nhuận của năm đó là tháng {month}", "its leap month is month {month}"),
    "Text.leap": (" nhuận", " (leap)"),
    "Text.no_such_file": ("không có tệp này", "no such file"),
    "Text.no_such_folder": ("không có thư mục {folder!q}", "there is no folder {folder!q}"),
    "Text.no_permission": ("không có quyền đọc hoặc ghi", "permission denied"),
    "Text.is_a_directory": ("đó là một thư mục", "it is a folder"),
    "Text.disk_full": ("ổ đĩa đã đầy", "the disk is full"),
    "Text.file_error": ("lỗi hệ thống tệp ({errno})", "file system error ({errno})"),
    "Text.not_a_date_text": ("không phải là ngày hợp lệ", "not a valid date"),
    "Text.two_digit_year": ("năm '{year}' chỉ có hai chữ số; hãy viết đủ bốn chữ số (20{year})",
                            "the year '{year}' has two digits; write all four (20{year})"),
    "Text.time_format": ("giờ phải viết HH:MM hoặc HH:MM:SS", "the time must be HH:MM or HH:MM:SS"),
    "Text.kind_date": ("một ngày TOML như 2024-02-10", "a TOML date like 2024-02-10"),
    "Text.kind_text": ("một chuỗi", "a string"),
    "Text.kind_number": ("một số nguyên", "a whole number"),
    "Text.kind_list": ("một danh sách", "a list"),
    "Text.kind_boolean": ("true hoặc false", "true or false"),
    "Text.kind_table": ("một bảng", "a table"),
    "Text.what_none": ("giá trị trống", "an empty value"),
    "Text.what_text": ("văn bản", "text"),
    "Text.what_bytes": ("dữ liệu byte chưa giải mã thành văn bản", "bytes not yet decoded to text"),
    "Text.what_boolean": ("một giá trị đúng/sai", "a true/false value"),
    "Text.what_whole": ("một số nguyên", "a whole number"),
    "Text.what_number": ("một số thập phân", "a decimal number"),
    "Text.what_moment": ("một thời điểm (có giờ)", "a moment (with a time)"),
    "Text.what_date": ("một ngày", "a date"),
    "Text.what_time": ("một giờ trong ngày", "a time of day"),
    "Text.what_mapping": ("một bảng ghép khóa với giá trị", "a mapping of keys to values"),
    "Text.what_collection": ("một danh sách", "a collection"),
    "Text.what_path": ("một đường dẫn tệp", "a file path"),
    "Text.what_file": ("một tệp đang mở", "an open file"),
    "Text.what_other": ("một giá trị thuộc loại khác", "a value of another kind"),
    "Text.what_numpy_date": ("một ngày giờ của numpy, chưa đổi sang ngày",
                             "a numpy date-time, not converted to a date"),
    "Text.guess": (" (có phải là {name}?)", " (did you mean {name}?)"),
    "Text.toml_top": ("phần đầu tệp", "top level"),
    "Text.toml_at": ("lỗi ở dòng {line}, cột {column}", "error at line {line}, column {column}"),
    "Text.toml_at_end": ("lỗi ở cuối tệp", "error at the end of the file"),
    "Text.toml_not_utf8": ("không phải văn bản UTF-8 (byte {byte} ở dòng {line}); hãy lưu lại dưới dạng "
                           "UTF-8", "not UTF-8 text (byte {byte} on line {line}); save it again as UTF-8"),
    "Text.action_read": ("đọc", "read"),
    "Text.action_write": ("ghi", "written"),
    "Text.ask_day": ("ngày {d:date}", "the day {d:date}"),
    "Text.ask_after": ("{n} ngày làm việc sau ngày {d:date}", "{n} working days after {d:date}"),
    "Text.ask_before": ("{n} ngày làm việc trước ngày {d:date}", "{n} working days before {d:date}"),
    "Text.ask_between": ("số ngày làm việc từ {a:date} đến {b:date}",
                         "the working days from {a:date} to {b:date}"),
    "Text.month": ("tháng", "month"),
    "Text.quarter": ("quý", "quarter"),
    "Text.first_months": ("số tháng đầu năm", "number of first months"),
    "Text.year": ("năm", "year"),
}

#: What each kind of day is called (``DayKind.label``).
KINDS: dict[str, tuple[str, str]] = {
    "DayKind.working": ("ngày làm việc", "working day"),
    "DayKind.weekend": ("nghỉ hằng tuần", "weekly rest day"),
    "DayKind.holiday": ("nghỉ lễ, Tết", "public holiday"),
    "DayKind.compensatory": ("nghỉ bù", "compensatory day off"),
    "DayKind.swapped_off": ("nghỉ hoán đổi", "swapped day off"),
    "DayKind.makeup_work": ("làm bù", "make-up working day"),
    "DayKind.special_off": ("nghỉ theo nghị quyết riêng", "day off by a special resolution"),
    "DayKind.local_off": ("nghỉ riêng của đơn vị", "local day off"),
    "DayKind.local_work": ("làm việc theo lịch riêng", "local working day"),
    # how a day is known (``Evidence.label``), and the mark a day's line carries for it
    "Evidence.notice_read": ("theo văn bản đã đọc toàn văn", "notice read in full"),
    "Evidence.notice_reported": ("theo văn bản, biết qua báo chí", "notice known from press reports"),
    "Evidence.notice_cited": ("văn bản mới thấy được trích dẫn, chưa xác nhận",
                              "notice only seen cited, not confirmed"),
    "Evidence.statute": ("theo luật", "by statute"),
    "Evidence.projected": ("dự kiến theo luật, chưa có thông báo",
                           "projected from the statute, not announced"),
    "Evidence.custom": ("theo lịch riêng của đơn vị", "the office's own calendar"),
    "Text.evidence_mark": (" ({evidence})", " ({evidence})"),
    "Text.no_source": ("tuần làm việc theo luật", "the statutory working week"),
}

#: Weekday names, Monday first.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

#: Month names, January first, and the two-letter weekday heads of a month grid.
MONTHS: dict[str, tuple[str, ...]] = {
    "vi": ("Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
           "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}

#: The words of a calendar file (``hanchot.calendars.ics``).
ICS: dict[str, tuple[str, str]] = {
    "IcsText.name": ("Lịch nghỉ {years}", "Days off {years}"),
    "IcsText.description": ("Loại ngày: {kind} ({confidence}). Nguồn: {source}",
                            "Kind: {kind} ({confidence}). Source: {source}"),
}
