"""Benchmark the sources + quotes layers against the NER tagger, per article, on one core.

    .venv/bin/python bench/bench_quotes.py [--n 500] [--data ../shared/data/news/saudinewsnet-NC]

Reads the first N SaudiNewsNet articles straight from the daily zips (json module only), builds
their Documents, runs the entity layer once (the input the two layers need; not timed here),
then times `SourceLayer` + `QuoteLayer` alone and `NerTagger.tag` alone on the same documents.
Prints ms/article, articles/s per core, the ratio to NER, and how many quotes and sources were
found per article.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-NC"


def read_articles(data: Path, n: int) -> list[dict]:
    out: list[dict] = []
    for path in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    out.append(rec)
                    if len(out) >= n:
                        return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    args = ap.parse_args()
    data = Path(args.data)
    if not data.exists():
        print(f"no data at {data}")
        return 1

    from marsad.ingest.build import make_document
    from marsad.ingest.record import RawRecord
    from marsad.layers.quotes.layer import QuoteLayer
    from marsad.layers.sources import SourceLayer

    try:
        from marsad.layers.entities.layer import EntityLayer
        entities = EntityLayer()
    except ImportError:
        entities = None
        print("entity layer not installed: timing on documents without entities")

    articles = read_articles(data, args.n)
    docs = []
    for i, rec in enumerate(articles):
        raw = RawRecord(body=rec.get("content") or "", title=rec.get("title") or "", id=str(i),
                        published=rec.get("date_extracted"), source=rec.get("source"))
        doc = make_document(raw)
        _ = doc.tokens, doc.sentences  # shared, cached views: not charged to either side
        if entities is not None:
            entities(doc)
        docs.append(doc)
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} articles, {chars / max(1, len(docs)):.0f} chars/article")

    sources, quotes = SourceLayer(), QuoteLayer()
    t0 = time.perf_counter()
    for doc in docs:
        sources(doc)
        quotes(doc)
    t_sq = time.perf_counter() - t0
    n_quotes = sum(len(d.quotes) for d in docs)
    n_sources = sum(len(d.sources) for d in docs)
    ms_sq = 1000 * t_sq / len(docs)
    print(f"sources+quotes: {ms_sq:.2f} ms/article, {len(docs) / t_sq:.0f} articles/s per core; "
          f"{n_quotes / len(docs):.2f} quotes, {n_sources / len(docs):.2f} sources per article")

    try:
        from marsad.ner.tagger import NerTagger
        tagger = NerTagger.load()
    except (ImportError, FileNotFoundError, OSError) as exc:
        print(f"NER tagger not available ({exc}): no comparison")
        return 0
    t0 = time.perf_counter()
    for doc in docs:
        tagger.tag(doc)
    t_ner = time.perf_counter() - t0
    ms_ner = 1000 * t_ner / len(docs)
    print(f"NER tagger:     {ms_ner:.2f} ms/article, {len(docs) / t_ner:.0f} articles/s per core")
    print(f"ratio (sources+quotes) / NER = {t_sq / t_ner:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
