"""The entity page's SQL: an actor's profile (names, KB record, mentions over time, the titles the
articles gave it with the term of office that resolved each, co-occurring actors, events) and its
quotes (by it, about it), aggregated in SQL and paged by keyset.

"Quotes about" an actor are the quotes whose span contains one of its mentions in the same
document. Frequent actors have tens of thousands of mentions: their mentions and the quotes of
their documents are read once as offsets (no text) and matched in memory.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from fastapi import HTTPException

from marsad.arabic.normalize import match_key
from marsad.kb import load_kb
from marsad.kb.terms import term_for, term_label, title_role
from marsad.web.pages import decode_cursor, encode_cursor
from marsad.web.quote_queries import (
    QuoteFilters,
    bucket_counts,
    cursor_key,
    day_of,
    document_dates,
    list_quotes,
    quotes_by_ids,
    sort_key,
)
from marsad.web.store_cache import StampedCache

COOCCURRING = 30      # co-occurring actors listed (the most frequent)
TITLES = 40           # distinct title texts listed (the most frequent)
EVENTS = 25           # latest events listed per role (with the counts of all by type)
# An actor's aggregates (timeline, titles, co-occurring actors, events) depend only on what the
# store holds: kept until documents are added. A frequent actor's co-occurrences read every
# document naming it (100k rows for the most named country).
_profiles = StampedCache(512)
_index = StampedCache(2)


def profile_aggregates(conn: sqlite3.Connection, actor: dict[str, Any]) -> dict[str, Any]:
    return _profiles.get_or_compute(conn, ("profile", actor["id"]), lambda: {
        **mentions_profile(conn, actor["id"]), "titles": titles(conn, actor),
        "cooccurring": cooccurring(conn, actor["id"]), "events": events(conn, actor["id"]),
    })


def get_actor(conn: sqlite3.Connection, key: str) -> dict[str, Any]:
    row = conn.execute("SELECT id, key, kb, name, name_key, name_en, type FROM actors WHERE key = ?", (key,)).fetchone()
    if row is None:
        row = conn.execute("SELECT id, key, kb, name, name_key, name_en, type FROM actors WHERE kb = ?",
                           (key,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no entity with key {key!r} in this store")
    actor = dict(zip(("id", "key", "kb", "name", "name_key", "name_en", "type"), row, strict=True))
    kb_actor = load_kb().get(actor["kb"]) if actor["kb"] else None
    actor["kb_record"] = None if kb_actor is None else {
        "kind": kb_actor.kind, "aliases_ar": kb_actor.aliases_ar[:12], "aliases_en": kb_actor.aliases_en[:6],
        "country": kb_actor.country,
        "roles": [{"role": r.role, "of": r.org or r.country, "start": r.start, "end": r.end,
                   "uncertain_end": r.uncertain_end, "term": term_label(r)} for r in kb_actor.roles],
    }
    return actor


def mentions_profile(conn: sqlite3.Connection, actor_id: int) -> dict[str, Any]:
    """Mention count, documents, first and last seen, and mentions and documents per day (or
    month). One pass over the actor's mentions (mentions_actor), grouped by document in SQL."""
    dates = document_dates(conn)
    days: dict[str, int] = {}
    docs_per_day: dict[str, int] = {}
    total = 0
    per_doc = conn.execute("SELECT doc, count(*) FROM mentions WHERE actor = ? GROUP BY doc", (actor_id,)).fetchall()
    for doc, n in per_doc:
        d = day_of(dates.get(doc))
        days[d] = days.get(d, 0) + n
        docs_per_day[d] = docs_per_day.get(d, 0) + 1
        total += n
    timeline = bucket_counts(days)
    by_period = {r["period"]: r["count"] for r in bucket_counts(docs_per_day)["rows"]}
    for r in timeline["rows"]:
        r["documents"] = by_period.get(r["period"], 0)
    seen = [d for d in days if d]
    return {"mentions": total, "documents": len(per_doc), "first_seen": min(seen) if seen else None,
            "last_seen": max(seen) if seen else None, "timeline": timeline}


def titles(conn: sqlite3.Connection, actor: dict[str, Any]) -> list[dict[str, Any]]:
    """The titles the articles referred to the actor by, most frequent first, each with its first
    evidence and the KB term of office that makes the title this actor's on that day."""
    rows = _title_rows(conn, actor["id"])
    out = []
    for text, n, first, last, doc_id, start, end, published in rows:
        on = (published or "")[:10] or None
        term = term_for(actor["kb"], text, on)
        role = title_role(text)
        out.append({
            "title": text, "count": n, "first_seen": first, "last_seen": last,
            "evidence": {"doc_id": doc_id, "start": start, "end": end, "published": published},
            "role": role.role, "role_country": role.country,
            "term": None if term is None else {
                "role": term.role, "of": term.org or term.country, "start": term.start, "end": term.end,
                "uncertain_end": term.uncertain_end, "label": term_label(term), "on": on,
            },
        })
    return out


def _title_rows(conn: sqlite3.Connection, actor_id: int) -> list[tuple]:
    return conn.execute(
        """
        WITH t AS (
            SELECT m.text, m.doc, m.char_start, m.char_end, d.id AS doc_id, d.published,
                   row_number() OVER (PARTITION BY m.text ORDER BY d.published IS NULL, d.published, m.doc,
                                      m.char_start) AS rn,
                   count(*) OVER (PARTITION BY m.text) AS n,
                   min(d.published) OVER (PARTITION BY m.text) AS first_seen,
                   max(d.published) OVER (PARTITION BY m.text) AS last_seen
            FROM mentions m JOIN documents d ON d.rowid = m.doc
            WHERE m.actor = ? AND m.kind = 'title'
        )
        SELECT text, n, first_seen, last_seen, doc_id, char_start, char_end, published FROM t WHERE rn = 1
        ORDER BY n DESC, text LIMIT ?
        """, (actor_id, TITLES)).fetchall()


def cooccurring(conn: sqlite3.Connection, actor_id: int) -> list[dict[str, Any]]:
    """The actors named in the most documents that also name this one."""
    rows = conn.execute(
        """
        SELECT a.key, a.name, a.name_en, a.type, c.n FROM (
            SELECT de2.actor AS actor, count(DISTINCT de2.doc) AS n
            FROM doc_entities de1 CROSS JOIN doc_entities de2 ON de2.doc = de1.doc
            WHERE de1.actor = ? AND de2.actor != ?
            GROUP BY de2.actor ORDER BY n DESC, de2.actor LIMIT ?
        ) c JOIN actors a ON a.id = c.actor ORDER BY c.n DESC, a.id
        """, (actor_id, actor_id, COOCCURRING)).fetchall()
    return [{"key": k, "name": n, "name_en": e, "type": t, "documents": c} for k, n, e, t, c in rows]


def events(conn: sqlite3.Connection, actor_id: int) -> dict[str, Any]:
    """Events with the actor as actor and as target: counts by type and the latest ones."""
    dates = document_dates(conn)
    found = conn.execute("SELECT id, doc, type, actor, target FROM events WHERE actor = ? OR target = ?",
                         (actor_id, actor_id)).fetchall()
    out: dict[str, Any] = {}
    for role, other in (("actor", "target"), ("target", "actor")):
        mine = [r for r in found if r[3 if role == "actor" else 4] == actor_id]
        by_type: dict[str, int] = {}
        for r in mine:
            by_type[r[2]] = by_type.get(r[2], 0) + 1
        mine.sort(key=lambda r: (1 if dates.get(r[1]) else 0, dates.get(r[1]) or "", r[0]), reverse=True)
        ids = [r[0] for r in mine[:EVENTS]]
        rows = conn.execute(
            f"""SELECT e.id, e.type, e.mode, e.date, e.char_start, e.char_end, e.text, e.trigger,
                       d.id, d.published, o.key, o.name, o.name_en
                FROM events e JOIN documents d ON d.rowid = e.doc LEFT JOIN actors o ON o.id = e.{other}
                WHERE e.id IN ({",".join("?" * len(ids))})""", ids).fetchall() if ids else []
        order = {i: n for n, i in enumerate(ids)}
        rows.sort(key=lambda r: order[r[0]])
        out["as_" + role] = {
            "count": len(mine),
            "by_type": [{"type": t, "count": n} for t, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))],
            "rows": [{"id": r[0], "type": r[1], "mode": r[2], "date": r[3], "start": r[4], "end": r[5],
                      "text": r[6], "trigger": r[7], "doc_id": r[8], "published": r[9],
                      other + "_key": r[10], other: r[11], other + "_en": r[12]} for r in rows],
        }
    return out


# --- quotes -----------------------------------------------------------------------------------
def quotes_by(conn: sqlite3.Connection, actor_id: int, cursor: str | None, limit: int) -> dict[str, Any]:
    rows, nxt = list_quotes(conn, QuoteFilters(speaker_ids=[actor_id]), decode_cursor(cursor, 3), limit)
    total = conn.execute("SELECT count(*) FROM quotes WHERE speaker_actor = ?", (actor_id,)).fetchone()[0]
    return {"total": total, "rows": rows, "next": encode_cursor(*nxt) if nxt else None}


def quotes_about(conn: sqlite3.Connection, actor_id: int, cursor: str | None, limit: int) -> dict[str, Any]:
    """Quotes whose span contains a mention of the actor, newest first. The actor's documents
    are walked newest first (their dates are cached), a few at a time, until the page is full:
    a page costs the documents it spans, not the actor's whole record."""
    after = cursor_key(decode_cursor(cursor, 3))
    dates = document_dates(conn)
    docs = [d for d, in conn.execute("SELECT DISTINCT doc FROM doc_entities WHERE actor = ?", (actor_id,))]
    docs.sort(key=lambda d: (1 if dates.get(d) else 0, dates.get(d) or "", d), reverse=True)
    if after is not None:  # documents wholly after the cursor are skipped
        docs = [d for d in docs if (1 if dates.get(d) else 0, dates.get(d) or "", d) <= after[:3]]
    keys: list[tuple] = []
    i = 0
    batch = 8
    while i < len(docs) and len(keys) <= limit:
        chunk = docs[i : i + batch]
        i += batch
        batch = min(batch * 2, 500)
        marks = ",".join("?" * len(chunk))
        spans: dict[int, list[tuple[int, int]]] = {}
        for doc, s, e in conn.execute(f"SELECT doc, char_start, char_end FROM mentions INDEXED BY mentions_doc "
                                      f"WHERE doc IN ({marks}) "
                                      "AND actor = ?", [*chunk, actor_id]):
            spans.setdefault(doc, []).append((s, e))
        found = []
        for qid, doc, qs, qe in conn.execute(f"SELECT id, doc, char_start, char_end FROM quotes WHERE doc IN ({marks})",
                                             chunk):
            key = sort_key(dates.get(doc), doc, qid)
            if (after is None or key < after) and any(qs <= s and e <= qe for s, e in spans.get(doc, ())):
                found.append((qid, dates.get(doc), doc, key))
        keys += sorted(found, key=lambda k: k[3], reverse=True)
    more = len(keys) > limit
    page = keys[:limit]
    nxt = encode_cursor(page[-1][1], page[-1][2], page[-1][0]) if more and page else None
    return {"total": None, "rows": quotes_by_ids(conn, [k[0] for k in page]), "next": nxt}


# --- the index of entities ---------------------------------------------------------------------
def _actor_index(conn: sqlite3.Connection) -> list[tuple]:
    """Every actor with its mention count, most mentioned first: (id, key, name, name_key,
    name_en lower-cased, name_en, type, mentions)."""
    def compute() -> list[tuple]:
        counts = dict(conn.execute("SELECT actor, count(*) FROM mentions GROUP BY actor"))
        rows = [(i, k, n, nk, (ne or "").lower(), ne, t, counts.get(i, 0))
                for i, k, n, nk, ne, t in conn.execute("SELECT id, key, name, name_key, name_en, type FROM actors")]
        rows.sort(key=lambda r: (-r[7], r[0]))
        return rows
    return _index.get_or_compute(conn, ("actors",), compute)


def search_entities(conn: sqlite3.Connection, q: str | None, type_: str | None, cursor: str | None,
                    limit: int) -> dict[str, Any]:
    """Actors whose Arabic name (any spelling) or English name contains `q`, most mentioned first."""
    index = _actor_index(conn)
    after = decode_cursor(cursor, 2)
    key = match_key(q) if q else None
    low = q.lower() if q else None
    wanted = type_.upper() if type_ else None
    out: list[tuple] = []
    for row in index:
        if after is not None and (-row[7], row[0]) <= (-int(after[0]), int(after[1])):
            continue
        if wanted and row[6] != wanted:
            continue
        if q and not (key in row[3] or (low and low in row[4]) or row[1] == q):
            continue
        out.append(row)
        if len(out) > limit:
            break
    more = len(out) > limit
    out = out[:limit]
    types: dict[str, int] = {}
    for row in index:
        types[row[6]] = types.get(row[6], 0) + 1
    return {
        "rows": [{"key": r[1], "name": r[2], "name_en": r[5], "type": r[6], "mentions": r[7]} for r in out],
        "next": encode_cursor(out[-1][7], out[-1][0]) if more and out else None,
        "types": [{"type": t, "count": n} for t, n in sorted(types.items(), key=lambda kv: -kv[1])],
    }
