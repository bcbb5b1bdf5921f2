"""The store: schema guard, idempotent writes, rows with offsets, near-duplicate clusters."""

from __future__ import annotations

import sqlite3

import pytest

from marsad.corpus.schema import SCHEMA_VERSION, StoreError, connect
from marsad.corpus.store import Store
from marsad.corpus.work import finish
from marsad.document import Document, Entity, Mention
from test_corpus_helpers import (
    ECONOMY_BODY,
    LAVROV_BODY,
    WIRE_BODY,
    WIRE_EDIT,
    build_store,
    lavrov_doc,
    plain_doc,
    sample_docs,
)


def test_new_store_is_versioned_and_reopens(tmp_path):
    path = tmp_path / "m.db"
    build_store(path).close()
    conn = connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    ro = connect(path, readonly=True)
    assert ro.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_not_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("هذه ملاحظات وليست قاعدة بيانات\n" * 10, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)
    assert path.read_bytes() == before


def test_foreign_and_newer_sqlite_are_refused(tmp_path):
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a marsad store"):
        Store(foreign)
    newer = tmp_path / "newer.db"
    build_store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(newer)


def test_truncated_database_is_refused(tmp_path):
    path = tmp_path / "broken.db"
    build_store(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00garbage" * 50)
    with pytest.raises(StoreError):
        Store(path).stats()


def test_adding_twice_changes_nothing(tmp_path):
    store = build_store(tmp_path / "m.db")
    digest = store.digest()
    store.begin()
    outcomes = [store.add(finish(doc, f"raw-{doc.id}")) for doc in sample_docs()]
    store.commit()
    assert outcomes == ["skipped"] * 5
    assert store.digest() == digest


def test_rows_point_at_the_text(tmp_path):
    store = build_store(tmp_path / "m.db")
    conn = store.conn
    text = conn.execute("SELECT text FROM documents WHERE id = 'lavrov-1'").fetchone()[0]
    for table in ("mentions", "quotes", "sources", "dates", "events"):
        rows = conn.execute(f"SELECT char_start, char_end, text FROM {table}").fetchall()
        assert rows, table
        for start, end, surface in rows:
            if table in ("sources", "mentions") and surface == "رويترز":
                continue
            assert text[start:end] == surface
    speaker = conn.execute(
        "SELECT a.name_en, a.kb FROM quotes q JOIN actors a ON a.id = q.speaker_actor").fetchone()
    assert speaker == ("Sergey Lavrov", "marsad:per/sergey-lavrov")
    # one actor per kb id, however many mentions
    assert conn.execute("SELECT count(*) FROM actors WHERE kb = 'marsad:per/sergey-lavrov'").fetchone()[0] == 1


def test_wire_copies_share_a_cluster_with_earliest_canonical(tmp_path):
    store = build_store(tmp_path / "m.db")
    rows = dict(store.conn.execute("SELECT id, cluster_id FROM documents").fetchall())
    assert rows["wire-a"] == rows["wire-b"]
    assert len({rows["lavrov-1"], rows["wire-a"], rows["oil-1"], rows["sport-1"]}) == 4
    canonical = store.conn.execute(
        "SELECT d.id FROM clusters k JOIN documents d ON d.rowid = k.canonical WHERE k.id = ?", (rows["wire-a"],)
    ).fetchone()[0]
    assert canonical == "wire-b"  # published a day earlier
    store.close()
    # incremental, in a fresh process; and a store whose LSH rows are missing (written before
    # they were kept in the store) gets them back from the stored signatures
    conn = sqlite3.connect(tmp_path / "m.db")
    conn.execute("DELETE FROM lsh")
    conn.commit()
    conn.close()
    store = Store(tmp_path / "m.db")
    third = plain_doc("wire-c", "انطلاق حملة الحصبة", WIRE_BODY + " وتأتي الحملة ضمن خطة الوزارة السنوية.",
                      "2026-02-28", "outlet-c")
    store.begin()
    assert store.add(finish(third, "raw-wire-c")) == "clustered"
    store.commit()
    cluster = store.conn.execute("SELECT cluster_id FROM documents WHERE id = 'wire-c'").fetchone()[0]
    assert cluster == rows["wire-a"]
    size, canonical = store.conn.execute(
        "SELECT k.size, d.id FROM clusters k JOIN documents d ON d.rowid = k.canonical WHERE k.id = ?", (cluster,)
    ).fetchone()
    assert (size, canonical) == (3, "wire-c")
    assert store.count("documents") == 6  # duplicates are kept


def test_failed_store_write_rolls_back_that_document_only(tmp_path):
    store = build_store(tmp_path / "m.db", [])
    bad = lavrov_doc()
    res = finish(bad, "raw-bad")
    res.record_json = res.record_json.replace('"type": "PER"', '"type": null')  # violates NOT NULL
    res.doc = None  # read from its record JSON, as a result from a worker process is
    store.begin()
    with pytest.raises(sqlite3.IntegrityError):
        store.add(res)
    good = plain_doc("sport-1", "الهلال يفوز", "فاز الهلال على النصر في مباراة مثيرة مساء الجمعة.", None, None)
    assert store.add(finish(good, "raw-good")) == "stored"
    store.commit()
    assert [r[0] for r in store.conn.execute("SELECT id FROM documents")] == ["sport-1"]
    assert store.count("doc_fts") == 1 and store.count("mentions") == 0


def test_one_writer_at_a_time_readers_welcome(tmp_path):
    path = tmp_path / "m.db"
    writer = build_store(path)
    with pytest.raises(StoreError, match="another marsad process"):
        Store(path)
    reader = Store(path, readonly=True)
    assert reader.count("documents") == 5
    writer.close()
    Store(path).close()  # the lock goes with the writer


def test_v1_store_is_migrated_and_failures_keep_current_state(tmp_path):
    from marsad.corpus import schema

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for stmt in schema._statements(schema.MIGRATIONS[0]):
        conn.execute(stmt)
    conn.execute("INSERT INTO meta(key, value) VALUES ('app', ?)", (schema.APP_MARKER,))
    conn.execute("PRAGMA user_version = 1")
    conn.executemany("INSERT INTO failures(origin, error, time) VALUES (?, ?, ?)",
                     [("a.jsonl:3", "old message", "2026-01-01T00:00:00"),
                      ("a.jsonl:3", "new message", "2026-01-02T00:00:00"),
                      ("a.jsonl:9", "still broken", "2026-01-01T00:00:00")])
    conn.close()
    store = Store(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.conn.execute("SELECT origin, error FROM failures ORDER BY origin").fetchall() == [
        ("a.jsonl:3", "new message"), ("a.jsonl:9", "still broken")]
    store.begin()
    store.add_failure("a.jsonl:9", "broken differently")
    fixed = plain_doc("x", "عنوان الخبر", "نص الخبر بعد إصلاح القارئ.", None, None)
    fixed.origin = "a.jsonl:3"
    assert store.add(finish(fixed, "raw-x")) == "stored"
    store.commit()
    assert store.conn.execute("SELECT origin, error FROM failures").fetchall() == [("a.jsonl:9", "broken differently")]


def _cable(doc_id: str, country: str, kb: str) -> Document:
    body = (
        f"بعث خادم الحرمين الشريفين برقية تهنئة إلى رئيس {country} بمناسبة ذكرى استقلال بلاده، أعرب فيها عن "
        f"أصدق التهاني وأطيب التمنيات بموفور الصحة والسعادة، ولشعب {country} الشقيق المزيد من التقدم والازدهار. "
        "كما بعث ولي العهد برقية تهنئة مماثلة عبر فيها عن أطيب التهاني وأصدق التمنيات."
    )
    doc = plain_doc(doc_id, f"القيادة تهنئ رئيس {country}", body, "2026-08-01", "outlet-a")
    ent = Entity("e1", "LOC", country, None, kb)
    start = -1
    while (start := doc.text.find(country, start + 1)) >= 0:
        ent.mentions.append(Mention(start, start + len(country), country))
    doc.entities = [ent]
    return doc


def test_templated_texts_about_different_entities_are_not_copies(tmp_path):
    niger, jamaica = _cable("c1", "النيجر", "marsad:loc/niger"), _cable("c2", "جامايكا", "marsad:loc/jamaica")
    niger_copy = _cable("c3", "النيجر", "marsad:loc/niger")  # another outlet's copy: same entity
    store = build_store(tmp_path / "m.db", [niger, jamaica])
    assert similarity_of(store, "c1", "c2") >= 0.5  # the shingles alone would call them copies
    store.begin()
    assert store.add(finish(niger_copy, "raw-c3")) == "clustered"
    store.commit()
    rows = dict(store.conn.execute("SELECT id, cluster_id FROM documents").fetchall())
    assert rows["c1"] != rows["c2"] and rows["c3"] == rows["c1"]


def similarity_of(store: Store, a: str, b: str) -> float:
    from marsad.corpus.dedup import similarity

    sig = {i: s for i, s in store.conn.execute(
        "SELECT d.id, m.sig FROM minhash m JOIN documents d ON d.rowid = m.doc")}
    return similarity(sig[a], sig[b])


def test_signatures_are_datasketch_minhashes():
    # Stores written before the numpy signature hold datasketch's values: both must agree, or
    # a resumed run would stop recognising copies of what it stored earlier.
    import numpy as np

    MinHash = pytest.importorskip("datasketch").MinHash
    from marsad.corpus.dedup import NUM_PERM, SCHEME, SEED, shingles, signature

    for text in (WIRE_BODY, WIRE_EDIT, LAVROV_BODY, ECONOMY_BODY, WIRE_BODY * 3):
        mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        mh.update_batch([s.encode("utf-8") for s in shingles(text)])
        assert signature(text) == np.asarray(mh.hashvalues, dtype=np.uint32).tobytes()
    assert signature("نص قصير جدا") is None


def test_full_text_rows_follow_their_transaction(tmp_path):
    # the index rows wait for the commit (FTS5 flushes at every savepoint otherwise): a batch
    # rolled back leaves none behind, a committed one is searchable at once
    def hits(store: Store, word: str) -> int:
        return store.conn.execute("SELECT count(*) FROM doc_fts WHERE doc_fts MATCH ?", (f'"{word}"',)).fetchone()[0]

    store = Store(tmp_path / "s.db")
    store.begin()
    store.add(finish(lavrov_doc(), "raw-1"))
    store.rollback()
    assert hits(store, "لافروف") == 0 and store.count("documents") == 0
    store.begin()
    store.add(finish(lavrov_doc(), "raw-1"))
    store.commit()
    assert hits(store, "لافروف") == 1
    store.commit()  # a second commit (as after a Ctrl-C) indexes nothing twice
    assert hits(store, "لافروف") == 1
    store.close()


def test_one_writer_per_store_whatever_the_path_and_no_lock_file_left(tmp_path):
    from marsad.corpus.schema import StoreError

    db = tmp_path / "news.db"
    link = tmp_path / "link.db"
    link.symlink_to(db)
    first = Store(db)
    with pytest.raises(StoreError, match="another marsad process"):
        Store(link)
    first.close()
    second = Store(link)  # free again once the first writer closed
    second.close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["link.db", "news.db"]
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(tmp_path / "no-such-dir" / "x.db")


def test_a_result_made_in_process_is_stored_from_its_document_and_pickled_without_it(tmp_path):
    import pickle

    res = finish(lavrov_doc(), "raw-lavrov")
    assert res.doc is not None  # the store reads its rows from it, not from the record parsed back
    again = pickle.loads(pickle.dumps(res))
    assert again.doc is None and again.record_json == res.record_json and again.sig == res.sig
    assert again.rows is not None  # the store's rows, made where the document was analysed
    rows = {}
    for name, result in (("in-process", res), ("from a worker", again)):
        store = Store(tmp_path / f"{name}.db")
        store.begin()
        assert store.add(result) == "stored"
        store.commit()
        rows[name] = [store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()
                      for t in ("documents", "mentions", "quotes", "sources", "dates", "events", "clusters",
                                "doc_entities", "actors", "minhash", "lsh")]
        rows[name].append(store.conn.execute("SELECT * FROM raw_seen ORDER BY 1").fetchall())
        store.close()
    assert rows["in-process"] == rows["from a worker"]


def test_a_stored_document_is_its_own_cluster_and_clears_its_old_failure(tmp_path):
    store = Store(tmp_path / "m.db")
    store.begin()
    doc = lavrov_doc()
    doc.origin = "feed.jsonl#3"
    store.add_failure("feed.jsonl#3", "timed out")
    store.add_failure("feed.jsonl#9", "timed out")
    store.commit()
    store.begin()
    assert store.add(finish(doc, "raw-1")) == "stored"
    store.add(finish(plain_doc("sport-1", "الهلال يفوز", "فاز الهلال على النصر في مباراة مثيرة.", None, None), "raw-2"))
    store.commit()
    assert store.conn.execute("SELECT origin FROM failures").fetchall() == [("feed.jsonl#9",)]
    assert store.conn.execute("SELECT rowid, cluster_id FROM documents ORDER BY rowid").fetchall() == [(1, 1), (2, 2)]
    store.close()
