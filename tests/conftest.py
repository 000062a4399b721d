# SPDX-License-Identifier: Apache-2.0
"""Shared settings: Hypothesis runs derandomised in CI so a red run can be replayed."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
