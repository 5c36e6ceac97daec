"""Time newsclean.clean against input size, 1 KB to 10 MB.

Inputs are built by joining the ``inscriptis`` dev pages of
``segments-dev.jsonl`` (``$NEWSCLEAN_SHARED/bench`` or ``../shared/bench``)
and cutting at a line break near the target size. Prints a table, writes
``docs/performance-scaling.png`` (needs matplotlib), and checks that one
document of 64 pages joined costs at most 1.5x the 64 pages cleaned one by one.

    PYTHONPATH=src python benchmarks/scaling.py [--max-mb 10] [--no-plot]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from speed import load_texts

import newsclean

ROOT = Path(__file__).resolve().parents[1]
SIZES_KB = [1, 4, 16, 64, 256, 1024, 4096, 10240]


def build(texts: list[str], size: int) -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        page = texts[i % len(texts)]
        parts.append(page)
        total += len(page.encode("utf-8")) + 2
        i += 1
    joined = "\n\n".join(parts)
    cut = joined.encode("utf-8")[:size].decode("utf-8", "ignore")
    return cut[: cut.rfind("\n")] if "\n" in cut else cut


def timed(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        newsclean.clean(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-mb", type=float, default=10)
    parser.add_argument("--no-plot", action="store_true")
    args = parser.parse_args()
    texts = load_texts()
    newsclean.clean(texts[0])  # warm caches

    rows = []
    print(f"{'size':>10} {'seconds':>10} {'MB/s':>8} {'s per MB':>9}")
    for kb in SIZES_KB:
        if kb > args.max_mb * 1024:
            break
        text = build(texts, kb * 1024)
        size = len(text.encode("utf-8"))
        secs = timed(text, 5 if kb <= 256 else 1)
        rows.append((size, secs))
        print(f"{size / 1024:>8.0f}KB {secs:>10.4f} {size / secs / 1e6:>8.2f} {secs / (size / 1e6):>9.3f}")

    pages = texts[:64]
    one_by_one = sum(timed(p, 1) for p in pages)
    joined = timed("\n\n".join(pages), 1)
    ratio = joined / one_by_one
    verdict = "OK" if ratio <= 1.5 else "TOO SLOW"
    print(
        f"64 pages one by one: {one_by_one:.3f} s; joined as one document: {joined:.3f} s; "
        f"ratio {ratio:.2f} (limit 1.5) {verdict}"
    )

    if not args.no_plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 4))
        xs = [s / 1e6 for s, _ in rows]
        ax.loglog(xs, [t for _, t in rows], "o-", label="newsclean.clean")
        per_mb = rows[-1][1] / xs[-1]
        ax.loglog(xs, [x * per_mb for x in xs], "--", color="grey", label="linear, through the largest")
        ax.set_xlabel("input size (MB)")
        ax.set_ylabel("seconds")
        ax.set_title("clean() time against input size (joined dev pages)")
        ax.legend()
        ax.grid(True, which="both", alpha=0.3)
        out = ROOT / "docs" / "performance-scaling.png"
        fig.tight_layout()
        fig.savefig(out, dpi=100)
        print(f"plot written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
