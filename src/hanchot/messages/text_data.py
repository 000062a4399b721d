# SPDX-License-Identifier: Apache-2.0
"""The catalogue's messages about the data files (``data/holidays_vn``): (Vietnamese, English).

Each names the file, the record (``[[day]] #12 (date = 2024-09-02)``, a source's id,
``[[break]] #5 …``) and the field, and says what would be valid.
"""

from __future__ import annotations

__all__ = ["DATA"]

DATA: dict[str, tuple[str, str]] = {
    "ErrorCode.data_unreadable": (
        "{path}: không đọc được: {reason}",
        "{path}: cannot be read: {reason}"),
    "ErrorCode.data_not_toml": (
        "{path}: không phải TOML hợp lệ ({where})",
        "{path}: not valid TOML ({where})"),
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
        "{path}: {where}: trường 'year' = {value!q} không khớp với tên tệp {name}; hãy đặt tên tệp là "
        "{value}.toml, hoặc sửa 'year'",
        "{path}: {where}: field 'year' = {value!q} does not match the file name {name}; name the file "
        "{value}.toml, or mend 'year'"),
    "ErrorCode.data_date_outside_year": (
        "{path}: {where}: ngày {value!q} không thuộc năm {year} của tệp",
        "{path}: {where}: the date {value!q} is not in the file's year {year}"),
    "ErrorCode.data_makeup_not_weekend": (
        "{path}: {where}: ngày làm bù phải là Thứ Bảy hoặc Chủ nhật; {value!q} không phải",
        "{path}: {where}: a makeup_work day must be a Saturday or Sunday; {value!q} is not"),
    "ErrorCode.data_day_off_not_weekday": (
        "{path}: {where}: ngày loại {kind} phải là ngày thường (Thứ Hai đến Thứ Sáu); "
        "{value!q} không phải",
        "{path}: {where}: a {kind} day must be a weekday; {value!q} is not"),
    "ErrorCode.data_unknown_source": (
        "{path}: {where}: trường {field!q} = {value!q} không trỏ tới [[source]] nào; có: {known:q}",
        "{path}: {where}: field {field!q} = {value!q} names no [[source]]; known: {known:q}"),
    "ErrorCode.data_confidence_unread": (
        "{path}: {where}: trường 'confidence' = {value!q} không khớp với cách đọc văn bản {source!q} "
        "(read = {read!q}); 'official' cần văn bản đã đọc ('primary') hoặc tin báo chí ('report'), "
        "'cited' cần 'citation'",
        "{path}: {where}: field 'confidence' = {value!q} does not match how {source!q} was read "
        "(read = {read!q}); 'official' needs a notice read ('primary') or reported ('report'), "
        "'cited' needs 'citation'"),
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
        "{path}: không có [[era]] nào; cần ít nhất một giai đoạn của luật",
        "{path}: there is no [[era]]; at least one era of the law is needed"),
    "ErrorCode.data_weekday_table": (
        "{path}: [{field}] phải gán cho mỗi ngày mon, tue, wed, thu, fri, sat, sun một giá trị "
        "{allowed:or}",
        "{path}: [{field}] must map each of mon, tue, wed, thu, fri, sat, sun to {allowed:or}"),
    "ErrorCode.data_source_date_missing": (
        "{path}: {where}: thiếu trường 'date' (nếu không văn bản nào cho biết, hãy ghi lý do "
        "vào 'date_note')",
        "{path}: {where}: field 'date' is missing (if no text gives it, say why in 'date_note')"),
    "ErrorCode.data_unknown_field": (
        "{path}: {where}: không có trường {field!q}{guess}; các trường là: {allowed:q}",
        "{path}: {where}: there is no field {field!q}{guess}; the fields are {allowed:q}"),
    "ErrorCode.data_field_empty": (
        "{path}: {where}: trường {field!q} để trống; hãy ghi nội dung của nó",
        "{path}: {where}: field {field!q} is empty; write what it says"),
    "ErrorCode.data_not_https": (
        "{path}: {where}: trường {field!q} = {value!q} không phải địa chỉ https://; hãy ghi địa chỉ "
        "https:// của trang đã đọc",
        "{path}: {where}: field {field!q} = {value!q} is not an https:// address; give the https:// "
        "address of the page read"),
    "ErrorCode.data_year_out_of_coverage": (
        "{path}: {where}: trường 'year' = {value!q} nằm ngoài phạm vi của hanchot ({first}–{last}); "
        "chỉ đặt tệp cho các năm trong phạm vi đó",
        "{path}: {where}: field 'year' = {value!q} is outside hanchot's coverage ({first}–{last}); "
        "files are for those years only"),
    "ErrorCode.data_out_of_range": (
        "{path}: {where}: trường {field!q} = {value!q} không hợp lệ: {rule}",
        "{path}: {where}: field {field!q} = {value!q} is not valid: {rule}"),
    "ErrorCode.data_era_order": (
        "{path}: {where}: 'start' = {value!q} phải sau ngày bắt đầu của giai đoạn trước "
        "({previous:iso}); hãy xếp các [[era]] theo thứ tự thời gian",
        "{path}: {where}: 'start' = {value!q} must come after the start of the era before it "
        "({previous:iso}); list the [[era]] tables in order of time"),
    "ErrorCode.data_group_without_break": (
        "{path}: {where}: trường 'announced' có {value!q} nhưng không [[break]] nào ghi đợt nghỉ của "
        "nhóm này; hãy ghi đợt nghỉ như văn bản nêu (groups, first, last, makeup_work, source)",
        "{path}: {where}: field 'announced' lists {value!q} but no [[break]] states that group's "
        "break; state it as the notice does (groups, first, last, makeup_work, source)"),
    "ErrorCode.data_break_span": (
        "{path}: {where}: 'first' = {value:iso} đến 'last' = {last:iso} không phải một đợt nghỉ của năm "
        "{year}: 'first' không được sau 'last', và đợt nghỉ phải có ít nhất một ngày trong năm {year}",
        "{path}: {where}: 'first' = {value:iso} to 'last' = {last:iso} is no break of the year {year}: "
        "'first' may not come after 'last', and the break needs a day in {year}"),
    "ErrorCode.data_break_gap": (
        "{path}: {where}: {value:day} là ngày thường trong đợt nghỉ này nhưng {file} không có "
        "[[day]] ngày nghỉ nào của nhóm {groups:q} vào ngày đó; hãy thêm bản ghi, hoặc sửa "
        "'first'/'last' của đợt nghỉ",
        "{path}: {where}: {value:day} is a weekday of this break but {file} has no day-off [[day]] "
        "of the group {groups:q} on it; add the record, or mend the break's 'first'/'last'"),
    "ErrorCode.data_outside_break": (
        "{path}: {where}: ngày nghỉ loại {kind} này không nằm trong đợt nghỉ nào của nhóm {group!q} "
        "({spans}); hãy sửa 'date', hoặc 'first'/'last' của [[break]]",
        "{path}: {where}: this day off ({kind}) lies in no break of the group {group!q} ({spans}); "
        "mend 'date', or the [[break]]'s 'first'/'last'"),
    "ErrorCode.data_swap_unpaired": (
        "{path}: {where}: đợt nghỉ có {swapped} ngày nghỉ hoán đổi (swapped_off: {days}) nhưng "
        "'makeup_work' = {value!q} có {makeup} ngày làm bù; mỗi ngày hoán đổi cần đúng một ngày làm bù",
        "{path}: {where}: the break has {swapped} swapped day(s) off (swapped_off: {days}) but "
        "'makeup_work' = {value!q} lists {makeup} make-up day(s); each swapped day needs exactly one"),
    "ErrorCode.data_makeup_not_recorded": (
        "{path}: {where}: 'makeup_work' có {value:iso} nhưng {file} không có [[day]] kind = "
        "'makeup_work' nào của nhóm {groups:q} vào ngày đó; hãy thêm bản ghi hoặc bỏ ngày đó khỏi "
        "'makeup_work'",
        "{path}: {where}: 'makeup_work' lists {value:iso} but {file} has no [[day]] of kind "
        "'makeup_work' of the group {groups:q} on it; add the record or drop the date"),
    "ErrorCode.data_makeup_unlisted": (
        "{path}: {where}: ngày làm bù này không có trong 'makeup_work' của [[break]] nào của nhóm "
        "{group!q}; hãy ghi nó vào đợt nghỉ có ngày hoán đổi tương ứng",
        "{path}: {where}: this make-up day is in no 'makeup_work' of a [[break]] of the group "
        "{group!q}; list it in the break that holds its swapped day off"),
    "ErrorCode.data_compensation": (
        "{path}: {where}: đợt nghỉ có {weekend} ngày lễ (kind = 'holiday') trùng Thứ Bảy hoặc Chủ nhật "
        "nhưng {value} ngày nghỉ bù (kind = 'compensatory'); mỗi ngày lễ trùng ngày nghỉ hằng tuần "
        "được nghỉ bù đúng một ngày làm việc kế tiếp",
        "{path}: {where}: the break has {weekend} holidays (kind = 'holiday') on a Saturday or Sunday "
        "but {value} nghỉ bù day(s) (kind = 'compensatory'); each holiday on a weekly rest day gives "
        "exactly one nghỉ bù on the next working day"),
    # -- what a statute's value may be, and how a file is not UTF-8 ----------------------------
    "Text.rule_tet_days": (
        "Tết Âm lịch có 4 ngày (Bộ luật Lao động 1994) hoặc 5 ngày (từ Bộ luật Lao động 2012); hãy "
        "ghi 4 hoặc 5",
        "Tết has 4 days (Labour Code 1994) or 5 (since the Labour Code 2012); write 4 or 5"),
    "Text.rule_national_day": (
        "Quốc khánh có 1 ngày, hoặc 2 ngày từ Bộ luật Lao động 2019; hãy ghi 1 hoặc 2",
        "National Day has 1 day, or 2 since the Labour Code 2019; write 1 or 2"),
    "Text.rule_tet_before": (
        "số ngày Tết trước mùng 1 phải từ 0 đến tet_days ({high})",
        "the Tết days before the 1st of the lunar year must be 0 to tet_days ({high})"),
    "Text.rule_era_start": (
        "ngày bắt đầu phải nằm trong bảng âm lịch của hanchot ({first:iso} đến {last:iso})",
        "the start must lie within hanchot's lunar table ({first:iso} to {last:iso})"),
    "Text.toml_utf16": (
        "tệp UTF-16; hãy lưu lại dưới dạng UTF-8",
        "a UTF-16 file; save it again as UTF-8"),
}
