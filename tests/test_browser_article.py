"""The article and upload views in a real browser (Debian's chromium): the hostile article runs
nothing and shows its payload as text, layer toggles switch highlighting, a quote's permalink
focuses its span, and a pasted article is shown highlighted."""

from __future__ import annotations

import json
import urllib.request

import pytest

pytest.importorskip("playwright")
pytest.importorskip("fastapi")

from web_fixtures import HOSTILE, XSS_TEXT_PAYLOAD  # noqa: E402


def watch(page):
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"error: {exc}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on("response", lambda r: problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None)
    return problems


def test_the_hostile_article_runs_nothing_and_shows_its_payload_as_text(page, live_server, artefacts):
    problems = watch(page)
    page.goto(live_server + "/article/hostile-1")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("document.title") == HOSTILE["title"] + " · مرصد"
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.body.dataset.pwned") is None
    text = page.locator("#article-text").inner_text()
    assert XSS_TEXT_PAYLOAD in text and "<script>window.__pwned = true</script>" in text
    assert page.locator("h1").inner_text() == HOSTILE["title"]
    assert page.locator("article img").count() == 0 and page.locator("img[onerror]").count() == 0
    assert page.locator("article script").count() == 0
    assert page.locator('a[href^="javascript"]').count() == 0
    assert page.locator(".source-url").inner_text() == "javascript:alert(1)"
    assert page.locator(".source-url").evaluate("el => el.tagName") == "SPAN"
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(artefacts / "article-hostile.png"), full_page=True)
    assert problems == []


def test_layer_toggles_switch_the_highlighting(page, live_server, artefacts):
    problems = watch(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + "/article/minister-visit")
    mention = page.locator('#article-text [class="seg l-entity"]').first  # a mention in no other layer
    box = page.locator('input[data-layer="entities"]')
    on = mention.evaluate("el => getComputedStyle(el).backgroundColor")
    assert on not in ("rgba(0, 0, 0, 0)", "transparent")
    box.focus()  # keyboard reachable: the checkbox takes focus and Space switches it
    page.keyboard.press("Space")
    assert not box.is_checked()
    assert "show-entities" not in page.locator("#article-text").get_attribute("class")
    off = mention.evaluate("el => getComputedStyle(el).backgroundColor")
    assert off != on
    box.click()
    assert "show-entities" in page.locator("#article-text").get_attribute("class")
    assert mention.evaluate("el => getComputedStyle(el).backgroundColor") == on
    assert page.locator('label:has(input[data-layer="quotes"])').inner_text().strip()
    page.screenshot(path=str(artefacts / "article.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server + "/article/minister-visit")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400  # no sideways scrolling at phone width
    page.screenshot(path=str(artefacts / "article-phone.png"), full_page=True)
    assert problems == []


def test_a_quote_permalink_focuses_its_span(page, live_server):
    problems = watch(page)
    with urllib.request.urlopen(live_server + "/article/minister-visit.json") as response:
        data = json.load(response)
    quote = max(data["quotes"], key=lambda q: q["end"])  # far down the text
    page.set_viewport_size({"width": 1280, "height": 500})
    page.goto(live_server + f"/article/minister-visit?span={quote['start']}-{quote['end']}")
    focused = page.locator("#article-text .focus")
    assert "".join(focused.all_inner_texts()) == quote["text"]
    assert focused.first.is_visible()
    # a fact listed beside the text focuses its span in place
    other = data["quotes"][0]
    page.locator(f'.f-quotes a[data-span="{other["start"]}-{other["end"]}"]').click()
    assert "".join(page.locator("#article-text .focus").all_inner_texts()) == other["text"]
    assert f"span={other['start']}-{other['end']}" in page.url
    assert problems == []


def test_a_pasted_article_is_shown_highlighted(page, live_server, artefacts):
    problems = watch(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + "/analyze")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#an-title", "الجبير: الحوار هو الطريق الوحيد")
    page.fill("#an-published", "2017-03-06")
    page.fill("#an-text", "قال وزير الخارجية السعودي عادل الجبير يوم الاثنين إن المملكة تدعم الحل السياسي في اليمن، "
                          "مؤكدا أن «الحوار هو الطريق الوحيد». ونقلت وكالة الأنباء السعودية عنه قوله إن الاجتماع "
                          "المقبل سيعقد في الرياض.")
    page.click("form.analyze button[type=submit]")
    page.wait_for_selector("#article-text", timeout=60_000)
    assert page.locator("#article-text .l-quote").count() > 0
    assert page.locator("#article-text .l-entity").count() > 0
    assert "عادل الجبير" in page.locator("#article-text").inner_text()
    page.locator('.f-quotes a[data-span]').first.click()
    assert page.locator("#article-text .focus").count() > 0
    page.screenshot(path=str(artefacts / "analyze.png"), full_page=True)
    assert problems == []
