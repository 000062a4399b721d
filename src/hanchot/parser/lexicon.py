# SPDX-License-Identifier: Apache-2.0
"""The words the phrase parser knows, apart from its grammar: a new word is a data change.

Every entry is written folded (lower case, no diacritics, đ → d), as the parser
compares; ``DISPLAY`` gives each as documents write it, for messages.

>>> FIXED[0], display(FIXED[0])
('cham nhat', 'chậm nhất')
"""

from __future__ import annotations

from hanchot._checks import require_text
from hanchot.rules import Frequency, Point

__all__ = [
    "ANCHORS",
    "BEFORE",
    "DIGITS",
    "DISPLAY",
    "EVERY",
    "FIXED",
    "FREQUENCIES",
    "HUNDRED",
    "LEADING",
    "LUNAR_MONTHS",
    "PERIOD_END",
    "POINTS",
    "REPORT_PERIOD",
    "ROMAN",
    "SAME_DAY",
    "TEN",
    "UNITS",
    "ZERO_LINK",
    "display",
]

#: Digits in words. "năm" and "lăm" are 5 ("lăm" after "mươi"), "tư" 4, "mốt" 1 after "mươi".
DIGITS = {
    "mot": 1,  # một, mốt
    "hai": 2,
    "ba": 3,
    "bon": 4,  # bốn
    "tu": 4,  # tư
    "nam": 5,  # năm
    "lam": 5,  # lăm
    "sau": 6,  # sáu
    "bay": 7,  # bảy
    "tam": 8,  # tám
    "chin": 9,  # chín
}
TEN = "muoi"  # mười, mươi
HUNDRED = "tram"  # trăm
ZERO_LINK = ("linh", "le")  # một trăm linh năm, một trăm lẻ năm

#: Quarters in Roman numerals.
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

#: Lunar month names.
LUNAR_MONTHS = {"gieng": 1, "chap": 12}  # tháng Giêng, tháng Chạp

#: Words that may open a phrase without changing its meaning.
LEADING = (
    "thoi gian thuc hien",  # thời gian thực hiện
    "thoi han thuc hien",  # thời hạn thực hiện
    "thoi gian hoan thanh",  # thời gian hoàn thành
    "thoi han hoan thanh",  # thời hạn hoàn thành
    "thoi han giai quyet",  # thời hạn giải quyết
    "thoi han bao cao",  # thời hạn báo cáo
    "thoi han",  # thời hạn
    "thoi gian",  # thời gian
    "hoan thanh",  # hoàn thành
    "trong vong",  # trong vòng
    "trong thoi han",  # trong thời hạn
    "trong thoi gian",  # trong thời gian
    "khong qua",  # không quá
    "toi da",  # tối đa
    "gui",  # gửi
    "la",  # là
)

#: Words that introduce the event a relative period counts from.
ANCHORS = ("ke tu", "tinh tu", "tu")  # kể từ, tính từ, từ

#: Units of a relative period (longest first).
UNITS = (
    ("ngay lam viec", "working_days"),  # ngày làm việc
    ("gio lam viec", "working_hours"),  # giờ làm việc
    ("ngay", "days"),
    ("tuan", "weeks"),  # tuần
    ("thang", "months"),  # tháng
    ("nam", "years"),  # năm
)

#: "X, inclusive": chậm nhất (là) ngày X, muộn nhất ngày X, đến hết ngày X, hạn chót X.
FIXED = ("cham nhat", "muon nhat", "han chot", "den het", "den")
#: "strictly before X".
BEFORE = ("truoc",)  # trước
#: "by the end of the period": hết tháng 6/2024, đến hết năm 2023, trong quý III.
PERIOD_END = ("den het", "het", "den", "trong")
#: The Civil Code's points (BLDS 2015 Art. 146).
POINTS = {"dau": Point.START, "giua": Point.MIDDLE, "cuoi": Point.END}  # đầu, giữa, cuối
#: Every …: hằng / hàng tháng, định kỳ hằng quý, mỗi quý.
EVERY = ("dinh ky hang", "hang", "moi")  # định kỳ hằng/hàng, hằng/hàng, mỗi
#: "tháng cuối kỳ báo cáo": the last month of the reporting period (ND 09/2019 calls it so).
REPORT_PERIOD = ("ky bao cao",)
FREQUENCIES = {
    "tuan": Frequency.WEEKLY,
    "thang": Frequency.MONTHLY,
    "quy": Frequency.QUARTERLY,
    "nam": Frequency.YEARLY,
}
#: The same-day procedure: giải quyết trong ngày, trả kết quả ngay trong ngày.
SAME_DAY = ("giai quyet ngay trong ngay", "giai quyet trong ngay", "ngay trong ngay", "trong ngay")

#: How each folded word or sequence is written, for messages ("expected 'tháng'", not 'thang').
DISPLAY = {
    # numbers
    "mot": "một", "hai": "hai", "ba": "ba", "bon": "bốn", "nam": "năm", "lam": "lăm",
    "sau": "sáu", "bay": "bảy", "tam": "tám", "chin": "chín", "muoi": "mười", "tram": "trăm",
    "linh": "linh", "le": "lẻ",
    # leading words
    "thoi han giai quyet": "thời hạn giải quyết", "thoi han bao cao": "thời hạn báo cáo",
    "thoi gian thuc hien": "thời gian thực hiện", "thoi han thuc hien": "thời hạn thực hiện",
    "thoi gian hoan thanh": "thời gian hoàn thành", "thoi han hoan thanh": "thời hạn hoàn thành",
    "thoi han": "thời hạn", "thoi gian": "thời gian", "hoan thanh": "hoàn thành",
    "trong vong": "trong vòng", "trong thoi han": "trong thời hạn", "trong thoi gian": "trong thời gian",
    "khong qua": "không quá", "toi da": "tối đa", "gui": "gửi", "la": "là",
    # anchors and units
    "ke tu": "kể từ", "tinh tu": "tính từ", "tu": "từ",
    "ngay lam viec": "ngày làm việc", "gio lam viec": "giờ làm việc", "ngay": "ngày", "tuan": "tuần",
    "thang": "tháng",
    # fixed dates, before, period ends, points
    "cham nhat": "chậm nhất", "muon nhat": "muộn nhất", "han chot": "hạn chót", "den het": "đến hết",
    "den": "đến", "truoc": "trước", "het": "hết", "trong": "trong", "dau": "đầu", "giua": "giữa",
    "cuoi": "cuối", "vao": "vào", "thang dau nam": "tháng đầu năm",
    # recurring and same-day
    "dinh ky hang": "định kỳ hằng", "hang": "hằng", "dinh ky": "định kỳ", "quy": "quý", "moi": "mỗi",
    "cua": "của", "thang cuoi": "tháng cuối", "cung": "cùng", "ky bao cao": "kỳ báo cáo",
    "giai quyet ngay trong ngay": "giải quyết ngay trong ngày",
    "giai quyet trong ngay": "giải quyết trong ngày",
    "ngay trong ngay": "ngay trong ngày", "trong ngay": "trong ngày",
    # lunar dates
    "mung": "mùng", "mong": "mồng", "am lich": "âm lịch", "al": "ÂL", "gieng": "Giêng", "chap": "Chạp",
    # Roman numerals of quarters
    "i": "I", "ii": "II", "iii": "III", "iv": "IV",
}


def display(folded: str) -> str:
    """A folded word as documents write it.

    >>> display("cham nhat"), display("thang")
    ('chậm nhất', 'tháng')
    """
    return DISPLAY.get(folded, folded) if isinstance(folded, str) else str(require_text("folded", folded))
