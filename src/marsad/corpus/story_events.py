"""Story events: an event reported by several documents of one story (duplicate cluster) counted once.

GDELT counts a wire story's event once per copy. Here the store's events are grouped by the
view `story_events` (schema v5) on the key

    (documents.cluster_id, type, actor, target, day)

where `actor` / `target` are actor ids, or for a side that is not a named actor (a common noun
such as "المسلحون") the words naming it; and `day` is the event's explicit day, or nothing when the
event is dated the day its document was published (or not dated): copies of one story published a
day apart, each dating the event by its own publication day, still report one event. The grouping
is done when reading, from `documents.cluster_id`, so it stays right when clusters merge on a
later ingest, on resume and when Dask shards are loaded (`marsad load`).

`story_events(conn, ...)` is what the export (`--what story_events`) and the web layer call.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.corpus.search import until_bound

DEFAULT_LIMIT = 50
# an event's own day in the story key: its date unless that is its document's publication day
# (the same expression as in the view `story_events` of schema v5, which a migration fixes)
EVENT_OWN_DAY_SQL = ("CASE WHEN e.date IS NULL OR substr(e.date, 1, 10) = substr(d.published, 1, 10) THEN NULL "
                     "ELSE substr(e.date, 1, 10) END")


@dataclass
class StoryEvent:
    """One event of one story, with the documents (and their agencies) that report it."""

    id: int  # the smallest id of its events: stable while the story exists, the paging cursor
    cluster_id: int
    type: str
    date: str | None  # earliest day any copy gives (its explicit date, else its publication day)
    actor: dict[str, Any] | None  # {"id", "name", "name_en", "kb", "type"}, or {"text", "sector"} for words
    target: dict[str, Any] | None
    n_documents: int
    first_seen: str | None  # earliest publication of a reporting document
    last_seen: str | None
    modes: list[str] = field(default_factory=list)  # the modes the copies give it (null left out)
    documents: list[dict[str, Any]] = field(default_factory=list)  # one per document, earliest first
    agencies: list[dict[str, Any]] = field(default_factory=list)  # sources cited by those documents

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "cluster_id": self.cluster_id, "type": self.type, "date": self.date,
            "actor": self.actor, "target": self.target, "n_documents": self.n_documents,
            "first_seen": self.first_seen, "last_seen": self.last_seen, "modes": self.modes,
            "documents": self.documents, "agencies": self.agencies,
        }


def story_events(
    conn: sqlite3.Connection,
    *,
    type: str | None = None,  # noqa: A002 - the PLOVER type, as the record names it
    actor: int | None = None,
    role: str = "any",
    since: str | None = None,
    until: str | None = None,
    cluster: int | None = None,
    limit: int | None = DEFAULT_LIMIT,
    after: int | None = None,
    newest_first: bool = False,
) -> list[StoryEvent]:
    """The story events of the store, filtered, one page of them.

    - `type`: a PLOVER type ("ASSAULT"); `actor`: an `actors.id`, matched on the side `role`
      names: "actor", "target" or "any" (either side); `cluster`: one story's events only;
    - `since` / `until`: bounds on the story event's `date` (ISO; a bare `until` day is included);
    - paging: ordered by `id` (ascending, or descending with `newest_first`); `after` is the `id`
      of the last story event of the previous page (the next page starts past it); `limit=None`
      returns all.
    """
    if role not in ("actor", "target", "any"):
        raise ValueError(f"role must be actor, target or any, not {role!r}")
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if actor is not None:
        sides = {"actor": "actor = ?", "target": "target = ?", "any": "(actor = ? OR target = ?)"}[role]
        where.append(sides)
        params += [actor] * sides.count("?")
    if cluster is not None:
        where.append("cluster_id = ?")
        params.append(cluster)
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until_bound(until))
    if after is not None:
        where.append("id < ?" if newest_first else "id > ?")
        params.append(after)
    sql = ("SELECT id, cluster_id, type, actor, actor_text, target, target_text, date, n_documents, first_seen, "
           "last_seen, event_ids FROM story_events")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id" + (" DESC" if newest_first else "")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for (sid, cluster_id, etype, actor_id, actor_text, target_id, target_text, date, n_docs, first, last,
         event_ids) in conn.execute(sql, params).fetchall():
        ids = sorted(int(x) for x in event_ids.split(","))
        ev = _events(conn, ids)
        story = StoryEvent(
            sid, cluster_id, etype, date, _side(conn, actor_id, actor_text, ev, "actor_sector"),
            _side(conn, target_id, target_text, ev, "target_sector"), n_docs, first, last,
            sorted({e["mode"] for e in ev if e["mode"]}),
        )
        seen: set[int] = set()
        for e in sorted(ev, key=lambda e: (e["published"] is None, e["published"] or "", e["rowid"], e["start"])):
            if e["rowid"] not in seen:
                seen.add(e["rowid"])
                story.documents.append({k: e[k] for k in ("id", "title", "outlet", "url", "published", "event_id",
                                                          "mode", "trigger", "evidence", "start", "end")})
        story.agencies = _agencies(conn, sorted(seen))
        out.append(story)
    return out


def iter_story_events(conn: sqlite3.Connection, page: int = 500, **filters: Any) -> Iterator[StoryEvent]:
    """Every story event matching `filters` (as `story_events` takes them), page by page."""
    after = None
    while True:
        batch = story_events(conn, limit=page, after=after, **filters)
        yield from batch
        if len(batch) < page:
            return
        after = batch[-1].id


def _events(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT e.id, e.doc, d.id, d.title, d.source, d.url, d.published, e.mode, e.trigger, e.text, e.char_start, "
        f"e.char_end, e.actor_sector, e.target_sector FROM events e JOIN documents d ON d.rowid = e.doc "
        f"WHERE e.id IN ({marks})", ids).fetchall()
    keys = ("event_id", "rowid", "id", "title", "outlet", "url", "published", "mode", "trigger", "evidence", "start",
            "end", "actor_sector", "target_sector")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _side(conn: sqlite3.Connection, actor_id: int | None, words: str | None, ev: list[dict[str, Any]],
          sector_key: str) -> dict[str, Any] | None:
    sector = next((e[sector_key] for e in ev if e[sector_key]), None)
    if actor_id is not None:
        row = conn.execute("SELECT name, name_en, kb, type FROM actors WHERE id = ?", (actor_id,)).fetchone()
        if row:
            return {"id": actor_id, "name": row[0], "name_en": row[1], "kb": row[2], "type": row[3],
                    "sector": sector}
    if words:
        return {"id": None, "name": words, "name_en": None, "kb": None, "type": None, "sector": sector}
    return None


def _agencies(conn: sqlite3.Connection, docs: list[int]) -> list[dict[str, Any]]:
    """The news agencies and outlets the documents cite as their source (the `sources` table), each once."""
    marks = ",".join("?" * len(docs))
    out: dict[str, dict[str, Any]] = {}
    for actor_id, text, key, name, name_en, kb in conn.execute(
        "SELECT s.actor, s.text, s.text_key, a.name, a.name_en, a.kb FROM sources s LEFT JOIN actors a "
        f"ON a.id = s.actor WHERE s.doc IN ({marks}) ORDER BY s.doc, s.char_start", docs):
        ident = f"a{actor_id}" if actor_id is not None else f"t{key}"
        if ident not in out:
            out[ident] = {"id": actor_id, "name": name or text, "name_en": name_en, "kb": kb}
    return list(out.values())
