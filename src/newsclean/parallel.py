"""Cleaning many documents on several cores, in order, with bounded memory.

>>> from newsclean.parallel import clean_many
>>> docs = ["Share\\nThe talks ended on Monday, officials said after the meeting."] * 3
>>> list(clean_many(docs, jobs=1))  # doctest: +NORMALIZE_WHITESPACE
['The talks ended on Monday, officials said after the meeting.',
 'The talks ended on Monday, officials said after the meeting.',
 'The talks ended on Monday, officials said after the meeting.']

The machinery (:class:`WorkerPool`) is shared with the command line:

- work goes to a :class:`concurrent.futures.ProcessPoolExecutor` in *chunks*
  of documents, so that small documents do not drown in inter-process
  overhead;
- at most ``max_inflight`` chunks (default: 4 per worker) are submitted and
  not yet consumed, so memory stays bounded however long the input is, and
  the input iterator is read lazily (an infinite iterator works), by a
  feeder thread, so that results flow out while reading blocks;
- results come back in input order;
- the task object (for :func:`clean_many` the configuration) is sent to each
  worker once, when it starts, not with every chunk;
- workers ignore SIGINT, so Ctrl-C reaches only the parent, which stops
  submitting and lets the running chunks finish (no half-written files);
  a second Ctrl-C while it waits stops the workers at once (SIGTERM: a
  file being written is left as it was, its temporary file removed), so
  that none outlives the parent;
- ``jobs=1`` runs everything in the calling process, without a pool.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .config import Config

if TYPE_CHECKING:
    # imported when workers start: a command that cleans in-process (one
    # file, --jobs 1) does without multiprocessing, about 7 ms to import
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["DEFAULT_CHUNKSIZE", "WorkerPool", "available_cores", "chunked", "clean_many"]

T = TypeVar("T")
R = TypeVar("R")

#: Documents per chunk sent to a worker. At ~20 ms per news page a chunk is
#: a fraction of a second of work, far above the ~1 ms a round trip costs.
DEFAULT_CHUNKSIZE = 16

# The task a worker process runs, set once by the pool's initializer.
_WORKER_TASK: Callable[[list[Any]], list[Any]] | None = None


def available_cores() -> int:
    """The number of cores this process may run on.

    >>> available_cores() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """The number of worker processes for ``jobs``: ``None`` or ``0`` means
    every available core.

    >>> resolve_jobs(2), resolve_jobs(0) == available_cores()
    (2, True)
    """
    if jobs is None or jobs == 0:
        return available_cores()
    if jobs < 0:
        raise ValueError(f"jobs must be >= 0, not {jobs}")
    return jobs


def chunked(
    items: Iterable[T],
    size: int,
    *,
    max_bytes: int | None = None,
    sizeof: Callable[[T], int] = len,  # type: ignore[assignment]
) -> Iterator[list[T]]:
    """Group ``items`` into lists of at most ``size`` items, lazily.

    With ``max_bytes``, a chunk also ends once the ``sizeof`` of its items
    reaches that many (a single larger item still makes a chunk of its own).

    >>> list(chunked(range(5), 2))
    [[0, 1], [2, 3], [4]]
    >>> list(chunked(["aaaa", "b", "c", "dddd"], 10, max_bytes=4))
    [['aaaa'], ['b', 'c', 'dddd']]
    """
    if size < 1:
        raise ValueError(f"chunk size must be >= 1, not {size}")
    it = iter(items)
    if max_bytes is None:
        while chunk := list(islice(it, size)):
            yield chunk
        return
    chunk = []
    total = 0
    for item in it:
        chunk.append(item)
        total += sizeof(item)
        if len(chunk) >= size or total >= max_bytes:
            yield chunk
            chunk = []
            total = 0
    if chunk:
        yield chunk


# Whether this worker is running a chunk (SIGTERM then unwinds it first).
_WORKER_BUSY = False


class _Stopped(BaseException):
    """Raised in a busy worker by SIGTERM: unwinds the chunk in hand (an
    atomic write in progress removes its temporary file), then the worker
    exits."""


def _on_sigterm(signum: int, frame: object) -> None:
    if not _WORKER_BUSY:
        os._exit(128 + signum)
    raise _Stopped


def _init_worker(task: Callable[[list[Any]], list[Any]]) -> None:
    global _WORKER_TASK
    # Ctrl-C in a terminal signals the whole process group; the parent
    # decides what to do, workers finish the chunk in hand.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent sends SIGTERM when told to stop at once (a second Ctrl-C).
    signal.signal(signal.SIGTERM, _on_sigterm)
    _WORKER_TASK = task


def _noop() -> None:
    return None


def _run_chunk(chunk: list[Any]) -> list[Any]:
    global _WORKER_BUSY
    assert _WORKER_TASK is not None, "worker not initialised"
    _WORKER_BUSY = True
    try:
        return _WORKER_TASK(chunk)
    except _Stopped:
        os._exit(128 + signal.SIGTERM)
    finally:
        _WORKER_BUSY = False


@dataclass(frozen=True, slots=True)
class _Failed:
    exc: BaseException


class WorkerPool(Generic[T, R]):
    """Run ``task`` (a picklable callable from a chunk to a list of results)
    over chunks of items, in ``jobs`` worker processes or in-process.

    Use it as a context manager; :meth:`map` may be called several times
    (for example once per input file) on the same workers. ``max_inflight``
    chunks at most are submitted and not yet consumed (default: 4 per
    worker).

    >>> def lengths(chunk):  # with jobs > 1 the task must be picklable
    ...     return [len(s) for s in chunk]
    >>> with WorkerPool(lengths, jobs=1) as pool:
    ...     list(pool.map_items(["a", "bb", "ccc"], chunksize=2))
    [1, 2, 3]
    """

    def __init__(
        self,
        task: Callable[[list[T]], list[R]],
        jobs: int | None = None,
        *,
        max_inflight: int | None = None,
    ) -> None:
        self.task = task
        self.jobs = resolve_jobs(jobs)
        self.max_inflight = max_inflight or 4 * self.jobs
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool[T, R]:
        if self.jobs > 1:
            from concurrent.futures import ProcessPoolExecutor

            self._executor = ProcessPoolExecutor(
                max_workers=self.jobs, initializer=_init_worker, initargs=(self.task,)
            )
            # Start the workers now, from this thread, not later from the feeder.
            self._executor.submit(_noop).result()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers after the chunks they are running; drop the rest.

        Interrupted while it waits (a second Ctrl-C), it terminates the
        workers before re-raising, so that none outlives this process.

        Leaving the ``with`` block calls it; calling it again does nothing.

        >>> pool = WorkerPool(list, jobs=1).__enter__()
        >>> pool.close(); pool.close()
        """
        if self._executor is not None:
            executor, self._executor = self._executor, None
            workers = list(executor._processes.values())
            try:
                executor.shutdown(wait=True, cancel_futures=True)
            except BaseException:
                # Interrupted while waiting (a second Ctrl-C): stop the workers
                # now, or they would outlive this process, idle or blocked for
                # ever on their queue or on an input (a FIFO nobody writes).
                for worker in workers:
                    with contextlib.suppress(OSError, ValueError):
                        worker.terminate()
                for worker in workers:
                    with contextlib.suppress(OSError, ValueError, AssertionError):
                        worker.join(timeout=5)
                raise

    def map(self, chunks: Iterable[list[T]]) -> Iterator[list[R]]:
        """The task's result for each chunk, in order, lazily.

        With workers, a feeder thread reads ``chunks`` and submits them, at
        most ``max_inflight`` ahead of the consumer, so that a result is
        yielded as soon as it is ready even while reading the next chunk
        blocks (a slow pipe, ``tail -f``). An exception raised by ``chunks``
        is re-raised here, in order.

        >>> with WorkerPool(sorted, jobs=1) as pool:
        ...     list(pool.map([[3, 1, 2], [9, 8]]))
        [[1, 2, 3], [8, 9]]
        """
        if self._executor is None:
            if self.jobs > 1:
                raise RuntimeError("WorkerPool.map() outside its with-block")
            for chunk in chunks:
                yield self.task(chunk)
            return
        from concurrent.futures import Future

        executor = self._executor
        slots: queue.Queue[Future[list[R]] | _Failed | None] = queue.Queue(maxsize=self.max_inflight)
        stop = threading.Event()

        def put(item: Future[list[R]] | _Failed | None) -> bool:
            while not stop.is_set():
                try:
                    slots.put(item, timeout=0.1)
                    return True
                except queue.Full:
                    continue
            return False

        def feed() -> None:
            try:
                for chunk in chunks:
                    if stop.is_set():
                        return
                    fut = executor.submit(_run_chunk, chunk)
                    if not put(fut):
                        fut.cancel()
                        return
                put(None)
            except BaseException as exc:  # handed to the consumer
                put(_Failed(exc))

        feeder = threading.Thread(target=feed, name="newsclean-feeder", daemon=True)
        feeder.start()
        try:
            while (item := slots.get()) is not None:
                if isinstance(item, _Failed):
                    raise item.exc
                yield item.result()
        finally:
            stop.set()
            while True:
                try:
                    left = slots.get_nowait()
                except queue.Empty:
                    break
                if isinstance(left, Future):
                    left.cancel()

    def map_items(self, items: Iterable[T], chunksize: int = DEFAULT_CHUNKSIZE) -> Iterator[R]:
        """The task's result for each item, in order, lazily.

        >>> with WorkerPool(lambda chunk: [x * x for x in chunk], jobs=1) as pool:
        ...     list(pool.map_items(range(5), chunksize=2))
        [0, 1, 4, 9, 16]
        """
        for results in self.map(chunked(items, chunksize)):
            yield from results


@dataclass(frozen=True, slots=True)
class _CleanChunk:
    """Picklable task: clean each text of a chunk under one configuration."""

    config: Config

    def __call__(self, texts: list[str]) -> list[str]:
        from . import clean

        return [clean(text, self.config) for text in texts]


def clean_many(
    texts: Iterable[str],
    *,
    jobs: int | None = None,
    config: Config | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[str]:
    """Clean each text of ``texts``, yielding the results in input order.

    ``jobs`` worker processes share the work (``None`` or ``0``: every
    available core; ``1``: in this process). Texts are sent in chunks of
    ``chunksize``; the input is read lazily and at most a few chunks per
    worker are in flight, so ``texts`` may be a generator over a corpus
    larger than memory, or infinite. An exception raised while cleaning a
    text is raised here, at that text's position.

    Closing the returned iterator early (or leaving a ``for`` loop) stops the
    workers.

    >>> from itertools import count
    >>> stream = (f"Share\\nStory number {i} is about the council vote on Monday." for i in count())
    >>> it = clean_many(stream, jobs=1)
    >>> next(it)
    'Story number 0 is about the council vote on Monday.'
    >>> next(it)
    'Story number 1 is about the council vote on Monday.'
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, not {chunksize}")
    task = _CleanChunk(config or Config())
    with WorkerPool(task, jobs) as pool:
        yield from pool.map_items(texts, chunksize)
