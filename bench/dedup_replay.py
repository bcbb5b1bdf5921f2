"""Replay a store's duplicate clustering with another entity profile and compare the clusters.

    .venv/bin/python bench/dedup_replay.py marsad.db [--dedup path/to/dedup.py] [--show 20]

Only the entity profile and the conflict check of `corpus/dedup.py` decide between two stores
of the same documents (signatures and entities do not depend on them), so instead of ingesting
the articles again the stored documents are re-clustered in stored order, in memory, with the
current `dedup` (or the `dedup.py` file given, e.g. another checkout's), and the clusters are
compared with the store's. Prints cluster counts and the pairs of documents joined by one and
split by the other, with titles and the entity profiles' main entities, to judge by hand.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

_TABLES = """
CREATE TABLE documents (rowid INTEGER PRIMARY KEY, published TEXT, text TEXT, cluster_id INTEGER NOT NULL);
CREATE TABLE clusters (id INTEGER PRIMARY KEY, canonical INTEGER NOT NULL, size INTEGER NOT NULL);
CREATE TABLE minhash (doc INTEGER PRIMARY KEY, sig BLOB NOT NULL, ents TEXT);
CREATE TABLE lsh (band INTEGER NOT NULL, key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band, key, doc))
    WITHOUT ROWID;
"""


def load_dedup(path: str | None) -> ModuleType:
    if path is None:
        from marsad.corpus import dedup

        return dedup
    spec = importlib.util.spec_from_file_location("dedup_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_start(rec: dict) -> int:
    text, title = rec["text"], rec.get("title")
    start = 0
    if title and text.startswith(title):
        start = len(title)
        while text.startswith("\n", start):
            start += 1
    return start


def replay(store: sqlite3.Connection, dedup: ModuleType, records: dict[int, dict] | None = None
           ) -> tuple[dict[int, int], dict[int, str], list]:
    """Cluster of each document, its profile, and the vetoed pairs (similar enough to be copies,
    kept apart by the entity check), re-clustered with `dedup`; `records` replace stored ones."""
    mem = sqlite3.connect(":memory:")
    mem.executescript(_TABLES)
    index = dedup.ClusterIndex(mem)
    profiles: dict[int, str] = {}
    rows = store.execute("SELECT d.rowid, d.published, d.text, d.record, m.sig FROM documents d "
                         "LEFT JOIN minhash m ON m.doc = d.rowid ORDER BY d.rowid")
    for rowid, published, text, record, sig in rows:
        rec = records[rowid] if records and rowid in records else json.loads(record)
        profiles[rowid] = ents = dedup.entity_profile(rec.get("entities") or [], body_start(rec))
        mem.execute("INSERT INTO documents(rowid, published, text, cluster_id) VALUES (?, ?, ?, ?)",
                    (rowid, published, text, rowid))
        index.assign(rowid, sig, ents)
    vetoes = []
    for doc, sig, ents in mem.execute("SELECT doc, sig, ents FROM minhash ORDER BY doc").fetchall():
        for cand in index.candidates(dedup.band_keys(sig)):
            other = mem.execute("SELECT sig, ents FROM minhash WHERE doc = ?", (cand,)).fetchone()
            if cand < doc and dedup.similarity(sig, other[0]) >= index.threshold and dedup.conflicts(ents, other[1]):
                vetoes.append((cand, doc))
    return dict(mem.execute("SELECT rowid, cluster_id FROM documents")), profiles, vetoes


def pairs(clusters: dict[int, int]) -> set[tuple[int, int]]:
    members: dict[int, list[int]] = defaultdict(list)
    for doc, cid in clusters.items():
        members[cid].append(doc)
    return {(a, b) for docs in members.values() for i, a in enumerate(sorted(docs)) for b in sorted(docs)[i + 1:]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--dedup", help="dedup.py to replay with (default: the current marsad's)")
    ap.add_argument("--show", type=int, default=20, help="pairs of each kind to print")
    args = ap.parse_args(argv)
    store = sqlite3.connect(f"file:{Path(args.db).resolve()}?mode=ro", uri=True)
    stored = dict(store.execute("SELECT rowid, cluster_id FROM documents"))
    replayed, profiles, vetoes = replay(store, load_dedup(args.dedup))
    old, new = pairs(stored), pairs(replayed)
    print(f"documents {len(stored)}; clusters stored {len(set(stored.values()))}, replayed {len(set(replayed.values()))}")
    moved = {d for pair in old ^ new for d in pair}
    print(f"pairs joined only by the replay {len(new - old)}, only in the store {len(old - new)}; documents moved {len(moved)}")
    print(f"pairs kept apart by the entity check in the replay: {len(vetoes)}")
    titles = dict(store.execute("SELECT rowid, coalesce(source, '') || ' | ' || coalesce(title, '') FROM documents"))
    for label, diff in (("joined by the replay", new - old), ("joined in the store", old - new),
                        ("kept apart in the replay", set(vetoes))):
        print(f"\n== {label} ==")
        for a, b in sorted(diff)[: args.show]:
            print(f"{a}: {titles[a]}\n{b}: {titles[b]}")
            for d in (a, b):
                main_ents = json.loads(profiles[d])[0] if profiles[d] else []
                print(f"   {d} main: {', '.join(main_ents)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
