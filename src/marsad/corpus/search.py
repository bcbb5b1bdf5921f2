"""Searching the store: FTS5 bm25 ranking over match-key text, facet filters, highlighted hits.

Filters name actors loosely: a kb id ("marsad:per/sergey-lavrov"), an English name or part of
one ("Lavrov"), or an Arabic name or part of one in any spelling ("لافروف", "لافروڤ" is not
folded, but hamza and diacritic variants are). Hits are reported as display-text offsets.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from marsad.arabic.normalize import match_key
from marsad.corpus.text_index import Hit, find_hits, fts_query, snippet

TITLE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
COLLAPSE_FETCH = 5  # with collapse, rank this many times `limit` rows to fill `limit` clusters


@dataclass
class SearchResult:
    id: str
    title: str
    source: str | None
    url: str | None
    published: str | None
    cluster_id: int
    score: float
    text: str
    hits: list[Hit] = field(default_factory=list)
    snippet_start: int = 0
    snippet_end: int = 0
    copies: int = 0  # with collapse: other matching members of the same duplicate cluster

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "source": self.source, "url": self.url,
            "published": self.published, "cluster_id": self.cluster_id, "score": round(self.score, 4),
            "snippet": {"start": self.snippet_start, "end": self.snippet_end,
                        "text": self.text[self.snippet_start : self.snippet_end]},
            "hits": [{"start": h.start, "end": h.end, "text": h.text} for h in self.hits],
            "copies": self.copies,
        }


def until_bound(until: str) -> str:
    """The upper bound of `published <= ?` for an inclusive end written as a day, a month or a
    year: "2015-07" and "2015-07-21" include every publication that starts with them (with a time
    of day too), "~" sorting after every digit, space and "T"."""
    return until + "~" if len(until) <= 10 else until


def actor_match(alias: str, name: str) -> tuple[str, list[str]]:
    """SQL condition on actors table `alias` matching the user's `name`, and its parameters."""
    key = match_key(name.strip())
    cond = f"({alias}.kb = ? OR {alias}.name_key LIKE ? OR lower({alias}.name_en) LIKE ?)"
    return cond, [name.strip(), f"%{key}%", f"%{name.strip().lower()}%"]


@dataclass
class Filters:
    speaker: str | None = None
    entity: str | None = None
    agency: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None

    def sql(self) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.speaker:
            cond, p = actor_match("a", self.speaker)
            where.append(
                "(d.rowid IN (SELECT q.doc FROM quotes q JOIN actors a ON a.id = q.speaker_actor WHERE " + cond + ")"
                " OR d.rowid IN (SELECT doc FROM quotes WHERE speaker_key LIKE ?))"
            )
            params += [*p, f"%{match_key(self.speaker.strip())}%"]
        if self.entity:
            cond, p = actor_match("a", self.entity)
            where.append("d.rowid IN (SELECT de.doc FROM doc_entities de JOIN actors a ON a.id = de.actor WHERE "
                         + cond + ")")
            params += p
        if self.agency:
            cond, p = actor_match("a", self.agency)
            where.append(
                "(d.rowid IN (SELECT s.doc FROM sources s JOIN actors a ON a.id = s.actor WHERE " + cond + ")"
                " OR d.rowid IN (SELECT doc FROM sources WHERE text_key LIKE ?))"
            )
            params += [*p, f"%{match_key(self.agency.strip())}%"]
        if self.event_type:
            where.append("d.rowid IN (SELECT doc FROM events WHERE type = ?)")
            params.append(self.event_type.upper())
        if self.since:
            where.append("d.published >= ?")
            params.append(self.since)
        if self.until:
            where.append("d.published <= ?")
            params.append(until_bound(self.until))
        return where, params


class QueryError(ValueError):
    """A query the full-text index cannot run."""


def search(
    conn: sqlite3.Connection, query: str | None, filters: Filters | None = None, limit: int = 20,
    collapse: bool = False,
) -> list[SearchResult]:
    """Documents matching `query` (all words, clitic- and diacritic-insensitive) and the filters.

    Ranked by bm25 when there is a query, else newest first. With `collapse`, only the best
    ranked member of each duplicate cluster is listed, with the number of its matching copies.
    """
    filters = filters or Filters()
    where, params = filters.sql()
    match = fts_query(query) if query else None
    if query and match is None:
        raise QueryError(f"nothing searchable in {query!r}")
    cols = "d.id, d.title, d.source, d.url, d.published, d.cluster_id, d.text"
    if match:
        sql = (f"SELECT {cols}, bm25(doc_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score FROM doc_fts "
               "JOIN documents d ON d.rowid = doc_fts.rowid WHERE doc_fts MATCH ?")
        params = [match, *params]
        if where:
            sql += " AND " + " AND ".join(where)
        sql += " ORDER BY score, d.rowid LIMIT ?"
    else:
        sql = f"SELECT {cols}, 0.0 AS score FROM documents d"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.published IS NULL, d.published DESC, d.rowid LIMIT ?"
    params.append(limit * COLLAPSE_FETCH if collapse else limit)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot search for {query!r}: {exc}") from exc
    out: list[SearchResult] = []
    by_cluster: dict[int, SearchResult] = {}
    for doc_id, title, source, url, published, cluster, text, score in rows:
        if collapse and cluster in by_cluster:
            by_cluster[cluster].copies += 1
            continue
        if len(out) >= limit:
            continue
        hits = find_hits(text, query) if query else []
        start, end = snippet(text, hits)
        out.append(SearchResult(doc_id, title, source, url, published, cluster, -score, text, hits, start, end))
        by_cluster[cluster] = out[-1]
    return out


def result_lines(results: list[SearchResult]) -> list[str]:
    return [json.dumps(r.to_json(), ensure_ascii=False) for r in results]
