"""What a change does to unlabelled articles, layer by layer: the false-alarm check of a new rule.

    .venv/bin/python bench/golden_records.py record --out /tmp/before   # on the old code
    .venv/bin/python bench/golden_records.py record --out /tmp/after    # on the new code
    .venv/bin/python bench/layer_diff.py /tmp/before/records.jsonl /tmp/after/records.jsonl [--show 20]

For each layer it counts what appeared, what disappeared and what changed (a quote's speaker, a
date's value) over the records both files hold, and prints a sample of each, so that every new
output can be read and judged before a rule is kept. Records are matched by document id.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Record = dict[str, Any]


def _names(rec: Record) -> dict[str, str]:
    return {e["id"]: e["name"] for e in rec.get("entities", [])}


def entity_items(rec: Record) -> dict[tuple, str]:
    return {(e["type"], e["name"]): f"{e['type']} {e['name']}" for e in rec.get("entities", [])}


def source_items(rec: Record) -> dict[tuple, str]:
    names = _names(rec)
    return {(s["start"], s["end"]): f"{s['text']} -> {names.get(s.get('entity'))}" for s in rec.get("sources", [])}


def quote_items(rec: Record) -> dict[tuple, str]:
    names = _names(rec)
    out = {}
    for q in rec.get("quotes", []):
        sp = q.get("speaker") or {}
        who = names.get(sp.get("entity")) or sp.get("text")
        out[(q["start"], q["end"])] = f"[{who}] {q['text'][:70]}"
    return out


def date_items(rec: Record) -> dict[tuple, str]:
    return {(d["start"], d["end"]): f"{d['text']} = {d['value']}" for d in rec.get("dates", [])}


def event_items(rec: Record) -> dict[tuple, str]:
    names = _names(rec)
    return {(e["type"], e["start"], e["end"]): f"{e['type']} {names.get(e.get('actor'))} -> "
            f"{names.get(e.get('target'))}: {e['text'][:60]}" for e in rec.get("events", [])}


LAYERS: dict[str, Callable[[Record], dict[tuple, str]]] = {
    "entities": entity_items, "sources": source_items, "quotes": quote_items, "dates": date_items,
    "events": event_items,
}


def load(path: Path, first: int | None = None) -> dict[str, Record]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines()[:first]:
        if line.strip():
            rec = json.loads(line)
            out[str(rec["id"])] = rec
    return out


def compare(before: dict[str, Record], after: dict[str, Record], layer: str) -> dict[str, list[str]]:
    items = LAYERS[layer]
    found: dict[str, list[str]] = {"added": [], "removed": [], "changed": []}
    for doc_id in sorted(set(before) & set(after)):
        a, b = items(before[doc_id]), items(after[doc_id])
        for key in b.keys() - a.keys():
            found["added"].append(f"{doc_id}: {b[key]}")
        for key in a.keys() - b.keys():
            found["removed"].append(f"{doc_id}: {a[key]}")
        for key in a.keys() & b.keys():
            if a[key] != b[key]:
                found["changed"].append(f"{doc_id}: {a[key]}  =>  {b[key]}")
    return found


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--layer", choices=sorted(LAYERS), action="append", help="default: every layer")
    ap.add_argument("--show", type=int, default=10, help="sample size per kind of difference")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", type=int, default=None,
                    help="only the first N records of each file (golden_records puts the unlabelled ones first)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    before, after = load(args.before, args.first), load(args.after, args.first)
    print(f"{len(set(before) & set(after))} documents in both files")
    rng = random.Random(args.seed)
    for layer in args.layer or LAYERS:
        found = compare(before, after, layer)
        print(f"\n## {layer}: +{len(found['added'])} added, -{len(found['removed'])} removed, "
              f"{len(found['changed'])} changed")
        for kind, lines in found.items():
            for line in rng.sample(lines, min(args.show, len(lines))):
                print(f"  {kind:8s} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
