"""A crowd that gathers to rejoice is no protest (layers/events/celebrations.py); sentences written
for these tests."""

from __future__ import annotations

import pytest

from marsad.pipeline import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(config={"events": {"unnamed": True}})


def _protests(analyzer: Analyzer, text: str) -> list:
    return [e for e in analyzer.analyze(text, published="2024-03-10").events if e.type == "PROTEST"]


def test_a_street_celebration_is_no_protest(analyzer: Analyzer) -> None:
    assert not _protests(analyzer, "واحتشد آلاف المشجعين في الميدان ابتهاجا بتأهل الفريق إلى النهائي.")
    assert not _protests(analyzer, "ونزل مئات الشبان إلى الشوارع احتفالا بعودة التيار الكهربائي.")
    assert not _protests(analyzer, "وتظاهر أهالي القرية للتعبير عن فرحتهم بافتتاح المستشفى.")


def test_a_crowd_that_rejoices_and_protests_protests(analyzer: Analyzer) -> None:
    assert _protests(analyzer, "وخرج المئات إلى الشوارع فرحا برحيل الحاكم وتنديدا بالقوات الأجنبية.")
    assert _protests(analyzer, "واعتصم العمال احتجاجا على منعهم من الاحتفال بعيد العمال.")
