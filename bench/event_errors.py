"""Events of gold articles next to the pipeline's, with every non-optional gold event classified.

    python bench/event_errors.py [--eval-dir DIR] [--sets train6,train9] [--quiet] [--pred-cache DIR]

Per article: the gold events (type, actor, target, optional) and the predicted ones (type, actor
name, target name, trigger text; `*` marks a predicted event that matches some gold event). Each
non-optional gold event gets one class, the first that applies:
  found          a predicted event matches it as score.py counts it
  target_wrong   a predicted event of its type has the right actor but not the gold target
  actor_wrong    a predicted event of its type exists, none with the gold actor
  no_entity      no event of its type, and the gold actor is no predicted entity at all
  no_type        no event of its type (the actor is an entity)
The totals per set and the false alarms (predicted events matching no gold event, by type) end
the report. Matching uses the official scorer's own functions (score.py of the eval folder).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.gold_eval import load_scorer
from marsad.ingest import read_inputs
from marsad.pipeline import Analyzer

CLASSES = ("found", "target_wrong", "actor_wrong", "no_entity", "no_type")


def predictions(inputs_path: Path, analyzer: Analyzer, cache: Path | None) -> dict[str, dict[str, Any]]:
    cached = cache / inputs_path.name if cache else None
    if cached and cached.exists():
        recs = [json.loads(line) for line in cached.read_text(encoding="utf-8").splitlines() if line]
        return {str(r["id"]): r for r in recs}
    preds = {}
    for doc in analyzer.run(read_inputs([str(inputs_path)])):
        if hasattr(doc, "to_record"):
            rec = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
            preds[str(rec["id"])] = rec
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in preds.values()),
                          encoding="utf-8")
    return preds


def classify(gold: dict[str, Any], pred: dict[str, Any], scorer: Any) -> tuple[list[str], list[bool]]:
    """One class per gold event ("optional" for optional ones) and, per predicted event, whether it matches."""
    ent_keys = {e.get("id"): scorer.pred_entity_keys(e) for e in pred.get("entities", [])}
    all_keys = set().union(*ent_keys.values()) if ent_keys else set()
    pe = [(e.get("type"), ent_keys.get(e.get("actor"), set()), ent_keys.get(e.get("target"), set()))
          for e in pred.get("events", [])]
    ok = [False] * len(pe)
    classes = []
    for g in gold.get("events", []):
        ga = scorer.alias_set(g.get("actor_ar", []), g.get("actor", []))
        gt = scorer.alias_set(g.get("target_ar", []), g.get("target", []))
        typed = [j for j, (ty, _, _) in enumerate(pe) if ty == g.get("type")]
        hits = [j for j in typed if pe[j][1] & ga and (not gt or pe[j][2] & gt)]
        for j in hits:
            ok[j] = True
        if g.get("optional"):
            classes.append("optional")
        elif hits:
            classes.append("found")
        elif any(pe[j][1] & ga for j in typed):
            classes.append("target_wrong")
        elif typed:
            classes.append("actor_wrong")
        elif not (ga & all_keys):
            classes.append("no_entity")
        else:
            classes.append("no_type")
    return classes, ok


def side(names: list[str], names_ar: list[str]) -> str:
    return "/".join(names) or "/".join(names_ar) or "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", default="/work/evalsets/develop2")
    ap.add_argument("--sets", default="train6,train7,train8,train9,extra,fresh4")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--pred-cache", type=Path, help="reuse/write predictions here (delete to refresh)")
    args = ap.parse_args()
    eval_dir = Path(args.eval_dir)
    scorer = load_scorer(eval_dir)
    analyzer = Analyzer()
    totals: dict[str, Counter[str]] = {}
    false_alarms: dict[str, Counter[str]] = {}
    for name in args.sets.split(","):
        preds = predictions(eval_dir / "inputs" / f"{name}.jsonl", analyzer, args.pred_cache)
        golds = [json.loads(line) for line in
                 (eval_dir / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
        tally: Counter[str] = Counter()
        fa: Counter[str] = Counter()
        for gold in golds:
            pred = preds.get(str(gold["id"]), {})
            classes, ok = classify(gold, pred, scorer)
            tally.update(c for c in classes if c != "optional")
            events = pred.get("events", [])
            fa.update(e.get("type") for e, good in zip(events, ok, strict=True) if not good)
            if args.quiet or not (events or gold.get("events")):
                continue
            ents = {e.get("id"): e.get("name") for e in pred.get("entities", [])}
            print(f"== {name} {gold['id']}")
            for g, c in zip(gold.get("events", []), classes, strict=True):
                print(f"  gold {c:<12} {g['type']:<9} {side(g.get('actor', []), g.get('actor_ar', []))}"
                      f" -> {side(g.get('target', []), g.get('target_ar', []))}")
            for e, good in zip(events, ok, strict=True):
                print(f"  pred {'*' if good else ' '} {e.get('type'):<9} {ents.get(e.get('actor'), '-')}"
                      f" -> {ents.get(e.get('target'), '-')}  [{e.get('text', '')}]")
        totals[name] = tally
        false_alarms[name] = fa
    print("set".ljust(8) + "".join(c.rjust(13) for c in CLASSES) + "  false alarms")
    for name, tally in totals.items():
        fa = false_alarms[name]
        top = ", ".join(f"{t} {n}" for t, n in fa.most_common(5))
        print(name.ljust(8) + "".join(str(tally[c]).rjust(13) for c in CLASSES)
              + f"  {sum(fa.values())} ({top})")


if __name__ == "__main__":
    main()
