"""What a store holds and whether it is sound: counts, date range, failures by reason, and the
integrity checks of SQLite and of the full-text index. Read-only, except the FTS5 check, which
SQLite only runs on a writable connection (it changes nothing)."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

COUNTED = {  # stats key -> SQL counting it
    "documents": "SELECT count(*) FROM documents",
    "clusters": "SELECT count(DISTINCT cluster_id) FROM documents",
    "wire_copies": "SELECT count(*) FROM documents d JOIN clusters c ON c.id = d.cluster_id "
                   "WHERE c.size > 1 AND d.rowid != c.canonical",
    "quotes": "SELECT count(*) FROM quotes",
    "quotes_with_speaker": "SELECT count(*) FROM quotes WHERE speaker_actor IS NOT NULL OR speaker_text IS NOT NULL",
    "actors": "SELECT count(*) FROM actors",
    "mentions": "SELECT count(*) FROM mentions",
    "sources": "SELECT count(*) FROM sources",
    "dates": "SELECT count(*) FROM dates",
    "events": "SELECT count(*) FROM events",
    "failures": "SELECT count(*) FROM failures",
}
DETAIL = re.compile(r"^([^:]{1,40}: [A-Za-z_.]*(?:Error|Exception|Exit|Interrupt))\b|^([^:]{1,80})")


def failure_reason(error: str) -> str:
    """The kind of a failure, without the record's particulars: 'analysis failed: KeyError' for
    'analysis failed: KeyError: 7', the first clause of a message otherwise."""
    m = DETAIL.match(error)
    if m is None:
        return error[:80]
    return (m.group(1) or m.group(2)).strip()


def store_stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts of what is stored, the span of publication dates, entities by type, sources, failures
    by reason."""
    out: dict[str, Any] = {key: conn.execute(sql).fetchone()[0] for key, sql in COUNTED.items()}
    first, last, undated = conn.execute(
        "SELECT min(published), max(published), sum(published IS NULL OR published = '') FROM documents").fetchone()
    out["published"] = {"first": first, "last": last, "undated": undated or 0}
    out["actors_by_type"] = dict(conn.execute("SELECT type, count(*) FROM actors GROUP BY type ORDER BY type"))
    out["documents_by_source"] = dict(conn.execute(
        "SELECT coalesce(source, ''), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"))
    out["events_by_type"] = dict(conn.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1"))
    reasons: Counter[str] = Counter(failure_reason(e) for (e,) in conn.execute("SELECT error FROM failures"))
    out["failures_by_reason"] = dict(reasons.most_common())
    return out


def failures(conn: sqlite3.Connection, limit: int | None = None) -> list[dict[str, str]]:
    """The stored failures, oldest first: the file and record (`origin`), the error, the time."""
    sql = "SELECT origin, error, time FROM failures ORDER BY id"
    rows = conn.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
    return [{"origin": o, "error": e, "time": t} for o, e, t in rows]


def integrity(conn: sqlite3.Connection, path: str | Path) -> list[str]:
    """Problems found by SQLite's integrity check and FTS5's; an empty list when the store is sound."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    try:
        rw = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.OperationalError:
        return problems + ["full-text index not checked: the store cannot be opened for writing"]
    try:
        rw.execute("INSERT INTO doc_fts(doc_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
        problems.append("full-text index not checked: the store cannot be opened for writing")
    except sqlite3.DatabaseError as exc:
        problems.append(f"full-text index: {exc}")
    finally:
        rw.close()
    return problems
