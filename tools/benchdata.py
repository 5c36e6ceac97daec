"""Load the dev benchmark pages and score outputs with ../shared/bench/score.py.

Shared by the tuning and fitting tools; reads $NEWSCLEAN_SHARED or ../shared.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED") or (REPO.parent / "shared"))
BENCH = SHARED / "bench"


def score_module() -> ModuleType:
    """The benchmark's own score.py, imported by path."""
    spec = importlib.util.spec_from_file_location("newsclean_bench_score", BENCH / "score.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(dataset: str) -> list[dict[str, Any]]:
    """Rows of ``articles`` or ``segments`` dev pages."""
    rows = []
    for path in sorted(BENCH.glob(f"{dataset}-*.jsonl")):
        with path.open(encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
    return rows


def site(row: dict[str, Any]) -> str:
    """The site a page is from (for cross-validation split by site)."""
    url = row["url"]
    if url.startswith("hard::"):
        return url[6:].split(".html")[0].rsplit(".", 1)[0].split(".")[0]
    host = urlparse(url).netloc
    if host == "web.archive.org":
        inner = url.split("/", 5)[-1]
        host = urlparse(inner if "://" in inner else "http://" + inner).netloc
    parts = host.lower().split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else host
