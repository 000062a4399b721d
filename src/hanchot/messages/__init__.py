# SPDX-License-Identifier: Apache-2.0
"""Every text for people in one catalogue, keyed by code, in Vietnamese (first) and English.

>>> from hanchot.errors import ErrorCode
>>> say(ErrorCode.CELL_EMPTY, field="ma_ho_so").text("en")
'ma_ho_so: empty (required)'
"""

from hanchot.messages.core import (
    Lang,
    Message,
    Text,
    fail,
    key_of,
    lang_of,
    os_reason,
    renamed,
    say,
    shown,
    weekday,
)

__all__ = ["Lang", "Message", "Text", "fail", "key_of", "lang_of", "os_reason", "renamed", "say", "shown",
           "weekday"]
