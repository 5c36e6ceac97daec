"""The compiled build's module list (hatch_build.py, NEWSCLEAN_COMPILE=1).

CI builds that wheel and runs the whole suite on it; these tests keep the
list true to the source tree without building it.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compiled_modules() -> list[str]:
    tree = ast.parse((ROOT / "hatch_build.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError("hatch_build.py defines no COMPILED list")


def test_every_compiled_module_exists() -> None:
    modules = compiled_modules()
    assert modules, "the compiled build compiles nothing"
    for rel in modules:
        assert (ROOT / rel).is_file(), rel


def test_the_modules_users_extend_or_that_check_types_stay_python() -> None:
    # a compiled class cannot be subclassed from Python code, and compiled
    # code raises its own TypeError before the pipeline's one-line message
    modules = {Path(m).name for m in compiled_modules()}
    for name in ("pipeline.py", "config.py", "base.py", "cli.py", "__init__.py"):
        assert name not in modules, name


def test_the_installed_package_is_wholly_compiled_or_wholly_python() -> None:
    # a mix means a partial or stale build (CI's compiled run checks that
    # its wheel is the compiled one)
    suffixes = set()
    for rel in compiled_modules():
        name = rel.removeprefix("src/").removesuffix(".py").replace("/", ".")
        module = importlib.import_module(name)
        suffixes.add(Path(str(module.__file__)).suffix)
    assert suffixes in ({".py"}, {".so"}, {".pyd"}), suffixes
