# SPDX-License-Identifier: Apache-2.0
"""The summary of a batch: counts by status, the on-time rate, lateness, errors.

>>> s = Summary()
>>> s.add("dung_han", 0)
>>> s.add("tre_han", 2)
>>> s.add("loi", 0, ErrorCode.CELL_EMPTY)
>>> s.on_time_rate, dict(s.errors)
(50.0, {'cell_empty': 1})
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hanchot._checks import require_int
from hanchot.batch.cells import ERROR
from hanchot.dossier import Status
from hanchot.errors import ErrorCode, InvalidInputError
from hanchot.messages import Text, fail, say

__all__ = ["Summary"]

_BUCKETS = ((1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (10, "6-10"))
#: The values of the batch's ``trang_thai`` column: the statuses, and ``loi`` for a row in error.
_STATUSES = (*(member.value for member in Status), ERROR)


@dataclass(slots=True)
class Summary:
    """Counts by status, the on-time rate, and the lateness distribution of a batch."""

    rows: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    lateness: Counter[str] = field(default_factory=Counter)  # working days late, bucketed
    #: Rows in error, by error code.
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, status: str, late: int, error: ErrorCode | None = None) -> None:
        """Count one output row: its status, working days late, and its error's code if any."""
        if status not in _STATUSES:
            raise fail(InvalidInputError, ErrorCode.NOT_ONE_OF, field="status", value=status,
                       allowed=_STATUSES)
        self._count(status, require_int("late", late, low=0), None if error is None else ErrorCode(error))

    def _count(self, status: str, late: int, error: ErrorCode | None) -> None:
        """:meth:`add` for the batch's own rows, whose values are known good (no checks)."""
        self.rows += 1
        self.by_status[status] += 1
        if status == Status.LATE:
            self.lateness[next((label for limit, label in _BUCKETS if late <= limit), ">10")] += 1
        if error is not None:
            self.errors[error.value] += 1

    @property
    def returned(self) -> int:
        """Dossiers with a result returned."""
        return sum(self.by_status[s] for s in (Status.EARLY, Status.ON_TIME, Status.LATE))

    @property
    def on_time_rate(self) -> float | None:
        """Share of returned dossiers that were not late, in percent (None if none returned)."""
        if not self.returned:
            return None
        return 100 * (self.returned - self.by_status[Status.LATE]) / self.returned

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view, with stable field names."""
        rate = self.on_time_rate
        return {
            "rows": self.rows,
            "by_status": {s: self.by_status[s] for s in (*Status, ERROR)},
            "returned": self.returned,
            "on_time_rate": None if rate is None else round(rate, 2),
            "lateness_working_days": {label: self.lateness[label] for _, label in (*_BUCKETS, (0, ">10"))},
            "errors": dict(sorted(self.errors.items())),
        }

    def to_json(self) -> str:
        """The summary as JSON."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def text(self, lang: object = "vi") -> str:
        """The summary in one line, in ``lang``.

        >>> s = Summary()
        >>> s.add("dung_han", 0)
        >>> print(s.text("en"))
        1 dossiers (truoc_han: 0, dung_han: 1, tre_han: 0, dang_xu_ly: 0, loi: 0); returned on time ...
        """
        rate = self.on_time_rate
        counts = ", ".join(f"{s}: {self.by_status[s]:,}" for s in (*Status, ERROR))
        return say(Text.SUMMARY, rows=f"{self.rows:,}", counts=counts, returned=f"{self.returned:,}",
                   rate="—" if rate is None else f"{rate:.2f}%").text(lang)

    def __str__(self) -> str:
        return self.text()
