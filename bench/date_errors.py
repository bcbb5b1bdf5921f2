"""Every date error of a gold folder, by kind, with the official scorer's own matching.

    PYTHONPATH=src python bench/date_errors.py [EVAL_DIR] [--sets a,b] [--pred-cache DIR]

For each set it lists, per article: gold dates missed, wrong values, and every predicted date
that costs precision in `dates_correct` (its precision is value-correct hits over all
predictions): false alarms (no gold overlaps), hits on optional gold only, and extra
predictions on a gold date another prediction already answers. Each line shows the sentence
around the span so that the error can be sorted into a phenomenon without opening the article.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.gold_eval import gold_sets, load_scorer
from marsad.ingest import read_inputs
from marsad.pipeline import Analyzer


def _context(text: str, start: int | None, end: int | None, width: int = 60) -> str:
    if start is None or end is None:
        return ""
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def _find(text: str, needle: str) -> tuple[int | None, int | None]:
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else (None, None)


def compare(scorer: Any, gold: dict[str, Any], pred: dict[str, Any], text: str) -> list[tuple[str, str]]:
    """(kind, line) for every date error of one article."""
    out: list[tuple[str, str]] = []
    pd = pred.get("dates", [])
    pd_text = [scorer.norm(d.get("text", "")) for d in pd]
    credited: list[str | None] = [None] * len(pd)  # why a prediction is not a loss
    optional_hit = [False] * len(pd)
    any_hit = [False] * len(pd)
    for g in gold.get("dates", []):
        gt = scorer.norm(g["text"])
        hits = [j for j, tx in enumerate(pd_text)
                if tx and (tx in gt or gt in tx or scorer._overlap(tx, gt))]
        for j in hits:
            any_hit[j] = True
        if g.get("optional"):
            for j in hits:
                optional_hit[j] = True
            continue
        gs, ge = _find(text, g["text"])
        if not hits:
            out.append(("missed", f"{g['text']!r} = {g.get('value')}  {_context(text, gs, ge)}"))
            continue
        right = [j for j in hits if (pd[j].get("value") or None) == (g.get("value") or None)]
        if right:
            credited[right[0]] = "ok"
            for j in hits:
                if credited[j] is None:
                    credited[j] = "dup"
        else:
            j = hits[0]
            credited[j] = "wrong"
            out.append(("wrong", f"{g['text']!r} -> {pd[j].get('value')!r} (gold {g.get('value')!r})"
                                 f"  pred {pd[j].get('text')!r}  {_context(text, gs, ge)}"))
    for j, d in enumerate(pd):
        ctx = _context(text, d.get("start"), d.get("end"))
        if not any_hit[j]:
            out.append(("false_alarm", f"{d.get('text')!r} = {d.get('value')}  {ctx}"))
        elif credited[j] == "dup":
            out.append(("dup", f"{d.get('text')!r} = {d.get('value')}  {ctx}"))
        elif credited[j] is None and optional_hit[j]:
            out.append(("optional_only", f"{d.get('text')!r} = {d.get('value')}  {ctx}"))
        elif credited[j] is None:
            out.append(("dup", f"{d.get('text')!r} = {d.get('value')}  {ctx}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("eval_dir", nargs="?", default="/work/evalsets/develop2")
    ap.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    ap.add_argument("--kinds", default="", help="comma-separated kinds to print (default: all)")
    args = ap.parse_args()
    eval_dir = Path(args.eval_dir)
    scorer = load_scorer(eval_dir)
    analyzer = Analyzer()
    wanted = {s for s in args.sets.split(",") if s}
    kinds = {k for k in args.kinds.split(",") if k}
    totals: dict[str, Counter[str]] = {}
    for inputs_path, gold_path in gold_sets(eval_dir):
        name = gold_path.stem
        if wanted and name not in wanted:
            continue
        inputs = {str(json.loads(x)["id"]): json.loads(x)
                  for x in inputs_path.read_text(encoding="utf-8").splitlines() if x.strip()}
        preds, texts = {}, {}
        for doc in analyzer.run(read_inputs([str(inputs_path)])):
            if hasattr(doc, "to_record"):
                rec = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
                preds[str(rec["id"])] = rec
                texts[str(rec["id"])] = doc.text  # the text the offsets count in
        count: Counter[str] = Counter()
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            rid = str(gold["id"])
            rec = inputs.get(rid, {})
            text = texts.get(rid, rec.get("text", ""))
            errors = compare(scorer, gold, preds.get(rid, {}), text)
            for kind, msg in errors:
                count[kind] += 1
                if not kinds or kind in kinds:
                    print(f"{name}\t{rid}\t{rec.get('published', '')[:10]}\t{kind}\t{msg}")
        totals[name] = count
    for name, count in totals.items():
        print(f"# {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())))


if __name__ == "__main__":
    main()
