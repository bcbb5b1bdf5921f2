"""`marsad stats`, `marsad check` and argument checks of `marsad search`: every bad value is a clear
message with exit status 2, a damaged store is reported, odd store paths work."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3

import pytest

from marsad.cli import main
from marsad.corpus.stats import failure_reason
from test_corpus_helpers import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("stats") / "m.db"
    store = build_store(path)
    store.begin()
    store.add_failure("archive/day1.jsonl#17", "record has no text and no title", "raw-17")
    store.add_failure("archive/day1.jsonl#18", "analysis failed: KeyError: 'x'", "raw-18")
    store.commit()
    store.close()
    return path


def test_stats_counts_what_is_stored(db, capsys):
    assert main(["stats", "--db", str(db), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == 5 and stats["quotes"] >= 1 and stats["failures"] == 2
    assert stats["failures_by_reason"] == {"record has no text and no title": 1, "analysis failed: KeyError": 1}
    assert stats["published"]["first"] <= stats["published"]["last"]
    assert main(["stats", "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "documents: 5" in text and "failures by reason:" in text


def test_failures_are_listed_with_file_and_record(db, capsys):
    assert main(["stats", "--db", str(db), "--failures", "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["origin"] for r in rows] == ["archive/day1.jsonl#17", "archive/day1.jsonl#18"]
    assert main(["stats", "--db", str(db), "--failures", "1"]) == 0
    assert capsys.readouterr().out.count("\n") == 1


def test_failure_reasons_drop_the_particulars():
    assert failure_reason("analysis failed: ValueError: bad offset 12") == "analysis failed: ValueError"
    assert failure_reason("empty document: no title and no text after cleaning") == "empty document"


def test_check_passes_a_sound_store_and_reports_a_damaged_one(db, tmp_path, capsys):
    assert main(["check", "--db", str(db)]) == 0
    assert "sound" in capsys.readouterr().err
    damaged = tmp_path / "damaged.db"
    shutil.copy(db, damaged)
    conn = sqlite3.connect(damaged)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with damaged.open("r+b") as fh:  # scribble over the pages after the schema
        for page in range(2, pages, 2):
            fh.seek(page * size + 8)
            fh.write(b"\xff" * 64)
    assert main(["check", "--db", str(damaged)]) == 1
    assert "marsad check:" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["--since", "notadate"], ["--until", "garbage"], ["--since", "2015-13-45"], ["--limit", "1e20"],
    ["--limit", "100000000000000000000"], ["--limit", "0"],
])
def test_search_refuses_bad_arguments(db, argv, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["search", "الصحة", "--db", str(db), *argv])
    assert stop.value.code == 2
    assert argv[0] in capsys.readouterr().err


def test_search_names_a_directory_given_as_store(tmp_path, capsys):
    assert main(["search", "الصحة", "--db", str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_store_paths_with_url_characters_are_searched(db, tmp_path, capsys):
    odd = tmp_path / "news #1?v=2 100%.db"
    shutil.copy(db, odd)
    before = set(os.listdir(tmp_path))
    assert main(["search", "الصحة", "--db", str(odd), "--json"]) == 0
    assert capsys.readouterr().out.strip()
    assert set(os.listdir(tmp_path)) <= before | {odd.name + "-wal", odd.name + "-shm"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into any directory")
def test_a_store_in_a_read_only_directory_is_searched(db, tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(db, folder / "m.db")
    folder.chmod(0o555)
    try:
        assert main(["search", "الصحة", "--db", str(folder / "m.db"), "--json"]) == 0
        assert capsys.readouterr().out.strip()
    finally:
        folder.chmod(0o755)
