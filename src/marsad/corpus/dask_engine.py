"""Scale-out: the same analysis as a Dask bag, one partition per chunk of records, Parquet shards out.

Each partition is analysed on a Dask worker (which builds its Analyzer once per process) and
written as one Parquet shard (one row per document: key columns + the record JSON, or a failure
row), atomically (temporary name, then rename). The shard's name holds its sequence number and
a digest of its records' raw hashes, so a rerun reuses shards already written. The main process
reads each finished shard back and writes it to the store like the local engine does; `marsad
load DIR` does the same for shards produced elsewhere. The output folder must be visible to the
workers and to the client (a shared filesystem on a real cluster).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from marsad.corpus.tables import document_of
from marsad.corpus.work import Analysed, Failed, Result, analyse, raw_hash
from marsad.extras import require
from marsad.ingest.record import RawRecord
from marsad.layers.registry import LayerConfig
from marsad.pipeline import Analyzer

CHUNK_DOCS = 200
SHARD_GLOB = "part-*.parquet"

# one Analyzer per worker process and pipeline: (layer names, fallback date, options as JSON)
_analyzers: dict[tuple[tuple[str, ...] | None, str | None, str], Analyzer] = {}


def _schema():
    pa = require("pyarrow", "Dask shards")

    return pa.schema([
        ("kind", pa.string()), ("raw_hash", pa.string()), ("hash", pa.string()), ("id", pa.string()),
        ("origin", pa.string()), ("title", pa.string()), ("published", pa.string()), ("source", pa.string()),
        ("record", pa.string()), ("sig", pa.binary()), ("title_idx", pa.string()), ("body_idx", pa.string()),
        ("error", pa.string()), ("ents", pa.string()),
    ])


def write_shard(results: list[Result], path: str | Path) -> None:
    """Write results as one Parquet shard, atomically."""
    pa = require("pyarrow", "Dask shards")
    pq = require("pyarrow.parquet", "Dask shards")

    rows = []
    for r in results:
        if isinstance(r, Failed):
            rows.append({"kind": "failed", "raw_hash": r.raw_hash, "origin": r.origin, "error": r.error})
        else:
            doc = document_of(r)
            rows.append({
                "kind": "doc", "raw_hash": r.raw_hash, "hash": r.hash, "id": doc.id, "origin": doc.origin,
                "title": doc.title, "published": doc.published, "source": doc.source,
                "record": r.record_json, "sig": r.sig, "title_idx": r.title_idx, "body_idx": r.body_idx, "ents": r.ents,
            })
    path = Path(path)
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    pq.write_table(pa.Table.from_pylist(rows, schema=_schema()), tmp)
    os.replace(tmp, path)


def read_shard(path: str | Path) -> list[Result]:
    pq = require("pyarrow.parquet", "reading Dask shards")

    out: list[Result] = []
    for row in pq.read_table(path).to_pylist():
        if row["kind"] == "failed":
            out.append(Failed(row["origin"] or "", row["error"] or "", row["raw_hash"]))
        else:
            out.append(Analysed(row["raw_hash"], row["hash"], row["record"], row["sig"], row["title_idx"] or "",
                                row["body_idx"] or "", row.get("ents") or ""))
    return out


def iter_shards(folder: str | Path) -> Iterator[list[Result]]:
    """Every shard of a folder, in name (= input) order."""
    for path in sorted(Path(folder).glob(SHARD_GLOB)):
        yield read_shard(path)


def analyse_partition(
    records: list[RawRecord], path: str, layers: Sequence[str] | None, published: str | None,
    config: LayerConfig | None = None,
) -> list[str]:
    """Runs on a Dask worker: analyse one partition and write its shard; returns the shard path."""
    key = (tuple(layers) if layers is not None else None, published, json.dumps(config, sort_keys=True))
    analyzer = _analyzers.get(key)
    if analyzer is None:
        analyzer = _analyzers[key] = Analyzer(layers, config)
    write_shard([analyse(analyzer, rec, published) for rec in records], path)
    return [path]


class _ShardHandle:
    def __init__(self, future, path: Path) -> None:
        self._future = future
        self._path = path

    def result(self) -> list[Result]:
        if self._future is not None:
            self._future.result()
        return read_shard(self._path)


class DaskExecutor:
    """Runs partitions on a Dask cluster: a given scheduler, or a LocalCluster of processes."""

    chunk_size = CHUNK_DOCS

    def __init__(
        self,
        out: str | Path,
        *,
        layers: Sequence[str] | None = None,
        published: str | None = None,
        scheduler: str | None = None,
        workers: int = 2,
        chunk_size: int = CHUNK_DOCS,
        config: LayerConfig | None = None,
    ) -> None:
        for module in ("distributed", "dask.bag", "pyarrow"):
            require(module, "--engine dask")
        from distributed import Client, LocalCluster

        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.layers = list(layers) if layers is not None else None
        self.published = published
        self.config = {name: dict(options) for name, options in config.items()} if config else None
        self.chunk_size = chunk_size
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=max(1, workers), processes=True, threads_per_worker=1,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        n = len(self.client.scheduler_info().get("workers", {})) or max(1, workers)
        self.window = 2 * n
        self.seq = 0
        self.read_failures: list[Failed] = []

    def submit(self, chunk: list[RawRecord]) -> _ShardHandle:
        import dask.bag as db

        self._write_read_failures()  # before this chunk: the shards keep the order of the input
        digest = hashlib.sha256("".join(raw_hash(r, self.published) for r in chunk).encode()).hexdigest()[:12]
        path = self.out / f"part-{self.seq:06d}-{digest}.parquet"
        self.seq += 1
        if path.exists():  # written by an earlier, interrupted run
            return _ShardHandle(None, path)
        bag = db.from_sequence(chunk, npartitions=1).map_partitions(
            analyse_partition, str(path), self.layers, self.published, self.config
        )
        return _ShardHandle(self.client.compute(bag), path)

    def keep_failure(self, failed: Failed) -> None:
        """Records that could not even be read never reach a worker: keep them in a shard of their own,
        so that `marsad load` of the shards reports them as the run did."""
        self.read_failures.append(failed)
        if len(self.read_failures) >= self.chunk_size:
            self._write_read_failures()

    def _write_read_failures(self) -> None:
        if not self.read_failures:
            return
        digest = hashlib.sha256("".join(f.origin for f in self.read_failures).encode()).hexdigest()[:12]
        path = self.out / f"part-{self.seq:06d}-unread-{digest}.parquet"
        if not path.exists():
            write_shard(self.read_failures, path)
        self.seq += 1
        self.read_failures = []

    def close(self) -> None:
        self._write_read_failures()
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
