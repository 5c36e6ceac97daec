"""The five seed articles: every keep line kept, every drop line dropped."""

from __future__ import annotations

import json

import pytest

from newsclean import clean

from .conftest import shared_dir


def _cases() -> list[str]:
    return [
        "000_b0d881515b4b1a42.txt",
        "001_43d1232faabd6cb8.txt",
        "002_7a94d30b4db0896d.txt",
        "003_1cc44040b1ab7bf9.txt",
        "004_e76cab4282cf60fe.txt",
    ]


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = json.loads(
        (shared_dir("seeds") / "expected.json").read_text(encoding="utf-8")
    )
    return data


def test_every_seed_is_listed(expected: dict[str, dict[str, list[str]]]) -> None:
    files = sorted(p.name for p in shared_dir("seeds").glob("*.txt"))
    assert files == sorted(expected)


@pytest.mark.parametrize("name", _cases())
def test_seed(name: str, expected: dict[str, dict[str, list[str]]]) -> None:
    text = (shared_dir("seeds") / name).read_text(encoding="utf-8")
    out = clean(text)
    lines = {line.strip() for line in out.splitlines()}
    want = expected[name]
    missing = [line for line in want["keep"] if line not in lines]
    kept_chrome = [line for line in want["drop"] if line in lines]
    assert not missing, f"article lines lost: {missing}"
    assert not kept_chrome, f"chrome kept: {kept_chrome}"
    assert clean(out) == out


def test_clean_article_comes_through_whole(expected: dict[str, dict[str, list[str]]]) -> None:
    text = (shared_dir("seeds") / "000_b0d881515b4b1a42.txt").read_text(encoding="utf-8")
    out = clean(text)
    assert [line for line in out.splitlines() if line.strip()] == [
        line.strip() for line in text.splitlines() if line.strip()
    ]
