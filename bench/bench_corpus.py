"""Benchmark `marsad ingest`: end-to-end articles/s per core, peak RSS per worker, Dask overhead.

    .venv/bin/python bench/bench_corpus.py [--n 1000] [--workers 2] [--data ../shared/data/news/saudinewsnet-NC]
    .venv/bin/python bench/bench_corpus.py --show-clusters marsad.db [--seed 1]   # judge dedup precision

Each configuration runs in a fresh subprocess (so peak RSS figures are its own) on the first N
SaudiNewsNet articles, with every layer that exists (or the largest subset whose requirements are
met), into a fresh store: in-process (1 core), a process pool of W workers, and the Dask engine
on a LocalCluster of W worker processes. Prints rates per core and the Dask/local time ratio.

Small N understates a long run: every worker starts with empty per-word caches, and its first
thousand articles take about twice the CPU time of later ones. For the steady state, time a whole
corpus (`/usr/bin/time -v marsad ingest ../shared/data/news/saudinewsnet-NC/ --db X --workers 2`)
or pass a large --n (each configuration then takes minutes).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-NC"


def usable_layers() -> list[str]:
    """Every available layer whose requirements are assigned by the usable layers before it."""
    from marsad.layers.registry import available_layers, spec

    ok: list[str] = []
    assigned: set[str] = set()
    for name in available_layers():
        if all(r in assigned for r in spec(name).requires):
            ok.append(name)
            assigned.update(spec(name).assigns)
    return ok


def _cpu(children: bool = False) -> float:
    """CPU seconds of this process (and of its exited children)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    total = r.ru_utime + r.ru_stime
    if children:
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        total += c.ru_utime + c.ru_stime
    return total


def one(engine: str, workers: int, n: int, data: str, layers: list[str]) -> dict:
    """Run one configuration in this process; returns its figures."""
    from marsad.corpus.budget import Budget
    from marsad.corpus.executor import make_executor
    from marsad.corpus.runner import run_batch
    from marsad.corpus.store import Store
    from marsad.ingest import read_inputs

    records = list(islice(read_inputs([data]), n))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        # the local engine with the budgets `marsad ingest` applies by default
        budget = {"budget": Budget()} if engine == "local" else {}
        ex = make_executor(engine, workers, layers, out=str(Path(tmp) / "shards"), **budget)
        # warm-up (process start, imports, Analyzer construction) is start-up, not throughput
        warm = Store(Path(tmp) / "warm.db")
        run_batch(records[: 8 * max(1, workers)], warm, ex, chunk_size=4)
        warm.close()
        t_start = time.perf_counter() - t0
        worker_rss = []
        try:
            cpu0 = _cpu()
            t1 = time.perf_counter()
            stats = run_batch(records, store, ex)
            elapsed = time.perf_counter() - t1
            cpu_main = _cpu() - cpu0
            if engine == "dask":
                rss = ex.client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
                worker_rss = [v / 1024 for v in rss.values()]
        finally:
            ex.close()
        store.close()
    cpu_all = _cpu(children=True) - cpu0  # workers' CPU, once they have exited (warm-up included)
    if engine == "local" and workers > 1:
        worker_rss = [resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]  # the largest worker
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if engine == "local" and workers <= 1:
        worker_rss = [main_rss]
    return {"engine": engine, "workers": workers, "n": stats.read, "stored": stats.stored, "failed": stats.failed,
            "clustered": stats.clustered, "elapsed": elapsed, "startup": t_start, "cpu_main": cpu_main,
            "cpu_all": cpu_all, "main_rss_mb": main_rss,
            "worker_rss_mb": max(worker_rss) if worker_rss else None}


def show_clusters(db: str, n: int = 20, seed: int = 1) -> None:
    """Print `n` random multi-member duplicate clusters (titles, outlets, dates) to judge precision."""
    import random
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in conn.execute("SELECT id FROM clusters WHERE size > 1 ORDER BY id")]
    sizes = conn.execute("SELECT size, count(*) FROM clusters WHERE size > 1 GROUP BY size ORDER BY size").fetchall()
    print(f"{len(ids)} clusters with 2+ members; sizes (size, clusters): {sizes}")
    for cid in random.Random(seed).sample(ids, min(n, len(ids))):
        print(f"--- cluster {cid}")
        for title, source, published in conn.execute(
            "SELECT title, source, published FROM documents WHERE cluster_id = ? ORDER BY published, rowid LIMIT 10",
            (cid,),
        ):
            print(f"   {published} {source:14} {title[:90]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--only", help=argparse.SUPPRESS)  # internal: engine:workers run in this process
    ap.add_argument("--layers", help="comma-separated layers (default: every usable layer)")
    ap.add_argument("--show-clusters", metavar="DB", help="print 20 random duplicate clusters of a store and exit")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.show_clusters:
        show_clusters(args.show_clusters, seed=args.seed)
        return 0
    layers = [x for x in args.layers.split(",") if x] if args.layers is not None else usable_layers()
    if args.only:
        engine, workers = args.only.split(":")
        print(json.dumps(one(engine, int(workers), args.n, args.data, layers)))
        return 0
    if not Path(args.data).exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    print(f"layers: {', '.join(layers) or '(none)'}; {args.n} articles from {args.data}")
    results = {}
    for engine, workers in (("local", 1), ("local", args.workers), ("dask", args.workers)):
        cmd = [sys.executable, __file__, "--only", f"{engine}:{workers}", "--n", str(args.n), "--data", args.data,
               "--layers", ",".join(layers)]
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{engine}:{workers} failed:\n{out.stderr[-2000:]}", file=sys.stderr)
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        results[(engine, workers)] = r
        rate = r["stored"] / r["elapsed"]
        print(f"{engine:5} workers={workers}: {r['stored']} stored, {r['failed']} failed, {r['clustered']} joined "
              f"clusters in {r['elapsed']:.1f}s (+{r['startup']:.1f}s start-up): {rate:.1f} articles/s, "
              f"{rate / workers:.1f} articles/s per core; peak RSS main {r['main_rss_mb']:.0f} MB, "
              f"per worker {r['worker_rss_mb'] or 0:.0f} MB; CPU {r['cpu_all']:.0f}s in all processes "
              f"({r['stored'] / max(r['cpu_all'], 1e-9):.1f} articles per CPU-second), main process "
              f"{r['cpu_main']:.1f}s")
    pool, dask = results.get(("local", args.workers)), results.get(("dask", args.workers))
    if pool and dask:
        print(f"dask / local pool time ratio (same {args.workers} workers): {dask['elapsed'] / pool['elapsed']:.2f} "
              f"(start-up {dask['startup']:.1f}s vs {pool['startup']:.1f}s not included)")
    single = results.get(("local", 1))
    if single and pool:
        print(f"speed-up of {args.workers} workers over in-process: {single['elapsed'] / pool['elapsed']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
