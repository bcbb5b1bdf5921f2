"""The corpus store: analysed documents and every fact they hold, as rows of one SQLite file.

`Store.add` writes a document with all its rows (entities, mentions, quotes, sources, dates,
events, full-text terms, MinHash signature, cluster) inside the open transaction, under a
savepoint, so a document is either entirely stored or not at all. Callers commit in batches;
a killed process loses at most the uncommitted batch, and the next run redoes it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from marsad.corpus.dedup import ClusterIndex
from marsad.corpus.schema import StoreError, check_header, connect
from marsad.corpus.tables import (
    ACTOR_COLUMNS,
    BUILT_IN_TABLES,
    DOCUMENT_COLUMNS,
    StoreRows,
    Table,
    actor_key,
    actor_row,
    create_sql,
    document_of,
    document_row,
    extension_tables,
    insert_sql,
    tables,
)
from marsad.corpus.work import Analysed
from marsad.document import Document, Entity

DEFAULT_DB = "marsad.db"


def _writer_lock(path: Path):
    """One writer per store: an advisory lock (flock) on the store file itself, released when the
    store is closed or the process ends.

    The file is found through its real path, so a symlink or another spelling of the path is the
    same store; and no lock file is left beside it. flock and SQLite's own (fcntl) locks do not
    interact on Linux. Readers (search, export) never take it; WAL lets them read while the
    writer writes.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: SQLite's own locking still keeps the file consistent
        return None
    try:
        fh = open(path.resolve(), "ab")  # noqa: SIM115 - held until close(); creates an empty store file
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store for writing ({exc.strerror})") from None
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise StoreError(f"{path}: another marsad process is writing to this store") from None
    return fh


WRITER_CACHE_KB = 65536
# A new document starts as its own cluster: cluster_id = its rowid, which SQLite makes one more
# than the largest (`max(rowid)` is read at the right end of the table's tree). Written with the
# row, instead of an UPDATE of the row and its cluster index entry after it; RETURNING says
# whether SQLite did choose that rowid (not after rowid 2**63 - 1: the store then updates).
_DOCUMENT_VALUES = ("hash", *DOCUMENT_COLUMNS, "record")
_INSERT_DOCUMENT = (f"INSERT INTO documents({', '.join(_DOCUMENT_VALUES)}, cluster_id) "
                    f"VALUES ({', '.join('?' * len(_DOCUMENT_VALUES))}, (SELECT coalesce(max(rowid), 0) + 1 FROM documents))"
                    " ON CONFLICT(hash) DO NOTHING RETURNING rowid, cluster_id")
# an actor seen again keeps its row; only a missing English name is filled in
_UPSERT_ACTOR = (insert_sql("actors", ACTOR_COLUMNS)
                 + " ON CONFLICT(key) DO UPDATE SET name_en = coalesce(actors.name_en, excluded.name_en) RETURNING id")


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = Path(path)
        check_header(self.path)  # before creating anything next to a file that is not ours
        self._lock = None if readonly else _writer_lock(self.path)
        try:
            self.conn: sqlite3.Connection = connect(self.path, readonly=readonly)
        except BaseException:
            if self._lock is not None:
                self._lock.close()
            raise
        self._clusters: ClusterIndex | None = None
        self._actors: dict[str, int] = {}
        # Full-text rows of this transaction's documents, written just before it commits: FTS5
        # flushes its pending terms at every savepoint, and one flush per document (each a new
        # index segment to merge) cost more than all the other rows of a document together.
        self._fts_rows: list[tuple[int, str, str]] = []
        self._in_tx = False
        # origins that may have a row in `failures` (a superset; None: read it again), so that a
        # document whose origin never failed costs no DELETE
        self._failed: set[str] | None = None
        self._tables: list[Table] = list(tables())
        if not readonly:  # the writer's page cache: a batch's index pages stay in memory until it commits
            self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
            for table in extension_tables():  # tables of layers registered with their own rows
                for statement in create_sql(table):
                    self.conn.execute(statement)

    # --- transactions ---------------------------------------------------------------------
    @property
    def clusters(self) -> ClusterIndex:
        if self._clusters is None:
            self._clusters = ClusterIndex(self.conn)
        return self._clusters

    def begin(self) -> None:
        if not self._in_tx:
            self.conn.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            # the tables each document fills, read once per transaction, not once per document
            self._tables = list(tables())

    def commit(self) -> None:
        if self._in_tx:
            # a Ctrl-C can land after SQLite committed but before this method returned: the next
            # call (finish, close) must then not commit again
            if self.conn.in_transaction:
                # taken before they are written: a commit retried after a Ctrl-C that landed
                # between the two statements must not index the same documents twice
                rows, self._fts_rows = self._fts_rows, []
                if rows:
                    self.conn.executemany("INSERT INTO doc_fts(rowid, title, body) VALUES (?, ?, ?)", rows)
                self.conn.execute("COMMIT")
            self._in_tx = False

    def rollback(self) -> None:
        if self._in_tx:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._in_tx = False
            self._actors.clear()
            self._fts_rows = []
            self._failed = None  # the failure rows deleted in the transaction are back

    def close(self) -> None:
        self.commit()
        self.conn.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None and exc[0] is not KeyboardInterrupt:
            self.rollback()
        self.close()

    # --- reading ----------------------------------------------------------------------------
    def seen(self, raw_hash: str) -> bool:
        return self.conn.execute("SELECT 1 FROM raw_seen WHERE raw_hash = ?", (raw_hash,)).fetchone() is not None

    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    # --- writing ----------------------------------------------------------------------------
    def add_failure(self, origin: str, error: str, raw_hash: str | None = None) -> bool:
        """Record that `origin` failed; True when it had already failed the same way (a rerun)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        before = self.conn.execute("SELECT error, raw_hash FROM failures WHERE origin = ?", (origin,)).fetchone()
        self.conn.execute(
            "INSERT INTO failures(origin, error, raw_hash, time) VALUES (?, ?, ?, ?) ON CONFLICT(origin) "
            "DO UPDATE SET error = excluded.error, raw_hash = excluded.raw_hash, time = excluded.time",
            (origin, error, raw_hash, now),
        )
        if self._failed is not None:
            self._failed.add(origin)
        return before is not None and before[0] == error and (before[1] == raw_hash or raw_hash is None)

    def clear_resolved_failures(self) -> int:
        """Drop failure rows of origins that are stored now (e.g. failed under older code)."""
        self._failed = None
        return self.conn.execute(
            "DELETE FROM failures WHERE origin IN (SELECT d.origin FROM documents d JOIN failures f ON f.origin = d.origin)"
        ).rowcount

    def add(self, res: Analysed) -> str:
        """Store one analysed document: 'stored', 'clustered' (stored, joined a cluster) or 'skipped'."""
        conn = self.conn
        self.begin()
        conn.execute("SAVEPOINT doc")
        try:
            outcome = self._add(res)
        except BaseException:
            conn.execute("ROLLBACK TO doc")
            conn.execute("RELEASE doc")
            self._actors.clear()
            self._failed = None
            raise
        conn.execute("RELEASE doc")
        return outcome

    def _add(self, res: Analysed) -> str:
        conn = self.conn
        # a result from a worker process brings its rows (unless a layer of this process adds
        # tables of its own, which are made from the document)
        made = res.rows if res.doc is None and len(self._tables) == len(BUILT_IN_TABLES) else None
        doc = document_of(res) if made is None else None
        origin = made.origin if made is not None else doc.origin  # type: ignore[union-attr]
        if origin and origin in self._failed_origins():
            # it failed in an earlier run (older code or data): not any more
            conn.execute("DELETE FROM failures WHERE origin = ?", (origin,))
            self._failed_origins().discard(origin)
        inserted = conn.execute(
            _INSERT_DOCUMENT,
            (res.hash, *(made.document if made is not None else document_row(doc)), res.record_json),  # type: ignore[arg-type]
        ).fetchone()
        if inserted is None:
            existing = conn.execute("SELECT rowid FROM documents WHERE hash = ?", (res.hash,)).fetchone()[0]
            conn.execute("INSERT OR IGNORE INTO raw_seen(raw_hash, doc) VALUES (?, ?)", (res.raw_hash, existing))
            return "skipped"
        rowid, cluster = inserted
        if cluster != rowid:  # SQLite chose another rowid (see _INSERT_DOCUMENT)
            conn.execute("UPDATE documents SET cluster_id = ? WHERE rowid = ?", (rowid, rowid))
        conn.execute("INSERT OR IGNORE INTO raw_seen(raw_hash, doc) VALUES (?, ?)", (res.raw_hash, rowid))
        if made is not None:
            self._add_made_rows(rowid, made)
        else:
            self._add_rows(rowid, doc)  # type: ignore[arg-type]
        joined = self.clusters.assign(rowid, res.sig, res.ents, made.bands if made is not None else None)
        self._fts_rows.append((rowid, res.title_idx, res.body_idx))  # last: nothing after it can fail
        return "clustered" if joined else "stored"

    def _failed_origins(self) -> set[str]:
        if self._failed is None:
            self._failed = {row[0] for row in self.conn.execute("SELECT origin FROM failures")}
        return self._failed

    def _actor(self, ent: Entity) -> int:
        key = actor_key(ent)
        aid = self._actors.get(key)
        return aid if aid is not None else self._new_actor(key, actor_row(ent))

    def _new_actor(self, key: str, row: tuple) -> int:
        aid = self.conn.execute(_UPSERT_ACTOR, row).fetchone()[0]
        if len(self._actors) > 100_000:
            self._actors.clear()
        self._actors[key] = aid
        return aid

    def _add_made_rows(self, rowid: int, made: StoreRows) -> None:
        """`_add_rows` of a document analysed elsewhere, from the rows it came with."""
        known = self._actors
        actors = {}
        for local_id, key, row in made.entities:
            aid = known.get(key)
            actors[local_id] = aid if aid is not None else self._new_actor(key, row)
        for table, local in zip(BUILT_IN_TABLES, made.tables, strict=True):
            rows = [(rowid, *row) for row in table.bind(local, actors)]  # type: ignore[misc]
            if rows:
                self.conn.executemany(table.insert_sql, rows)

    def _add_rows(self, rowid: int, doc: Document) -> None:
        actors = {ent.id: self._actor(ent) for ent in doc.entities}
        for table in self._tables:
            rows = [(rowid, *row) for row in table.rows(doc, actors)]
            if rows:  # many documents have no quotes, dates or events: no statement for those
                self.conn.executemany(table.insert_sql, rows)

    # --- integrity ----------------------------------------------------------------------------
    def digest(self) -> str:
        """A content digest of the store, independent of timing: equal stores, equal digests."""
        h = hashlib.sha256()
        q = self.conn.execute
        for row in q(
            "SELECT d.hash, d.id, d.record, d.layers, c.hash FROM documents d "
            "JOIN clusters k ON k.id = d.cluster_id JOIN documents c ON c.rowid = k.canonical ORDER BY d.hash"
        ):
            h.update(repr(row).encode())
        for sql in (
            "SELECT r.raw_hash, d.hash FROM raw_seen r JOIN documents d ON d.rowid = r.doc ORDER BY r.raw_hash",
            "SELECT origin, error FROM failures ORDER BY origin, error",
            "SELECT key, kb, name, name_en, type FROM actors ORDER BY key",
            "SELECT count(*) FROM mentions", "SELECT count(*) FROM quotes", "SELECT count(*) FROM events",
            "SELECT count(*) FROM clusters", "SELECT count(*) FROM minhash", "SELECT count(*) FROM lsh",
        ):
            for row in q(sql):
                h.update(repr(row).encode())
        return h.hexdigest()

    def stats(self) -> dict[str, int]:
        out = {t: self.count(t) for t in ("documents", "actors", "mentions", "quotes", "sources", "dates", "events",
                                           "failures")}
        out["clusters_multi"] = self.conn.execute("SELECT count(*) FROM clusters WHERE size > 1").fetchone()[0]
        out["clustered_docs"] = self.conn.execute(
            "SELECT coalesce(sum(size), 0) FROM clusters WHERE size > 1").fetchone()[0]
        return out
