"""Run the dev benchmark, print the table, write docs/benchmarks.md and its pictures.

    python benchmarks/accuracy.py                 # table + docs/benchmarks.md + docs/*.png
    python benchmarks/accuracy.py --raise-floors  # also raise benchmarks/accuracy-floors.json
                                                  # to today's figures (floors never go down)

Reads ../shared/bench (or $NEWSCLEAN_SHARED/bench) and scores newsclean.clean
with the benchmark's own score.py, so the figures are the ones score.py prints.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import newsclean

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLEAN_SHARED") or (REPO.parent / "shared"))
FLOORS = REPO / "benchmarks" / "accuracy-floors.json"
DOCS = REPO / "docs"
# Published figures on the same dev pages (from ../shared/bench/README.md); these
# tools read the HTML, which carries more information than a text dump.
PUBLISHED = {
    "jusText": {"articles": 0.837},
    "readability-lxml": {"articles": 0.929},
    "newspaper4k": {"articles": 0.941},
    "trafilatura": {"articles": 0.957, "segments": 0.928},
    "rs-trafilatura": {"articles": 0.965},
}


def score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsclean_bench_score", SHARED / "bench" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run() -> dict[str, Any]:
    score = score_module()
    bench = SHARED / "bench"
    results: dict[str, Any] = {}
    for dataset, scorer in (("articles", score.score_articles), ("segments", score.score_segments)):
        rows = score.load(f"{dataset}-*.jsonl", bench)
        for inp in score.INPUTS:
            texts = [r["inputs"][inp] for r in rows]
            base, _ = scorer(rows, texts)
            start = time.perf_counter()
            preds = [newsclean.clean(t) for t in texts]
            secs = time.perf_counter() - start
            got, _ = scorer(rows, preds)
            by_lang: dict[str, Any] = {}
            for lang in sorted({r.get("lang", "?") for r in rows}):
                idx = [i for i, r in enumerate(rows) if r.get("lang", "?") == lang]
                m, _ = scorer([rows[i] for i in idx], [preds[i] for i in idx])
                by_lang[lang] = {"pages": len(idx), "f1": m["f1"]}
            mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            results[f"{dataset}/{inp}"] = {
                "as_is": base,
                "cleaned": got,
                "by_lang": by_lang,
                "mb_per_s": mb / secs,
                "pages": len(rows),
            }
    return results


def table(results: dict[str, Any]) -> str:
    lines = [
        "| dataset | input | as is F1 | newsclean F1 | precision | recall | lost pages |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in results.items():
        ds, inp = name.split("/")
        c = r["cleaned"]
        lines.append(
            f"| {ds} | {inp} | {r['as_is']['f1']:.3f} | **{c['f1']:.3f}** | {c['precision']:.3f} | "
            f"{c['recall']:.3f} | {c['lost']} |"
        )
    return "\n".join(lines)


INPUT_COLOURS = {"inscriptis": "tab:blue", "html_text": "tab:orange", "trafilatura": "tab:green"}
# Reference lines of the published figures: one colour and dash pattern per tool.
PUBLISHED_STYLES = [
    ("tab:gray", (0, (1, 1.5))),
    ("tab:purple", (0, (4, 1.5))),
    ("tab:brown", (0, (6, 1.5, 1, 1.5))),
    ("tab:red", (0, (2, 1))),
    ("tab:olive", (0, (8, 2))),
]


def iso_f1(f1: float) -> tuple[list[float], list[float]]:
    """The curve of points (recall, precision) whose F1 is ``f1``."""
    xs = [x / 200 for x in range(int(f1 * 100) + 1, 201)]
    return xs, [f1 * x / (2 * x - f1) for x in xs]


def pictures(results: dict[str, Any]) -> list[str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no pictures (pip install '.[dev]')", file=sys.stderr)
        return []
    made = []
    fig, axes = plt.subplots(1, 2, figsize=(12, 5.6), sharey=True)
    for ax, ds in zip(axes, ("articles", "segments"), strict=True):
        for j, (tool, figs) in enumerate(PUBLISHED.items()):
            if ds in figs:
                xs, ys = iso_f1(figs[ds])
                colour, dashes = PUBLISHED_STYLES[j % len(PUBLISHED_STYLES)]
                ax.plot(
                    xs,
                    ys,
                    color=colour,
                    linestyle=dashes,
                    linewidth=1.1,
                    label=f"{tool} F1 {figs[ds]:.3f} (published, reads HTML)",
                )
        for name, r in results.items():
            if not name.startswith(ds + "/"):
                continue
            inp = name.split("/")[1]
            colour = INPUT_COLOURS.get(inp, "black")
            c, b = r["cleaned"], r["as_is"]
            ax.annotate(
                "",
                xy=(c["recall"], c["precision"]),
                xytext=(b["recall"], b["precision"]),
                arrowprops={"arrowstyle": "->", "color": colour, "alpha": 0.35, "linewidth": 1},
            )
            ax.scatter(
                b["recall"],
                b["precision"],
                marker="X",
                s=55,
                color=colour,
                alpha=0.55,
                label=f"{inp} as is (F1 {b['f1']:.3f})",
                zorder=3,
            )
            ax.scatter(
                c["recall"],
                c["precision"],
                marker="o",
                s=60,
                color=colour,
                edgecolor="black",
                linewidth=0.6,
                label=f"newsclean on {inp} (F1 {c['f1']:.3f})",
                zorder=4,
            )
        ax.set_title(f"{ds}: precision against recall")
        ax.set_xlabel("recall")
        ax.set_xlim(0.45, 1.01)
        ax.set_ylim(0.45, 1.01)
        ax.grid(True, linewidth=0.4, alpha=0.5)
        ax.legend(loc="lower left", fontsize=7.5, framealpha=0.9)
    axes[0].set_ylabel("precision")
    fig.suptitle("Arrows: from the input as is to newsclean's output. Lines: points of equal F1.", fontsize=9)
    fig.tight_layout()
    out = DOCS / "benchmarks-precision-recall.png"
    fig.savefig(out, dpi=110)
    made.append(out.name)
    plt.close(fig)

    fig, axes = plt.subplots(1, 2, figsize=(12, 4.8), gridspec_kw={"width_ratios": [1, 3]}, sharey=True)
    for ax, ds in zip(axes, ("articles", "segments"), strict=True):
        pages = results[f"{ds}/inscriptis"]["by_lang"]
        langs = sorted(pages, key=lambda lang: (-pages[lang]["pages"], lang))
        width = 0.27
        for j, inp in enumerate(("inscriptis", "html_text", "trafilatura")):
            r = results[f"{ds}/{inp}"]
            ax.bar(
                [i + (j - 1) * width for i in range(len(langs))],
                [r["by_lang"].get(lang, {}).get("f1", 0) for lang in langs],
                width,
                color=INPUT_COLOURS[inp],
                label=f"newsclean on {inp}",
            )
        ax.set_xticks(range(len(langs)), [f"{lang}\n{pages[lang]['pages']} p." for lang in langs], fontsize=8)
        ax.set_ylim(0, 1.0)
        ax.set_title(f"{ds}: F1 per page language", fontsize=10)
        ax.grid(True, axis="y", linewidth=0.4, alpha=0.5)
        ax.set_axisbelow(True)
    axes[0].set_ylabel("F1")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=3, fontsize=8, frameon=False)
    fig.suptitle(
        "Languages by number of pages (p.), most first; a language with a few pages says little.", fontsize=9
    )
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    out = DOCS / "benchmarks-languages.png"
    fig.savefig(out, dpi=110)
    made.append(out.name)
    plt.close(fig)
    return made


def write_docs(results: dict[str, Any], images: list[str]) -> None:
    speed = ", ".join(f"{n} {r['mb_per_s']:.2f} MB/s" for n, r in results.items())
    text = f"""# Benchmarks

Figures from a run of `python benchmarks/accuracy.py` (newsclean {newsclean.__version__},
Python {platform.python_version()}), which scores `newsclean.clean` with the
benchmark's own `../shared/bench/score.py`; `python ../shared/bench/score.py`
prints the same F1, precision, recall and lost pages.

- **articles**: 80 news and article pages from 40 sites with their true article
  body; metric: 4-gram shingle precision and recall per page, averaged, F1 from
  the averages. newsclean keeps the headline, which the truth leaves out.
- **segments**: 483 web pages, mostly German; metric: must-keep and must-drop
  segments found in the output, micro-averaged.
- Inputs: `inscriptis` and `html_text` are whole-page text dumps;
  `trafilatura` is an extractor's output, already mostly clean.
- **lost pages**: pages whose recall fell below 0.5.

{table(results)}

Published figures on the same dev pages, for tools that read the HTML (more
information than a text dump): jusText 0.837, readability-lxml 0.929,
newspaper4k 0.941, trafilatura 0.957 (segments 0.928), rs-trafilatura 0.965
(articles F1).

Speed in this run (one process, including normalization): {speed}.

"""
    captions = {
        "benchmarks-precision-recall.png": "Precision against recall of each input as is (crosses) and "
        "after newsclean (dots), with lines of equal F1 at the published figures of tools that read the HTML",
        "benchmarks-languages.png": "newsclean's F1 per page language, for each input",
    }
    for img in images:
        text += f"![{captions.get(img, img)}]({img})\n\n"
    text += """## Reproduce

```sh
python benchmarks/accuracy.py
python ../shared/bench/score.py --by-lang
```

The accuracy gate (`tests/test_accuracy_gate.py`) fails when any F1 falls
below the floors pinned in `benchmarks/accuracy-floors.json`, or when more
pages are lost than the ceilings pinned there (one page above the run that
raised them, but never above the targets of 1 article page and 15 segment
pages per input once a target is met).
"""
    (DOCS / "benchmarks.md").write_text(text, encoding="utf-8")


# The targets for lost pages (recall < 0.5) per input.
LOST_TARGET = {"articles": 1, "segments": 15}


def raise_floors(results: dict[str, Any], margin: float) -> None:
    data = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {"floors": {}}
    floors = data["floors"]
    for name, r in results.items():
        f1 = round(r["cleaned"]["f1"] - margin, 3)
        old = floors.get(name, {"f1": 0.0, "max_lost": 10**6})
        lost = r["cleaned"]["lost"]
        target = LOST_TARGET[name.split("/")[0]]
        # one page of slack, but not above the target once the target is met
        ceiling = min(lost + 1, target) if lost <= target else lost + 1
        floors[name] = {
            "f1": max(old["f1"], f1),
            "max_lost": min(old["max_lost"], ceiling),
        }
    data["about"] = (
        "Accuracy floors of the dev benchmark, checked by tests/test_accuracy_gate.py. Only ever raised "
        "(python benchmarks/accuracy.py --raise-floors)."
    )
    FLOORS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raise-floors", action="store_true", help="raise the pinned floors to this run")
    ap.add_argument("--margin", type=float, default=0.002, help="floor = F1 - margin (default 0.002)")
    ap.add_argument("--no-docs", action="store_true", help="print the table only")
    args = ap.parse_args()
    results = run()
    print(table(results))
    if not args.no_docs:
        write_docs(results, pictures(results))
        print(f"wrote {DOCS / 'benchmarks.md'}")
    if args.raise_floors:
        raise_floors(results, args.margin)
        print(f"raised {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
