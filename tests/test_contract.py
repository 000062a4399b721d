# SPDX-License-Identifier: Apache-2.0
"""Nothing but our errors: every public function, constructor and method, given anything.

The public API is every name in the ``__all__`` of every public module (no leading
underscore), and the public methods and properties of the public classes. Each is
called with arbitrary values of arbitrary types (huge and negative numbers, ``date.max``,
5,000-digit strings, surrogates, nested containers, objects of no known kind) mixed with
plausible ones, so that the calls reach past the first check. Whatever happens, the only
exception that may leave is a ``HanchotError``; those about input are ``ValueError``s,
carry a code, and say so in both languages without Python's own words.
"""

from __future__ import annotations

import importlib
import inspect
import io
import itertools
import os
import pkgutil
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hanchot
from hanchot import rules
from hanchot.batch import Summary
from hanchot.data import load_statutes
from hanchot.dossier import Dossier, Leg, assess
from hanchot.errors import DependencyError, HanchotError
from hanchot.lunar import LunarDate

# -- the public API ------------------------------------------------------------------------

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(hanchot.__path__, prefix="hanchot.")
    if not any(part.startswith("_") for part in info.name.split("."))
)


def _public() -> dict[str, Any]:
    """Every public object once, by the first name it is reached under."""
    found: dict[str, Any] = {}
    seen: set[int] = set()
    for name in ["hanchot", *MODULES]:
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            if id(obj) in seen or inspect.ismodule(obj):
                continue
            seen.add(id(obj))
            found[f"{name}.{attr}"] = obj
    return found


PUBLIC = _public()

# -- values of every kind ------------------------------------------------------------------

HUGE = 10 ** 5000  # too long for str(): drawn through a map, so that Hypothesis never has to print it
WEIRD = [None, True, 0, -1, 2 ** 63, -(2 ** 63) - 1, 1.5, float("nan"), float("inf"), 1j,
         "", " ", "x", "9" * 5000, "\udcff", "\x00", "05 ngày làm việc", "2026-02-30", "30/02/2026",
         "civil_service", "vi", "en", b"\xff\xfe", date.min, date.max, datetime.min, datetime.max,
         datetime(2026, 3, 6, 16, 0, tzinfo=UTC), time(25 % 24, 0, tzinfo=timezone(timedelta(hours=7))),
         timedelta(days=1), object(), [], {}, (), frozenset({5, 6}), [None], {"a": object()}, range(10 ** 9),
         io.StringIO("x"), Path("."), ValueError("x"), int, print]

huge = st.sampled_from([1, -1]).map(lambda sign: sign * HUGE)
atoms = st.one_of(
    st.sampled_from(WEIRD), huge, st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
    st.binary(max_size=10), st.dates(), st.datetimes(), st.times(),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=-12))])),
)
anything = st.recursive(atoms, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.tuples(inner, inner),
    st.dictionaries(st.one_of(st.text(max_size=5), st.dates()), inner, max_size=3)), max_leaves=6)

# plausible values for parameters with these names, so that a call gets past its first check
good_dates = st.one_of(st.dates(date(1999, 6, 1), date(2101, 6, 1)), st.sampled_from([date.min, date.max]))
good_moments = st.one_of(good_dates, st.datetimes(datetime(1999, 6, 1), datetime(2101, 6, 1)))
phrases = st.one_of(
    st.sampled_from(["05 ngày làm việc", "15 ngày", "chậm nhất ngày 10/12/2023", "trước ngày 30/6/2024",
                     "trong quý III", "hết năm 9999", "trong ngày", "04 giờ làm việc", "hằng tháng",
                     "chậm nhất ngày 29 tháng Chạp", "3650 ngày làm việc", "100 năm", "giữa năm 2100",
                     "trước ngày 25 hằng tháng", "mùng 6 tháng Giêng năm 2100"]),
    st.lists(st.sampled_from(["trong", "05", "ngày", "làm việc", "tháng", "năm", "2100", "9999", "quý",
                              "chậm nhất", "trước", "hằng", "12", "31/12", "kể từ", "x"]), max_size=6)
    .map(" ".join))
calendars = st.sampled_from([None, hanchot.calendar(), hanchot.calendar("labor_code", strict=True)])
PLAUSIBLE: dict[str, st.SearchStrategy[Any]] = {
    **dict.fromkeys(["d", "a", "b", "day", "accepted", "new_date", "issued", "as_of", "start_day"],
                    good_dates),
    **dict.fromkeys(["start", "accepted_at", "submitted_at", "completed_at", "returned_at", "submitted",
                     "value", "moment"], good_moments),
    **dict.fromkeys(["n", "minutes", "late_days", "working_days", "total"],
                    st.integers(-40000, 40000) | huge),
    **dict.fromkeys(["year", "month", "number"], st.integers(-5, 10000)),
    **dict.fromkeys(["phrase", "phrase_or_rule", "time_limit", "text", "folded"], phrases),
    **dict.fromkeys(["calendar", "cal"], calendars),
    "lang": st.sampled_from(["vi", "en", "fr", None]),
    "sessions": st.sampled_from([((time(8), time(12)),), ((time(12), time(8)),), (), "08-12"]),
    "cutoff": st.sampled_from([time(15), time(15, tzinfo=UTC), "15:00"]),
    "weekend": st.sampled_from([(5, 6), {6}, range(7), {9}, (True,), 5, "56"]),
    "starts": st.lists(good_dates, max_size=4),
    "records": st.lists(st.dictionaries(
        st.sampled_from(["ma_ho_so", "ngay_nhan", "thoi_han", "ngay_tra"]),
        st.one_of(phrases, st.sampled_from(["2026-02-11", "2101-01-01"]), anything), max_size=4), max_size=3),
    "events": st.one_of(st.dictionaries(st.text(max_size=8), good_dates, max_size=2), anything),
}
# never a path chosen at random: files are written and read only under the test's own folder
FILES = ["src", "dst", "summary_json", "path", "directory", "data_dir", "paths", "files", "ics"]


def _closed(text: str) -> io.StringIO:
    """A stream its owner has already closed."""
    stream = io.StringIO(text)
    stream.close()
    return stream


def _file_values(folder: Path) -> st.SearchStrategy[Any]:
    (folder / "in.csv").write_text("ma_ho_so,ngay_nhan,thoi_han\nA,2026-02-11,05 ngày làm việc\n",
                                   encoding="utf-8")
    (folder / "utf16.csv").write_bytes("ma_ho_so\n".encode("utf-16"))
    (folder / "2030.toml").write_text("year = 2030\nannounced = []\n", encoding="utf-8")
    names = ["in.csv", "utf16.csv", "2030.toml", "missing.csv", "sub/x.csv", "out.csv", "."]
    return st.one_of(st.sampled_from([folder / name for name in names]),
                     st.sampled_from([str(folder / name) for name in names]),
                     st.builds(io.StringIO, st.text(max_size=60)),
                     st.builds(io.BytesIO, st.binary(max_size=60)),
                     st.builds(_closed, st.text(max_size=10)), st.lists(st.sampled_from(
                         [folder / "2030.toml", folder / "missing.toml"]), max_size=2),
                     st.sampled_from([None, 5, b"x", [], object()]))


def _argument(name: str, folder: Path) -> st.SearchStrategy[Any]:
    if name in FILES:
        return _file_values(folder)
    return st.one_of(PLAUSIBLE[name], anything) if name in PLAUSIBLE else anything


# -- instances whose methods are called ------------------------------------------------------

def _instances() -> list[Any]:
    cal = hanchot.calendar()
    deadline = hanchot.due("chậm nhất ngày 10/12/2023", date(2023, 10, 17))
    dossier = Dossier("HS", date(2026, 3, 2), "05 ngày làm việc")
    error = None
    try:
        hanchot.parse("xin chào")
    except HanchotError as caught:
        error = caught
    return [cal, cal.coverage, cal.tables, cal.day(date(2026, 2, 17)), cal.day(date(2030, 2, 4)),
            LunarDate(2026, 1, 1), rules.DayRef(10, 12), rules.Period(rules.PeriodKind.QUARTER, None, 3),
            rules.PeriodPoint(rules.Point.MIDDLE, rules.Period(rules.PeriodKind.YEAR, 2024)),
            rules.WorkingDays(5), rules.Recurring(rules.Frequency.MONTHLY, 25, before=True),
            deadline, deadline.warnings[0], dossier, assess(dossier, as_of=date(2026, 3, 12)), Summary(),
            Leg("UBND xã", 3), load_statutes(), cal.day(date(2026, 2, 17)).source, error,
            hanchot.Status.LATE, hanchot.DayKind.HOLIDAY, rules.Point.END, rules.Frequency.YEARLY,
            hanchot.scan("Hoàn thành chậm nhất ngày 10/12/2023.")[0]]


def _methods(instance: Any) -> Iterator[tuple[str, Callable[..., Any] | None]]:
    """(name, bound method) of each public method; (name, None) for a property."""
    for name, attr in inspect.getmembers(type(instance)):
        if name.startswith("_") and name not in ("__str__", "__repr__", "_repr_html_"):
            continue
        if isinstance(attr, property):
            yield name, None
        elif inspect.isfunction(attr) or (inspect.ismethoddescriptor(attr) and name.startswith("__")):
            yield name, getattr(instance, name)


def _targets() -> list[tuple[str, Callable[..., Any] | None, Any]]:
    targets: list[tuple[str, Callable[..., Any] | None, Any]] = []
    for name, obj in PUBLIC.items():
        if callable(obj):  # functions, and classes: constructors (errors constructed, never raised here)
            targets.append((name, obj, None))
    for instance in _instances():
        for method, bound in _methods(instance):
            targets.append((f"{type(instance).__name__}.{method}", bound, instance))
    return targets


TARGETS = _targets()
#: Examples per call; HANCHOT_FUZZ_EXAMPLES=2000 for a long local run.
EXAMPLES = int(os.environ.get("HANCHOT_FUZZ_EXAMPLES", "60"))
#: Calls that build a calendar's tables (about 0.1 s each): fewer examples, same variety.
SLOW = ("calendar", "Calendar", "replace", "check", "to_holidays", "to_numpy")


def _parameters(target: Callable[..., Any]) -> list[inspect.Parameter]:
    try:
        return list(inspect.signature(target).parameters.values())
    except (TypeError, ValueError):  # a builtin without a signature: called with no arguments
        return []


def _call(target: Callable[..., Any], data: st.DataObject, folder: Path) -> Any:
    if inspect.isclass(target) and issubclass(target, Enum):  # a member by its value (not the functional API)
        members = [m.value for m in target]
        return target(data.draw(st.one_of(st.sampled_from(members), anything) if members else anything))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in _parameters(target):
        if parameter.kind is parameter.VAR_POSITIONAL:
            continue
        if parameter.kind is parameter.VAR_KEYWORD:
            extra = data.draw(st.dictionaries(st.sampled_from(["roll", "before", "period_end", "year_context",
                                                               "rol", "lang", "code"]), anything, max_size=2))
            kwargs.update({k: v for k, v in extra.items() if k not in kwargs})
            continue
        if parameter.default is not parameter.empty and data.draw(st.booleans()):
            continue  # leave the default
        value = data.draw(_argument(parameter.name, folder), label=parameter.name)
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    result = target(*args, **kwargs)
    if isinstance(result, Iterator):  # a generator does its work when read
        result = list(itertools.islice(result, 50))
    return result


PYTHON_WORDS = re.compile(r"Traceback|NoneType|\bint\(\)|unpack|datetime\.date\(|datetime\.datetime\(|"
                          r"object at 0x|<class |\bstr\b is|KeyError|TypeError|AttributeError|"
                          r"(?<!')<\?>(?!')|add_working_days\(|working_days_between\(|I/O operation")


def _check(error: HanchotError) -> None:
    assert error.code is not None, repr(error)
    assert isinstance(error, ValueError | DependencyError), repr(error)
    for lang in ("vi", "en"):
        text = error.message(lang)
        assert text and not PYTHON_WORDS.search(text), text


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of the test's own, and the working directory: files a call writes land here."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("name", "target", "instance"), TARGETS, ids=[t[0] for t in TARGETS])
def test_nothing_but_our_errors(name: str, target: Callable[..., Any] | None, instance: Any, folder: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    if target is None:  # a property
        getattr(instance, name.rsplit(".", 1)[1])
        return
    examples = EXAMPLES // 4 if any(word in name for word in SLOW) else EXAMPLES

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.function_scoped_fixture])
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        try:
            _call(target, data, folder)
        except HanchotError as error:
            _check(error)
        capsys.readouterr()  # what the command line printed

    run()


def test_the_api_is_what_the_issue_names() -> None:
    """The verbs are functions; no function shadows a sub-package; every error is in hanchot.errors."""
    for verb in ("calendar", "due", "parse", "scan", "assess"):
        assert inspect.isfunction(getattr(hanchot, verb)), verb
    assert inspect.isfunction(hanchot.batch.process_csv)
    packages = {info.name for info in pkgutil.iter_modules(hanchot.__path__)}
    assert not {name for name in dir(hanchot) if inspect.isfunction(getattr(hanchot, name))} & packages
    errors = importlib.import_module("hanchot.errors")
    for name, obj in PUBLIC.items():
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            assert getattr(errors, obj.__name__) is obj, name
    assert len(TARGETS) > 150  # the whole API, not a sample
