"""Story events: an event reported by several wire copies of one story is one event with its
documents and agencies, however the copies reach the store (one run, a resumed run, a later run
that merges clusters, Dask shards), and an old store migrates to the view."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from marsad.cli import main
from marsad.corpus import schema
from marsad.corpus.export import export
from marsad.corpus.search import Filters, search
from marsad.corpus.store import Store
from marsad.corpus.story_events import iter_story_events, story_events
from marsad.corpus.work import finish
from marsad.document import Document, Entity, Event, Mention, SourceRef, Span
from test_corpus_helpers import _at, build_store

STORY_BODY = (
    "اتهمت إيران الولايات المتحدة بعرقلة المفاوضات الجارية حول برنامجها النووي، وقال المتحدث باسم الخارجية في "
    "مؤتمر صحفي عقده في العاصمة إن الوفد المفاوض قدم مقترحات عملية خلال الجولة الأخيرة لكنه لم يتلق أي رد حتى "
    "الآن. وأضاف المتحدث أن بلاده ما زالت ملتزمة بالحوار وتنتظر خطوات ملموسة من الأطراف الأخرى قبل موعد الجولة "
    "المقبلة التي يتوقع أن تعقد الشهر المقبل في العاصمة النمساوية بحضور ممثلين عن الدول الأوروبية الثلاث. "
    "وأكد أن الوفد سيواصل مشاوراته مع الشركاء الإقليميين لتقريب وجهات النظر قبل الجولة."
)
OTHER_BODY = (
    "اتهمت إيران الولايات المتحدة بالوقوف وراء العقوبات الجديدة على قطاع الشحن البحري، في بيان مطول تناول "
    "أوضاع الموانئ وحركة الناقلات في الخليج خلال الأشهر الماضية وأثرها على أسعار الشحن والتأمين."
)


def _entity(text: str, eid: str, etype: str, name: str, name_en: str, kb: str) -> Entity:
    ent = Entity(eid, etype, name, name_en, kb)
    s, e = _at(text, name)
    ent.mentions.append(Mention(s, e, name))
    return ent


def story_doc(doc_id: str, body: str, published: str, agency: str, agency_en: str, event_date: str | None,
              title: str = "إيران تتهم واشنطن بعرقلة المفاوضات") -> Document:
    text = f"{title}\n\n{body}\n\nالمصدر: {agency}"
    doc = Document(text=text, id=doc_id, title=title, source=f"outlet-{doc_id}", published=published,
                   origin=f"t.jsonl:{doc_id}")
    iran = _entity(text, "e1", "LOC", "إيران", "Iran", "marsad:loc/iran")
    usa = _entity(text, "e2", "LOC", "الولايات المتحدة", "United States", "marsad:loc/united-states")
    src = Entity("e3", "ORG", agency, agency_en, f"marsad:org/{agency_en.lower()}")
    s, e = _at(text, agency, text.count(agency) - 1)
    src.mentions.append(Mention(s, e, agency))
    doc.entities = [iran, usa, src]
    doc.sources = [SourceRef("e3", s, e, agency)]
    es, ee = _at(text, "اتهمت إيران الولايات المتحدة")
    doc.events = [Event("ACCUSE", es, ee, text[es:ee], actor="e1", target="e2", date=event_date, trigger="اتهمت")]
    doc.layers = ["entities", "sources", "events"]
    return doc


def copies() -> list[Document]:
    # two wire copies of one story, a day apart, each dating the event by its own publication day
    a = story_doc("wire-1", STORY_BODY, "2026-04-02", "رويترز", "Reuters", "2026-04-02")
    b = story_doc("wire-2", STORY_BODY.replace("حتى الآن", "حتى اللحظة"), "2026-04-03", "فرانس برس", "AFP",
                  "2026-04-03")
    return [a, b]


def unrelated() -> Document:
    # the same actors and type in another story: another event
    return story_doc("other-1", OTHER_BODY, "2026-04-02", "رويترز", "Reuters", "2026-04-02",
                     title="طهران تحمل واشنطن مسؤولية عقوبات الشحن")


def _add(store: Store, docs: list[Document]) -> None:
    store.begin()
    for doc in docs:
        store.add(finish(doc, f"raw-{doc.id}"))
    store.commit()


def test_wire_copies_report_one_story_event(tmp_path):
    store = build_store(tmp_path / "m.db", [*copies(), unrelated()])
    clusters = dict(store.conn.execute("SELECT id, cluster_id FROM documents").fetchall())
    assert clusters["wire-1"] == clusters["wire-2"] != clusters["other-1"]
    assert store.count("events") == 3  # the per-document view is unchanged
    found = story_events(store.conn)
    assert len(found) == 2
    wire = next(s for s in found if s.cluster_id == clusters["wire-1"])
    assert (wire.type, wire.actor["name_en"], wire.target["name_en"]) == ("ACCUSE", "Iran", "United States")
    assert wire.n_documents == 2
    assert [d["id"] for d in wire.documents] == ["wire-1", "wire-2"]  # earliest first
    assert [a["name_en"] for a in wire.agencies] == ["Reuters", "AFP"]
    assert (wire.first_seen, wire.last_seen, wire.date) == ("2026-04-02", "2026-04-03", "2026-04-02")
    text = store.conn.execute("SELECT text FROM documents WHERE id = 'wire-2'").fetchone()[0]
    d = wire.documents[1]
    assert text[d["start"]:d["end"]] == d["evidence"]
    other = next(s for s in found if s.cluster_id == clusters["other-1"])
    assert other.n_documents == 1 and [a["name_en"] for a in other.agencies] == ["Reuters"]
    json.dumps([s.to_json() for s in found], ensure_ascii=False)


def test_filters_and_paging(tmp_path):
    store = build_store(tmp_path / "m.db", [*copies(), unrelated()])
    conn = store.conn
    iran = conn.execute("SELECT id FROM actors WHERE kb = 'marsad:loc/iran'").fetchone()[0]
    usa = conn.execute("SELECT id FROM actors WHERE kb = 'marsad:loc/united-states'").fetchone()[0]
    assert len(story_events(conn, type="accuse")) == 2
    assert story_events(conn, type="ASSAULT") == []
    assert len(story_events(conn, actor=iran)) == 2
    assert len(story_events(conn, actor=usa, role="target")) == 2
    assert story_events(conn, actor=usa, role="actor") == []
    assert len(story_events(conn, since="2026-04-02", until="2026-04-02")) == 2
    assert story_events(conn, since="2026-04-03") == []
    first = story_events(conn, limit=1)
    second = story_events(conn, limit=1, after=first[0].id)
    assert len(first) == len(second) == 1 and first[0].id < second[0].id
    assert story_events(conn, limit=1, after=second[0].id) == []
    assert [s.id for s in story_events(conn, newest_first=True)] == [second[0].id, first[0].id]
    assert [s.id for s in iter_story_events(conn, page=1)] == [first[0].id, second[0].id]
    # document search filters see the events as before
    assert {r.id for r in search(conn, None, Filters(event_type="ACCUSE"))} == {"wire-1", "wire-2", "other-1"}
    assert {r.id for r in search(conn, "المفاوضات", Filters(event_type="ACCUSE"), collapse=True)} <= {
        "wire-1", "wire-2"}


def test_copy_added_later_and_merged_clusters(tmp_path):
    a, b = copies()
    store = build_store(tmp_path / "m.db", [a, unrelated()])
    assert sorted(s.n_documents for s in story_events(store.conn)) == [1, 1]
    store.close()
    # a resumed / later run brings the other copy: the story event gains a document
    store = Store(tmp_path / "m.db")
    _add(store, [b])
    assert sorted(s.n_documents for s in story_events(store.conn)) == [1, 2]
    # clusters merging (as dedup does: every member moves to the surviving cluster) merge the
    # story events of the same key
    conn = store.conn
    keep, gone = (r[0] for r in conn.execute("SELECT DISTINCT cluster_id FROM documents ORDER BY 1"))
    conn.execute("UPDATE documents SET cluster_id = ? WHERE cluster_id = ?", (keep, gone))
    (merged,) = story_events(conn)
    assert merged.n_documents == 3 and len(merged.agencies) == 2


def test_unnamed_sides_and_explicit_days_keep_events_apart(tmp_path):
    a, b = copies()
    for doc, words in ((a, "الوفد المفاوض"), (b, "الأطراف الأخرى")):  # common nouns, not named actors
        s, e = _at(doc.text, words)
        doc.events.append(Event("ASSAULT", s, e, words, actor_span=Span(s, e, words), actor_sector="MIL",
                                date=doc.published))
    # an explicit other day in one copy is another event
    s, e = _at(b.text, "الجولة الأخيرة")
    b.events.append(Event("ACCUSE", s, e, b.text[s:e], actor="e1", target="e2", date="2026-03-20"))
    store = build_store(tmp_path / "m.db", [a, b])
    found = story_events(store.conn)
    assert sorted((s.type, s.date, s.n_documents) for s in found) == [
        ("ACCUSE", "2026-03-20", 1), ("ACCUSE", "2026-04-02", 2), ("ASSAULT", "2026-04-02", 1),
        ("ASSAULT", "2026-04-03", 1)]
    assert {s.actor["name"] for s in found if s.type == "ASSAULT"} == {"الوفد المفاوض", "الأطراف الأخرى"}
    assert {s.actor["sector"] for s in found if s.type == "ASSAULT"} == {"MIL"}


def test_export_both_views(tmp_path):
    store = build_store(tmp_path / "m.db", [*copies(), unrelated()])
    store.close()
    conn = schema.connect(tmp_path / "m.db", readonly=True)
    assert export(conn, "events", "jsonl", tmp_path / "ev.jsonl") == 3
    assert export(conn, "story_events", "csv", tmp_path / "st.csv") == 2
    rows = list(csv.DictReader(io.StringIO((tmp_path / "st.csv").read_text(encoding="utf-8"))))
    wire = next(r for r in rows if r["n_documents"] == "2")
    assert wire["documents"] == "wire-1; wire-2"
    assert wire["agencies_en"] == "Reuters; AFP"
    assert wire["first_seen"] == "2026-04-02" and wire["type"] == "ACCUSE" and wire["actor_name_en"] == "Iran"
    assert main(["export", "--what", "story_events", "--db", str(tmp_path / "m.db"), "--out",
                 str(tmp_path / "st.jsonl")]) == 0
    assert len((tmp_path / "st.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_dask_shards_load_into_story_events(tmp_path):
    from marsad.corpus.dask_engine import write_shard

    docs = [*copies(), unrelated()]
    (tmp_path / "shards").mkdir()
    write_shard([finish(d, f"raw-{d.id}") for d in docs[:1]], tmp_path / "shards" / "part-000000-a.parquet")
    write_shard([finish(d, f"raw-{d.id}") for d in docs[1:]], tmp_path / "shards" / "part-000001-a.parquet")
    assert main(["load", str(tmp_path / "shards"), "--db", str(tmp_path / "m.db"), "--no-progress"]) == 0
    conn = schema.connect(tmp_path / "m.db", readonly=True)
    assert sorted(s.n_documents for s in story_events(conn)) == [1, 2]


def test_v4_store_migrates_to_story_events(tmp_path):
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for script in schema.MIGRATIONS[:4]:
        for stmt in schema._statements(script):
            conn.execute(stmt)
    conn.execute("INSERT INTO meta(key, value) VALUES ('app', ?)", (schema.APP_MARKER,))
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO documents(rowid, hash, id, text, record, layers, cluster_id, published) "
                 "VALUES (1, 'h1', 'old-1', 'نص', '{}', '[]', 1, '2026-01-01')")
    conn.execute("INSERT INTO clusters(id, canonical, size) VALUES (1, 1, 1)")
    conn.execute("INSERT INTO events(doc, type, char_start, char_end, text) VALUES (1, 'PROTEST', 0, 3, 'نص')")
    conn.close()
    store = Store(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 5
    (old,) = story_events(store.conn)
    assert (old.type, old.n_documents, old.actor, old.date) == ("PROTEST", 1, None, "2026-01-01")
    _add(store, copies())
    assert sorted(s.n_documents for s in story_events(store.conn)) == [1, 2]


def test_marsad_migrate_lets_read_only_commands_open_an_old_store(tmp_path, capsys):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for script in schema.MIGRATIONS[:4]:
        for stmt in schema._statements(script):
            conn.execute(stmt)
    conn.execute("INSERT INTO meta(key, value) VALUES ('app', ?)", (schema.APP_MARKER,))
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    with pytest.raises(schema.StoreError, match="marsad migrate --db"):
        schema.connect(path, readonly=True)
    assert main(["migrate", "--db", str(path)]) == 0
    assert "4 -> 5" in capsys.readouterr().err
    schema.connect(path, readonly=True).close()
    assert main(["migrate", "--db", str(path)]) == 0 and "already up to date" in capsys.readouterr().err
    assert main(["migrate", "--db", str(tmp_path / "absent.db")]) == 2
