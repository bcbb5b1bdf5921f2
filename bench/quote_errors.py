"""Where the quotes_attributed score of a gold set is lost, one count per kind of error.

    python bench/quote_errors.py --eval-dir /work/evalsets/develop2 --sets train6 train7 [--show N]

Runs the analysis over each set's inputs (or reads `--pred-dir DIR/<set>.jsonl`) and matches
predicted quotes to gold ones the way the official score.py does (a gold anchor inside a
predicted quote's text). Every predicted quote falls in one kind:
  right            its speaker matches a named gold quote it covers
  false_alarm      it covers no gold anchor
  wrong_speaker    it covers a named gold quote, with a named speaker of its own that is not the gold one
  null_speaker     it covers a named gold quote and has no speaker
  optional_null    it covers only gold quotes with no named speaker (unnamed sources, optional ones)
                   and has no speaker either: right by the contract, yet no credit in the score
  optional_named   the same gold, but it names a speaker
and every named, non-optional gold quote that no prediction covers is `missed`.
--show prints that many examples of each kind (article id and the start of the text).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

KINDS = ("right", "false_alarm", "wrong_speaker", "null_speaker", "optional_null", "optional_named", "missed")


def load_score(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", eval_dir / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(eval_dir: Path, name: str, pred_dir: Path | None) -> dict[str, dict]:
    if pred_dir is not None:
        lines = (pred_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    else:
        marsad = str(Path(sys.executable).parent / "marsad")
        run = subprocess.run([marsad, "analyze", str(eval_dir / "inputs" / f"{name}.jsonl"), "--json"],
                             capture_output=True, text=True, check=True)
        lines = run.stdout.splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return {str(r.get("id")): r for r in records}


def classify(score: ModuleType, gold: dict, pred: dict) -> list[tuple[str, str, str]]:
    """(kind, text, cue) for every predicted quote and every missed named gold quote of one article."""
    ent_keys = {e.get("id"): score.pred_entity_keys(e) for e in pred.get("entities", [])}
    quotes = pred.get("quotes", [])
    texts = [score.norm(q.get("text", "")) for q in quotes]

    def speaker_keys(q: dict) -> set[str]:
        sp = q.get("speaker") or {}
        keys = set(ent_keys.get(sp.get("entity"), set()))
        if sp.get("text"):
            keys |= score.variants(sp["text"])
        return keys

    covered: list[list[dict]] = [[] for _ in quotes]
    out: list[tuple[str, str, str]] = []
    for g in gold.get("quotes", []):
        anchor = score.norm(g["anchor"])
        hits = [j for j, tx in enumerate(texts) if anchor and anchor in tx]
        for j in hits:
            covered[j].append(g)
        if not hits and g.get("speaker") and not g.get("optional"):
            out.append(("missed", g["anchor"], ""))
    for j, q in enumerate(quotes):
        text = q.get("text", "")[:70]
        named = [g for g in covered[j] if g.get("speaker")]
        keys = speaker_keys(q)
        if not covered[j]:
            kind = "false_alarm"
        elif not named:
            kind = "optional_named" if q.get("speaker") else "optional_null"
        elif any(keys & score.alias_set(g["speaker"].get("ar", []), g["speaker"].get("en", [])) for g in named):
            kind = "right"
        elif not q.get("speaker"):
            kind = "null_speaker"
        else:
            kind = "wrong_speaker"
            text = f"{text} -> {(q.get('speaker') or {}).get('text')!r} (gold {named[0]['speaker'].get('ar', [''])[0]!r})"
        out.append((kind, text, (q.get("cue") or {}).get("text", "")))
    return out


def cue_key(score: ModuleType, cue: str) -> str:
    """A cue word without its conjunction, so "وقال" and "قال" count together."""
    key = score.norm(cue)
    return key[1:] if len(key) > 3 and key[0] in "وف" else key


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=Path("/work/evalsets/develop2"))
    ap.add_argument("--sets", nargs="+", default=["train6", "train7", "train8", "extra", "fresh4"])
    ap.add_argument("--pred-dir", type=Path, help="read <set>.jsonl predictions from here instead of analysing")
    ap.add_argument("--show", type=int, default=0, help="examples to print per kind")
    ap.add_argument("--by-cue", type=int, default=0, help="print the N cues with most predictions not right")
    args = ap.parse_args(argv)
    score = load_score(args.eval_dir)
    total: Counter[str] = Counter()
    by_cue: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {k: [] for k in KINDS}
    print("set".ljust(9) + "".join(k.rjust(15) for k in KINDS))
    for name in args.sets:
        preds = predictions(args.eval_dir, name, args.pred_dir)
        counts: Counter[str] = Counter()
        for line in (args.eval_dir / "gold" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            gold = json.loads(line)
            for kind, text, cue in classify(score, gold, preds.get(str(gold["id"]), {})):
                counts[kind] += 1
                if kind != "missed":
                    by_cue.setdefault(cue_key(score, cue), Counter())[kind] += 1
                examples[kind].append(f"{name} {gold['id']}: {text}")
        total += counts
        print(name.ljust(9) + "".join(str(counts[k]).rjust(15) for k in KINDS))
    print("total".ljust(9) + "".join(str(total[k]).rjust(15) for k in KINDS))
    if args.by_cue:
        print("\ncue".ljust(17) + "".join(k.rjust(15) for k in KINDS[:-1]))
        worst = sorted(by_cue.items(), key=lambda kv: kv[1]["right"] - kv[1].total())[: args.by_cue]
        for cue, c in worst:
            print(cue.ljust(16) + "".join(str(c[k]).rjust(15) for k in KINDS[:-1]))
    for kind in KINDS:
        if kind == "right" or not args.show:
            continue
        print(f"\n## {kind}")
        for line in examples[kind][: args.show]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
