# SPDX-License-Identifier: Apache-2.0
"""Generate ``src/hanchot/lunar/_table.py``: the Vietnamese lunar calendar, 1899–2100.

The calendar is computed here from first principles, so that the runtime never
does astronomy and the table can be checked:

* new moons from Meeus, *Astronomical Algorithms* (2nd ed.), ch. 49, with all
  periodic and planetary terms;
* the Sun's apparent longitude from the VSOP87 series of Meeus, appendix III
  (truncated), with nutation and aberration (ch. 22, 25);
* ΔT from the Espenak–Meeus polynomials (NASA eclipse site, 2006).

Rules (the same as China's since 1929, applied at Vietnam's meridian):
a month begins on the local day of a new moon; the month holding the winter
solstice is month 11; when 13 new moons begin between two such months, the
first month with no principal term (a multiple of 30° of solar longitude) is
the leap month and repeats the number of the month before it.

Time zone: UTC+7 for lunar years from 1968 (the calendar North Vietnam adopted
on 8 August 1967 and the reunified country kept), UTC+8 before (the Chinese
computation that Vietnam followed until then). See docs/lunar.md.

Run ``python tools/gen_lunar_table.py`` to rewrite the table; the test suite
regenerates it in memory and compares byte for byte.
"""

from __future__ import annotations

import itertools
import math
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

FIRST_YEAR = 1899
LAST_YEAR = 2100
SWITCH_YEAR = 1968  # first lunar year computed for UTC+7
TABLE_PATH = Path(__file__).resolve().parents[1] / "src" / "hanchot" / "lunar" / "_table.py"

_RAD = math.pi / 180.0
_J2000 = 2451545.0


def delta_t_days(year: float) -> float:
    """ΔT = TT − UT in days (Espenak–Meeus polynomials, valid 1900–2150)."""
    y = year
    if y < 1920:
        t = y - 1900
        dt = -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    elif y < 1941:
        t = y - 1920
        dt = 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    elif y < 1961:
        t = y - 1950
        dt = 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    elif y < 1986:
        t = y - 1975
        dt = 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    elif y < 2005:
        t = y - 2000
        dt = (
            63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3
            + 0.000651814 * t**4 + 0.00002373599 * t**5
        )
    elif y < 2050:
        t = y - 2000
        dt = 62.92 + 0.32217 * t + 0.005589 * t**2
    else:
        dt = -20 + 32 * ((y - 1820) / 100) ** 2 - 0.5628 * (2150 - y)
    return dt / 86400.0


def _year_of_jd(jd: float) -> float:
    return 2000.0 + (jd - _J2000) / 365.25


# --- New moon (Meeus ch. 49) -------------------------------------------------

_NEW_MOON_TERMS = (
    # (coefficient, power of E, multiples of (M, M', F, Omega))
    (-0.40720, 0, (0, 1, 0, 0)),
    (0.17241, 1, (1, 0, 0, 0)),
    (0.01608, 0, (0, 2, 0, 0)),
    (0.01039, 0, (0, 0, 2, 0)),
    (0.00739, 1, (-1, 1, 0, 0)),
    (-0.00514, 1, (1, 1, 0, 0)),
    (0.00208, 2, (2, 0, 0, 0)),
    (-0.00111, 0, (0, 1, -2, 0)),
    (-0.00057, 0, (0, 1, 2, 0)),
    (0.00056, 1, (1, 2, 0, 0)),
    (-0.00042, 0, (0, 3, 0, 0)),
    (0.00042, 1, (1, 0, 2, 0)),
    (0.00038, 1, (1, 0, -2, 0)),
    (-0.00024, 1, (-1, 2, 0, 0)),
    (-0.00017, 0, (0, 0, 0, 1)),
    (-0.00007, 0, (2, 1, 0, 0)),
    (0.00004, 0, (0, 2, -2, 0)),
    (0.00004, 0, (3, 0, 0, 0)),
    (0.00003, 0, (1, 1, -2, 0)),
    (0.00003, 0, (0, 2, 2, 0)),
    (-0.00003, 0, (1, 1, 2, 0)),
    (0.00003, 0, (-1, 1, 2, 0)),
    (-0.00002, 0, (-1, 1, -2, 0)),
    (-0.00002, 0, (1, 3, 0, 0)),
    (0.00002, 0, (0, 4, 0, 0)),
)

_PLANETARY = (
    # (coefficient, A0, A per k)
    (0.000325, 299.77, 0.107408),
    (0.000165, 251.88, 0.016321),
    (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478),
    (0.000110, 84.66, 18.206239),
    (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732),
    (0.000056, 154.84, 7.306860),
    (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824),
    (0.000040, 291.34, 1.844379),
    (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099),
    (0.000023, 331.55, 3.592518),
)


def new_moon_ut(k: int) -> float:
    """Julian Day (UT) of new moon number ``k`` (k = 0: 6 January 2000)."""
    t = k / 1236.85
    jde = (
        2451550.09766 + 29.530588861 * k + 0.00015437 * t**2
        - 0.000000150 * t**3 + 0.00000000073 * t**4
    )
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = (2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3) * _RAD
    mp = (
        201.5643 + 385.81693528 * k + 0.0107582 * t**2
        + 0.00001238 * t**3 - 0.000000058 * t**4
    ) * _RAD
    f = (
        160.7108 + 390.67050284 * k - 0.0016118 * t**2
        - 0.00000227 * t**3 + 0.000000011 * t**4
    ) * _RAD
    om = (124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3) * _RAD
    for coef, e_power, (a, b, c, d) in _NEW_MOON_TERMS:
        jde += coef * e**e_power * math.sin(a * m + b * mp + c * f + d * om)
    a1 = (299.77 + 0.107408 * k - 0.009173 * t**2) * _RAD
    jde += _PLANETARY[0][0] * math.sin(a1)
    for coef, a0, per_k in _PLANETARY[1:]:
        jde += coef * math.sin((a0 + per_k * k) * _RAD)
    return jde - delta_t_days(_year_of_jd(jde))


# --- Sun's apparent longitude (VSOP87, Meeus appendix III, truncated) --------

_L0 = (
    (175347046, 0, 0), (3341656, 4.6692568, 6283.0758500), (34894, 4.62610, 12566.15170),
    (3497, 2.7441, 5753.3849), (3418, 2.8289, 3.5231), (3136, 3.6277, 77713.7715),
    (2676, 4.4181, 7860.4194), (2343, 6.1352, 3930.2097), (1324, 0.7425, 11506.7698),
    (1273, 2.0371, 529.6910), (1199, 1.1096, 1577.3435), (990, 5.233, 5884.927),
    (902, 2.045, 26.298), (857, 3.508, 398.149), (780, 1.179, 5223.694),
    (753, 2.533, 5507.553), (505, 4.583, 18849.228), (492, 4.205, 775.523),
    (357, 2.920, 0.067), (317, 5.849, 11790.629), (284, 1.899, 796.298),
    (271, 0.315, 10977.079), (243, 0.345, 5486.778), (206, 4.806, 2544.314),
    (205, 1.869, 5573.143), (202, 2.458, 6069.777), (156, 0.833, 213.299),
    (132, 3.411, 2942.463), (126, 1.083, 20.775), (115, 0.645, 0.980),
    (103, 0.636, 4694.003), (102, 0.976, 15720.839), (102, 4.267, 7.114),
    (99, 6.21, 2146.17), (98, 0.68, 155.42), (86, 5.98, 161000.69),
    (85, 1.30, 6275.96), (85, 3.67, 71430.70), (80, 1.81, 17260.15),
    (79, 3.04, 12036.46), (75, 1.76, 5088.63), (74, 3.50, 3154.69),
    (74, 4.68, 801.82), (70, 0.83, 9437.76), (62, 3.98, 8827.39),
    (61, 1.82, 7084.90), (57, 2.78, 6286.60), (56, 4.39, 14143.50),
    (56, 3.47, 6279.55), (52, 0.19, 12139.55), (52, 1.33, 1748.02),
    (51, 0.28, 5856.48), (49, 0.49, 1194.45), (41, 5.37, 8429.24),
    (41, 2.40, 19651.05), (39, 6.17, 10447.39), (37, 6.04, 10213.29),
    (37, 2.57, 1059.38), (36, 1.71, 2352.87), (36, 1.78, 6812.77),
    (33, 0.59, 17789.85), (30, 0.44, 83996.85), (30, 2.74, 1349.87),
    (25, 3.16, 4690.48),
)
_L1 = (
    (628331966747, 0, 0), (206059, 2.678235, 6283.075850), (4303, 2.6351, 12566.1517),
    (425, 1.590, 3.523), (119, 5.796, 26.298), (109, 2.966, 1577.344),
    (93, 2.59, 18849.23), (72, 1.14, 529.69), (68, 1.87, 398.15),
    (67, 4.41, 5507.55), (59, 2.89, 5223.69), (56, 2.17, 155.42),
    (45, 0.40, 796.30), (36, 0.47, 775.52), (29, 2.65, 7.11),
    (21, 5.34, 0.98), (19, 1.85, 5486.78), (19, 4.97, 213.30),
    (17, 2.99, 6275.96), (16, 0.03, 2544.31), (16, 1.43, 2146.17),
    (15, 1.21, 10977.08), (12, 2.83, 1748.02), (12, 3.26, 5088.63),
    (12, 5.27, 1194.45), (12, 2.08, 4694.00), (11, 0.77, 553.57),
    (10, 1.30, 6286.60), (10, 4.24, 1349.87), (9, 2.70, 242.73),
    (9, 5.64, 951.72), (8, 5.30, 2352.87), (6, 2.65, 9437.76),
    (6, 4.67, 4690.48),
)
_L2 = (
    (52919, 0, 0), (8720, 1.0721, 6283.0758), (309, 0.867, 12566.152),
    (27, 0.05, 3.52), (16, 5.19, 26.30), (16, 3.68, 155.42),
    (10, 0.76, 18849.23), (9, 2.06, 77713.77), (7, 0.83, 775.52),
    (5, 4.66, 1577.34), (4, 1.03, 7.11), (4, 3.44, 5573.14),
    (3, 5.14, 796.30), (3, 6.05, 5507.55), (3, 1.19, 242.73),
    (3, 6.12, 529.69), (3, 0.31, 398.15), (3, 2.28, 553.57),
    (2, 4.38, 5223.69), (2, 3.75, 0.98),
)
_L3 = (
    (289, 5.844, 6283.076), (35, 0, 0), (17, 5.49, 12566.15),
    (3, 5.20, 155.42), (1, 4.72, 3.52), (1, 5.30, 18849.23), (1, 5.97, 242.73),
)
_L4 = ((114, 3.142, 0), (8, 4.13, 6283.08), (1, 3.84, 12566.15))
_L5 = ((1, 3.14, 0),)


def _series(terms: tuple[tuple[float, float, float], ...], tau: float) -> float:
    return sum(a * math.cos(b + c * tau) for a, b, c in terms)


def sun_apparent_longitude(jd_ut: float) -> float:
    """The Sun's apparent geocentric longitude in degrees, [0, 360)."""
    jde = jd_ut + delta_t_days(_year_of_jd(jd_ut))
    tau = (jde - _J2000) / 365250.0
    series = (_L0, _L1, _L2, _L3, _L4, _L5)
    heliocentric = sum(_series(s, tau) * tau**i for i, s in enumerate(series)) / 1e8
    lon = math.degrees(heliocentric) + 180.0  # geocentric
    t = tau * 10.0
    # conversion to FK5 (Meeus 25.9)
    lon -= 0.09033 / 3600.0
    # nutation in longitude (Meeus ch. 22, main terms)
    omega = (125.04452 - 1934.136261 * t) * _RAD
    l_sun = (280.4665 + 36000.7698 * t) * _RAD
    l_moon = (218.3165 + 481267.8813 * t) * _RAD
    nutation = (
        -17.20 * math.sin(omega) - 1.32 * math.sin(2 * l_sun)
        - 0.23 * math.sin(2 * l_moon) + 0.21 * math.sin(2 * omega)
    )
    aberration = -20.4898  # arcseconds, at the mean distance; the error is below 0.4"
    lon += (nutation + aberration) / 3600.0
    return lon % 360.0


def principal_term_ut(jd_guess: float, target_deg: float) -> float:
    """Julian Day (UT) when the Sun's apparent longitude equals ``target_deg``."""
    jd = jd_guess
    for _ in range(20):
        diff = (target_deg - sun_apparent_longitude(jd) + 180.0) % 360.0 - 180.0
        step = diff / 360.0 * 365.2422
        jd += step
        if abs(step) < 1e-7:
            break
    return jd


# --- The calendar ------------------------------------------------------------


def local_day(jd_ut: float, tz_hours: int) -> int:
    """The proleptic Gregorian ordinal of the civil day holding ``jd_ut`` at UTC+tz."""
    return math.floor(jd_ut + 0.5 + tz_hours / 24.0) - 1721425


@dataclass(frozen=True, slots=True)
class LunarMonth:
    start: int  # ordinal of day 1
    year: int
    month: int
    leap: bool


def compute_months(tz_hours: int, first_year: int, last_year: int) -> list[LunarMonth]:
    """Every lunar month whose lunar year lies in [first_year, last_year], at UTC+tz."""
    jd_start = 1721424.5 + date(first_year - 1, 10, 1).toordinal()
    jd_end = 1721424.5 + date(last_year + 2, 3, 1).toordinal()
    k = math.floor((jd_start - 2451550.09766) / 29.530588861) - 1
    starts: list[int] = []
    while True:
        jd = new_moon_ut(k)
        if jd > jd_end:
            break
        if jd >= jd_start - 40:
            starts.append(local_day(jd, tz_hours))
        k += 1
    # principal terms: the day each multiple of 30° begins, with its index 0..11
    terms: list[tuple[int, int]] = []
    for year in range(first_year - 1, last_year + 3):
        for index in range(12):
            # longitude 30*index is reached about 20 March + index months
            guess = 1721424.5 + date(year, 3, 20).toordinal() + index * 30.44
            terms.append((local_day(principal_term_ut(guess, 30.0 * index), tz_hours), index))
    terms.sort()

    def terms_in(month_index: int) -> list[int]:
        lo, hi = starts[month_index], starts[month_index + 1]
        return [i for day, i in terms if lo <= day < hi]

    # months holding the winter solstice (270° = term index 9) are month 11
    elevens = [i for i in range(len(starts) - 1) if 9 in terms_in(i)]
    numbered: dict[int, tuple[int, bool]] = {}
    for a, b in itertools.pairwise(elevens):
        leap_at = -1
        if b - a == 13:
            leap_at = next(i for i in range(a + 1, b) if not terms_in(i))
        number = 10  # the number of the last regular month seen
        for i in range(a, b):
            if i == leap_at:
                numbered[i] = (number, True)  # a leap month repeats the month before
            else:
                number = number % 12 + 1
                numbered[i] = (number, False)
    months: list[LunarMonth] = []
    for i in sorted(numbered):
        number, leap = numbered[i]
        lunar_year = date.fromordinal(starts[i]).year
        if number >= 11 and date.fromordinal(starts[i]).month <= 3:
            lunar_year -= 1  # month 11 or 12 that began in January/February
        if first_year <= lunar_year <= last_year:
            months.append(LunarMonth(starts[i], lunar_year, number, leap))
    return months


def vietnamese_months() -> tuple[list[LunarMonth], int]:
    """The official Vietnamese month sequence, and the ordinal after its last day."""
    before = [m for m in compute_months(8, FIRST_YEAR, SWITCH_YEAR) if m.year < SWITCH_YEAR]
    after_all = compute_months(7, SWITCH_YEAR, LAST_YEAR + 1)
    after = [m for m in after_all if m.year <= LAST_YEAR]
    end = next(m.start for m in after_all if m.year == LAST_YEAR + 1)
    return before + after, end


def render_table() -> str:
    """The text of ``_table.py``."""
    months, end = vietnamese_months()
    rows: list[str] = []
    by_year: dict[int, list[LunarMonth]] = {}
    for m in months:
        by_year.setdefault(m.year, []).append(m)
    bounds = [m.start for m in months] + [end]
    lengths = {m.start: bounds[i + 1] - m.start for i, m in enumerate(months)}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        ms = by_year[year]
        if [m.month for m in ms if not m.leap] != list(range(1, 13)):
            raise AssertionError(f"lunar year {year} is malformed: {ms}")
        leap = next((m.month for m in ms if m.leap), 0)
        mask = 0
        for bit, m in enumerate(ms):
            if lengths[m.start] not in (29, 30):
                raise AssertionError(f"month of {lengths[m.start]} days in {year}: {m}")
            if lengths[m.start] == 30:
                mask |= 1 << bit
        rows.append(f"    ({ms[0].start}, {leap}, 0x{mask:04x}),  # {year}")
    return (
        "# SPDX-License-Identifier: Apache-2.0\n"
        "# Generated by tools/gen_lunar_table.py: do not edit; run it again instead.\n"
        '"""The Vietnamese lunar calendar as a table, one row per lunar year.\n\n'
        "Each row: (proleptic Gregorian ordinal of Tết, the leap month or 0, a bit\n"
        "mask of month lengths in order, leap month included: bit i set = 30 days).\n"
        '"""\n\n'
        f"FIRST_YEAR = {FIRST_YEAR}\n"
        f"LAST_YEAR = {LAST_YEAR}\n"
        f"END_ORDINAL = {end}  # the day after the last day of lunar year {LAST_YEAR}\n\n"
        "YEARS: tuple[tuple[int, int, int], ...] = (\n" + "\n".join(rows) + "\n)\n"
    )


def main() -> int:
    text = render_table()
    if "--check" in sys.argv[1:]:
        return 0 if TABLE_PATH.read_text(encoding="utf-8") == text else 1
    TABLE_PATH.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
