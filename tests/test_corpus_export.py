"""Exports: quotes, entities, events, documents in CSV / JSONL / Parquet, the network in GraphML."""

from __future__ import annotations

import csv
import json

import pytest

from marsad.cli import main
from marsad.corpus.export import export
from test_corpus_helpers import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "m.db"
    build_store(path).close()
    return path


def test_quotes_jsonl_has_speaker_agency_and_offsets(db, tmp_path):
    out = tmp_path / "q.jsonl"
    assert main(["export", "--what", "quotes", "--format", "jsonl", "--db", str(db), "--out", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    q = rows[0]
    assert q["speaker_name_en"] == "Sergey Lavrov" and q["speaker_kb"] == "marsad:per/sergey-lavrov"
    assert q["agency"] == "تاس" and q["agency_en"] == "TASS"
    assert q["document_id"] == "lavrov-1" and q["published"] == "2026-01-13"
    from marsad.corpus.schema import connect

    text = connect(db, readonly=True).execute("SELECT text FROM documents WHERE id = 'lavrov-1'").fetchone()[0]
    assert text[q["start"] : q["end"]] == q["text"]
    assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_text"]


def test_entities_csv_counts_mentions(db, tmp_path):
    out = tmp_path / "e.csv"
    assert main(["export", "--what", "entities", "--format", "csv", "--db", str(db), "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = {r["name_en"]: r for r in csv.DictReader(fh)}
    assert rows["Sergey Lavrov"]["mentions"] == "3" and rows["Sergey Lavrov"]["quotes"] == "1"
    assert rows["TASS"]["cited_as_source"] == "1"
    assert rows["Reuters"]["documents"] == "1"


def test_events_and_documents_parquet(db, tmp_path):
    import pyarrow.parquet as pq

    from marsad.corpus.schema import connect

    conn = connect(db, readonly=True)
    assert export(conn, "events", "parquet", tmp_path / "ev.parquet") == 1
    ev = pq.read_table(tmp_path / "ev.parquet").to_pylist()[0]
    assert (ev["type"], ev["actor_name_en"], ev["target_name_en"]) == ("REJECT", "Russia", "NATO")
    assert ev["date"] == "2026-01-13"
    assert export(conn, "documents", "parquet", tmp_path / "d.parquet") == 5
    docs = {r["document_id"]: r for r in pq.read_table(tmp_path / "d.parquet").to_pylist()}
    assert docs["wire-a"]["cluster_id"] == docs["wire-b"]["cluster_id"]
    assert docs["wire-a"]["cluster_canonical"] == "wire-b" and docs["wire-b"]["is_canonical"]
    assert docs["wire-a"]["cluster_size"] == 2 and docs["oil-1"]["cluster_size"] == 1
    assert docs["lavrov-1"]["quotes"] == 1


def test_network_graphml_for_gephi(db, tmp_path):
    import networkx as nx

    out = tmp_path / "net.graphml"
    assert main(["export", "--what", "network", "--format", "graphml", "--db", str(db), "--out", str(out)]) == 0
    g = nx.read_graphml(out)
    labels = {n: d["label"] for n, d in g.nodes(data=True)}
    by_label = {v: k for k, v in labels.items()}
    lav, tass = by_label["سيرغي لافروف"], by_label["تاس"]
    kinds = {d["kind"] for u, v, d in g.edges(data=True) if (u, v) == (lav, tass)}
    assert "reported_via" in kinds
    assert any(d["kind"] == "cooccur" for _, _, d in g.edges(data=True))


def test_csv_to_stdout_and_bad_combinations(db, capsys):
    assert main(["export", "--what", "documents", "--format", "csv", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("document_id,")
    assert len(list(csv.DictReader(out.splitlines()))) == 5
    assert main(["export", "--what", "quotes", "--format", "graphml", "--db", str(db), "--out", "x.graphml"]) == 2
    assert main(["export", "--what", "quotes", "--format", "parquet", "--db", str(db)]) == 2


def test_format_follows_the_file_name_and_a_contradiction_is_refused(db, tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert main(["export", "--what", "documents", "--db", str(db), "--out", str(out)]) == 0
    assert pq.read_table(out).num_rows == 5  # Parquet, not CSV under a Parquet name
    lines = tmp_path / "docs.jsonl"
    assert main(["export", "--what", "documents", "--db", str(db), "--out", str(lines)]) == 0
    assert all(json.loads(x)["document_id"] for x in lines.read_text(encoding="utf-8").splitlines())
    capsys.readouterr()
    clash = tmp_path / "x.parquet"
    assert main(["export", "--what", "documents", "--format", "csv", "--db", str(db), "--out", str(clash)]) == 2
    assert "the name says parquet" in capsys.readouterr().err and not clash.exists()
    assert main(["export", "--what", "documents", "--db", str(db), "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "cannot tell the format" in capsys.readouterr().err


def test_a_missing_extra_is_named(db, tmp_path, capsys, monkeypatch):
    import importlib

    import marsad.extras

    real_import = importlib.import_module

    def without_pyarrow(name, *args, **kwargs):
        if name.split(".")[0] == "pyarrow":
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(marsad.extras.importlib, "import_module", without_pyarrow)
    assert main(["export", "--what", "documents", "--db", str(db), "--out", str(tmp_path / "d.parquet")]) == 2
    assert 'pip install "marsad[parquet]"' in capsys.readouterr().err


def test_csv_for_spreadsheets_starts_with_a_bom_and_json_summarises(db, tmp_path, capsys):
    out = tmp_path / "quotes.csv"
    assert main(["export", "--what", "quotes", "--db", str(db), "--out", str(out), "--bom", "--json"]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert json.loads(capsys.readouterr().out) == {"what": "quotes", "format": "csv", "out": str(out), "rows": 1}
    assert main(["export", "--what", "quotes", "--db", str(db), "--out", str(tmp_path / "q.jsonl"), "--bom"]) == 2
    assert main(["export", "--what", "quotes", "--db", str(db), "--json"]) == 2
