"""Every docstring example in the package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(newsclean.__path__, prefix="newsclean.")
    if m.name != "newsclean.__main__"
)


@pytest.mark.parametrize("name", ["newsclean", *MODULES])
def test_docstring_examples(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as exc:  # optional extras such as dask
        pytest.skip(f"{name}: {exc}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
