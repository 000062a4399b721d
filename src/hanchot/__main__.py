# SPDX-License-Identifier: Apache-2.0
"""``python -m hanchot``: the same command line as ``hanchot``."""

from hanchot.cli import main

raise SystemExit(main())
