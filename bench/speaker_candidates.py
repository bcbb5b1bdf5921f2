"""Is the gold speaker among marsad's speaker candidates? Per gold quote of an evaluation folder.

    PYTHONPATH=src python bench/speaker_candidates.py /work/evalsets/develop2 [--sets train6,fresh4] [--out rows.jsonl]

Every gold set is analysed with the quote layer tracing its candidates (as `marsad train speaker`
does); each gold quote with a named speaker that marsad finds is judged with the official
scorer's own matching (`score.py`: `alias_set`, `pred_entity_keys`, `variants`). A wrong speaker
is sorted into one kind: the right speaker was a candidate but not chosen ("candidate, wrong
choice"); the speaker is an entity but no candidate ("found, not candidate"), the chosen span
opening with a title ("title not linked"); no entity matches but a mention overlaps where the
gold name stands ("found cut"); no mention there ("name not found"). Prints the counts per set and
the share of named gold quotes whose speaker is among the candidates (the ranker's ceiling).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import match_key
from marsad.gold_eval import gold_sets, load_scorer
from marsad.ingest import read_inputs
from marsad.layers.entities.titles import TITLE_HEADS

KINDS = ("name not found", "found cut", "found, not candidate", "title not linked", "candidate, wrong choice")
TITLES = {match_key(t) for t in TITLE_HEADS}


def _analyse(inputs: Path) -> tuple[dict[str, dict[str, Any]], dict[str, list]]:
    from marsad.layers.quotes.layer import QuoteLayer
    from marsad.layers.registry import available_layers
    from marsad.pipeline import Analyzer

    traced: dict[str, list] = {}

    def trace(doc, cand, options) -> None:  # noqa: ANN001
        traced.setdefault(doc.id, []).append((cand, options))

    analyzer = Analyzer([QuoteLayer(trace=trace) if n == "quotes" else n for n in available_layers()])
    records = {}
    for doc in analyzer.run(read_inputs([str(inputs)])):
        if hasattr(doc, "to_record"):
            records[doc.id] = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
    return records, traced


def _kind(sc: Any, rec: dict, ents: dict, keys: dict, aliases: set[str], gold_ar: list[str], chosen: str) -> str:
    if any(keys[i] & aliases for i in ents):
        first = match_key(chosen.split()[0]) if chosen else ""
        return "title not linked" if first in TITLES or first.removeprefix("ال") in TITLES else "found, not candidate"
    text = rec["text"]
    spans = [(m["start"], m["end"]) for e in ents.values() for m in e.get("mentions", [])]
    for alias in gold_ar:
        k = text.find(alias)
        while k >= 0:
            if any(a < k + len(alias) and k < b for a, b in spans):
                return "found cut"
            k = text.find(alias, k + 1)
    return "name not found"


def _ref_keys(sc: Any, keys: dict[str, set[str]], entity: str | None, span: str) -> set[str]:
    """The scorer's keys of a speaker: its entity's names and mentions, and its own span."""
    return set(keys.get(entity, set())) | sc.variants(span)


def judge(eval_dir: Path, sets: set[str] | None = None) -> tuple[list[list], dict[str, tuple[int, int]]]:
    sc = load_scorer(eval_dir)
    rows: list[list] = []
    ceiling: dict[str, tuple[int, int]] = {}
    for inputs, gold_path in gold_sets(eval_dir):
        if sets and gold_path.stem not in sets:
            continue
        records, traced = _analyse(inputs)
        with_candidate = named = 0
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line) if line.strip() else None
            rec = records.get(str(gold["id"])) if gold else None
            if rec is None:
                continue
            ents = {e["id"]: e for e in rec.get("entities", [])}
            keys = {i: sc.pred_entity_keys(e) for i, e in ents.items()}
            for g in gold.get("quotes", []):
                speaker = g.get("speaker")
                anchor = sc.norm(g.get("anchor", ""))
                if not speaker or g.get("optional") or not anchor:
                    continue
                hits = [q for q in rec.get("quotes", []) if anchor in sc.norm(q.get("text", ""))]
                if not hits:
                    continue
                named += 1
                aliases = sc.alias_set(speaker.get("ar", []), speaker.get("en", []))

                right = any(_ref_keys(sc, keys, (q.get("speaker") or {}).get("entity"), (q.get("speaker") or {}).get("text") or "")
                            & aliases for q in hits)
                options = [o for c, opts in traced.get(rec["id"], [])
                           if c.end > c.start and anchor in sc.norm(rec["text"][c.start : c.end]) for o in opts]
                candidate = any(o.ref is not None and _ref_keys(sc, keys, o.ref.entity, o.ref.text) & aliases for o in options)
                with_candidate += right or candidate
                if right:
                    continue
                chosen = (hits[0].get("speaker") or {}).get("text") or ""
                kind = "candidate, wrong choice" if candidate else \
                    _kind(sc, rec, ents, keys, aliases, speaker.get("ar", []), chosen)
                rows.append([gold_path.stem, rec["id"], kind, g["anchor"][:50], chosen or None, speaker.get("ar", [])[:3]])
        ceiling[gold_path.stem] = (with_candidate, named)
    return rows, ceiling


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", type=Path)
    ap.add_argument("--out", type=Path, help="one JSON row per wrong speaker")
    ap.add_argument("--sets", help="comma-separated set names (default: every set of the folder)")
    args = ap.parse_args()
    rows, ceiling = judge(args.eval_dir, set(args.sets.split(",")) if args.sets else None)
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts = Counter((r[0], r[2]) for r in rows)
    print("set", *KINDS, "right among candidates", sep=" | ")
    for name, (hit, n) in sorted(ceiling.items()):
        print(name, *(counts[(name, k)] for k in KINDS), f"{hit}/{n} = {hit / n:.3f}" if n else "-", sep=" | ")
    hit, n = sum(h for h, _ in ceiling.values()), sum(m for _, m in ceiling.values())
    print("all", *(sum(counts[(s, k)] for s in ceiling) for k in KINDS), f"{hit}/{n} = {hit / n:.3f}" if n else "-",
          sep=" | ")


if __name__ == "__main__":
    main()
