"""`marsad export --what quotes|entities|events|story_events|documents|network --format csv|jsonl|...`."""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export analysis-ready tables (quotes, entities, events, story_events, documents, network)",
        description="Export a table from the corpus store: quotes (one row per quote with speaker, kb id, English "
        "name, agency, date, document, offsets), entities (with mention counts), events (GDELT-like, one row "
        "per document's event), story_events (an event of a story "
        "counted once, with the documents and agencies reporting it), documents "
        "(with cluster ids), or the actor network (co-occurrence, quotation, reporting) as GraphML for Gephi.",
    )
    p.add_argument("--what", required=True,
                   choices=("quotes", "entities", "events", "story_events", "documents", "network"))
    p.add_argument("--format", dest="fmt", default=None, choices=("csv", "jsonl", "parquet", "graphml"),
                   help="output format (default: from the --out file's extension; csv on standard output)")
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="store file (default: marsad.db)")
    p.add_argument("--min-weight", type=int, default=1, metavar="N",
                   help="network: leave out edges seen fewer than N times (default 1)")
    p.add_argument("--out", metavar="PATH", help="output file (default: standard output for csv/jsonl)")
    p.add_argument("--bom", action="store_true",
                   help="csv: start with a UTF-8 byte order mark, so that Excel shows Arabic correctly")
    p.add_argument("--json", action="store_true", help="print a JSON summary (rows, format, path) on stdout")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from marsad.corpus.export import export, output_format
    from marsad.corpus.schema import open_for_reading

    if args.json and not args.out:
        print("marsad export: --json prints a summary of a file written with --out (standard output "
              "carries the table otherwise)", file=sys.stderr)
        return 2
    try:
        fmt = output_format(args.fmt, args.out)
    except ValueError as exc:
        print(f"marsad export: {exc}", file=sys.stderr)
        return 2
    conn = open_for_reading(args.db, "export")
    if conn is None:
        return 2
    try:
        n = export(conn, args.what, fmt, args.out, min_weight=args.min_weight, bom=args.bom)
    except ValueError as exc:
        print(f"marsad export: {exc}", file=sys.stderr)
        return 2
    finally:
        conn.close()
    unit = "edges" if args.what == "network" else "rows"
    if args.json and args.out:
        print(json.dumps({"what": args.what, "format": fmt, "out": args.out, unit: n}, ensure_ascii=False))
    elif args.out:
        print(f"marsad export: {n} {unit} -> {args.out}", file=sys.stderr)
    return 0
