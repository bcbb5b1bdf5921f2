"""The events and network views in a real browser (Debian's chromium): the chart drawn by uPlot,
a type filter clicked, an event's evidence followed to its article span, and the network drawn
by cytoscape with its GraphML link."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")
pytest.importorskip("fastapi")

from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402


def watch(page):
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"error: {exc}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    # a missing asset of ours is a problem; the browser's own /favicon.ico probe is not
    page.on("response", lambda r: problems.append(f"{r.status}: {r.url}")
            if r.status >= 400 and "/static/" in r.url else None)
    return problems


def test_events_chart_type_filter_and_evidence_link(page, live_server, artefacts):
    problems = watch(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + "/events")
    assert page.locator("html").get_attribute("dir") == "rtl"
    chart = page.locator("#events-chart")
    page.wait_for_selector("#events-chart[data-drawn='1']")
    assert int(chart.get_attribute("data-series")) >= 4
    assert page.locator("#events-chart canvas").count() >= 1
    assert page.locator("tr.event-row").count() >= 8
    page.screenshot(path=str(artefacts / "events.png"), full_page=True)

    page.locator(".type-chips a[data-type='SANCTION']").click()
    page.wait_for_url("**/events?type=SANCTION")
    rows = page.locator("tr.event-row")
    assert rows.count() == 1 and rows.first.get_attribute("data-type") == "SANCTION"
    assert page.locator(".type-chips a[data-type='SANCTION']").get_attribute("aria-current") == "true"
    assert "2" in rows.first.locator("details summary").inner_text()  # reported by both wire copies

    evidence = rows.first.locator("a.evidence")
    href = evidence.get_attribute("href")
    assert href.startswith("/article/") and "?span=" in href
    assert problems == []
    evidence.click()  # the article page itself is the article view's (tested there)
    page.wait_for_url("**/article/**")
    assert "?span=" in page.url


def test_events_change_view(page, live_server):
    problems = watch(page)
    page.goto(live_server + "/events/change?since=2017-09-20&until=2017-09-23")
    assert page.locator("h1").inner_text() == "تغير الأحداث بين فترتين"
    assert page.locator("table.change-table").first.locator("tbody tr").count() >= 4
    assert problems == []


def test_network_is_drawn_with_its_graphml_link(page, live_server, artefacts):
    problems = watch(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + "/network")
    assert page.locator("html").get_attribute("dir") == "rtl"
    graph = page.locator("#network-graph")
    page.wait_for_function("document.getElementById('network-graph').dataset.drawn !== undefined")
    drawn = int(graph.get_attribute("data-drawn"))
    assert drawn == int(graph.get_attribute("data-nodes")) >= 8
    assert page.locator("#network-graph canvas").count() >= 1
    link = page.locator("#graphml-link")
    href = link.get_attribute("href")
    assert href.startswith("/network.graphml")
    response = page.request.get(live_server + href)
    assert response.ok and b"<graphml" in response.body()
    # clicking a node shows its entity link beside the graph (the click is retried: on a loaded
    # machine the graph may still be fitted to its box between reading a node's place and clicking)
    selected = page.locator("#network-selected a.selected-entity")
    for _attempt in range(3):
        position = page.evaluate(
            "(() => { const n = window.marsadNetwork.nodes()[0]; const p = n.renderedPosition();"
            " const r = document.getElementById('network-graph').getBoundingClientRect();"
            " return {x: r.left + p.x, y: r.top + p.y}; })()")
        page.mouse.click(position["x"], position["y"])
        try:
            selected.wait_for(timeout=5000)
            break
        except PlaywrightTimeout:
            continue
    selected.wait_for()
    assert selected.get_attribute("href").startswith("/entity/")
    page.screenshot(path=str(artefacts / "network.png"), full_page=True)
    assert problems == []


def test_network_at_phone_width(page, live_server, artefacts):
    problems = watch(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server + "/network?layout=concentric")
    page.wait_for_function("document.getElementById('network-graph').dataset.drawn !== undefined")
    page.screenshot(path=str(artefacts / "network-phone.png"), full_page=True)
    assert problems == []
