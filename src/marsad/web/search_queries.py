"""The SQL behind the Search and Compare views: matching documents and facet counts.

A search is a query (`marsad.corpus.text_index.fts_query`: clitics and diacritics folded) plus
filters. Every count is taken in SQL over the set of matching rowids (one materialised CTE per
statement): facet lists are GROUP BY over that set, capped to the `FACET_LIMIT` most frequent
values. Paging is keyset: (bm25 score, rowid) ascending for relevance, (published, rowid)
descending for date order; a cursor holds the key of the last row shown, so paging has no cap.

The language of a document lives only inside its analysis record (JSON); reading every record
takes more than a second on a large store, so the rowids of the documents *not* in Arabic are
read once per store (and only the new rowids after an ingest) and kept in memory. Attention over
time (documents per period and their share) is counted in `marsad.web.search_timeline`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from marsad.arabic.tokens import tokenize
from marsad.corpus.search import BODY_WEIGHT, TITLE_WEIGHT, Filters, QueryError
from marsad.corpus.text_index import Hit, find_hits, fts_query, query_terms, snippet
from marsad.web.store_cache import StampedCache

FACET_LIMIT = 15
HIT_SCAN_CHARS = 4000  # look for the snippet's hits in the first characters of a long article
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


def matching(conn: sqlite3.Connection, p: SearchParams, *, columns: tuple[str, ...] = (),
             collection_only: bool = False) -> Matching:
    """SQL selecting the matching documents' rowids as `doc`, with the `columns` asked for among
    "score" (bm25; 0 without a query), "pub" (published or '') and "cluster". Only what is asked
    is read: cluster_id sits after the text in a documents row, and reading it costs a walk over
    the row's overflow pages (result_page and start_counts take it from the documents_cluster index). `collection_only` keeps only the filters that define the collection
    (outlet, language, dates): the denominators of shares."""
    exact: list[tuple[str, list[Any]]] = []
    loose: dict[str, str | None] = {}
    if not collection_only:
        for name, value in (("speaker", p.speaker), ("entity", p.entity), ("agency", p.agency)):
            actor = actor_id(conn, value) if value else None
            if actor is not None:  # a facet value: the actor's key, through the actor indexes
                exact.append((ACTOR_DOCS[name], [actor]))
            else:
                loose[name] = value
    if collection_only:
        f = Filters(since=p.since, until=p.until)  # Filters takes the end inclusive (until_bound)
    else:
        f = Filters(**loose, event_type=p.event_type, since=p.since, until=p.until)
    where, params = f.sql()
    for cond, extra in exact:
        where.append(cond)
        params += extra
    if p.source:
        where.append("d.source = ?")
        params.append(p.source)
    if p.language:
        cond, extra = language_condition(conn, p.language)
        where.append(cond)
        params += extra
    ranked = bool(p.q) and not collection_only
    cols = ["d.rowid AS doc"]
    if "score" in columns:
        cols.append(f"bm25(doc_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score" if ranked else "0.0 AS score")
    if "pub" in columns:
        cols.append("coalesce(d.published, '') AS pub")
    if "cluster" in columns:
        cols.append("d.cluster_id AS cluster")
    if ranked:
        match = fts_query(p.q or "")
        if match is None:
            raise QueryError(f"nothing searchable in the query {p.q!r}: give at least one word")
        if not where and "pub" not in columns:  # the index alone answers: no documents row is read
            cols[0] = "doc_fts.rowid AS doc"
            return Matching(f"SELECT {', '.join(cols)} FROM doc_fts WHERE doc_fts MATCH ?", [match], ranked=True)
        sql = (f"SELECT {', '.join(cols)} FROM doc_fts JOIN documents d ON d.rowid = doc_fts.rowid "
               "WHERE doc_fts MATCH ?")
        sql += "".join(" AND " + w for w in where)
        return Matching(sql, [match, *params], ranked=True)
    sql = f"SELECT {', '.join(cols)} FROM documents d"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return Matching(sql, params)


ACTOR_DOCS = {
    "entity": "d.rowid IN (SELECT doc FROM doc_entities WHERE actor = ?)",
    "speaker": "d.rowid IN (SELECT doc FROM quotes WHERE speaker_actor = ?)",
    "agency": "d.rowid IN (SELECT doc FROM sources WHERE actor = ?)",
}


def actor_id(conn: sqlite3.Connection, key: str) -> int | None:
    """The id of the actor whose store key is exactly `key` (what a facet link carries), else None
    (the filter then matches names loosely, as `marsad search` does)."""
    row = conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def run(conn: sqlite3.Connection, sql: str, params: list[Any], q: str | None = None) -> list[tuple]:
    """Execute; an FTS5 error (a query the index cannot parse) becomes a QueryError (400). An
    interrupted statement (time budget) is left to the store's handler (503)."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        msg = str(exc)
        if "interrupted" not in msg and ("fts5" in msg or "MATCH" in msg or "syntax" in msg):
            raise QueryError(f"the search index cannot read the query {q!r}: {msg}") from exc
        raise


Session = Callable[[], AbstractContextManager[sqlite3.Connection]]
_POOL = ThreadPoolExecutor(max_workers=8, thread_name_prefix="marsad-search")


class Statements:
    """Runs independent statements of one request: in parallel, each on its own connection from
    `session` (the store's pool, each under the request's time budget) when given, else one after
    the other on `conn`. SQLite releases the GIL while it works, so the facet counts overlap."""

    def __init__(self, conn: sqlite3.Connection, session: Session | None = None) -> None:
        self.conn, self.session = conn, session

    def _one(self, sql: str, params: list[Any], q: str | None) -> list[tuple]:
        assert self.session is not None
        with self.session() as conn:
            return run(conn, sql, params, q)

    def start(self, sql: str, params: list[Any], q: str | None = None) -> Callable[[], list[tuple]]:
        if self.session is None:
            rows = run(self.conn, sql, params, q)
            return lambda: rows
        future = _POOL.submit(self._one, sql, params, q)
        return future.result


COUNTS = StampedCache(64)  # facet counts of recent searches (the unfiltered store's take a moment to count)


# ---------------------------------------------------------------- results


def result_page(conn: sqlite3.Connection, p: SearchParams, *, sort: str, collapse: bool,
                after: list[Any] | None, size: int, highlight: bool = True) -> tuple[list[dict[str, Any]], list | None]:
    """One page of matching documents and the sort key of its last row (None on the last page).

    sort: "relevance" (bm25, only with a query) or "newest"/"oldest" (publication date).
    With `collapse`, one row per duplicate cluster (its best ranked member) with `copies`, the
    number of matching documents of that cluster.
    """
    by_score = sort == "relevance" and bool(p.q)
    cols = ("score",) if by_score else ("pub",)
    m = matching(conn, p, columns=cols)
    if by_score:
        key, op, order = "score", ">", "score, doc"
    elif sort == "oldest":
        key, op, order = "pub", ">", "pub, doc"
    else:
        key, op, order = "pub", "<", "pub DESC, doc DESC"
    params = list(m.params)
    if collapse:
        # the cluster of each match comes from the documents_cluster index: in the row it sits after the text
        sql = (f"WITH m AS MATERIALIZED ({m.sql}), cl AS MATERIALIZED (SELECT rowid AS cdoc, cluster_id AS cluster "
               "FROM documents INDEXED BY documents_cluster WHERE rowid IN (SELECT doc FROM m)), "
               "c AS (SELECT m.*, cl.cluster, row_number() OVER "
               f"(PARTITION BY cl.cluster ORDER BY {order}) AS rn, count(*) OVER (PARTITION BY cl.cluster) AS copies "
               f"FROM m JOIN cl ON cl.cdoc = m.doc) SELECT doc, {key}, copies FROM c WHERE rn = 1")
    else:
        sql = f"SELECT doc, {key}, 1 AS copies FROM ({m.sql}) WHERE 1"
    if after is not None:
        sql += f" AND ({key}, doc) {op} (?, ?)"
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
    for doc, sort_key, copies in rows:
        _, doc_id, title, source, url, published, cluster, text, length = docs[doc]
        hits: list[Hit] = quick_hits(text, p.q) if (p.q and highlight) else []
        start, end = snippet(text, hits)
        shown = [h for h in hits if h.start >= start and h.end <= end]
        out.append({
            "id": doc_id, "title": title or "", "source": source, "url": url, "published": published,
            "cluster_id": cluster, "copies": copies, "score": round(-sort_key, 4) if by_score else None,
            "snippet": text[start:end], "snippet_start": start, "snippet_end": end,
            "snippet_cut": end < length,
            "hits": [{"start": h.start, "end": h.end} for h in shown],
            "title_hits": _title_hits(title or "", text, hits, p.q) if (p.q and highlight) else [],
        })
    last = rows[-1]
    return out, ([last[1], last[0]] if more else None)


def quick_hits(text: str, query: str) -> list[Hit]:
    """`text_index.find_hits`, the same spans, about twice as fast: a token's clitic readings (the
    costly part) are computed only when its key contains the core of a query term (the term
    without a leading ال and its last letter, which a reading may restore: ة, ال)."""
    terms = {w for group in query_terms(query) for w in group}
    hits: list[Hit] = []
    if not terms:
        return hits
    cores = set()
    for t in terms:
        core = t[2:] if t.startswith("ال") and len(t) > 4 else t
        cores.add(core[:-1] if len(core) >= 3 else core)
    for tok in tokenize(text):
        if tok.kind == "punct":
            continue
        key = tok.key
        if key in terms:
            hits.append(Hit(tok.start, tok.end, tok.text))
        elif tok.kind == "word" and any(c in key for c in cores):
            for start, stem in tok.splits:
                if stem in terms:
                    hits.append(Hit(start, tok.end, text[start : tok.end]))
                    break
    return hits


def _title_hits(title: str, text: str, hits: list[Hit], q: str) -> list[dict[str, int]]:
    """Hits in the title: the stored text begins with the title, so they are the text's first hits."""
    if title and text.startswith(title):
        return [{"start": h.start, "end": h.end} for h in hits if h.end <= len(title)]
    return [{"start": h.start, "end": h.end} for h in find_hits(title, q)]


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


def start_counts(st: Statements, p: SearchParams, *, limit: int = FACET_LIMIT, granularity: str = "day",
                 collapse: bool = False) -> Callable[[], dict[str, Any]]:
    """Start counting (totals, facets, matching documents per period); returns the function that
    waits for the answer. Each facet is a GROUP BY over the matching rowids, top `limit` values."""
    conn = st.conn
    lim = int(limit)
    key = (tuple(sorted(p.__dict__.items())), lim, granularity, collapse)
    cached = COUNTS.get(conn, key)
    if cached is not None:
        return lambda: cached
    whole = not p.q and not p.filters()  # the whole store: each table is counted directly, through its indexes
    if whole:
        rowids: list[int] = []
        ids: list[Any] = []
        with_m = ""
    else:
        m = matching(conn, p)
        # the matching rowids once; each facet statement reads them back instead of re-running the filters
        rowids = [r[0] for r in run(conn, f"SELECT doc FROM ({m.sql})", m.params, p.q)]
        ids = [json.dumps(rowids)]
        with_m = "WITH m(doc) AS (SELECT value FROM json_each(?)) "

    def over(table: str, alias: str, column: str = "doc") -> str:
        return f"FROM {table} {alias}" if whole else f"FROM m JOIN {table} {alias} ON {alias}.{column} = m.doc"

    bucket = BUCKET_SQL[granularity]
    by_outlet_day = st.start(with_m + f"SELECT d.source, {bucket}, count(*) {over('documents', 'd', 'rowid')} "
                             "GROUP BY 1, 2", ids)
    entity = st.start(with_m + f"SELECT de.actor, count(DISTINCT de.doc) AS n {over('doc_entities', 'de')} "
                      f"GROUP BY de.actor ORDER BY n DESC LIMIT {lim}", ids)
    speaker = st.start(with_m + f"SELECT q.speaker_actor, count(DISTINCT q.doc) AS n {over('quotes', 'q')} "
                       "WHERE q.speaker_actor IS NOT NULL GROUP BY q.speaker_actor "
                       f"ORDER BY n DESC LIMIT {lim}", ids)
    parts = [
        f"SELECT * FROM (SELECT 'agency', s.actor, count(DISTINCT s.doc) AS n {over('sources', 's')} "
        f"WHERE s.actor IS NOT NULL GROUP BY s.actor ORDER BY n DESC LIMIT {lim})",
        f"SELECT * FROM (SELECT 'event_type', e.type, count(DISTINCT e.doc) AS n {over('events', 'e')} "
        f"GROUP BY e.type ORDER BY n DESC LIMIT {lim})",
    ]
    if collapse:  # the cluster of each document from the documents_cluster index (the row holds it after the text)
        parts.append("SELECT 'clusters', NULL, count(DISTINCT cluster_id) FROM documents INDEXED BY documents_cluster"
                     + ("" if whole else " WHERE rowid IN (SELECT doc FROM m)"))
    other = st.start(with_m + " UNION ALL ".join(parts), ids)
    if whole:
        languages = {lang: len(r) for lang, r in LANGUAGES.get(conn).items()}
    else:
        matched = set(rowids)
        languages = {lang: len(matched.intersection(r)) for lang, r in LANGUAGES.get(conn).items()}

    def finish() -> dict[str, Any]:
        outlets: dict[str | None, int] = {}
        per: dict[str, int] = {}
        undated = 0
        for source, b, n in by_outlet_day():
            outlets[source] = outlets.get(source, 0) + n
            if b is None:
                undated += n
            else:
                per[b] = per.get(b, 0) + n
        total = sum(outlets.values())
        rows = [("entity", a, n) for a, n in entity()] + [("speaker", a, n) for a, n in speaker()] + other()
        rows += [("language", lang, n) for lang, n in sorted(languages.items())]
        n_clusters = next((n for kind, _, n in rows if kind == "clusters"), None)
        actors = _actors(conn, {v for kind, v, _ in rows if kind in ("agency", "entity", "speaker")})
        facets: dict[str, list[dict[str, Any]]] = {k: [] for k in FACETS}
        facets["outlet"] = [{"value": s or "", "label": s or "(بلا مصدر)", "count": n}
                            for s, n in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0] or ""))[:lim]]
        other_langs = 0
        for kind, value, n in rows:
            if kind == "language":
                other_langs += n
                if n:
                    facets["language"].append({"value": value, "label": value, "count": n})
            elif kind in ("agency", "entity", "speaker"):
                a = actors.get(value)
                if a is not None:
                    facets[kind].append({"value": a["key"], "label": a["name"], "label_en": a["name_en"],
                                         "type": a["type"], "count": n})
            elif kind != "clusters":
                facets[kind].append({"value": value, "label": value, "count": n})
        if total - other_langs:
            facets["language"].append({"value": DEFAULT_LANGUAGE, "label": DEFAULT_LANGUAGE,
                                       "count": total - other_langs})
        facets["language"].sort(key=lambda f: -f["count"])
        answer = {"total": total, "clusters": n_clusters, "facet_limit": lim,
                  "facets": facets, "per_period": per, "undated": undated}
        COUNTS.put(conn, key, answer)
        return answer

    return finish


def counts(conn: sqlite3.Connection, p: SearchParams, limit: int = FACET_LIMIT, session: Session | None = None,
           collapse: bool = False) -> dict[str, Any]:
    """Totals and facet counts (documents per value, top `limit` values) for the matching set."""
    out = dict(start_counts(Statements(conn, session), p, limit=limit, collapse=collapse)())
    out.pop("per_period")
    out.pop("undated")
    return out


def _actors(conn: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    rows = conn.execute("SELECT id, key, name, name_en, type FROM actors WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(sorted(ids)),))
    return {i: {"key": k, "name": n, "name_en": en, "type": t} for i, k, n, en, t in rows}
