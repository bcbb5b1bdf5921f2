"""Ingest throughput on SaudiNewsNet: reading, cleaning, tokenising, sentence splitting.

    .venv/bin/python bench/bench_ingest.py [PATH] [--limit N]

PATH is a folder of SaudiNewsNet zips (default ../shared/data/news/saudinewsnet-NC) or any
input `marsad analyze` accepts. Each stage is timed on its own over all articles, then the
whole stage is timed in one streaming pass. Rates are per core: articles per CPU-second of
this single process (wall-clock figures are printed too; the machine may be shared).
Also prints what cleaning removed, by reason.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from marsad.arabic.normalize import normalize_display
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokens import tokenize
from marsad.document import Document
from marsad.ingest import RawRecord, ReadError, read_inputs
from marsad.ingest.build import make_document
from marsad.ingest.clean import clean_body

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "saudinewsnet-NC"
TARGET = 2000.0


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.process_time() - c, time.perf_counter() - w


def read_all(path: str, limit: int | None) -> list[RawRecord | ReadError]:
    items: Iterable[RawRecord | ReadError] = read_inputs([path])
    return list(itertools.islice(items, limit) if limit else items)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="read at most N records")
    args = ap.parse_args()
    if not Path(args.path).exists():
        print(f"no input at {args.path}", file=sys.stderr)
        return 2

    # 1. each stage on its own, over all records held in memory (tokens are dropped as soon as
    #    they are counted, so garbage collection of millions of live tokens does not distort)
    items, cpu_read, wall_read = timed(lambda: read_all(args.path, args.limit))
    recs = [x for x in items if isinstance(x, RawRecord)]
    n_err = len(items) - len(recs)
    n = len(recs)
    if not n:
        print("no records read", file=sys.stderr)
        return 1
    chars = sum(len(r.body) for r in recs)
    print(f"input: {args.path}\nrecords: {n:,} read, {n_err:,} read errors, {chars / 1e6:.1f} M body characters")

    bodies = [normalize_display(r.body) for r in recs]
    _, cpu_clean_only, _ = timed(lambda: [clean_body(b) for b in bodies])
    docs, cpu_build, wall_build = timed(lambda: [make_document(r) for r in recs])
    texts = [d.text for d in docs]
    n_tokens, cpu_tok, wall_tok = timed(lambda: sum(len(tokenize(t)) for t in texts))
    n_sents, cpu_sent, wall_sent = timed(lambda: sum(len(split_sentences(t)) for t in texts))

    # 2. the whole stage as a batch run does it: stream, build, tokenise, split, drop
    def whole() -> int:
        count = 0
        for item in read_inputs([args.path]):
            if isinstance(item, ReadError):
                continue
            doc: Document = make_document(item)
            doc.tokens  # noqa: B018 - computing the cached views is the work being timed
            doc.sentences  # noqa: B018
            count += 1
            if args.limit and count >= args.limit:
                break
        return count

    n_whole, cpu_whole, wall_whole = timed(whole)

    stages = [
        ("read (decode, parse, map fields)", cpu_read, wall_read),
        ("build document (normalise + clean)", cpu_build, wall_build),
        ("  of which clean_body alone", cpu_clean_only, None),
        ("tokenise (doc.tokens)", cpu_tok, wall_tok),
        ("sentences (doc.sentences)", cpu_sent, wall_sent),
    ]
    total = cpu_read + cpu_build + cpu_tok + cpu_sent
    print(f"tokens: {n_tokens / n:.0f} per article; sentences: {n_sents / n:.1f} per article")
    print(f"\n{'stage':38} {'art/s/core':>11} {'cpu s':>7} {'wall s':>7} {'share':>6}")
    for name, cpu, wall in stages:
        rate = n / cpu if cpu else float("inf")
        wall_s = f"{wall:7.2f}" if wall is not None else "      -"
        print(f"{name:38} {rate:11,.0f} {cpu:7.2f} {wall_s} {cpu / total:6.1%}")
    print(f"{'sum of stages':38} {n / total:11,.0f} {total:7.2f}")
    rate = n_whole / cpu_whole
    print(f"{'whole stage, one streaming pass':38} {rate:11,.0f} {cpu_whole:7.2f} {wall_whole:7.2f}")
    print(f"\ntarget {TARGET:,.0f} articles/s per core: {'met' if rate >= TARGET else 'NOT met'} "
          f"({rate / TARGET:.2f}x)")

    reasons: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    for d in docs:
        for r in d.removed:
            reasons[r.reason] += 1
        lines.update({r.reason for r in d.removed})
    print(f"\ncleaning: {sum(reasons.values()):,} pieces removed from {sum(1 for d in docs if d.removed):,} "
          f"of {n:,} articles")
    for reason, count in reasons.most_common():
        print(f"  {reason:18} {count:6,} pieces in {lines[reason]:6,} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
