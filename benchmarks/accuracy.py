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


def pictures(results: dict[str, Any]) -> list[str]:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no pictures (pip install '.[dev]')", file=sys.stderr)
        return []
    made = []
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
    for ax, ds in zip(axes, ("articles", "segments"), strict=True):
        for name, r in results.items():
            if not name.startswith(ds):
                continue
            inp = name.split("/")[1]
            c, b = r["cleaned"], r["as_is"]
            ax.scatter(b["recall"], b["precision"], marker="x", color="grey")
            ax.annotate(f"{inp} as is", (b["recall"], b["precision"]), fontsize=7, color="grey")
            ax.scatter(c["recall"], c["precision"], marker="o")
            ax.annotate(f"newsclean on {inp} (F1 {c['f1']:.3f})", (c["recall"], c["precision"]), fontsize=7)
        for tool, figs in PUBLISHED.items():
            if ds in figs:
                f1 = figs[ds]
                xs = [x / 100 for x in range(int(f1 * 50) + 1, 101)]
                ax.plot(xs, [f1 * x / (2 * x - f1) for x in xs], linestyle=":", linewidth=0.8)
                ax.annotate(
                    f"{tool} F1 {f1} (published, HTML)", (0.995, f1 * 0.995 / (2 * 0.995 - f1)), fontsize=6
                )
        ax.set_title(f"{ds}: precision against recall")
        ax.set_xlabel("recall")
        ax.set_ylabel("precision")
        ax.set_xlim(0.45, 1.02)
        ax.set_ylim(0.45, 1.02)
    fig.tight_layout()
    out = DOCS / "benchmarks-precision-recall.png"
    fig.savefig(out, dpi=110)
    made.append(out.name)
    plt.close(fig)

    fig, axes = plt.subplots(1, 2, figsize=(11, 4.5))
    for ax, ds in zip(axes, ("articles", "segments"), strict=True):
        langs = sorted({lang for n, r in results.items() if n.startswith(ds) for lang in r["by_lang"]})
        width = 0.27
        for j, inp in enumerate(("inscriptis", "html_text", "trafilatura")):
            r = results[f"{ds}/{inp}"]
            ax.bar(
                [i + (j - 1) * width for i in range(len(langs))],
                [r["by_lang"].get(lang, {}).get("f1", 0) for lang in langs],
                width,
                label=inp,
            )
        pages = results[f"{ds}/inscriptis"]["by_lang"]
        ax.set_xticks(range(len(langs)), [f"{lang}\n({pages[lang]['pages']})" for lang in langs], fontsize=7)
        ax.set_ylim(0, 1)
        ax.set_title(f"{ds}: F1 per page language (pages)")
        ax.legend(fontsize=7)
    fig.tight_layout()
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
    for img in images:
        text += f"![{img}]({img})\n\n"
    text += """## Reproduce

```sh
python benchmarks/accuracy.py
python ../shared/bench/score.py --by-lang
```

The accuracy gate (`tests/test_accuracy_gate.py`) fails when any F1 falls
below the floors pinned in `benchmarks/accuracy-floors.json`.
"""
    (DOCS / "benchmarks.md").write_text(text, encoding="utf-8")


def raise_floors(results: dict[str, Any], margin: float) -> None:
    data = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {"floors": {}}
    floors = data["floors"]
    for name, r in results.items():
        f1 = round(r["cleaned"]["f1"] - margin, 3)
        old = floors.get(name, {"f1": 0.0, "max_lost": 10**6})
        floors[name] = {
            "f1": max(old["f1"], f1),
            "max_lost": min(old["max_lost"], r["cleaned"]["lost"] + 1),
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
