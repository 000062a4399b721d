# SPDX-License-Identifier: Apache-2.0
"""The catalogue's texts for the command line: help, labels and hints, Vietnamese first."""

from __future__ import annotations

from hanchot.messages.conventions import cite

__all__ = ["CLI"]

CLI: dict[str, tuple[str, str]] = {
    # -- help ----------------------------------------------------------------------------
    "Cli.description": (
        "hanchot: ngày làm việc và hạn giải quyết của cơ quan nhà nước Việt Nam.",
        "hanchot: working days and deadlines of Vietnam's public administration."),
    "Cli.epilog": (
        "Mã thoát: 0 xong; 1 kiểm tra không đạt (ngày nghỉ, hồ sơ lỗi, tệp dữ liệu sai); "
        "2 dùng sai hoặc dữ liệu vào sai. Xem hanchot LỆNH --help.",
        "Exit codes: 0 done; 1 a failed check (a day off, rows in error, a bad data file); "
        "2 bad usage or input. See hanchot COMMAND --help."),
    "Cli.usage": ("Cách dùng: ", "usage: "),
    "Cli.top_usage": ("hanchot LỆNH [THAM_SỐ …] [TÙY_CHỌN …]", "hanchot COMMAND [ARGUMENTS …] [OPTIONS …]"),
    "Cli.common_options": ("[tùy chọn chung]", "[common options]"),
    "Cli.group_arguments": ("tham số", "arguments"),
    "Cli.group_options": ("tùy chọn", "options"),
    "Cli.group_common": ("tùy chọn chung (đặt trước hay sau lệnh đều được)",
                         "common options (before or after the command)"),
    "Cli.group_commands": ("lệnh", "commands"),
    "Cli.help_help": ("hiện hướng dẫn này", "show this help"),
    "Cli.help_version": ("in phiên bản của hanchot", "print hanchot's version"),
    "Cli.help_json": ("in kết quả dạng JSON", "print the result as JSON"),
    "Cli.help_lang": ("ngôn ngữ: vi (mặc định) hoặc en", "language: vi (default) or en"),
    "Cli.help_profile": (
        "lịch: civil_service (cán bộ, công chức; mặc định) hoặc labor_code (doanh nghiệp)",
        "calendar: civil_service (civil servants; default) or labor_code (enterprises)"),
    "Cli.help_strict": (
        "báo lỗi thay vì trả lời dựa vào ngày chưa được văn bản đã đọc xác nhận (năm chưa có thông báo "
        "chính thức, hoặc văn bản mới thấy được trích dẫn)",
        "fail instead of answering from a day no notice read confirms (a year not yet announced, or a "
        "notice only seen cited)"),
    "Cli.cmd_han": (
        "tính hạn giải quyết theo một thời hạn, ví dụ: hanchot han \"05 ngày làm việc\" "
        "--tu \"06/03/2026 16:00\"",
        "a due date from a time limit, e.g.: hanchot due \"05 ngày làm việc\" --from \"06/03/2026 16:00\""),
    "Cli.cmd_lich": ("lịch nghỉ của một năm, ví dụ: hanchot lich 2026",
                     "a year's days off, e.g.: hanchot calendar 2026"),
    "Cli.cmd_ngay": ("một ngày là ngày làm việc hay ngày nghỉ (mã thoát 1 nếu là ngày nghỉ)",
                     "whether a date is a working day (exit code 1 when it is a day off)"),
    "Cli.cmd_dem": ("đếm ngày làm việc giữa hai ngày: không tính ngày đầu, có tính ngày cuối",
                    "count the working days between two dates: the start not counted, the end counted"),
    "Cli.cmd_hoso": ("tính hạn, trạng thái và bản tổng hợp cho một tệp hồ sơ (.csv, .xlsx, .parquet)",
                     "due dates, statuses and the report for a file of dossiers (.csv, .xlsx, .parquet)"),
    "Cli.cmd_quet": ("tìm các thời hạn trong một văn bản (tệp .txt, hoặc - để đọc từ bàn phím)",
                     "find the deadlines in a document (a .txt file, or - for standard input)"),
    "Cli.cmd_dichvu": ("mở dịch vụ HTTP cho phần mềm một cửa (cần gói server)",
                       "serve the HTTP API for one-stop systems (needs the server extra)"),
    "Cli.opt_host": ("địa chỉ nghe, mặc định 127.0.0.1 (chỉ máy này)",
                     "the address to listen on, 127.0.0.1 by default (this machine only)"),
    "Cli.opt_port": ("cổng, mặc định 8000", "the port, 8000 by default"),
    "Cli.meta_host": ("ĐỊA_CHỈ", "HOST"),
    "Cli.meta_port": ("CỔNG", "PORT"),
    "Cli.serving": ("Dịch vụ hanchot đang chạy tại {url} (tài liệu: {url}/docs); Ctrl-C để dừng.",
                    "hanchot is serving at {url} (documentation: {url}/docs); Ctrl-C to stop."),
    "Cli.stopped_serving": ("Đã dừng dịch vụ.", "The service has stopped."),
    "Cli.cmd_dulieu": (
        "kiểm tra tệp lịch nghỉ của một năm (YYYY.toml), statutes.toml hoặc cả thư mục dữ liệu, như "
        "một lịch sẽ đọc, trước khi đưa vào hanchot",
        "check a year's schedule (YYYY.toml), statutes.toml or a whole data directory, as a calendar "
        "reads it, before it ships"),
    "Cli.arg_phrase": ("thời hạn, ví dụ \"05 ngày làm việc\", \"chậm nhất ngày 10/12/2023\"",
                       "the time limit, e.g. \"05 ngày làm việc\", \"chậm nhất ngày 10/12/2023\""),
    "Cli.opt_from": ("ngày (giờ) bắt đầu tính, ví dụ 06/03/2026 hoặc \"06/03/2026 16:00\"",
                     "the start day (and time), e.g. 06/03/2026 or \"06/03/2026 16:00\""),
    "Cli.arg_year": ("năm, ví dụ 2026", "the year, e.g. 2026"),
    "Cli.opt_ics": ("ghi thêm tệp iCalendar (.ics) để nhập vào ứng dụng lịch",
                    "also write an iCalendar (.ics) file for calendar applications"),
    "Cli.opt_color": ("tô màu: auto (mặc định), always, never", "colour: auto (default), always, never"),
    "Cli.arg_date": ("ngày, ví dụ 16/02/2026 hoặc 2026-02-16", "a date, e.g. 16/02/2026 or 2026-02-16"),
    "Cli.arg_start": ("ngày đầu (không tính), ví dụ 01/01/2026",
                      "the start day (not counted), e.g. 01/01/2026"),
    "Cli.arg_end": ("ngày cuối (có tính), ví dụ 31/03/2026", "the end day (counted), e.g. 31/03/2026"),
    "Cli.arg_src": ("tệp vào: .csv (UTF-8 hoặc UTF-16, dấu , ; hoặc tab), .xlsx hoặc .parquet; cột Mã hồ sơ, "
                    "Ngày nhận, Thời hạn, Ngày trả …; - là đầu vào chuẩn",
                    "input file: .csv (UTF-8 or UTF-16; , ; or tab), .xlsx or .parquet; columns Mã hồ sơ, "
                    "Ngày nhận, Thời hạn, Ngày trả …; - for standard input"),
    "Cli.opt_scan_output": ("ghi danh sách theo dõi ra tệp: .csv, .xlsx hoặc .ics (lịch); - là đầu ra "
                            "chuẩn (CSV)",
                            "write the follow-up list to a file: .csv, .xlsx or .ics (a calendar); - for "
                            "standard output (CSV)"),
    "Cli.opt_output": ("tệp ra (.csv, .xlsx, .parquet); - là đầu ra chuẩn; không được là tệp vào",
                       "output file (.csv, .xlsx, .parquet); - for standard output; never the input"),
    "Cli.opt_supplement": ("khi yêu cầu bổ sung: restart (tính lại từ đầu, mặc định) hoặc pause (tạm dừng)",
                           "after a supplement request: restart (default) or pause"),
    "Cli.opt_column": ("cột nào là cột nào, ví dụ \"ngay_nhan=Ngày tiếp nhận\" (ghi nhiều lần được)",
                       "which column is which, e.g. \"ngay_nhan=Ngày tiếp nhận\" (may be repeated)"),
    "Cli.opt_overwrite": ("cho phép ghi đè các cột kết quả đã có trong tệp vào (han_tra, trang_thai …)",
                          "allow replacing output columns the input already has (han_tra, trang_thai …)"),
    "Cli.opt_no_bom": ("không ghi dấu BOM ở đầu tệp CSV (Excel cần dấu này để đọc đúng tiếng Việt)",
                       "no byte-order mark at the start of a CSV (Excel needs it to read Vietnamese)"),
    "Cli.meta_column": ("COT=TÊN", "COLUMN=NAME"),
    "Cli.opt_as_of": ("tính trạng thái đến ngày này (không tự lấy ngày hôm nay)",
                      "compute statuses as of this date (never today by default)"),
    "Cli.opt_summary_json": ("ghi bản tổng hợp ra tệp JSON", "write the summary to a JSON file"),
    "Cli.opt_receipt": ("cách tính ngày tiếp nhận: legal (mặc định) hoặc deemed_next_working_day",
                        "receipt rule: legal (default) or deemed_next_working_day"),
    "Cli.arg_file": ("tệp văn bản", "the document"),
    "Cli.opt_issued": ("ngày ban hành (nếu không ghi, đọc từ dòng \"…, ngày … tháng … năm …\")",
                       "the date of issue (read from the \"…, ngày … tháng … năm …\" line when not given)"),
    "Cli.opt_event": ("ngày của một sự kiện, ví dụ \"ký Quyết định=15/12/2023\"",
                      "the date of an event, e.g. \"ký Quyết định=15/12/2023\""),
    "Cli.arg_data_files": ("các tệp cần kiểm tra (YYYY.toml, statutes.toml) hoặc một thư mục dữ liệu",
                           "the files to check (YYYY.toml, statutes.toml) or a data directory"),
    "Cli.meta_phrase": ("THỜI_HẠN", "TIME_LIMIT"),
    "Cli.meta_date": ("NGÀY", "DATE"),
    "Cli.meta_year": ("NĂM", "YEAR"),
    "Cli.meta_file": ("TỆP", "FILE"),
    "Cli.meta_event": ("SỰ_KIỆN=NGÀY", "EVENT=DATE"),
    "Cli.meta_start": ("TỪ_NGÀY", "FROM_DATE"),
    "Cli.meta_end": ("ĐẾN_NGÀY", "TO_DATE"),
    # -- results ---------------------------------------------------------------------------
    "Cli.due": ("Hạn", "Due"),
    "Cli.ends": ("đến 24:00", "until 24:00"),
    "Cli.at": ("lúc", "at"),
    "Cli.closes": ("cơ quan hết giờ làm việc lúc", "office hours end at"),
    "Cli.version": ("hanchot {version}; dữ liệu rà soát ngày {reviewed:date}; lịch nghỉ chính thức các năm "
                    "{official}, các năm khác dự kiến theo luật",
                    "hanchot {version}; data reviewed {reviewed:date}; official schedules for {official}, "
                    "other years projected from the statute"),
    "Cli.provisional": ("dự kiến: năm này chưa có thông báo chính thức về lịch nghỉ",
                        "provisional: the year's official schedule is not announced yet"),
    "Cli.provisional_cited": ("dự kiến: văn bản ấn định ngày này mới thấy được trích dẫn, chưa xác nhận",
                              "provisional: the notice that sets this day was only seen cited, "
                              "not confirmed"),
    "Cli.provisional_span": ("dự kiến: trong khoảng này có ngày chưa được văn bản đã đọc xác nhận",
                             "provisional: a day in this span is not confirmed by a notice read"),
    "Cli.warning": ("Lưu ý", "Note"),
    "Cli.explain": ("Giải thích", "Explanation"),
    "Cli.working": ("ngày làm việc", "working day"),
    "Cli.off": ("ngày nghỉ", "day off"),
    "Cli.count": ("ngày làm việc", "working days"),
    "Cli.days_off": ("ngày nghỉ trong khoảng", "days off in the range"),
    "Cli.legend": ("* ngày nghỉ lễ, nghỉ bù, hoán đổi    + ngày làm bù",
                   "* holiday, compensatory or swapped day off    + make-up working day"),
    "Cli.legend_colour": ("đỏ: ngày nghỉ lễ, nghỉ bù, hoán đổi    xanh: ngày làm bù    "
                          "mờ: ngày nghỉ hằng tuần",
                          "red: holiday, compensatory or swapped day off    green: make-up working day    "
                          "dim: weekly rest day"),
    "Cli.weekday_heads": ("T2 T3 T4 T5 T6 T7 CN", "Mo Tu We Th Fr Sa Su"),
    "Cli.summary": ("Tổng hợp", "Summary"),
    "Cli.issued_on": ("Ngày ban hành", "Date of issue"),
    "Cli.unknown": ("không rõ", "unknown"),
    "Cli.found": ("thời hạn tìm thấy", "deadlines found"),
    "Cli.none_found": ("Không tìm thấy thời hạn nào.", "No deadline found."),
    "Cli.item": ("mục", "item"),
    "Cli.not_named": ("văn bản không nêu", "not named"),
    "Cli.urgency": ("{urgency}, ngày theo dõi theo " + cite(17)[0],
                    "{urgency}, follow-up day by " + cite(17)[1]),
    "Cli.task": ("việc", "task"),
    "Cli.counted_from_event": ("tính từ sự kiện", "counted from the event"),
    "Cli.needs_date": ("cần ngày ban hành (--ngay-ban-hanh)", "needs the date of issue (--issued)"),
    "Cli.opt_both_ends": ("đếm cả ngày đầu (từ … đến …, tính cả hai đầu)",
                           "count the first day too (from … to …, both ends)"),
    "Cli.start_not_counted": ("không tính ngày đầu, như thời hạn (BLDS 2015 Điều 147); --ca-hai-dau để "
                              "tính cả hai đầu",
                              "the first day is not counted, as in a period (Civil Code Art. 147); "
                              "--ca-hai-dau counts both ends"),
    "Cli.both_ends": ("tính cả hai đầu", "both ends counted"),
    "Cli.reversed": ("hai ngày ghi ngược thứ tự nên số đếm là số âm",
                     "the dates are in reverse order, so the count is negative"),
    "Cli.data_report": ("{file}: {records} bản ghi, đã công bố: {groups}",
                        "{file}: {records} records, announced: {groups}"),
    "Cli.data_report_statutes": ("{file}: {eras} giai đoạn của luật ([[era]])",
                                 "{file}: {eras} eras of the law ([[era]])"),
    "Cli.none": ("không có", "none"),
    # -- errors ----------------------------------------------------------------------------
    "Cli.error": ("Lỗi (hanchot{command}): {message}", "Error (hanchot{command}): {message}"),
    "Cli.hint_date": ("Viết ngày như 06/03/2026 hoặc 2026-03-06; ngày có giờ phải đặt trong ngoặc kép: "
                      "\"06/03/2026 16:00\".",
                      "Write dates as 06/03/2026 or 2026-03-06; a date with a time goes in double quotes: "
                      "\"06/03/2026 16:00\"."),
    "Cli.hint_phrase": (
        "Viết thời hạn như \"05 ngày làm việc\", \"15 ngày\", \"chậm nhất ngày 10/12/2023\", "
        "\"trước ngày 30/6/2024\", \"trong quý III năm 2023\".",
        "Write time limits as \"05 ngày làm việc\", \"15 ngày\", \"chậm nhất ngày 10/12/2023\", "
        "\"trước ngày 30/6/2024\", \"trong quý III năm 2023\"."),
    "Cli.hint_coverage": ("hanchot chỉ tính được cho các ngày từ {first:date} đến {last:date}.",
                          "hanchot only covers dates from {first:date} to {last:date}."),
    "Cli.hint_file": ("Kiểm tra đường dẫn tệp và quyền đọc, ghi tệp.",
                      "Check the file's path, and that it may be read or written."),
    "Cli.hint_usage": ("Xem hanchot{command} --help.", "See hanchot{command} --help."),
    "Cli.hint_data": ("Sửa tệp theo trang data.md (\"The data: one file per year\") trong tài liệu của "
                      "hanchot, rồi kiểm tra lại.",
                      "Mend the file as the page data.md (\"The data: one file per year\") of hanchot's "
                      "documentation describes, then check it again."),
    "Cli.interrupted": ("Đã dừng.", "Stopped."),
    "Cli.output_failed": ("Lỗi (hanchot{command}): không ghi được kết quả: {reason}",
                          "Error (hanchot{command}): cannot write the result: {reason}"),
}
