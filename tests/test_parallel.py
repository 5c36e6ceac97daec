"""newsclean.parallel: clean_many and the pool machinery."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

import newsclean
from newsclean import Config
from newsclean.parallel import WorkerPool, chunked, clean_many, resolve_jobs


def page(i: int) -> str:
    return (
        "Home\nShare\n"
        f"Story {i}: the harbour authority approved a new ferry terminal on Tuesday, officials said.\n"
        f"Work on pier {i} will start next spring, a spokeswoman told reporters at the port.\n"
        "Related Stories\nMore from the coast\n"
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_many_equals_clean_in_order(jobs: int) -> None:
    texts = [page(i) for i in range(120)]
    got = list(clean_many(texts, jobs=jobs, chunksize=5))
    assert got == [newsclean.clean(t) for t in texts]
    assert all(f"Story {i}:" in g for i, g in enumerate(got))


def test_clean_many_passes_config() -> None:
    cfg = Config(drop_contains=("spokeswoman",))
    got = list(clean_many([page(1), page(2)], jobs=2, config=cfg, chunksize=1))
    assert got == [newsclean.clean(page(1), cfg), newsclean.clean(page(2), cfg)]
    assert all("spokeswoman" not in g for g in got)


def test_clean_many_is_lazy_on_an_infinite_iterator() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield page(i)

    it = clean_many(endless(), jobs=2, chunksize=4)
    first = list(itertools.islice(it, 10))
    assert first == [newsclean.clean(page(i)) for i in range(10)]
    it.close()  # type: ignore[attr-defined]
    # Bounded read-ahead: the 3 chunks consumed, max_inflight (4 per worker) queued, one held by
    # the feeder waiting for a slot and at most one more read as the iterator closes.
    assert pulled <= 4 * (3 + 4 * 2 + 1 + 1)


def test_clean_many_does_nothing_until_iterated() -> None:
    def boom() -> Iterator[str]:
        raise AssertionError("read too early")
        yield ""

    clean_many(boom(), jobs=2)  # not iterated: nothing happens


def test_clean_many_empty_input() -> None:
    assert list(clean_many([], jobs=2)) == []


def test_clean_many_raises_at_the_bad_item() -> None:
    texts: list[object] = [page(0), page(1), 42, page(3)]
    it = clean_many(texts, jobs=2, chunksize=1)  # type: ignore[arg-type]
    assert next(it) == newsclean.clean(page(0))
    assert next(it) == newsclean.clean(page(1))
    with pytest.raises(TypeError):
        next(it)


def test_input_errors_propagate_in_order() -> None:
    def broken() -> Iterator[str]:
        yield page(0)
        raise OSError("disk gone")

    it = clean_many(broken(), jobs=2, chunksize=1)
    assert next(it) == newsclean.clean(page(0))
    with pytest.raises(OSError, match="disk gone"):
        next(it)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        list(clean_many(["x"], chunksize=0))
    with pytest.raises(ValueError, match="jobs"):
        resolve_jobs(-1)
    assert resolve_jobs(None) >= 1
    assert resolve_jobs(0) == resolve_jobs(None)


def test_chunked_by_count_and_bytes() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []
    assert list(chunked(["aaaaa", "b", "cc", "d"], 10, max_bytes=3)) == [["aaaaa"], ["b", "cc"], ["d"]]
    with pytest.raises(ValueError, match="chunk size"):
        list(chunked([1], 0))


def _double(chunk: list[int]) -> list[int]:
    return [2 * x for x in chunk]


def test_worker_pool_reused_for_several_maps() -> None:
    with WorkerPool(_double, jobs=2) as pool:
        assert list(pool.map_items(range(10), 3)) == [2 * x for x in range(10)]
        assert list(pool.map_items(range(5), 2)) == [0, 2, 4, 6, 8]


def test_worker_pool_outside_with_block_raises() -> None:
    pool = WorkerPool(_double, jobs=2)
    with pytest.raises(RuntimeError, match="with-block"):
        list(pool.map([[1]]))
    with WorkerPool(_double, jobs=1) as serial:  # in-process needs no pool
        assert list(serial.map([[1, 2]])) == [[2, 4]]
