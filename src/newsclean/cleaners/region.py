"""Find the article region: score every block, smooth with its neighbours,
keep the main region and its headline, drop the rest.

Two stages, as jusText classifies paragraphs and then revises with context:

1. **Score** (context-free): each undecided block gets a log-odds score of
   being article text from language-independent features (length, sentence
   punctuation, function-word share, Title-Case share, digits, separators,
   bullets), with weights from ``data/weights.json``.
2. **Smooth** (context): a two-state model (article / chrome) decoded with
   Viterbi; switching state costs ``transition_cost``. Short lines inside the
   article (subheadings, list items) stay; prose-like blocks far from it
   (teasers of other stories, comments) go.

Then the main region is the run of article blocks with the most evidence,
joined by the article runs close to it; the headline is the title-like line
just above it; repeated lines keep one copy. If no block looks like article
text at all, the text is kept as it is: newsclean does not guess.

>>> from newsclean.document import Document
>>> text = ("Home\\nNews\\nSport\\nMinisters meet in Seoul\\n"
...         "The foreign ministers of both countries met in Seoul on Monday to discuss the alliance.\\n"
...         "They agreed to meet again next year, officials said after the talks ended.\\n"
...         "Contact\\nImprint")
>>> doc = Document.from_text(text)
>>> Region().annotate(doc)
>>> print(doc.render())
Ministers meet in Seoul
The foreign ministers of both countries met in Seoul on Monday to discuss the alliance.
They agreed to meet again next year, officials said after the talks ended.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..document import Block, Document
from ..features import Features, features
from ..lexicon import key
from .base import Cleaner

__all__ = ["FEATURE_NAMES", "Region", "Weights", "feature_vector", "load_weights"]

FEATURE_NAMES = (
    "bias",
    "log_words",
    "ends_sentence",
    "log_sentences",
    "stopwords",
    "title_ratio",
    "digit_ratio",
    "separators",
    "bullet",
    "ends_colon",
    "indented",
    "very_short",
    "cjk",
)


def feature_vector(block: Block, f: Features) -> list[float]:
    """The numbers the score is a weighted sum of (see ``FEATURE_NAMES``)."""
    return [
        1.0,
        math.log1p(f.words),
        1.0 if f.ends_sentence else 0.0,
        math.log1p(f.sentences),
        f.stopwords,
        f.title_ratio,
        f.digit_ratio,
        1.0 if f.separators else 0.0,
        1.0 if block.bullet else 0.0,
        1.0 if f.ends_colon else 0.0,
        1.0 if block.indent > 0 else 0.0,
        1.0 if f.words <= 3 else 0.0,
        1.0 if f.cjk else 0.0,
    ]


@dataclass(frozen=True, slots=True)
class Weights:
    """The fitted scoring model and the smoothing and region parameters."""

    coef: tuple[float, ...]
    transition_cost: float
    region_max_gap: int
    headline_window: int

    def score(self, block: Block, f: Features) -> float:
        return sum(c * x for c, x in zip(self.coef, feature_vector(block, f), strict=True))


@lru_cache(maxsize=1)
def load_weights() -> Weights:
    """Read ``data/weights.json`` (cached)."""
    raw = resources.files("newsclean").joinpath("data", "weights.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    coef = data["coef"]
    return Weights(
        coef=tuple(float(coef[name]) for name in FEATURE_NAMES),
        transition_cost=float(data["transition_cost"]),
        region_max_gap=int(data["region_max_gap"]),
        headline_window=int(data["headline_window"]),
    )


def _log_sigmoid(x: float) -> float:
    return -math.log1p(math.exp(-x)) if x > -30 else x


def viterbi(scores: list[float], cost: float) -> list[bool]:
    """Most likely article/chrome labelling of a score sequence (True = article).

    Emissions are ``log sigmoid(s)`` for article and ``log sigmoid(-s)`` for
    chrome; every change of state costs ``cost``. Linear time.

    >>> viterbi([3.0, -0.5, 2.5, -4.0, -3.0], 2.0)
    [True, True, True, False, False]
    """
    n = len(scores)
    if n == 0:
        return []
    back: list[tuple[bool, bool]] = []
    a = _log_sigmoid(scores[0])
    c = _log_sigmoid(-scores[0])
    for s in scores[1:]:
        # best predecessor for each state: (came_from_article_into_article, came_from_article_into_chrome)
        aa, ca = a, c - cost
        ac, cc = a - cost, c
        from_a_to_a = aa >= ca
        from_a_to_c = ac >= cc
        back.append((from_a_to_a, from_a_to_c))
        a = (aa if from_a_to_a else ca) + _log_sigmoid(s)
        c = (ac if from_a_to_c else cc) + _log_sigmoid(-s)
    state = a >= c
    out = [state] * n
    for i in range(n - 1, 0, -1):
        to_a, to_c = back[i - 1]
        state = to_a if state else to_c
        out[i - 1] = state
    return out


def _title_like(f: Features) -> bool:
    return 2 <= f.words <= 30 and f.sentences <= 1 and f.separators <= 2


class Region(Cleaner):
    """Keep the article region and its headline; drop everything else."""

    name = "region"

    def annotate(self, doc: Document) -> None:
        w = load_weights()
        feats = features(doc)
        blocks = [b for b in doc.blocks if b.kept is None]
        if not blocks:
            return
        scores = [w.score(b, feats[b.index]) for b in blocks]
        labels = viterbi(scores, w.transition_cost)

        # runs of article blocks: (start, end) positions in `blocks`, end exclusive
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(blocks):
            if labels[i]:
                j = i
                while j < len(blocks) and labels[j]:
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        if not runs:
            for b, s in zip(blocks, scores, strict=True):
                doc.keep(b, self.name, "kept: no article region found, the text is kept as it is", score=s)
            return

        def mass(run: tuple[int, int]) -> float:
            return sum(max(0.0, scores[k]) for k in range(run[0], run[1]))

        main = max(range(len(runs)), key=lambda r: mass(runs[r]))
        lo, hi = runs[main]
        # join article runs that are close to the region
        left, right = main - 1, main + 1
        while left >= 0 and lo - runs[left][1] <= w.region_max_gap:
            lo = runs[left][0]
            left -= 1
        while right < len(runs) and runs[right][0] - hi <= w.region_max_gap:
            hi = runs[right][1]
            right += 1

        headline = (
            self._headline(doc, blocks, lo, feats, w.headline_window) if doc.config.keep_headline else None
        )

        seen: dict[str, int] = {}
        if headline is not None:
            seen[key(headline.content)] = headline.index
        for k, (b, s) in enumerate(zip(blocks, scores, strict=True)):
            if b is headline:
                continue
            if lo <= k < hi:
                if labels[k]:
                    kk = key(b.content)
                    if len(kk.split()) >= 3 and kk in seen:
                        doc.drop(b, self.name, f"dropped: repeats block {seen[kk] + 1}", score=s)
                        continue
                    seen.setdefault(kk, b.index)
                    doc.keep(b, self.name, f"kept: inside the article region (score {s:+.2f})", score=s)
                else:
                    doc.drop(b, self.name, f"dropped: chrome between article runs (score {s:+.2f})", score=s)
            elif labels[k]:
                doc.drop(b, self.name, f"dropped: text outside the article region (score {s:+.2f})", score=s)
            else:
                doc.drop(
                    b, self.name, f"dropped: chrome outside the article region (score {s:+.2f})", score=s
                )

    def _headline(
        self, doc: Document, blocks: list[Block], lo: int, feats: list[Features], window: int
    ) -> Block | None:
        """The title-like line just above the region: the nearest one, or one
        that the page's first line (its title bar) contains."""
        start = blocks[lo].index
        first = doc.blocks[0] if doc.blocks else None
        title_bar = key(first.content) if first is not None else ""
        runon = doc.meta.get("section_runon", set())
        candidates: list[Block] = []
        for b in reversed(doc.blocks[max(0, start - window) : start]):
            if b.kept is not None and not (b.kept is False and b.index in runon):
                continue
            f = feats[b.index]
            if _title_like(f) and not f.ends_colon:
                candidates.append(b)
        if not candidates:
            return None
        chosen = candidates[0]
        for b in candidates:
            kb = key(b.content)
            if b is not first and len(kb.split()) >= 3 and kb in title_bar:
                chosen = b
                break
        doc.keep(chosen, self.name, "kept: the headline above the article", force=True)
        if first is not None and first is not chosen and first.kept is None:
            kf = key(chosen.content)
            if kf and kf in title_bar:
                doc.drop(first, self.name, "dropped: the page title repeating the headline")
        return chosen
