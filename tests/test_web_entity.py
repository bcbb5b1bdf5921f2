"""The entity page (/entity/{key}), the entity index (/entities) and their API, on the web fixture
store: names, KB id, mentions over time, titles with the term of office that resolved them,
quotes by and about the entity linked to their spans, co-occurring actors, events, paging."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.kb.terms import term_for, term_label, title_role  # noqa: E402
from marsad.web.app import create_app  # noqa: E402
from web_fixtures import CORE_ARTICLES, build_web_store  # noqa: E402

LAVROV = "marsad:per/sergey-lavrov"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = build_web_store(tmp_path_factory.mktemp("web-entity"), CORE_ARTICLES)
    with TestClient(create_app(store), raise_server_exceptions=False) as c:
        yield c


def test_title_terms_are_read_back_from_the_kb():
    assert title_role("وزير الخارجية الروسي") == title_role("وزير الخارجيه الروسى")
    assert title_role("وزير الخارجية الروسي").role == "foreign_minister"
    assert title_role("وزير الخارجية الروسي").country == "RUS"
    term = term_for(LAVROV, "وزير الخارجية الروسي", "2022-02-14")
    assert term is not None and term.start == "2004-03-09" and term_label(term) == "2004–"
    assert term_for(LAVROV, "وزير الخارجية الروسي", "2001-01-01") is None  # before his term
    assert term_for(LAVROV, "رئيس الوزراء الروسي", "2022-02-14") is None  # not his office
    assert term_for(None, "وزير الخارجية الروسي", "2022-02-14") is None
    assert term_label(term_for("marsad:per/adel-al-jubeir", "وزير الخارجية السعودي", "2017-05-10")) == "2015–2018"


def test_entity_profile_json(client):
    data = client.get(f"/entity/{LAVROV}.json").json()
    ent = data["entity"]
    assert ent["key"] == LAVROV and ent["kb"] == LAVROV and ent["type"] == "PER"
    assert ent["name"] == "سيرغي لافروف" and ent["name_en"] == "Sergey Lavrov"
    assert data["mentions"] == 4 and data["documents"] == 1
    assert data["first_seen"] == data["last_seen"] == "2022-02-14"
    assert data["timeline"] == {"unit": "day", "rows": [{"period": "2022-02-14", "count": 4, "documents": 1}]}
    [title] = data["titles"]
    assert title["title"] == "وزير الخارجية الروسي" and title["count"] == 2
    assert title["term"]["label"] == "2004–" and title["term"]["on"] == "2022-02-14"
    assert title["term"]["role"] == "foreign_minister" and title["term"]["of"] == "RUS"
    assert title["evidence"] == {"doc_id": "minister-visit", "start": 0, "end": 20, "published": "2022-02-14"}
    by = data["quotes_by"]
    assert by["total"] == 4 and len(by["rows"]) == 4 and by["next"] is None
    assert all(r["speaker_key"] == LAVROV for r in by["rows"])
    co = {c["key"]: c["documents"] for c in data["cooccurring"]}
    assert co["marsad:org/nato"] == 1 and LAVROV not in co
    assert client.get(f"/entity/{LAVROV}", headers={"Accept": "application/json"}).json() == data
    assert client.get(f"/api/v1/entities/{LAVROV}").json() == data


def test_entity_page_shows_the_title_with_its_term_and_evidence(client):
    page = client.get(f"/entity/{LAVROV}")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert "سيرغي لافروف" in page.text and '<span lang="en" class="name-en">Sergey Lavrov</span>' in page.text
    assert LAVROV in page.text
    assert 'href="/article/minister-visit?span=0-20"' in page.text  # the title's evidence
    assert "foreign_minister@RUS" in page.text and "2004–" in page.text
    assert 'href="/article/minister-visit?span=22-50"' in page.text  # a quote by him, at its span
    assert 'id="entity-timeline"' in page.text and "/static/entity.js" in page.text
    assert 'href="/entity/marsad:org/nato"' in page.text  # co-occurring, linked


def test_a_title_without_a_kb_term_says_so(client):
    data = client.get("/entity/marsad:per/saad-al-hariri.json").json()
    [title] = data["titles"]
    assert title["term"]["label"] == "2016–2020"
    # an unknown person: no KB record, no term
    page = client.get("/entity/PER:محمد العبدالعالي")
    assert page.status_code == 200 and "غير موجود في قاعدة المعرفة" in page.text


def test_quotes_about_are_quotes_whose_span_contains_a_mention(client):
    data = client.get("/api/v1/entities/marsad:org/nato/quotes", params={"role": "about"}).json()
    assert data["role"] == "about" and data["entity"] == "marsad:org/nato"
    [q] = data["rows"]
    assert q["speaker_key"] == LAVROV and "حلف شمال الأطلسي" in q["text"]
    assert client.get(f"/api/v1/entities/{LAVROV}/quotes", params={"role": "about"}).json()["rows"] == []


def test_quote_lists_page_by_cursor_without_gaps(client):
    seen = []
    cursor = None
    for _ in range(10):
        params = {"role": "by", "limit": 1, **({"cursor": cursor} if cursor else {})}
        page = client.get(f"/api/v1/entities/{LAVROV}/quotes", params=params).json()
        seen += [r["id"] for r in page["rows"]]
        cursor = page["next"]
        if not cursor:
            break
    assert seen == [4, 3, 2, 1]
    page = client.get(f"/entity/{LAVROV}.json", params={"by_cursor": "!!bad"})
    assert page.status_code == 400 and "cursor" in page.json()["error"]


def test_events_as_actor_and_as_target(client):
    iran = client.get("/entity/marsad:loc/iran.json").json()["events"]
    assert iran["as_actor"]["count"] == 1 and iran["as_actor"]["by_type"] == [{"type": "ACCUSE", "count": 1}]
    assert iran["as_actor"]["rows"][0]["target_key"] == "marsad:loc/united-states"
    us = client.get("/entity/marsad:loc/united-states.json").json()["events"]
    assert us["as_target"]["count"] == 1 and us["as_target"]["rows"][0]["actor_key"] == "marsad:loc/iran"
    page = client.get("/entity/marsad:loc/iran")
    assert 'href="/entity/marsad:loc/united-states"' in page.text


def test_entity_csv_and_missing_entity(client):
    csv = client.get(f"/entity/{LAVROV}.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("role,id,kind,published") and len(lines) == 5
    missing = client.get("/entity/marsad:per/nobody")
    assert missing.status_code == 404 and "nobody" in missing.text and "Traceback" not in missing.text
    assert client.get("/api/v1/entities/marsad:per/nobody").json()["status"] == 404


def test_entity_index_searches_any_spelling_and_english(client):
    for q in ("لافروف", "لافرُوف", "lavrov", "Sergey"):
        rows = client.get("/api/v1/entities", params={"q": q}).json()["rows"]
        assert [r["key"] for r in rows] == [LAVROV], q
    everyone = client.get("/entities.json").json()
    counts = [r["mentions"] for r in everyone["rows"]]
    assert counts == sorted(counts, reverse=True)
    locs = client.get("/entities.json", params={"type": "LOC"}).json()["rows"]
    assert locs and all(r["type"] == "LOC" for r in locs)
    # cursor paging walks every actor once
    keys, cursor = [], None
    while True:
        page = client.get("/api/v1/entities", params={"limit": 5, **({"cursor": cursor} if cursor else {})}).json()
        keys += [r["key"] for r in page["rows"]]
        cursor = page["next"]
        if not cursor:
            break
    assert sorted(keys) == sorted(r["key"] for r in everyone["rows"]) and len(keys) == len(set(keys))
    html = client.get("/entities", params={"q": "لافروف"})
    assert f'href="/entity/{LAVROV}"' in html.text
    assert client.get("/entities.csv").text.lstrip("\ufeff").startswith("key,name,name_en,type,mentions")
