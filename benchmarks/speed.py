"""Throughput of newsclean.clean, newsclean.normalize and ftfy.fix_text.

Runs all three in one process on the ``inputs["inscriptis"]`` texts of
``segments-dev.jsonl`` (from ``$NEWSCLEAN_SHARED/bench`` or
``../shared/bench``) and prints MB/s (UTF-8 bytes of input per second, best
of ``--repeat`` runs) and the ratio clean / ftfy.

    PYTHONPATH=src python benchmarks/speed.py [--repeat 3] [--profile normalize|clean]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

import newsclean

ROOT = Path(__file__).resolve().parents[1]


def bench_file(name: str) -> Path:
    env = os.environ.get("NEWSCLEAN_SHARED")
    folders = [Path(env) / "bench"] if env else []
    folders.append(ROOT.parent / "shared" / "bench")
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    sys.exit(f"{name} not found: set NEWSCLEAN_SHARED to the folder holding bench/")


def load_texts() -> list[str]:
    with bench_file("segments-dev.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line)["inputs"]["inscriptis"] for line in f if line.strip()]


def throughput(func: Callable[[str], object], texts: list[str], repeat: int) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            func(text)
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", choices=["normalize", "clean"], help="print a cProfile of one run")
    args = parser.parse_args()
    texts = load_texts()
    size = sum(len(t.encode("utf-8")) for t in texts)
    if args.profile:
        func = newsclean.normalize if args.profile == "normalize" else newsclean.clean
        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            func(text)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return
    print(f"{len(texts)} texts, {size / 1e6:.1f} MB (inscriptis dumps of segments-dev.jsonl)")
    results = {}
    for name, func in [
        ("newsclean.clean", newsclean.clean),
        ("newsclean.normalize", newsclean.normalize),
        ("ftfy.fix_text", ftfy.fix_text),
    ]:
        func(texts[0])  # warm caches (lexicon, compiled patterns)
        results[name] = throughput(func, texts, args.repeat if name != "ftfy.fix_text" else 1)
        print(f"{name:22s} {results[name]:8.1f} MB/s")
    print(f"clean / ftfy           {results['newsclean.clean'] / results['ftfy.fix_text']:8.2f}x")
    print(f"normalize / ftfy       {results['newsclean.normalize'] / results['ftfy.fix_text']:8.2f}x")


if __name__ == "__main__":
    main()
