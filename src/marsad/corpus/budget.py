"""Budgets per record: how long one record's analysis may take, how much memory a worker may hold.

The size limits (readers, `ingest.build`) keep known monsters out; the budgets catch what they
miss (a layer's worst case on an unlucky text, a leak), so that one record never stops or stalls
a batch:

- time: a record analysed for longer than `seconds` is interrupted (a SIGALRM timer raises
  `RecordTimeout` in the analysing thread) and reported as a failure; the worker goes on with
  the next record. In a pool worker, a record that still runs `grace_seconds` later (code
  that swallowed the interruption, or native code that does not return to Python) makes the
  worker exit with `EXIT_OVER_TIME`; the pool then re-runs the records in flight one by one, and
  the one that stops its worker again is reported.
- memory (pool workers only: an in-process run shares its process with the store): after each
  record the worker reads its resident size; the record during which it passed `memory_mb` is
  reported and the worker asks to be replaced (the pool is renewed, nothing in flight is lost).
  That record is the likeliest cause but may be innocent (caches grow slowly too): like every
  failure it is tried again by the next run, in a fresh worker.
  A worker that passes `HARD_MEMORY_FACTOR` times the budget in the middle of a record exits at
  once with `EXIT_OVER_MEMORY` (a runaway record would otherwise take the machine's memory),
  and that record is reported as above.

The normal path costs two `setitimer` calls and one `pread` of /proc/self/statm per record (a few
microseconds against milliseconds of analysis); the watchdog thread wakes twice a second.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import dataclass

DEFAULT_RECORD_SECONDS = 60.0
DEFAULT_WORKER_MB = 2000
HARD_GRACE_SECONDS = 10.0
HARD_MEMORY_FACTOR = 1.5
WATCH_SECONDS = 0.5
# exit statuses of a worker that stopped itself, read back by the pool to say why
EXIT_OVER_TIME = 70
EXIT_OVER_MEMORY = 71


@dataclass(frozen=True, slots=True)
class Budget:
    """`seconds` per record and `memory_mb` per worker; None (or 0) means no limit."""

    seconds: float | None = DEFAULT_RECORD_SECONDS
    memory_mb: int | None = DEFAULT_WORKER_MB
    # how long past `seconds` an interrupted record may still run before its worker is stopped
    grace_seconds: float = HARD_GRACE_SECONDS

    def time_message(self) -> str:
        return f"analysis took longer than the {self.seconds:g} s budget per record (--record-timeout)"

    def memory_message(self, rss_mb: float) -> str:
        return (f"worker memory reached {rss_mb:,.0f} MB while analysing this record, over the "
                f"{self.memory_mb:,} MB budget (--worker-memory); the worker was replaced")

    def exit_message(self, status: int | None) -> str | None:
        """Why a worker that stopped itself did, from its exit status; None if it did not."""
        if status == EXIT_OVER_TIME and self.seconds:
            return f"{self.time_message()}; it did not stop when interrupted, so its worker was stopped"
        if status == EXIT_OVER_MEMORY and self.memory_mb:
            return (f"worker memory passed {HARD_MEMORY_FACTOR:g} times the {self.memory_mb:,} MB budget "
                    "(--worker-memory) while analysing this record; the worker was stopped")
        return None


NO_BUDGET = Budget(None, None)


class RecordTimeout(BaseException):
    """Raised in the analysing thread when a record is over its time budget.

    A BaseException, so that the layers' and the analyzer's `except Exception` (which turn a
    layer's error into one document's failure) let it through to the record's boundary.
    """


_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 4096 / 2**20


class _Rss:
    """This process's resident size in MB, read from a /proc/self/statm kept open."""

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/self/statm", os.O_RDONLY)
        except OSError:
            self._fd = None

    def __call__(self) -> float:
        if self._fd is not None:
            return int(os.pread(self._fd, 128, 0).split()[1]) * _PAGE_MB
        import resource  # no /proc: the peak size, which is what a budget on growth needs anyway

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class RecordGuard:
    """Enforces a `Budget` around each record analysed in this process (see the module doc)."""

    def __init__(self, budget: Budget, *, pool_worker: bool = False) -> None:
        self.budget = budget
        self.started = 0.0  # monotonic start of the record under analysis; 0 between records
        self.over_memory = False  # this worker already passed its budget and asked to be replaced
        in_main_thread = threading.current_thread() is threading.main_thread()
        # SIGALRM reaches the main thread only; an Analyzer driven from another thread gets no
        # soft time limit (its caller owns the thread)
        self._timer = bool(budget.seconds) and in_main_thread and hasattr(signal, "setitimer")
        self._previous_handler = signal.signal(signal.SIGALRM, self._on_alarm) if self._timer else None
        self._rss = _Rss() if pool_worker and budget.memory_mb else None

    def _on_alarm(self, signum: int, frame: object) -> None:
        if self.started:  # a late alarm after the record ended interrupts nothing
            raise RecordTimeout

    def begin(self) -> None:
        self.started = time.monotonic()
        if self._timer:
            signal.setitimer(signal.ITIMER_REAL, self.budget.seconds)

    def end(self) -> None:
        self.started = 0.0  # first: an alarm arriving now finds no record to interrupt
        if self._timer:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def release(self) -> None:
        """Give SIGALRM back to whoever had it (an in-process run shares the caller's process)."""
        if self._timer:
            self.end()
            signal.signal(signal.SIGALRM, self._previous_handler or signal.SIG_DFL)
            self._timer = False

    def memory_crossed(self) -> float | None:
        """The worker's size in MB if it has just passed its budget (once per worker), else None."""
        if self._rss is None or self.over_memory:
            return None
        rss = self._rss()
        if rss <= self.budget.memory_mb:
            return None
        self.over_memory = True
        return rss

    def watch(self, parent: int | None) -> None:
        """Start the worker's watchdog thread: it exits the process when the parent is gone, or
        when a record is far over its time or memory budget (see the module doc)."""
        threading.Thread(target=self._watch, args=(parent,), daemon=True, name="marsad-watchdog").start()

    def _watch(self, parent: int | None) -> None:
        hard_seconds = self.budget.seconds + self.budget.grace_seconds if self.budget.seconds else None
        hard_mb = self.budget.memory_mb * HARD_MEMORY_FACTOR if self.budget.memory_mb else None
        rss = _Rss() if hard_mb else None
        while True:
            time.sleep(WATCH_SECONDS)
            if parent is not None and os.getppid() != parent:
                os._exit(1)
            started = self.started
            if not started:
                continue
            if hard_seconds and time.monotonic() - started > hard_seconds:
                os._exit(EXIT_OVER_TIME)
            if rss is not None and rss() > hard_mb:
                os._exit(EXIT_OVER_MEMORY)
