"""Search: clitic- and diacritic-insensitive full text, ranking, filters, CLI output."""

from __future__ import annotations

import json

import pytest

from marsad.cli import main
from marsad.corpus.search import Filters, QueryError, search
from test_corpus_helpers import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "m.db"
    build_store(path).close()
    return path


@pytest.fixture()
def conn(db):
    from marsad.corpus.schema import connect

    c = connect(db, readonly=True)
    yield c
    c.close()


def ids(results):
    return [r.id for r in results]


def test_name_finds_clitic_forms(conn):
    results = search(conn, "لافروف")
    assert ids(results) == ["lavrov-1"]
    text = results[0].text
    hit_words = {h.text for h in results[0].hits}
    assert hit_words == {"لافروف"}  # ولافروف / للافروف are highlighted on the stem only
    for h in results[0].hits:
        assert text[h.start : h.end] == h.text
    starts = {h.start for h in results[0].hits}
    assert text.index("للافروف") + 1 in starts and text.index("ولافروف") + 1 in starts


def test_plain_word_finds_diacritised_text(conn):
    results = search(conn, "وزير")
    assert ids(results) == ["lavrov-1"]
    assert [h.text for h in results[0].hits] == ["وَزِيرُ"]
    # a diacritised or hamza-variant query works the same way
    assert ids(search(conn, "وَزِيرُ الخارجيه")) == ["lavrov-1"]


def test_all_words_must_match_and_phrases_must_be_near(conn):
    assert ids(search(conn, "حملة الحصبة")) and set(ids(search(conn, "حملة الحصبة"))) == {"wire-a", "wire-b"}
    assert search(conn, "الحصبة النفط") == []
    assert ids(search(conn, '"خام برنت"')) == ["oil-1"]
    assert search(conn, '"برنت خام"') == [] or ids(search(conn, '"برنت خام"')) == ["oil-1"]  # NEAR is unordered
    assert search(conn, '"خام الشتاء"') == []  # both words occur, far apart


def test_title_match_ranks_first(conn):
    # "الهلال" is in the sport title; wire texts do not contain it at all
    assert ids(search(conn, "الهلال"))[0] == "sport-1"
    # "حملة" is in both wire titles and bodies; the edited copy's title lacks "وطنية"
    assert ids(search(conn, "وطنية"))[0] == "wire-a"


def test_filters(conn):
    assert ids(search(conn, "", Filters(speaker="Lavrov"))) == ["lavrov-1"]
    assert ids(search(conn, "", Filters(speaker="لافروف"))) == ["lavrov-1"]
    assert ids(search(conn, "", Filters(speaker="marsad:per/sergey-lavrov"))) == ["lavrov-1"]
    assert search(conn, "", Filters(speaker="Reuters")) == []
    assert ids(search(conn, "", Filters(entity="الناتو"))) == ["lavrov-1"]
    assert ids(search(conn, "", Filters(agency="Reuters"))) == ["oil-1"]
    assert ids(search(conn, "", Filters(agency="تاس"))) == ["lavrov-1"]
    assert ids(search(conn, "", Filters(event_type="reject"))) == ["lavrov-1"]
    assert set(ids(search(conn, "", Filters(since="2026-02-15", until="2026-03-01")))) == {"sport-1", "wire-b"}
    assert ids(search(conn, "الحصبة", Filters(until="2026-03-01"))) == ["wire-b"]


def test_query_without_words_is_an_error(conn):
    with pytest.raises(QueryError):
        search(conn, "،؟!")


def test_cli_json_lines(db, capsys):
    assert main(["search", "للافروف", "--db", str(db), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["id"] == "lavrov-1" and rec["hits"][0]["text"] == "للافروف"
    snip = rec["snippet"]
    assert snip["start"] <= rec["hits"][0]["start"] < snip["end"]


def test_cli_terminal_view_and_errors(db, tmp_path, capsys):
    assert main(["search", "النفط", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "النفط يرتفع" in out
    assert main(["search", "--db", str(db)]) == 2
    assert main(["search", "النفط", "--db", str(tmp_path / "missing.db")]) == 2
    assert not (tmp_path / "missing.db").exists()


def test_reader_sees_committed_rows_while_writer_is_open(db, tmp_path):
    from marsad.corpus.schema import connect
    from marsad.corpus.work import finish
    from test_corpus_helpers import plain_doc

    path = tmp_path / "w.db"
    writer = build_store(path)
    writer.begin()
    writer.add(finish(plain_doc("new-1", "خبر جديد عن الزراعة", "بدأ موسم حصاد القمح في المنطقة الشمالية.",
                                None, None), "raw-new"))
    reader = connect(path, readonly=True)
    assert search(reader, "القمح") == []  # uncommitted: invisible, and the reader is not blocked
    writer.commit()
    assert ids(search(reader, "القمح")) == ["new-1"]
    reader.close()
    writer.close()


def test_collapse_lists_one_member_per_cluster(conn):
    assert len(search(conn, "الحصبة")) == 2
    collapsed = search(conn, "الحصبة", collapse=True)
    assert len(collapsed) == 1 and collapsed[0].copies == 1
