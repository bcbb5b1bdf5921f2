"""The web application's frame: read-only store, JSON and CSV twins, errors without traces,
security headers. The views' own behaviour is tested in test_web_<view>.py."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.web.app import CSP, create_app  # noqa: E402
from marsad.web.db import ReadOnlyStore, StoreBusy  # noqa: E402
from web_fixtures import ARTICLES, build_web_store  # noqa: E402


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_web_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path), raise_server_exceptions=False) as c:
        yield c


def test_overview_page_and_its_twins(client):
    page = client.get("/overview")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    data = client.get("/overview.json").json()
    assert data["counts"]["documents"] == len(ARTICLES)
    assert client.get("/overview", headers={"Accept": "application/json"}).json() == data
    csv = client.get("/overview.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.lstrip("\ufeff").splitlines()[0] == "source,documents"
    assert client.get("/api/v1/stats").json()["counts"] == data["counts"]


def test_every_response_carries_the_security_headers(client):
    for url in ("/overview", "/overview.json", "/no/such/page", "/static/app.css"):
        response = client.get(url)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_errors_are_clear_and_carry_no_trace(client):
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "/no/such/page" in missing.text
    assert client.get("/no/such/page.json").json() == {"error": "no page at /no/such/page.json", "status": 404}
    assert "Traceback" not in missing.text


def test_the_openapi_schema_lists_the_api(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/stats" in schema["paths"]
    assert all(path.startswith("/api/v1/") for path in schema["paths"])


def test_the_store_is_opened_read_only(store_path):
    store = ReadOnlyStore(store_path)
    with store.session() as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM documents")
    with store.session() as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(ARTICLES)
    store.close()


def test_a_query_past_its_budget_is_interrupted(store_path):
    store = ReadOnlyStore(store_path, budget_s=0.05)
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    with pytest.raises(StoreBusy, match="longer than"), store.session() as conn:
        conn.execute(endless).fetchone()
    with store.session() as conn:  # the connection is usable again afterwards
        assert conn.execute("SELECT 1").fetchone() == (1,)
    store.close()


def test_a_missing_store_is_refused_at_start(tmp_path):
    from marsad.corpus.schema import StoreError

    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "absent.db")
