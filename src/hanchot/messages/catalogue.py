# SPDX-License-Identifier: Apache-2.0
"""The one message catalogue: every text hanchot shows a person, by key, in Vietnamese and English.

A key is a code's enum name and value (``ErrorCode.not_a_date``); each entry is
(Vietnamese, English) with the same ``{fields}``. The texts are grouped by room in
the ``text_*`` modules; this module puts them together.

>>> CATALOGUE["ErrorCode.cell_empty"]
('{field}: ô này bỏ trống nhưng bắt buộc phải ghi', '{field}: the cell is empty but required')
"""

from __future__ import annotations

from hanchot.messages.text_cli import CLI
from hanchot.messages.text_data import DATA
from hanchot.messages.text_deadline import DEADLINE
from hanchot.messages.text_dossier import DOSSIER
from hanchot.messages.text_errors import ERRORS
from hanchot.messages.text_scan import SCAN
from hanchot.messages.text_shared import ICS, KINDS, MONTHS, TEXTS, WEEKDAYS

__all__ = ["CATALOGUE", "MONTHS", "WEEKDAYS"]

CATALOGUE: dict[str, tuple[str, str]] = {**ERRORS, **DATA, **TEXTS, **KINDS, **DEADLINE, **DOSSIER, **CLI,
                                         **ICS, **SCAN}
