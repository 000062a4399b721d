# SPDX-License-Identifier: Apache-2.0
"""The catalogue's error messages: (Vietnamese, English) for each ``ErrorCode``.

Each quotes what the person gave (``{value!q}``) and says what would be valid.
"""

from __future__ import annotations

__all__ = ["ERRORS"]

_DATE_FORMS = ("viết ngày như 2026-03-06 hoặc 06/03/2026, thời điểm như 06/03/2026 16:00 "
               "hoặc 2026-03-06T16:00",
               "write dates as 2026-03-06 or 06/03/2026, moments as 06/03/2026 16:00 "
               "or 2026-03-06T16:00")

ERRORS: dict[str, tuple[str, str]] = {
    # -- values of the wrong kind or outside what is valid ---------------------------------
    "ErrorCode.not_a_date": (
        "{field}={value!q} không phải là một ngày; hãy đưa một ngày, ví dụ 2026-02-16",
        "{field}={value!q} is not a date; give a date, e.g. 2026-02-16"),
    "ErrorCode.datetime_not_date": (
        "{field}={value!q} là một thời điểm (có giờ); hãy đưa ngày của nó, {day:iso}",
        "{field}={value!q} is a moment (it has a time); give its date, {day:iso}"),
    "ErrorCode.not_a_moment": (
        "{field}={value!q} không phải là một ngày hay một thời điểm; ví dụ 2026-02-11 hoặc "
        "2026-02-11 09:30 (không ghi múi giờ là giờ Việt Nam)",
        "{field}={value!q} is neither a date nor a moment; e.g. 2026-02-11 or 2026-02-11 09:30 "
        "(with no time zone, Vietnam time)"),
    "ErrorCode.not_a_time": (
        "{field}={value!q} không phải là một giờ trong ngày; ví dụ 15:00",
        "{field}={value!q} is not a time of day; e.g. 15:00"),
    "ErrorCode.not_a_whole_number": (
        "{field}={value!q} không phải là một số nguyên; ví dụ {example}",
        "{field}={value!q} is not a whole number; e.g. {example}"),
    "ErrorCode.number_out_of_range": (
        "{field}={value!q} phải từ {low} đến {high}",
        "{field}={value!q} must be from {low} to {high}"),
    "ErrorCode.not_true_or_false": (
        "{field}={value!q} phải là True hoặc False",
        "{field}={value!q} must be True or False"),
    "ErrorCode.not_text": (
        "{field}={value!q} không phải là văn bản; hãy đưa một đoạn văn bản",
        "{field}={value!q} is not text; give a text"),
    "ErrorCode.not_one_of": (
        "{field}={value!q} không phải là một trong: {allowed:q}",
        "{field}={value!q} is not one of {allowed:q}"),
    "ErrorCode.unknown_option": (
        "không có tùy chọn {value:q}; các tùy chọn là {allowed}",
        "unknown option(s) {value:q}; valid options are {allowed}"),
    "ErrorCode.not_a_calendar": (
        "{field}={value!q} không phải là một lịch; hãy tạo lịch bằng hanchot.calendar(), "
        "ví dụ hanchot.calendar('labor_code')",
        "{field}={value!q} is not a calendar; build one with hanchot.calendar(), "
        "e.g. hanchot.calendar('labor_code')"),
    "ErrorCode.not_a_rule": (
        "{field}={value!q} không phải là một thời hạn: hãy đưa một cụm như '05 ngày làm việc' "
        "hoặc một quy tắc của hanchot.rules",
        "{field}={value!q} is not a time limit: give a phrase such as '05 ngày làm việc' "
        "or a rule of hanchot.rules"),
    "ErrorCode.not_a_path": (
        "{field}={value!q} không phải là đường dẫn tệp hay một tệp đang mở",
        "{field}={value!q} is neither a file path nor an open file"),
    "ErrorCode.bad_weekend": (
        "{field}={value!q} phải là các số thứ trong tuần từ 0 (thứ Hai) đến 6 (Chủ nhật), "
        "không đủ cả bảy; cán bộ, công chức nghỉ (5, 6)",
        "{field}={value!q} must be weekday numbers 0 (Monday) to 6 (Sunday), not all seven; "
        "the civil service rests on (5, 6)"),
    "ErrorCode.bad_sessions": (
        "{field}={value!q} phải là các cặp (giờ mở cửa, giờ đóng cửa) theo thứ tự, không chồng "
        "nhau, ví dụ (08:00, 12:00) và (13:00, 17:00)",
        "{field}={value!q} must be ordered, non-overlapping (opening, closing) pairs, "
        "e.g. (08:00, 12:00) and (13:00, 17:00)"),
    "ErrorCode.bad_events": (
        "{field}={value!q} phải ghép mỗi sự kiện (vài chữ của nó) với ngày của nó, ví dụ {example}",
        "{field}={value!q} must map each event (some of its words) to its date, e.g. {example}"),
    # -- the calendar -------------------------------------------------------------------
    "ErrorCode.date_out_of_coverage": (
        "{field}={value!q} nằm ngoài phạm vi của lịch; ngày hợp lệ từ {first:iso} đến {last:iso}",
        "{field}={value!q} is outside the calendar's coverage; valid dates are {first:iso} to "
        "{last:iso}"),
    "ErrorCode.answer_out_of_coverage": (
        "kết quả của {what} nằm ngoài phạm vi của lịch ({first:iso} đến {last:iso})",
        "the answer of {what} lies outside the calendar's coverage ({first:iso} to {last:iso})"),
    "ErrorCode.year_out_of_coverage": (
        "{field}={value!q} nằm ngoài phạm vi của lịch; năm hợp lệ từ {first} đến {last}",
        "{field}={value!q} is outside the calendar's coverage; valid years are {first} to {last}"),
    "ErrorCode.not_announced": (
        "{what} phụ thuộc năm {years}, năm chưa có thông báo lịch nghỉ chính thức (strict=True); "
        "các năm chính thức: {official}",
        "{what} depends on {years}, whose schedule is not yet announced (strict=True); "
        "official years are {official}"),
    "ErrorCode.year_not_announced": (
        "{field}={value!q}: năm chưa có thông báo lịch nghỉ chính thức (strict=True); "
        "các năm chính thức: {official}",
        "{field}={value!q} is not yet announced (strict=True); official years are {official}"),
    "ErrorCode.missing_dependency": (
        "{what} cần gói {package}: pip install 'hanchot[{extra}]'",
        "{what} needs {package}: pip install 'hanchot[{extra}]'"),
    # -- the lunar calendar -------------------------------------------------------------
    "ErrorCode.lunar_date_out_of_table": (
        "{field}={value!q} nằm ngoài bảng âm lịch; ngày hợp lệ từ {first:iso} đến {last:iso}",
        "{field}={value!q} is outside the lunar table; valid dates are {first:iso} to {last:iso}"),
    "ErrorCode.lunar_year_out_of_table": (
        "năm âm lịch {field}={value!q} nằm ngoài bảng; năm hợp lệ từ {first} đến {last}",
        "lunar {field}={value!q} is outside the table; valid years are {first} to {last}"),
    "ErrorCode.lunar_month_invalid": (
        "tháng âm lịch {field}={value!q} không có; tháng từ 1 đến 12",
        "lunar {field}={value!q} does not exist; months are 1 to 12"),
    "ErrorCode.lunar_no_such_leap_month": (
        "năm âm lịch {year} không có tháng {value} nhuận; {leap}",
        "lunar year {year} has no leap month {value}; {leap}"),
    "ErrorCode.lunar_day_invalid": (
        "ngày âm lịch {field}={value!q} không có trong tháng {month}{leap} năm {year}, "
        "tháng này có {length} ngày",
        "lunar {field}={value!q} does not exist in month {month}{leap} of {year}, "
        "which has {length} days"),
    # -- days and periods named by a rule -----------------------------------------------
    "ErrorCode.month_invalid": (
        "{field}={value!q}: không có tháng này; tháng từ 1 đến 12",
        "{field}={value!q} does not exist; months are 1 to 12"),
    "ErrorCode.day_invalid": (
        "{field}={value!q}: không có ngày này trong tháng {month}; ngày từ 1 đến {last}",
        "{field}={value!q} does not exist in month {month}; days are 1 to {last}"),
    "ErrorCode.date_does_not_exist": (
        "ngày {day}/{month}/{year} không có: tháng {month} năm {year} có {length} ngày",
        "{day}/{month}/{year} does not exist: month {month} of {year} has {length} days"),
    "ErrorCode.year_invalid": (
        "{field}={value!q}: năm phải từ {low} đến {high}",
        "{field}={value!q}: the year must be from {low} to {high}"),
    "ErrorCode.period_number_invalid": (
        "{field}={value!q}: {kind} phải là một trong {allowed}",
        "{field}={value!q}: the {kind} must be one of {allowed}"),
    "ErrorCode.period_needs_year": (
        "{kind} cần ghi năm, ví dụ {example}",
        "a {kind} needs its year, e.g. {example}"),
    "ErrorCode.point_needs_month_or_year": (
        "'{point}' chỉ dùng cho một tháng hoặc một năm, không dùng cho {period}",
        "'{point}' applies to a month or a year, not to {period}"),
    "ErrorCode.recurring_day_invalid": (
        "{field}={value!q}: một ngày trong tháng (1 đến 31) chỉ dùng với hạn hằng tháng",
        "{field}={value!q}: a day of the month (1 to 31) goes with a monthly deadline only"),
    "ErrorCode.recurring_before_needs_day": (
        "'trước' cần một ngày, như 'trước ngày 25 hằng tháng'",
        "'trước' needs a day, as in 'trước ngày 25 hằng tháng'"),
    # -- phrases ------------------------------------------------------------------------
    "ErrorCode.phrase_empty": (
        "{field}={value!q}: chưa có thời hạn nào; hãy viết một thời hạn, ví dụ '05 ngày làm việc'",
        "{field}={value!q}: no time limit given; write one, e.g. '05 ngày làm việc'"),
    "ErrorCode.phrase_too_long": (
        "{field}: thời hạn dài {length} ký tự, quá {limit}; một thời hạn là một câu, không phải "
        "cả văn bản (để tìm thời hạn trong văn bản, dùng hanchot.scan)",
        "{field}: the time limit is {length} characters long, over {limit}; a time limit is a "
        "sentence, not a document (to find the time limits of a document, use hanchot.scan)"),
    "ErrorCode.phrase_unreadable": (
        "{field}: không đọc được {value!q} ở vị trí {position} ({near}): cần {expected:or}",
        "{field}: cannot read {value!q} at position {position} ({near}): expected {expected:or}"),
    "ErrorCode.phrase_impossible": (
        "{field}: không đọc được {value!q} ở vị trí {position} ({near}): {reason}",
        "{field}: cannot read {value!q} at position {position} ({near}): {reason}"),
    # -- deadlines ----------------------------------------------------------------------
    "ErrorCode.needs_time": (
        "'{phrase}' cần giờ tiếp nhận: hãy ghi cả giờ, ví dụ 06/03/2026 16:00",
        "'{phrase}' needs the time of receipt: give the time too, e.g. 06/03/2026 16:00"),
    "ErrorCode.deadline_out_of_coverage": (
        "'{phrase}' tính từ {field}={value!q} vượt ra ngoài phạm vi của lịch "
        "({first:iso} đến {last:iso})",
        "'{phrase}' from {field}={value!q} reaches outside the calendar's coverage "
        "({first:iso} to {last:iso})"),
    "ErrorCode.period_has_no_working_day": (
        "{period} không có ngày làm việc nào",
        "{period} has no working day"),
    # -- dossiers -----------------------------------------------------------------------
    "ErrorCode.supplement_twice": (
        "hồ sơ {code!q} có {count} lần yêu cầu bổ sung; chỉ được yêu cầu bổ sung một lần "
        "({decree}, {articles})",
        "dossier {code!q} has {count} supplement requests; a dossier may be sent back for "
        "supplements once only ({decree}, {articles})"),
    "ErrorCode.reappointed_twice": (
        "hồ sơ {code!q} đã hẹn lại sang {previous:iso}; chỉ được hẹn lại một lần ({articles})",
        "dossier {code!q} was already re-appointed to {previous:iso}; the appointment may be "
        "re-dated once only ({articles})"),
    "ErrorCode.leg_budget_exceeded": (
        "các bước liên thông cần {needed} ngày làm việc ({mode}) nhưng thủ tục chỉ có {total}: "
        "{shares}",
        "the legs need {needed} working days ({mode}) but the procedure allows {total}: {shares}"),
    "ErrorCode.before_earlier_event": (
        "{field}={value!q} trước {other}={other_value!q}",
        "{field}={value!q} is before {other}={other_value!q}"),
    # -- batch runs and files -----------------------------------------------------------
    "ErrorCode.cell_empty": (
        "{field}: trống (bắt buộc)",
        "{field}: empty (required)"),
    "ErrorCode.cell_not_a_date": (
        "{field}={value!q}: {reason}; " + _DATE_FORMS[0],
        "{field}={value!q}: {reason}; " + _DATE_FORMS[1]),
    "ErrorCode.cell_count": (
        "số cột: {value} thay vì {expected}",
        "{value} cells instead of {expected}"),
    "ErrorCode.not_a_table": (
        "{field}={value!q} không phải là một bảng; hãy đưa một DataFrame của pandas hay Polars "
        "hoặc một bảng Arrow",
        "{field}={value!q} is not a table; give a pandas or Polars DataFrame or an Arrow table"),
    "ErrorCode.file_unreadable": (
        "không dùng được tệp {value!q}: {reason}",
        "cannot use the file {value!q}: {reason}"),
    "ErrorCode.file_not_text": (
        "tệp {value!q} không phải là văn bản UTF-8 (byte {position}); hãy lưu lại dưới dạng "
        "UTF-8",
        "the file {value!q} is not UTF-8 text (byte {position}); save it again as UTF-8"),
    "ErrorCode.file_not_csv": (
        "tệp {value!q} không đọc được như CSV ở dòng {line} (một ô quá dài hoặc có ký tự lạ)",
        "the file {value!q} cannot be read as CSV at line {line} (a cell too long, or a stray character)"),
    # -- data files ---------------------------------------------------------------------
    "ErrorCode.data_unreadable": (
        "{path}: không đọc được: {reason}",
        "{path}: cannot be read: {reason}"),
    "ErrorCode.data_not_toml": (
        "{path}: không phải TOML hợp lệ: {detail}",
        "{path}: not valid TOML: {detail}"),
    "ErrorCode.data_field_missing": (
        "{path}: {where}: thiếu trường {field!q}",
        "{path}: {where}: field {field!q} is missing"),
    "ErrorCode.data_field_type": (
        "{path}: {where}: trường {field!q} = {value!q} phải là {kind}",
        "{path}: {where}: field {field!q} = {value!q} must be {kind}"),
    "ErrorCode.data_not_one_of": (
        "{path}: {where}: trường {field!q} = {value!q} không phải là một trong: {allowed:q}",
        "{path}: {where}: field {field!q} = {value!q} is not one of {allowed:q}"),
    "ErrorCode.data_year_mismatch": (
        "{path}: trường 'year' = {value!q} không khớp với tên tệp",
        "{path}: field 'year' = {value!q} does not match the file name"),
    "ErrorCode.data_date_outside_year": (
        "{path}: {where}: ngày {value!q} không thuộc năm {year} của tệp",
        "{path}: {where}: the date {value!q} is not in the file's year {year}"),
    "ErrorCode.data_makeup_not_weekend": (
        "{path}: {where}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật; {value!q} không phải",
        "{path}: {where}: a makeup_work day must be a Saturday or Sunday; {value!q} is not"),
    "ErrorCode.data_day_off_not_weekday": (
        "{path}: {where}: ngày loại {kind} phải là ngày thường (thứ Hai đến thứ Sáu); "
        "{value!q} không phải",
        "{path}: {where}: a {kind} day must be a weekday; {value!q} is not"),
    "ErrorCode.data_unknown_source": (
        "{path}: {where}: trường {field!q} = {value!q} không trỏ tới [[source]] nào; có: {known:q}",
        "{path}: {where}: field {field!q} = {value!q} names no [[source]]; known: {known:q}"),
    "ErrorCode.data_duplicate": (
        "{path}: {where}: {value!q} xuất hiện hai lần",
        "{path}: {where}: {value!q} appears twice"),
    "ErrorCode.data_not_tables": (
        "{path}: [[{field}]] phải là một mảng bảng",
        "{path}: [[{field}]] must be an array of tables"),
    "ErrorCode.data_no_files": (
        "{path}: không có tệp năm nào (YYYY.toml)",
        "{path}: no yearly files (YYYY.toml) found"),
    "ErrorCode.data_eras": (
        "{path}: [[era]] phải có ít nhất một giai đoạn, theo thứ tự ngày bắt đầu",
        "{path}: [[era]] must list at least one era, in order of start"),
    "ErrorCode.data_weekday_table": (
        "{path}: [{field}] phải gán cho mỗi ngày mon, tue, wed, thu, fri, sat, sun một giá trị "
        "{allowed:or}",
        "{path}: [{field}] must map each of mon, tue, wed, thu, fri, sat, sun to {allowed:or}"),
    "ErrorCode.data_source_date_missing": (
        "{path}: {where}: thiếu trường 'date' (nếu không văn bản nào cho biết, hãy ghi lý do "
        "vào 'date_note')",
        "{path}: {where}: field 'date' is missing (if no text gives it, say why in 'date_note')"),
    # -- the command line ---------------------------------------------------------------
    "ErrorCode.usage_missing_argument": (
        "thiếu {field}: {hint}",
        "missing {field}: {hint}"),
    "ErrorCode.usage_missing_value": (
        "{field} cần một giá trị, ví dụ {example}",
        "{field} needs a value, e.g. {example}"),
    "ErrorCode.usage_unknown_command": (
        "không có lệnh {value!q}; các lệnh là {allowed}",
        "there is no command {value!q}; the commands are {allowed}"),
    "ErrorCode.usage_unknown_argument": (
        "không hiểu {value!q}",
        "cannot understand {value!q}"),
    "ErrorCode.usage_bad_choice": (
        "{field} {value!q} không phải là một trong: {allowed:q}",
        "{field} {value!q} is not one of {allowed:q}"),
    "ErrorCode.usage_no_value_allowed": (
        "{field} không nhận giá trị ({value!q})",
        "{field} takes no value ({value!q})"),
    "ErrorCode.usage_bad_event": (
        "{field} {value!q}: hãy viết sự kiện=ngày, ví dụ \"ký Quyết định=15/12/2023\"",
        "{field} {value!q}: write event=date, e.g. \"ký Quyết định=15/12/2023\""),
}
