# SPDX-License-Identifier: Apache-2.0
"""The catalogue's texts for dossiers: statuses, and what the decree flags."""

from __future__ import annotations

__all__ = ["DOSSIER"]

DOSSIER: dict[str, tuple[str, str]] = {
    "Text.summary": (
        "{rows} hồ sơ ({counts}); tỷ lệ trả đúng hạn (kể cả trước hạn): {rate} trên {returned} hồ sơ "
        "đã trả kết quả",
        "{rows} dossiers ({counts}); returned on time (early included): {rate} of {returned}"),
    "Text.progress": ("{done}/{total} hồ sơ", "{done}/{total} dossiers"),
    "Text.progress_count": ("{done} hồ sơ…", "{done} dossiers…"),
    "Status.truoc_han": ("trước hạn", "early"),
    "Status.dung_han": ("đúng hạn", "on time"),
    "Status.tre_han": ("trễ hạn", "late"),
    "Status.dang_xu_ly": ("đang xử lý", "in progress"),
    "Flag.before_regimes": (
        "nhận trước {start:date}: áp dụng {decree} để đối chiếu",
        "accepted before {start:date}: assessed under {decree} for comparison"),
    "Flag.paper_handover": (
        "hồ sơ giấy nhận lúc {received:hm}: chuyển xử lý lúc {handover:at} ({decree}, {article}); "
        "ngày tiếp nhận không đổi",
        "paper dossier received at {received:hm}: handed over at {handover:at} ({decree}, {article}); "
        "the date of acceptance does not change"),
    "Flag.late_online_acceptance": (
        "tiếp nhận trực tuyến sau {hours:.1f} giờ làm việc, quá {allowed} giờ ({decree}, {article})",
        "online filing accepted after {hours:.1f} working hours, more than {allowed} ({decree}, {article})"),
    "Flag.deemed_acceptance": (
        "coi như tiếp nhận lúc {at:at} (quy ước receipt=deemed_next_working_day)",
        "deemed accepted at {at:at} (policy receipt=deemed_next_working_day)"),
    "Flag.late_supplement_request": (
        "yêu cầu bổ sung ngày {requested:date}, quá 03 ngày làm việc (hạn {by:date}; {decree}, {article})",
        "supplements requested on {requested:date}, later than 03 working days (by {by:date}; {decree}, "
        "{article})"),
    "Flag.closed_incomplete": (
        "không bổ sung đủ sau {days} ngày kể từ thông báo: kết thúc xử lý ({decree}, {article})",
        "not completed {days} days after the notice: processing ends ({decree}, {article})"),
    "Flag.restarted": (
        "thời hạn được tính lại từ đầu, kể từ ngày nhận đủ hồ sơ {completed:date} ({decree}, {article})",
        "the period restarts in full from the complete dossier of {completed:date} ({decree}, {article})"),
    "Flag.paused": (
        "tạm dừng {days} ngày làm việc chờ bổ sung (quy ước supplement=pause)",
        "paused {days} working days for supplements (policy supplement=pause)"),
    "Flag.overdue": (
        "quá hạn {days} ngày làm việc tính đến {as_of:date}",
        "{days} working days overdue as of {as_of:date}"),
}
