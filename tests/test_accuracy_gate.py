"""Accuracy gate: the dev benchmark must not fall below the pinned floors.

In the manner of trafilatura's eval gate: ``benchmarks/accuracy-floors.json``
pins an F1 floor (and a ceiling on lost pages) for every dataset and input of
``../shared/bench``; a change that loses accuracy fails here. Floors are only
ever raised (``python benchmarks/accuracy.py --raise-floors`` after a
measured improvement).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsclean import clean

from .conftest import REPO, shared_dir

FLOORS = REPO / "benchmarks" / "accuracy-floors.json"


def _score_module(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsclean_bench_score", bench / "score.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    bench = shared_dir("bench")
    score = _score_module(bench)
    out: dict[str, dict[str, Any]] = {}
    for dataset, scorer in (("articles", score.score_articles), ("segments", score.score_segments)):
        rows = score.load(f"{dataset}-*.jsonl", bench)
        assert rows, f"no {dataset} pages in {bench}"
        for inp in score.INPUTS:
            preds = [clean(r["inputs"][inp]) for r in rows]
            metrics, _ = scorer(rows, preds)
            out[f"{dataset}/{inp}"] = metrics
    return out


def _floors() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    return data


@pytest.mark.parametrize("name", sorted(_floors()))
def test_f1_not_below_floor(name: str, results: dict[str, dict[str, Any]]) -> None:
    floor = _floors()[name]
    got = results[name]
    assert got["f1"] >= floor["f1"], f"{name}: F1 {got['f1']:.4f} fell below the floor {floor['f1']:.4f}"
    assert got["lost"] <= floor["max_lost"], f"{name}: {got['lost']} pages lost (ceiling {floor['max_lost']})"
