"""`marsad load DIR [--db PATH]`: bring Parquet shards written by the Dask engine into a store."""

from __future__ import annotations

import argparse
import sys

from marsad.commands._arguments import (
    EXIT_STATUS,
    add_max_failures,
    add_verbosity,
    failure_status,
    named_failures,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "load",
        help="load Parquet shards (from `ingest --engine dask --out DIR`) into a store",
        description="Write the analysed records of every shard in DIR (in shard order) into the store, with "
        "full-text index and duplicate clusters. Idempotent: documents already stored are skipped.",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("folder", metavar="DIR", help="folder of part-*.parquet shards")
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="store file (default: marsad.db)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_max_failures(p)
    add_verbosity(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from marsad.corpus.dask_engine import SHARD_GLOB, iter_shards
    from marsad.corpus.progress import progress_reporter
    from marsad.corpus.runner import IngestStats, consume_results
    from marsad.corpus.schema import StoreError
    from marsad.corpus.store import Store

    folder = Path(args.folder)
    if not folder.is_dir() or not any(folder.glob(SHARD_GLOB)):
        print(f"marsad load: no {SHARD_GLOB} shards in {folder}", file=sys.stderr)
        return 2
    try:
        store = Store(args.db)
    except StoreError as exc:
        print(f"marsad load: {exc}", file=sys.stderr)
        return 2
    try:
        with progress_reporter(enabled=not (args.no_progress or args.quiet), label="load") as on_progress:
            stats = consume_results(iter_shards(folder), store, on_progress,
                                    IngestStats(named_failures=named_failures(args)))
    finally:
        store.close()
    if not args.quiet:
        print(f"marsad load: {stats.summary()}", file=sys.stderr)
    return failure_status(stats, args.max_failures, "load")
