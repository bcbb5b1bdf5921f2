"""A place named by a definite participle, right after the noun it qualifies, is its adjective
(entities/participle_places). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixtures


def _places(layer, text: str) -> list[str]:
    doc = analysed(layer, text, "2015-08-10")
    return [m.text for e in doc.entities if e.type == "LOC" for m in e.mentions]


def test_the_participle_after_a_noun_is_no_place(layer):
    assert "المجمعة" not in _places(layer, "وارتفعت الأرباح المجمعة للبنوك، وزادت قيمة الحوالات الفردية والمجمعة.")
    assert "المجمعة" not in _places(layer, "وأعلنت الشركة أن إيراداتها المجمعة تراجعت في الربع الثاني.")


def test_the_town_after_a_preposition_a_place_word_or_another_town_stays(layer):
    places = _places(layer, "وزار الأمير محافظة المجمعة، ثم انتقل إلى الزلفي والمجمعة لتفقد المشاريع في المجمعة.")
    assert places.count("المجمعة") == 3
