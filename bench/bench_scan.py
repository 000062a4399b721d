# SPDX-License-Identifier: Apache-2.0
"""Benchmark: scanning directives for deadlines, against the floor of reading the text once.

The floor is what any scanner must at least do: fold the text (case and diacritics) and find
every deadline word in it with one regular expression. hanchot does that and then reads each
phrase, resolves it on the calendar, and finds who acts and the work.

    python bench/bench_scan.py
"""

from __future__ import annotations

import re
from pathlib import Path

from timing import best

from hanchot.parser import fold
from hanchot.scanner import scan
from hanchot.scanner.findings import STARTS

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted((ROOT / "tests" / "documents").glob("*.txt"))
SIZE = 2_000_000
WORDS = re.compile(r"\b(?:" + "|".join(sorted(STARTS)) + r")\b")


def main() -> int:
    real = "\n\n".join(path.read_text(encoding="utf-8") for path in DOCUMENTS)
    texts = {
        "2 MB of directives (the six test documents, repeated)": (real * (SIZE // len(real) + 1))[:SIZE],
        "2 MB with a deadline every 46 bytes": "Các sở hoàn thành chậm nhất ngày 10/12/2023. " * (SIZE // 46),
        "100 KB of unfinished periods": "trong 0 ngày kể từ " * (100_000 // 19),
        "100 KB of blank lines": "\n" * 100_000,
    }
    for label, text in texts.items():
        found = len(scan(text))
        ours = best(lambda text=text: scan(text))
        floor = best(lambda text=text: sum(1 for _ in WORDS.finditer(fold(text))))
        print(f"{label}: {found:,} deadlines, scan {ours:.2f} s, floor {floor:.3f} s, "
              f"{ours / floor:.0f}× the floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
