# SPDX-License-Identifier: Apache-2.0
"""The catalogue's error messages: (Vietnamese, English) for each ``ErrorCode``.

Each quotes what the person gave (``{value!q}``) and says what would be valid.
"""

from __future__ import annotations

__all__ = ["ERRORS"]

_DATE_FORMS = ("hãy viết ngày như 06/03/2026 hoặc 2026-03-06, thời điểm như 06/03/2026 16:00 "
               "hoặc 2026-03-06T16:00",
               "write dates as 06/03/2026 or 2026-03-06, moments as 06/03/2026 16:00 "
               "or 2026-03-06T16:00")

ERRORS: dict[str, tuple[str, str]] = {
    # -- values of the wrong kind or outside what is valid ---------------------------------
    "ErrorCode.not_a_date": (
        "{field}={value!q} là {value:kind}, không phải là một ngày",
        "{field}={value!q} is {value:kind}, not a date"),
    "ErrorCode.datetime_not_date": (
        "{field}={value!q} có kèm giờ; ở đây chỉ cần ngày: {day:iso}",
        "{field}={value!q} has a time; only the date is wanted here: {day:iso}"),
    "ErrorCode.not_a_moment": (
        "{field}={value!q} là {value:kind}, không phải là một ngày hay một thời điểm "
        "(thời điểm không ghi múi giờ thì hiểu là giờ Việt Nam)",
        "{field}={value!q} is {value:kind}, neither a date nor a moment "
        "(a moment with no time zone is Vietnam time)"),
    "ErrorCode.moment_out_of_range": (
        "{field}={value!q} không đổi được sang giờ Việt Nam: thời điểm này nằm ở tận cùng các "
        "ngày giờ mà máy tính biểu diễn được",
        "{field}={value!q} cannot be converted to Vietnam time: it lies at the very edge of the "
        "moments a computer can hold"),
    "ErrorCode.not_a_time": (
        "{field}={value!q} là {value:kind}, không phải là một giờ trong ngày",
        "{field}={value!q} is {value:kind}, not a time of day"),
    "ErrorCode.not_a_whole_number": (
        "{field}={value!q} là {value:kind}, không phải là một số nguyên; ví dụ {example}",
        "{field}={value!q} is {value:kind}, not a whole number; e.g. {example}"),
    "ErrorCode.number_out_of_range": (
        "{field}={value!q} phải từ {low} đến {high}",
        "{field}={value!q} must be from {low} to {high}"),
    "ErrorCode.not_true_or_false": (
        "{field}={value!q} là {value:kind}; ở đây cần True hoặc False",
        "{field}={value!q} is {value:kind}; True or False is needed here"),
    "ErrorCode.not_text": (
        "{field}={value!q} là {value:kind}; ở đây cần văn bản",
        "{field}={value!q} is {value:kind}; text is needed here"),
    "ErrorCode.not_one_of": (
        "{field} không nhận {value!q}; chỉ chọn một trong: {allowed:q}",
        "{field} does not accept {value!q}; choose one of {allowed:q}"),
    "ErrorCode.wrong_kind": (
        "{field}={value!q} là {value:kind}, không đúng loại cần ở đây; hãy dùng một giá trị như {example}",
        "{field}={value!q} is {value:kind}, not the kind wanted here; use a value such as {example}"),
    "ErrorCode.unknown_option": (
        "không có tùy chọn {value:q}; các tùy chọn là {allowed}",
        "unknown option(s) {value:q}; valid options are {allowed}"),
    "ErrorCode.not_a_calendar": (
        "{field}={value!q} là {value:kind}, không phải là một lịch; hãy tạo lịch bằng hanchot.calendar(), "
        "ví dụ hanchot.calendar('labor_code')",
        "{field}={value!q} is {value:kind}, not a calendar; build one with hanchot.calendar(), "
        "e.g. hanchot.calendar('labor_code')"),
    "ErrorCode.not_a_rule": (
        "{field}={value!q} là {value:kind}, không phải là một thời hạn; hãy ghi một cụm như "
        "'05 ngày làm việc' hoặc dùng một quy tắc của hanchot.rules",
        "{field}={value!q} is {value:kind}, not a time limit; write a phrase such as "
        "'05 ngày làm việc' or use a rule of hanchot.rules"),
    "ErrorCode.not_a_path": (
        "{field}={value!q} là {value:kind}, không phải là đường dẫn tệp hay một tệp đang mở",
        "{field}={value!q} is {value:kind}, neither a file path nor an open file"),
    "ErrorCode.file_not_open": (
        "{field}={value!q}: tệp này không {action} được (tệp đã đóng, hoặc mở sai chế độ); hãy "
        "mở tệp ở chế độ văn bản, mã hóa UTF-8",
        "{field}={value!q}: the file cannot be {action} (it is closed, or open in the wrong "
        "mode); open it in text mode, encoded as UTF-8"),
    "ErrorCode.bad_weekend": (
        "{field}={value!q} phải là các số chỉ ngày trong tuần từ 0 (Thứ Hai) đến 6 (Chủ nhật), "
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
    "ErrorCode.not_findings": (
        "{field}={value!q} phải là danh sách các thời hạn mà scan() tìm thấy trong một văn bản",
        "{field}={value!q} must be a list of the deadlines scan() found in a document"),
    "ErrorCode.bad_follow_up": (
        "{field}={value!q} phải ghép 'immediate' (ngay) hoặc 'urgent' (khẩn trương) với số ngày làm việc "
        "từ 0 đến 60, ví dụ {example}",
        "{field}={value!q} must map 'immediate' (ngay) or 'urgent' (khẩn trương) to a number of working "
        "days from 0 to 60, e.g. {example}"),
    # -- the calendar -------------------------------------------------------------------
    "ErrorCode.date_out_of_coverage": (
        "{field}={value!q} nằm ngoài phạm vi lịch của hanchot; chỉ tính được cho các ngày từ "
        "{first:date} đến {last:date}",
        "{field}={value!q} is outside hanchot's calendar; it covers dates from {first:date} to "
        "{last:date} only"),
    "ErrorCode.answer_out_of_coverage": (
        "kết quả của {what} rơi ra ngoài phạm vi lịch của hanchot ({first:date} đến {last:date})",
        "the answer to {what} falls outside hanchot's calendar ({first:date} to {last:date})"),
    "ErrorCode.year_out_of_coverage": (
        "{field}={value!q} nằm ngoài phạm vi lịch của hanchot; chỉ tính được cho các năm từ "
        "{first} đến {last}",
        "{field}={value!q} is outside hanchot's calendar; it covers the years {first} to {last} only"),
    "ErrorCode.bad_strict": (
        "strict={value!q} không hợp lệ: hãy ghi True, False, hoặc danh sách các mức căn cứ được nhận, "
        "chọn trong: {allowed:q}",
        "strict={value!q} is not valid: write True, False, or a list of the evidence levels to accept, "
        "from: {allowed:q}"),
    "ErrorCode.not_accepted": (
        "{what} dựa vào ngày {day:date} ({info:name}), mà ngày này chỉ dựa vào {source:cite}: {evidence}; "
        "lịch này (strict) chỉ nhận: {accepted}",
        "{what} rests on {day:date} ({info:name}), which rests only on {source:cite}: {evidence}; this "
        "calendar (strict) accepts only: {accepted}"),
    "ErrorCode.not_accepted_day": (
        "ngày {day:date} ({info:name}) chỉ dựa vào {source:cite}: {evidence}; lịch này (strict) chỉ nhận: "
        "{accepted}",
        "{day:date} ({info:name}) rests only on {source:cite}: {evidence}; this calendar (strict) accepts "
        "only: {accepted}"),
    "ErrorCode.not_announced": (
        "{what} cần lịch nghỉ năm {years}, nhưng lịch nghỉ này chưa được thông báo chính thức "
        "(chế độ strict); các năm đã có lịch nghỉ chính thức: {official}",
        "{what} needs the days off of {years}, which are not officially announced yet "
        "(strict mode); the years with an official schedule are {official}"),
    "ErrorCode.year_not_announced": (
        "{field}={value!q}: năm này chưa có thông báo chính thức về lịch nghỉ (chế độ strict); "
        "các năm đã có lịch nghỉ chính thức: {official}",
        "{field}={value!q}: this year's days off are not officially announced yet (strict mode); "
        "the years with an official schedule are {official}"),
    "ErrorCode.missing_dependency": (
        "{what} cần gói {package}: pip install 'hanchot[{extra}]'",
        "{what} needs {package}: pip install 'hanchot[{extra}]'"),
    # -- the lunar calendar -------------------------------------------------------------
    "ErrorCode.lunar_date_out_of_table": (
        "{field}={value!q} nằm ngoài bảng âm lịch; chỉ tính được cho các ngày từ {first:date} "
        "đến {last:date}",
        "{field}={value!q} is outside the lunar table; it covers dates from {first:date} to "
        "{last:date} only"),
    "ErrorCode.lunar_year_out_of_table": (
        "năm âm lịch {field}={value!q} nằm ngoài bảng; năm hợp lệ từ {first} đến {last}",
        "lunar {field}={value!q} is outside the table; valid years are {first} to {last}"),
    "ErrorCode.lunar_month_invalid": (
        "không có tháng âm lịch {field}={value!q}; tháng từ 1 đến 12",
        "lunar {field}={value!q} does not exist; months are 1 to 12"),
    "ErrorCode.lunar_no_such_leap_month": (
        "năm âm lịch {year} không có tháng {value} nhuận; {leap}",
        "lunar year {year} has no leap month {value}; {leap}"),
    "ErrorCode.lunar_day_invalid": (
        "ngày âm lịch {value} không có trong tháng {month}{leap} năm {name} (năm âm lịch {year}): "
        "tháng này chỉ có {length} ngày",
        "lunar day {value} does not exist in month {month}{leap} of the year {name} (lunar {year}), "
        "which has {length} days"),
    # -- days and periods named by a rule -----------------------------------------------
    "ErrorCode.month_invalid": (
        "{field}={value!q}: không có tháng {value}; tháng từ 1 đến 12",
        "{field}={value!q}: there is no month {value}; months are 1 to 12"),
    "ErrorCode.day_invalid": (
        "{field}={value!q}: không có ngày {value} trong tháng {month}; ngày từ 1 đến {last}",
        "{field}={value!q}: there is no day {value} in month {month}; days are 1 to {last}"),
    "ErrorCode.date_does_not_exist": (
        "không có ngày {day}/{month}/{year}: tháng {month} năm {year} chỉ có {length} ngày",
        "there is no {day}/{month}/{year}: month {month} of {year} has only {length} days"),
    "ErrorCode.year_invalid": (
        "{field}={value!q}: năm {value} nằm ngoài khoảng {low} đến {high}",
        "{field}={value!q}: the year {value} is outside {low} to {high}"),
    "ErrorCode.period_number_invalid": (
        "{field}={value!q}: không có {kind} {value}; {kind} phải là một trong {allowed}",
        "{field}={value!q}: there is no {kind} {value}; the {kind} must be one of {allowed}"),
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
        "{field}: không hiểu {value!q} từ chỗ {near} (ký tự thứ {place}): ở đây cần {expected:or}",
        "{field}: cannot understand {value!q} from {near} (character {place}): expected here "
        "{expected:or}"),
    "ErrorCode.phrase_impossible": (
        "{field}: không hiểu {value!q} từ chỗ {near} (ký tự thứ {place}): {reason}",
        "{field}: cannot understand {value!q} from {near} (character {place}): {reason}"),
    # -- deadlines ----------------------------------------------------------------------
    "ErrorCode.needs_time": (
        "thời hạn '{phrase}' cần giờ tiếp nhận hồ sơ: hãy ghi cả giờ, ví dụ \"06/03/2026 16:00\"",
        "the time limit '{phrase}' needs the time of receipt: give the time too, "
        "e.g. \"06/03/2026 16:00\""),
    "ErrorCode.deadline_out_of_coverage": (
        "hạn của '{phrase}' tính từ {field}={value!q} rơi ra ngoài phạm vi lịch của hanchot "
        "({first:date} đến {last:date})",
        "the deadline of '{phrase}' from {field}={value!q} falls outside hanchot's calendar "
        "({first:date} to {last:date})"),
    "ErrorCode.period_has_no_working_day": (
        "{period} không có ngày làm việc nào",
        "{period} has no working day"),
    # -- dossiers -----------------------------------------------------------------------
    "ErrorCode.supplement_twice": (
        "hồ sơ {code!q} có {count} lần yêu cầu bổ sung; chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần "
        "({decree}, {articles})",
        "dossier {code!q} has {count} supplement requests; a dossier may be sent back for "
        "supplements once only ({decree}, {articles})"),
    "ErrorCode.reappointed_twice": (
        "hồ sơ {code!q} đã được hẹn lại ngày trả kết quả sang {previous:date}; chỉ được hẹn lại "
        "một lần ({articles})",
        "dossier {code!q} was already re-appointed to {previous:date}; the appointment may be "
        "re-dated once only ({articles})"),
    "ErrorCode.leg_budget_exceeded": (
        "các bước liên thông cần {needed} ngày làm việc ({mode}) nhưng thời hạn của thủ tục chỉ "
        "có {total} ngày làm việc: {shares}",
        "the linked steps need {needed} working days ({mode}) but the procedure allows {total}: "
        "{shares}"),
    "ErrorCode.before_earlier_event": (
        "{field}={value!q} lại sớm hơn {other}={other_value!q}; hãy kiểm tra lại hai ngày này",
        "{field}={value!q} is earlier than {other}={other_value!q}; check both dates"),
    "ErrorCode.conflicting_endings": (
        "hồ sơ chỉ kết thúc một lần: {field}={value!q} và {other}={other_value!q} không thể cùng có; "
        "hãy giữ một trong hai (trả kết quả, từ chối hoặc rút hồ sơ)",
        "a dossier ends once: {field}={value!q} and {other}={other_value!q} cannot both be given; keep "
        "one (returned, refused or withdrawn)"),
    # -- batch runs and files -----------------------------------------------------------
    "ErrorCode.cell_empty": (
        "{field}: ô này bỏ trống nhưng bắt buộc phải ghi",
        "{field}: the cell is empty but required"),
    "ErrorCode.cell_not_a_date": (
        "{field}={value!q}: {reason}; " + _DATE_FORMS[0],
        "{field}={value!q}: {reason}; " + _DATE_FORMS[1]),
    "ErrorCode.cell_count": (
        "dòng này có {value} cột, cần {expected} cột",
        "this row has {value} columns; {expected} are needed"),
    "ErrorCode.not_a_table": (
        "{field}={value!q} là {value:kind}, không phải là một bảng; hãy dùng một DataFrame của "
        "pandas hay Polars hoặc một bảng Arrow",
        "{field}={value!q} is {value:kind}, not a table; use a pandas or Polars DataFrame or an "
        "Arrow table"),
    "ErrorCode.not_a_record": (
        "{field}={value!q} là {value:kind}, không phải là một bản ghi; mỗi bản ghi ghép tên cột "
        "với giá trị của nó, ví dụ {example}",
        "{field}={value!q} is {value:kind}, not a record; a record maps column names to values, "
        "e.g. {example}"),
    "ErrorCode.file_unreadable": (
        "không mở được tệp {value!q}: {reason}",
        "cannot use the file {value!q}: {reason}"),
    "ErrorCode.file_not_csv": (
        "tệp {value!q} không đọc được như CSV từ dòng {line}: một dấu ngoặc kép (\") mở ở đó mà không "
        "đóng, hoặc có ký tự ngay sau dấu ngoặc đóng; hãy sửa dòng ấy rồi chạy lại (tệp kết quả không bị "
        "thay đổi)",
        "the file {value!q} cannot be read as CSV from line {line}: a quote (\") opened there is never "
        "closed, or characters follow a closing quote; correct that line and run again (the output is "
        "unchanged)"),
    "ErrorCode.file_empty": (
        "tệp {value!q} trống: không có dòng tiêu đề nào (Mã hồ sơ, Ngày nhận, Thời hạn …)",
        "the file {value!q} is empty: it has no heading line (ma_ho_so, ngay_nhan, thoi_han …)"),
    "ErrorCode.file_not_written": (
        "không ghi được tệp {value!q}: {reason}; tệp cũ (nếu có) vẫn giữ nguyên",
        "cannot write the file {value!q}: {reason}; an existing file is unchanged"),
    "ErrorCode.same_output": (
        "{field}={value!q} trùng với tệp kết quả {other!q}; hãy chọn một tên khác",
        "{field}={value!q} is the output file {other!q} too; choose another name"),
    "ErrorCode.xlsx_too_long": (
        "Excel chỉ chứa được 1.048.576 dòng trong một trang; tệp này có hơn thế. Hãy ghi ra tệp .csv "
        "hoặc .parquet (tệp kết quả không bị thay đổi)",
        "an Excel sheet holds 1,048,576 rows; this file has more. Write a .csv or .parquet file instead "
        "(the output is unchanged)"),
    "ErrorCode.text_legacy_encoding": (
        "văn bản {value!q} không phải UTF-8 hay UTF-16 (có vẻ là bảng mã cũ như Windows-1258 hoặc TCVN3, "
        "byte {byte} ở dòng {line}). Hãy lưu lại dưới dạng văn bản Unicode (trong Word: Lưu thành → "
        "Văn bản thuần (.txt), mã hóa Unicode UTF-8)",
        "the document {value!q} is neither UTF-8 nor UTF-16 (it looks like a legacy code page such as "
        "Windows-1258 or TCVN3, byte {byte} on line {line}). Save it as Unicode text (in Word: Save as → "
        "Plain text (.txt), encoding Unicode UTF-8)"),
    "ErrorCode.file_legacy_encoding": (
        "tệp {value!q} không phải UTF-8 hay UTF-16 (có vẻ là bảng mã cũ như Windows-1258 hoặc TCVN3, "
        "byte {byte} ở dòng {line}); tệp kết quả không bị thay đổi. Hãy lưu lại dưới dạng UTF-8 (trong "
        "Excel: Lưu thành → CSV UTF-8)",
        "the file {value!q} is neither UTF-8 nor UTF-16 (it looks like a legacy code page such as "
        "Windows-1258 or TCVN3: byte {byte} on line {line}); the output is unchanged. Save it again "
        "as UTF-8 (in Excel: Save As → CSV UTF-8)"),
    "ErrorCode.file_not_kind": (
        "tệp {value!q} không đọc được như một tệp {kind} (đuôi tệp cho biết loại: .csv, .xlsx, .parquet)",
        "the file {value!q} cannot be read as a {kind} file (its suffix says which: .csv, .xlsx, .parquet)"),
    "ErrorCode.file_is_input": (
        "tệp kết quả {value!q} chính là tệp đầu vào {other!q}; ghi ra sẽ xoá mất dữ liệu. Hãy chọn "
        "một tệp khác cho kết quả",
        "the output {value!q} is the input file {other!q}; writing it would destroy the data. Choose "
        "another file for the output"),
    "ErrorCode.column_clash": (
        "tệp đầu vào đã có cột {value!q}, trùng tên với một cột kết quả; hanchot không ghi đè cột của "
        "bạn. Hãy đổi tên cột đó, bỏ nó đi, hoặc cho phép ghi đè (overwrite=True, --ghi-de)",
        "the input already has a column {value!q}, the name of an output column; hanchot does not "
        "overwrite your columns. Rename or drop it, or allow it (overwrite=True, --ghi-de)"),
    "ErrorCode.column_missing": (
        "không thấy cột {value!q} ({label}) trong dòng tiêu đề; các cột có: {found}. Hãy đặt tên cột "
        "như vậy hoặc chỉ rõ cột nào (columns={{'{value}': 'tên cột của bạn'}}, --cot {value}=…)",
        "no column {value!q} ({label}) in the header; the columns are: {found}. Name a column so, or "
        "say which one it is (columns={{'{value}': 'your column'}}, --cot {value}=…)"),
    "ErrorCode.column_mapping": (
        "{value!q} không phải là một cách ghép cột; hãy viết tên_cột_hanchot=tên_cột_của_bạn, với tên "
        "cột hanchot là một trong: {allowed}",
        "{value!q} is not a column mapping; write hanchot_column=your_column, the hanchot column being "
        "one of: {allowed}"),
    "ErrorCode.column_twice": (
        "có nhiều cột cùng được hiểu là {value!q}: {found}; hãy chỉ rõ cột nào bằng tên hoặc số thứ tự "
        "(--cot {value}=#2 là cột thứ hai; columns={{'{value}': '#2'}})",
        "several columns read as {value!q}: {found}; say which one by its name or its number "
        "(--cot {value}=#2 for the second column; columns={{'{value}': '#2'}})"),
    # -- the command line ---------------------------------------------------------------
    "ErrorCode.usage_missing_argument": (
        "thiếu {field}: {hint}",
        "missing {field}: {hint}"),
    "ErrorCode.usage_missing_value": (
        "{field} cần một giá trị, ví dụ {example}",
        "{field} needs a value, e.g. {example}"),
    "ErrorCode.usage_unknown_command": (
        "không có lệnh {value!q}{guess}; các lệnh là {allowed}",
        "there is no command {value!q}{guess}; the commands are {allowed}"),
    "ErrorCode.usage_unknown_argument": (
        "không hiểu {value!q}; nếu ngày giờ hoặc thời hạn có dấu cách, hãy đặt cả cụm trong "
        "ngoặc kép",
        "cannot understand {value!q}; if a date-time or time limit contains spaces, put it in "
        "double quotes"),
    "ErrorCode.usage_bad_choice": (
        "{field} không nhận {value!q}; chỉ chọn một trong: {allowed:q}",
        "{field} does not accept {value!q}; choose one of {allowed:q}"),
    "ErrorCode.usage_no_value_allowed": (
        "{field} không đi kèm giá trị (đã ghi {value!q})",
        "{field} takes no value (got {value!q})"),
    "ErrorCode.usage_unknown_option": (
        "không có tùy chọn {value!q}",
        "there is no option {value!q}"),
    "ErrorCode.usage_not_a_year": (
        "{field} {value!q} không phải là một năm; hãy ghi năm bằng bốn chữ số, ví dụ {example}",
        "{field} {value!q} is not a year; write the year in four digits, e.g. {example}"),
    "ErrorCode.server_missing_parameter": (
        "thiếu tham số {field}; ví dụ {example}",
        "the parameter {field} is missing; e.g. {example}"),
    "ErrorCode.server_body": (
        "nội dung gửi lên phải là một danh sách JSON các hồ sơ (tối đa {limit:n}), mỗi hồ sơ một đối tượng "
        "như {example}; đã nhận {value!q}",
        "the body must be a JSON list of dossiers (at most {limit:n}), each an object such as {example}; "
        "got {value!q}"),
    "ErrorCode.not_found": ("không có địa chỉ {value!q}; các địa chỉ ở /docs",
                            "there is no address {value!q}; the addresses are at /docs"),
    "ErrorCode.method_not_allowed": ("địa chỉ {value!q} không nhận phương thức {method}",
                                     "the address {value!q} does not take the method {method}"),
    "ErrorCode.usage_output_kind": (
        "{field} {value!q}: danh sách theo dõi ghi ra tệp .csv, .xlsx hoặc .ics (hoặc - để in ra màn hình)",
        "{field} {value!q}: the follow-up list is written to a .csv, .xlsx or .ics file (or - for the "
        "screen)"),
    "ErrorCode.usage_bad_event": (
        "{field} {value!q}: hãy viết sự kiện=ngày, ví dụ \"ký Quyết định=15/12/2023\"",
        "{field} {value!q}: write event=date, e.g. \"ký Quyết định=15/12/2023\""),
}
