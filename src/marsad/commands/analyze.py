"""`marsad analyze INPUT... [--json] [--published DATE]`: analyse articles, print or emit JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.document import Document

from marsad.commands._arguments import EXIT_STATUS, add_max_failures, count
from marsad.ner import NETWORK_HELP

UNNAMED_EVENTS_HELP = ("events whose actor or target is a common noun (\"مسلحون\", \"قوات الأمن\") or unnamed "
                       "(a passive) too, with its sector; default: events of named actors only")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse articles (txt, html, jsonl, json, zip, warc, folders, - for stdin)",
        description="Analyse each input article and print a readable view, or one JSON record per "
        "article (--json, JSON Lines in input order).",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, or - for standard input")
    p.add_argument("--json", action="store_true", help="print JSON Lines per OUTPUT.md")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD) for inputs without one")
    p.add_argument("--layers", metavar="L1,L2", help="run only these layers (default: all available)")
    p.add_argument("--ner-network", action="store_true", help=NETWORK_HELP)
    p.add_argument("--unnamed-events", action="store_true", help=UNNAMED_EVENTS_HELP)
    p.add_argument("--max-text", type=int, default=0, metavar="N",
                   help="in the terminal view, show at most N characters of the text (0: do not show it)")
    p.add_argument("--workers", type=count(1, 256), default=1, metavar="N",
                   help="analyse in N worker processes (output stays in input order; default 1)")
    p.add_argument("--no-progress", action="store_true",
                   help="no progress bar (shown on a terminal when the output goes to a file or a pipe)")
    add_max_failures(p)
    p.set_defaults(func=run)


def layer_config(args: argparse.Namespace) -> dict[str, dict]:
    """Layer options from the command line (`analyze` and `ingest` share them)."""
    config: dict[str, dict] = {"entities": {"ner_network": True}} if args.ner_network else {}
    if getattr(args, "unnamed_events", False):
        config["events"] = {"unnamed": True}
    return config


def run(args: argparse.Namespace) -> int:
    from marsad.commands._arguments import failure_status
    from marsad.corpus.progress import progress_reporter
    from marsad.corpus.runner import IngestStats
    from marsad.document import Document
    from marsad.ingest.build import normalize_published
    from marsad.pipeline import Analyzer, PipelineError

    if args.published and not normalize_published(args.published):
        print(f"marsad analyze: --published {args.published!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    layers = args.layers.split(",") if args.layers else None
    try:
        if args.workers == 1:
            results = analysed(Analyzer(layers, layer_config(args)), args)
        else:  # the workers load the layers; here they are only checked
            from marsad.corpus.executor import make_executor

            results = pooled(make_executor("local", args.workers, layers, args.published, config=layer_config(args)),
                             args)
    except PipelineError as exc:
        print(f"marsad analyze: {exc}", file=sys.stderr)
        return 2

    view = None
    if not args.json:
        from marsad.view import DocumentView

        view = DocumentView(max_text=args.max_text)
    show_progress = not args.no_progress and sys.stderr.isatty() and not sys.stdout.isatty()
    failed = done = 0
    out = sys.stdout
    with progress_reporter(enabled=show_progress, label="analyze", done_word="analysed") as on_progress:
        stats = IngestStats()
        for item in results:
            if isinstance(item, Failure):
                failed += 1
                print(f"marsad: {item.message}", file=sys.stderr)
            else:
                done += 1
                if view is None:
                    out.write(item if isinstance(item, str) else json.dumps(item.to_record(), ensure_ascii=False))
                    out.write("\n")
                else:
                    view.show(item if isinstance(item, Document) else Document.from_record(json.loads(item)))
            stats.stored, stats.failed = done, failed
            if on_progress is not None and (done + failed) % 20 == 0:
                stats.tick()
                on_progress(stats)
    if view is not None or failed or not done:
        print(f"marsad: {done} analysed, {failed} failed", file=sys.stderr)
    if not done and not failed:
        return 1
    stats.failed = failed
    return failure_status(stats, args.max_failures, "analyze", "each is named above") if failed else 0


@dataclass(slots=True)
class Failure:
    """A record that could not be read or analysed: its file, record and reason."""

    message: str


def analysed(analyzer, args: argparse.Namespace) -> Iterator[Document | Failure]:
    """In-process: each record as a Document."""
    from marsad.document import Document
    from marsad.ingest import read_inputs

    for item in analyzer.run(read_inputs(args.inputs), published=args.published):
        yield item if isinstance(item, Document) else Failure(str(item))


def pooled(executor, args: argparse.Namespace) -> Iterator[str | Failure]:
    """In worker processes, in input order: each record as the JSON text its worker wrote."""
    from collections import deque

    from marsad.corpus.work import Failed
    from marsad.ingest import read_inputs
    from marsad.ingest.record import ReadError

    in_flight: deque = deque()

    def drain(limit: int) -> Iterator[str | Failure]:
        while len(in_flight) > limit:
            kind, payload = in_flight.popleft()
            if kind == "error":
                yield payload
                continue
            for res in payload.result():
                yield Failure(f"{res.origin}: {res.error}") if isinstance(res, Failed) else res.record_json

    try:
        chunk: list = []
        for item in read_inputs(args.inputs):
            if isinstance(item, ReadError):  # kept in its place among the chunks: output stays in order
                if chunk:
                    in_flight.append(("chunk", executor.submit(chunk)))
                    chunk = []
                in_flight.append(("error", Failure(str(item))))
                continue
            chunk.append(item)
            if len(chunk) >= POOL_CHUNK:
                in_flight.append(("chunk", executor.submit(chunk)))
                chunk = []
                yield from drain(executor.window)
        if chunk:
            in_flight.append(("chunk", executor.submit(chunk)))
        yield from drain(0)
    finally:
        executor.close()


POOL_CHUNK = 20  # records per task: large enough to pay for the trip to a worker, small for order
