"""Do duplicate clusters survive a change of entity rules? Re-cluster a store's documents with
entities found with and without one module's rules, under two `dedup.py` files.

    .venv/bin/python bench/dedup_stability.py marsad.db --old ../main/src/marsad/corpus/dedup.py

The rules left out are the person-name extensions of `layers/entities/name_extension.py` (a
person's lineage "بن X", the family name after given names, the first name after an honorific):
they decide whether a record spells a person "عبدالله بن حمد الغرير" or "عبدالله", exactly what
a dedup profile should not depend on. Only documents similar enough to another to be a copy
(LSH candidates at the MinHash threshold) can change cluster; they are analysed again (entity
layer only) with and without the rules, and the store is re-clustered four times. Prints the
cluster counts and how many documents change cluster when the rules are left out, per dedup.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dedup_replay import load_dedup, pairs, replay  # noqa: E402


@contextmanager
def without_person_extensions():
    from marsad.layers.entities import mentions

    saved = {n: getattr(mentions, n) for n in ("extend_lineage", "extend_family_name", "extend_after_honorific")}
    for n in saved:
        setattr(mentions, n, lambda *a, **k: None)
    try:
        yield
    finally:
        for n, f in saved.items():
            setattr(mentions, n, f)


def similar_docs(store: sqlite3.Connection, dedup) -> set[int]:
    """Documents with an LSH candidate at or above the threshold."""
    sigs = dict(store.execute("SELECT doc, sig FROM minhash"))
    buckets: dict[tuple[int, int], list[int]] = {}
    for doc, sig in sigs.items():
        for key in dedup.band_keys(sig):
            buckets.setdefault(key, []).append(doc)
    out: set[int] = set()
    for docs in buckets.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                if dedup.similarity(sigs[a], sigs[b]) >= dedup.THRESHOLD:
                    out.update((a, b))
    return out


def entity_records(store: sqlite3.Connection, docs: set[int]) -> dict[int, dict]:
    """Records of `docs` with entities found again (entity layer only, in this process)."""
    from marsad.pipeline import Analyzer

    analyzer = Analyzer(["entities"])
    out = {}
    for rowid, title, text, published, source in store.execute(
            "SELECT rowid, title, text, published, source FROM documents ORDER BY rowid"):
        if rowid in docs:
            body = text[len(title):].lstrip("\n") if title and text.startswith(title) else text
            doc = analyzer.analyze(body, title or "", published, id=str(rowid), source=source)
            out[rowid] = {"text": doc.text, "title": doc.title,
                          "entities": doc.to_record()["entities"]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--old", required=True, help="the dedup.py to compare with (e.g. main's)")
    ap.add_argument("--show", type=int, default=0, help="pairs that change to print, per dedup")
    args = ap.parse_args(argv)
    store = sqlite3.connect(f"file:{Path(args.db).resolve()}?mode=ro", uri=True)
    new, old = load_dedup(None), load_dedup(args.old)
    docs = similar_docs(store, new)
    t0 = time.time()
    with_rules = entity_records(store, docs)
    with without_person_extensions():
        without_rules = entity_records(store, docs)
    spelled = sum(json.dumps(with_rules[d]["entities"]) != json.dumps(without_rules[d]["entities"]) for d in docs)
    print(f"{len(docs)} documents with a candidate copy; analysed twice in {time.time() - t0:.0f}s; "
          f"entities differ without the rules in {spelled}")
    for label, dedup in (("old", old), ("new", new)):
        a, prof_a, _ = replay(store, dedup, with_rules)
        b, prof_b, _ = replay(store, dedup, without_rules)
        moved = {d for pair in pairs(a) ^ pairs(b) for d in pair}
        print(f"{label} dedup: clusters with the rules {len(set(a.values()))}, without {len(set(b.values()))}; "
              f"documents that change cluster {len(moved)}")
        for x, y in sorted(pairs(a) ^ pairs(b))[: args.show]:
            print(f"  {x}-{y} joined {'with' if (x, y) in pairs(a) else 'without'} the rules")
            for d in (x, y):
                ma, mb = (json.loads(p[d])[0] if p[d] else [] for p in (prof_a, prof_b))
                print(f"    {d} with: {', '.join(ma)}\n    {d} without: {', '.join(mb)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
