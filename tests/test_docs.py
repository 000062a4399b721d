# SPDX-License-Identifier: Apache-2.0
"""Every example runs: the docstrings of the installed package, the README and docs/*.md."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import hanchot

ROOT = Path(__file__).resolve().parents[1]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(hanchot.__path__, prefix="hanchot.")
    if not info.name.endswith(("._table", "__main__"))
)
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("name", ["hanchot", *MODULES])
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS)
    assert result.failed == 0


def test_every_public_function_has_an_example() -> None:
    """STYLE 9: a one-line summary and an example that runs."""
    finder = doctest.DocTestFinder()
    missing = []
    for name in ["hanchot", *MODULES]:
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", []):
            obj = getattr(module, attr)
            if not callable(obj) or getattr(obj, "__module__", "") != name:
                continue
            if not (obj.__doc__ or "").strip():
                missing.append(f"{name}.{attr}: no docstring")
            elif isinstance(obj, type):
                continue
            elif not any(t.examples for t in finder.find(obj, attr, module=module)):
                missing.append(f"{name}.{attr}: no example")
    assert not missing


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_examples_run(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, page.name, str(page), 0)
    if page.name == "README.md":
        assert test.examples, "the README's examples are gone"
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    assert runner.failures == 0


def test_the_site_builds_without_warnings(tmp_path: Path) -> None:
    """MkDocs, strict: a broken link or a page missing from the navigation fails the build."""
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr
    assert (tmp_path / "site" / "deadlines" / "index.html").exists()
    reference = (tmp_path / "site" / "reference" / "index.html").read_text(encoding="utf-8")
    # generated from the docstrings: each public name has its entry, its examples shown as code
    for name in ["hanchot.Calendar.add_working_days", "hanchot.due", "hanchot.errors.PhraseError",
                 "hanchot.pandas.HanchotAccessor.due", "hanchot.server.app.create_app"]:
        assert f'id="{name}"' in reference, name
    assert '<code class="language-pycon">&gt;&gt;&gt; cal = calendar()' in reference
    assert "<blockquote>" not in reference  # a doctest left to Markdown reads as nested quotes


def test_the_reference_extension_fences_doctests() -> None:
    """tools/griffe_doctests.py, which the site's build imports by path, keeps its own example true."""
    spec = importlib.util.spec_from_file_location("griffe_doctests", ROOT / "tools" / "griffe_doctests.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert doctest.testmod(module, optionflags=FLAGS).attempted > 0
    assert doctest.testmod(module, optionflags=FLAGS).failed == 0


def test_every_convention_cited_is_defined_on_the_conventions_page() -> None:
    """An explanation cites a convention by number and name; docs/conventions.md defines each, under the
    same number and names, with a stable anchor; the catalogue never cites a bare number."""
    import re  # noqa: PLC0415

    from hanchot.messages.catalogue import CATALOGUE  # noqa: PLC0415
    from hanchot.messages.conventions import NAMES  # noqa: PLC0415

    page = (ROOT / "docs" / "conventions.md").read_text(encoding="utf-8")
    defined = {int(n): (vi, en) for n, vi, en in
               re.findall(r"^## (\d+)\. (.+) — (.+) \{#quy-uoc-\1\}$", page, flags=re.MULTILINE)}
    assert defined == NAMES
    texts = [text for pair in CATALOGUE.values() for text in pair]
    cited_vi = {int(n) for text in texts for n in re.findall(r"quy ước (\d+) «", text)}
    cited_en = {int(n) for text in texts for n in re.findall(r"conventions? (\d+) “", text)}
    assert cited_vi and cited_vi == cited_en and cited_vi <= set(defined)
    bare = [text for text in texts if re.search(r"quy ước \d+(?!\d)(?! «)|convention \d+(?!\d)(?! “)", text)]
    assert not bare  # every citation carries its name


def test_the_readme_example_runs_and_ends_quietly_into_head() -> None:
    """The README's first command runs examples/quickstart.py; piped into `head`, whose reader leaves before
    it has written, it ends without a traceback."""
    script = ROOT / "examples" / "quickstart.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "is due 25/02/2026" in done.stdout, done.stderr
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # gone before the script has written a line
    with child.stderr:
        err = child.stderr.read().decode("utf-8")
    assert child.wait(timeout=60) == 0 and err == "", err
