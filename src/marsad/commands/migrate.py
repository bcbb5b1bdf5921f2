"""`marsad migrate --db PATH`: bring a store written by an older marsad up to this one's schema."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "migrate",
        help="bring a store written by an older marsad up to this version's schema",
        description="Apply the schema migrations a store lacks (each one whole or not at all), so that read-only "
        "commands (search, stats, export, serve) can open it. `marsad ingest` does the same before it writes.",
    )
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="store file (default: marsad.db)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from marsad.corpus.schema import SCHEMA_VERSION, StoreError, check_header, connect

    path = Path(args.db)
    if not path.exists():
        print(f"marsad migrate: {path}: no such store", file=sys.stderr)
        return 2
    try:
        check_header(path)
        before = _version(path)
        conn = connect(path)
        conn.close()
    except StoreError as exc:
        print(f"marsad migrate: {exc}", file=sys.stderr)
        return 2
    if before == SCHEMA_VERSION:
        print(f"{path}: schema version {SCHEMA_VERSION}, already up to date", file=sys.stderr)
    else:
        print(f"{path}: schema version {before} -> {SCHEMA_VERSION}", file=sys.stderr)
    return 0


def _version(path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
