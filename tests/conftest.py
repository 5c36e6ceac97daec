"""Shared test helpers: where ../shared is, hypothesis profiles, and a
lexicon cache folder of the test run's own."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newsclean.lexicon import CACHE_DIR_ENV

REPO = Path(__file__).resolve().parents[1]

# The lexicon's analysis is cached in a folder made for this run (the command
# lines the tests run inherit it), not in the user's cache folder: the run
# tests both the analysis (its first load) and the cache (every later one).
if CACHE_DIR_ENV not in os.environ:
    os.environ[CACHE_DIR_ENV] = tempfile.mkdtemp(prefix="newsclean-test-cache-")
    atexit.register(shutil.rmtree, os.environ[CACHE_DIR_ENV], ignore_errors=True)

settings.register_profile(
    "dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI", "").lower() == "true" else "dev")
)


def shared_dir(*parts: str) -> Path:
    """A folder of ../shared (or $NEWSCLEAN_SHARED).

    Skips the test when it is absent on a user's machine; fails under CI=true,
    where it must be present.
    """
    root = Path(os.environ.get("NEWSCLEAN_SHARED") or (REPO.parent / "shared"))
    path = root.joinpath(*parts)
    if not path.exists():
        msg = f"{path} not found (set NEWSCLEAN_SHARED to the shared folder)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return path
