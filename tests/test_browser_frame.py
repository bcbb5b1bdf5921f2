"""The workspace in a real browser (Debian's chromium): the frame every view shares."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")
pytest.importorskip("fastapi")


def test_overview_renders_right_to_left_and_loads_its_assets(page, live_server, artefacts):
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(live_server + "/overview")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("h1").inner_text() == "ما في المخزن"
    assert page.evaluate("typeof htmx") == "object"  # the vendored script loaded under the CSP
    assert failed == [] and errors == []
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(artefacts / "overview.png"), full_page=True)


def test_the_navigation_is_reachable_by_keyboard(page, live_server):
    page.goto(live_server + "/overview")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "brand"
