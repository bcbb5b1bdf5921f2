"""Peak RSS of every process of one `marsad ingest` run, and its articles/s per core.

    .venv/bin/python bench/ingest_peaks.py [--src DIR] -- INGEST ARGS...
    e.g. bench/ingest_peaks.py -- ../shared/data/news/saudinewsnet-NC --db /tmp/x.db --workers 2

Runs `python -m marsad ingest ARGS` (from --src, default this checkout's src/) and polls
/proc every half second for the process and its descendants, keeping each one's VmHWM (its
own peak RSS, which the kernel keeps, so a short poll gap loses nothing but a process that ends
between two polls). Prints each process's peak, the documents stored, wall time and the rate
per core from CPU time (user + system of the whole process tree, steadier than wall time on a
shared machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _status(pid: int) -> dict[str, str]:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return dict(line.split(":", 1) for line in lines if ":" in line)


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{task}/children").read_text()
            out += [int(c) for c in text.split()]
    except OSError:
        pass
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    ap.add_argument("ingest", nargs=argparse.REMAINDER)
    args = ap.parse_args(argv)
    rest = args.ingest[1:] if args.ingest[:1] == ["--"] else args.ingest
    db = rest[rest.index("--db") + 1] if "--db" in rest else "marsad.db"
    env = dict(os.environ, PYTHONPATH=str(args.src))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "ingest", "--no-progress", *rest], env=env)
    peaks: dict[int, float] = {}
    names: dict[int, str] = {}
    while proc.poll() is None:
        todo = [proc.pid]
        while todo:
            pid = todo.pop()
            st = _status(pid)
            if "VmHWM" in st:
                peaks[pid] = max(peaks.get(pid, 0.0), int(st["VmHWM"].split()[0]) / 1024)
                names.setdefault(pid, "main" if pid == proc.pid else "worker")
            todo += _children(pid)
        time.sleep(0.5)
    wall = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ru.ru_utime + ru.ru_stime
    with sqlite3.connect(db) as con:
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    print(f"exit {proc.returncode}; {docs:,} documents in {wall:.0f} s wall, {cpu:.0f} s CPU in all processes: "
          f"{docs / cpu:.1f} articles/s per core")
    for pid, mb in sorted(peaks.items(), key=lambda kv: -kv[1]):
        print(f"  {names[pid]:<6} pid {pid}: peak RSS {mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
