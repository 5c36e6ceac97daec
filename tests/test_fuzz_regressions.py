"""Inputs the fuzzer (tests/fuzz/fuzz_clean.py) found, shrunk to a few lines.

A library failure not fixed yet is marked ``xfail(strict=True)``: the test
passes while the bug is there and fails once it is fixed, so that the mark
is then removed and the input stays as a regression test.
"""

from __future__ import annotations

import pytest

from newsclean import clean, explain

# clean(clean(x)) != clean(x): on the first pass the chrome lines make the
# region cleaner find no article region and keep every line; once they are
# gone the second pass finds a region and drops the last line.
NOT_IDEMPOTENT = [
    # as the fuzzer found it, bytes 0xff (lone surrogates) in the last line
    "Inicio\nCompartir\nobó el lunes el presupuesto, dijo el alcalde.\nNotici"
    + "\udcff" * 75
    + "jo de la ciudad aprobó eacionadas\n",
    # the same without the surrogates: plain text does it
    "Inicio\nCompartir\nobó el lunes el presupuesto, dijo el alcalde.\nNoticias jo de la ciudad aprobó eacionadas",
    # shrunk
    "Inicio\nCompartir\na a,a l a.\na\ufffda a a a a a",
    "Home\nShare\na a,a l a.\na\ufffda a a a a a",
]


@pytest.mark.xfail(
    strict=True,
    reason="issue 7 fuzz finding: clean is not idempotent when dropping chrome lets the region cleaner "
    "find an article region on the second pass (cleaners/region.py)",
)
@pytest.mark.parametrize("text", NOT_IDEMPOTENT)
def test_clean_is_idempotent_after_chrome_is_gone(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@pytest.mark.parametrize("text", NOT_IDEMPOTENT)
def test_not_idempotent_inputs_still_clean_and_explain(text: str) -> None:
    """What does hold for these inputs: no crash, UTF-8 output, explain == clean."""
    out = clean(text)
    out.encode("utf-8")
    assert explain(text).text == out
    assert not out.startswith("Inicio")
    assert not out.startswith("Home")
