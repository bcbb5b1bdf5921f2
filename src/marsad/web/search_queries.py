"""The SQL behind the Search and Compare views: matching documents, facet counts, attention over time.

A search is a query (`marsad.corpus.text_index.fts_query`: clitics and diacritics folded) plus
filters. Every count is taken in SQL over the set of matching rowids (one materialised CTE per
statement): facet lists are GROUP BY over that set, capped to the `FACET_LIMIT` most frequent
values. Paging is keyset: (bm25 score, rowid) ascending for relevance, (published, rowid)
descending for date order; a cursor holds the key of the last row shown, so paging has no cap.

The language of a document lives only inside its analysis record (JSON); reading every record
takes more than a second on a large store, so the rowids of the documents *not* in Arabic are
read once per store (and only the new rowids after an ingest) and kept in memory.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any

from marsad.corpus.search import BODY_WEIGHT, TITLE_WEIGHT, Filters, QueryError
from marsad.corpus.text_index import Hit, find_hits, fts_query, snippet

FACET_LIMIT = 15
HIT_SCAN_CHARS = 6000  # look for the snippet's hits in the first characters of a long article
DEFAULT_LANGUAGE = "ar"
GRANULARITIES = ("day", "week", "month")
BUCKET_SQL = {
    "day": "substr(d.published, 1, 10)",
    # the Monday on or before the day
    "week": "date(substr(d.published, 1, 10), '-6 days', 'weekday 1')",
    "month": "substr(d.published, 1, 7) || '-01'",
}
FACETS = ("outlet", "agency", "entity", "speaker", "event_type", "language")


@dataclass
class SearchParams:
    q: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    agency: str | None = None
    entity: str | None = None
    speaker: str | None = None
    event_type: str | None = None
    language: str | None = None

    def filters(self) -> dict[str, str]:
        """The filters in force (for links and for the JSON twin)."""
        return {k: v for k, v in self.__dict__.items() if k != "q" and v}


@dataclass
class Matching:
    """The FROM/WHERE of the matching set: `d` is documents; `score` is bm25 when there is a query."""

    sql: str
    params: list[Any] = field(default_factory=list)
    ranked: bool = False


# ---------------------------------------------------------------- language


class _Languages:
    """Per store: the rowids of documents whose record's language is not Arabic, and the highest
    rowid read. Stores only grow, so a later call reads only the documents added since."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_store: dict[str, tuple[int, dict[str, list[int]]]] = {}

    def get(self, conn: sqlite3.Connection) -> dict[str, list[int]]:
        path = conn.execute("PRAGMA database_list").fetchone()[2]
        top = conn.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 0
        with self.lock:
            seen, langs = self.by_store.get(path, (0, {}))
            if top > seen:
                langs = {k: list(v) for k, v in langs.items()}
                rows = conn.execute(
                    "SELECT rowid, json_extract(record, '$.language') FROM documents WHERE rowid > ?", (seen,))
                for rowid, lang in rows:
                    lang = (lang or "und").lower()
                    if lang != DEFAULT_LANGUAGE:
                        langs.setdefault(lang, []).append(rowid)
                self.by_store[path] = (top, langs)
            return langs


LANGUAGES = _Languages()


def language_condition(conn: sqlite3.Connection, language: str) -> tuple[str, list[Any]]:
    langs = LANGUAGES.get(conn)
    if language.lower() == DEFAULT_LANGUAGE:
        others = [r for rows in langs.values() for r in rows]
        return "d.rowid NOT IN (SELECT value FROM json_each(?))", [json.dumps(others)]
    return "d.rowid IN (SELECT value FROM json_each(?))", [json.dumps(langs.get(language.lower(), []))]


# ---------------------------------------------------------------- the matching set


def matching(conn: sqlite3.Connection, p: SearchParams, *, with_query: bool = True,
             collection_only: bool = False) -> Matching:
    """SQL selecting the matching documents as `d` (and `score`). `collection_only` keeps only the
    filters that define the collection (outlet, language, dates): the denominators of shares."""
    until = p.until
    if until and len(until) < 10:
        until += "~"  # a month or a year includes all its days
    if collection_only:
        f = Filters(since=p.since, until=until)
    else:
        f = Filters(speaker=p.speaker, entity=p.entity, agency=p.agency, event_type=p.event_type,
                    since=p.since, until=until)
    where, params = f.sql()
    if p.source:
        where.append("d.source = ?")
        params.append(p.source)
    if p.language:
        cond, extra = language_condition(conn, p.language)
        where.append(cond)
        params += extra
    if with_query and p.q and not collection_only:
        match = fts_query(p.q)
        if match is None:
            raise QueryError(f"nothing searchable in the query {p.q!r}: give at least one word")
        sql = (f"SELECT d.rowid AS doc, bm25(doc_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score, "
               "coalesce(d.published, '') AS pub, d.cluster_id AS cluster "
               "FROM doc_fts JOIN documents d ON d.rowid = doc_fts.rowid WHERE doc_fts MATCH ?")
        sql += "".join(" AND " + w for w in where)
        return Matching(sql, [match, *params], ranked=True)
    sql = "SELECT d.rowid AS doc, 0.0 AS score, coalesce(d.published, '') AS pub, d.cluster_id AS cluster FROM documents d"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return Matching(sql, params)


def run(conn: sqlite3.Connection, sql: str, params: list[Any], q: str | None) -> list[tuple]:
    """Execute; an FTS5 error (a query the index cannot parse) becomes a QueryError (400). An
    interrupted statement (time budget) is left to the store's handler (503)."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        msg = str(exc)
        if "interrupted" not in msg and ("fts5" in msg or "MATCH" in msg or "syntax" in msg):
            raise QueryError(f"the search index cannot read the query {q!r}: {msg}") from exc
        raise


# ---------------------------------------------------------------- results


def result_page(conn: sqlite3.Connection, p: SearchParams, *, sort: str, collapse: bool,
                after: list[Any] | None, size: int, highlight: bool = True) -> tuple[list[dict[str, Any]], list | None]:
    """One page of matching documents and the sort key of its last row (None on the last page).

    sort: "relevance" (bm25, only with a query) or "newest"/"oldest" (publication date).
    With `collapse`, one row per duplicate cluster (its best ranked member) with `copies`, the
    number of matching documents of that cluster.
    """
    m = matching(conn, p)
    if sort == "relevance" and m.ranked:
        key, op, order = ("score", "doc"), ">", "score, doc"
    elif sort == "oldest":
        key, op, order = ("pub", "doc"), ">", "pub, doc"
    else:
        key, op, order = ("pub", "doc"), "<", "pub DESC, doc DESC"
    params = list(m.params)
    if collapse:
        sql = (f"WITH m AS MATERIALIZED ({m.sql}), c AS (SELECT *, row_number() OVER "
               f"(PARTITION BY cluster ORDER BY {order}) AS rn, count(*) OVER (PARTITION BY cluster) AS copies "
               "FROM m) SELECT doc, score, pub, copies FROM c WHERE rn = 1")
    else:
        sql = f"SELECT doc, score, pub, 1 AS copies FROM ({m.sql}) WHERE 1"
    if after is not None:
        sql += f" AND ({key[0]}, {key[1]}) {op} (?, ?)"
        params += after
    sql += f" ORDER BY {order} LIMIT ?"
    params.append(size + 1)
    rows = run(conn, sql, params, p.q)
    more = len(rows) > size
    rows = rows[:size]
    if not rows:
        return [], None
    docs = {r[0]: r for r in conn.execute(
        "SELECT d.rowid, d.id, d.title, d.source, d.url, d.published, d.cluster_id, "
        f"substr(d.text, 1, {HIT_SCAN_CHARS}), length(d.text) FROM documents d "
        "WHERE d.rowid IN (SELECT value FROM json_each(?))", (json.dumps([r[0] for r in rows]),))}
    out = []
    for doc, score, _pub, copies in rows:
        _, doc_id, title, source, url, published, cluster, text, length = docs[doc]
        hits: list[Hit] = find_hits(text, p.q) if (p.q and highlight) else []
        start, end = snippet(text, hits)
        shown = [h for h in hits if h.start >= start and h.end <= end]
        out.append({
            "id": doc_id, "title": title or "", "source": source, "url": url, "published": published,
            "cluster_id": cluster, "copies": copies, "score": round(-score, 4) if m.ranked else None,
            "snippet": text[start:end], "snippet_start": start, "snippet_end": end,
            "snippet_cut": end < length,
            "hits": [{"start": h.start, "end": h.end} for h in shown],
            "title_hits": [{"start": h.start, "end": h.end} for h in find_hits(title or "", p.q)]
            if (p.q and highlight) else [],
        })
    last = rows[-1]
    cursor = ([last[1], last[0]] if key[0] == "score" else [last[2], last[0]]) if more else None
    return out, cursor


def segments(text: str, hits: list[dict[str, int]], offset: int = 0) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_hit) by the hit offsets (relative to `offset`); the template
    escapes each piece and wraps the hits in <mark>."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for h in sorted(hits, key=lambda h: h["start"]):
        s, e = h["start"] - offset, h["end"] - offset
        if s < pos or e > len(text) or s >= e:
            continue
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return out


# ---------------------------------------------------------------- counts


def counts(conn: sqlite3.Connection, p: SearchParams, limit: int = FACET_LIMIT) -> dict[str, Any]:
    """Totals and facet counts (documents per value, top `limit` values) for the matching set."""
    m = matching(conn, p)
    lim = int(limit)
    parts = [
        "SELECT 'total', NULL, count(*) FROM m",
        "SELECT 'clusters', NULL, count(DISTINCT cluster) FROM m",
        f"SELECT * FROM (SELECT 'outlet', d.source, count(*) AS n FROM m JOIN documents d ON d.rowid = m.doc "
        f"GROUP BY d.source ORDER BY n DESC LIMIT {lim})",
        f"SELECT * FROM (SELECT 'agency', s.actor, count(DISTINCT s.doc) AS n FROM m JOIN sources s ON s.doc = m.doc "
        f"WHERE s.actor IS NOT NULL GROUP BY s.actor ORDER BY n DESC LIMIT {lim})",
        f"SELECT * FROM (SELECT 'entity', de.actor, count(DISTINCT de.doc) AS n FROM m "
        f"JOIN doc_entities de ON de.doc = m.doc GROUP BY de.actor ORDER BY n DESC LIMIT {lim})",
        f"SELECT * FROM (SELECT 'speaker', q.speaker_actor, count(DISTINCT q.doc) AS n FROM m "
        f"JOIN quotes q ON q.doc = m.doc WHERE q.speaker_actor IS NOT NULL GROUP BY q.speaker_actor "
        f"ORDER BY n DESC LIMIT {lim})",
        f"SELECT * FROM (SELECT 'event_type', e.type, count(DISTINCT e.doc) AS n FROM m JOIN events e ON e.doc = m.doc "
        f"GROUP BY e.type ORDER BY n DESC LIMIT {lim})",
    ]
    params = list(m.params)
    langs = LANGUAGES.get(conn)
    for lang, rowids in sorted(langs.items()):
        parts.append("SELECT 'language', ?, count(*) FROM m WHERE doc IN (SELECT value FROM json_each(?))")
        params += [lang, json.dumps(rowids)]
    sql = f"WITH m AS MATERIALIZED ({m.sql}) " + " UNION ALL ".join(parts)
    rows = run(conn, sql, params, p.q)
    total = next(n for kind, _, n in rows if kind == "total")
    facets: dict[str, list[dict[str, Any]]] = {k: [] for k in FACETS}
    actor_ids = {v for kind, v, _ in rows if kind in ("agency", "entity", "speaker")}
    actors = _actors(conn, actor_ids)
    other_langs = 0
    for kind, value, n in rows:
        if kind in ("total", "clusters"):
            continue
        if kind == "language":
            other_langs += n
            if n:
                facets["language"].append({"value": value, "label": value, "count": n})
            continue
        if kind in ("agency", "entity", "speaker"):
            a = actors.get(value)
            if a is None:
                continue
            facets[kind].append({"value": a["key"], "label": a["name"], "label_en": a["name_en"],
                                 "type": a["type"], "count": n})
        elif kind == "outlet":
            facets[kind].append({"value": value or "", "label": value or "(بلا مصدر)", "count": n})
        else:
            facets[kind].append({"value": value, "label": value, "count": n})
    if total - other_langs:
        facets["language"].insert(0, {"value": DEFAULT_LANGUAGE, "label": DEFAULT_LANGUAGE,
                                      "count": total - other_langs})
    facets["language"].sort(key=lambda f: -f["count"])
    return {"total": total, "clusters": next(n for kind, _, n in rows if kind == "clusters"),
            "facet_limit": lim, "facets": facets}


def _actors(conn: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = conn.execute("SELECT id, key, name, name_en, type FROM actors WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(ids)),))
    return {i: {"key": k, "name": n, "name_en": en, "type": t} for i, k, n, en, t in rows}


# ---------------------------------------------------------------- attention over time


def timeline(conn: sqlite3.Connection, queries: list[SearchParams], granularity: str = "day") -> dict[str, Any]:
    """Matching documents per day (week, month) for each query, and their share of all documents
    of that period in the collection (the outlet, language and date filters, without the query and
    the entity/speaker/agency/event filters). Undated documents are counted apart."""
    if granularity not in BUCKET_SQL:
        raise QueryError(f"granularity must be one of {', '.join(GRANULARITIES)}")
    bucket = BUCKET_SQL[granularity]
    base = queries[0] if queries else SearchParams()
    coll = matching(conn, base, collection_only=True)
    totals = dict(run(conn, f"SELECT {bucket} AS b, count(*) FROM ({coll.sql}) x JOIN documents d ON d.rowid = x.doc "
                            "GROUP BY b", coll.params, None))
    totals.pop(None, None)
    series = []
    for p in queries:
        m = matching(conn, p)
        rows = run(conn, f"SELECT {bucket} AS b, count(*) FROM ({m.sql}) x JOIN documents d ON d.rowid = x.doc "
                         "GROUP BY b", m.params, p.q)
        per = {b: n for b, n in rows if b is not None}
        undated = sum(n for b, n in rows if b is None)
        series.append({"q": p.q or "", "counts": per, "undated": undated, "total": sum(per.values()) + undated})
    buckets = sorted(set(totals) | {b for s in series for b in s["counts"]})
    rows_out = []
    for b in buckets:
        total = totals.get(b, 0)
        for s in series:
            n = s["counts"].get(b, 0)
            rows_out.append({"date": b, "query": s["q"], "count": n, "total": total,
                             "share": round(n / total, 6) if total else None})
    return {
        "granularity": granularity, "buckets": buckets,
        "totals": [totals.get(b, 0) for b in buckets],
        "series": [{"q": s["q"], "total": s["total"], "undated": s["undated"],
                    "counts": [s["counts"].get(b, 0) for b in buckets],
                    "shares": [round(s["counts"].get(b, 0) / totals[b], 6) if totals.get(b) else None
                               for b in buckets]} for s in series],
        "rows": rows_out,
    }
