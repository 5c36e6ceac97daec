"""The examples in the README and the docs run, and show what the code does."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from pathlib import Path

import pytest

from newsclean import clean, explain

from .conftest import REPO

FENCE = re.compile(r"^```python([^\n]*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
# Every page's Python examples run: the README and every page of the docs site.
RUNNABLE = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
# A block that cannot run everywhere says so on its first line, visibly in the doc:
#   # needs: pyspark            runs only where the module is installed, else skipped
#   # not run: needs a running Dask scheduler    never run here
NEEDS = re.compile(r"\A# needs: ([\w.]+(?:, *[\w.]+)*) *\n")
NOT_RUN = re.compile(r"\A# not run: (.+)\n")


def _blocks() -> list[tuple[str, int, str]]:
    out = []
    for path in RUNNABLE:
        for i, m in enumerate(FENCE.finditer(path.read_text(encoding="utf-8"))):
            out.append((path.name, i, m.group(2)))
    return out


def _skip_reason(code: str) -> str | None:
    if m := NOT_RUN.match(code):
        return f"not run: {m.group(1)}"
    if m := NEEDS.match(code):
        missing = [mod for mod in re.split(r", *", m.group(1)) if importlib.util.find_spec(mod) is None]
        if missing:
            return f"needs {', '.join(missing)} (not installed)"
    return None


def test_examples_are_found() -> None:
    names = {doc for doc, _, _ in _blocks()}
    assert {"README.md", "index.md", "how-it-works.md", "configuration.md", "cookbook.md"} <= names


@pytest.mark.parametrize(("doc", "index", "code"), _blocks(), ids=lambda v: str(v)[:20])
def test_python_example_runs(
    doc: str, index: int, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if (reason := _skip_reason(code)) is not None:
        pytest.skip(f"{doc}[{index}]: {reason}")
    # Run from a scratch copy of the repository's examples, so that files an
    # example writes do not land in the repository.
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    # As a script: `if __name__ == "__main__":` blocks run too.
    exec(compile(code, f"{doc}[{index}]", "exec"), {"__name__": "__main__"})


def test_index_before_and_after_is_true() -> None:
    index = (REPO / "docs" / "index.md").read_text(encoding="utf-8")
    assert '--8<-- "examples/page.txt"' in index
    after = index.split("`newsclean examples/page.txt` prints:", 1)[1]
    shown = after.split("```text\n", 1)[1].split("```", 1)[0].rstrip("\n")
    assert clean((REPO / "examples" / "page.txt").read_text(encoding="utf-8")) == shown


def test_every_doc_page_is_in_the_nav() -> None:
    mkdocs = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = mkdocs.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    listed = set(re.findall(r"^  - [^:#\n]+: ([\w./-]+\.md)$", nav, re.MULTILINE))
    pages = {p.name for p in (REPO / "docs").glob("*.md")}
    assert listed == pages


def test_readme_before_and_after_is_true() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    after = readme.split("`python -m newsclean examples/page.txt`:", 1)[1]
    shown = after.split("```text\n", 1)[1].split("```", 1)[0].rstrip("\n")
    assert clean((REPO / "examples" / "page.txt").read_text(encoding="utf-8")) == shown


def test_worked_example_output_is_true() -> None:
    doc = (REPO / "docs" / "how-it-works.md").read_text(encoding="utf-8")
    shown = doc.split("```text\n")[-1].split("```", 1)[0].rstrip("\n")
    ex = explain((REPO / "examples" / "page.txt").read_text(encoding="utf-8"))
    got = "\n".join(("+" if b.kept else "-") + " " + f"{b.cleaner:<11}" + " " + b.reason for b in ex.blocks)
    assert got == shown


def test_every_doc_named_in_the_readme_exists() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\(((?:docs|examples)/[^)]+)\)", readme):
        assert os.path.exists(REPO / link), link


def test_docs_site_docstring_extension() -> None:
    """tools/griffe_doctests.py (used by mkdocs.yml) does what its examples show."""
    pytest.importorskip("griffe", reason="the docs tools (mkdocstrings) are not installed")
    import doctest
    import importlib.util as iu

    spec = iu.spec_from_file_location("griffe_doctests", REPO / "tools" / "griffe_doctests.py")
    assert spec is not None
    assert spec.loader is not None
    module = iu.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = doctest.testmod(module)
    assert result.attempted >= 2
    assert result.failed == 0
