"""`marsad search QUERY [--speaker X] [--entity X] [--agency X] [--type EVENT] ...`: search the store."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from marsad.commands._arguments import count, iso_day


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        help="full-text search of the corpus store, with filters",
        description="Ranked full-text search (bm25) of stored documents. Words match whatever their "
        "diacritics, hamza spelling or attached clitics (و ف ب ل ك ال). All words must occur; "
        '"quoted words" must occur near each other. Filters name actors by Arabic name, English name or kb id.',
    )
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="words to find (may be empty with filters)")
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="store file (default: marsad.db)")
    p.add_argument("--speaker", metavar="X", help="documents quoting X")
    p.add_argument("--entity", metavar="X", help="documents mentioning X")
    p.add_argument("--agency", metavar="X", help="documents citing agency or outlet X as a source")
    p.add_argument("--type", dest="event_type", metavar="EVENT", help="documents with an event of this PLOVER type")
    p.add_argument("--since", metavar="DATE", type=iso_day, help="published on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", type=iso_day, help="published on or before DATE (YYYY-MM-DD)")
    p.add_argument("--limit", type=count(1, 100_000), default=20, metavar="N", help="at most N results (default 20)")
    p.add_argument("--collapse", action="store_true",
                   help="one result per duplicate cluster (wire copies), with the number of copies")
    p.add_argument("--json", action="store_true", help="JSON Lines: one result per line, with hit offsets")
    p.set_defaults(func=run)


def _show(results) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console()
    for n, r in enumerate(results, 1):
        head = Text(f"{n}. ", style="bold")
        head.append(r.title or r.id, style="bold cyan")
        copies = f"+{r.copies} copies" if r.copies else ""
        meta = " · ".join(x for x in (r.published, r.source, r.id, f"cluster {r.cluster_id}", copies) if x)
        head.append(f"  [{meta}]", style="dim")
        console.print(head)
        snip = Text()
        if r.snippet_start > 0:
            snip.append("…")
        snip.append(r.text[r.snippet_start : r.snippet_end].replace("\n", " "))
        if r.snippet_end < len(r.text):
            snip.append("…")
        shift = 1 if r.snippet_start > 0 else 0
        for h in r.hits:
            if r.snippet_start <= h.start and h.end <= r.snippet_end:
                snip.stylize("bold yellow", h.start - r.snippet_start + shift, h.end - r.snippet_start + shift)
        console.print(snip)
        if r.url:
            console.print(Text(r.url, style="dim underline"))
        console.print()
    if not results:
        console.print("no results", style="dim")


def run(args: argparse.Namespace) -> int:
    from marsad.corpus.schema import open_for_reading, report_damaged
    from marsad.corpus.search import Filters, QueryError, result_lines, search

    conn = open_for_reading(args.db, "search")
    if conn is None:
        return 2
    filters = Filters(speaker=args.speaker, entity=args.entity, agency=args.agency, event_type=args.event_type,
                      since=args.since, until=args.until)
    if not args.query.strip() and not any(vars(filters).values()):
        print("marsad search: give a QUERY or at least one filter", file=sys.stderr)
        return 2
    try:
        results = search(conn, args.query, filters, limit=args.limit, collapse=args.collapse)
    except QueryError as exc:
        print(f"marsad search: {exc}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as exc:
        return report_damaged(args.db, "search", exc)
    finally:
        conn.close()
    if args.json:
        for line in result_lines(results):
            print(line)
    else:
        _show(results)
    return 0
