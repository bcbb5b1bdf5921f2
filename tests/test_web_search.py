"""View 1, Search: the /search and /compare pages, their twins, and /api/v1/search*, /api/v1/documents,
on the web fixture store (tests/web_fixtures.py)."""

from __future__ import annotations

import csv as csv_module
import io
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.corpus.text_index import find_hits  # noqa: E402
from marsad.web import search_queries as sq  # noqa: E402
from marsad.web.app import create_app  # noqa: E402
from web_fixtures import CORE_ARTICLES as ARTICLES
from web_fixtures import HOSTILE, XSS_TITLE, build_web_store  # noqa: E402

LAVROV = "marsad:per/sergey-lavrov"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_web_store(tmp_path_factory.mktemp("web-search"), ARTICLES)


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path), raise_server_exceptions=False) as c:
        yield c


def ids(data):
    return [r["id"] for r in data["results"]]


def test_search_page_marks_the_hits_and_links_each_result_to_its_article(client):
    page = client.get("/search", params={"q": "لافروف"})
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert "<mark>لافروف</mark>" in page.text
    assert 'href="/article/minister-visit?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81"' in page.text
    assert 'id="search-timeline"' in page.text and "/static/search.js" in page.text
    data = client.get("/search.json", params={"q": "لافروف"}).json()
    assert ids(data) == ["minister-visit"] and data["total"] == 1
    assert client.get("/search", params={"q": "لافروف"}, headers={"Accept": "application/json"}).json() == data
    result = data["results"][0]
    snippet = result["snippet"]
    for hit in result["hits"]:  # display-text offsets: the snippet's slice is the word itself
        assert snippet[hit["start"] - result["snippet_start"]:hit["end"] - result["snippet_start"]] == "لافروف"
    assert len(result["hits"]) >= 2


def test_query_words_are_folded_like_marsad_search(client):
    assert ids(client.get("/search.json", params={"q": "وَزِيرُ الخارجيه"}).json())[0] == "minister-visit"
    # a clitic-prefixed form in the text is found by the bare word
    data = client.get("/search.json", params={"q": "الناتو"}).json()
    assert "minister-visit" in ids(data)


def test_facets_count_the_current_result_set_and_a_facet_link_filters(client):
    data = client.get("/search.json", params={"q": "وزير"}).json()
    assert data["total"] == 2
    facets = data["facets"]
    assert {f["value"]: f["count"] for f in facets["outlet"]} == {"alriyadh": 2}
    entities = {f["value"]: f for f in facets["entity"]}
    assert entities[LAVROV]["count"] == 1 and entities[LAVROV]["label_en"] == "Sergey Lavrov"
    assert facets["language"] == [{"value": "ar", "label": "ar", "count": 2}]
    assert all(f["count"] >= 1 for kind in facets.values() for f in kind)
    page = client.get("/search", params={"q": "وزير"})
    link = f'href="/search?q=%D9%88%D8%B2%D9%8A%D8%B1&amp;entity={LAVROV.replace(":", "%3A").replace("/", "%2F")}"'
    assert link in page.text
    filtered = client.get("/search.json", params={"q": "وزير", "entity": LAVROV}).json()
    assert ids(filtered) == ["minister-visit"] and filtered["filters"] == {"entity": LAVROV}
    assert {f["value"] for f in filtered["facets"]["outlet"]} == {"alriyadh"}


def test_every_filter_narrows_the_documents(client):
    def found(**params):
        return set(ids(client.get("/search.json", params={"size": 50, **params}).json()))

    everything = found()
    assert len(everything) == len(ARTICLES)
    assert found(source="aawsat") == {"protest-square"}
    assert found(since="2017-01-01", until="2017-12-31") == {"attack-convoy", "accuse-talks"}
    assert found(until="2016-10") == {"wire-a", "wire-b"}  # a month includes all its days
    assert found(agency="marsad:agency/tass") == {"minister-visit"}
    assert found(agency="تاس") == {"minister-visit"}  # names match loosely, as in `marsad search`
    assert found(speaker="Lavrov") == {"minister-visit"}
    assert found(event_type="consult") == {"accuse-talks"}  # types are upper-cased
    assert found(event_type="PROTEST") <= {"protest-square"}
    events = client.get("/search.json").json()["facets"]["event_type"]
    assert {f["value"]: f["count"] for f in events}["CONSULT"] == 1
    assert found(language="ar") == everything and found(language="en") == set()
    speakers = client.get("/search.json", params={"q": "لافروف"}).json()["facets"]["speaker"]
    assert speakers and found(speaker=speakers[0]["value"]) == {"minister-visit"}


def test_paging_follows_the_cursor_to_the_end_without_a_cap(client):
    seen, cursor, pages = [], None, 0
    while True:
        data = client.get("/search.json", params={"size": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += ids(data)
        pages += 1
        cursor = data["next_cursor"]
        if not cursor:
            break
    assert pages == 4 and len(seen) == len(set(seen)) == len(ARTICLES)
    dates = [r["published"] for r in client.get("/search.json", params={"size": 50}).json()["results"]]
    assert dates == sorted(dates, reverse=True)
    ranked = client.get("/search.json", params={"q": "وزير", "size": 1}).json()
    second = client.get("/search.json", params={"q": "وزير", "size": 1, "cursor": ranked["next_cursor"]}).json()
    assert ids(ranked) + ids(second) == ids(client.get("/search.json", params={"q": "وزير"}).json())
    assert second["next_cursor"] is None
    # a cursor of another sort order is refused
    bad = client.get("/search.json", params={"q": "وزير", "sort": "newest", "cursor": ranked["next_cursor"]})
    assert bad.status_code == 400


def test_collapse_lists_one_member_per_cluster_with_its_copies(client):
    plain = client.get("/search.json", params={"q": "الإنفلونزا"}).json()
    assert set(ids(plain)) == {"wire-a", "wire-b"}
    collapsed = client.get("/search.json", params={"q": "الإنفلونزا", "collapse": "true"}).json()
    assert len(collapsed["results"]) == 1 and collapsed["results"][0]["copies"] == 2
    assert collapsed["total"] == 2 and collapsed["clusters"] == 1
    assert "2 نسخ" in client.get("/search", params={"q": "الإنفلونزا", "collapse": "true"}).text


def test_csv_twin_lists_the_results(client):
    csv = client.get("/search.csv", params={"q": "وزير"})
    assert csv.headers["content-type"].startswith("text/csv")
    rows = list(csv_module.reader(io.StringIO(csv.text.lstrip("\ufeff"))))
    assert rows[0] == ["id", "title", "source", "published", "url", "score", "cluster_id", "copies", "snippet"]
    assert [r[0] for r in rows[1:]] == ids(client.get("/search.json", params={"q": "وزير"}).json())


def test_attention_over_time_counts_and_shares_per_period(client):
    line = client.get("/search.json", params={"q": "الإنفلونزا"}).json()["timeline"]
    rows = {r["date"]: r for r in line["rows"]}
    assert rows["2016-10-02"]["count"] == 1 and rows["2016-10-02"]["share"] == 1.0
    assert rows["2022-02-14"]["count"] == 0 and rows["2022-02-14"]["total"] == 1
    monthly = client.get("/api/v1/search/timeline", params={"q": "الإنفلونزا", "granularity": "month"}).json()
    assert [r for r in monthly["rows"] if r["count"]] == [
        {"date": "2016-10-01", "query": "الإنفلونزا", "count": 2, "total": 2, "share": 1.0}]
    weekly = client.get("/api/v1/search/timeline", params={"q": "الإنفلونزا", "granularity": "week"}).json()
    # 2016-10-02 is a Sunday, 2016-10-03 a Monday: two ISO weeks, each labelled by its Monday
    assert [r["date"] for r in weekly["rows"] if r["count"]] == ["2016-09-26", "2016-10-03"]
    assert client.get("/api/v1/search/timeline", params={"q": "x", "granularity": "year"}).status_code == 400


def test_compare_two_queries_side_by_side(client):
    params = [("q", "لافروف"), ("q", "تيلرسون")]
    data = client.get("/compare.json", params=params).json()
    assert data["queries"] == ["لافروف", "تيلرسون"]
    totals = {s["q"]: s["total"] for s in data["timeline"]["series"]}
    assert totals == {"لافروف": 1, "تيلرسون": 1}
    page = client.get("/compare", params=params)
    assert page.status_code == 200 and 'id="search-timeline"' in page.text and "<table" in page.text
    csv = client.get("/compare.csv", params=params).text.lstrip("\ufeff").splitlines()
    assert csv[0] == "date,query,count,total,share"
    assert "2022-02-14,لافروف,1,1,1.0" in csv and "2022-02-14,تيلرسون,0,1,0.0" in csv
    api = client.get("/api/v1/search/timeline", params=params).json()
    assert api["queries"] == ["لافروف", "تيلرسون"] and api["rows"] == data["timeline"]["rows"]
    assert client.get("/compare", params=[("q", f"w{i}") for i in range(9)]).status_code == 400


def test_the_api_answers_with_the_same_filters(client):
    api = client.get("/api/v1/search", params={"q": "وزير", "source": "alriyadh"}).json()
    assert set(ids(api)) == {"minister-visit", "accuse-talks"} and api["next_cursor"] is None
    counts = client.get("/api/v1/search/counts", params={"q": "وزير", "limit": 1}).json()
    assert counts["total"] == 2 and len(counts["facets"]["entity"]) == 1
    assert {"facet": "outlet", "value": "alriyadh", "label": "alriyadh", "label_en": None, "count": 2} in counts["rows"]
    docs = client.get("/api/v1/documents", params={"since": "2017-01-01", "size": 2}).json()
    assert [d["id"] for d in docs["documents"]] == ["minister-visit", "hostile-1"]
    rest = client.get("/api/v1/documents", params={"since": "2017-01-01", "size": 2, "cursor": docs["next_cursor"]})
    assert [d["id"] for d in rest.json()["documents"]] == ["protest-square", "accuse-talks"]
    schema = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/search", "/api/v1/search/counts", "/api/v1/search/timeline", "/api/v1/documents"):
        assert path in schema
    assert "entity" in {p["name"] for p in schema["/api/v1/search"]["get"]["parameters"]}


@pytest.mark.parametrize(("params", "message"), [
    ({"q": "!!! ؟؟"}, "nothing searchable"),
    ({"q": '"'}, "nothing searchable"),
    ({"q": "و" * 600}, "at most 500"),
    ({"q": "وزير", "size": 100000}, "size"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"since": "yesterday"}, "since"),
    ({"sort": "random"}, "sort"),
])
def test_bad_requests_are_400_with_a_clear_message(client, params, message):
    urls = ["/search.json", "/api/v1/search"]
    if set(params) <= {"q", "since"}:  # the counts take no paging parameters
        urls.append("/api/v1/search/counts")
    for url in urls:
        response = client.get(url, params=params)
        assert response.status_code == 400, (url, params)
        assert message in response.json()["error"]
    page = client.get("/search", params=params)
    assert page.status_code == 400 and "Traceback" not in page.text


def test_hostile_article_is_shown_as_text(client):
    page = client.get("/search", params={"q": "البلدية"})
    assert page.status_code == 200
    assert "<script>document.title" not in page.text and "&lt;script&gt;" in page.text
    assert 'href="javascript:' not in page.text
    assert '<img src=x' not in page.text
    data = client.get("/search.json", params={"q": "البلدية"}).json()
    assert data["results"][0]["title"] == XSS_TITLE and HOSTILE["url"] == data["results"][0]["url"]


def test_segments_cut_the_text_at_the_hits():
    text = "قال لافروف إن لافروف"
    hits = [{"start": 4, "end": 10}, {"start": 14, "end": 20}]
    assert sq.segments(text, hits) == [("قال ", False), ("لافروف", True), (" إن ", False), ("لافروف", True)]
    assert sq.segments(text[4:], hits, offset=4)[0] == ("لافروف", True)
    assert sq.segments("abc", [{"start": 1, "end": 9}]) == [("abc", False)]  # a hit past the end is dropped


def test_quick_hits_finds_what_find_hits_finds():
    for article in ARTICLES:
        for query in ("لافروف", "وزير", "الحكومة", "المتظاهرين", "الأمن", "حلف", "الصحة", "الرياض"):
            quick = [(h.start, h.end) for h in sq.quick_hits(article["text"], query)]
            assert quick == [(h.start, h.end) for h in find_hits(article["text"], query)], (article["id"], query)


def test_no_query_lists_newest_first_and_counts_everything(client):
    data = client.get("/search.json").json()
    assert data["total"] == len(ARTICLES) and data["sort"] == "newest"
    assert ids(data)[0] == "minister-visit"
    assert sum(f["count"] for f in data["facets"]["outlet"]) == len(ARTICLES)
    assert not re.search(r"<mark>", client.get("/search").text)
