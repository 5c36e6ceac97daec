"""newsclean.dask on a real two-process distributed LocalCluster: results equal the serial ones."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

import newsclean  # noqa: E402
from newsclean import Config  # noqa: E402
from newsclean.dask import clean_bag, clean_column, explain_column  # noqa: E402

SRC = str(Path(newsclean.__file__).resolve().parent.parent)


def page(i: int) -> str:
    return (
        "Home\nShare\n"
        f"Story {i}: the rail operator promised more weekend trains on Tuesday, officials said.\n"
        f"Line {i} will get new carriages next spring, a spokesman told reporters at the depot.\n"
        "Related Stories\nMore from the region\n"
    )


TEXTS = [page(i) for i in range(40)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # The worker processes must import newsclean from this source tree.
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = SRC + (os.pathsep + old if old else "")
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


def frame() -> Any:
    df = pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS})
    df.loc[3, "text"] = None
    return df


def test_cluster_has_two_worker_processes(client: Any) -> None:
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    pids = client.run(os.getpid)
    assert len(set(pids.values())) == 2
    assert os.getpid() not in pids.values()


def test_clean_bag_equals_serial(client: Any) -> None:
    bag = db.from_sequence(TEXTS, npartitions=6)
    assert clean_bag(bag).compute() == [newsclean.clean(t) for t in TEXTS]


def test_clean_bag_with_config(client: Any) -> None:
    cfg = Config(drop_contains=("spokesman",))
    got = clean_bag(db.from_sequence(TEXTS, npartitions=4), cfg).compute()
    assert got == [newsclean.clean(t, cfg) for t in TEXTS]
    assert not any("spokesman" in g for g in got)


def test_clean_column_in_place_equals_serial(client: Any) -> None:
    ddf = dd.from_pandas(frame(), npartitions=5)
    result = clean_column(ddf, "text")
    got = result.compute()
    expected = [None if pd.isna(t) else newsclean.clean(t) for t in frame()["text"]]
    assert list(got["id"]) == list(range(len(TEXTS)))
    assert [None if pd.isna(v) else v for v in got["text"]] == expected
    # meta is right: the declared dtypes are the computed ones
    assert dict(result.dtypes) == dict(got.dtypes)
    assert list(result.columns) == ["id", "text"]


def test_clean_column_to_new_column(client: Any) -> None:
    ddf = dd.from_pandas(frame(), npartitions=3)
    result = clean_column(ddf, "text", output="clean", config=Config(keep_bylines=True))
    got = result.compute()
    assert list(result.columns) == ["id", "text", "clean"]
    assert dict(result.dtypes) == dict(got.dtypes)
    assert got["text"].iloc[0] == TEXTS[0]
    assert got["clean"].iloc[0] == newsclean.clean(TEXTS[0], Config(keep_bylines=True))
    assert pd.isna(got["clean"].iloc[3])


def test_clean_column_object_dtype(client: Any) -> None:
    pdf = pd.DataFrame({"text": pd.Series(TEXTS[:6], dtype=object)})
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(pdf, npartitions=2)
        result = clean_column(ddf, "text")
        assert result.dtypes["text"] == pd.Series([], dtype=object).dtype
        got = result.compute()
    assert list(got["text"]) == [newsclean.clean(t) for t in TEXTS[:6]]


def test_explain_column_equals_serial(client: Any) -> None:
    ddf = dd.from_pandas(frame(), npartitions=4)
    result = explain_column(ddf, "text", output="clean")
    got = result.compute()
    assert list(result.columns) == ["id", "text", "text_explanation", "clean"]
    assert dict(result.dtypes) == dict(got.dtypes)
    note = json.loads(got["text_explanation"].iloc[0])
    expected = newsclean.explain(TEXTS[0]).to_dict()
    del expected["text"]
    assert note == json.loads(json.dumps(expected))
    assert got["clean"].iloc[0] == newsclean.clean(TEXTS[0])
    assert pd.isna(got["text_explanation"].iloc[3])
    dropped = [b["text"] for b in note["blocks"] if not b["kept"]]
    assert "Share" in dropped


def test_errors_name_the_column() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'"):
        clean_column(ddf, "text")
    with dask.config.set({"dataframe.convert-string": False}):
        bad = dd.from_pandas(pd.DataFrame({"text": pd.Series(["ok", 5], dtype=object)}), npartitions=1)
        with pytest.raises(TypeError, match="column 'text' holds a non-text value: 5"):
            clean_column(bad, "text").compute(scheduler="sync")
    with pytest.raises(ValueError, match="different"):
        explain_column(ddf, "body", explanation="x", output="x")
