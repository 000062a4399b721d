# SPDX-License-Identifier: Apache-2.0
"""The small HTML that notebooks show for hanchot's values: a table of labelled values."""

from __future__ import annotations

import html
from collections.abc import Iterable

from hanchot.messages.core import Message

__all__: list[str] = []  # plumbing for the rooms' notebook views (re-exported by hanchot.messages as such)


def table_html(rows: Iterable[tuple[Message, str]], caption: str = "") -> str:
    """A two-column table: each label (in Vietnamese) and its value, both escaped.

    >>> from hanchot.messages import Text, say
    >>> print(table_html([(say(Text.HTML_DUE), "Thứ Tư")], caption="HS <1>").replace("<tr>", "\\n<tr>"))
    <table><caption>HS &lt;1&gt;</caption>
    <tr><th style='text-align:left'>Hạn</th><td style='text-align:left'>Thứ Tư</td></tr></table>
    """
    body = "".join(f"<tr><th style='text-align:left'>{html.escape(label.text('vi'))}</th>"
                   f"<td style='text-align:left'>{html.escape(value)}</td></tr>" for label, value in rows)
    head = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f"<table>{head}{body}</table>"
