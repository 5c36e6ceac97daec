"""Build hook: compile newsclean's per-line core with mypyc.

Off by default: ``pip install .`` builds a pure-Python wheel. Set
``NEWSCLEAN_COMPILE=1`` to compile the modules in ``COMPILED`` to C
extensions (mypy, the stubs of regex and setuptools are fetched for that
build; a C compiler and the Python headers must be on the machine):

    NEWSCLEAN_COMPILE=1 pip install .

An editable install (``pip install -e .``) runs the sources and compiles
nothing.

The wheel keeps every ``.py`` file; Python imports a compiled module in
place of its source. The modules left out are the ones a user extends or
that check their input's types with their own error messages (the
pipeline, the configuration, the cleaner base class, the CLI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The modules compiled: the features, the lexicon, the document and the
# cleaners that run on every line.
COMPILED = [
    "src/newsclean/document.py",
    "src/newsclean/features.py",
    "src/newsclean/lexicon.py",
    "src/newsclean/cleaners/boilerplate.py",
    "src/newsclean/cleaners/bylines.py",
    "src/newsclean/cleaners/labels.py",
    "src/newsclean/cleaners/region.py",
    "src/newsclean/cleaners/rules.py",
    "src/newsclean/cleaners/sections.py",
    "src/newsclean/cleaners/teasers.py",
]

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(name="newsclean-compiled", ext_modules=mypycify(sys.argv.pop(1).split("\\n"), opt_level="3"))
"""


def wanted() -> bool:
    return os.environ.get("NEWSCLEAN_COMPILE", "").strip().lower() in ("1", "true", "yes", "on")


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile ``COMPILED`` with mypyc when ``NEWSCLEAN_COMPILE`` is set."""

    # the compiled extensions, kept until the wheel is written
    _built: str | None = None

    def dependencies(self) -> list[str]:
        return ["mypy>=1.8", "types-regex", "setuptools>=61"] if wanted() else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # an editable install runs the sources in src/: nothing to compile
        if self.target_name != "wheel" or version == "editable" or not wanted():
            return
        root = Path(self.root)
        self._built = tempfile.mkdtemp(prefix="newsclean-mypyc-")
        tmp = Path(self._built)
        setup = tmp / "setup.py"
        setup.write_text(_SETUP, encoding="utf-8")
        out = tmp / "lib"
        # mypy reads the project's configuration; setuptools runs in the
        # scratch folder (it would read pyproject.toml as its own)
        args = ["--config-file", str(root / "pyproject.toml"), *(str(root / f) for f in COMPILED)]
        done = subprocess.run(
            [
                sys.executable,
                str(setup),
                "\n".join(args),
                "build_ext",
                "--build-lib",
                str(out),
                "--build-temp",
                str(tmp / "work"),
            ],
            cwd=tmp,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if done.returncode:
            raise RuntimeError(f"mypyc failed (NEWSCLEAN_COMPILE is set):\n{done.stdout}")
        for built in sorted(out.rglob("*")):
            if built.suffix in (".so", ".pyd"):
                build_data["force_include"][str(built)] = built.relative_to(out).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._built is not None:
            shutil.rmtree(self._built, ignore_errors=True)
            self._built = None
