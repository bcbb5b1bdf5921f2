"""The server's access to the store: a pool of read-only connections and a time budget per request.

A request gets its connection through `ReadOnlyStore.session()`: SQLite is told `query_only`, and
a progress handler interrupts any statement once the request's budget is spent, which becomes a
503 with a message (`StoreBusy`) instead of a hung worker. No request can change the store: the
file is opened with `mode=ro` (schema.connect) and writes are refused by SQLite itself.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from marsad.corpus.schema import connect

DEFAULT_BUDGET_S = 5.0
PROGRESS_STEPS = 2_000  # SQLite virtual-machine steps between two looks at the clock


class StoreBusy(RuntimeError):
    """A request's SQL ran past its time budget and was interrupted."""


class ReadOnlyStore:
    """A store file served read-only. A request borrows a connection from the pool for its whole
    life (FastAPI may run a dependency and its endpoint in different threads, so connections are
    lent, not kept per thread); the pool grows to the number of concurrent requests."""

    def __init__(self, path: str | Path, budget_s: float = DEFAULT_BUDGET_S) -> None:
        self.path = Path(path)
        self.budget_s = budget_s
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        connect(self.path, readonly=True).close()  # refuse a missing or foreign file at start

    def _borrow(self) -> sqlite3.Connection:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            conn = connect(self.path, readonly=True)
            conn.execute("PRAGMA query_only = ON")
            with self._lock:
                self._opened.append(conn)
            return conn

    @contextmanager
    def session(self) -> Iterator[sqlite3.Connection]:
        """A connection for one request, interrupted once `budget_s` has passed."""
        conn = self._borrow()
        deadline = time.monotonic() + self.budget_s
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise StoreBusy(
                    f"the store took longer than {self.budget_s:g} s to answer; narrow the query "
                    "(fewer words, a date range, a source) and try again") from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)
            self._idle.put(conn)

    def close(self) -> None:
        with self._lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
