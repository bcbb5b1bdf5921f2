"""Batch ingestion: failures recorded, reruns skip everything, a killed run resumes to the same store."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from marsad.cli import main
from marsad.corpus.executor import InProcessExecutor
from marsad.corpus.runner import run_batch
from marsad.corpus.store import Store
from marsad.ingest.record import RawRecord, ReadError
from test_corpus_helpers import ECONOMY_BODY, WIRE_BODY, light_layers

CITIES = ["الرياض", "جدة", "الدمام", "أبها", "تبوك", "حائل", "جازان", "نجران", "القصيم", "المدينة المنورة"]
TOPICS = ["مشروع إسكان", "مستشفى جديد", "مدرسة ثانوية", "طريق سريع", "حديقة عامة", "مركز ثقافي", "محطة تحلية"]


def synthetic_records(n: int) -> list[dict]:
    """Varied short articles built from templates; every 25th is a wire copy of the one before."""
    out = []
    for i in range(n):
        city, topic = CITIES[i % len(CITIES)], TOPICS[(i * 3) % len(TOPICS)]
        if i % 25 == 24:
            prev = out[-1]
            out.append({"id": f"s{i}", "title": "نقلا عن الوكالة: " + prev["title"],
                        "text": prev["text"] + " وأكد المسؤولون أهمية المشروع.", "published": "2026-05-02",
                        "source": "outlet-copy"})
            continue
        body = (
            f"افتتح أمير منطقة {city} اليوم {topic} بتكلفة تبلغ {100 + i} مليون ريال، ويخدم المشروع نحو "
            f"{2000 + 37 * i} من السكان في الأحياء المجاورة. وقال مدير المشروع إن الأعمال استغرقت {10 + i % 20} "
            f"شهرا، وإن المرحلة الثانية ستبدأ في الربع {['الأول', 'الثاني', 'الثالث', 'الرابع'][i % 4]} من العام "
            f"المقبل. وأشار إلى أن العمل جرى بمشاركة {5 + i % 9} شركات وطنية وأن المشروع رقم {i} في خطة المنطقة."
        )
        out.append({"id": f"s{i}", "title": f"افتتاح {topic} في {city} (رقم {i})", "text": body,
                    "published": f"2026-05-{1 + i % 28:02d}", "source": "outlet-a"})
    return out


def write_jsonl(path: Path, rows: list[dict], bad_lines: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for n, row in enumerate(rows):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            if bad_lines and n == 3:
                fh.write("{this is not json\n")
    return path


def test_run_batch_records_failures_and_reruns_skip(tmp_path):
    records = [
        RawRecord(body=WIRE_BODY, title="حملة تطعيم", id="w1", origin="mem:1"),
        ReadError("mem:2", "invalid JSON"),
        RawRecord(body="", title="", id="empty", origin="mem:3"),
        RawRecord(body=ECONOMY_BODY, title="النفط يرتفع", id="o1", origin="mem:4", published="2026-02-11"),
    ]
    store = Store(tmp_path / "m.db")
    ex = InProcessExecutor(light_layers())
    stats = run_batch(records, store, ex)
    assert (stats.read, stats.stored, stats.failed, stats.skipped) == (4, 2, 2, 0)
    failures = dict(store.conn.execute("SELECT origin, error FROM failures").fetchall())
    assert failures["mem:2"] == "invalid JSON" and "empty" in failures["mem:3"]
    digest = store.digest()
    stats = run_batch(records, store, ex)
    assert (stats.stored, stats.skipped) == (0, 2)
    assert store.digest() == digest
    layers = json.loads(store.conn.execute("SELECT layers FROM documents WHERE id = 'o1'").fetchone()[0])
    assert layers == light_layers()


def test_cli_ingest_exit_status_and_summary(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", synthetic_records(8), bad_lines=1)
    db = tmp_path / "m.db"
    args = ["ingest", str(src), "--db", str(db), "--workers", "1", "--layers", ",".join(light_layers()),
            "--no-progress"]
    assert main(args) == 1  # one bad line
    err = capsys.readouterr().err
    assert "stored 8" in err and "failed 1" in err and "articles/s" in err
    assert "marsad: failed: " in err and "in.jsonl" in err  # the record is named
    assert main(args) == 1  # the bad line still fails; nothing else happens
    err = capsys.readouterr().err
    assert "stored 0" in err and "skipped (already stored) 8" in err
    assert "failed 1 (1 as in an earlier run)" in err
    assert Store(db).count("documents") == 8
    # a pipeline that accepts a known number of bad records can pass, the failure still reported
    assert main([*args, "--max-failures", "1", "--json"]) == 0
    captured = capsys.readouterr()
    assert "1 record(s) failed, within --max-failures 1" in captured.err
    summary = json.loads(captured.out)
    assert (summary["skipped"], summary["failed"], summary["failed_as_before"]) == (8, 1, 1)
    assert summary["store"]["documents"] == 8


def test_cli_ingest_refuses_out_without_the_dask_engine(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", synthetic_records(1))
    assert main(["ingest", str(src), "--db", str(tmp_path / "m.db"), "--out", str(tmp_path / "shards")]) == 2
    assert "--out DIR is where the Dask engine" in capsys.readouterr().err


def test_cli_ingest_refuses_foreign_file(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", synthetic_records(2))
    db = tmp_path / "m.db"
    db.write_bytes(b"PK\x03\x04 not a database")
    assert main(["ingest", str(src), "--db", str(db), "--workers", "1", "--no-progress"]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    assert db.read_bytes() == b"PK\x03\x04 not a database"


def _ingest_cmd(src: Path, db: Path, workers: int = 1) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", "ingest", str(src), "--db", str(db), "--workers", str(workers),
            "--layers", ",".join(light_layers()), "--no-progress", "--commit-every", "10"]


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; only its parent's reaping is pending


def test_sigkill_midway_then_resume_equals_clean_run(tmp_path):
    rows = synthetic_records(600)
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    clean = tmp_path / "clean.db"
    subprocess.run(_ingest_cmd(src, clean), check=True, env=env, capture_output=True)

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen(_ingest_cmd(src, killed, workers=2), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _stored(killed) < 40 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    children = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # its pool workers notice and exit instead of lingering as orphans
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert children and not any(_alive(pid) for pid in children)
    partial = _stored(killed)
    assert 0 < partial < len(rows), "the kill should land midway"
    # the killed store is consistent: every stored document has its index row, signature and cluster
    conn = sqlite3.connect(killed)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM raw_seen").fetchone()[0] == partial
    conn.close()
    done = subprocess.run(_ingest_cmd(src, killed), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"skipped (already stored) {partial}" in done.stderr
    assert Store(killed).digest() == Store(clean).digest()
    cluster = dict(Store(clean).conn.execute("SELECT id, cluster_id FROM documents").fetchall())
    for n, row in enumerate(rows):
        if row["source"] == "outlet-copy":  # each wire copy is linked to the article it copies
            assert cluster[row["id"]] == cluster[rows[n - 1]["id"]]


def test_ctrl_c_commits_what_is_done_and_exits_130(tmp_path):
    rows = synthetic_records(500)
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    db = tmp_path / "m.db"
    proc = subprocess.Popen(_ingest_cmd(src, db, workers=2), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while _stored(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    err = proc.communicate(timeout=60)[1]
    if proc.returncode == 0:  # it finished before the signal landed: nothing to check
        return
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    partial = _stored(db)
    assert partial >= 20
    done = subprocess.run(_ingest_cmd(src, db), env=env, capture_output=True, text=True)
    assert done.returncode == 0 and f"skipped (already stored) {partial}" in done.stderr
    assert Store(db).count("documents") == len(rows)


def _dies_on_poison(chunk: list[RawRecord]) -> list:
    """Runs in a pool worker: the process dies (as if killed for memory) on a marked record."""
    from marsad.corpus.work import analyse_chunk

    if any("سم قاتل" in rec.body for rec in chunk):
        os._exit(3)
    return analyse_chunk(chunk)


def test_a_worker_that_dies_costs_only_its_record(tmp_path):
    from marsad.corpus.executor import WORKER_DIED, PoolExecutor

    rows = synthetic_records(40)
    records = [RawRecord(body=r["text"], title=r["title"], id=r["id"], origin=f"mem:{n}") for n, r in enumerate(rows)]
    records[17].body += " وقيل إن في الطعام سم قاتل."
    store = Store(tmp_path / "m.db")
    ex = PoolExecutor(2, light_layers(), fn=_dies_on_poison)
    try:
        stats = run_batch(records, store, ex)
    finally:
        ex.close()
    assert (stats.stored, stats.failed) == (39, 1)
    assert store.conn.execute("SELECT origin, error FROM failures").fetchall() == [("mem:17", WORKER_DIED)]


def test_cli_ingest_refuses_a_broken_pipeline_before_starting_workers(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", synthetic_records(2))
    db = tmp_path / "m.db"
    assert main(["ingest", str(src), "--db", str(db), "--workers", "2", "--layers", "quotes", "--no-progress"]) == 2
    assert "requires" in capsys.readouterr().err
    assert main(["ingest", str(src), "--db", str(db), "--workers", "1", "--layers", "nope", "--no-progress"]) == 2
    assert "unknown layer" in capsys.readouterr().err
    assert Store(db).count("documents") == 0


def test_pool_is_recycled_without_losing_or_reordering_anything(tmp_path, monkeypatch):
    import marsad.corpus.executor as executor_mod

    monkeypatch.setattr(executor_mod, "WORKER_MAX_CHUNKS", 1)  # a fresh pool every 2 chunks
    rows = synthetic_records(24)
    records = [RawRecord(body=r["text"], title=r["title"], id=r["id"], origin=f"mem:{n}") for n, r in enumerate(rows)]
    pooled, single = Store(tmp_path / "pool.db"), Store(tmp_path / "single.db")
    ex = executor_mod.PoolExecutor(2, light_layers())
    try:
        stats = run_batch(records, pooled, ex, chunk_size=4)
    finally:
        ex.close()
    assert ex._generation == 2 and stats.stored == 24
    run_batch(records, single, InProcessExecutor(light_layers()))
    assert pooled.digest() == single.digest()


def test_quiet_and_verbose(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", synthetic_records(3))
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n" * 12)
    base = ["ingest", str(src), "--workers", "1", "--layers", ",".join(light_layers()), "--no-progress"]
    assert main([*base, "--db", str(tmp_path / "q.db"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "marsad: failed:" not in err and "stored 3" not in err and "12 record(s) failed" in err
    assert main([*base, "--db", str(tmp_path / "v.db"), "--verbose"]) == 1
    assert capsys.readouterr().err.count("marsad: failed:") == 12
    assert main([*base, "--db", str(tmp_path / "d.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("marsad: failed:") == 10 and "more records failed" in err
