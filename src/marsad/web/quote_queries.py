"""The quote explorer's SQL: quotes newest first with filters, keyset paging, per-day counts, and
statements carried by several outlets grouped with their provenance chain.

Sort key of a quote: (published, document rowid, quote id), newest first; undated documents come
after every dated one. Paging is keyset on that key (a cursor holds the last row's key), never an
offset, so any page is as fast as the first.

A *statement* is one quote as carried by several articles: the quotes with the same speaker whose
texts have the same match key (diacritics, hamza and letter variants folded) inside one story
cluster (wire copies), or word for word the same text elsewhere. It is listed once, at its first
appearance (the earliest carrier), with every carrier, the agencies each carrier cites, and which
carrier is the original (the earliest, or the canonical member of its cluster) and which republish.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException

from marsad.arabic.normalize import _FOLD, match_key
from marsad.corpus.search import QueryError, until_bound
from marsad.corpus.text_index import fts_query, query_terms
from marsad.web.store_cache import StampedCache

GROUP_SCAN_MIN = 20        # quotes read at least at a time while filling a page of statements
MAX_DAYS_BEFORE_MONTHS = 400  # a timeline longer than this many days is counted per month

QUOTE_COLS = (
    "q.id, q.doc, q.kind, q.char_start, q.char_end, q.text, q.speaker_actor, q.speaker_text, q.cue_text, "
    "q.speaker_key, d.id, d.title, d.source, d.url, d.published, d.cluster_id"
)


# --- documents' dates, read once per store ---------------------------------------------------
_dates = StampedCache(4)


def document_dates(conn: sqlite3.Connection) -> dict[int, str | None]:
    """rowid -> published for every document of the store (read from its index, kept while the
    store does not grow)."""
    return _dates.get_or_compute(conn, ("dates",), lambda: dict(
        conn.execute("SELECT rowid, published FROM documents INDEXED BY documents_published")))


def bucket_counts(day_counts: dict[str, int]) -> dict[str, Any]:
    """Per-day counts as a timeline: per day, or per month when the span is long."""
    days = sorted(d for d in day_counts if d)
    if len(days) > MAX_DAYS_BEFORE_MONTHS:
        months: dict[str, int] = {}
        for d, n in day_counts.items():
            if d:
                months[d[:7]] = months.get(d[:7], 0) + n
        return {"unit": "month", "rows": [{"period": m, "count": months[m]} for m in sorted(months)]}
    return {"unit": "day", "rows": [{"period": d, "count": day_counts[d]} for d in days]}


def day_of(published: str | None) -> str:
    return (published or "")[:10]


_SPELLINGS: dict[str, str] = {}
for _src, _dst in _FOLD.items():
    _SPELLINGS[_dst] = _SPELLINGS.get(_dst, _dst) + _src


def glob_pattern(key: str) -> str:
    """A GLOB pattern finding the match key `key` inside display text in any spelling that folds
    to it (hamza seats, alef maqsura, ta marbuta, Eastern digits, letter case)."""
    out = []
    for ch in key:
        variants = _SPELLINGS.get(ch, ch) + (ch.upper() if ch.upper() != ch and len(ch.upper()) == 1 else "")
        if len(variants) == 1 and variants not in "*?[]":
            out.append(variants)
        else:
            variants = "".join(dict.fromkeys(variants))
            out.append("[" + ("]" if "]" in variants else "") + variants.replace("]", "") + "]")
    return "*" + "".join(out) + "*"


# --- rows ------------------------------------------------------------------------------------
def quote_record(row: tuple, speakers: dict[int, dict[str, Any]]) -> dict[str, Any]:
    (qid, _doc, kind, start, end, text, speaker_actor, speaker_text, cue_text, speaker_key,
     doc_id, title, source, url, published, cluster) = row
    sp = speakers.get(speaker_actor) if speaker_actor is not None else None
    return {
        "id": qid, "kind": kind, "text": text, "start": start, "end": end,
        "speaker_key": sp["key"] if sp else None, "speaker": sp["name"] if sp else None,
        "speaker_en": sp["name_en"] if sp else None, "speaker_text": speaker_text, "cue": cue_text,
        "doc_id": doc_id, "title": title, "source": source, "published": published,
        "url": url if url and url.startswith(("http://", "https://")) else None, "cluster_id": cluster,
    }


def actors_by_id(conn: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r[0]: {"key": r[1], "name": r[2], "name_en": r[3], "type": r[4]}
            for r in conn.execute(f"SELECT id, key, name, name_en, type FROM actors WHERE id IN ({marks})", list(ids))}


def quotes_by_ids(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Full records of quotes `ids`, in that order."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT {QUOTE_COLS} FROM quotes q JOIN documents d ON d.rowid = q.doc "
                        f"WHERE q.id IN ({marks})", ids).fetchall()
    speakers = actors_by_id(conn, {r[6] for r in rows})
    by_id = {r[0]: quote_record(r, speakers) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def sort_key(published: str | None, doc: int, qid: int) -> tuple[int, str, int, int]:
    """Descending order key: dated before undated, then newest, then later rowid and quote id."""
    return (1 if published else 0, published or "", doc, qid)


def cursor_key(cursor: list[Any] | None) -> tuple[int, str, int, int] | None:
    if cursor is None:
        return None
    try:
        published, doc, qid = cursor
        return sort_key(published, int(doc), int(qid))
    except (TypeError, ValueError) as exc:
        raise HTTPException(400, "the paging cursor is not valid; start again from the first page") from exc


# --- filters ---------------------------------------------------------------------------------
@dataclass
class QuoteFilters:
    speaker: str | None = None      # actor key, or a name (Arabic any spelling, or English)
    kind: str | None = None         # direct / indirect
    q: str | None = None            # topic words, matched inside the quote text
    since: str | None = None
    until: str | None = None
    outlet: str | None = None       # documents.source
    several: bool = False           # only quotes of stories carried by several articles (wire copies)
    speaker_ids: list[int] | None = field(default=None, repr=False)
    speaker_like: str | None = field(default=None, repr=False)

    def resolve(self, conn: sqlite3.Connection) -> QuoteFilters:
        """Read the speaker filter as actor ids (a key, else names containing it), or as the
        speaker text of unlinked quotes when no actor is named so."""
        if self.kind and self.kind not in ("direct", "indirect"):
            raise HTTPException(400, "kind must be direct or indirect")
        if not self.speaker:
            return self
        row = conn.execute("SELECT id FROM actors WHERE key = ? OR kb = ?", (self.speaker, self.speaker)).fetchone()
        if row:
            self.speaker_ids = [row[0]]
            return self
        key = match_key(self.speaker)
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM actors WHERE name_key = ? OR lower(name_en) = ?", (key, self.speaker.lower()))]
        if not ids:
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM actors WHERE (name_key LIKE ? OR lower(name_en) LIKE ?) AND type = 'PER' LIMIT 50",
                (f"%{key}%", f"%{self.speaker.lower()}%"))]
        self.speaker_ids = ids
        self.speaker_like = None if ids else f"%{key}%"
        return self

    def sql(self) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.speaker_ids is not None and self.speaker_ids:
            where.append(f"q.speaker_actor IN ({','.join('?' * len(self.speaker_ids))})")
            params += self.speaker_ids
        elif self.speaker_like:
            where.append("q.speaker_key LIKE ?")
            params.append(self.speaker_like)
        if self.kind:
            where.append("q.kind = ?")
            params.append(self.kind)
        if self.outlet:
            where.append("d.source = ?")
            params.append(self.outlet)
        if self.since:
            where.append("d.published >= ?")
            params.append(self.since)
        if self.until:
            where.append("d.published <= ?")
            params.append(until_bound(self.until))
        if self.several:
            where.append("d.cluster_id IN (SELECT id FROM clusters WHERE size > 1)")
        if self.q:
            # documents the full-text index finds, then quotes whose own text carries every word
            match = fts_query(self.q)
            if match is None:
                raise QueryError(f"nothing searchable in {self.q!r}")
            where.append("q.doc IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)")
            params.append(match)
            for group in query_terms(self.q):
                for word in group:
                    where.append("q.text GLOB ?")
                    params.append(glob_pattern(word))
        return where, params

    def accepts(self, rec: dict[str, Any], speaker_actor: int | None) -> bool:
        """The same filters on a quote record (for the carriers of a statement)."""
        if self.speaker_ids and speaker_actor not in self.speaker_ids:
            return False
        if self.kind and rec["kind"] != self.kind:
            return False
        if self.outlet and rec["source"] != self.outlet:
            return False
        published = rec["published"] or ""
        if self.since and published < self.since:
            return False
        return not (self.until and published > until_bound(self.until))

    def params(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "kind": self.kind, "q": self.q, "since": self.since,
                "until": self.until, "outlet": self.outlet, "carried": "several" if self.several else None}


# --- listing ---------------------------------------------------------------------------------
def scan_keys(conn: sqlite3.Connection, f: QuoteFilters, after: tuple | None,
              limit: int) -> list[tuple[int, str | None, int, int]]:
    """(quote id, published, doc rowid, sort-key) of the next `limit` quotes after `after`,
    newest first."""
    where, params = f.sql()
    out: list[tuple] = []
    # dated documents first (walking documents_published), then undated ones
    for dated in (True, False):
        if after is not None and dated and after[0] == 0:
            continue
        w = list(where)
        p = list(params)
        w.append("d.published IS NOT NULL" if dated else "d.published IS NULL")
        if after is not None and (after[0] == 1) == dated:
            _, published, doc, qid = after
            if dated:
                w.append("d.published <= ? AND NOT (d.published = ? AND (d.rowid > ? OR (d.rowid = ? AND q.id >= ?)))")
                p += [published, published, doc, doc, qid]
            else:
                w.append("(d.rowid < ? OR (d.rowid = ? AND q.id < ?))")
                p += [doc, doc, qid]
        frm = ("quotes q JOIN documents d ON d.rowid = q.doc" if f.speaker_ids or f.speaker_like
               else "documents d INDEXED BY documents_published CROSS JOIN quotes q ON q.doc = d.rowid")
        sql = (f"SELECT q.id, d.published, d.rowid FROM {frm} WHERE {' AND '.join(w)} "
               "ORDER BY d.published DESC, d.rowid DESC, q.id DESC LIMIT ?")
        rows = conn.execute(sql, [*p, limit - len(out)]).fetchall()
        out += [(qid, pub, doc, sort_key(pub, doc, qid)) for qid, pub, doc in rows]
        if len(out) >= limit:
            break
    return out


def list_quotes(conn: sqlite3.Connection, f: QuoteFilters, cursor: list[Any] | None,
                limit: int) -> tuple[list[dict[str, Any]], list[Any] | None]:
    """A page of quotes and the cursor of the next page (None at the end)."""
    keys = scan_keys(conn, f, cursor_key(cursor), limit + 1)
    more = len(keys) > limit
    keys = keys[:limit]
    rows = quotes_by_ids(conn, [k[0] for k in keys])
    nxt = [keys[-1][1], keys[-1][2], keys[-1][0]] if more and keys else None
    return rows, nxt


_timelines = StampedCache(256)


def quote_timeline(conn: sqlite3.Connection, f: QuoteFilters) -> dict[str, Any]:
    """Quotes per day (or month) under the filters (kept until documents are added)."""
    key = ("timeline", tuple(sorted(f.params().items())), tuple(f.speaker_ids or ()), f.speaker_like)
    return _timelines.get_or_compute(conn, key, lambda: _quote_timeline(conn, f))


def _quote_timeline(conn: sqlite3.Connection, f: QuoteFilters) -> dict[str, Any]:
    dates = document_dates(conn)
    where, params = f.sql()
    if not where:
        rows = conn.execute("SELECT doc, count(*) FROM quotes GROUP BY doc").fetchall()
    elif not any(w.startswith("d.") for w in where):
        rows = conn.execute("SELECT q.doc, count(*) FROM quotes q WHERE " + " AND ".join(where)
                            + " GROUP BY q.doc", params).fetchall()
    else:
        rows = conn.execute("SELECT q.doc, count(*) FROM quotes q JOIN documents d ON d.rowid = q.doc WHERE "
                            + " AND ".join(where) + " GROUP BY q.doc", params).fetchall()
    days: dict[str, int] = {}
    for doc, n in rows:
        d = day_of(dates.get(doc))
        days[d] = days.get(d, 0) + n
    timeline = bucket_counts(days)
    timeline["undated"] = days.get("", 0)
    return timeline


# --- statements ------------------------------------------------------------------------------
def _members(conn: sqlite3.Connection, recs: dict[int, tuple]) -> dict[int, list[tuple]]:
    """For each quote (id -> raw row), the raw rows of every quote carrying the same statement."""
    clusters = {r[15] for r in recs.values()}
    marks = ",".join("?" * len(clusters))
    big = {c for c, in conn.execute(f"SELECT id FROM clusters WHERE id IN ({marks}) AND size > 1", list(clusters))}
    in_cluster: dict[int, list[tuple]] = {}
    if big:
        marks = ",".join("?" * len(big))
        for row in conn.execute(f"SELECT {QUOTE_COLS} FROM documents d JOIN quotes q ON q.doc = d.rowid "
                                f"WHERE d.cluster_id IN ({marks})", list(big)):
            in_cluster.setdefault(row[15], []).append(row)
    # the same words by the same speaker in other stories: one query for the whole batch
    same_text: dict[tuple[int, str], list[tuple]] = {}
    speakers = {r[6] for r in recs.values() if r[6] is not None}
    if speakers:
        texts = {r[5] for r in recs.values() if r[6] is not None}
        for row in conn.execute(
                f"SELECT {QUOTE_COLS} FROM quotes q JOIN documents d ON d.rowid = q.doc "
                f"WHERE q.speaker_actor IN ({','.join('?' * len(speakers))}) "
                f"AND q.text IN ({','.join('?' * len(texts))})", [*speakers, *texts]):
            same_text.setdefault((row[6], row[5]), []).append(row)
    keys: dict[str, str] = {}

    def key_of(text: str) -> str:
        if text not in keys:
            keys[text] = match_key(text)
        return keys[text]

    out: dict[int, list[tuple]] = {}
    for qid, r in recs.items():
        key = key_of(r[5])
        found = {qid: r}
        for other in in_cluster.get(r[15], ()):
            same_speaker = r[6] == other[6] if r[6] is not None else (other[6] is None and r[9] == other[9])
            if same_speaker and key_of(other[5]) == key:
                found[other[0]] = other
        for other in same_text.get((r[6], r[5]), ()):
            found[other[0]] = other
        out[qid] = list(found.values())
    return out


def _asc(row: tuple) -> tuple:
    """Ascending order of carriers: earliest published first (undated last), then rowid."""
    return (0 if row[14] else 1, row[14] or "", row[1], row[0])


def list_statements(conn: sqlite3.Connection, f: QuoteFilters, cursor: list[Any] | None,
                    limit: int) -> tuple[list[dict[str, Any]], list[Any] | None]:
    """A page of statements, each listed at its first appearance (newest first appearances
    first), and the cursor of the next page."""
    after = cursor_key(cursor)
    groups: list[dict[str, Any]] = []
    last: tuple | None = None
    exhausted = False
    left_over = False  # quotes read past the last one listed: there is a next page
    batch = max(GROUP_SCAN_MIN, 2 * limit + 1)
    while len(groups) < limit and not exhausted:
        keys = scan_keys(conn, f, after, batch)
        exhausted = len(keys) < batch
        batch = min(4 * batch, 1000)
        if not keys:
            break
        ids = [k[0] for k in keys]
        marks = ",".join("?" * len(ids))
        raw = {r[0]: r for r in conn.execute(f"SELECT {QUOTE_COLS} FROM quotes q JOIN documents d ON "
                                             f"d.rowid = q.doc WHERE q.id IN ({marks})", ids)}
        members = _members(conn, raw)
        speakers = actors_by_id(conn, {r[6] for rows in members.values() for r in rows})
        for n, k in enumerate(keys):
            after = k[3]
            last = k
            rows = sorted(members.get(k[0], ()), key=_asc)
            shown = [r for r in rows if f.accepts(quote_record(r, speakers), r[6])] or rows
            if shown[0][0] != k[0]:
                continue  # listed at its first appearance, further down
            if f.several and len({r[1] for r in rows}) < 2:
                continue  # one article only
            groups.append(_statement(conn, rows, speakers))
            if len(groups) >= limit:
                left_over = n + 1 < len(keys)
                break
    more = len(groups) >= limit and last is not None and (
        left_over or (not exhausted and bool(scan_keys(conn, f, last[3], 1))))
    nxt = [last[1], last[2], last[0]] if more and last is not None else None
    return groups, nxt


def _statement(conn: sqlite3.Connection, rows: list[tuple], speakers: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """One statement: its first appearance, its carriers and the provenance chain."""
    docs = sorted({r[1] for r in rows})
    marks = ",".join("?" * len(docs))
    cited: dict[int, list[dict[str, Any]]] = {}
    for doc, key, name, name_en, text in conn.execute(
            f"SELECT s.doc, a.key, a.name, a.name_en, s.text FROM sources s LEFT JOIN actors a ON a.id = s.actor "
            f"WHERE s.doc IN ({marks}) ORDER BY s.doc, s.char_start", docs):
        lst = cited.setdefault(doc, [])
        entry = {"key": key, "name": name or text, "name_en": name_en}
        if entry not in lst:
            lst.append(entry)
    canon = {c: k for c, k in conn.execute(
        f"SELECT id, canonical FROM clusters WHERE id IN ({','.join('?' * len({r[15] for r in rows}))})",
        list({r[15] for r in rows}))}
    first = quote_record(rows[0], speakers)
    carriers = []
    for i, r in enumerate(rows):
        rec = quote_record(r, speakers)
        original = i == 0  # the earliest carrier; the others republish it
        carriers.append({
            "quote_id": rec["id"], "doc_id": rec["doc_id"], "source": rec["source"], "published": rec["published"],
            "title": rec["title"], "url": rec["url"], "start": rec["start"], "end": rec["end"],
            "role": "original" if original else "republished", "cluster_id": rec["cluster_id"],
            "cluster_canonical": canon.get(r[15]) == r[1], "agencies": cited.get(r[1], []),
        })
    outlets = list(dict.fromkeys(c["source"] for c in carriers if c["source"]))
    return {
        **first, "first_appearance": first["published"], "first_doc_id": first["doc_id"],
        "carriers_count": len(carriers), "outlets": outlets, "carriers": carriers,
        "agencies": list({a["name"]: a for c in carriers for a in c["agencies"]}.values()),
    }
