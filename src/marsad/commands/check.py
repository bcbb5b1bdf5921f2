"""`marsad check [--db PATH]`: SQLite's and the full-text index's integrity checks on a store."""

from __future__ import annotations

import argparse
import sqlite3
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check a store's integrity (SQLite and full-text index)",
        description="Run SQLite's integrity check and the FTS5 index's on a corpus store. Exit status 0 when "
        "sound, 1 when damaged (each problem printed), 2 when the file is not a marsad store.",
    )
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="store file (default: marsad.db)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from marsad.corpus.schema import StoreError, connect
    from marsad.corpus.stats import integrity

    try:
        conn = connect(args.db, readonly=True)
    except StoreError as exc:
        print(f"marsad check: {exc}", file=sys.stderr)
        # SQLite could not read the file it recognised: damaged (1), not merely the wrong file (2)
        return 1 if isinstance(exc.__cause__, sqlite3.DatabaseError) else 2
    try:
        problems = integrity(conn, args.db)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    for p in problems:
        print(f"marsad check: {args.db}: {p}", file=sys.stderr)
    damaged = [p for p in problems if "not checked" not in p]
    if not damaged:
        print(f"marsad check: {args.db}: sound" + (" (partly checked)" if problems else ""), file=sys.stderr)
    return 1 if damaged else 0
