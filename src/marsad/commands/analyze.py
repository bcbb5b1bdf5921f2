"""`marsad analyze INPUT... [--json] [--published DATE]`: analyse articles, print or emit JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys

from marsad.ner import NETWORK_HELP


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze",
        help="analyse articles (txt, html, jsonl, json, zip, warc, folders, - for stdin)",
        description="Analyse each input article and print a readable view, or one JSON record per "
        "article (--json, JSON Lines in input order). Exit status 1 if any record failed.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, or - for standard input")
    p.add_argument("--json", action="store_true", help="print JSON Lines per OUTPUT.md")
    p.add_argument("--published", metavar="DATE", help="publication date (YYYY-MM-DD) for inputs without one")
    p.add_argument("--layers", metavar="L1,L2", help="run only these layers (default: all available)")
    p.add_argument("--ner-network", action="store_true", help=NETWORK_HELP)
    p.add_argument("--max-text", type=int, default=0, metavar="N",
                   help="in the terminal view, show at most N characters of the text (0: do not show it)")
    p.set_defaults(func=run)


def layer_config(args: argparse.Namespace) -> dict[str, dict]:
    """Layer options from the command line (`analyze` and `ingest` share them)."""
    return {"entities": {"ner_network": True}} if args.ner_network else {}


def run(args: argparse.Namespace) -> int:
    from marsad.document import Document
    from marsad.ingest import read_inputs
    from marsad.ingest.build import normalize_published
    from marsad.pipeline import Analyzer, PipelineError

    if args.published and not normalize_published(args.published):
        print(f"marsad analyze: --published {args.published!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    try:
        analyzer = Analyzer(args.layers.split(",") if args.layers else None, layer_config(args))
    except PipelineError as exc:
        print(f"marsad analyze: {exc}", file=sys.stderr)
        return 2

    view = None
    if not args.json:
        from marsad.view import DocumentView

        view = DocumentView(max_text=args.max_text)
    failed = done = 0
    out = sys.stdout
    for item in analyzer.run(read_inputs(args.inputs), published=args.published):
        if not isinstance(item, Document):
            failed += 1
            print(f"marsad: {item}", file=sys.stderr)
            continue
        done += 1
        if view is None:
            out.write(json.dumps(item.to_record(), ensure_ascii=False))
            out.write("\n")
        else:
            view.show(item)
    if view is not None or failed or not done:
        print(f"marsad: {done} analysed, {failed} failed", file=sys.stderr)
    return 1 if failed or not done else 0
