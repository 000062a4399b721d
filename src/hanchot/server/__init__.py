# SPDX-License-Identifier: Apache-2.0
"""The HTTP service (the ``server`` extra: FastAPI and uvicorn): ``hanchot.server.app.create_app()``,
or ``hanchot serve`` from the command line. docs/server.md lists its addresses.

Importing this package loads nothing heavy; :mod:`hanchot.server.app` loads FastAPI.
"""

__all__: list[str] = []
