# SPDX-License-Identifier: Apache-2.0
"""The summary of a batch, as the one-stop offices report it each quarter.

Received, settled early, on time and late; open within time and overdue; closed,
refused and withdrawn; the on-time rate on two bases; late dossiers with their apology;
the lateness distribution; rows in error by code (house convention 16).

>>> s = Summary()
>>> s.add("dung_han", 0)
>>> s.add("tre_han", 2, apology="dung_han")
>>> s.add("loi", 0, ErrorCode.CELL_EMPTY)
>>> s.on_time_rate, s.on_time_rate_settled, s.apology_rate, dict(s.errors)
(50.0, 50.0, 100.0, {'cell_empty': 1})
"""

from __future__ import annotations

import html
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hanchot._checks import require_bool, require_int
from hanchot.batch.cells import ERROR, Report
from hanchot.dossier import Apology, Status
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import Lang, fail, lang_of, say

if TYPE_CHECKING:
    from hanchot.batch.rows import Row

__all__ = ["Summary"]

#: Working days late, as the distribution counts them.
#: "0": late by minutes on the due day (a slip with a time, an hour-based period), or returned on
#: the day off that follows it.
BUCKETS = ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (10, "6-10"))
LABELS = (*(label for _, label in BUCKETS), ">10")
#: The values of the batch's ``trang_thai`` column: the statuses, and ``loi`` for a row in error.
STATUSES = (*(member.value for member in Status), ERROR)
_SETTLED = (Status.EARLY.value, Status.ON_TIME.value, Status.LATE.value)
#: Left out of both on-time rates: nothing was settled on time or late (convention 16).
_LEFT_OUT = (Status.CLOSED.value, Status.REFUSED.value, Status.WITHDRAWN.value)


def bucket(late: int) -> str:
    """The lateness bucket of a late dossier's working days late.

    >>> bucket(1), bucket(4), bucket(11)
    ('1', '4-5', '>10')
    """
    return next((label for limit, label in BUCKETS if late <= limit), ">10")


@dataclass(slots=True)
class Summary:
    """Counts by status, lateness, apologies and errors; the on-time rates. Summaries add up (``+``)."""

    rows: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    #: Open dossiers already past their due date (as of the day asked).
    open_overdue: int = 0
    #: Late dossiers (settled late, or open and overdue) by what their apology was.
    apologies: Counter[str] = field(default_factory=Counter)
    lateness: Counter[str] = field(default_factory=Counter)  # settled late: working days late, bucketed
    #: Rows in error, by error code.
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, status: str, late: int, error: ErrorCode | None = None, *, apology: str = "",
            overdue: bool = False) -> None:
        """Count one output row: its status, working days late, apology, whether overdue, its error."""
        if status not in STATUSES:
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="status", value=status,
                       allowed=STATUSES)
        if apology not in {a.value for a in Apology}:
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="apology", value=apology,
                       allowed=tuple(a.value for a in Apology))
        late = require_int("late", late, low=0)
        overdue = require_bool("overdue", overdue) and status == Status.OPEN.value
        self._count(status, late, None if error is None else ErrorCode(error), apology, overdue)

    def _count_row(self, row: Row) -> None:
        """Count one of the batch's own rows (its values are known good)."""
        self._count(row.status, row.late, row.error.code if row.error is not None else None, row.apology,
                    row.overdue)

    def _count(self, status: str, late: int, error: ErrorCode | None, apology: str, overdue: bool) -> None:
        self.rows += 1
        self.by_status[status] += 1
        self.open_overdue += overdue
        if status == Status.LATE.value:
            self.lateness[bucket(late)] += 1
        if apology:
            self.apologies[apology] += 1
        if error is not None:
            self.errors[error.value] += 1

    def merge(self, other: Summary) -> None:
        """Count another summary's rows into this one (a chunk's, a partition's)."""
        if not isinstance(other, Summary):
            raise fail(InvalidInputError, ErrorCode.WRONG_KIND, field="other", value=other,
                       example="Summary()")
        self.rows += other.rows
        self.open_overdue += other.open_overdue
        for mine, theirs in ((self.by_status, other.by_status), (self.apologies, other.apologies),
                             (self.lateness, other.lateness), (self.errors, other.errors)):
            mine.update(theirs)

    def __add__(self, other: object) -> Summary:
        if not isinstance(other, Summary):
            return NotImplemented
        total = Summary()
        total.merge(self)
        total.merge(other)
        return total

    @property
    def received(self) -> int:
        """Dossiers received: every row that could be read (rows in error are not dossiers)."""
        return self.rows - self.by_status[ERROR]

    @property
    def settled(self) -> int:
        """Dossiers with a result returned: early, on time or late."""
        return sum(self.by_status[s] for s in _SETTLED)

    @property
    def late(self) -> int:
        """Dossiers late: settled late, or open and overdue; each needs an apology."""
        return self.by_status[Status.LATE.value] + self.open_overdue

    @property
    def on_time_rate(self) -> float | None:
        """Percent of received dossiers not settled late: the basis official reports use.

        Closed, refused and withdrawn dossiers are left out (convention 16).
        """
        counted = self.received - sum(self.by_status[s] for s in _LEFT_OUT)
        return 100 * (counted - self.by_status[Status.LATE.value]) / counted if counted else None

    @property
    def on_time_rate_settled(self) -> float | None:
        """Percent of settled dossiers settled early or on time."""
        settled = self.settled
        return 100 * (settled - self.by_status[Status.LATE.value]) / settled if settled else None

    @property
    def _unapologised(self) -> int:
        """Late dossiers without an apology in time."""
        return self.late - self.apologies[Apology.IN_TIME.value]

    @property
    def apology_rate(self) -> float | None:
        """Percent of late dossiers whose apology was sent in time (ND 118 Art. 19(6))."""
        return 100 * self.apologies[Apology.IN_TIME.value] / self.late if self.late else None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view, with the stable keys documented in docs/dossiers.md."""
        count = self.by_status

        def rate(value: float | None) -> float | None:
            return _rounded(value, self.by_status[Status.LATE.value])

        return {
            "rows": self.rows,
            "received": self.received,
            "by_status": {s: count[s] for s in STATUSES},
            "settled": self.settled,
            "settled_early": count[Status.EARLY.value],
            "settled_on_time": count[Status.ON_TIME.value],
            "settled_late": count[Status.LATE.value],
            "open": count[Status.OPEN.value],
            "open_within_time": count[Status.OPEN.value] - self.open_overdue,
            "open_overdue": self.open_overdue,
            "closed": count[Status.CLOSED.value],
            "refused": count[Status.REFUSED.value],
            "withdrawn": count[Status.WITHDRAWN.value],
            "on_time_rate": rate(self.on_time_rate),
            "on_time_rate_settled": rate(self.on_time_rate_settled),
            "late": self.late,
            "apology_in_time": self.apologies[Apology.IN_TIME.value],
            "apology_late": self.apologies[Apology.LATE.value],
            "apology_missing": self.apologies[Apology.MISSING.value],
            "apology_rate": _rounded(self.apology_rate, self._unapologised),
            "lateness_working_days": {label: self.lateness[label] for label in LABELS},
            "errors": dict(sorted(self.errors.items())),
        }

    def to_json(self) -> str:
        """The summary as JSON."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def text(self, lang: object = "vi") -> str:
        """The report in ``lang``, numbers written as that language writes them (5.330.464; 99,87%).

        >>> s = Summary()
        >>> for _ in range(3):
        ...     s.add("dung_han", 0)
        >>> s.add("tre_han", 1, apology="dung_han")
        >>> print(s.text())
        Tiếp nhận 4 hồ sơ. Đã giải quyết 4: trước hạn 0, đúng hạn 3, trễ hạn 1. Đang giải quyết 0: ...
        Tỷ lệ đúng hạn 75,00% trên số tiếp nhận, 75,00% trên số đã giải quyết. ...
        """
        language = lang_of(lang)
        d = self.as_dict()

        def n(value: int) -> str:
            return f"{value:,}".replace(",", "." if language is Lang.VI else ",")

        def pct(value: float | None) -> str:
            if value is None:
                return "—"
            return f"{value:.2f}%".replace(".", "," if language is Lang.VI else ".")

        counts = {key: n(value) for key, value in d.items() if isinstance(value, int)}
        codes = ", ".join(f"{code} {n(k)}" for code, k in d["errors"].items())
        late = self.by_status[Status.LATE.value]
        return say(Report.SUMMARY, **counts, rate=pct(_rounded(self.on_time_rate, late)),
                   rate_settled=pct(_rounded(self.on_time_rate_settled, late)),
                   apology_rate=pct(_rounded(self.apology_rate, self._unapologised)),
                   errors=n(self.by_status[ERROR]),
                   by_code=say(Report.BY_CODE, codes=codes).text(language) if codes else "",
                   lateness=", ".join(f"{label}: {n(k)}" for label, k in d["lateness_working_days"].items()),
                   ).text(language)

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        """A notebook's view: the report, and a bar chart of lateness when a dossier was late.

        >>> s = Summary()
        >>> s.add("tre_han", 2, apology="dung_han")
        >>> view = s._repr_html_()
        >>> "<svg" in view, "Hồ sơ trễ hạn, theo số ngày làm việc trễ" in view
        (True, True)
        """
        report = f"<p>{html.escape(self.text())}</p>"
        counts = [self.lateness[label] for label in LABELS]
        if not any(counts):
            return report
        top, width, height = max(counts), 48, 120
        bars = "".join(
            f"<rect x='{i * width + 4}' y='{height - height * k // top}' width='{width - 8}' "
            f"height='{height * k // top}' fill='#c0392b'><title>{label}: {k}</title></rect>"
            f"<text x='{i * width + width // 2}' y='{height + 14}' text-anchor='middle' "
            f"font-size='11'>{label}</text>"
            f"<text x='{i * width + width // 2}' y='{height - height * k // top - 3}' "
            f"text-anchor='middle' font-size='10'>{k:,}</text>".replace(",", ".")
            for i, (label, k) in enumerate(zip(LABELS, counts, strict=True)))
        title = html.escape(say(Report.LATENESS_CHART).text("vi"))
        return (f"{report}<figure><svg xmlns='http://www.w3.org/2000/svg' width='{width * len(LABELS)}' "
                f"height='{height + 20}' role='img' aria-label='{title}'>{bars}</svg>"
                f"<figcaption>{title}</figcaption></figure>")


def _rounded(rate: float | None, late: int) -> float | None:
    """A rate to two decimals, never shown as 100 % while a dossier was settled late (convention 16).

    >>> _rounded(99.997, 1), _rounded(100.0, 0), _rounded(None, 0)
    (99.99, 100.0, None)
    """
    if rate is None:
        return None
    shown = round(rate, 2)
    return 99.99 if late and shown >= 100 else shown
