"""The SQL behind the attention-over-time charts of the Search and Compare views.

Matching documents per day (week, month) for each query, and their share of all documents of
that period in the collection: the denominators (`period_totals`) are counted without the query
and its entity/speaker/agency/event filters, and cached per store until it changes.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from marsad.corpus.search import QueryError
from marsad.web.search_queries import (
    BUCKET_SQL,
    GRANULARITIES,
    SearchParams,
    Session,
    Statements,
    matching,
    run,
)
from marsad.web.store_cache import StampedCache

TOTALS = StampedCache(128)  # documents per period of a collection (the denominators of shares)


def period_totals(conn: sqlite3.Connection, p: SearchParams, granularity: str) -> dict[str, int]:
    """All documents per period in the collection of `p` (outlet, language, dates), cached."""
    key = (granularity, p.since, p.until, p.source, p.language)
    hit = TOTALS.get(conn, key)
    if hit is not None:
        return hit
    coll = matching(conn, p, collection_only=True)
    bucket = BUCKET_SQL[granularity]
    if coll.sql == "SELECT d.rowid AS doc FROM documents d":  # the whole store: the published index covers it
        sql, params = f"SELECT {bucket} AS b, count(*) FROM documents d GROUP BY b", []
    else:
        sql, params = (f"SELECT {bucket} AS b, count(*) FROM ({coll.sql}) x JOIN documents d ON d.rowid = x.doc "
                       "GROUP BY b", coll.params)
    totals = {b: n for b, n in run(conn, sql, params) if b is not None}
    TOTALS.put(conn, key, totals)
    return totals


def series_of(per: dict[str, int], totals: dict[str, int], buckets: list[str]) -> dict[str, Any]:
    return {"counts": [per.get(b, 0) for b in buckets],
            "shares": [round(per.get(b, 0) / totals[b], 6) if totals.get(b) else None for b in buckets]}


def assemble(granularity: str, totals: dict[str, int], series: list[dict[str, Any]]) -> dict[str, Any]:
    """The timeline from per-period totals and, per query, {"q", "per", "undated"}."""
    buckets = sorted(set(totals) | {b for s in series for b in s["per"]})
    rows = []
    for b in buckets:
        total = totals.get(b, 0)
        for s in series:
            n = s["per"].get(b, 0)
            rows.append({"date": b, "query": s["q"], "count": n, "total": total,
                         "share": round(n / total, 6) if total else None})
    return {
        "granularity": granularity, "buckets": buckets, "totals": [totals.get(b, 0) for b in buckets],
        "series": [{"q": s["q"], "total": sum(s["per"].values()) + s["undated"], "undated": s["undated"],
                    **series_of(s["per"], totals, buckets)} for s in series],
        "rows": rows,
    }


def timeline(conn: sqlite3.Connection, queries: list[SearchParams], granularity: str = "day",
             session: Session | None = None) -> dict[str, Any]:
    """Matching documents per day (week, month) for each query, and their share of all documents
    of that period in the collection (the outlet, language and date filters, without the query and
    the entity/speaker/agency/event filters). Undated documents are counted apart."""
    if granularity not in BUCKET_SQL:
        raise QueryError(f"granularity must be one of {', '.join(GRANULARITIES)}")
    st = Statements(conn, session)
    bucket = BUCKET_SQL[granularity]
    waits = []
    for p in queries:
        m = matching(conn, p)
        waits.append((p, st.start(f"SELECT {bucket} AS b, count(*) FROM ({m.sql}) x JOIN documents d "
                                  "ON d.rowid = x.doc GROUP BY b", m.params, p.q)))
    totals = period_totals(conn, queries[0] if queries else SearchParams(), granularity)
    series = []
    for p, wait in waits:
        rows = wait()
        series.append({"q": p.q or "", "per": {b: n for b, n in rows if b is not None},
                       "undated": sum(n for b, n in rows if b is None)})
    return assemble(granularity, totals, series)
