"""The events view (/events, /events/change) and its API on the web fixture store: PLOVER events
by type, actor and target, wire copies folded into one row, evidence linked to its span, change
between two periods, cursor paging without caps."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.web.app import create_app  # noqa: E402
from web_fixtures import build_web_store  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(build_web_store(tmp_path_factory.mktemp("web-events"))),
                    raise_server_exceptions=False) as c:
        yield c


def test_the_page_shows_timeline_types_and_the_events_table(client):
    page = client.get("/events")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert 'id="events-timeline"' in page.text and "/static/events.js" in page.text
    assert "?span=" in page.text  # evidence linked to its characters
    assert "/entity/marsad:loc/iran" in page.text
    data = client.get("/events.json").json()
    assert data["types"]["ACCUSE"] >= 3 and data["types"]["SANCTION"] == 2
    assert set(data["timeline"]["types"]) >= {"ACCUSE", "CONSULT", "SANCTION", "THREATEN"}
    assert sum(data["timeline"]["totals"]) == sum(data["types"].values())


def test_wire_copies_are_one_row_reported_by_both_documents(client):
    rows = client.get("/events.json", params={"type": "SANCTION"}).json()["events"]
    assert len(rows) == 1
    row = rows[0]
    assert row["documents"] == 2
    assert {r["document_id"] for r in row["reports"]} == {"events-sanctions-a", "events-sanctions-b"}
    assert row["actor"]["key"] == "marsad:loc/united-states" and row["target"]["key"] == "marsad:loc/iran"
    assert "عقوبات" in row["evidence"]
    # every span points at the evidence inside its own article
    article = client.get("/api/v1/events", params={"type": "SANCTION"}).json()["events"][0]
    assert article["end"] > article["start"]


def test_filters_by_type_actor_target_outlet_dates_and_query(client):
    def types(**params):
        return {r["type"] for r in client.get("/events.json", params=params).json()["events"]}

    assert types(type="accuse") == {"ACCUSE"}
    by_name = client.get("/events.json", params={"actor": "الجبير"}).json()["events"]
    assert by_name and all(r["actor"]["key"] == "marsad:per/adel-al-jubeir" for r in by_name)
    by_key = client.get("/events.json", params={"actor": "marsad:per/adel-al-jubeir"}).json()["events"]
    assert len(by_key) == len(by_name)
    to_iran = client.get("/events.json", params={"target": "Iran"}).json()["events"]
    assert to_iran and all(r["target"]["key"] == "marsad:loc/iran" for r in to_iran)
    assert types(outlet="okaz") == {"CONSULT", "REJECT", "ACCUSE"}
    assert types(since="2017-05-01", until="2017-05-31") == {"ACCUSE", "CONSULT"}
    # "رفضت روسيا العقوبات الأمريكية": a rejection of the United States, named by its adjective
    assert types(q="العقوبات") == {"SANCTION", "THREATEN", "ACCUSE", "REJECT"}
    assert types(mode="meet") == {"CONSULT"}


def test_bad_filters_are_clear_400s(client):
    bad = client.get("/events.json", params={"type": "PARTY"})
    assert bad.status_code == 400 and "PARTY" in bad.json()["error"]
    assert client.get("/events.json", params={"since": "last week"}).status_code == 400
    assert client.get("/events.json", params={"q": "***"}).status_code == 400
    assert client.get("/events.json", params={"cursor": "not-a-cursor"}).status_code == 400
    assert client.get("/events", params={"q": "x" * 600}).status_code == 400
    assert "Traceback" not in client.get("/events", params={"type": "PARTY"}).text


def test_cursor_paging_walks_every_group_once(client):
    everything = client.get("/events.json", params={"size": 200}).json()["events"]
    seen, cursor = [], None
    while True:
        page = client.get("/api/v1/events", params={"size": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += [r["id"] for r in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [r["id"] for r in everything] and len(seen) == len(set(seen)) >= 8


def test_timeline_buckets_and_api(client):
    weekly = client.get("/api/v1/events/timeline", params={"bucket": "week"}).json()
    assert weekly["bucket"] == "week"
    assert {"period", "type", "events"} == set(weekly["rows"][0])
    daily = client.get("/api/v1/events/timeline", params={"bucket": "day", "type": "SANCTION"}).json()
    assert [(r["period"], r["events"]) for r in daily["rows"]] == [("2017-09-22", 1), ("2017-09-23", 1)]
    assert client.get("/api/v1/events/timeline", params={"bucket": "year"}).status_code == 400


def test_change_compares_a_period_with_the_one_before(client):
    data = client.get("/events/change.json", params={"since": "2017-09-20", "until": "2017-09-23"}).json()
    assert data["period"] == {"since": "2017-09-20", "until": "2017-09-23", "days": 4}
    assert data["previous"] == {"since": "2017-09-16", "until": "2017-09-19", "days": 4}
    by_type = {r["type"]: r for r in data["types"]}
    assert by_type["SANCTION"]["count"] == 2 and by_type["SANCTION"]["previous"] == 0
    assert by_type["SANCTION"]["ratio"] is None
    assert by_type["CONSULT"]["count"] == 0 and by_type["CONSULT"]["previous"] == 2
    assert by_type["CONSULT"]["difference"] == -2
    assert any(p["actor"]["key"] == "marsad:loc/russia" and p["type"] == "ACCUSE" for p in data["pairs"])
    api = client.get("/api/v1/events/change", params={"since": "2017-09-20", "until": "2017-09-23"}).json()
    assert {**api, "filters": data["filters"]} == data
    page = client.get("/events/change", params={"since": "2017-09-20", "until": "2017-09-23"})
    assert page.status_code == 200 and "2017-09-16" in page.text
    assert client.get("/events/change.json", params={"since": "2017-09-23", "until": "2017-09-20"}).status_code == 400
    csv = client.get("/events/change.csv", params={"since": "2017-09-20", "until": "2017-09-23"})
    assert csv.text.lstrip("\ufeff").splitlines()[0].startswith("level,type,actor,target,count")


def test_csv_is_the_table_one_flat_row_per_group(client):
    csv = client.get("/events.csv", params={"type": "SANCTION"})
    lines = csv.text.lstrip("\ufeff").splitlines()
    assert len(lines) == 2 and "actor_key" in lines[0] and "reported_by" in lines[0]
    assert "events-sanctions-a events-sanctions-b" in lines[1]


def test_openapi_lists_the_events_api(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/events", "/api/v1/events/timeline", "/api/v1/events/change"} <= set(paths)
