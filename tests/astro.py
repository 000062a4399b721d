# SPDX-License-Identifier: Apache-2.0
"""An independent lunisolar calendar built on PyEphem (VSOP87 and ELP2000 in C).

It shares no code with tools/gen_lunar_table.py: new moons come from
``ephem.next_new_moon``, the solar terms from the Sun's apparent ecliptic
longitude of date found by bisection, and the month rules are written again
from their statement (month 11 holds the December solstice; in a 13-month
year the first month without a principal term is leap).
"""

from __future__ import annotations

import itertools
import math
from datetime import date, timedelta
from functools import cache

import ephem

_DUBLIN = date(1899, 12, 31)  # ephem's day 0 is noon 1899-12-31


def _local_date(when: float, tz: int) -> date:
    return _DUBLIN + timedelta(days=math.floor(when + 0.5 + tz / 24))


def _sun_longitude(when: float) -> float:
    sun = ephem.Sun()
    sun.compute(ephem.Date(when))
    equatorial = ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=ephem.Date(when))
    return math.degrees(float(ephem.Ecliptic(equatorial, epoch=ephem.Date(when)).lon))


def _crossing(lo: float, hi: float, target: float) -> float:
    def ahead(t: float) -> float:
        return (_sun_longitude(t) - target + 180) % 360 - 180

    for _ in range(40):
        mid = (lo + hi) / 2
        if ahead(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


@cache
def months(tz: int, first_year: int, last_year: int) -> tuple[tuple[date, int, int, bool], ...]:
    """(first day, lunar year, month, leap) of each month, computed at UTC+tz."""
    start = ephem.Date(f"{first_year - 1}/9/1")
    end = ephem.Date(f"{last_year + 1}/3/1")
    starts: list[date] = []
    when = ephem.next_new_moon(start)
    while when < end:
        starts.append(_local_date(float(when), tz))
        when = ephem.next_new_moon(ephem.Date(when + 1))
    terms: list[tuple[date, int]] = []  # (local day, longitude / 30)
    step = 1.0
    t = float(start)
    previous = _sun_longitude(t)
    while t < float(end):
        nxt = _sun_longitude(t + step)
        if math.floor(nxt / 30) != math.floor(previous / 30) or nxt < previous:
            target = 30.0 * (math.floor(nxt / 30) % 12)
            moment = _crossing(t, t + step, target)
            terms.append((_local_date(moment, tz), round(target / 30) % 12))
        t += step
        previous = nxt
    out: list[tuple[date, int, int, bool]] = []
    holds = [
        {index for day, index in terms if starts[i] <= day < starts[i + 1]}
        for i in range(len(starts) - 1)
    ]
    elevens = [i for i, held in enumerate(holds) if 9 in held]  # 270° = index 9
    for a, b in itertools.pairwise(elevens):
        leap = next((i for i in range(a + 1, b) if not holds[i]), None) if b - a == 13 else None
        number = 10
        for i in range(a, b):
            is_leap = i == leap
            if not is_leap:
                number = number % 12 + 1
            year = starts[i].year - (1 if number >= 11 and starts[i].month <= 6 else 0)
            if first_year <= year <= last_year:
                out.append((starts[i], year, number, is_leap))
    return tuple(out)


def vietnamese_months(
    first_year: int, last_year: int, switch: int = 1968
) -> list[tuple[date, int, int, bool]]:
    """Lunar years before ``switch`` at UTC+8, from ``switch`` on at UTC+7."""
    before = [m for m in months(8, first_year, switch) if m[1] < switch]
    after = [m for m in months(7, switch, last_year + 1) if switch <= m[1] <= last_year]
    return before + after
