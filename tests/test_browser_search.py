"""View 1, Search, in a real browser (Debian's chromium): marked hits, a facet click, the attention
chart drawn by uPlot, the link to the article, the comparison page, and the phone width."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")
pytest.importorskip("fastapi")


def watch(page):
    failed: list[str] = []
    errors: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return failed, errors


def twin_total(page, live_server) -> int:
    """The number of results the current page's JSON twin reports."""
    url = page.url.replace(live_server + "/search", live_server + "/search.json", 1)
    return page.request.get(url).json()["total"]


def test_search_marks_hits_filters_by_facet_and_draws_the_timeline(page, live_server, artefacts):
    failed, errors = watch(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + "/search?q=" + "وزير")
    assert page.locator("html").get_attribute("dir") == "rtl"
    marks = page.locator("ol.results mark")
    assert marks.count() >= 2
    assert set(marks.all_inner_texts()) == {"وزير"}
    # as many results as the page's JSON twin lists (the fixture store grows with other views' tests)
    everyone = twin_total(page, live_server)
    assert everyone >= 2 and page.locator("ol.results > li").count() == everyone
    # the chart: uPlot drew a canvas inside the chart box, and the count/share switch appeared
    page.wait_for_selector("#attention-chart canvas")
    assert page.locator("#attention-chart.drawn").count() == 1
    assert page.locator(".metric-switch").is_visible()
    page.locator(".metric-switch input[value=share]").check()
    page.wait_for_selector("#attention-chart canvas")
    # each result links to its article, with the query
    href = page.locator("a.result-link").first.get_attribute("href")
    assert href.startswith("/article/") and "?q=" in href
    page.screenshot(path=str(artefacts / "search.png"), full_page=True)

    # a facet click adds the filter and narrows the results
    facet = page.locator('.facet[data-facet="entity"] a', has_text="سيرغي لافروف")
    facet.click()
    page.wait_for_url("**entity=marsad%3Aper%2Fsergey-lavrov**")
    narrowed = twin_total(page, live_server)
    assert 1 <= narrowed < everyone and page.locator("ol.results > li").count() == narrowed
    hrefs = page.locator("a.result-link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert any(h.startswith("/article/minister-visit?q=") for h in hrefs)
    assert "سيرغي لافروف" in page.locator(".active-filters").inner_text()  # the name, not the key
    # removing the filter brings both back
    page.locator(".active-filters a[aria-label]").first.click()
    page.wait_for_load_state()
    assert page.locator("ol.results > li").count() == everyone
    assert failed == [] and errors == []


def test_hostile_titles_stay_text_in_the_results(page, live_server):
    failed, errors = watch(page)
    page.goto(live_server + "/search?q=" + "البلدية")
    assert page.title() != "pwned"
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.evaluate("window.__pwned") is None
    assert "<script>" in page.locator("a.result-link").first.inner_text()
    assert page.locator("ol.results img").count() == 0 and page.locator("ol.results script").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert failed == [] and errors == []


def test_compare_draws_one_series_per_query(page, live_server, artefacts):
    failed, errors = watch(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + "/compare?q=" + "لافروف" + "&q=" + "تيلرسون")
    page.wait_for_selector("#attention-chart canvas")
    assert page.locator(".series-totals li").count() == 2
    # uPlot's legend lists the x series and one row per query
    assert page.locator("#attention-chart .u-legend .u-series").count() == 3
    assert page.locator("table.compare-table tbody tr").count() >= 2
    page.screenshot(path=str(artefacts / "compare.png"), full_page=True)
    assert failed == [] and errors == []


def test_search_at_phone_width(page, live_server, artefacts):
    failed, errors = watch(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server + "/search?q=" + "الإنفلونزا" + "&collapse=true")
    page.wait_for_selector("#attention-chart canvas")
    assert page.locator("ol.results > li").count() == 1
    assert "2 نسخ" in page.locator("ol.results").inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1  # nothing forces a sideways scroll
    page.screenshot(path=str(artefacts / "search-phone.png"), full_page=True)
    assert failed == [] and errors == []
