"""Where an analysing process's memory goes: RSS and the size of every cache as articles pass.

    .venv/bin/python bench/bench_memory.py [--n 2000] [--every 500] [--skip 0] [--top 25] [--data DIR]

Builds one Analyzer (every layer), then analyses the first N SaudiNewsNet articles (after
skipping --skip) in this process, and prints RSS (current and peak, from /proc) after load and
after every K articles, with the articles/s (CPU time of this process) of each stretch. At the
end (and with --every-caches, at every step) it lists the caches: every dict, set, list, numpy
array, `FormMemo` and `functools.lru_cache` reachable from the Analyzer or from the globals of
a `marsad` module, that grew since loading, largest first, with entries, approximate bytes
(`sys.getsizeof` of the container plus a sample of 400 entries measured deeply, scaled up;
string keys, the word forms most caches share, are counted once, apart) and, for lru_caches, hits and misses.
Resources that only load (the KB, lexicons, model weights) do not grow and are not listed.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NEWS = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet-NC"
SAMPLE = 400
MIN_ENTRIES = 100  # smaller containers are not worth a line


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB."""
    now = peak = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            now = int(line.split()[1]) / 1024
        elif line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
    return now, peak


def deep_size(obj: Any, depth: int = 4, seen: set[int] | None = None) -> int:
    """Bytes of `obj` and what it holds (strings, tuples, lists, dicts, sets, slotted objects,
    numpy arrays), to `depth` levels, each object once."""
    if seen is None:
        seen = set()
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    if isinstance(obj, np.ndarray):
        return obj.nbytes + 112
    size = sys.getsizeof(obj)
    if depth <= 0 or isinstance(obj, str | bytes | int | float | bool | type(None)):
        return size
    if isinstance(obj, dict):
        for k, v in obj.items():
            size += deep_size(k, depth - 1, seen) + deep_size(v, depth - 1, seen)
    elif isinstance(obj, list | tuple | set | frozenset):
        for v in obj:
            size += deep_size(v, depth - 1, seen)
    else:
        for name in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, name) and name != "__dict__":
                size += deep_size(getattr(obj, name), depth - 1, seen)
        d = getattr(obj, "__dict__", None)
        if isinstance(d, dict):
            size += deep_size(d, depth - 1, seen)
    return size


def approx_bytes(obj: Any) -> int:
    """`deep_size` of a container, measured on a sample of its entries and scaled."""
    from marsad.arabic.form_memo import FormMemo

    if isinstance(obj, np.ndarray):
        return obj.nbytes
    if isinstance(obj, FormMemo):
        _, state, answers = obj._columns
        return state.nbytes + approx_bytes(answers)
    n = len(obj)
    if n == 0:
        return sys.getsizeof(obj)
    # a dict's string keys are the word forms, shared by many caches: counted apart (`key_strings`)
    pairs = isinstance(obj, dict) and not isinstance(next(iter(obj)), str)
    items = (obj.items() if pairs else obj.values()) if isinstance(obj, dict) else obj
    sample = list(itertools.islice(items, 0, None, max(1, n // SAMPLE)))[:SAMPLE]
    seen: set[int] = set()
    part = sum(deep_size(x, 4, seen) - (sys.getsizeof(x) if pairs else 0) for x in sample)
    return sys.getsizeof(obj) + part * n // len(sample)


def key_strings(caches: dict[str, Any]) -> tuple[int, int]:
    """(distinct string objects used as dict keys by the caches, their bytes): the word forms
    are counted once when the memos share them, once per memo when each holds its own copy."""
    seen: dict[int, int] = {}
    for obj in caches.values():
        if isinstance(obj, dict) and len(obj) >= MIN_ENTRIES:
            for k in obj:
                if isinstance(k, str) and id(k) not in seen:
                    seen[id(k)] = sys.getsizeof(k)
    return len(seen), sum(seen.values())


def lru_entries(fn: Any) -> int:
    return fn.cache_info().currsize


def _is_ours(obj: Any) -> bool:
    mod = getattr(type(obj), "__module__", "") or ""
    return mod.startswith("marsad.")


def find_caches(root: Any) -> dict[str, Any]:
    """Name -> container, for every container reachable from `root` through marsad objects'
    attributes (and dicts/lists of marsad objects), and from marsad modules' globals."""
    from marsad.arabic.form_memo import FormMemo

    found: dict[str, Any] = {}
    seen: set[int] = set()

    def visit(obj: Any, path: str, depth: int) -> None:
        if id(obj) in seen or depth > 8:
            return
        seen.add(id(obj))
        if isinstance(obj, functools._lru_cache_wrapper):
            found[path] = obj
            return
        if isinstance(obj, FormMemo | np.ndarray):
            found[path] = obj
            return
        if isinstance(obj, dict | list | set | frozenset | tuple):
            if not isinstance(obj, tuple):
                found[path] = obj
            values = obj.values() if isinstance(obj, dict) else obj
            # follow containers of marsad objects (layers, memos) but not of plain data
            for i, v in enumerate(itertools.islice(values, 64)):
                if _is_ours(v) or isinstance(v, FormMemo | functools._lru_cache_wrapper):
                    key = list(obj)[i] if isinstance(obj, dict) else i
                    visit(v, f"{path}[{key!r}]"[:120], depth + 1)
            return
        if _is_ours(obj):
            for name in getattr(type(obj), "__slots__", ()):
                if name != "__dict__" and hasattr(obj, name):
                    visit(getattr(obj, name), f"{path}.{name}", depth + 1)
            for name, v in getattr(obj, "__dict__", {}).items():
                visit(v, f"{path}.{name}", depth + 1)

    visit(root, "an", 0)
    for modname, mod in sorted(sys.modules.items()):
        if not modname.startswith("marsad.") or mod is None:
            continue
        for name, v in list(vars(mod).items()):
            if name.startswith("__") or isinstance(v, type):
                continue
            if isinstance(v, dict | list | set | FormMemo | np.ndarray | functools._lru_cache_wrapper) or _is_ours(v):
                visit(v, f"{modname.removeprefix('marsad.')}.{name}", 1)
    return found


def entries(obj: Any) -> int:
    if isinstance(obj, functools._lru_cache_wrapper):
        return lru_entries(obj)
    if isinstance(obj, np.ndarray):
        return len(obj)
    return len(obj)


def cache_bytes(obj: Any) -> int:
    if isinstance(obj, functools._lru_cache_wrapper):
        # an lru_cache keeps, per entry, a link [prev, next, key, result] and a dict slot
        info = obj.cache_info()
        return info.currsize * (56 + 8 * 4 + 60)  # the link list, the dict entry; key/result strings apart
    return approx_bytes(obj)


def records(n: int, skip: int, data: Path) -> list:
    from marsad.ingest import RawRecord, read_inputs

    out = []
    for item in read_inputs([str(data)]):
        if isinstance(item, RawRecord):
            if skip:
                skip -= 1
                continue
            out.append(item)
            if len(out) >= n:
                break
    return out


def report(caches: dict[str, Any], base: dict[str, tuple[int, int]], top: int) -> None:
    rows = []
    for name, obj in caches.items():
        n = entries(obj)
        n0, b0 = base.get(name, (0, 0))
        if n < MIN_ENTRIES or n <= n0:
            continue
        b = cache_bytes(obj)
        extra = ""
        if isinstance(obj, functools._lru_cache_wrapper):
            info = obj.cache_info()
            total = info.hits + info.misses
            extra = f"hits {info.hits / total:.0%} of {total:,}" if total else ""
        rows.append((b - b0, name, n0, n, b, extra))
    rows.sort(reverse=True)
    print(f"  {'cache':<64} {'entries at load':>15} {'now':>9} {'MB now':>7} {'grew MB':>8}")
    for grew, name, n0, n, b, extra in rows[:top]:
        print(f"  {name[:64]:<64} {n0:>15,} {n:>9,} {b / 2**20:>7.1f} {grew / 2**20:>8.1f}  {extra}")
    print(f"  {len(rows)} grown caches, {sum(r[0] for r in rows) / 2**20:.0f} MB grown in all (approximate)")
    for name, obj in caches.items():
        # the NER word table is made at full size (lazily paged): its rows in use are what it costs
        if name.endswith("compiled._table") and isinstance(obj, np.ndarray):
            used = entries(caches.get(name.replace("_table", "_words"), []))
            per_row = obj[0].nbytes if len(obj) else 0
            print(f"  {name[:64]:<64} {'rows in use':>15} {used:>9,} {used * per_row / 2**20:>7.1f}"
                  f"  (of {len(obj):,} rows made, {len(obj) * per_row / 2**20:.0f} MB, untouched rows free)")
    n, b = key_strings({name: caches[name] for _, name, *_ in rows})
    print(f"  and the word forms they are keyed by: {n:,} distinct string objects, {b / 2**20:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--every", type=int, default=500)
    ap.add_argument("--skip", type=int, default=0, help="articles skipped first")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--every-caches", action="store_true", help="list the caches at every step")
    ap.add_argument("--data", type=Path, default=NEWS)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 1
    from marsad.pipeline import Analyzer

    recs = records(args.n, args.skip, args.data)
    gc.collect()
    before, _ = rss_mb()
    t = time.process_time()
    an = Analyzer()
    load_s = time.process_time() - t
    now, peak = rss_mb()
    print(f"{len(recs)} articles read; RSS {before:.0f} MB before the Analyzer")
    print(f"after load ({load_s:.1f} s CPU): RSS {now:.0f} MB, peak {peak:.0f} MB")
    caches = find_caches(an)
    base = {name: (entries(obj), cache_bytes(obj)) for name, obj in caches.items()}
    done = 0
    cpu = 0.0
    for start in range(0, len(recs), args.every):
        chunk = recs[start:start + args.every]
        t = time.process_time()
        for rec in chunk:
            an(an.document(rec))
        secs = time.process_time() - t
        cpu += secs
        done += len(chunk)
        now, peak = rss_mb()
        print(f"after {done:>6,} articles: RSS {now:.0f} MB, peak {peak:.0f} MB; "
              f"{len(chunk) / secs:.1f} articles/s per core in this stretch")
        if args.every_caches and done < len(recs):
            report(find_caches(an), base, args.top)
    print(f"all {done:,}: {done / cpu:.1f} articles/s per core (CPU time)")
    caches = find_caches(an)
    report(caches, base, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
