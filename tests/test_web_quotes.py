"""The quote explorer (/quotes) and /api/v1/quotes on the web fixture store: filters, paging,
per-day counts, and the same statement carried by two wire copies grouped with its provenance."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.arabic.normalize import match_key  # noqa: E402
from marsad.web.app import create_app  # noqa: E402
from marsad.web.quote_queries import glob_pattern  # noqa: E402
from web_fixtures import CORE_ARTICLES, build_web_store  # noqa: E402

LAVROV = "marsad:per/sergey-lavrov"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = build_web_store(tmp_path_factory.mktemp("web-quotes"), CORE_ARTICLES)
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        yield c


def test_all_quotes_newest_first_with_their_spans(client):
    data = client.get("/quotes.json").json()
    rows = data["rows"]
    assert len(rows) == 22 and data["next"] is None
    dates = [r["published"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    assert sum(r["count"] for r in data["timeline"]["rows"]) == 22 and data["timeline"]["unit"] == "day"
    assert client.get("/api/v1/quotes").json() == data
    page = client.get("/quotes")
    assert 'href="/article/minister-visit?span=22-50"' in page.text and 'id="quotes-timeline"' in page.text


def test_filters(client):
    by = client.get("/api/v1/quotes", params={"speaker": LAVROV}).json()
    assert [r["id"] for r in by["rows"]] == [4, 3, 2, 1]
    assert sum(r["count"] for r in by["timeline"]["rows"]) == 4
    for name in ("لافروف", "سيرغى لافروف", "Lavrov"):  # a name in any spelling, or English
        assert [r["id"] for r in client.get("/api/v1/quotes", params={"speaker": name}).json()["rows"]] == [4, 3, 2, 1]
    direct = client.get("/api/v1/quotes", params={"speaker": LAVROV, "kind": "direct"}).json()["rows"]
    assert [r["id"] for r in direct] == [4, 1]
    # unlinked speakers are found by their speaker text
    unlinked = client.get("/api/v1/quotes", params={"speaker": "المتحدث العسكري"}).json()["rows"]
    assert {r["id"] for r in unlinked} == {17, 18}
    outlet = client.get("/api/v1/quotes", params={"outlet": "aljazirah"}).json()["rows"]
    assert {r["doc_id"] for r in outlet} == {"wire-b"}
    dated = client.get("/api/v1/quotes", params={"since": "2017-01-01", "until": "2017-05-09"}).json()["rows"]
    assert {r["doc_id"] for r in dated} == {"attack-convoy"}
    bad = client.get("/api/v1/quotes", params={"kind": "sideways"})
    assert bad.status_code == 400


def test_topic_query_matches_inside_the_quote_in_any_spelling(client):
    rows = client.get("/api/v1/quotes", params={"q": "اللقاح"}).json()["rows"]
    assert {r["doc_id"] for r in rows} == {"wire-a", "wire-b"} and all("اللقاح" in r["text"] for r in rows)
    # hamza and ta marbuta spelled otherwise still match
    assert len(client.get("/api/v1/quotes", params={"q": "الضمانات الامنيه"}).json()["rows"]) == 1
    # the document matches, but this quote's own text does not carry the word
    assert client.get("/api/v1/quotes", params={"q": "موسكو"}).json()["rows"] == []
    assert client.get("/quotes", params={"q": '"'}).status_code == 400


def test_glob_pattern_folds_spellings():
    pat = glob_pattern(match_key("الأمنية"))
    assert pat.startswith("*") and "[" in pat
    import sqlite3
    conn = sqlite3.connect(":memory:")
    for text in ("الضمانات الأمنية", "الضمانات الامنيه", "الضمانات الإمنية"):
        assert conn.execute("SELECT ? GLOB ?", (text, pat)).fetchone()[0] == 1
    assert conn.execute("SELECT ? GLOB ?", ("الضمانات", pat)).fetchone()[0] == 0


def test_paging_walks_every_quote_once(client):
    ids, cursor = [], None
    while True:
        page = client.get("/api/v1/quotes", params={"limit": 4, **({"cursor": cursor} if cursor else {})}).json()
        ids += [r["id"] for r in page["rows"]]
        cursor = page["next"]
        if not cursor:
            break
    assert len(ids) == 22 and len(set(ids)) == 22
    assert ids == [r["id"] for r in client.get("/api/v1/quotes").json()["rows"]]


def test_the_wire_copies_are_one_statement_with_two_carriers(client):
    data = client.get("/api/v1/quotes", params={"group": "statement", "q": "اللقاح"}).json()
    [g] = data["rows"]
    assert g["carriers_count"] == 2 and g["outlets"] == ["alyaum", "aljazirah"]
    assert g["first_appearance"] == "2016-10-02" and g["first_doc_id"] == "wire-a"
    first, second = g["carriers"]
    assert (first["doc_id"], first["role"]) == ("wire-a", "original")
    assert (second["doc_id"], second["role"]) == ("wire-b", "republished")
    assert [a["key"] for a in second["agencies"]] == ["marsad:agency/spa"]  # the agency it came through
    everything = client.get("/api/v1/quotes", params={"group": "statement"}).json()["rows"]
    # 22 quotes (one a headline statement), four statements carried twice by the wire copies
    assert len(everything) == 18
    assert sum(g["carriers_count"] for g in everything) == 22
    # a filter on the outlet of the copy: the statement is listed once, from its carrier there
    copy = client.get("/api/v1/quotes", params={"group": "statement", "outlet": "aljazirah"}).json()["rows"]
    assert len(copy) == 4 and all(g["carriers_count"] == 2 for g in copy)
    page = client.get("/quotes", params={"group": "statement", "q": "اللقاح"})
    assert "الأصل" in page.text and "إعادة نشر" in page.text and 'data-carriers="2"' in page.text
    csv = client.get("/quotes.csv", params={"group": "statement", "q": "اللقاح"}).text.lstrip("\ufeff").splitlines()
    assert csv[0].startswith("statement,speaker_key") and len(csv) == 3


def test_statement_paging(client):
    ids, cursor = [], None
    while True:
        params = {"group": "statement", "limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/quotes", params=params).json()
        ids += [g["id"] for g in page["rows"]]
        cursor = page["next"]
        if not cursor:
            break
    assert len(ids) == 18 and len(set(ids)) == 18


def test_hostile_quote_text_is_shown_as_text(client):
    from web_fixtures import XSS_TEXT_PAYLOAD

    data = client.get("/api/v1/quotes", params={"outlet": "alwatan"}).json()
    [q] = data["rows"]
    assert XSS_TEXT_PAYLOAD[:20] in q["text"] and q["url"] is None  # a javascript: URL is never passed on
    for url in ("/quotes?outlet=alwatan", "/quotes?outlet=alwatan&group=statement", "/entity/PER:خالد المنصور"):
        page = client.get(url).text
        assert "<img src=x" not in page and "&lt;img src=x onerror=" in page
        assert "javascript:" not in page


def test_only_statements_carried_by_several_articles(client):
    data = client.get("/api/v1/quotes", params={"group": "statement", "carried": "several"}).json()
    assert len(data["rows"]) == 4 and all(g["carriers_count"] == 2 for g in data["rows"])
    assert data["filters"]["carried"] == "several"
    flat = client.get("/api/v1/quotes", params={"carried": "several"}).json()["rows"]
    assert {r["doc_id"] for r in flat} == {"wire-a", "wire-b"} and len(flat) == 8
