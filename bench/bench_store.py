"""What the writing process of `marsad ingest --workers N` spends per document, without the workers.

    .venv/bin/python bench/bench_store.py make [PATH] [--limit N] [--out /tmp/marsad-results.pkl]
    .venv/bin/python bench/bench_store.py store [--out /tmp/marsad-results.pkl] [--repeat 3]

`make` analyses the records of PATH (default: the first SaudiNewsNet zip) in this process, in
chunks as a pool worker does, and saves each chunk's results pickled as a worker sends them.
`store` unpickles them and stores them into a new store (what the main process does with a
worker's results: `runner.consume_results`), and prints the CPU time of this process per
document. The pickles are made by the code that makes them: compare two checkouts with a `make`
of each.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-NC"
CHUNK = 16


def make(path: Path, limit: int, out: Path) -> None:
    from marsad.corpus.work import analyse_chunk, init_worker
    from marsad.ingest import RawRecord, read_inputs

    if path.is_dir():
        path = sorted(path.glob("*.zip"))[0]
    recs = [r for r in read_inputs([str(path)]) if isinstance(r, RawRecord)][:limit]
    init_worker(None, None)
    chunks = [pickle.dumps(analyse_chunk(recs[i : i + CHUNK])) for i in range(0, len(recs), CHUNK)]
    out.write_bytes(pickle.dumps((len(recs), chunks)))
    print(f"{len(recs)} records analysed, results in {out}")


def store(src: Path, repeat: int) -> None:
    from marsad.corpus.runner import consume_results
    from marsad.corpus.store import Store

    n, chunks = pickle.loads(src.read_bytes())
    best = None
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            cpu = time.process_time()
            st = Store(Path(tmp) / "bench.db")
            consume_results((pickle.loads(c) for c in chunks), st)
            st.close()
            secs = time.process_time() - cpu
        best = secs if best is None else min(best, secs)
        print(f"  stored {n} documents: {secs:.3f} s CPU, {secs / n * 1000:.3f} ms per document")
    assert best is not None
    print(f"best: {best / n * 1000:.3f} ms per document")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("make", "store"))
    ap.add_argument("path", nargs="?", type=Path, default=NEWS)
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--out", type=Path, default=Path("/tmp/marsad-results.pkl"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if args.mode == "make":
        make(args.path, args.limit, args.out)
    else:
        store(args.out, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
