"""Composing pipelines: without a cleaner, with one of your own, configured."""

from __future__ import annotations

import pickle

import pytest

from newsclean import Config, LineRule, Pipeline, clean, explain
from newsclean.cleaners import Cleaner
from newsclean.document import Document

ARTICLE = (
    "Share\n"
    "By Jane Doe | Updated: March 3, 2024 10:15 EST\n"
    "The city council approved the new budget on Monday after a long debate about schools.\n"
    "Members said the plan would pay for repairs to three bridges and a new library in the north.\n"
    "PROMO: get 50% off today\n"
    "Related Stories\n"
    "Council members argue over parking fees\n"
    "Mayor opens new park\n"
)


def test_default_pipeline_names() -> None:
    assert Pipeline().names == ("rules", "labels", "boilerplate", "bylines", "teasers", "sections", "region")


def test_clean_uses_default_pipeline() -> None:
    assert clean(ARTICLE) == Pipeline().clean(ARTICLE)


def test_pipeline_without_a_cleaner_keeps_what_it_would_drop() -> None:
    full = Pipeline().clean(ARTICLE)
    assert "By Jane Doe" not in full
    out = Pipeline().without("bylines", "region").clean(ARTICLE)
    assert "By Jane Doe | Updated: March 3, 2024 10:15 EST" in out.splitlines()


def test_pipeline_with_a_cleaner_of_ones_own() -> None:
    promo = LineRule("promo", lambda text: "a promotion" if text.startswith("PROMO:") else None)
    p = Pipeline().with_cleaner(promo, before="region")
    assert "promo" in p.names
    out = p.clean(ARTICLE)
    assert "PROMO" not in out
    ex = p.explain(ARTICLE)
    (decision,) = [b for b in ex.blocks if b.text.startswith("PROMO")]
    assert decision.cleaner == "promo"
    assert not decision.kept
    assert decision.reason == "dropped: a promotion"


def test_a_cleaner_subclass() -> None:
    class DropShouting(Cleaner):
        name = "shouting"

        def annotate(self, doc: Document) -> None:
            for block in doc.undecided():
                if block.content.isupper():
                    doc.drop(block, self.name, "dropped: all capitals")

    out = Pipeline().with_cleaner(DropShouting(), after="labels").clean("BUY NOW\n" + ARTICLE)
    assert "BUY NOW" not in out


def test_unknown_names_are_errors() -> None:
    with pytest.raises(KeyError, match="no cleaner named"):
        Pipeline().without("nope")
    with pytest.raises(KeyError, match="no cleaner named"):
        Pipeline().with_cleaner(LineRule("x", lambda t: None), before="nope")
    with pytest.raises(ValueError, match="unique"):
        Pipeline([LineRule("x", lambda t: None), LineRule("x", lambda t: None)])
    with pytest.raises(TypeError, match="not a cleaner"):
        Pipeline([object()])  # type: ignore[list-item]


def test_config_skip_turns_cleaners_off() -> None:
    assert "By Jane Doe" not in clean(ARTICLE)
    out = clean(ARTICLE, Config(skip=("bylines", "region")))
    assert "By Jane Doe | Updated: March 3, 2024 10:15 EST" in out.splitlines()


def test_keep_rule_wins_over_every_cleaner() -> None:
    cfg = Config(keep_contains=("Related Stories", "Share"))
    out = clean(ARTICLE, cfg).splitlines()
    assert "Related Stories" in out
    assert "Share" in out
    ex = explain(ARTICLE, cfg)
    assert ex.blocks[0].cleaner == "rules"
    assert ex.blocks[0].kept


def test_drop_rule_wins_over_scoring() -> None:
    cfg = Config(drop_regex=(r"^members said",))
    out = clean(ARTICLE, cfg)
    assert "Members said" not in out
    assert "The city council approved" in out


def test_explain_names_every_block() -> None:
    ex = explain(ARTICLE)
    assert len(ex.blocks) == len([line for line in ARTICLE.splitlines() if line.strip()])
    assert ex.text == clean(ARTICLE)
    for b in ex.blocks:
        assert b.reason.startswith("kept" if b.kept else "dropped")
        assert b.cleaner in Pipeline().names
    d = ex.to_dict()
    assert d["text"] == ex.text
    assert len(d["blocks"]) == len(ex.blocks)


def test_pipeline_and_config_pickle() -> None:
    p = Pipeline(config=Config(language="en"))
    q = pickle.loads(pickle.dumps(p))
    assert q.names == p.names
    assert q.config == p.config
    assert q.clean(ARTICLE) == p.clean(ARTICLE)


def test_non_str_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        clean(None)  # type: ignore[arg-type]
