"""Count and list entity splits on gold sets: a predicted entity whose names match a gold entity
another predicted entity already matched (score.py's "ent_split"), i.e. one real-world thing
told as two entities. Also lists wrong-type entities whose string names a gold entity that
another predicted entity matched with the right type (a type disagreement for one thing).

    python bench/entity_splits.py /work/evalsets/develop2 [--sets seed,dev] [--list]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.pipeline import Analyzer


def _score_module(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def splits_of(score, gold: dict, pred: dict) -> list[str]:
    """The split and same-thing wrong-type entities of one article, as readable lines."""
    gold_ents = [g for g in gold.get("entities", []) if g.get("type") in ("PER", "ORG", "LOC")]
    gkeys = [score.alias_set(g.get("ar", []), g.get("en", [])) for g in gold_ents]
    owner: dict[int, dict] = {}
    out: list[str] = []
    typed_wrong: list[tuple[dict, list[int]]] = []
    for e in pred.get("entities", []):
        if e.get("type") not in ("PER", "ORG", "LOC"):
            continue
        keys = score.pred_entity_keys(e)
        hit = [i for i, g in enumerate(gold_ents) if keys & gkeys[i]]
        typed = [i for i in hit if gold_ents[i]["type"] == e.get("type")]
        if hit and not typed:
            typed_wrong.append((e, hit))
            continue
        free = [i for i in typed if i not in owner]
        if free:
            owner[free[0]] = e
        elif typed:
            first = owner[typed[0]]
            out.append(f"split {e['type']} {_names(e)} | kept {_names(first)}")
    for e, hit in typed_wrong:
        if any(i in owner for i in hit):
            out.append(f"type {e['type']} {_names(e)} | kept {owner[next(i for i in hit if i in owner)]['type']} "
                       f"{_names(owner[next(i for i in hit if i in owner)])}")
    return out


def _names(e: dict) -> str:
    texts = []
    for m in e.get("mentions", []):
        if m.get("text") not in texts:
            texts.append(m.get("text"))
    return "/".join(t for t in texts if t) or e.get("name", "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", type=Path)
    ap.add_argument("--sets", default="")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    score = _score_module(args.eval_dir)
    analyzer = Analyzer()
    names = args.sets.split(",") if args.sets else sorted(p.stem for p in (args.eval_dir / "gold").glob("*.jsonl"))
    total_split = total_type = 0
    for name in names:
        gold = {str(g["id"]): g for g in map(json.loads, (args.eval_dir / "gold" / f"{name}.jsonl").open())}
        lines: list[str] = []
        for doc in analyzer.run(read_inputs([str(args.eval_dir / "inputs" / f"{name}.jsonl")])):
            if not hasattr(doc, "to_record"):
                continue
            pred = json.loads(json.dumps(doc.to_record(), ensure_ascii=False))
            if str(pred["id"]) in gold:
                lines += [f"  {pred['id']}: {x}" for x in splits_of(score, gold[str(pred["id"])], pred)]
        n_split = sum(" split " in x for x in lines)
        n_type = len(lines) - n_split
        total_split += n_split
        total_type += n_type
        print(f"{name}: splits {n_split} type-disagreements {n_type}")
        if args.list:
            print("\n".join(lines))
    print(f"total: splits {total_split} type-disagreements {total_type}")


if __name__ == "__main__":
    main()
