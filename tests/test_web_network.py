"""The network view (/network) with its GraphML twin and /api/v1/network on the web fixture store."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad.web.app import create_app  # noqa: E402
from marsad.web.network_queries import graphml  # noqa: E402
from web_fixtures import build_web_store  # noqa: E402

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(build_web_store(tmp_path_factory.mktemp("web-network"))),
                    raise_server_exceptions=False) as c:
        yield c


def test_event_and_quote_edges(client):
    data = client.get("/api/v1/network").json()
    keys = {n["key"] for n in data["nodes"]}
    assert {"marsad:per/adel-al-jubeir", "marsad:per/mohammad-javad-zarif", "marsad:loc/iran"} <= keys
    edges = {(e["source"], e["target"], e["kind"], e["label"]): e["count"] for e in data["edges"]}
    assert edges[("marsad:per/adel-al-jubeir", "marsad:per/rex-tillerson", "event", "CONSULT")] == 2
    assert edges[("marsad:loc/united-states", "marsad:loc/iran", "event", "SANCTION")] == 2
    # Lavrov's quote mentions Iran: a quote edge from the speaker to the actor inside the quote
    assert ("marsad:per/sergey-lavrov", "marsad:loc/iran", "quote", "QUOTE") in edges
    node = next(n for n in data["nodes"] if n["key"] == "marsad:per/adel-al-jubeir")
    assert node["name"] == "عادل الجبير" and node["name_en"] == "Adel al-Jubeir" and node["type"] == "PER"
    assert node["degree"] >= 2 and node["weight"] >= 3


def test_filters_edge_kinds_and_the_node_limit(client):
    only_events = client.get("/api/v1/network", params={"edges": "events"}).json()
    assert {e["kind"] for e in only_events["edges"]} == {"event"}
    accuse = client.get("/network.json", params={"type": "ACCUSE", "edges": "events"}).json()
    assert {e["label"] for e in accuse["edges"]} == {"ACCUSE"}
    two = client.get("/network.json", params={"nodes": 2}).json()
    assert len(two["nodes"]) == 2 and two["shown"]["limit"] == 2
    assert all({e["source"], e["target"]} <= {n["key"] for n in two["nodes"]} for e in two["edges"])
    assert client.get("/network.json", params={"nodes": 10_000}).status_code == 400
    assert client.get("/network.json", params={"edges": "cooccur"}).status_code == 400
    empty = client.get("/network.json", params={"since": "2030-01-01"}).json()
    assert empty["nodes"] == [] and empty["edges"] == []
    assert client.get("/network", params={"since": "2030-01-01"}).status_code == 200


def test_page_has_the_graph_data_block_and_the_graphml_link(client):
    page = client.get("/network", params={"layout": "concentric"})
    assert page.status_code == 200 and 'id="network-data"' in page.text and 'data-layout="concentric"' in page.text
    assert "/static/vendor/cytoscape-3.35.0.min.js" in page.text and "/network.graphml" in page.text
    assert client.get("/network", params={"layout": "circle"}).status_code == 400


def test_graphml_is_the_same_graph(client):
    data = client.get("/network.json").json()
    response = client.get("/network.graphml")
    assert response.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(response.content)
    nodes = root.findall(".//g:node", NS)
    edges = root.findall(".//g:edge", NS)
    assert {n.get("id") for n in nodes} == {n["key"] for n in data["nodes"]}
    assert len(edges) == len(data["edges"])
    names = {d.text for d in root.findall(".//g:node/g:data[@key='n_name']", NS)}
    assert "عادل الجبير" in names
    assert client.get("/api/v1/network.graphml").content == response.content


def test_graphml_escapes_markup_and_drops_characters_xml_forbids():
    data = {"nodes": [{"key": 'x"<&>', "name": "<script>a&b</script>\x01", "name_en": None, "kb": None,
                       "type": "PER", "weight": 1, "degree": 1}], "edges": []}
    root = ET.fromstring(graphml(data).encode())
    node = root.find(".//g:node", NS)
    assert node.get("id") == 'x"<&>'
    assert node.find("g:data[@key='n_name']", NS).text == "<script>a&b</script>"


def test_csv_lists_the_edges(client):
    lines = client.get("/network.csv").text.lstrip("\ufeff").splitlines()
    assert lines[0] == "source,source_name,source_name_en,target,target_name,target_name_en,kind,label,count"
    assert len(lines) == 1 + len(client.get("/network.json").json()["edges"])
