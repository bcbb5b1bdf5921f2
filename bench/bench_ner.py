"""Tagging speed of marsad's NER model, feature extraction included, per core.

    .venv/bin/python bench/bench_ner.py [--data ../shared/data] [--repeat 3]

Tags the ANERcorp test sentences (token lists, as `marsad eval ner`) and the same text as
Documents (tokenising, sentence splitting, clitic handling: what the entity layer pays), with a
cold and a warm feature cache, single process.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from marsad.document import Document
from marsad.ner import corpus
from marsad.ner.tagger import NerTagger


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sents = [[t for t, _ in s] for s in corpus.anercorp(args.data, "test")]
    n_tokens = sum(map(len, sents))
    t0 = time.perf_counter()
    tagger = NerTagger.load()
    print(f"model load: {time.perf_counter() - t0:.2f} s")

    tagger.features._cache.clear()
    t0 = time.perf_counter()
    for s in sents:
        tagger.tag_tokens(s)
    cold = time.perf_counter() - t0
    best = min(_timed(lambda: [tagger.tag_tokens(s) for s in sents]) for _ in range(args.repeat))
    print(f"token lists: {n_tokens} tokens; cold cache {n_tokens / cold:,.0f} tok/s, "
          f"warm {n_tokens / best:,.0f} tok/s per core")

    text = "\n\n".join(" ".join(s) for s in sents)
    n_doc = len(Document(text=text).tokens)
    best = min(_timed(lambda: tagger.tag(Document(text=text))) for _ in range(args.repeat))
    print(f"documents: {n_doc} tokens; {n_doc / best:,.0f} tok/s per core (tokenise + split + tag + spans)")
    target = 20_000
    print(f"ratio to the 20,000 tok/s floor: {n_doc / best / target:.2f}x")


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
