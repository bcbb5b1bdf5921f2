"""Benchmark the entity layer: per-article cost with and without NER, on SaudiNewsNet articles.

    .venv/bin/python bench/bench_entities.py [--n 300] [--data ../shared/data/news/saudinewsnet-NC]

Reads the daily zips with the json module (title + content), builds each Document once, and
times the layer alone (tokenisation is cached on the Document and timed separately). Prints
articles/s on one core, ms per article and per 1,000 characters, the NER/no-NER ratio, the
layer's construction time and the KB load time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-NC"


def articles(data: Path, n: int) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for path in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    body = (rec.get("content") or "").strip()
                    if body:
                        out.append((rec.get("title") or "", body, (rec.get("date_extracted") or "")[:10]))
                    if len(out) >= n:
                        return out
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 1
    from marsad.document import Document
    from marsad.kb import load_files
    from marsad.layers.entities.layer import EntityLayer

    t = time.perf_counter()
    load_files()
    kb_s = time.perf_counter() - t
    arts = articles(args.data, args.n)
    chars = sum(len(a[0]) + len(a[1]) for a in arts)
    print(f"{len(arts)} articles, {chars / len(arts):.0f} chars on average; KB load {kb_s * 1000:.0f} ms")

    def docs() -> list[Document]:
        ds = [Document(text=f"{title}\n\n{body}", title=title, published=pub or None) for title, body, pub in arts]
        t0 = time.perf_counter()
        for d in ds:
            d.tokens  # noqa: B018 - tokenisation is shared by all layers; timed on its own
            d.sentences  # noqa: B018
        return ds, time.perf_counter() - t0

    rates = {}
    for label, use_ner in (("KB only", False), ("KB + NER", True)):
        t0 = time.perf_counter()
        layer = EntityLayer(use_ner=use_ner)
        build = time.perf_counter() - t0
        if use_ner and layer.ner is None:
            print(f"{label:9s}: NER model not installed, skipped")
            continue
        ds, tok_s = docs()
        t0 = time.perf_counter()
        n_ent = 0
        for d in ds:
            layer(d)
            n_ent += len(d.entities)
        el = time.perf_counter() - t0
        rates[label] = len(ds) / el
        print(f"{label:9s}: {len(ds) / el:7.1f} articles/s/core, {el / len(ds) * 1000:6.2f} ms/article, "
              f"{el / chars * 1e6:5.2f} ms/1k chars, {n_ent / len(ds):.1f} entities/article; "
              f"layer built in {build * 1000:.0f} ms; tokenise+split {tok_s / len(ds) * 1000:.2f} ms/article")
    if len(rates) == 2:
        print(f"NER costs x{rates['KB only'] / rates['KB + NER']:.2f} the KB-only time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
