"""The actor network for the network view: who meets, accuses, sanctions... whom (event edges,
labelled with the PLOVER type) and who speaks about whom (quote edges: speaker -> each actor
mentioned inside the quote's characters), under the events view's filters, cut to the N
heaviest actors; and its GraphML.

Co-mention in one sentence or document is left out: on a real store it links nearly everyone.
`marsad.corpus.export.network` builds a GraphML graph too, but over the whole store, with
networkx and with co-occurrence edges; this view needs the filtered graph without the optional
dependency, so `graphml` writes the XML itself (escaped by xml.sax.saxutils).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from marsad.corpus.schema import connect
from marsad.corpus.search import until_bound
from marsad.web.event_queries import EventFilters, _actor_ids, _matching_docs, scan
from marsad.web.store_cache import StampedCache, store_file

DEFAULT_NODES = 60
MAX_NODES = 300
EDGES_PER_NODE = 4  # at most this many edges per shown node, the heaviest: more is a hairball
EDGE_KINDS = ("all", "events", "quotes")


class QuoteEdges:
    """(doc, speaker, mentioned actor, quotes, published, outlet) for every quote whose speaker
    is a known actor and that mentions another actor inside its span; computed once per store
    (the span join over all quotes and mentions takes seconds on a large store) on a connection
    of its own, outside the request's time budget, and kept until the store grows."""

    _cache = StampedCache(2)

    @classmethod
    def totals(cls, conn: sqlite3.Connection) -> Counter:
        """Quotes per (speaker, mentioned actor) over the whole store."""
        def count() -> Counter:
            total: Counter = Counter()
            for _, speaker, actor, n, _, _ in cls.rows(conn):
                total[(speaker, actor)] += n
            return total

        return cls._cache.get_or_compute(conn, ("totals",), count)

    @classmethod
    def rows(cls, conn: sqlite3.Connection) -> list[tuple]:
        return cls._cache.get_or_compute(conn, ("rows",), lambda: cls._read(conn))

    @staticmethod
    def _read(conn: sqlite3.Connection) -> list[tuple]:
        path = store_file(conn)
        own = connect(path, readonly=True) if Path(path).exists() else conn
        try:
            sql = """
                SELECT q.doc, q.speaker_actor, m.actor, count(DISTINCT q.id), coalesce(d.published, ''), d.source
                FROM quotes q JOIN mentions m ON m.doc = q.doc AND m.char_start >= q.char_start
                     AND m.char_end <= q.char_end
                JOIN documents d ON d.rowid = q.doc
                WHERE q.speaker_actor IS NOT NULL AND m.actor != q.speaker_actor
                GROUP BY q.doc, q.speaker_actor, m.actor"""
            return own.execute(sql).fetchall()
        finally:
            if own is not conn:
                own.close()


def _quote_edges(conn: sqlite3.Connection, f: EventFilters) -> Counter:
    """Quote counts per (speaker, mentioned actor) under the filters that apply to documents and
    actors (type and mode are event filters and do not narrow quotes)."""
    if not (f.actor or f.target or f.q or f.since or f.until or f.outlet):
        return QuoteEdges.totals(conn)
    speakers = _actor_ids(conn, f.actor) if f.actor else None
    mentioned = _actor_ids(conn, f.target) if f.target else None
    docs = _matching_docs(conn, f.q) if f.q else None
    until = until_bound(f.until) if f.until else None
    out: Counter = Counter()
    for doc, speaker, actor, n, published, outlet in QuoteEdges.rows(conn):
        if ((speakers is None or speaker in speakers) and (mentioned is None or actor in mentioned)
                and (docs is None or doc in docs) and (not f.since or published >= f.since)
                and (not until or (published and published <= until)) and (not f.outlet or outlet == f.outlet)):
            out[(speaker, actor)] += n
    return out


_results = StampedCache(64)  # the last networks asked for


def network(conn: sqlite3.Connection, filters: EventFilters, nodes: int = DEFAULT_NODES,
            edges: str = "all") -> dict[str, Any]:
    """Nodes (actors) and edges of the filtered network, cut to the `nodes` heaviest actors (weight:
    events and quotes they take part in); edges only between kept actors, the heaviest
    `EDGES_PER_NODE * nodes` of them. The last results are kept while the store does not grow."""
    key = (tuple(sorted(filters.params().items())), nodes, edges)
    return _results.get_or_compute(conn, key, lambda: _network(conn, filters, nodes, edges))


def _network(conn: sqlite3.Connection, filters: EventFilters, nodes: int, edges: str) -> dict[str, Any]:
    found: list[tuple[int, int, str, str, int]] = []  # (source, target, kind, label, count)
    if edges in ("all", "events"):
        by_pair = Counter((r[2], r[3], r[1]) for r in scan(conn, filters).kept()
                          if r[2] is not None and r[3] is not None and r[2] != r[3])
        found += [(a, t, "event", etype, n) for (a, t, etype), n in by_pair.items()]
    if edges in ("all", "quotes"):
        found += [(s, a, "quote", "QUOTE", n) for (s, a), n in _quote_edges(conn, filters).items()]
    weight: Counter = Counter()
    for s, t, _, _, n in found:
        weight[s] += n
        weight[t] += n
    kept = {actor for actor, _ in weight.most_common(nodes)}
    shown = [e for e in found if e[0] in kept and e[1] in kept]
    shown.sort(key=lambda e: (-e[4], e[2], e[3], e[0], e[1]))
    among = len(shown)
    shown = shown[:EDGES_PER_NODE * nodes]
    degree: Counter = Counter()
    for s, t, *_ in shown:
        degree[s] += 1
        degree[t] += 1
    names = _actors(conn, kept)
    node_rows = [{**names[a], "weight": weight[a], "degree": degree[a]}
                 for a in sorted(kept, key=lambda a: (-weight[a], a)) if a in names]
    edge_rows = [{"source": names[s]["key"], "target": names[t]["key"], "kind": kind, "label": label, "count": n}
                 for s, t, kind, label, n in shown if s in names and t in names]
    return {
        "nodes": node_rows, "edges": edge_rows,
        "shown": {"nodes": len(node_rows), "edges": len(edge_rows), "limit": nodes, "edge_limit": EDGES_PER_NODE * nodes,
                  "edges_among_nodes": among,
                  "actors_in_network": len(weight), "edges_in_network": len(found)},
    }


def _actors(conn: sqlite3.Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, key, name, name_en, kb, type FROM actors WHERE id IN ({marks})", sorted(ids))
    return {i: {"key": k, "name": n, "name_en": en, "kb": kb, "type": t} for i, k, n, en, kb, t in rows}


def edge_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The edges as flat records with both ends' names (the CSV twin)."""
    names = {n["key"]: n for n in data["nodes"]}
    return [{"source": e["source"], "source_name": names[e["source"]]["name"],
             "source_name_en": names[e["source"]]["name_en"], "target": e["target"],
             "target_name": names[e["target"]]["name"], "target_name_en": names[e["target"]]["name_en"],
             "kind": e["kind"], "label": e["label"], "count": e["count"]} for e in data["edges"]]


# characters XML 1.0 does not allow, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
NODE_KEYS = (("name", "string"), ("name_en", "string"), ("kb", "string"), ("type", "string"),
             ("weight", "int"), ("degree", "int"))
EDGE_KEYS = (("kind", "string"), ("label", "string"), ("count", "int"))


def _text(value: Any) -> str:
    return escape(_NOT_XML.sub("", "" if value is None else str(value)))


def graphml(data: dict[str, Any]) -> str:
    """The network as GraphML (directed; node ids are actor keys; one edge per kind and type)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            out.append(f'  <key id="{scope[0]}_{name}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>')
    out.append('  <graph id="marsad" edgedefault="directed">')
    for node in data["nodes"]:
        out.append(f'    <node id={quoteattr(_NOT_XML.sub("", node["key"]))}>')
        out += [f'      <data key="n_{name}">{_text(node[name])}</data>' for name, _ in NODE_KEYS
                if node.get(name) is not None]
        out.append("    </node>")
    for i, edge in enumerate(data["edges"]):
        out.append(f'    <edge id="e{i}" source={quoteattr(_NOT_XML.sub("", edge["source"]))} '
                   f'target={quoteattr(_NOT_XML.sub("", edge["target"]))}>')
        out += [f'      <data key="e_{name}">{_text(edge[name])}</data>' for name, _ in EDGE_KEYS]
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out)

