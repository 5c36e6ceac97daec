"""Cleaning Dask collections: bags of texts and text columns of data frames.

Needs the ``dask`` extra: ``pip install 'newsclean[dask]'`` (Dask with bag
and dataframe support, distributed and pandas).

>>> import dask.bag as db
>>> from newsclean.dask import clean_bag
>>> bag = db.from_sequence(["Share\\nThe talks ended on Monday, officials said after the meeting."])
>>> clean_bag(bag).compute(scheduler="sync")
['The talks ended on Monday, officials said after the meeting.']

Every function works partition by partition (``map_partitions``): the
configuration travels once per partition, the cleaning pipeline is built
once per worker process, and a partition is a list of texts or a pandas
frame, so the per-text overhead is one Python call. Use a process-based
scheduler (``distributed`` with ``processes=True``, the default of
``LocalCluster``, or ``scheduler="processes"``): cleaning is pure Python
and holds the GIL, so threads do not run it in parallel.

Missing values (``None``, ``NaN``, ``pd.NA``) stay missing; a non-text
value in a text column raises :class:`TypeError` naming the column.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Hashable, Iterable
from typing import Any, cast

try:
    import dask.bag as _db
    import dask.dataframe as _dd

    # pandas ships no type information (pandas-stubs is separate): typed as Any here.
    pd: Any = importlib.import_module("pandas")
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.dask needs Dask and pandas, which the 'dask' extra installs: pip install 'newsclean[dask]'"
    ) from exc

from . import clean, explain
from .config import Config

__all__ = ["clean_bag", "clean_column", "explain_column"]


def clean_bag(bag: _db.Bag, config: Config | None = None) -> _db.Bag:
    """A bag of the cleaned texts of ``bag`` (a bag of ``str``), in the same order."""
    mapped: Any = bag.map_partitions  # untyped in Dask
    return cast(_db.Bag, mapped(_clean_texts, config or Config()))


def clean_column(
    df: _dd.DataFrame,
    column: Hashable,
    *,
    output: Hashable | None = None,
    config: Config | None = None,
) -> _dd.DataFrame:
    """``df`` with the texts of ``column`` cleaned.

    The cleaned texts replace ``column``, or go to a new (or replaced)
    column ``output`` with ``column`` left as it was. The result column has
    the input column's string dtype (``string[pyarrow]`` as Dask reads text
    by default, or ``object``); ``meta`` is computed by running the same
    function on the input's empty ``meta``, so it is right by construction.
    """
    _check_column(df, column)
    target = column if output is None else output
    cfg = config or Config()
    meta = _clean_frame(df._meta, column, target, cfg)
    mapped: Any = df.map_partitions  # untyped in Dask
    return cast(_dd.DataFrame, mapped(_clean_frame, column, target, cfg, meta=meta))


def explain_column(
    df: _dd.DataFrame,
    column: Hashable,
    *,
    explanation: Hashable | None = None,
    output: Hashable | None = None,
    config: Config | None = None,
) -> _dd.DataFrame:
    """``df`` plus a column explaining, for each text of ``column``, which lines
    were kept or dropped and why.

    The explanation column (default name ``f"{column}_explanation"``) holds
    JSON strings: ``json.loads(cell)`` is ``Explanation.to_dict()`` without
    its ``"text"``, that is ``{"language", "blocks", "stats"}``, where each
    block is ``{"index", "line", "text", "kept", "cleaner", "reason",
    "score"}`` and ``stats`` counts the dropped lines per cleaner; the same
    data as the command line's ``--explain-field``. JSON strings, rather than
    dicts in an object column, keep the frame writable to Parquet and cheap
    to move between workers. With ``output``, the cleaned text (computed by
    the same pass) is also written to that column.
    """
    _check_column(df, column)
    name = explanation if explanation is not None else f"{column}_explanation"
    if output is not None and output == name:
        raise ValueError("output and explanation must be different columns")
    cfg = config or Config()
    meta = _explain_frame(df._meta, column, name, output, cfg)
    mapped: Any = df.map_partitions  # untyped in Dask
    return cast(_dd.DataFrame, mapped(_explain_frame, column, name, output, cfg, meta=meta))


# -- partition functions (run on the workers) ------------------------------------------------------


def _clean_texts(texts: Iterable[str], config: Config) -> list[str]:
    return [clean(text, config) for text in texts]


def _check_column(df: _dd.DataFrame, column: Hashable) -> None:
    if column not in df.columns:
        raise KeyError(f"no column {column!r}; the frame has {list(df.columns)}")


def _text_dtype(dtype: Any) -> Any:
    return dtype if isinstance(dtype, pd.StringDtype) else object


def _texts(series: Any, column: Hashable) -> list[str | None]:
    out: list[str | None] = []
    for value in series:
        if isinstance(value, str):
            out.append(value)
        elif value is None or (not isinstance(value, list | dict | tuple) and pd.isna(value)):
            out.append(None)
        else:
            raise TypeError(f"column {column!r} holds a non-text value: {value!r} ({type(value).__name__})")
    return out


def _clean_frame(part: Any, column: Hashable, target: Hashable, config: Config) -> Any:
    src = part[column]
    cleaned = [None if t is None else clean(t, config) for t in _texts(src, column)]
    out = part.copy()
    out[target] = pd.Series(cleaned, index=part.index, dtype=_text_dtype(src.dtype))
    return out


def _explain_frame(
    part: Any,
    column: Hashable,
    name: Hashable,
    output: Hashable | None,
    config: Config,
) -> Any:
    src = part[column]
    dtype = _text_dtype(src.dtype)
    notes: list[str | None] = []
    cleaned: list[str | None] = []
    for text in _texts(src, column):
        if text is None:
            notes.append(None)
            cleaned.append(None)
            continue
        ex = explain(text, config)
        data = ex.to_dict()
        del data["text"]
        notes.append(json.dumps(data, ensure_ascii=False))
        cleaned.append(ex.text)
    out = part.copy()
    out[name] = pd.Series(notes, index=part.index, dtype=dtype)
    if output is not None:
        out[output] = pd.Series(cleaned, index=part.index, dtype=dtype)
    return out
