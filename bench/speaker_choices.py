"""Per gold quote: marsad's speaker candidates, which one won, and whether the right one was among them.

The gold sets of an evaluation folder are analysed with the shipped pipeline (ranker on); every
statement's candidates are traced as the resolver hands them to the ranker (the same trace
`marsad.training.speakers` builds its groups from), and labelled right by the official scorer's
own matching (`marsad.gold_eval.load_scorer`). For each gold quote with a named speaker whose
statement marsad found but gave a wrong speaker, the script prints whether the right speaker was a
candidate ("reachable": a wrong choice) or not ("unreachable": the candidates must change), the
candidates with a few of their features, the winner and the words before the statement, so the
wrong choices can be sorted into phenomena by hand. `--json` writes the same as JSON lines.

    PYTHONPATH=src python bench/speaker_choices.py --eval-dir /work/evalsets/develop2 \
        [--sets train7,train6] [--json out.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from marsad.gold_eval import gold_sets, load_scorer
from marsad.ingest import read_inputs
from marsad.layers.quotes.speaker_ranker import INDEX

SHOWN = ("rule", "rule_explicit", "prev1", "prev1_continuation", "after_cue_same_sentence",
         "before_cue_same_sentence", "previous_sentence", "paragraph_gap", "all_in_pp", "document_issuer")


def analyse(eval_dir: Path, names: set[str] | None) -> list[dict[str, Any]]:
    from marsad.layers.quotes.layer import QuoteLayer
    from marsad.layers.registry import available_layers
    from marsad.pipeline import Analyzer

    scorer = load_scorer(eval_dir if (eval_dir / "score.py").exists() else Path("../shared/eval"))
    out: list[dict[str, Any]] = []
    for inputs_path, gold_path in gold_sets(eval_dir):
        if names and gold_path.stem not in names:
            continue
        traced: dict[str, list] = {}

        def trace(doc, cand, options, traced=traced) -> None:  # noqa: ANN001
            traced.setdefault(doc.id, []).append((cand, options))

        analyzer = Analyzer([QuoteLayer(trace=trace) if n == "quotes" else n for n in available_layers()])
        records = {}
        for doc in analyzer.run(read_inputs([str(inputs_path)])):
            if hasattr(doc, "to_record"):
                records[doc.id] = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            rec = records.get(str(gold["id"]))
            if rec is not None:
                out += _quotes(scorer, gold_path.stem, gold, rec, traced.get(rec["id"], []))
    return out


def _quotes(scorer: Any, set_name: str, gold: dict, rec: dict, traced: list) -> list[dict[str, Any]]:
    ent_keys = {e["id"]: scorer.pred_entity_keys(e) for e in rec.get("entities", [])}
    pq = rec.get("quotes", [])
    out = []
    for g in gold.get("quotes", []):
        gs = g.get("speaker")
        if g.get("optional") or not gs or not g.get("anchor"):
            continue
        a = scorer.norm(g["anchor"])
        hits = [q for q in pq if a in scorer.norm(q.get("text", ""))]
        if not hits:
            continue
        aliases = scorer.alias_set(gs.get("ar", []), gs.get("en", []))

        def keys(sp: dict | None) -> set[str]:
            sp = sp or {}
            k = set(ent_keys.get(sp.get("entity"), set())) if sp.get("entity") else set()
            return k | (scorer.variants(sp["text"]) if sp.get("text") else set())

        ok = any(keys(q.get("speaker")) & aliases for q in hits)
        if ok:
            out.append({"set": set_name, "id": rec["id"], "ok": True})
            continue
        chosen = hits[0].get("speaker") or {}
        cands = []
        for cand, options in traced:
            text = scorer.norm(rec["text"][cand.start : cand.end]) if cand.end > cand.start else ""
            if a not in text:
                continue
            for o in options:
                sp = {"entity": o.ref.entity, "text": o.ref.text} if o.ref is not None else None
                cands.append({"text": o.ref.text if o.ref else "(nobody)", "entity": o.ref.entity if o.ref else None,
                              "right": bool(sp and keys(sp) & aliases),
                              "won": bool(sp and sp["entity"] == chosen.get("entity") and
                                          (sp["entity"] or sp["text"] == chosen.get("text")) or not sp and not chosen),
                              "f": {n: round(float(o.features[INDEX[n]]), 2) for n in SHOWN if o.features[INDEX[n]]}})
            pos = cand.pos
            context = rec["text"][max(0, pos - 250) : cand.end][:450]
            break
        else:
            context = ""
        out.append({"set": set_name, "id": rec["id"], "ok": False, "anchor": g["anchor"][:60],
                    "gold": (gs.get("ar") or [""])[0], "chosen": chosen.get("text"),
                    "reachable": any(c["right"] for c in cands), "traced": bool(cands),
                    "candidates": cands, "context": context})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", type=Path, required=True)
    ap.add_argument("--sets", default="", help="comma-separated gold set names (default: all)")
    ap.add_argument("--json", type=Path, help="write every wrong choice as a JSON line here")
    args = ap.parse_args(argv)
    rows = analyse(args.eval_dir, set(filter(None, args.sets.split(","))) or None)
    wrong = [r for r in rows if not r["ok"]]
    if args.json:
        args.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in wrong), encoding="utf-8")
    for r in wrong:
        kind = "REACHABLE" if r["reachable"] else "unreachable" if r["traced"] else "untraced"
        print(f"== [{kind}] {r['set']} {r['id']}: {r['anchor']!r} -> {r['chosen']!r} (gold {r['gold']!r})")
        print("   ..." + r["context"].replace("\n", " ¶ "))
        for c in r["candidates"]:
            mark = ("+" if c["right"] else " ") + ("*" if c["won"] else " ")
            print(f"   {mark} {c['text']!r} {c['f']}")
    found = len(rows)
    reach = sum(r["reachable"] for r in wrong)
    print(f"\nfound with a named speaker: {found}; right {found - len(wrong)}; wrong {len(wrong)} "
          f"(right speaker a candidate: {reach}; not: {len(wrong) - reach})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
