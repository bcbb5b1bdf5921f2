"""Where analysis runs: one interface, several engines (in-process, a process pool, Dask).

An executor takes chunks of raw records (`submit(chunk)`) and hands back a handle whose
`result()` is the list of `Result`s for that chunk, in order. The batch runner keeps at most
`window` chunks in flight, so memory stays flat whatever the input size, and consumes results
in submission order, so the store is always filled in input order (a killed run's store is a
prefix of a complete one's, which makes resuming exact).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from marsad.corpus.budget import NO_BUDGET, Budget, RecordGuard
from marsad.corpus.work import Failed, Result, analyse_chunk, init_worker, origin_of, raw_hash
from marsad.ingest.record import RawRecord
from marsad.layers.registry import LayerConfig, plan


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

    def __init__(self, layers: Sequence[str] | None = None, published: str | None = None,
                 config: LayerConfig | None = None, budget: Budget = NO_BUDGET) -> None:
        # the time budget holds here too; the memory budget does not (this process is also the
        # writer: it cannot be replaced)
        self._guard = RecordGuard(budget)
        try:
            init_worker(layers, published, config, self._guard)
        except BaseException:  # e.g. an unknown layer: SIGALRM goes back to the caller
            self._guard.release()
            raise

    def submit(self, chunk: list[RawRecord]) -> Handle:
        return _Done(analyse_chunk(chunk))

    def close(self) -> None:
        self._guard.release()


@contextlib.contextmanager
def _sigint_ignored():
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _init_pool_worker(layers: list[str] | None, published: str | None, config: LayerConfig | None,
                      budget: Budget = NO_BUDGET) -> None:
    # Ctrl-C reaches the whole process group: the parent handles it (commits, stops the pool);
    # a worker just stops when terminated, without a traceback of its own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    guard = RecordGuard(budget, pool_worker=True)
    # the watchdog: a worker whose parent was killed (SIGKILL: no chance to stop its pool) exits
    # too (also while it is still loading its layers), and so does one far over a record's
    # budget (budget.py)
    guard.watch(os.getppid())
    init_worker(layers, published, config, guard)


# The pool is replaced after this many chunks per worker (~16,000 articles): whatever the layers
# cache or fragment, a long run's memory stays flat. Not sooner: a new worker starts with cold
# caches, and its first thousand articles take twice the CPU time of later ones. The layers'
# caches are bounded, but a worker still grows slowly as they fill: ~800 MB at 13,000 articles,
# and an in-process run (analysis and store in one process) passed 1 GB after 24,000.
# (Not `max_tasks_per_child`: with it, Python 3.11's pool can deadlock.)
WORKER_MAX_CHUNKS = 1000
WORKER_DIED = "worker process died while analysing this record"


class _PoolHandle:
    def __init__(self, owner: PoolExecutor, chunk: list[RawRecord], future: Future, generation: int) -> None:
        self._owner = owner
        self._chunk = chunk
        self._future = future
        self._generation = generation

    def result(self) -> list[Result]:
        try:
            results = self._future.result()
        except CancelledError:  # queued in a pool retired since (a worker over its memory budget)
            return self._owner.submit(self._chunk).result()
        except BrokenProcessPool:
            return self._owner.rescue(self._chunk, self._generation)
        except Exception:  # the chunk's results could not come back (e.g. not picklable): record by record
            return self._owner.rescue(self._chunk, self._generation, broken=False)
        if any(isinstance(r, Failed) and r.replace_worker for r in results):
            self._owner.renew(self._generation)
        return results


class PoolExecutor:
    """A process pool; each worker builds its Analyzer once, in the pool initializer.

    A worker that dies (killed for memory, a crash in native code) breaks the pool: the pool is
    rebuilt and the chunks that were in flight are analysed again one record at a time, so only
    the record that kills a worker is lost, recorded as a failure.
    """

    def __init__(
        self, workers: int, layers: Sequence[str] | None = None, published: str | None = None,
        fn: Callable[[list[RawRecord]], list[Result]] = analyse_chunk, config: LayerConfig | None = None,
        budget: Budget = NO_BUDGET,
    ) -> None:
        self.workers = workers
        # chunks in flight: ~1.5 s of work, so that workers keep busy while the main process
        # commits a batch (up to a second on a large store)
        self.window = 8 * workers
        # what each worker's Analyzer is built from (the layer options travel with them: a
        # spawned worker shares nothing else with this process)
        self._initargs = (list(layers) if layers is not None else None, published, _plain(config))
        self._budget = budget  # per record and per worker (budget.py)
        self._fn = fn  # what a worker runs on a chunk (tests substitute a misbehaving one)
        self._generation = 0
        self._submitted = 0
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        self._fresh = True
        # spawn: the parent runs a progress thread, and fork with threads is unsafe
        return ProcessPoolExecutor(
            self.workers, mp_context=mp.get_context("spawn"), initializer=_init_pool_worker,
            initargs=(*self._initargs, self._budget),
        )

    def submit(self, chunk: list[RawRecord]) -> Handle:
        self._submitted += 1
        if self._submitted > WORKER_MAX_CHUNKS * self.workers:
            self._retire()
            self._submitted = 1
        return _PoolHandle(self, chunk, self._submit(chunk), self._generation)

    def _retire(self, *, cancel_queued: bool = False) -> None:
        retired = self._pool
        self._pool = self._new_pool()
        self._generation += 1
        # its workers finish the chunks they hold, then exit; chunks it had not started are
        # cancelled when asked, and their handles submit them again (to the new pool)
        retired.shutdown(wait=False, cancel_futures=cancel_queued)

    def renew(self, generation: int) -> None:
        """A worker of pool `generation` passed its memory budget: new workers take over."""
        if generation == self._generation:
            self._retire(cancel_queued=True)
            self._submitted = 0

    def _submit(self, chunk: list[RawRecord]) -> Future:
        if not self._fresh:
            return self._pool.submit(self._fn, chunk)
        self._fresh = False
        # the first submission to a pool starts its workers; they are born ignoring SIGINT (an
        # ignored signal stays ignored across exec), so a Ctrl-C that lands while a worker is
        # still starting up cannot kill it before its initializer runs
        with _sigint_ignored():
            return self._pool.submit(self._fn, chunk)

    def _rebuild(self) -> None:
        self._stop(self._pool)
        self._pool = self._new_pool()
        self._generation += 1

    def rescue(self, chunk: list[RawRecord], generation: int, *, broken: bool = True) -> list[Result]:
        """The pool broke (or the chunk's results were lost) while `chunk` was in flight: analyse
        its records one by one in a fresh pool; a record that breaks it again is that record's failure."""
        if broken and generation == self._generation:
            self._rebuild()
        out: list[Result] = []
        for rec in chunk:
            try:
                results = self._submit([rec]).result()
            except BrokenProcessPool:
                reason = self._budget.exit_message(self._exit_status()) or WORKER_DIED
                out.append(Failed(origin_of(rec), reason, self._hash(rec)))
                self._rebuild()
                continue
            except Exception as exc:
                out.append(Failed(origin_of(rec), f"worker error: {type(exc).__name__}: {exc}", self._hash(rec)))
                continue
            if any(isinstance(r, Failed) and r.replace_worker for r in results):
                self._rebuild()
            out.extend(results)
        return out

    def _hash(self, rec: RawRecord) -> str | None:
        try:
            return raw_hash(rec, self._initargs[1])
        except Exception:
            return None

    def _exit_status(self) -> int | None:
        """The exit status a worker of the broken pool chose (budget.EXIT_*), if one did."""
        processes = getattr(self._pool, "_processes", None) or {}
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.join(3.0)  # under load a stopped worker takes a moment to be reaped
                if process.exitcode is not None and process.exitcode > 0:
                    return process.exitcode
        return None

    @staticmethod
    def _stop(pool: ProcessPoolExecutor) -> None:
        # Cancel what is queued and let each worker finish the chunk it holds (a second or so).
        # Terminating workers instead can cut a result in half in the result pipe, and the
        # pool's manager thread then waits for the rest of it for ever (seen under load).
        pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        self._stop(self._pool)


def _plain(config: LayerConfig | None) -> dict[str, dict] | None:
    """Layer options as plain dicts, to pickle into worker processes."""
    return None if config is None else {name: dict(options) for name, options in config.items()}


def make_executor(
    engine: str = "local",
    workers: int = 1,
    layers: Sequence[str] | None = None,
    published: str | None = None,
    *,
    scheduler: str | None = None,
    out: str | None = None,
    config: LayerConfig | None = None,
    budget: Budget = NO_BUDGET,
) -> Executor:
    """`config`: layer name -> options, given to each worker's Analyzer; `budget`: what one
    record may take (time) and one worker may hold (memory) in the local engine."""
    if engine == "dask" or workers > 1:
        plan(layers, config)  # fail here, not in every worker
    if engine == "dask":
        from marsad.corpus.dask_engine import DaskExecutor

        if not out:
            raise ValueError("the dask engine needs --out DIR for its Parquet shards")
        return DaskExecutor(out, layers=layers, published=published, scheduler=scheduler, workers=workers,
                            config=config)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    if workers <= 1:
        return InProcessExecutor(layers, published, config, budget)
    return PoolExecutor(workers, layers, published, config=config, budget=budget)
