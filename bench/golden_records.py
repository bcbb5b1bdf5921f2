"""Golden output of the analysis, to prove a speed-up changes nothing.

    .venv/bin/python bench/golden_records.py record [--n 400] [--out /tmp/marsad-golden]
    .venv/bin/python bench/golden_records.py check  [--n 400] [--out /tmp/marsad-golden]

`record` analyses the first N SaudiNewsNet records and every eval input
(`../shared/eval/inputs/*.jsonl`) with the full pipeline and writes each `doc.to_record()` as one
JSON line, plus the NER tagger's spans for every document. `check` replays those NER spans (so a
change to the tagger made meanwhile does not show up as a difference) and compares the records
line by line, printing the first differences per document. Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "data" / "news" / "saudinewsnet-NC"
EVAL_INPUTS = SHARED / "eval" / "inputs"


def records(n: int) -> list:
    from marsad.ingest import RawRecord, read_inputs

    out = []
    for item in read_inputs([str(NEWS)]):
        if isinstance(item, RawRecord):
            out.append(item)
            if len(out) >= n:
                break
    for path in sorted(EVAL_INPUTS.glob("*.jsonl")):
        out.extend(item for item in read_inputs([str(path)]) if isinstance(item, RawRecord))
    return out


def _diff(a: object, b: object, path: str, out: list[str], limit: int = 6) -> None:
    if len(out) >= limit:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            _diff(a.get(k), b.get(k), f"{path}.{k}", out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items -> {len(b)}")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            _diff(x, y, f"{path}[{i}]", out, limit)
    elif a != b:
        out.append(f"{path}: {str(a)[:120]!r} -> {str(b)[:120]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("record", "check"))
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--out", type=Path, default=Path("/tmp/marsad-golden"))
    args = ap.parse_args(argv)
    if not NEWS.exists():
        print(f"no data at {NEWS}", file=sys.stderr)
        return 1
    from marsad.ner.tagger import NerTagger
    from marsad.pipeline import Analyzer

    args.out.mkdir(parents=True, exist_ok=True)
    ner_path = args.out / "ner.pkl"
    gold_path = args.out / "records.jsonl"
    original_tag = NerTagger.tag
    spans: dict[str, list] = {}
    retagged: list[str] = []
    if args.mode == "record":
        def tag(self, doc):  # noqa: ANN001, ANN202
            found = original_tag(self, doc)
            spans[doc.id] = list(found)
            return found
    else:
        spans = pickle.loads(ner_path.read_bytes())

        def tag(self, doc):  # noqa: ANN001, ANN202
            # a document whose text changed (cleaning, normalisation) has a new id: its recorded
            # spans do not apply, so the real tagger reads it and the check says so
            if doc.id not in spans:
                retagged.append(doc.origin or doc.id)
                return original_tag(self, doc)
            return list(spans[doc.id])
    NerTagger.tag = tag  # type: ignore[method-assign]

    recs = records(args.n)
    an = Analyzer()
    lines: list[str] = []
    t0 = time.perf_counter()
    for rec in recs:
        doc = an(an.document(rec))
        lines.append(json.dumps(doc.to_record(), ensure_ascii=False, sort_keys=True))
    secs = time.perf_counter() - t0
    print(f"{len(recs)} records analysed in {secs:.1f} s")
    if args.mode == "record":
        ner_path.write_bytes(pickle.dumps(spans))
        gold_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {gold_path} and {ner_path}")
        return 0
    gold = gold_path.read_text(encoding="utf-8").splitlines()
    if len(gold) != len(lines):
        print(f"{len(gold)} golden records, {len(lines)} now")
        return 1
    bad = 0
    for i, (g, now) in enumerate(zip(gold, lines, strict=True)):
        if g != now:
            bad += 1
            if bad <= 10:
                out: list[str] = []
                _diff(json.loads(g), json.loads(now), "", out)
                print(f"record {i} ({recs[i].origin}):")
                for line in out:
                    print("   ", line)
    if retagged:
        print(f"{len(retagged)} documents' text changed and were tagged afresh: {', '.join(retagged[:5])}")
    print(f"{bad} of {len(lines)} records differ")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
