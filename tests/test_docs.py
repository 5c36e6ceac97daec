"""The examples in the README and the docs run, and show what the code does."""

from __future__ import annotations

import os
import re

import pytest

from newsclean import clean, explain

from .conftest import REPO

FENCE = re.compile(r"```python\n(.*?)```", re.DOTALL)
RUNNABLE = [REPO / "README.md", REPO / "docs" / "how-it-works.md", REPO / "docs" / "configuration.md"]


def _blocks() -> list[tuple[str, int, str]]:
    out = []
    for path in RUNNABLE:
        for i, m in enumerate(FENCE.finditer(path.read_text(encoding="utf-8"))):
            out.append((path.name, i, m.group(1)))
    return out


@pytest.mark.parametrize(("doc", "index", "code"), _blocks(), ids=lambda v: str(v)[:20])
def test_python_example_runs(doc: str, index: int, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    exec(compile(code, f"{doc}[{index}]", "exec"), {"__name__": "__doc_example__"})


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
