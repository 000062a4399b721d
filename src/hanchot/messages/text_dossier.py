# SPDX-License-Identifier: Apache-2.0
"""The catalogue's texts for dossiers: statuses, and what the decree flags."""

from __future__ import annotations

__all__ = ["DOSSIER"]

DOSSIER: dict[str, tuple[str, str]] = {
    "Report.summary": (
        "Tiếp nhận {received} hồ sơ. Đã giải quyết {settled}: trước hạn {settled_early}, đúng hạn "
        "{settled_on_time}, trễ hạn {settled_late}. Đang giải quyết {open}: trong hạn {open_within_time}, "
        "quá hạn {open_overdue}. Dừng xử lý {closed}, từ chối {refused}, rút hồ sơ {withdrawn}.\n"
        "Tỷ lệ đúng hạn {rate} trên số tiếp nhận, {rate_settled} trên số đã giải quyết. "
        "Hồ sơ quá hạn (đã trả trễ hoặc đang quá hạn) {late}, có văn bản xin lỗi đúng hạn {apology_in_time} "
        "({apology_rate}), "
        "xin lỗi muộn {apology_late}, chưa có {apology_missing}.\n"
        "Số ngày làm việc trễ: {lateness}. Dòng lỗi {errors}{by_code}.",
        "Received {received} dossiers. Settled {settled}: early {settled_early}, on time "
        "{settled_on_time}, late {settled_late}. Open {open}: within time {open_within_time}, "
        "overdue {open_overdue}. Closed {closed}, refused {refused}, withdrawn {withdrawn}.\n"
        "On time {rate} of those received, {rate_settled} of those settled. "
        "Overdue (settled late, or open past the due date) {late}, with an apology in time {apology_in_time} "
        "({apology_rate}), apology late "
        "{apology_late}, none {apology_missing}.\n"
        "Working days late: {lateness}. Rows in error {errors}{by_code}."),
    "Report.lateness_chart": ("Hồ sơ trễ hạn, theo số ngày làm việc trễ",
                              "Late dossiers, by working days late"),
    "Report.by_code": (" (lý do ở cột ly_do_loi; theo mã lỗi: {codes})",
                       " (the reason is in ly_do_loi; by error code: {codes})"),
    "Report.progress": ("{done:n}/{total:n} hồ sơ", "{done:n}/{total:n} dossiers"),
    "Report.progress_count": ("{done:n} hồ sơ…", "{done:n} dossiers…"),
    "Status.truoc_han": ("trước hạn", "early"),
    "Status.dung_han": ("đúng hạn", "on time"),
    "Status.tre_han": ("trễ hạn", "late"),
    "Status.dang_xu_ly": ("đang xử lý", "in progress"),
    "Status.dung_xu_ly": ("dừng xử lý do không bổ sung đủ", "closed, not completed"),
    "Status.tu_choi": ("từ chối giải quyết", "refused"),
    "Status.rut_ho_so": ("rút hồ sơ", "withdrawn"),
    "Apology.": ("không cần xin lỗi", "no apology due"),
    "Apology.dung_han": ("xin lỗi đúng hạn", "apology in time"),
    "Apology.muon": ("xin lỗi muộn", "apology late"),
    "Apology.chua_co": ("chưa có văn bản xin lỗi", "no apology recorded"),
    "Flag.before_regimes": (
        "nhận trước {start:date}: áp dụng {decree} để đối chiếu",
        "accepted before {start:date}: assessed under {decree} for comparison"),
    "Flag.paper_handover": (
        "hồ sơ giấy nhận {received}: chuyển xử lý lúc {handover:at} ({decree}, {article}); "
        "ngày tiếp nhận không đổi",
        "paper dossier received {received}: handed over at {handover:at} ({decree}, {article}); "
        "the date of acceptance does not change"),
    "Received.after_cutoff": ("sau {cutoff:hm}", "after {cutoff:hm}"),
    "Received.on_day_off": ("vào ngày nghỉ", "on a day off"),
    "Report.value_not_writable": ("một ô có giá trị mà loại tệp này không chứa được",
                                "a cell holds a value this kind of file cannot"),
    "Flag.late_online_acceptance": (
        "tiếp nhận trực tuyến sau {hours:.1f} giờ làm việc, quá {allowed} giờ ({decree}, {article})",
        "online filing accepted after {hours:.1f} working hours, more than {allowed} ({decree}, {article})"),
    "Flag.deemed_acceptance": (
        "coi như tiếp nhận lúc {at:at} (chính sách receipt=deemed_next_working_day)",
        "deemed accepted at {at:at} (policy receipt=deemed_next_working_day)"),
    "Flag.late_supplement_request": (
        "yêu cầu bổ sung ngày {requested:date}, quá 03 ngày làm việc (hạn {by:date}; {decree}, {article})",
        "supplements requested on {requested:date}, later than 03 working days (by {by:date}; {decree}, "
        "{article})"),
    "Flag.closed_incomplete": (
        "không bổ sung đủ trong {days} ngày kể từ thông báo (hết ngày {by:date}): dừng xử lý ({decree}, "
        "{article}; Bộ luật Dân sự Điều 148 khoản 5 khi ngày cuối là ngày nghỉ)",
        "not completed within {days} days of the notice (by the end of {by:date}): processing stops "
        "({decree}, {article}; Civil Code Art. 148(5) when the last day is a day off)"),
    "Flag.restarted": (
        "thời hạn được tính lại từ đầu, kể từ ngày nhận đủ hồ sơ {completed:date} ({decree}, {article})",
        "the period restarts in full from the complete dossier of {completed:date} ({decree}, {article})"),
    "Flag.paused": (
        "tạm dừng {days} ngày làm việc chờ bổ sung (chính sách supplement=pause)",
        "paused {days} working days for supplements (policy supplement=pause)"),
    "Flag.provisional": (
        "hạn dự kiến: dựa vào ngày nghỉ chưa được văn bản đã đọc xác nhận",
        "provisional due date: it rests on a day off no notice read confirms"),
    "Flag.overdue": (
        "quá hạn {days} ngày làm việc tính đến {as_of:date}",
        "{days} working days overdue as of {as_of:date}"),
    "Flag.appointment_differs": (
        "phiếu hẹn ghi {slip:at}, thời hạn tính được là {computed:at}; kết quả được đối chiếu với phiếu hẹn "
        "({decree}, {article})",
        "the slip says {slip:at}, the rule gives {computed:at}; the result is judged against the slip "
        "({decree}, {article})"),
    "Flag.late_apology": (
        "văn bản xin lỗi gửi ngày {sent:date}, sau hạn {by:date} ({decree}, {article})",
        "apology sent on {sent:date}, after {by:date} ({decree}, {article})"),
    "Flag.missed_reappointment": (
        "trả kết quả ngày {returned:date}, sau ngày hẹn lại {reappointed:date}",
        "returned on {returned:date}, after the re-appointed {reappointed:date}"),
}
