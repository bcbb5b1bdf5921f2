"""Answers computed from a store and kept in memory while the store does not change.

The server only reads, but an ingest may add documents while it serves: every cached answer is
keyed by the store's *stamp* (its file and its highest document rowid: a store only grows, and
quotes, events and mentions are only ever written with their document), so a grown store misses
the cache and is read afresh. The stamp is one index lookup (counting the documents would cost
a scan of their index on every request). Each cache holds at most `size` answers, the least recently used
dropped first.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def store_file(conn: sqlite3.Connection) -> str:
    """The file behind a connection (a cache's key), or the connection's id for a file-less one."""
    return next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "") or str(id(conn))


def store_stamp(conn: sqlite3.Connection) -> tuple[str, int]:
    """(store file, highest document rowid): what every cached answer depends on."""
    return store_file(conn), conn.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]


class StampedCache:
    """At most `size` answers per process, each under (the store's stamp, the caller's key)."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._data: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conn: sqlite3.Connection, key: tuple) -> Any:
        """The cached answer for `key` on this store as it is now, or None."""
        full = (store_stamp(conn), *key)
        with self._lock:
            if full in self._data:
                self._data.move_to_end(full)
                return self._data[full]
        return None

    def put(self, conn: sqlite3.Connection, key: tuple, value: Any) -> None:
        full = (store_stamp(conn), *key)
        with self._lock:
            self._data[full] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def get_or_compute(self, conn: sqlite3.Connection, key: tuple, compute: Callable[[], T]) -> T:
        """The cached answer for `key` on this store as it is now, else `compute()` (kept)."""
        hit = self.get(conn, key)
        if hit is None:
            hit = compute()
            self.put(conn, key, hit)
        return hit
