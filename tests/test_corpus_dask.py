"""The Dask engine on a real local cluster (scheduler + 2 worker processes) equals the local engine."""

from __future__ import annotations

import json

import pytest

from marsad.cli import main
from marsad.corpus.executor import InProcessExecutor
from marsad.corpus.export import record_rows
from marsad.corpus.runner import run_batch
from marsad.corpus.store import Store
from test_corpus_helpers import light_layers
from test_corpus_ingest import synthetic_records, write_jsonl


def _records(store: Store) -> list[str]:
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in record_rows(store.conn))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask-in")
    write_jsonl(folder / "a.jsonl", synthetic_records(30)[:18], bad_lines=1)
    write_jsonl(folder / "b.jsonl", synthetic_records(30)[18:])
    return folder


def test_dask_local_cluster_matches_local_engine(inputs, tmp_path, monkeypatch):
    from distributed import Client, LocalCluster

    from marsad.corpus.dask_engine import DaskExecutor
    from marsad.ingest import read_inputs

    layers = light_layers()
    local = Store(tmp_path / "local.db")
    run_batch(read_inputs([str(inputs)]), local, InProcessExecutor(layers))

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        assert len(cluster.workers) == 2
        ex = DaskExecutor(tmp_path / "shards", layers=layers, scheduler=cluster.scheduler_address, chunk_size=8)
        try:
            dstore = Store(tmp_path / "dask.db")
            stats = run_batch(read_inputs([str(inputs)]), dstore, ex)
            # both workers took part
            with Client(cluster.scheduler_address) as client:
                ran = client.run(lambda: __import__("marsad.corpus.dask_engine").corpus.dask_engine._analyzers)
            assert sum(1 for v in ran.values() if v) == 2
            # a rerun into a lost store reuses the finished shards instead of recomputing them
            mtimes = {p: p.stat().st_mtime_ns for p in (tmp_path / "shards").glob("part-*.parquet")}
            again = Store(tmp_path / "again.db")
            ex.seq = 0
            run_batch(read_inputs([str(inputs)]), again, ex)
            assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes
            assert again.digest() == dstore.digest()
            # and a rerun into the same store skips everything before analysis
            stats2 = run_batch(read_inputs([str(inputs)]), dstore, ex)
            assert (stats2.stored, stats2.skipped) == (0, 30)
            # the command line drives the same engine
            rc = main(["ingest", str(inputs), "--db", str(tmp_path / "cli.db"), "--engine", "dask", "--scheduler",
                       cluster.scheduler_address, "--out", str(tmp_path / "cli-shards"), "--layers", ",".join(layers),
                       "--no-progress"])
            assert rc == 1  # the bad line
            assert Store(tmp_path / "cli.db").digest() == local.digest()
            # without --db, a Dask run writes its shards and nothing else
            workdir = tmp_path / "workdir"
            workdir.mkdir()
            monkeypatch.chdir(workdir)
            rc = main(["ingest", str(inputs), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                       "--out", str(tmp_path / "only-shards"), "--layers", ",".join(layers), "--no-progress"])
            assert rc == 1 and list(workdir.iterdir()) == []
            written = sorted(p.name for p in (tmp_path / "only-shards").glob("part-*.parquet"))
            assert len(written) == 2 and "-unread-" in written[0]  # the bad line (read first), then 30 records
        finally:
            ex.close()
    assert stats.stored == 30 and stats.failed == 1
    assert _records(dstore) == _records(local)
    assert dstore.digest() == local.digest()
    shards = sorted((tmp_path / "shards").glob("part-*.parquet"))
    assert len([s for s in shards if "-unread-" not in s.name]) == 4  # 30 records in chunks of 8

    # shards produced elsewhere load into a fresh store with the same contents, the unreadable
    # record included: it is reported by the load as by the run
    assert main(["load", str(tmp_path / "shards"), "--db", str(tmp_path / "loaded.db"), "--no-progress"]) == 1
    loaded = Store(tmp_path / "loaded.db")
    assert _records(loaded) == _records(local)
    assert loaded.count("failures") == local.count("failures") == 1


def test_shard_round_trip_keeps_failures(tmp_path):
    from marsad.corpus.dask_engine import read_shard, write_shard
    from marsad.corpus.work import Failed

    write_shard([Failed("x.jsonl:3", "invalid JSON", "abc")], tmp_path / "part-000000-x.parquet")
    assert read_shard(tmp_path / "part-000000-x.parquet") == [Failed("x.jsonl:3", "invalid JSON", "abc")]
    assert main(["load", str(tmp_path / "nothing-here"), "--db", str(tmp_path / "m.db")]) == 2
