"""Where analysis runs: one interface, several engines (in-process, a process pool, Dask).

An executor takes chunks of raw records (`submit(chunk)`) and hands back a handle whose
`result()` is the list of `Result`s for that chunk, in order. The batch runner keeps at most
`window` chunks in flight, so memory stays flat whatever the input size, and consumes results
in submission order, so the store is always filled in input order (a killed run's store is a
prefix of a complete one's, which makes resuming exact).
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections.abc import Sequence
from typing import Protocol

from marsad.corpus.work import Result, analyse_chunk, init_worker
from marsad.ingest.record import RawRecord


class Handle(Protocol):
    def result(self) -> list[Result]: ...


class Executor(Protocol):
    window: int

    def submit(self, chunk: list[RawRecord]) -> Handle: ...

    def close(self) -> None: ...


class _Done:
    def __init__(self, results: list[Result]) -> None:
        self._results = results

    def result(self) -> list[Result]:
        return self._results


class InProcessExecutor:
    """`--workers 1`: analyse in the main process (no pickling, easiest to debug)."""

    window = 1

    def __init__(self, layers: Sequence[str] | None = None, published: str | None = None) -> None:
        init_worker(layers, published)

    def submit(self, chunk: list[RawRecord]) -> Handle:
        return _Done(analyse_chunk(chunk))

    def close(self) -> None:
        pass


class _PoolHandle:
    def __init__(self, res: mp.pool.AsyncResult) -> None:
        self._res = res

    def result(self) -> list[Result]:
        return self._res.get()


def _init_pool_worker(layers: list[str] | None, published: str | None) -> None:
    # Ctrl-C reaches the whole process group: the parent handles it (commits, terminates the
    # pool); a worker just stops when terminated, without a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init_worker(layers, published)


# A worker is replaced after this many chunks (~4,000 articles): whatever the layers cache or
# fragment, a long run's memory stays flat, for the price of one Analyzer build per replacement.
WORKER_MAX_CHUNKS = 250


class PoolExecutor:
    """A process pool; each worker builds its Analyzer once, in the pool initializer."""

    def __init__(self, workers: int, layers: Sequence[str] | None = None, published: str | None = None) -> None:
        # spawn: the parent runs a progress thread, and fork with threads is unsafe
        ctx = mp.get_context("spawn")
        self.window = 3 * workers
        self.pool = ctx.Pool(
            workers, initializer=_init_pool_worker, maxtasksperchild=WORKER_MAX_CHUNKS,
            initargs=(list(layers) if layers is not None else None, published),
        )

    def submit(self, chunk: list[RawRecord]) -> Handle:
        return _PoolHandle(self.pool.apply_async(analyse_chunk, (chunk,)))

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def make_executor(
    engine: str = "local",
    workers: int = 1,
    layers: Sequence[str] | None = None,
    published: str | None = None,
    *,
    scheduler: str | None = None,
    out: str | None = None,
) -> Executor:
    if engine == "dask":
        from marsad.corpus.dask_engine import DaskExecutor

        if not out:
            raise ValueError("the dask engine needs --out DIR for its Parquet shards")
        return DaskExecutor(out, layers=layers, published=published, scheduler=scheduler, workers=workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    if workers <= 1:
        return InProcessExecutor(layers, published)
    return PoolExecutor(workers, layers, published)
