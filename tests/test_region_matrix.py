"""The region cleaner's feature rows (each number is the one its name says) and its smoothing."""

from __future__ import annotations

import math
from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from newsclean.cleaners.region import FEATURE_NAMES, feature_matrix, viterbi
from newsclean.document import Document
from newsclean.features import Features, features

_PAGE = "\n".join(
    [
        "Startseite | Politik | Sport",
        "Teilen",
        "Der Stadtrat hat am Montag über den neuen Haushalt beraten, sagte die Bürgermeisterin.",
        "  * Mehr Geld für Schulen",
        "Teilen",
        "The council met on Monday to discuss the budget, the mayor said.",
        "Le conseil municipal s'est réuni lundi: « un budget juste », a dit le maire.",
        "El concejo aprobó 12 proyectos, dijo la alcaldesa.",
        "Teilen",
        "Kommentare:",
    ]
)


def _own(f: Features, bullet: bool, indent: int) -> dict[str, float]:
    """The numbers of a row that depend on the block alone, written out."""
    return {
        "bias": 1.0,
        "log_words": math.log1p(f.words),
        "ends_sentence": float(f.ends_sentence),
        "log_sentences": math.log1p(f.sentences),
        "stopwords": f.stopwords,
        "title_ratio": f.title_ratio,
        "digit_ratio": f.digit_ratio,
        "separators": float(f.separators > 0),
        "bullet": float(bullet),
        "ends_colon": float(f.ends_colon),
        "indented": float(indent > 0),
        "very_short": float(f.words <= 3),
        "cjk": float(f.cjk > 0),
        "comma_rate": f.commas / f.words if f.words else 0.0,
        "upper_ratio": f.upper / f.letters if f.letters else 0.0,
        "quotes": float(f.quotes),
        "glued": float(f.glued),
    }


def test_rows_hold_each_block_s_own_numbers_in_the_order_of_their_names() -> None:
    doc = Document.from_text(_PAGE)
    feats = features(doc)
    # twice: the second call reads the numbers the first left in the page's memo
    for _ in range(2):
        rows = feature_matrix(doc, doc.blocks)
        assert len(rows) == len(doc.blocks)
        for b, row in zip(doc.blocks, rows, strict=True):
            assert len(row) == len(FEATURE_NAMES)
            named = dict(zip(FEATURE_NAMES, row, strict=True))
            for name, value in _own(feats[b.index], b.bullet, b.indent).items():
                assert named[name] == value, (b.content, name)
            # "Teilen" is on three lines of the page
            assert named["repeated"] == (1.0 if b.content == "Teilen" else 0.0)


def test_rows_of_the_same_line_differ_only_by_their_context() -> None:
    doc = Document.from_text(_PAGE)
    rows = feature_matrix(doc, doc.blocks)
    teilen = [row for b, row in zip(doc.blocks, rows, strict=True) if b.content == "Teilen"]
    own = [FEATURE_NAMES.index(n) for n in ("log_words", "stopwords", "title_ratio", "very_short", "quotes")]
    assert all([r[i] for i in own] == [teilen[0][i] for i in own] for r in teilen)
    prev = FEATURE_NAMES.index("prev_log_words")
    assert len({r[prev] for r in teilen}) > 1


def _path_score(scores: list[float], labels: list[bool], cost: float) -> float:
    total = 0.0
    for k, (s, lab) in enumerate(zip(scores, labels, strict=True)):
        total += -math.log1p(math.exp(-s if lab else s))
        if k and labels[k - 1] != lab:
            total -= cost
    return total


@given(
    st.lists(st.floats(min_value=-20, max_value=20), max_size=9),
    st.sampled_from([0.0, 0.5, 2.0, 4.0]),
)
def test_viterbi_finds_a_best_labelling(scores: list[float], cost: float) -> None:
    got = viterbi(scores, cost)
    assert len(got) == len(scores)
    if scores:
        best = max(
            _path_score(scores, list(labels), cost) for labels in product((True, False), repeat=len(scores))
        )
        assert _path_score(scores, got, cost) >= best - 1e-9
