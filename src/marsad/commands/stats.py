"""`marsad stats [--db PATH] [--failures [N]] [--json]`: what the store holds, and what failed."""

from __future__ import annotations

import argparse
import json
import sqlite3

from marsad.commands._arguments import count


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stats",
        help="what the store holds: documents, clusters, quotes, entities, events, failures by reason",
        description="Counts of the corpus store (documents, duplicate clusters, quotes, actors, events, cited "
        "sources, dates), the range of publication dates, and failed records by reason. With --failures, "
        "list the failed records themselves (file and record, error).",
    )
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="store file (default: marsad.db)")
    p.add_argument("--failures", nargs="?", const=1_000_000, type=count(1, 1_000_000), metavar="N",
                   help="list the failed records (at most N) instead of the counts")
    p.add_argument("--json", action="store_true", help="one JSON object (or JSON Lines for --failures)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from marsad.corpus.schema import open_for_reading, report_damaged
    from marsad.corpus.stats import failures, store_stats

    conn = open_for_reading(args.db, "stats")
    if conn is None:
        return 2
    try:
        if args.failures:
            rows = failures(conn, args.failures)
            for row in rows:
                print(json.dumps(row, ensure_ascii=False) if args.json else f"{row['origin']}\t{row['error']}")
            return 0
        stats = store_stats(conn)
    except sqlite3.DatabaseError as exc:
        return report_damaged(args.db, "stats", exc)
    finally:
        conn.close()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    else:
        _show(stats)
    return 0


def _show(stats: dict) -> None:
    lines = [f"{key.replace('_', ' ')}: {stats[key]:,}" for key in
             ("documents", "clusters", "wire_copies", "quotes", "quotes_with_speaker", "actors", "mentions",
              "sources", "dates", "events", "failures")]
    p = stats["published"]
    lines.append(f"published: {p['first'] or '-'} to {p['last'] or '-'} ({p['undated']:,} undated)")
    for title, key in (("actors by type", "actors_by_type"), ("documents by source", "documents_by_source"),
                       ("events by type", "events_by_type"), ("failures by reason", "failures_by_reason")):
        if stats[key]:
            lines.append(f"{title}:")
            lines += [f"  {name or '(none)'}: {n:,}" for name, n in stats[key].items()]
    print("\n".join(lines))
