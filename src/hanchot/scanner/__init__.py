# SPDX-License-Identifier: Apache-2.0
"""Deadlines in documents: every deadline of a directive, with who must act, the work, and when.

:func:`scan` reads a text (:mod:`~hanchot.scanner.findings`), finding who and what in
its items and clauses (:mod:`~hanchot.scanner.clauses`); :mod:`~hanchot.scanner.export`
writes the follow-up list as a table or a calendar file.

>>> [(f.who, f.due_date) for f in scan("Sở Nội vụ báo cáo chậm nhất ngày 10/12/2023.")]
[('Sở Nội vụ', datetime.date(2023, 12, 11))]
"""

from hanchot.scanner.findings import FOLLOW_UP, Basis, Finding, Urgency, issue_date, scan

__all__ = ["FOLLOW_UP", "Basis", "Finding", "Urgency", "issue_date", "scan"]
