"""Per-layer store rows: computed from the typed Document, written by the store as they are."""

from __future__ import annotations

import json

from marsad.corpus import tables
from marsad.corpus.store import Store
from marsad.corpus.tables import LAYER_TABLES, Table, document_of, document_row
from marsad.corpus.work import finish
from marsad.document import Document
from test_corpus_helpers import build_store, lavrov_doc


def _stored(store: Store, table: Table) -> list[tuple]:
    columns = ", ".join(table.columns)
    return sorted(store.conn.execute(f"SELECT {columns} FROM {table.name}").fetchall(), key=repr)


def test_store_holds_the_rows_each_layer_gives(tmp_path):
    doc = lavrov_doc()
    store = build_store(tmp_path / "m.db", [doc])
    actors = dict(store.conn.execute("SELECT local_id, actor FROM doc_entities").fetchall())
    assert set(actors) == {e.id for e in doc.entities}
    for table in tables.tables():
        assert _stored(store, table) == sorted(table.rows(doc, actors), key=repr), table.name
    speaker, via = store.conn.execute("SELECT speaker_actor, via FROM quotes").fetchone()
    assert (speaker, json.loads(via)) == (actors["e1"], [actors["e2"]])
    row = store.conn.execute("SELECT id, origin, title, source, url, published, text, layers, tone FROM documents")
    assert row.fetchone() == document_row(doc)


def test_every_layer_with_tables_has_a_document_field():
    for layer in LAYER_TABLES:
        assert isinstance(getattr(Document(text="نص"), layer), list), layer


def test_a_registered_table_is_written_without_store_changes(tmp_path, monkeypatch):
    store = build_store(tmp_path / "m.db", [])
    store.conn.execute("CREATE TABLE quote_lengths (doc INTEGER NOT NULL, length INTEGER NOT NULL)")
    extra = Table("quote_lengths", ("length",), lambda doc, actors: ((q.end - q.start,) for q in doc.quotes))
    monkeypatch.setitem(LAYER_TABLES, "quote_lengths", (extra,))
    doc = lavrov_doc()
    store.begin()
    store.add(finish(doc, "raw-lengths"))
    store.commit()
    assert _stored(store, extra) == sorted((q.end - q.start,) for q in doc.quotes)


def test_results_are_rebuilt_as_documents():
    doc = lavrov_doc()
    again = document_of(finish(doc, "raw"))
    assert again.to_record() == doc.to_record()
    assert again.quotes[0].speaker is not None and again.quotes[0].speaker.entity == "e1"
