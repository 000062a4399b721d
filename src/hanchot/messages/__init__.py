# SPDX-License-Identifier: Apache-2.0
"""Every text for people in one catalogue, keyed by code, in Vietnamese (first) and English.

>>> from hanchot.errors import ErrorCode
>>> say(ErrorCode.CELL_EMPTY, field="ma_ho_so").text("en")
'ma_ho_so: the cell is empty but required'
"""

from hanchot.messages.core import (
    Lang,
    Message,
    Text,
    kind_of,
    lang_of,
    say,
    shown,
    weekday,
)
from hanchot.messages.core import (
    bare as bare,
)
from hanchot.messages.core import (
    fail as fail,
)
from hanchot.messages.core import (
    key_of as key_of,
)
from hanchot.messages.core import (
    os_reason as os_reason,
)
from hanchot.messages.core import (
    renamed as renamed,
)
from hanchot.messages.html import table_html as table_html

# bare, fail, renamed, os_reason, key_of and table_html are the rooms' plumbing: importable, not public API
__all__ = ["Lang", "Message", "Text", "kind_of", "lang_of", "say", "shown", "weekday"]
