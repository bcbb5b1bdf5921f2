"""`marsad ingest INPUT... [--db PATH] [--workers N] [--engine local|dask]`: analyse into the store."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import threading

from marsad.commands._arguments import (
    EXIT_STATUS,
    add_max_failures,
    add_verbosity,
    count,
    failure_status,
    named_failures,
)
from marsad.commands.analyze import UNNAMED_EVENTS_HELP
from marsad.corpus.budget import DEFAULT_RECORD_SECONDS, DEFAULT_WORKER_MB
from marsad.ner import NETWORK_HELP


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="analyse articles in parallel into the corpus store (resumable)",
        description="Analyse every input article with a pool of worker processes (or a Dask cluster) and store "
        "documents, entities, quotes, sources, dates, events and duplicate clusters in an SQLite store. "
        "Idempotent and resumable: documents already stored are skipped; an interrupted run continues where "
        "its last commit ended. Failed records are named and kept in the store (`marsad stats --failures`).",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder (txt, html, jsonl, json, zip, warc)")
    p.add_argument("--db", default=None, metavar="PATH",
                   help="store file (default: marsad.db; with --engine dask, only the shards of --out are "
                        "written unless --db is given)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes (default: number of cores; 1 analyses in-process)")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD) for inputs without one")
    p.add_argument("--layers", metavar="L1,L2", help="run only these layers (default: all available)")
    p.add_argument("--ner-network", action="store_true", help=NETWORK_HELP)
    p.add_argument("--unnamed-events", action="store_true", help=UNNAMED_EVENTS_HELP)
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="where analysis runs")
    p.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler (tcp://HOST:8786); default: a LocalCluster")
    p.add_argument("--out", metavar="DIR", help="Dask engine: folder for the Parquet shards")
    p.add_argument("--commit-every", type=int, metavar="N",
                   help="commit after every N stored documents (and at least every 10 s; default 1000)")
    p.add_argument("--record-timeout", type=_seconds, default=DEFAULT_RECORD_SECONDS, metavar="SECONDS",
                   help=f"a record whose analysis takes longer is reported as a failure and the run goes on "
                   f"(default {DEFAULT_RECORD_SECONDS:g}; 0: no limit; local engine)")
    p.add_argument("--worker-memory", type=count(0, 10**7), default=DEFAULT_WORKER_MB, metavar="MB",
                   help=f"a worker process that grows past this is replaced, and the record it was analysing "
                   f"reported as a failure (default {DEFAULT_WORKER_MB}; 0: no limit; local engine, --workers 2 or more)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true",
                   help="print a JSON summary on stdout at the end (counts of this run and of the store)")
    add_max_failures(p)
    add_verbosity(p)
    p.set_defaults(func=run)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not 0 <= seconds <= 10**6:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"{value} is out of range (0 to 1,000,000 seconds)")
    return seconds


def _count_in_background(inputs: list[str], stats) -> None:
    """Count the input records on a side thread so the progress bar can show a total and an ETA."""
    from marsad.ingest import read_inputs

    def count() -> None:
        with contextlib.suppress(ImportError):  # the count is only for display
            stats.total = sum(1 for _ in read_inputs(inputs))

    if "-" not in inputs and _input_bytes(inputs) <= COUNT_MAX_BYTES:
        threading.Thread(target=count, daemon=True, name="marsad-count").start()


# Above this much input, reading everything twice to show a total costs more than it is worth.
COUNT_MAX_BYTES = 1 << 30


def _input_bytes(inputs: list[str]) -> int:
    from pathlib import Path

    total = 0
    for name in inputs:
        path = Path(name)
        files = path.rglob("*") if path.is_dir() else [path]
        for f in files:
            with contextlib.suppress(OSError):
                total += f.stat().st_size if f.is_file() else 0
            if total > COUNT_MAX_BYTES:
                return total
    return total


def run(args: argparse.Namespace) -> int:
    from marsad.commands.analyze import layer_config
    from marsad.corpus.budget import Budget
    from marsad.corpus.executor import make_executor
    from marsad.corpus.progress import progress_reporter
    from marsad.corpus.runner import BATCH_DOCS, IngestStats, run_batch
    from marsad.corpus.schema import StoreError
    from marsad.corpus.shards_only import ShardsOnly
    from marsad.corpus.store import Store
    from marsad.ingest import read_inputs
    from marsad.ingest.build import normalize_published
    from marsad.pipeline import PipelineError

    if args.published and not normalize_published(args.published):
        print(f"marsad ingest: --published {args.published!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    if args.engine == "dask" and not args.out:
        print("marsad ingest: --engine dask needs --out DIR for its Parquet shards", file=sys.stderr)
        return 2
    if args.engine == "local" and args.out:
        print("marsad ingest: --out DIR is where the Dask engine writes its shards; the local engine writes "
              "only the store (--db)", file=sys.stderr)
        return 2
    layers = [x for x in args.layers.split(",") if x] if args.layers is not None else None
    shards_only = args.engine == "dask" and args.db is None
    if args.db is None and not shards_only:
        args.db = "marsad.db"
    try:
        store = ShardsOnly() if shards_only else Store(args.db)
    except StoreError as exc:
        print(f"marsad ingest: {exc}", file=sys.stderr)
        return 2
    stats = IngestStats(named_failures=named_failures(args))
    _count_in_background(args.inputs, stats)
    try:
        executor = make_executor(args.engine, args.workers, layers, args.published, scheduler=args.scheduler,
                                 out=args.out, config=layer_config(args),
                                 budget=Budget(args.record_timeout or None, args.worker_memory or None))
    except PipelineError as exc:
        print(f"marsad ingest: {exc}", file=sys.stderr)
        store.close()
        return 2
    interrupted = False
    try:
        with progress_reporter(enabled=not (args.no_progress or args.quiet)) as on_progress:
            run_batch(read_inputs(args.inputs), store, executor, published=args.published,
                      on_progress=on_progress, stats=stats, batch_docs=max(1, args.commit_every or BATCH_DOCS))
    except KeyboardInterrupt:
        interrupted = True
    finally:
        executor.close()
        totals = store.stats()
        store.close()
    if args.json:
        print(json.dumps({"read": stats.read, "stored": stats.stored, "skipped": stats.skipped,
                          "failed": stats.failed, "failed_as_before": stats.failed_before,
                          "clustered": stats.clustered, "seconds": round(stats.elapsed, 1),
                          "articles_per_second": round(stats.rate, 1), "interrupted": interrupted,
                          "store": {"path": None if shards_only else str(args.db), **totals}},
                         ensure_ascii=False))
    if args.quiet:
        pass
    elif shards_only:
        print(f"marsad ingest: {stats.summary()}", file=sys.stderr)
        print(f"marsad ingest: shards in {args.out}: {totals['documents']} documents, {totals['failures']} "
              f"failures; load them into a store with `marsad load {args.out} --db PATH`", file=sys.stderr)
    else:
        print(f"marsad ingest: {stats.summary()}", file=sys.stderr)
        print(f"marsad ingest: store {args.db}: {totals['documents']} documents, {totals['clusters_multi']} "
              f"duplicate clusters holding {totals['clustered_docs']} documents, {totals['failures']} failures "
              "recorded", file=sys.stderr)
    if interrupted:
        print("marsad ingest: interrupted; committed documents are kept, rerun to continue", file=sys.stderr)
        return 130
    return failure_status(stats, args.max_failures, "ingest")
