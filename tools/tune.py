"""Tune and fit the region cleaner on the dev benchmark.

    python tools/tune.py eval              # score the shipped weights (region stage only re-run)
    python tools/tune.py fit               # fit the scoring coefficients, grid-search the
                                           # smoothing parameters with cross-validation by site,
                                           # write src/newsclean/data/weights.json
    python tools/tune.py clean             # search the four clean-text thresholds on their own
                                           # (every combination of CLEAN_GRID) and count the
                                           # pages near each threshold

Everything before the region cleaner is computed once per page and cached in
/tmp (delete /tmp/newsclean-tune-*.pkl after changing those cleaners).
Deterministic: no randomness; folds are assigned by a hash of the site name.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import hashlib
import itertools
import json
import math
import pickle
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import REPO, load, score_module, site

from newsclean import Pipeline
from newsclean.cleaners.region import FEATURE_NAMES, PARAMETERS, Region, Weights, feature_matrix, load_weights
from newsclean.document import Document
from newsclean.features import features

INPUTS = ("inscriptis", "html_text", "trafilatura")
DATASETS = ("articles", "segments")
FOLDS = 5
SCORE = score_module()


def _cache_key() -> str:
    h = hashlib.sha256()
    for p in sorted((REPO / "src" / "newsclean").rglob("*")):
        if p.is_file() and p.suffix in (".py", ".toml", ".txt") and "region" not in p.name:
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def prepare() -> dict[tuple[str, str], tuple[list[dict[str, Any]], list[Document]]]:
    cache = Path(f"/tmp/newsclean-tune-{_cache_key()}.pkl")
    if cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    pre = Pipeline().without("region")
    out = {}
    for ds in DATASETS:
        rows = load(ds)
        for inp in INPUTS:
            docs = []
            for r in rows:
                doc = pre.document(r["inputs"][inp])
                features(doc)
                docs.append(doc)
            out[(ds, inp)] = (rows, docs)
    with cache.open("wb") as f:
        pickle.dump(out, f)
    return out


def run_region(docs: list[Document], weights: Weights) -> list[str]:
    region = Region(weights)
    outs = []
    for doc in docs:
        d = copy.copy(doc)
        d.blocks = [copy.copy(b) for b in doc.blocks]
        d.records = copy.copy(doc.records)  # (the region cleaner records clean_text there)
        region.annotate(d)
        outs.append(d.render())
    return outs


def f1_of(ds: str, rows: list[dict[str, Any]], outs: list[str]) -> dict[str, float]:
    scorer = SCORE.score_articles if ds == "articles" else SCORE.score_segments
    m, _ = scorer(rows, outs)
    return {"f1": m["f1"], "p": m["precision"], "r": m["recall"], "lost": m["lost"], "n": len(rows)}


def evaluate(
    data: Any, weights: Weights, idx: dict[str, set[int]] | None = None
) -> dict[str, dict[str, float]]:
    res = {}
    for (ds, inp), (rows, docs) in data.items():
        keep = range(len(rows)) if idx is None else sorted(idx[ds])
        rr = [rows[i] for i in keep]
        dd = [docs[i] for i in keep]
        res[f"{ds}/{inp}"] = f1_of(ds, rr, run_region(dd, weights))
    return res


# What a lost page (recall < 0.5) costs in the objective beyond its share of
# F1: the targets count lost pages on their own (a page whose article
# is gone is a failure whatever the mean F1 says). At 0.25, one lost segment
# page of 483 costs about 0.0005.
LOST_WEIGHT = 0.25


def objective(res: dict[str, dict[str, float]]) -> float:
    """Mean F1 over the whole-page dumps, with the extractor output at half
    weight, less ``LOST_WEIGHT`` times the (equally weighted) share of lost pages."""
    w = {"inscriptis": 1.0, "html_text": 1.0, "trafilatura": 0.5}
    tot = sum(w[k.split("/")[1]] for k in res)
    return (
        sum(w[k.split("/")[1]] * (v["f1"] - LOST_WEIGHT * v["lost"] / max(1, v["n"])) for k, v in res.items())
        / tot
    )


def fold_of(row: dict[str, Any]) -> int:
    return int(hashlib.md5(site(row).encode()).hexdigest(), 16) % FOLDS


def labelled_blocks(
    data: Any, idx: dict[str, set[int]] | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for (ds, inp), (rows, docs) in data.items():
        if inp == "trafilatura":
            continue
        for i, (row, doc) in enumerate(zip(rows, docs, strict=True)):
            if idx is not None and i not in idx[ds]:
                continue
            if ds == "articles":
                truth = set(SCORE.shingles(row["truth"], 3))
            blocks = [b for b in doc.blocks if b.kept is None]
            matrix = feature_matrix(doc, blocks)
            page_x, page_y = [], []
            for b, fx in zip(blocks, matrix, strict=True):
                if ds == "articles":
                    sh = set(SCORE.shingles(b.content, 3))
                    if not sh:
                        continue
                    share = len(sh & truth) / len(sh)
                    y = 1 if share >= 0.6 else 0 if share <= 0.2 else -1
                else:
                    n = SCORE.norm(b.content)
                    y = -1
                    if any(SCORE.norm(w) in n for w in row["with"]):
                        y = 1
                    elif any(SCORE.norm(w) in n for w in row["without"]):
                        y = 0
                if y < 0:
                    continue
                page_x.append(fx)
                page_y.append(y)
            if page_x:
                xs += page_x
                ys += page_y
                ws += [1.0 / math.sqrt(len(page_x))] * len(page_x)
    return np.array(xs), np.array(ys, dtype=float), np.array(ws)


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """Weighted L2-regularised logistic regression by Newton's method."""
    beta = np.zeros(x.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-x @ beta))
        g = x.T @ (w * (p - y)) + l2 * beta
        h = (x * (w * p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(h, g)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def weights_from(coef: np.ndarray | tuple[float, ...], base: Weights, **kw: Any) -> Weights:
    """``base`` with the coefficients ``coef`` and the parameters in ``kw``."""
    return dataclasses.replace(base, coef=tuple(float(c) for c in coef), **kw)


# Not searched: edge_min_score stays as shipped (-4), a promise rather than a
# fit: the closing paragraph of an article next to the footer is kept.
GRID: dict[str, list[Any]] = {
    # the first value of each list is where the search starts
    "transition_cost": [1.5, 1.0, 2.5],
    "score_scale": [3.0, 2.0, 4.0],
    "score_offset": [0.5, 0.0, 1.0],
    "region_max_gap": [8, 6, 12],
    "region_min_share": [0.1, 0.3],
    "clean_short_max": [0.3, -1.0, 0.2, 0.4],
    "clean_dropped_max": [0.08, -1.0, 0.02, 0.05, 0.12],
    "clean_opens": [3, 1, 5],
    "clean_dropped_known": [0.01, -1.0, 0.0, 0.02],
    "edge_trim_max": [8, 3, 5],
    "list_min_score": [-5.0, 1e9, -3.0, -8.0],
    "teaser_list_evidence": [0.2, 1.0, 0.5],
    "edge_gap": [2, 0, 1],
    "region_near_gap": [2, 1_000_000, 0, 4],
    "paragraph_min_score": [2.0, 1e9, 1.0, 3.0],
}


def cmd_eval(data: Any) -> None:
    res = evaluate(data, load_weights())
    for k, v in res.items():
        print(f"{k:<22} F1 {v['f1']:.3f}  P {v['p']:.3f}  R {v['r']:.3f}  lost {v['lost']}")
    print(f"objective {objective(res):.4f}")


def cmd_fit(data: Any, write: bool) -> None:
    base = load_weights()
    folds: dict[str, dict[int, set[int]]] = {ds: {} for ds in DATASETS}
    for ds in DATASETS:
        rows = data[(ds, INPUTS[0])][0]
        for i, r in enumerate(rows):
            folds[ds].setdefault(fold_of(r), set()).add(i)

    def idx_for(fs: list[int]) -> dict[str, set[int]]:
        return {ds: set().union(*(folds[ds].get(f, set()) for f in fs)) for ds in DATASETS}

    fold_coef = []
    for k in range(FOLDS):
        x, y, w = labelled_blocks(data, idx_for([f for f in range(FOLDS) if f != k]))
        fold_coef.append(fit_logistic(x, y, w))
    tests = [idx_for([k]) for k in range(FOLDS)]
    memo: dict[tuple[tuple[str, float], ...], float] = {}

    def cv_objective(params: dict[str, Any]) -> float:
        key = tuple(sorted(params.items()))
        if key not in memo:
            memo[key] = statistics.mean(
                objective(evaluate(data, weights_from(fold_coef[k], base, **params), tests[k]))
                for k in range(FOLDS)
            )
        return memo[key]

    # coordinate descent over the grid, from the first value of each parameter
    params: dict[str, Any] = {name: values[0] for name, values in GRID.items()}
    best_value = cv_objective(params)
    for round_ in range(2):
        changed = False
        for name, values in GRID.items():
            for v in values:
                trial = {**params, name: v}
                value = cv_objective(trial)
                if value > best_value + 1e-6:
                    params, best_value, changed = trial, value, True
            print(f"round {round_} {name}: {params[name]}  cv objective {best_value:.4f}", file=sys.stderr)
        if not changed:
            break
    print(f"chosen by {FOLDS}-fold cross-validation by site: {params}  cv objective {best_value:.4f}")
    x, y, w = labelled_blocks(data)
    coef = fit_logistic(x, y, w)
    final = weights_from(coef, base, **params)
    print("coefficients:", dict(zip(FEATURE_NAMES, (round(float(c), 3) for c in coef), strict=True)))
    res = evaluate(data, final)
    for k2, v in res.items():
        print(f"{k2:<22} F1 {v['f1']:.3f}  P {v['p']:.3f}  R {v['r']:.3f}  lost {v['lost']}")
    print(f"objective {objective(res):.4f}")
    if write:
        path = REPO / "src" / "newsclean" / "data" / "weights.json"
        doc = {
            "about": "Scoring weights of the region cleaner, fitted by tools/tune.py fit on the dev "
            "benchmark (logistic regression on labelled blocks; smoothing parameters chosen by "
            f"{FOLDS}-fold cross-validation split by site).",
            "coef": {n: round(float(c), 4) for n, c in zip(FEATURE_NAMES, coef, strict=True)},
            **{name: getattr(final, name) for name in PARAMETERS},
        }
        path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")


# The clean-text decision's thresholds, searched on their own by ``clean``:
# every combination (they only choose, per page, between two outputs that are
# computed once).
CLEAN_GRID: dict[str, list[Any]] = {
    "clean_short_max": [-1.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45],
    "clean_opens": [-1, 0, 1, 2, 3, 4, 5, 6, 8],
    "clean_dropped_max": [-1.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15],
    "clean_dropped_known": [-1.0, 0.0, 0.005, 0.01, 0.02, 0.03],
}
# A page sits on a threshold's edge when its value lies within this share of
# the threshold (for ``clean_opens``: equals it or one line off).
EDGE_SHARE = 0.1


def _is_clean(ev: tuple[Any, ...], p: dict[str, Any]) -> bool:
    page, short, opens, dropped, known, dropped_all = ev
    return not page and (
        short <= p["clean_short_max"]
        or (opens <= p["clean_opens"] and dropped <= p["clean_dropped_max"])
        or (known and dropped_all <= p["clean_dropped_known"])
    )


def _edges(ev: tuple[Any, ...], p: dict[str, Any]) -> list[str]:
    """The thresholds whose edge the page sits on, where moving across it
    could change the decision (the other tests do not decide it alone)."""
    page, short, opens, dropped, known, dropped_all = ev
    if page:
        return []
    near = {
        "clean_short_max": abs(short - p["clean_short_max"]) <= EDGE_SHARE * abs(p["clean_short_max"]),
        "clean_opens": abs(opens - p["clean_opens"]) <= 1,
        "clean_dropped_max": abs(dropped - p["clean_dropped_max"])
        <= EDGE_SHARE * abs(p["clean_dropped_max"]),
        "clean_dropped_known": known
        and abs(dropped_all - p["clean_dropped_known"])
        <= max(EDGE_SHARE * abs(p["clean_dropped_known"]), 1e-9),
    }
    out = []
    tests = {
        "clean_short_max": short <= p["clean_short_max"],
        "opens": opens <= p["clean_opens"] and dropped <= p["clean_dropped_max"],
        "known": known and dropped_all <= p["clean_dropped_known"],
    }
    owner = {"clean_short_max": "clean_short_max", "clean_opens": "opens", "clean_dropped_max": "opens"}
    owner["clean_dropped_known"] = "known"
    for name, is_near in near.items():
        if not is_near:
            continue
        # the decision turns on this test: no other test passes
        if not any(v for k, v in tests.items() if k != owner[name]):
            if name == "clean_opens" and not dropped <= p["clean_dropped_max"]:
                continue
            if name == "clean_dropped_max" and not opens <= p["clean_opens"]:
                continue
            out.append(name)
    return out


def cmd_clean(data: Any, top: int) -> None:
    base = load_weights()
    always = dataclasses.replace(base, clean_short_max=1e9)
    never = dataclasses.replace(
        base, clean_short_max=-1.0, clean_opens=-1, clean_dropped_max=-1.0, clean_dropped_known=-1.0
    )
    # per dataset/input: the rows, each page's evidence, and its output taken
    # for a clean text and for a page
    pages: dict[str, tuple[str, list[dict[str, Any]], list[Any], list[str], list[str]]] = {}
    for (ds, inp), (rows, docs) in data.items():
        evs, as_clean, as_page = [], [], []
        region_a, region_n = Region(always), Region(never)
        for doc in docs:
            outs = []
            for region in (region_a, region_n):
                d = copy.copy(doc)
                d.blocks = [copy.copy(b) for b in doc.blocks]
                d.meta = dict(doc.meta)
                region.annotate(d)
                outs.append(d.render())
            evs.append(d.records.clean_text_evidence)
            as_clean.append(outs[0])
            as_page.append(outs[1])
        pages[f"{ds}/{inp}"] = (ds, rows, evs, as_clean, as_page)

    # each page's score under both outputs, computed once: articles by the
    # precision and recall of the page, segments by its counts of segments
    def page_stats(ds: str, row: dict[str, Any], out: str) -> tuple[Any, ...]:
        if ds == "articles":
            return tuple(SCORE.shingle_pr(row["truth"], out))
        text = SCORE.norm(out)
        a = sum(SCORE.norm(w) in text for w in row["with"])
        b = sum(SCORE.norm(w) in text for w in row["without"])
        return a, b, len(row["with"]), len(row["without"])

    stats = {
        key: [
            (page_stats(ds, row, c), page_stats(ds, row, n) if n != c else None)
            for row, c, n in zip(rows, as_clean, as_page, strict=True)
        ]
        for key, (ds, rows, _evs, as_clean, as_page) in pages.items()
    }

    def evaluate_clean(p: dict[str, Any]) -> dict[str, dict[str, float]]:
        res = {}
        for key, (ds, rows, evs, _c, _n) in pages.items():
            chosen = [
                sc if sn is None or (ev is not None and _is_clean(ev, p)) else sn
                for ev, (sc, sn) in zip(evs, stats[key], strict=True)
            ]
            if ds == "articles":
                ps = [x[0] for x in chosen if x[0] is not None]
                rs = [x[1] for x in chosen if x[1] is not None]
                pm, rm = sum(ps) / len(ps), sum(rs) / len(rs)
                lost = sum(1 for r in rs if r < 0.5)
            else:
                tp = sum(x[0] for x in chosen)
                fp = sum(x[1] for x in chosen)
                fn = sum(x[2] - x[0] for x in chosen)
                pm, rm = tp / (tp + fp), tp / (tp + fn)
                lost = sum(1 for x in chosen if x[0] < x[2] / 2)
            f1 = 2 * pm * rm / (pm + rm) if pm + rm else 0.0
            res[key] = {"f1": f1, "p": pm, "r": rm, "lost": lost, "n": len(rows)}
        return res

    shipped = {name: getattr(base, name) for name in CLEAN_GRID}
    # each page's own verdict: which output scores better by the truth
    print("pages where the decision matters (clean/page output differ):")
    for key, (ds, rows, evs, as_clean, as_page) in pages.items():
        for row, ev, c, n in zip(rows, evs, as_clean, as_page, strict=True):
            if ev is None or c == n:
                continue
            fc, fn = f1_of(ds, [row], [c]), f1_of(ds, [row], [n])
            better = "clean" if fc["f1"] > fn["f1"] else "page" if fn["f1"] > fc["f1"] else "same"
            now = "clean" if _is_clean(ev, shipped) else "page"
            edges = _edges(ev, shipped)
            if better != "same" and (better != now or edges):
                page, short, opens, dropped, known, dropped_all = ev
                print(
                    f"  {row['id'][:8]} {key:<22} now {now:<5} better {better:<5} "
                    f"(F1 {fc['f1']:.3f} clean / {fn['f1']:.3f} page) page={page} short={short:.3f} "
                    f"opens={opens} dropped={dropped:.3f} known={known} dropped_all={dropped_all:.3f} "
                    f"edges={','.join(edges) or '-'}"
                )

    def edge_count(p: dict[str, Any]) -> Counter[str]:
        c: Counter[str] = Counter()
        for _ds, _rows, evs, _c, _n in pages.values():
            for ev in evs:
                if ev is not None:
                    c.update(_edges(ev, p))
        return c

    results = []
    names = list(CLEAN_GRID)
    for combo in itertools.product(*(CLEAN_GRID[n] for n in names)):
        p = dict(zip(names, combo, strict=True))
        res = evaluate_clean(p)
        results.append((objective(res), p, res))
    results.sort(key=lambda t: -t[0])
    base_res = evaluate_clean(shipped)
    print(f"shipped {shipped}: objective {objective(base_res):.5f}  on the edge: {dict(edge_count(shipped))}")
    for k, v in base_res.items():
        print(f"    {k:<22} F1 {v['f1']:.5f}  P {v['p']:.5f}  R {v['r']:.5f}  lost {v['lost']}")
    for value, p, res in results[:top]:
        worse = [
            k for k in res if res[k]["f1"] < base_res[k]["f1"] - 5e-6 or res[k]["lost"] > base_res[k]["lost"]
        ]
        print(f"{value:.5f} {p}  on the edge: {dict(edge_count(p))}  worse: {worse or '-'}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["eval", "fit", "clean"])
    ap.add_argument("--top", type=int, default=15, help="with clean: how many combinations to list")
    ap.add_argument("--write", action="store_true", help="with fit: write data/weights.json")
    args = ap.parse_args()
    data = prepare()
    if args.command == "eval":
        cmd_eval(data)
    elif args.command == "clean":
        cmd_clean(data, args.top)
    else:
        cmd_fit(data, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
