"""Benchmark: parallel speed-up of the CLI and of newsclean.dask, and peak memory of --jsonl.

Not a test: it prints timings. Usage, from the repository root:

    PYTHONPATH=src python benchmarks/parallel.py            # CLI and Dask speed-ups
    PYTHONPATH=src python benchmarks/parallel.py --rss 200  # also peak RSS of --jsonl on ~200 MB

Inputs: the 483 pages of ``bench/segments-dev.jsonl`` (their ``inputs["inscriptis"]``
text) from the shared directory: ``$NEWSCLEAN_SHARED``, else ``../shared`` beside the
repository. They are written as files to a temporary directory.

- CLI: ``newsclean -r PAGES -O OUT -q --jobs 1`` against ``--jobs 2`` (best of
  ``--repeat`` runs each; the whole process is timed, start-up included).
- Dask: ``clean_bag`` on a ``distributed.LocalCluster(n_workers=2, processes=True,
  threads_per_worker=1)`` against a plain loop over ``newsclean.clean`` in this process
  (cluster start-up not timed; one warm-up run first).
- ``--rss MB``: a JSON Lines file of about MB megabytes (the pages' records repeated)
  is cleaned by ``newsclean --jsonl FILE > /dev/null`` under ``/usr/bin/time -v``; its
  maximum resident set size is reported for the parent process, and for parent plus
  workers by sampling with psutil every 0.2 s (when psutil is installed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"


def shared_dir() -> Path:
    env = os.environ.get("NEWSCLEAN_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def load_pages() -> list[tuple[str, str]]:
    path = shared_dir() / "bench" / "segments-dev.jsonl"
    if not path.exists():
        sys.exit(f"benchmark data not found: {path} (set NEWSCLEAN_SHARED)")
    pages = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            pages.append((str(rec["id"]), rec["inputs"]["inscriptis"]))
    return pages


def cli(*args: str | Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsclean", *map(str, args)], check=True, env=env)
    return time.perf_counter() - t0


def bench_cli(pages_dir: Path, work: Path, repeat: int) -> tuple[float, float]:
    best: dict[int, float] = {}
    for jobs in (1, 2):
        for i in range(repeat):
            out = work / f"out-j{jobs}-{i}"
            t = cli("-r", pages_dir, "-O", out, "-q", "--jobs", str(jobs))
            best[jobs] = min(best.get(jobs, float("inf")), t)
            shutil.rmtree(out)
    return best[1], best[2]


def bench_dask(texts: list[str], repeat: int) -> tuple[float, float, bool]:
    import dask.bag as db
    import distributed

    import newsclean
    from newsclean.dask import clean_bag

    serial = float("inf")
    expected: list[str] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        expected = [newsclean.clean(t) for t in texts]
        serial = min(serial, time.perf_counter() - t0)
    os.environ["PYTHONPATH"] = str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        # 8 partitions per worker: small enough to balance, large enough to amortize.
        bag = db.from_sequence(texts, npartitions=16)
        bag = client.persist(bag)  # the texts live on the workers, as data loaded there would
        distributed.wait(bag)
        clean_bag(bag).compute()  # warm-up: imports and pipeline construction on the workers
        parallel = float("inf")
        got: list[str] = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            got = clean_bag(bag).compute()
            parallel = min(parallel, time.perf_counter() - t0)
    return serial, parallel, got == expected


def make_jsonl(pages: list[tuple[str, str]], path: Path, megabytes: int) -> int:
    lines = [json.dumps({"id": pid, "text": text}, ensure_ascii=False) + "\n" for pid, text in pages]
    target = megabytes * 1_000_000
    size = 0
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < target:
            for line in lines:
                fh.write(line)
                size += len(line.encode("utf-8"))
                n += 1
                if size >= target:
                    break
    return n


def peak_rss(path: Path, jobs: int) -> tuple[int, int, float]:
    """Peak RSS in KiB of the parent (from /usr/bin/time -v) and of parent + workers (sampled)."""
    time_bin = shutil.which("time") or "/usr/bin/time"
    env = dict(os.environ, PYTHONPATH=str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [time_bin, "-v", sys.executable, "-m", "newsclean", "--jsonl", "-q", "--jobs", str(jobs), str(path)]
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(cmd, stdout=devnull, stderr=subprocess.PIPE, env=env)
        total_peak = [0]
        done = threading.Event()

        def sample() -> None:
            try:
                import psutil
            except ImportError:
                return
            root = psutil.Process(proc.pid)
            while not done.is_set():
                try:
                    procs = [root, *root.children(recursive=True)]
                    rss = sum(p.memory_info().rss for p in procs if p.is_running())
                    total_peak[0] = max(total_peak[0], rss // 1024)
                except psutil.Error:
                    pass
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, err = proc.communicate()
        done.set()
        sampler.join()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"newsclean --jsonl failed:\n{err.decode()}")
    peak = 0
    for line in err.decode().splitlines():
        if "Maximum resident set size" in line:
            peak = int(line.rsplit(":", 1)[1])
    return peak, total_peak[0], seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2, help="runs per configuration; the best is kept")
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument(
        "--rss", type=int, metavar="MB", help="also measure peak RSS of --jsonl on about MB megabytes"
    )
    ap.add_argument("--rss-jobs", default="1,2", metavar="N,N", help="--jobs values for --rss (default 1,2)")
    args = ap.parse_args()

    pages = load_pages()
    total = sum(len(t.encode("utf-8")) for _, t in pages)
    print(f"pages: {len(pages)} ({total / 1e6:.1f} MB of text), cores: {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        work = Path(tmp)
        pages_dir = work / "pages"
        pages_dir.mkdir()
        for pid, text in pages:
            (pages_dir / f"{pid}.txt").write_text(text, encoding="utf-8")

        if not args.no_cli:
            t1, t2 = bench_cli(pages_dir, work, args.repeat)
            print(f"CLI  --jobs 1: {t1:6.2f} s   ({len(pages) / t1:5.1f} pages/s)")
            print(f"CLI  --jobs 2: {t2:6.2f} s   ({len(pages) / t2:5.1f} pages/s)")
            print(f"CLI  speed-up: {t1 / t2:.2f}x  (target >= 1.7x)")

        if not args.no_dask:
            try:
                serial, parallel, same = bench_dask([t for _, t in pages], args.repeat)
            except ImportError as exc:
                print(f"Dask: skipped ({exc})")
            else:
                print(f"Dask serial loop:  {serial:6.2f} s")
                print(f"Dask 2 workers:    {parallel:6.2f} s   results equal serial: {same}")
                print(f"Dask speed-up: {serial / parallel:.2f}x  (target >= 1.6x)")

        if args.rss:
            big = work / "big.jsonl"
            n = make_jsonl(pages, big, args.rss)
            size = big.stat().st_size
            for jobs in (int(j) for j in args.rss_jobs.split(",")):
                parent, together, secs = peak_rss(big, jobs)
                extra = f", parent + workers {together / 1024:.0f} MiB" if together else ""
                print(
                    f"--jsonl --jobs {jobs} on {size / 1e6:.0f} MB ({n} records): {secs:.0f} s, "
                    f"peak RSS parent {parent / 1024:.0f} MiB{extra}"
                )


if __name__ == "__main__":
    main()
