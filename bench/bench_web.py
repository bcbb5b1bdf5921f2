"""Latency of the web workspace per view, over a real store, through a real HTTP server.

    .venv/bin/python bench/bench_web.py --db full.db [--rounds 3] [--json]

Builds a store first if needed (`marsad ingest ../shared/data/news/saudinewsnet-NC --db full.db`,
about 26k articles). Starts `marsad serve`'s application with uvicorn on a free local port, then
requests, one at a time, a realistic mix for each view: searches for frequent and rare words with
and without filters, the longest and some random articles, the pages of the most mentioned
people, places and organisations, the quote explorer unfiltered and by speaker, events, the
network. Each URL is requested `--rounds` times after one warm-up request (the first request of a
URL pays for SQLite's page cache, and the first of a view for its in-memory caches: reported apart
as "first max"). Prints p50 / p95 / max per view in milliseconds, the number of non-200 answers,
and the slowest URLs. Times are wall clock of the whole HTTP exchange (rendering
included) on this machine, one request in flight.
"""

from __future__ import annotations

import argparse
import json
import math
import socket
import sqlite3
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WORDS = ["السعودية", "وزير", "الرياض", "داعش", "النفط", "التعليم", "الحوثي", "لافروف", "كاميرون", "مجلس الأمن"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def urls_by_view(db: Path) -> dict[str, list[str]]:
    """The request mix, drawn from what the store holds."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    q = conn.execute
    longest = [r[0] for r in q("SELECT id FROM documents ORDER BY length(text) DESC LIMIT 5")]
    sample = [r[0] for r in q("SELECT id FROM documents WHERE rowid % 997 = 0 LIMIT 10")]
    top = {t: [r[0] for r in q(
        "SELECT a.key FROM actors a JOIN mentions m ON m.actor = a.id WHERE a.type = ? "
        "GROUP BY a.id ORDER BY count(*) DESC LIMIT 3", (t,))] for t in ("PER", "LOC", "ORG")}
    speakers = [r[0] for r in q(
        "SELECT a.key FROM quotes x JOIN actors a ON a.id = x.speaker_actor GROUP BY a.id ORDER BY count(*) DESC LIMIT 3")]
    source = q("SELECT source FROM documents GROUP BY source ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    first, last = q("SELECT min(published), max(published) FROM documents").fetchone()
    conn.close()
    enc = lambda s: quote(s, safe="")  # noqa: E731
    return {
        "search": [f"/search?q={enc(w)}" for w in WORDS]
        + [f"/search?q={enc(w)}&source={enc(source)}" for w in WORDS[:3]]
        + [f"/search?q={enc(WORDS[0])}&since={first[:10]}&until={first[:10]}", "/search"],
        "timeline": [f"/api/v1/search/timeline?q={enc(w)}" for w in WORDS[:4]],
        "article": [f"/article/{enc(d)}" for d in longest + sample],
        "entity": [f"/entity/{quote(k, safe=':/')}" for keys in top.values() for k in keys],
        "quotes": ["/quotes"] + [f"/quotes?speaker={enc(k)}" for k in speakers] + [f"/quotes?q={enc(WORDS[1])}"],
        "events": ["/events", "/events?type=ACCUSE", f"/events/change?since={last[:10]}&until={last[:10]}"],
        "network": ["/network", f"/network?q={enc(WORDS[0])}"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    args = ap.parse_args()

    import httpx
    import uvicorn

    from marsad.web.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    results: dict[str, dict] = {}
    slowest: list[tuple[float, str]] = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for view, urls in urls_by_view(args.db).items():
            times, failures, cold = [], 0, []
            for url in urls:
                t0 = time.perf_counter()
                client.get(url)  # warm-up: the first request of a URL (and of a view: its caches)
                cold.append(1000 * (time.perf_counter() - t0))
                for _ in range(args.rounds):
                    t0 = time.perf_counter()
                    response = client.get(url)
                    ms = 1000 * (time.perf_counter() - t0)
                    times.append(ms)
                    slowest.append((ms, url))
                    failures += response.status_code != 200
            times.sort()
            results[view] = {
                "requests": len(times), "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[math.ceil(0.95 * len(times)) - 1], 1), "max_ms": round(times[-1], 1),
                "non_200": failures, "first_request_max_ms": round(max(cold), 1),
            }
    server.should_exit = True
    thread.join(timeout=10)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"{'view':10} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'non-200':>8} {'first max':>10}")
    for view, r in results.items():
        print(f"{view:10} {r['requests']:8} {r['p50_ms']:8} {r['p95_ms']:8} {r['max_ms']:8} {r['non_200']:8} "
              f"{r['first_request_max_ms']:10}")
    print("slowest:", "; ".join(f"{url} {ms:.0f} ms" for ms, url in sorted(slowest, reverse=True)[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
