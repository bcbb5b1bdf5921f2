"""The corpus store's schema: an ordered list of migrations and a guarded `connect`.

The store is one SQLite file in WAL mode (readers never block the writer). Its version is
`PRAGMA user_version` (= the number of migrations applied) and a marker row in `meta` says the
file is ours: a file that is not SQLite, SQLite without the marker, or a store written by a
newer marsad is refused with a clear `StoreError`, never silently overwritten.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

APP_MARKER = "marsad-corpus"
SQLITE_HEADER = b"SQLite format 3\x00"

# Offsets are named char_start / char_end (`end` is an SQL keyword). Actor ids in mentions,
# quotes, sources and events reference `actors`; `doc` columns reference documents.rowid.
_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,          -- sha256 of id + cleaned text: the identity of a document
    id TEXT NOT NULL,
    origin TEXT, title TEXT, source TEXT, url TEXT, published TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,               -- the full analysis record (OUTPUT.md) as JSON
    layers TEXT NOT NULL,               -- JSON list of the layers that ran
    tone REAL,
    cluster_id INTEGER NOT NULL         -- clusters.id; a document alone is its own cluster
);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_cluster ON documents(cluster_id);
-- hash of each raw record already analysed: a rerun skips it before any analysis
CREATE TABLE raw_seen (raw_hash TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,           -- kb id when linked, else TYPE:match-key of the name
    kb TEXT, name TEXT NOT NULL, name_key TEXT NOT NULL, name_en TEXT, type TEXT NOT NULL
);
CREATE INDEX actors_name_key ON actors(name_key);
CREATE TABLE doc_entities (
    doc INTEGER NOT NULL, local_id TEXT NOT NULL, actor INTEGER NOT NULL,
    PRIMARY KEY (doc, local_id)
) WITHOUT ROWID;
CREATE INDEX doc_entities_actor ON doc_entities(actor);
CREATE TABLE mentions (
    doc INTEGER NOT NULL, actor INTEGER NOT NULL, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_actor ON mentions(actor);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, kind TEXT NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, text TEXT NOT NULL,
    speaker_actor INTEGER, speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
    speaker_key TEXT, cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    via TEXT NOT NULL                   -- JSON list of actor ids
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);
CREATE TABLE sources (
    doc INTEGER NOT NULL, actor INTEGER, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    text TEXT NOT NULL, text_key TEXT NOT NULL
);
CREATE INDEX sources_doc ON sources(doc);
CREATE INDEX sources_actor ON sources(actor);
CREATE TABLE dates (
    doc INTEGER NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
    text TEXT NOT NULL, value TEXT
);
CREATE INDEX dates_doc ON dates(doc);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT,
    actor INTEGER, target INTEGER, date TEXT, char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL, text TEXT NOT NULL, trigger TEXT
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_type ON events(type);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY, origin TEXT NOT NULL, error TEXT NOT NULL, raw_hash TEXT,
    time TEXT NOT NULL, UNIQUE (origin, error)
);
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,             -- rowid of the cluster's first stored member
    canonical INTEGER NOT NULL,         -- earliest published, then longest, then first stored
    size INTEGER NOT NULL
);
-- MinHash signature of each document (uint32 array), to rebuild the LSH index on resume
CREATE TABLE minhash (doc INTEGER PRIMARY KEY, sig BLOB NOT NULL);
-- full-text index over match keys plus clitic-stripped readings (see corpus/text_index.py)
CREATE VIRTUAL TABLE doc_fts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 0'
);
"""

# v2: the failures table keeps the current state of each origin (one row per origin; a record
# that later succeeds loses its row), instead of every (origin, error) ever seen.
_V2 = """
CREATE TABLE failures_v2 (
    id INTEGER PRIMARY KEY, origin TEXT NOT NULL UNIQUE, error TEXT NOT NULL, raw_hash TEXT,
    time TEXT NOT NULL
);
INSERT INTO failures_v2(origin, error, raw_hash, time)
    SELECT origin, error, raw_hash, max(time) FROM failures GROUP BY origin;
DROP TABLE failures;
ALTER TABLE failures_v2 RENAME TO failures;
CREATE INDEX documents_origin ON documents(origin);
"""

# v3: each signature keeps its document's entity profile (dedup.entity_profile), so that
# templated texts about different entities are not clustered as copies.
_V3 = """
ALTER TABLE minhash ADD COLUMN ents TEXT;
"""

# v4: the LSH index lives in the store (dedup.band_keys); filled from `minhash` on first use.
_V4 = """
CREATE TABLE lsh (
    band INTEGER NOT NULL, key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band, key, doc)
) WITHOUT ROWID;
"""

# v5: story events. An event reported by several documents of one duplicate cluster is one story
# event (corpus/story_events.py). Each event row keeps the words and sector of a side that is not a
# named actor ("المسلحون"), so that two such sides are told apart; the view `story_events` groups
# the events by (cluster, type, actor, target, day). Derived at read time from documents.cluster_id,
# it stays right when clusters merge on a later ingest, on resume and on shard loading. Events
# stored before v5 have no side words (their unnamed sides group together).
_V5 = """
ALTER TABLE events ADD COLUMN actor_text TEXT;
ALTER TABLE events ADD COLUMN actor_sector TEXT;
ALTER TABLE events ADD COLUMN target_text TEXT;
ALTER TABLE events ADD COLUMN target_sector TEXT;
CREATE INDEX events_actor ON events(actor);
CREATE INDEX events_target ON events(target);
CREATE VIEW story_events AS
    SELECT min(e.id) AS id, d.cluster_id AS cluster_id, e.type AS type,
           e.actor AS actor, CASE WHEN e.actor IS NULL THEN e.actor_text END AS actor_text,
           e.target AS target, CASE WHEN e.target IS NULL THEN e.target_text END AS target_text,
           CASE WHEN e.date IS NULL OR substr(e.date, 1, 10) = substr(d.published, 1, 10) THEN NULL
                ELSE substr(e.date, 1, 10) END AS day,
           min(substr(coalesce(e.date, d.published), 1, 10)) AS date,
           count(DISTINCT e.doc) AS n_documents, count(*) AS n_events,
           min(d.published) AS first_seen, max(d.published) AS last_seen,
           group_concat(e.id) AS event_ids
    FROM events e JOIN documents d ON d.rowid = e.doc
    GROUP BY d.cluster_id, e.type, e.actor, CASE WHEN e.actor IS NULL THEN e.actor_text END,
             e.target, CASE WHEN e.target IS NULL THEN e.target_text END,
             CASE WHEN e.date IS NULL OR substr(e.date, 1, 10) = substr(d.published, 1, 10) THEN NULL
                  ELSE substr(e.date, 1, 10) END;
"""

MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The file cannot be used as a marsad store (not SQLite, foreign, newer, corrupt)."""


def check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head != SQLITE_HEADER:
        raise StoreError(f"{path}: not a SQLite database (refusing to touch it)")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables:
            raise StoreError(f"{path}: an SQLite database that is not a marsad store (refusing to touch it)")
    else:
        marker = None
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
            marker = row[0] if row else None
        except sqlite3.DatabaseError:
            pass
        if marker != APP_MARKER:
            raise StoreError(f"{path}: an SQLite database that is not a marsad store (refusing to touch it)")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: store schema version {version} is newer than this marsad's ({SCHEMA_VERSION}); upgrade marsad"
            )
    for n in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _statements(MIGRATIONS[n]):
                conn.execute(stmt)
            if n == 0:
                conn.execute("INSERT INTO meta(key, value) VALUES ('app', ?)", (APP_MARKER,))
            conn.execute(f"PRAGMA user_version = {n + 1}")
        except BaseException:
            conn.execute("ROLLBACK")  # a migration applies entirely or not at all
            raise
        conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (our scripts hold no ';' inside literals)."""
    lines = [ln.split("--", 1)[0] for ln in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and create or migrate, unless `readonly`) the store at `path`."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a store file")
    check_header(path)
    if readonly and not path.exists():
        raise StoreError(f"{path}: no such store")
    try:
        if readonly:
            conn = _open_read_only(path)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        if readonly:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            row = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone() if version else None
            if not version or not row or row[0] != APP_MARKER:
                raise StoreError(f"{path}: not a marsad store")
            if version > SCHEMA_VERSION:
                raise StoreError(f"{path}: store schema version {version} is newer than this marsad's")
            if version < SCHEMA_VERSION:
                raise StoreError(f"{path}: store schema version {version} is older; `marsad migrate --db {path}` brings it up to date")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
            # WAL + NORMAL: a killed process never loses a committed transaction
            conn.execute("PRAGMA synchronous = NORMAL")
            _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: unusable database ({exc})") from exc
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. The URI is built by pathlib, which escapes '#', '?' and '%' in the
    path (a raw f-string would cut the name there). A WAL store whose directory cannot be written
    and that has no -shm file beside it cannot be opened in `mode=ro` (SQLite must create the
    -shm); there nobody can be writing, so it is opened as immutable."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        shm = path.with_name(path.name + "-shm")
        if shm.exists() or os.access(path.parent, os.W_OK):
            raise
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def open_for_reading(path, command: str):
    """A read-only connection to the store at `path`, or None after one clear line on stderr."""
    import sys

    try:
        return connect(path, readonly=True)
    except StoreError as exc:
        print(f"marsad {command}: {exc}", file=sys.stderr)
        return None


def report_damaged(path, command: str, exc: Exception) -> int:
    """Say on stderr that the store at `path` could not be read (SQLite found it damaged) and
    where to look; returns the exit status for it (1: the data is bad, not the arguments)."""
    import sys

    print(f"marsad {command}: {path}: the store is damaged ({exc}); `marsad check --db {path}` says where",
          file=sys.stderr)
    return 1
