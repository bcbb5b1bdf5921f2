"""The article view (/article/{id}), the upload view (/analyze) and the documents and clusters API,
on the web fixture store."""

from __future__ import annotations

import html
import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.web.app import create_app  # noqa: E402
from marsad.web.views import analyze as analyze_view  # noqa: E402
from web_fixtures import CORE_ARTICLES, HOSTILE, MINISTER, XSS_TEXT_PAYLOAD, XSS_TITLE, build_web_store  # noqa: E402

RUN = re.compile(r'<(span|a) class="(seg[^"]*)"[^>]*data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)</\1>')


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_web_store(tmp_path_factory.mktemp("web-article"), CORE_ARTICLES)


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path), raise_server_exceptions=False) as c:
        yield c


def article_div(page: str) -> str:
    return page.split('id="article-text"', 1)[1].split("</div>", 1)[0].split(">", 1)[1]


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_the_article_shows_its_text_with_every_fact_at_its_characters(client):
    page = client.get("/article/minister-visit")
    assert page.status_code == 200
    data = client.get("/article/minister-visit.json").json()
    text = data["text"]
    assert visible_text(article_div(page.text)) == text  # the whole text, once, in order
    runs = [(cls.split(), int(s), int(e), html.unescape(t)) for _, cls, s, e, t in RUN.findall(page.text)]
    for _, s, e, t in runs:
        assert text[s:e] == t
    classes = {c for cl, *_ in runs for c in cl}
    assert {"l-entity", "l-quote", "l-speaker", "l-cue", "l-date"} <= classes
    # each quote of the record is highlighted over exactly its characters
    for q in data["quotes"]:
        covered = "".join(t for cl, s, e, t in runs if "l-quote" in cl and q["start"] <= s and e <= q["end"])
        assert covered == q["text"] == text[q["start"]:q["end"]]
    lavrov = next(e for e in data["entities"] if e["name_en"] and "Lavrov" in e["name_en"])
    assert lavrov["key"] and lavrov["count"] >= 2
    assert f'href="/entity/{lavrov["key"]}"' in page.text or "/entity/" in page.text
    assert 'data-layer="entities"' in page.text and 'dir="rtl"' in page.text
    assert "|safe" not in page.text


def test_json_and_csv_twins(client):
    data = client.get("/article/minister-visit.json").json()
    assert data["title"] == MINISTER["title"] and data["published"] == "2022-02-14"
    assert data["cluster"]["size"] == 1 and data["store"]["n"] == 1
    assert client.get("/article/minister-visit", headers={"Accept": "application/json"}).json() == data
    csv = client.get("/article/minister-visit.csv")
    lines = csv.text.lstrip("\ufeff").splitlines()
    assert lines[0] == "layer,id,start,end,text,detail"
    assert any(line.startswith("quote,") for line in lines) and any(line.startswith("entity,") for line in lines)


def test_span_focus_and_query_marks(client):
    data = client.get("/article/minister-visit.json").json()
    q = data["quotes"][0]
    page = client.get(f"/article/minister-visit?span={q['start']}-{q['end']}&q=لافروف").text
    focused = "".join(html.unescape(t) for _, cls, s, e, t in RUN.findall(page) if "focus" in cls.split())
    assert focused == q["text"]
    hits = [html.unescape(t) for _, cls, s, e, t in RUN.findall(page) if "hit" in cls.split()]
    assert hits and all(h == "لافروف" for h in hits)
    assert client.get("/article/minister-visit?span=9-2").status_code == 400
    assert client.get("/article/minister-visit?span=abc").status_code == 400
    far = client.get("/article/minister-visit.json?span=100000-100001").json()
    assert far["focus"] is None and any("outside" in w for w in far["warnings"])


def test_the_story_cluster_lists_the_wire_copies(client):
    data = client.get("/article/wire-b.json").json()
    cluster = data["cluster"]
    assert cluster["size"] == 2 and cluster["canonical"] == "wire-a"
    ids = [m["id"] for m in cluster["members"]]
    assert ids == ["wire-a", "wire-b"]
    assert [m["canonical"] for m in cluster["members"]] == [True, False]
    assert [m["current"] for m in cluster["members"]] == [False, True]
    assert any("واس" in a or "الأنباء السعودية" in a for m in cluster["members"] for a in m["agencies"])
    page = client.get("/article/wire-b").text
    assert 'href="/article/wire-a"' in page and "النسخة الأصل" in page


def test_hostile_article_is_shown_as_text(client):
    page = client.get("/article/hostile-1").text
    assert "<script>document" not in page and "<script>window" not in page
    assert "<img" not in page
    assert html.escape(XSS_TITLE, quote=False).replace('"', "&#34;") in page
    assert "onerror=&#34;document.body" in page or "onerror=&#34;document" in page
    assert 'href="javascript:' not in page and "javascript:alert(1)" in page
    assert "\u202e" not in page
    body = visible_text(article_div(page))
    assert XSS_TEXT_PAYLOAD in body and HOSTILE["title"] in body


def test_documents_sharing_an_id_and_missing_ones(client):
    assert client.get("/article/no-such-doc").status_code == 404
    assert client.get("/article/minister-visit?n=2").status_code == 404
    assert client.get("/api/v1/documents/no-such-doc").json()["status"] == 404


def test_documents_api(client):
    doc = client.get("/api/v1/documents/wire-a").json()
    assert doc["record"]["id"] == "wire-a" and doc["record"]["text"]
    assert doc["cluster"]["size"] == 2 and doc["store"]["entity_keys"]
    schema = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/documents/{doc_id}", "/api/v1/clusters", "/api/v1/clusters/{cluster_id}", "/api/v1/analyze"):
        assert path in schema


def test_clusters_api_pages_largest_first(client):
    first = client.get("/api/v1/clusters?min_size=1&limit=3").json()
    sizes = [c["size"] for c in first["clusters"]]
    assert sizes[0] == 2 and sizes == sorted(sizes, reverse=True) and first["next"]
    seen = [c["id"] for c in first["clusters"]]
    cursor = first["next"]
    while cursor:
        page = client.get(f"/api/v1/clusters?min_size=1&limit=3&cursor={cursor}").json()
        seen += [c["id"] for c in page["clusters"]]
        cursor = page["next"]
    assert len(seen) == len(set(seen)) == 6
    assert client.get("/api/v1/clusters").json()["clusters"][0]["canonical"] == "wire-a"
    one = client.get("/api/v1/clusters/2").json()
    assert [m["id"] for m in one["members"]] == ["wire-a", "wire-b"] and one["agencies"]
    assert client.get("/api/v1/clusters/999").status_code == 404
    assert client.get("/api/v1/clusters?cursor=garbage!").status_code == 400


ARTICLE = ("قال وزير الخارجية السعودي عادل الجبير يوم الاثنين إن المملكة تدعم الحل السياسي في اليمن، "
           "مؤكدا أن «الحوار هو الطريق الوحيد». ونقلت وكالة الأنباء السعودية عنه قوله إن الاجتماع المقبل سيعقد في الرياض.")


def test_analyze_form_and_result(client):
    form = client.get("/analyze")
    assert form.status_code == 200 and 'enctype="multipart/form-data"' in form.text
    result = client.post("/analyze", data={"text": ARTICLE, "title": "الجبير: الحوار هو الطريق", "published": "2017-03-06"})
    assert result.status_code == 200
    assert 'id="article-text"' in result.text and "l-quote" in result.text and "l-entity" in result.text
    assert visible_text(article_div(result.text)).endswith(ARTICLE[-20:])
    assert "القصة ونسخها" not in result.text  # nothing stored, no cluster
    english = client.post("/analyze", data={"text": "The minister said on Monday that the talks will go on. " * 5})
    assert english.status_code == 200 and "not Arabic" in english.text and 'class="warnings"' in english.text


def test_analyze_file_upload_html_and_txt(client):
    page = f"<html><head><title>خبر</title></head><body><article><h1>خبر</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
    r = client.post("/analyze", files={"file": ("a.html", page.encode(), "text/html")})
    assert r.status_code == 200 and "l-entity" in r.text
    r = client.post("/analyze", files={"file": ("a.txt", ("عنوان الخبر\n" + ARTICLE).encode(), "text/plain")})
    assert r.status_code == 200 and "عنوان الخبر" in r.text


def test_analyze_refuses_clearly(client, monkeypatch):
    empty = client.post("/analyze", data={"text": "  "})
    assert empty.status_code == 400 and "nothing to analyse" in empty.text and 'role="alert"' in empty.text
    bad_date = client.post("/analyze", data={"text": ARTICLE, "published": "yesterday"})
    assert bad_date.status_code == 400 and "YYYY-MM-DD" in bad_date.text
    monkeypatch.setattr(analyze_view, "MAX_UPLOAD_BYTES", 1000)
    big = client.post("/analyze", files={"file": ("big.txt", b"x" * 5000, "text/plain")})
    assert big.status_code == 413 and "MB" in big.text
    api_big = client.post("/api/v1/analyze", json={"text": "ق" * 3000})
    assert api_big.status_code == 413 and api_big.json()["status"] == 413


def test_analyze_api(client):
    record = client.post("/api/v1/analyze", json={"text": ARTICLE, "published": "2017-03-06"}).json()
    assert record["text"] == ARTICLE and record["quotes"] and record["entities"]
    assert record["published"] == "2017-03-06"
    english = client.post("/api/v1/analyze", json={"text": "The minister said on Monday that the talks will go on. " * 5}).json()
    assert any("not Arabic" in w for w in english["warnings"])
    bad = client.post("/api/v1/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert bad.status_code == 400 and "JSON" in bad.json()["error"]
    assert client.post("/api/v1/analyze", json={}).status_code == 400
    page = f"<html><body><article><h1>خبر</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
    from_html = client.post("/api/v1/analyze", json={"html": page, "title": "عنوان"}).json()
    assert from_html["title"] == "عنوان" and ARTICLE[:30] in from_html["text"] and from_html["entities"]


SAME_ID = {  # a second stored document under an id already used (a feed that reuses its ids)
    "id": "minister-visit", "title": "تحديث: موسكو تنتظر ردا مكتوبا", "source": "alriyadh",
    "published": "2022-02-15", "url": "https://example.org/news/minister-visit-2",
    "text": "أعلنت وزارة الخارجية الروسية يوم الثلاثاء أنها تنتظر ردا مكتوبا على مقترحاتها الأمنية خلال أيام.",
}


def test_documents_sharing_an_id_are_numbered(tmp_path):
    from marsad.cli import main
    from web_fixtures import ARTICLES, write_articles

    db = tmp_path / "same.db"
    assert main(["ingest", str(write_articles(tmp_path, [*ARTICLES, SAME_ID])), "--db", str(db), "--quiet"]) == 0
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        first = c.get("/article/minister-visit.json").json()
        second = c.get("/article/minister-visit.json?n=2").json()
        assert first["title"] == MINISTER["title"] and second["title"] == SAME_ID["title"]
        assert [s["n"] for s in first["store"]["same_id"]] == [1, 2] and second["store"]["n"] == 2
        page = c.get("/article/minister-visit?n=2").text
        assert 'href="/article/minister-visit"' in page and "n=2&amp;span=" in page
        assert c.get("/api/v1/documents/minister-visit?n=2").json()["record"]["title"] == SAME_ID["title"]
        assert c.get("/article/minister-visit?n=3").status_code == 404


def test_every_span_of_a_record_becomes_a_fact_at_its_characters():
    from marsad.web.views.article import article_data, facts_of, runs

    text = "قال الوزير أمس إن «الحوار مستمر»، وأكد أمس أن واس نقلت ذلك."
    at = text.index

    def sp(word, start=0):
        s = at(word, start)
        return {"start": s, "end": s + len(word), "text": word}

    record = {
        "id": "x", "text": text, "language": "ar",
        "entities": [{"id": "e1", "type": "PER", "name": "الوزير", "name_en": "The Minister", "kb": "marsad:per/x",
                      "mentions": [{**sp("الوزير"), "kind": "title"}]},
                     {"id": "e2", "type": "ORG", "name": "واس", "name_en": "SPA", "kb": None,
                      "mentions": [{**sp("واس"), "kind": "name"}]}],
        "quotes": [{"kind": "direct", **sp("الحوار مستمر"), "speaker": {"entity": "e1", **sp("الوزير")},
                    "cue": sp("قال"), "via": ["e2"]}],
        "sources": [{"entity": "e2", **sp("واس")}],
        "dates": [{**sp("أمس"), "value": "2020-01-01", "occurrences": [sp("أمس", at("وأكد"))]}],
        "events": [{"type": "CONSULT", "mode": None, "actor": "e1", "target": None, **sp("الحوار"), "trigger": "حوار"}],
        "removed": [{"text": "اقرأ أيضا", "reason": "read-also"}],
    }
    data = article_data(record, None)
    facts = facts_of(data)
    assert {f.layer for f in facts} == {"entity", "quote", "speaker", "cue", "agency", "date", "event"}
    assert len([f for f in facts if f.layer == "date"]) == 2
    for f in facts:
        assert text[f.start:f.end] in {"الوزير", "واس", "الحوار مستمر", "قال", "أمس", "الحوار"}
    assert data["entities"][0]["key"] == "marsad:per/x" and data["entities"][1]["key"] is None
    assert data["quotes"][0]["speaker"]["name_en"] == "The Minister" and data["quotes"][0]["via"][0]["name"] == "واس"
    assert "".join(r.text for r in runs(data)) == text
    linked = [r for r in runs(data) if r.href]
    assert linked and all(r.href == "/entity/marsad:per/x" for r in linked)  # no link without a key
