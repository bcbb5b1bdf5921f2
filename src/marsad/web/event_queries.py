"""The store's PLOVER events for the events view and its API: filters, groups of wire copies,
timeline per type, and the change between a period and the one before it.

Events are dated by their document's publication day (when they were reported): the events
layer's own `date` may name a day years back ("in 1990"), which would scatter the timeline; it
is shown beside each event.

`event_groups` is the one place that folds the same event carried by several wire copies into
one row (same story cluster, type, actor and target), listing its reporting documents; when the
store gains a cluster-level view of events, only that function changes.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from fastapi import HTTPException

from marsad.corpus.search import QueryError, actor_match, until_bound
from marsad.corpus.story_events import EVENT_OWN_DAY_SQL
from marsad.corpus.text_index import fts_query
from marsad.document import PLOVER_TYPES
from marsad.web.store_cache import StampedCache

BUCKETS = ("day", "week", "month")
TOP_ACTORS = 15
TOP_PAIRS = 50


@dataclass
class EventFilters:
    """What the user narrowed the events to; every field is optional."""

    type: str | None = None
    actor: str | None = None  # actors.key, or a name in any spelling (as the search filters take it)
    target: str | None = None
    since: str | None = None  # publication dates, inclusive
    until: str | None = None
    outlet: str | None = None
    mode: str | None = None
    q: str | None = None  # documents matching this full-text query

    def __post_init__(self) -> None:
        if self.type:
            self.type = self.type.strip().upper()
            if self.type not in PLOVER_TYPES:
                raise HTTPException(400, f"unknown event type {self.type!r}; one of {', '.join(PLOVER_TYPES)}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                _check_date(value, name)

    def params(self) -> dict[str, str]:
        """The filters as query-string parameters (for links that keep them)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


def _check_date(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise HTTPException(400, f"{name} must be a date YYYY-MM-DD, not {value!r}") from exc


def _run(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[tuple]:
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "MATCH" in str(exc):
            raise QueryError(f"cannot search for this query: {exc}") from exc
        raise


def _actor(key: str | None, name: str | None, name_en: str | None, kind: str | None) -> dict[str, Any] | None:
    if key is None:
        return None
    return {"key": key, "name": name, "name_en": name_en, "type": kind}


class Skeleton:
    """Every event of a store as one small tuple (id, type, actor, target, doc, cluster, published,
    outlet, mode, group key), in (published, id) order, read once per store and kept in memory until the store grows; the views filter
    and count it in Python, which is faster than re-reading the events and their documents (whose
    cluster_id is stored after the text and the record) on every request."""

    _cache = StampedCache(2)

    @classmethod
    def rows(cls, conn: sqlite3.Connection) -> list[tuple]:
        return cls._cache.get_or_compute(conn, ("events",), lambda: cls._read(conn))

    @classmethod
    def _read(cls, conn: sqlite3.Connection) -> list[tuple]:
        clusters = dict(conn.execute("SELECT rowid, cluster_id FROM documents INDEXED BY documents_cluster"))
        rows = []
        for i, t, a, g, doc, pub, src, mode, a_text, g_text, day in conn.execute(cls.SQL):
            cluster = clusters.get(doc, -doc)
            # the story key of the store's view `story_events` (corpus/story_events.py): an
            # unnamed side by its words, and the event's own day when it is not the publication day
            key = (cluster, t, a if a is not None else a_text, g if g is not None else g_text, day)
            rows.append((i, t, a, g, doc, cluster, pub, src, mode or None, key))
        return rows

    # documents.cluster_id is stored after the text and the record: reading it row by row would
    # walk every document's overflow pages, so it is read from its index (rowid, cluster_id)
    SQL = f"""
        SELECT e.id, e.type, e.actor, e.target, e.doc, coalesce(d.published, ''), d.source, e.mode,
               e.actor_text, e.target_text, {EVENT_OWN_DAY_SQL}
        FROM events e JOIN documents d ON d.rowid = e.doc ORDER BY 6, e.id"""


@dataclass
class Scan:
    """The events under the filters except type and outlet (applied by `kept`, so that the type
    and outlet facets can count the other values). Tuples as in `Skeleton`."""

    rows: list[tuple]
    filters: EventFilters

    def kept(self, ignore: str = "") -> list[tuple]:
        t, o = self.filters.type, self.filters.outlet
        if (not t or ignore == "type") and (not o or ignore == "outlet"):
            return self.rows
        return [r for r in self.rows
                if (not t or ignore == "type" or r[1] == t) and (not o or ignore == "outlet" or r[7] == o)]


def _actor_ids(conn: sqlite3.Connection, value: str) -> set[int]:
    cond, p = actor_match("a", value)
    return {i for (i,) in conn.execute(f"SELECT a.id FROM actors a WHERE a.key = ? OR {cond}", [value.strip(), *p])}


def _matching_docs(conn: sqlite3.Connection, query: str) -> set[int]:
    match = fts_query(query)
    if match is None:
        raise QueryError(f"nothing searchable in {query!r}")
    return {doc for (doc,) in _run(conn, "SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?", [match])}


def scan(conn: sqlite3.Connection, filters: EventFilters, ignore: tuple[str, ...] = ()) -> Scan:
    """The store's events under `filters` (less the fields in `ignore`)."""
    f = filters
    actors = _actor_ids(conn, f.actor) if f.actor and "actor" not in ignore else None
    targets = _actor_ids(conn, f.target) if f.target and "target" not in ignore else None
    docs = _matching_docs(conn, f.q) if f.q and "q" not in ignore else None
    since = f.since if "since" not in ignore else None
    until = until_bound(f.until) if f.until and "until" not in ignore else None
    mode = f.mode if "mode" not in ignore else None
    rows = Skeleton.rows(conn)
    if actors is not None or targets is not None or docs is not None or since or until or mode:
        rows = [r for r in rows
                if (actors is None or r[2] in actors) and (targets is None or r[3] in targets)
                and (docs is None or r[4] in docs) and (not since or r[6] >= since)
                and (not until or (r[6] and r[6] <= until)) and (not mode or r[8] == mode)]
    return Scan(rows, filters)


def event_groups(conn: sqlite3.Connection, events: Scan, limit: int,
                 after: list[Any] | None = None) -> tuple[list[dict[str, Any]], list[Any] | None]:
    """One row per event as reported: events of one story cluster with the same type, actor,
    target and own day are one group (the key of the store's `story_events` view), with the
    documents that reported it. Newest first (by the group's
    first publication), keyset-paged on (first published, smallest event id). Returns the rows
    and the sort key of the last one when more follow."""
    # rows come in (published, id) order, so each group is created at its earliest member and
    # the dict's insertion order is the groups' order: no sort needed
    groups: dict[tuple, list[tuple]] = {}
    for row in events.kept():
        members = groups.get(row[9])
        if members is None:
            groups[row[9]] = [row]
        else:
            members.append(row)
    ordered = []
    key = (str(after[0]), int(after[1])) if after is not None else None
    for members in reversed(groups.values()):
        if key is not None and (members[0][6], members[0][0]) >= key:
            continue
        ordered.append(members)
        if len(ordered) > limit:
            break
    more = len(ordered) > limit
    ordered = ordered[:limit]
    details = _event_details(conn, sorted({r[0] for members in ordered for r in members}))
    rows = []
    for members in ordered:
        reports, seen = [], set()
        for ev in (details[r[0]] for r in members):
            if ev["document_id"] not in seen:
                seen.add(ev["document_id"])
                reports.append({k: ev[k] for k in ("document_id", "title", "outlet", "published", "start", "end")})
        head = members[0]
        rows.append({**details[head[0]], "cluster_id": head[5], "documents": len(seen), "reports": reports})
    return rows, ([ordered[-1][0][6], ordered[-1][0][0]] if more and ordered else None)


def _event_details(conn: sqlite3.Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"""
        SELECT e.id, e.type, e.mode, e.date, e.char_start, e.char_end, e.text, e.trigger,
               d.id, d.title, d.source, d.published,
               a1.key, a1.name, a1.name_en, a1.type, a2.key, a2.name, a2.name_en, a2.type
        FROM events e JOIN documents d ON d.rowid = e.doc
        LEFT JOIN actors a1 ON a1.id = e.actor LEFT JOIN actors a2 ON a2.id = e.target
        WHERE e.id IN ({marks})"""
    out = {}
    for (eid, etype, mode, edate, start, end, text, trigger, doc_id, title, outlet, published,
         k1, n1, en1, t1, k2, n2, en2, t2) in conn.execute(sql, ids):
        out[eid] = {
            "id": eid, "type": etype, "mode": mode or None, "date": edate, "published": published,
            "actor": _actor(k1, n1, en1, t1), "target": _actor(k2, n2, en2, t2),
            "trigger": trigger, "evidence": text, "start": start, "end": end,
            "document_id": doc_id, "title": title, "outlet": outlet,
        }
    return out


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A group as one flat record (CSV, pandas): actor and target spelled out, reports as ids."""
    flat = {k: v for k, v in row.items() if k not in ("actor", "target", "reports")}
    for side in ("actor", "target"):
        a = row[side] or {}
        for field in ("key", "name", "name_en", "type"):
            flat[f"{side}_{field}"] = a.get(field)
    flat["reported_by"] = " ".join(r["document_id"] for r in row["reports"])
    return flat


def counts_by_type(events: Scan) -> dict[str, int]:
    """Events per PLOVER type under every filter except the type itself (the type chips)."""
    found = Counter(r[1] for r in events.kept(ignore="type"))
    return {t: found.get(t, 0) for t in PLOVER_TYPES}


def top_actors(conn: sqlite3.Connection, events: Scan, side: str = "actor",
               limit: int = TOP_ACTORS) -> list[dict[str, Any]]:
    """The actors (or targets) with most events under the filters."""
    col = 2 if side == "actor" else 3
    counts = Counter(r[col] for r in events.kept() if r[col] is not None)
    top = counts.most_common(limit)
    names = _actor_names(conn, {who for who, _ in top})
    return [{**names[who], "events": n} for who, n in top if who in names]


def outlets(events: Scan) -> list[dict[str, Any]]:
    found = Counter(r[7] for r in events.kept(ignore="outlet"))
    return [{"outlet": s, "events": n} for s, n in found.most_common()]


def _bucket_start(day: str, bucket: str) -> str:
    if bucket == "month":
        return day[:7] + "-01"
    if bucket == "week":
        d = date.fromisoformat(day)
        return (d - timedelta(days=d.weekday())).isoformat()
    return day


def timeline(events: Scan, bucket: str = "auto") -> dict[str, Any]:
    """Events per period (day, week or month of publication) and PLOVER type. `auto` picks days
    for up to 120 days, weeks up to three years, months beyond."""
    rows = []
    for (day, etype), n in Counter((r[6][:10], r[1]) for r in events.kept()).items():
        try:
            date.fromisoformat(day)
        except ValueError:
            continue  # undated, or a publication date that is not ISO
        rows.append((day, etype, n))
    if bucket == "auto":
        days = sorted({r[0] for r in rows})
        span = (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days if days else 0
        bucket = "day" if span <= 120 else "week" if span <= 3 * 366 else "month"
    if bucket not in BUCKETS:
        raise HTTPException(400, f"bucket must be one of auto, {', '.join(BUCKETS)}")
    table: dict[str, dict[str, int]] = {}
    for day, etype, n in rows:
        cell = table.setdefault(_bucket_start(day, bucket), {})
        cell[etype] = cell.get(etype, 0) + n
    periods = sorted(table)
    types = [t for t in PLOVER_TYPES if any(t in table[p] for p in periods)]
    return {
        "bucket": bucket, "periods": periods, "types": types,
        "series": {t: [table[p].get(t, 0) for p in periods] for t in types},
        "totals": [sum(table[p].values()) for p in periods],
    }


def timeline_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The timeline as flat records: one per period and type (pandas-friendly)."""
    return [{"period": p, "type": t, "events": data["series"][t][i]}
            for i, p in enumerate(data["periods"]) for t in data["types"] if data["series"][t][i]]


def _period_counts(events: Scan, since: str, until: str) -> tuple[Counter, Counter]:
    rows = [r for r in events.kept() if since <= r[6][:10] <= until]
    return Counter(r[1] for r in rows), Counter((r[2], r[3], r[1]) for r in rows)


def _ratio(now: int, before: int) -> float | None:
    return round(now / before, 3) if before else None


def change(conn: sqlite3.Connection, filters: EventFilters) -> dict[str, Any]:
    """Counts per type and per (actor, target, type) in [since, until] against the period of the
    same length just before it, with the difference and the ratio (None when there was nothing
    before). Without dates, the period is the last 7 days of the filtered events."""
    events = scan(conn, filters, ignore=("since", "until"))
    days = [r[6][:10] for r in events.kept() if len(r[6]) >= 10]
    until = filters.until or (max(days) if days else None)
    if until is None:
        return {"period": None, "previous": None, "total": 0, "previous_total": 0, "types": [], "pairs": []}
    end = _check_date(until, "until")
    start = _check_date(filters.since, "since") if filters.since else end - timedelta(days=6)
    if start > end:
        raise HTTPException(400, "since must not be after until")
    length = (end - start).days + 1
    prev_end = start - timedelta(days=1)
    prev_start = prev_end - timedelta(days=length - 1)
    now_types, now_pairs = _period_counts(events, start.isoformat(), end.isoformat())
    old_types, old_pairs = _period_counts(events, prev_start.isoformat(), prev_end.isoformat())
    types = []
    for t in PLOVER_TYPES:
        now, before = now_types.get(t, 0), old_types.get(t, 0)
        if now or before:
            types.append({"type": t, "count": now, "previous": before, "difference": now - before,
                          "ratio": _ratio(now, before)})
    keys = set(now_pairs) | set(old_pairs)
    ranked = sorted(keys, key=lambda k: (-abs(now_pairs.get(k, 0) - old_pairs.get(k, 0)),
                                         -now_pairs.get(k, 0), str(k)))[:TOP_PAIRS]
    names = _actor_names(conn, {a for k in ranked for a in k[:2] if a is not None})
    pairs = []
    for actor, target, etype in ranked:
        now, before = now_pairs.get((actor, target, etype), 0), old_pairs.get((actor, target, etype), 0)
        pairs.append({"type": etype, "actor": names.get(actor), "target": names.get(target), "count": now,
                      "previous": before, "difference": now - before, "ratio": _ratio(now, before)})
    return {
        "period": {"since": start.isoformat(), "until": end.isoformat(), "days": length},
        "previous": {"since": prev_start.isoformat(), "until": prev_end.isoformat(), "days": length},
        "total": sum(now_types.values()), "previous_total": sum(old_types.values()),
        "types": types, "pairs": pairs,
    }


def _actor_names(conn: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, key, name, name_en, type FROM actors WHERE id IN ({marks})", sorted(ids))
    return {i: _actor(k, n, en, t) for i, k, n, en, t in rows}


def change_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The change view as flat records: per type, then per actor pair."""
    out = [{"level": "type", "type": r["type"], "actor": None, "target": None,
            **{k: r[k] for k in ("count", "previous", "difference", "ratio")}} for r in data["types"]]
    for r in data["pairs"]:
        out.append({"level": "pair", "type": r["type"], "actor": (r["actor"] or {}).get("key"),
                    "target": (r["target"] or {}).get("key"),
                    **{k: r[k] for k in ("count", "previous", "difference", "ratio")}})
    return out
