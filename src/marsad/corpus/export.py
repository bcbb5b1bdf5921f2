"""Analysis-ready tables from the store: quotes, entities, events, documents, and an actor network.

Events come in two views: `events`, one row per event as each document reports it, and
`story_events`, one row per event of a story (duplicate cluster) with the documents and agencies
that report it (corpus/story_events.py).

Every row that states a fact carries the document id and the character offsets of its evidence.
Tables are written as CSV, JSON Lines or Parquet (pyarrow); the network as GraphML (networkx)
for Gephi, or as an edge table.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from marsad.corpus.tables import LAYER_TABLES
from marsad.document import Document
from marsad.extras import require

# the documents table counts the annotations of each layer that has store tables (one column each)
COUNTED_LAYERS = tuple(LAYER_TABLES)
WHAT = ("quotes", "entities", "events", "story_events", "documents", "network")
FORMATS = ("csv", "jsonl", "parquet", "graphml")
# file name endings -> the format they announce (a reader opening x.parquet expects Parquet)
EXTENSIONS = {".csv": "csv", ".tsv": None, ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": None,
              ".parquet": "parquet", ".pq": "parquet", ".graphml": "graphml"}


def output_format(fmt: str | None, out: str | Path | None) -> str:
    """The format to write: `fmt` if given, else inferred from the name of `out` (csv to standard
    output). A format that contradicts the file's extension is refused, not written under a
    misleading name."""
    suffix = Path(out).suffix.lower() if out else ""
    if suffix in EXTENSIONS and EXTENSIONS[suffix] is None:
        raise ValueError(f"{out}: marsad does not write {suffix} files; use one of "
                         f"{', '.join(e for e, f in EXTENSIONS.items() if f)} (or --format)")
    implied = EXTENSIONS.get(suffix)
    if fmt is None:
        if out is not None and implied is None:
            raise ValueError(f"{out}: cannot tell the format from the name; give --format "
                             f"({', '.join(FORMATS)}) or end the name in "
                             f"{', '.join(e for e, f in EXTENSIONS.items() if f)}")
        return implied or "csv"
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if implied is not None and implied != fmt:
        raise ValueError(f"{out}: the name says {implied} but --format is {fmt}; rename the file or drop --format")
    return fmt


def _actor_names(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    out = []
    for aid in ids:
        row = conn.execute("SELECT name, name_en, kb, type FROM actors WHERE id = ?", (aid,)).fetchone()
        if row:
            out.append({"name": row[0], "name_en": row[1], "kb": row[2], "type": row[3]})
    return out


def quote_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """One row per quote: words, speaker (as written and as resolved), agencies, date, document, offsets."""
    sql = """
        SELECT q.id, d.id, d.title, d.source, d.url, d.published, d.cluster_id, q.kind, q.text, q.char_start,
               q.char_end, q.speaker_text, q.speaker_start, q.speaker_end, a.name, a.name_en, a.kb, a.type,
               q.cue_text, q.via
        FROM quotes q JOIN documents d ON d.rowid = q.doc LEFT JOIN actors a ON a.id = q.speaker_actor
        ORDER BY d.rowid, q.char_start"""
    for (qid, doc_id, title, source, url, published, cluster, kind, text, start, end, sp_text, sp_start, sp_end,
         name, name_en, kb, etype, cue, via) in conn.execute(sql):
        agencies = _actor_names(conn, json.loads(via))
        yield {
            "quote_id": qid, "document_id": doc_id, "document_title": title, "outlet": source, "url": url,
            "published": published, "cluster_id": cluster, "kind": kind, "text": text, "start": start, "end": end,
            "speaker_text": sp_text, "speaker_start": sp_start, "speaker_end": sp_end,
            "speaker_name": name, "speaker_name_en": name_en, "speaker_kb": kb, "speaker_type": etype,
            "cue": cue,
            "agency": "; ".join(a["name"] for a in agencies) or None,
            "agency_en": "; ".join(a["name_en"] or a["name"] for a in agencies) or None,
        }


def entity_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """One row per actor: identity, mention and document counts, times quoted and cited as source."""
    sql = """
        SELECT a.id, a.kb, a.name, a.name_en, a.type,
               (SELECT count(*) FROM mentions m WHERE m.actor = a.id),
               (SELECT count(*) FROM doc_entities de WHERE de.actor = a.id),
               (SELECT count(*) FROM quotes q WHERE q.speaker_actor = a.id),
               (SELECT count(*) FROM sources s WHERE s.actor = a.id),
               (SELECT min(d.published) FROM doc_entities de JOIN documents d ON d.rowid = de.doc WHERE de.actor = a.id),
               (SELECT max(d.published) FROM doc_entities de JOIN documents d ON d.rowid = de.doc WHERE de.actor = a.id)
        FROM actors a ORDER BY a.id"""
    for aid, kb, name, name_en, etype, n_m, n_d, n_q, n_s, first, last in conn.execute(sql):
        yield {"actor_id": aid, "kb": kb, "name": name, "name_en": name_en, "type": etype, "mentions": n_m,
               "documents": n_d, "quotes": n_q, "cited_as_source": n_s, "first_seen": first, "last_seen": last}


def event_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """One row per event, in the spirit of GDELT's event table: who did what to whom, when, where from."""
    sql = """
        SELECT e.id, coalesce(e.date, d.published), d.published, e.type, e.mode,
               a1.name, a1.name_en, a1.kb, a1.type, a2.name, a2.name_en, a2.kb, a2.type,
               e.trigger, e.text, e.char_start, e.char_end, d.id, d.source, d.url, d.cluster_id
        FROM events e JOIN documents d ON d.rowid = e.doc
        LEFT JOIN actors a1 ON a1.id = e.actor LEFT JOIN actors a2 ON a2.id = e.target
        ORDER BY d.rowid, e.char_start"""
    for row in conn.execute(sql):
        (eid, date, published, etype, mode, n1, en1, kb1, t1, n2, en2, kb2, t2, trig, text, start, end, doc_id,
         source, url, cluster) = row
        yield {
            "event_id": eid, "date": date, "published": published, "type": etype, "mode": mode,
            "actor_name": n1, "actor_name_en": en1, "actor_kb": kb1, "actor_type": t1,
            "target_name": n2, "target_name_en": en2, "target_kb": kb2, "target_type": t2,
            "trigger": trig, "evidence": text, "start": start, "end": end, "document_id": doc_id,
            "outlet": source, "url": url, "cluster_id": cluster,
        }


def story_event_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """One row per story event: an event as many wire copies of one story report it, counted once,
    with how many documents report it, which (document ids, outlets) and the agencies they cite."""
    from marsad.corpus.story_events import iter_story_events

    def side(s: dict[str, Any] | None, key: str) -> Any:
        return s.get(key) if s else None

    for st in iter_story_events(conn):
        first = st.documents[0] if st.documents else {}
        yield {
            "story_event_id": st.id, "cluster_id": st.cluster_id, "date": st.date, "type": st.type,
            "modes": "; ".join(st.modes) or None,
            "actor_name": side(st.actor, "name"), "actor_name_en": side(st.actor, "name_en"),
            "actor_kb": side(st.actor, "kb"), "actor_type": side(st.actor, "type"),
            "actor_sector": side(st.actor, "sector"),
            "target_name": side(st.target, "name"), "target_name_en": side(st.target, "name_en"),
            "target_kb": side(st.target, "kb"), "target_type": side(st.target, "type"),
            "target_sector": side(st.target, "sector"),
            "n_documents": st.n_documents, "first_seen": st.first_seen, "last_seen": st.last_seen,
            "documents": "; ".join(d["id"] for d in st.documents),
            "outlets": "; ".join(dict.fromkeys(d["outlet"] for d in st.documents if d["outlet"])) or None,
            "agencies": "; ".join(a["name"] for a in st.agencies) or None,
            "agencies_en": "; ".join(a["name_en"] or a["name"] for a in st.agencies) or None,
            "trigger": first.get("trigger"), "evidence": first.get("evidence"), "start": first.get("start"),
            "end": first.get("end"), "document_id": first.get("id"), "url": first.get("url"),
        }


def document_rows(conn: sqlite3.Connection, with_text: bool = True) -> Iterator[dict[str, Any]]:
    """One row per document with its cluster (id, canonical member, size) and fact counts."""
    sql = """
        SELECT d.rowid, d.id, d.hash, d.title, d.source, d.url, d.published, d.origin, d.layers, d.tone,
               d.cluster_id, c.id, k.size, d.text, d.record
        FROM documents d JOIN clusters k ON k.id = d.cluster_id JOIN documents c ON c.rowid = k.canonical
        ORDER BY d.rowid"""
    for (_rowid, doc_id, h, title, source, url, published, origin, layers, tone, cluster, canonical, size, text,
         record) in conn.execute(sql):
        doc = Document.from_record(json.loads(record))
        row = {
            "document_id": doc_id, "hash": h, "title": title, "outlet": source, "url": url, "published": published,
            "origin": origin, "layers": " ".join(json.loads(layers)), "tone": tone,
            "cluster_id": cluster, "cluster_canonical": canonical, "cluster_size": size,
            "is_canonical": canonical == doc_id,
            **{layer: len(getattr(doc, layer)) for layer in COUNTED_LAYERS},
        }
        if with_text:
            row["text"] = text
        yield row


def record_rows(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """The full analysis records (OUTPUT.md), one per stored document."""
    for (record,) in conn.execute("SELECT record FROM documents ORDER BY rowid"):
        yield json.loads(record)


def network(conn: sqlite3.Connection, min_weight: int = 1):
    """Actor network (MultiDiGraph, one edge per kind): `cooccur` (both actors in one document,
    stored from the lower to the higher actor id; weight = documents), `quotes` (speaker -> actor
    mentioned inside the quote) and `reported_via` (speaker -> agency the quote came through).
    Edges lighter than `min_weight` are left out; so are actors left without any edge."""
    nx = require("networkx", "the actor network")

    edges: list[tuple[int, int, str, int]] = []
    cooccur = """
        WITH da AS (SELECT DISTINCT doc, actor FROM doc_entities)
        SELECT a.actor, b.actor, count(*) FROM da a JOIN da b ON a.doc = b.doc AND a.actor < b.actor
        GROUP BY a.actor, b.actor HAVING count(*) >= ?"""
    edges += [(u, v, "cooccur", w) for u, v, w in conn.execute(cooccur, (min_weight,))]
    quoted = """
        SELECT q.speaker_actor, m.actor, count(DISTINCT q.id) FROM quotes q
        JOIN mentions m ON m.doc = q.doc AND m.char_start >= q.char_start AND m.char_end <= q.char_end
        WHERE q.speaker_actor IS NOT NULL AND m.actor != q.speaker_actor
        GROUP BY q.speaker_actor, m.actor HAVING count(DISTINCT q.id) >= ?"""
    edges += [(u, v, "quotes", w) for u, v, w in conn.execute(quoted, (min_weight,))]
    via: dict[tuple[int, int], int] = {}
    for speaker, agencies in conn.execute(
        "SELECT speaker_actor, via FROM quotes WHERE speaker_actor IS NOT NULL AND via != '[]'"
    ):
        for agency in set(json.loads(agencies)):
            if agency != speaker:
                via[(speaker, agency)] = via.get((speaker, agency), 0) + 1
    edges += [(u, v, "reported_via", w) for (u, v), w in sorted(via.items()) if w >= min_weight]

    g = nx.MultiDiGraph()
    linked = {u for u, _, _, _ in edges} | {v for _, v, _, _ in edges}
    for r in entity_rows(conn):
        if r["actor_id"] in linked:
            g.add_node(r["actor_id"], label=r["name"], name_en=r["name_en"] or "", kb=r["kb"] or "", type=r["type"],
                       mentions=r["mentions"], documents=r["documents"], quotes=r["quotes"])
    for u, v, kind, w in edges:
        g.add_edge(u, v, key=kind, kind=kind, weight=w)
    return g


def network_rows(conn: sqlite3.Connection, min_weight: int = 1) -> Iterator[dict[str, Any]]:
    g = network(conn, min_weight)
    for u, v, data in g.edges(data=True):
        yield {"source": u, "source_name": g.nodes[u]["label"], "target": v, "target_name": g.nodes[v]["label"],
               "kind": data["kind"], "weight": data["weight"]}


ROWS = {"quotes": quote_rows, "entities": entity_rows, "events": event_rows, "story_events": story_event_rows,
        "documents": document_rows, "network": network_rows}


def _rows(conn: sqlite3.Connection, what: str, min_weight: int) -> Iterator[dict[str, Any]]:
    return network_rows(conn, min_weight) if what == "network" else ROWS[what](conn)


def _write_csv(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    writer = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    return n


def _write_jsonl(rows: Iterator[dict[str, Any]], fh: IO[str]) -> int:
    n = 0
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


PARQUET_BATCH = 5000


def _write_parquet(rows: Iterator[dict[str, Any]], path: Path) -> int:
    """Write rows in batches (memory stays flat); the schema comes from the first batch, with
    columns that are empty there typed as strings."""
    from itertools import islice

    pa = require("pyarrow", "Parquet export")
    pq = require("pyarrow.parquet", "Parquet export")

    writer = None
    schema = None
    n = 0
    try:
        while batch := list(islice(rows, PARQUET_BATCH)):
            if schema is None:
                inferred = pa.Table.from_pylist(batch).schema
                schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f
                                    for f in inferred])
                writer = pq.ParquetWriter(path, schema)
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        pq.write_table(pa.table({}), path)
    return n


def export(
    conn: sqlite3.Connection, what: str, fmt: str, out: str | Path | None = None, min_weight: int = 1,
    bom: bool = False,
) -> int:
    """Write table `what` in format `fmt` to `out` (stdout for csv/jsonl when None); returns rows/edges.

    `bom` starts a CSV file with a UTF-8 byte order mark: without it, Excel opens Arabic CSV as
    mojibake (it assumes the locale's code page)."""
    if bom and fmt != "csv":
        raise ValueError("--bom is for CSV (spreadsheets); other formats are read as UTF-8 anyway")
    if what not in ROWS:
        raise ValueError(f"unknown table {what!r}; one of {', '.join(WHAT)}")
    if fmt == "graphml":
        if what != "network":
            raise ValueError("graphml is for --what network")
        if out is None:
            raise ValueError("graphml needs --out PATH")
        nx = require("networkx", "GraphML export")
        g = network(conn, min_weight)
        nx.write_graphml(g, str(out))
        return g.number_of_edges()
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet needs --out PATH")
        return _write_parquet(_rows(conn, what, min_weight), Path(out))
    writer = {"csv": _write_csv, "jsonl": _write_jsonl}.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if out is None:
        if bom:
            sys.stdout.write("\ufeff")
        return writer(_rows(conn, what, min_weight), sys.stdout)
    with open(out, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        return writer(_rows(conn, what, min_weight), fh)
