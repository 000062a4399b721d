# SPDX-License-Identifier: Apache-2.0
"""Who must act and what they must do: the items, sentences and clauses a deadline sits in.

A directive assigns work in a few set shapes: "Sở Nội vụ chủ trì, … Hoàn thành chậm nhất
ngày …" (the agency opens the sentence, the deadline closes it or the next one), "Trong 05
ngày làm việc kể từ …: Các cơ quan … thực hiện …" (the deadline leads, the work follows a
colon), an item whose heading names the agency ("1. Thủ trưởng sở, ban, ngành …") and
items below it without one, and a plan's section that ends with "Phân công thực hiện:"
and the agencies that carry it out. These functions read those shapes; nothing here
guesses beyond them, and an agency that is not written is reported as not written.

>>> text = "1.1. Sở Nội vụ chủ trì, phối hợp Sở Tư pháp rà soát. Hoàn thành chậm nhất ngày 10/12/2023."
>>> at = text.index("chậm")
>>> agency(text, [(at, at + 24)]), task(Layout(text, 5, len(text), [(at, at + 24)]), at, at + 24)
('Sở Nội vụ', 'Sở Nội vụ chủ trì, phối hợp Sở Tư pháp rà soát. Hoàn thành chậm nhất ngày 10/12/2023')
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from hanchot.parser import fold

__all__: list[str] = []  # the scanner's own parts: scan() reads documents with them

#: Words that open the work an agency is given (folded), longest first where one holds another.
VERBS = (
    "chu tri", "phoi hop", "tham muu", "ra soat", "bao cao", "hoan thanh", "hoan chinh", "thuc hien",
    "tap trung", "xay dung", "nghien cuu", "huong dan", "khan truong", "thong ke", "to chuc", "chu dong",
    "trien khai", "cap nhat", "dang ky", "cong khai", "niem yet", "kip thoi", "tap huan", "xac dinh",
    "co trach nhiem", "chiu trach nhiem", "theo doi", "don doc", "kiem tra", "cung cap", "lay y kien",
    "tong hop", "ban hanh", "de xuat", "nghiem tuc", "thuong xuyen", "so hoa", "bo tri",
    "tiep tuc", "dam bao", "quan tam", "phan cong", "ap dung", "tuyen truyen", "khac phuc", "day manh",
    "tang cuong", "giai quyet", "tiep nhan", "chi dao", "gui", "phai", "quan triet", "kien toan",
    "rut kinh nghiem", "xu ly", "sap xep", "tu kiem tra",

)
#: Not verbs, but where an agency's name ends: "… thị trấn trong phạm vi chức năng …".
ENDS = ("trong pham vi", "theo chuc nang", "theo tham quyen", "can cu", "tu danh gia", "danh gia")
# not "lập", "cử", "cần", "trình", "giao", "đánh giá": folded, they are also "(công) lập", "căn (cứ)",
# "(chương) trình", "(giáo) dục", "(kết quả) đánh giá"
#: How an agency's name begins, written as documents write it (capital letter: a proper name).
_HEADS = ("Sở", "Ban", "Bộ", "Văn phòng", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Hội đồng", "Công an",
          "Thanh tra", "Phòng", "Bộ phận", "Trung tâm", "Cục", "Chi cục", "Tổng cục", "Kho bạc",
          "Thủ trưởng", "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Người đứng đầu", "Bảo hiểm",
          "Cơ quan", "Đơn vị", "Đài", "Báo", "Viện", "Trường", "Bệnh viện", "Đoàn", "Hội", "Mặt trận",
          "Liên đoàn", "Tổ", "Chánh", "Trưởng", "Quận", "Huyện", "Xã", "Phường", "Công chức", "Cán bộ")
#: The same, lower case, after "các"/"mỗi"/"từng" ("các cơ quan, đơn vị", "các bộ phận").
_COMMON = ("sở", "ban", "ngành", "bộ", "cơ quan", "đơn vị", "bộ phận", "phòng", "địa phương", "xã",
           "phường", "quận", "huyện", "tổ chức", "doanh nghiệp", "trường", "chi nhánh", "thành viên",
           "công chức", "cán bộ")
_AGENCY = re.compile(
    r"(?<![\w/-])(?:(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")(?![\w])"
    r"|(?:[Cc]ác|[Mm]ỗi|[Tt]ừng)\s+(?:" + "|".join(sorted(_COMMON, key=len, reverse=True)) + r")(?![\w]))")
_ENDS = re.compile(r"(?<![\w?])(?:" + "|".join(ENDS) + r")(?![\w?])")
_BACK = 3  # clauses or sentences a scan looks back for the work or the agency, at most
_VERB = re.compile(r"(?<![\w?])(?<!- )(?:" + "|".join(sorted(VERBS, key=len, reverse=True)) + r")(?![\w?])")
#: A sentence ends at ". ", "; " or the end of the item; a clause also at ": ".
_SENTENCE = re.compile(r"[.;!?](?=\s)|\n\s*\n")
_CLAUSE = re.compile(r"[.;!?:](?=\s)|\n\s*\n")
_PERIOD = re.compile(r"[.!?](?=\s)|\n\s*\n")
#: A clause that only states the deadline of the work before it ("Hoàn thành chậm nhất …").
_ONLY_TIME = ("hoan thanh", "thoi han", "thoi gian", "han chot", "dam bao")
_ASSIGNED = re.compile(r"(?i)phân công thực hiện")
_ROMAN = re.compile(r"^[IVX]+$")
_LABEL = re.compile(r"^\s*(?:(?:[IVX]+|\d+(?:\.\d+)*)\.|[a-zđ]\)|[-+•*])\s*")


@dataclass(frozen=True, slots=True)
class Item:
    """A numbered item, bullet or paragraph: its span, its label and the labels above it."""

    start: int
    end: int
    label: str  # "1.1", "a)", "" before the first
    parents: tuple[str, ...]  # the labels of the items it is part of, outermost first


def items(text: str, bounds: list[tuple[int, str]]) -> list[Item]:
    """The items of ``text``, given where each label or paragraph begins (sorted), with their parents.

    >>> [(i.label, i.parents) for i in items("x", [(0, "II"), (0, "1"), (0, "1.1"), (0, "a)"), (0, "2")])]
    [('', ()), ('II', ()), ('1', ('II',)), ('1.1', ('II', '1')), ('a)', ('II', '1', '1.1')), ('2', ('II',))]
    """
    starts = [0] + [b for b, _ in bounds] + [len(text)]
    labels = [""] + [lab for _, lab in bounds]
    out: list[Item] = []
    path: list[str] = []
    for i in range(len(starts) - 1):
        label = labels[i]
        if label and label not in "-+•":  # a bullet or paragraph stays inside its numbered item
            path = _placed(path, label)
        out.append(Item(starts[i], starts[i + 1], path[-1] if path else "", tuple(path[:-1])))
    return out


def _placed(path: list[str], label: str) -> list[str]:
    """The path of a new label: a Roman numeral opens a section, "1.2" goes under "1", "a)" under any."""
    if _ROMAN.match(label):
        return [label]
    roman = path[:1] if path and _ROMAN.match(path[0]) else []
    if label.endswith(")"):
        numbered = [p for p in path if not p.endswith(")")]
        return [*numbered, label]
    depth = label.count(".") + 1
    numbered = [p for p in path[len(roman):] if not p.endswith(")")]
    return [*roman, *numbered[:depth - 1], label]


def _spans(pattern: re.Pattern[str], text: str, start: int = 0,
           end: int | None = None) -> list[tuple[int, int]]:
    """The non-blank pieces of ``text[start:end]`` between the pattern's matches, as absolute spans."""
    end = len(text) if end is None else end
    cuts = [start] + [m.end() for m in pattern.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


class Layout:
    """An item's clauses and sentences, found once (a scan stays linear however long an item is)."""

    def __init__(self, text: str, start: int, end: int, phrases: list[tuple[int, int]]) -> None:
        self.text = text
        self.phrases = phrases  # the spans of the item's deadline phrases, in order
        self._phrase_starts = [a for a, _ in phrases]
        self.clauses = _spans(_CLAUSE, text, start, end) or [(start, end)]
        self.sentences = _spans(_SENTENCE, text, start, end) or [(start, end)]
        self.periods = _spans(_PERIOD, text, start, end) or [(start, end)]
        self._starts = {id(spans): [a for a, _ in spans]
                        for spans in (self.clauses, self.sentences, self.periods)}

    def index(self, spans: list[tuple[int, int]], at: int) -> int:
        """The index of the span that holds position ``at`` (or the last before it)."""
        return max(0, bisect_right(self._starts[id(spans)], at) - 1)

    def sentence(self, at: int) -> str:
        """The sentence that holds position ``at``, line breaks joined."""
        a, b = self.sentences[self.index(self.sentences, at)]
        return " ".join(self.text[a:b].split()).strip(" .;")

    def phrases_in(self, a: int, b: int) -> list[tuple[int, int]]:
        """The deadline phrases that overlap ``text[a:b]``."""
        first = max(0, bisect_left(self._phrase_starts, a) - 1)
        return self.phrases[first:bisect_left(self._phrase_starts, b)]


def _bare(text: str, start: int, end: int, phrase: tuple[int, int]) -> str:
    """A clause without the deadline phrase in it, folded: what else it says."""
    a, b = max(start, phrase[0]), min(end, phrase[1])
    rest = text[start:a] + " " + text[b:end] if a < b else text[start:end]
    return " ".join(fold(rest).replace(",", " ").replace(":", " ").split()).strip(" .;")


def task(layout: Layout, start: int, end: int) -> str:
    """The work a deadline at ``start:end`` belongs to: its clause and, when the clause only states a
    time ("Hoàn thành chậm nhất …", "Thời hạn báo cáo: chậm nhất …"), the clauses before it (three at
    most); when the deadline leads ("Trong 05 ngày …: Các cơ quan … thực hiện …"), the work after the
    colon, to the end of the sentence."""
    text, clauses = layout.text, layout.clauses
    here = layout.index(clauses, start)
    first = last = here
    rest = _bare(text, *clauses[here], (start, end))
    if text[clauses[here][1] - 1:clauses[here][1]] == ":" and len(rest.split()) < 3:
        stop = layout.periods[layout.index(layout.periods, start)][1]
        while last + 1 < len(clauses) and clauses[last + 1][0] < stop:
            last += 1
    elif len(rest.split()) < 3 or (rest.startswith(_ONLY_TIME) and len(rest.split()) < 8):
        while first > max(0, here - _BACK):  # back to the clause that holds the work
            first -= 1
            if len(_bare(text, *clauses[first], (start, end)).split()) >= 3 and not fold(
                    text[clauses[first][0]:clauses[first][1]]).strip().startswith(_ONLY_TIME):
                break
    words = text[clauses[first][0]:clauses[last][1]]
    return " ".join(words.split()).strip(" .;:")


def agency(text: str, skip: list[tuple[int, int]], *, heading: bool = False) -> str:
    """The agency a clause or sentence names before its first verb of work, or "".

    ``skip`` are the deadline phrases' spans: an event inside one ("kể từ ngày Chủ tịch
    Ủy ban nhân dân Thành phố ký …") does not name who must act. An agency named after the
    verb ("tham mưu Ủy ban nhân dân huyện") is whom the work is for, not who does it.

    >>> agency("Căn cứ kết quả, các cơ quan, đơn vị tập trung rà soát", [])
    'các cơ quan, đơn vị'
    >>> agency("Tổ chức lấy ý kiến người dân", [])
    ''

    A ``heading`` names its agency without a verb: "1. Thủ trưởng sở, ban, ngành …", "3. Giao
    Văn phòng Ủy ban nhân dân huyện".

    >>> agency("Giao Văn phòng Ủy ban nhân dân huyện", [], heading=True)
    'Văn phòng Ủy ban nhân dân huyện'
    """
    folded = fold(text)
    verb = next((m.start() for m in _VERB.finditer(folded)  # "Sở Xây dựng": a name, not work
                 if not _inside(m.start(), skip) and not _named(text, m.start())), None)
    if heading:  # a heading names its agency and no work: the whole of it, when it opens with one
        first = _AGENCY.search(text) if verb is None else None
        if first is None or fold(text[:first.start()]).strip(" -") not in ("", "giao"):
            return ""
        return " ".join(text[first.start():].split()).strip(" ,;:.-")
    if verb is None:  # no work given here: a citation ("Quyết định … của Ủy ban nhân dân Thành phố")
        return ""
    heads = [m.start() for m in _AGENCY.finditer(text, 0, verb) if not _inside(m.start(), skip)]
    if not heads:
        return ""
    stop = next((m.start() for m in _ENDS.finditer(folded, heads[0], verb)), verb)
    name = text[heads[0]:stop]
    for a, b in sorted(skip, reverse=True):  # a deadline inside the name's run is not part of it
        if heads[0] <= a < stop:
            name = text[heads[0]:a] if a > heads[0] else text[b:stop]
    return " ".join(name.split()).strip(" ,;:.-")


def led(task_text: str, phrase: str) -> str:
    """The agencies of a task the deadline leads ("Trong 05 ngày …: Các cơ quan … thực hiện …; Ủy ban
    nhân dân các xã … thực hiện …"), joined by "; "; "" when the deadline does not lead.

    >>> led("Trong 05 ngày: Sở A thực hiện x; Sở B thực hiện y", "Trong 05 ngày")
    'Sở A; Sở B'
    """
    if not task_text.startswith(phrase) or not task_text[len(phrase):].lstrip().startswith(":"):
        return ""
    parts = task_text[len(phrase):].lstrip()[1:].split(";")
    return "; ".join(dict.fromkeys(found for part in parts if (found := agency(part, []))))


def _named(text: str, at: int) -> bool:
    """Whether a word that could be a verb is written as part of a name: capitalised, after a word."""
    return text[at].isupper() and text[:at].strip() != "" and text[:at].rstrip()[-1:] not in ".;:-•"


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def who(layout: Layout, item: Item, found: tuple[dict[tuple[str, ...], str], dict[str, str]],
        start: int) -> str:
    """Who must act on the deadline at ``start``: the agency of its sentence or of one of the three before
    it in its item, of the items above it, or of its section's "Phân công thực hiện"; else "".
    ``found`` is what :func:`assignments` gives."""
    heads, assigned = found
    text, here = layout.text, layout.index(layout.sentences, start)
    for a, b in reversed(layout.sentences[max(0, here - _BACK):here + 1]):
        near = layout.phrases_in(a, b)
        for x, y in layout.clauses[layout.index(layout.clauses, a):layout.index(layout.clauses, b - 1) + 1]:
            named = agency(text[x:y], [(p - x, q - x) for p, q in near])
            if named:  # the first clause that names an agency before its verb
                return named
    path = (*item.parents, item.label)  # a bullet's own numbered item is above it too
    for depth in range(len(path), 0, -1):  # the nearest heading that names an agency
        if heads.get(path[:depth]):
            return heads[path[:depth]]
    return assigned.get(section(item), "")


def _unlabelled(text: str) -> str:
    """A heading without its number ("1.1. ", "a) ", "- ")."""
    return _LABEL.sub("", text, count=1)


def place(item: Item) -> str:
    """An item's label with the labels that make it unambiguous: its section's Roman numeral, and the
    numbered item a lettered one belongs to.

    >>> place(Item(0, 1, "a)", ("II", "1", "1.2"))), place(Item(0, 1, "1", ("III",)))
    ('II.1.2 a)', 'III.1')
    """
    path = (*item.parents, item.label)
    roman = path[0] + "." if path and _ROMAN.match(path[0]) and len(path) > 1 else ""
    numbered = [label for label in path if label and not _ROMAN.match(label) and not label.endswith(")")]
    letter = item.label if item.label.endswith(")") else ""
    return (roman + (numbered[-1] if numbered else "") + (" " + letter if letter else "")).strip(" .") or \
        item.label


def section(item: Item) -> str:
    """The numbered section an item belongs to ("2" for "2.8", its "b)" and bullets), or "".

    >>> section(Item(0, 1, "b)", ("II", "2", "2.8")))
    '2'
    """
    return next((label for label in (*item.parents, item.label) if label.isdigit()), "")


def assignments(text: str, found: list[Item]) -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """For each item (its labels from the outermost): the agency its heading names (``heads``); for each
    section, the agencies its "Phân công thực hiện" names (``assigned``), joined by "; "."""
    heads: dict[tuple[str, ...], str] = {}
    assigned: dict[str, list[str]] = {}
    collecting = ""
    for item in found:
        body = text[item.start:item.end]
        path = (*item.parents, item.label)
        first = _spans(_SENTENCE, _unlabelled(body))[:1]
        if item.label and path not in heads and first:
            heads[path] = agency(_unlabelled(body)[first[0][0]:first[0][1]], [], heading=True)
        key = section(item)
        if collecting != key:
            collecting = ""
        if key and (match := _ASSIGNED.search(body)):
            collecting, body = key, body[match.end():]
        if collecting:
            names = assigned.setdefault(key, [])
            names += [n for a, b in _spans(_SENTENCE, body)
                      if (n := agency(body[a:b], [])) and n not in names]
    return heads, {key: "; ".join(names) for key, names in assigned.items() if names}
