"""Military units named by a number or an ordinal (sentences written for these tests)."""

from __future__ import annotations

from marsad.arabic.tokens import tokenize
from marsad.layers.entities.military_units import add_military_units


def _units(text: str) -> list[str]:
    tokens = tokenize(text)
    out = add_military_units([], tokens, text)
    for c in out:
        assert text[c.start : c.end] == text[c.start : c.end].strip()
    return [text[c.start : c.end] for c in out if c.type == "ORG"]


def test_a_brigade_and_a_division_named_by_their_number():
    text = "وقصفت الطائرات معسكر اللواء 42 مدرع، فيما انسحب عناصر من الفرقة 17 نحو الجبال."
    assert _units(text) == ["اللواء 42 مدرع", "الفرقة 17"]


def test_a_military_region_named_by_its_ordinal():
    text = "وأعلنت قيادة المنطقة العسكرية الخامسة استعادة مواقع على الساحل."
    assert _units(text) == ["المنطقة العسكرية الخامسة"]


def test_a_division_named_by_its_ordinal_in_an_article_of_war():
    text = "وتجددت الاشتباكات أمس بين مقاتلي المعارضة والفرقة السابعة الساحلية قرب المدينة."
    assert _units(text) == ["الفرقة السابعة الساحلية"]


def test_an_ordinal_after_division_names_no_unit_outside_war_news():
    text = "ويدرس ابني في الفرقة الثالثة بكلية الهندسة منذ سبتمبر."
    assert _units(text) == []


def test_the_rank_before_a_name_is_no_unit():
    text = "وقال اللواء منصور التركي إن الحملة مستمرة."
    assert _units(text) == []
