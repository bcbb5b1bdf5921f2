"""marsad's date layer against dateparser.search_dates on the gold articles, side by side.

    .venv/bin/python bench/bench_dates.py [--eval ../shared/eval] [--repeat 5]

Both systems see the same cleaned document text and the same `published` (dateparser as
RELATIVE_BASE, languages=["ar"]). Accuracy is scored as `shared/eval/score.py` scores dates (a
gold date is found when the texts overlap, correct when the value is equal); dateparser always
returns a full datetime, so its value is cut to the gold value's precision (YYYY, YYYY-MM or
YYYY-MM-DD) before comparing, which favours it. Two precision figures are printed: score.py's
own (every predicted occurrence in the denominator, also those matching optional gold items),
and a distinct one (each distinct text+value once per article, matches of optional gold items
neutral, as GOLD.md describes optional items). Speed is articles per second on one core.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import warnings
from datetime import datetime
from pathlib import Path

from marsad.document import Document
from marsad.layers.dates import DateLayer, group_repeats

ROOT = Path(__file__).resolve().parents[1]


def load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_docs(eval_dir: Path) -> list[tuple[Document, dict]]:
    try:
        from marsad.ingest.build import make_document
        from marsad.ingest.record import RawRecord
    except ImportError:
        make_document = None
    gold = {}
    for name in ("dev", "seed"):
        for line in (eval_dir / "gold" / f"{name}.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            gold[rec["id"]] = rec
    out = []
    for name in ("dev", "seed"):
        for line in (eval_dir / "inputs" / f"{name}.jsonl").open(encoding="utf-8"):
            r = json.loads(line)
            if r["id"] not in gold:
                continue
            if make_document is not None:
                doc = make_document(RawRecord(body=r["text"], title=r["title"], id=r["id"], published=r.get("published")))
            else:
                doc = Document(text=r["title"] + "\n\n" + r["text"], id=r["id"], title=r["title"],
                               published=r.get("published"))
            out.append((doc, gold[r["id"]]))
    return out


def run_marsad(docs, layer: DateLayer) -> list[list[dict]]:
    # exactly what the layer puts in a record: repeats grouped as occurrences
    return [[d.to_json() for d in group_repeats(layer.find(doc.text, doc.published))] for doc, _ in docs]


def run_dateparser(docs) -> list[list[dict]]:
    from dateparser.search import search_dates

    out = []
    for doc, _ in docs:
        settings = {"RELATIVE_BASE": datetime.fromisoformat(doc.published)} if doc.published else {}
        found = search_dates(doc.text, languages=["ar"], settings=settings) or []
        preds, pos = [], 0
        for text, dt in found:
            start = doc.text.find(text, pos)
            if start >= 0:
                pos = start + len(text)
            preds.append({"start": start, "end": start + len(text), "text": text, "value": dt.date().isoformat()})
        out.append(preds)
    return out


def score(scorer, docs, preds, cut: bool) -> dict:
    """score.py's dates counts, plus the distinct-expression precision."""
    gold_n = found = correct = 0
    n_pred = 0
    d_pred = d_ok = 0
    for (_, gold), pd in zip(docs, preds, strict=True):
        ptext = [scorer.norm(p["text"]) for p in pd]
        good = [False] * len(pd)
        for g in gold.get("dates", []):
            gt = scorer.norm(g["text"])
            hits = [j for j, t in enumerate(ptext) if t and (t in gt or gt in t or scorer._overlap(t, gt))]
            for j in hits:
                if g.get("optional") or _value(pd[j]["value"], g.get("value"), cut) == (g.get("value") or None):
                    good[j] = True
            if g.get("optional"):
                continue
            gold_n += 1
            if hits:
                found += 1
                if any(_value(pd[j]["value"], g.get("value"), cut) == (g.get("value") or None) for j in hits):
                    correct += 1
        n_pred += len(pd)
        seen: dict[tuple[str, str | None], bool] = {}
        for j, p in enumerate(pd):
            k = (ptext[j], p["value"])
            seen[k] = seen.get(k, False) or good[j]
        d_pred += len(seen)
        d_ok += sum(seen.values())
    p = correct / n_pred if n_pred else 0.0
    r = correct / gold_n if gold_n else 0.0
    dp = d_ok / d_pred if d_pred else 0.0
    return {"gold": gold_n, "pred": n_pred, "found": found, "correct": correct,
            "P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
            "P_distinct": dp, "F1_distinct": 2 * dp * r / (dp + r) if dp + r else 0.0}


def _value(pred: str | None, gold: str | None, cut: bool) -> str | None:
    if pred and gold and cut:
        return pred[: len(gold)]
    return pred or None


def timed(fn, repeat: int):
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return result, best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--repeat", type=int, default=5, help="timing repeats (best run counts)")
    args = ap.parse_args(argv)
    if not (args.eval / "score.py").exists():
        print(f"no gold set at {args.eval}", file=sys.stderr)
        return 1
    scorer = load_scorer(args.eval)
    docs = load_docs(args.eval)
    for doc, _ in docs:
        _ = doc.text  # documents are built before timing; both systems get the same text
    t0 = time.perf_counter()
    layer = DateLayer()
    load_s = time.perf_counter() - t0
    m_preds, m_s = timed(lambda: run_marsad(docs, layer), args.repeat)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_dateparser(docs[:1])  # warm-up: dateparser loads its language data lazily
        d_preds, d_s = timed(lambda: run_dateparser(docs), max(1, args.repeat // 5))
    ms = score(scorer, docs, m_preds, cut=False)
    ds = score(scorer, docs, d_preds, cut=True)
    n = len(docs)
    print(f"{n} gold articles (dev + seed), {ms['gold']} scored date expressions; one core, best of runs")
    print(f"{'':22s}{'marsad':>12s}{'dateparser':>12s}")
    for key, label in (("pred", "predictions"), ("found", "found"), ("correct", "value right"),
                       ("P", "precision (score.py)"), ("R", "recall"), ("F1", "F1 (score.py)"),
                       ("P_distinct", "precision (distinct)"), ("F1_distinct", "F1 (distinct)")):
        a, b = ms[key], ds[key]
        fmt = "{:>12d}" if isinstance(a, int) else "{:>12.3f}"
        print(f"{label:22s}" + fmt.format(a) + fmt.format(b))
    m_rate, d_rate = n / m_s, n / d_s
    print(f"{'articles/s':22s}{m_rate:>12.1f}{d_rate:>12.1f}")
    print(f"speed ratio marsad/dateparser: {m_rate / d_rate:.1f}x   (marsad layer load {load_s * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
