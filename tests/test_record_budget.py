"""Budgets per record (corpus/budget.py): a record over its time is a failure and the run goes on;
a worker over its memory is replaced and the record it was analysing reported. Layers built for
these tests sleep, swallow the interruption or allocate when a record carries their cue word."""

from __future__ import annotations

import contextlib
import json
import signal
import time

import pytest

from marsad.cli import main
from marsad.corpus import work
from marsad.corpus.budget import Budget
from marsad.corpus.executor import PoolExecutor
from marsad.corpus.runner import run_batch
from marsad.corpus.store import Store
from marsad.document import Document
from marsad.ingest.record import RawRecord
from marsad.layers.registry import register, unregister
from marsad.pipeline import Analyzer

SENTENCES = [
    "افتتح أمير المنطقة مساء الأحد معرضا للكتاب في جدة بمشاركة مئات دور النشر.",
    "أعلنت الهيئة العامة للإحصاء أن معدل التضخم تراجع في شهر مارس الماضي.",
    "وصل وفد تجاري إلى الرياض يوم الاثنين لبحث فرص الاستثمار في قطاع الطاقة.",
    "شهدت مدينة أبها أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الفرعية.",
]
SLOW, STUBBORN, HUNGRY, GREEDY = "بطيء", "عنيد", "جائع", "نهم"
_HELD: list[bytes] = []  # what the hungry layer keeps, so that its worker stays large


class MisbehavingLayer:
    """Sleeps on SLOW; ignores the interruption on STUBBORN; keeps 300 MB on HUNGRY; holds 700 MB
    for a while on GREEDY. Any other record passes untouched."""

    name = "misbehaving"
    requires = ()
    assigns = ()

    def __call__(self, doc: Document) -> Document:
        if SLOW in doc.text:
            time.sleep(30)
        if STUBBORN in doc.text:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                # what a careless layer does (swallow everything): the watchdog's case
                with contextlib.suppress(BaseException):
                    time.sleep(max(0.0, deadline - time.monotonic()))
        if HUNGRY in doc.text:
            _HELD.append(b"\x01" * (300 * 2**20))
        if GREEDY in doc.text:
            held = b"\x01" * (700 * 2**20)
            time.sleep(5)
            del held
        return doc


def _records(cues: dict[int, str], n: int = 8) -> list[RawRecord]:
    records = []
    for i in range(n):
        body = SENTENCES[i % len(SENTENCES)] + f" وهذا الخبر رقم {i}."
        if i in cues:
            body += f" {cues[i]}"
        records.append(RawRecord(body=body, title=f"خبر {i}", id=f"r{i}", origin=f"in.jsonl:{i + 1}"))
    return records


def _with_misbehaving_layer(chunk: list[RawRecord]) -> list:
    """Runs in a pool worker: the worker's own Analyzer plus the misbehaving layer, under the
    worker's real guard (what `analyse_chunk` uses)."""
    if not any(layer.name == "misbehaving" for layer in work._ANALYZER.layers):
        work._ANALYZER = Analyzer([*work._ANALYZER.layers, MisbehavingLayer()])
        # what a layer loads on its first document is not what these tests time (on a loaded
        # machine, a fresh worker's first record can take seconds)
        work.analyse(work._ANALYZER, RawRecord(body=SENTENCES[0], origin="warm-up"))
    return work.analyse_chunk(chunk)


def _pool_run(tmp_path, records: list[RawRecord], budget: Budget) -> tuple[Store, object, int]:
    """The store, the counts and how many times the pool's workers were replaced."""
    store = Store(tmp_path / "m.db")
    ex = PoolExecutor(2, ["dates"], fn=_with_misbehaving_layer, budget=budget)
    try:
        stats = run_batch(records, store, ex, chunk_size=2)
    finally:
        ex.close()
    return store, stats, ex._generation


def _failures(store: Store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT origin, error FROM failures").fetchall())


@pytest.fixture
def misbehaving():
    register("misbehaving", MisbehavingLayer)
    yield
    unregister("misbehaving")


def test_a_slow_record_is_a_failure_in_process_and_the_run_goes_on(tmp_path, misbehaving, capsys):
    rows = [{"id": r.id, "title": r.title, "text": r.body} for r in _records({2: SLOW}, 5)]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "m.db"
    started = time.monotonic()
    status = main(["ingest", str(src), "--db", str(db), "--workers", "1", "--layers", "dates,misbehaving",
                   "--record-timeout", "2", "--no-progress"])
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    failures = _failures(Store(db))
    assert list(failures) == [f"{src}:3"] and "2 s budget" in failures[f"{src}:3"]
    assert Store(db).count("documents") == 4
    # SIGALRM is given back: nothing of the run fires later in the caller's process
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_pipeline_refused_in_process_gives_sigalrm_back(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": SENTENCES[0]}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["ingest", str(src), "--db", str(tmp_path / "m.db"), "--workers", "1", "--layers", "nope",
                 "--no-progress"]) == 2
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL


def test_the_record_timeout_option_is_validated(capsys):
    for bad in ("soon", "-1", "nan"):
        with pytest.raises(SystemExit) as exit_:
            main(["ingest", "x.jsonl", "--record-timeout", bad])
        assert exit_.value.code == 2
    assert "--record-timeout" in capsys.readouterr().err


def test_pool_slow_and_stubborn_records_fail_alone(tmp_path):
    records = _records({1: SLOW, 5: STUBBORN})
    store, stats, _ = _pool_run(tmp_path, records, Budget(seconds=2, memory_mb=None, grace_seconds=1.0))
    failures = _failures(store)
    assert (stats.stored, stats.failed) == (6, 2)
    assert "2 s budget" in failures["in.jsonl:2"] and "did not stop" not in failures["in.jsonl:2"]
    # the layer swallowed the interruption: the watchdog stopped its worker, the pool went on (when
    # the broken pool's processes are already gone, the reason is only "worker process died")
    assert ("did not stop when interrupted" in failures["in.jsonl:6"]
            or "worker process died" in failures["in.jsonl:6"])


def test_pool_worker_over_its_memory_is_replaced_and_its_record_reported(tmp_path):
    records = _records({2: HUNGRY, 6: GREEDY}, 10)
    store, stats, replaced = _pool_run(tmp_path, records, Budget(seconds=None, memory_mb=250))
    failures = _failures(store)
    assert (stats.stored, stats.failed) == (8, 2), failures
    # new workers: for the hungry one's pool, and for the greedy record's stopped worker
    assert replaced >= 2
    assert "over the 250 MB budget" in failures["in.jsonl:3"] and "replaced" in failures["in.jsonl:3"]
    # the greedy record is stopped mid-record; when the stop lands while its chunk is re-run one
    # record at a time (the pool broke), the rescue reports it as a worker that died: either way
    # it is reported, alone, and the run goes on
    assert ("1.5 times the 250 MB budget" in failures["in.jsonl:7"]
            or "worker process died" in failures["in.jsonl:7"])
    stored = [r[0] for r in store.conn.execute("SELECT origin FROM documents ORDER BY rowid")]
    assert stored == [f"in.jsonl:{i + 1}" for i in range(10) if i not in (2, 6)]
