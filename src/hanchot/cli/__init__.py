# SPDX-License-Identifier: Apache-2.0
"""``hanchot``: the clerk's command line, in Vietnamese (``--lang en`` for English).

Commands: ``han`` (due), ``lich`` (calendar), ``ngay`` (day), ``dem`` (count), ``hoso``
(batch), ``quet`` (scan) and, for maintainers, ``dulieu`` (data). Exit codes: 0 done;
1 a failed check (``ngay``: the day is not a working day; ``hoso``: some rows could not be
computed; ``dulieu``: a file is malformed); 2 bad usage or input.

>>> main(["han", "05 ngày làm việc", "--tu", "11/02/2026"])  # doctest: +ELLIPSIS
Hạn: Thứ Tư 25/02/2026
...
0
"""

from hanchot.cli.app import main

__all__ = ["main"]
