# SPDX-License-Identifier: Apache-2.0
"""``hanchot quet … -o FILE``: the follow-up list as a CSV or Excel table, or as a calendar file.

The kind follows the name: ``.csv`` (UTF-8 with a mark, so that Excel opens it right),
``.xlsx`` (needs the ``excel`` extra) or ``.ics``; any other name is refused (a slip of the
keyboard must not overwrite a document); ``-`` writes CSV to the standard output. A file
is written whole or not at all (a temporary file, then a rename), never over the document
it was read from, and cells a spreadsheet would take for a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from hanchot.batch.cells import safe
from hanchot.batch.readers import _openpyxl
from hanchot.batch.writers import same_file, write_whole
from hanchot.errors import ErrorCode, InvalidInputError, UsageError
from hanchot.messages import Lang, fail
from hanchot.scanner import Finding
from hanchot.scanner.export import heading, rows, to_ics

__all__: list[str] = []  # serves the quet command alone


def save(output: str, found: Sequence[Finding], lang: Lang, source: str) -> None:
    """Write the follow-up list to ``output`` (a path, or ``-``); ``source`` is the document's path."""
    if output == "-":
        sys.stdout.write(_csv(found, lang))
        sys.stdout.flush()
        return
    path = Path(output)
    if source != "-" and same_file(path, Path(source)):
        raise fail(InvalidInputError, ErrorCode.FILE_IS_INPUT, field="-o", value=output, other=source)
    kind = path.suffix.lower()
    if kind not in (".csv", ".xlsx", ".ics"):  # "-o van-ban-khac.txt" would overwrite a document
        raise fail(UsageError, ErrorCode.USAGE_OUTPUT_KIND, field="-o", value=output)
    data = (to_ics(found, lang=lang).encode("utf-8") if kind == ".ics"
            else _xlsx(found, lang) if kind == ".xlsx"
            else ("\ufeff" + _csv(found, lang)).encode("utf-8"))
    write_whole(path, data, "-o")


def _csv(found: Sequence[Finding], lang: Lang) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(heading(lang))
    writer.writerows([[safe(cell) for cell in row] for row in rows(found, lang)])
    return out.getvalue()


def _xlsx(found: Sequence[Finding], lang: Lang) -> bytes:
    book = _openpyxl().Workbook()
    sheet = book.active
    sheet.title = "hanchot"
    sheet.append(heading(lang))
    for row in rows(found, lang):
        sheet.append([safe(cell) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
