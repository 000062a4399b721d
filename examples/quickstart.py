# SPDX-License-Identifier: Apache-2.0
"""A first look at hanchot: the 2026 days off, and a deadline counted in working days."""

import os
import sys
from datetime import date

import hanchot


def main() -> None:
    cal = hanchot.calendar()  # Vietnam's civil service, official notices
    print(f"Coverage: {cal.coverage.text('en')}\n")
    print("Days off, swaps and make-up days in 2026:")
    for info in cal.holidays(2026):
        print(f"  {info.text('en')}")
    received = date(2026, 2, 11)
    due = cal.add_working_days(received, 5)
    print(f"\nA dossier accepted on {received:%d/%m/%Y} with '05 ngày làm việc' is due {due:%d/%m/%Y}.")
    lunar = hanchot.lunar.to_lunar(date(2026, 4, 26))
    print(f"26/04/2026 is {lunar} (Giỗ Tổ Hùng Vương).")


if __name__ == "__main__":
    try:
        main()
        sys.stdout.flush()
    except BrokenPipeError:  # `python examples/quickstart.py | head`: the reader has gone, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
