"""`marsad serve --db PATH`: the browser workspace and the REST API over a store, read-only."""

from __future__ import annotations

import argparse
import sys

from marsad.commands._arguments import count


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="browser workspace and REST API over a store (search, articles, people, quotes, events)",
        description="Serve the store read-only: a workspace in the browser (search with facets and attention "
        "over time, articles with every fact highlighted at its characters, entity pages, quotes, events, the "
        "actor network, analysing a pasted article) and a REST API under /api/v1 (OpenAPI schema at "
        "/api/v1/openapi.json). Binds to 127.0.0.1 unless --host says otherwise. Needs the web extra: "
        'pip install "marsad[web]".',
    )
    p.add_argument("--db", default="marsad.db", metavar="PATH", help="store file (default: marsad.db)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 exposes it)")
    p.add_argument("--port", type=count(1, 65535), default=8000, help="port (default 8000)")
    p.add_argument("--budget", type=float, default=5.0, metavar="SECONDS",
                   help="time a request may spend in the store before it is answered 503 (default 5)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from marsad.corpus.schema import StoreError
    from marsad.extras import require

    uvicorn = require("uvicorn", "marsad serve")
    require("fastapi", "marsad serve")
    from marsad.web.app import create_app

    if args.budget <= 0:
        print("marsad serve: --budget must be a positive number of seconds", file=sys.stderr)
        return 2
    try:
        app = create_app(args.db, budget_s=args.budget)
    except StoreError as exc:
        print(f"marsad serve: {exc}", file=sys.stderr)
        return 2
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"marsad serve: listening on {args.host}: the store is readable by anyone who can reach it",
              file=sys.stderr)
    print(f"marsad serve: http://{args.host}:{args.port}/ (store {args.db}, read-only)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
