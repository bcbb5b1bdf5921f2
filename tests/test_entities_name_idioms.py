"""One-word names that open a set phrase ("مسقط رأسه", "النيل من"). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, person_candidate  # noqa: F401 - pytest fixtures
from marsad.layers.entities.name_idioms import drop_name_idioms


def _kept(text: str, name: str, typ: str = "LOC") -> bool:
    tokens, cand = person_candidate(text, name)
    cand.type = typ
    return bool(drop_name_idioms([cand], tokens, text))


def _mentions(layer, text: str) -> set[str]:
    doc = analysed(layer, text, "2015-08-10")
    return {m.text for e in doc.entities for m in e.mentions}


def test_a_name_that_opens_a_set_phrase_is_no_mention():
    assert not _kept("وعاد اللاعب إلى قريته الصغيرة مسقط رأسه بعد الاعتزال.", "مسقط")
    assert not _kept("وقال إن هذه الحملات تهدف إلى النيل من وحدة البلاد.", "النيل")
    assert not _kept("وأكد أن موقفه ينبع من قناعة راسخة بالحوار.", "ينبع")
    assert not _kept("وشدد على مبدأ حسن الجوار بين الدول.", "حسن", "PER")
    assert not _kept("واتهم الحزب جهات خارجية بالسعي للنيل من استقرار المنطقة.", "نيل")


def test_the_place_stays_after_a_preposition_or_a_head_word():
    assert _kept("ووصلت القافلة إلى ينبع من جدة مساء أمس.", "ينبع")
    assert _kept("وتتدفق مياه النيل من الهضبة كل صيف.", "النيل")
    assert _kept("وزار الوزير مسقط الأسبوع الماضي.", "مسقط")
    assert _kept("وقال حسن إن الاجتماع انتهى.", "حسن", "PER")


def test_the_whole_layer_drops_the_birthplace(layer):
    assert "مسقط" not in _mentions(layer, "وولد الشاعر في قرية صغيرة هي مسقط رأسه في عمان.")
    assert "مسقط" in _mentions(layer, "ووصل الوزير إلى مسقط أمس في زيارة رسمية.")


def test_the_holy_places_are_no_bekaa(layer):  # noqa: F811
    assert "البقاع" not in _mentions(layer, "وأشاد الوزير بالخدمات المقدمة لضيوف الرحمن في البقاع المقدسة.")
    assert "الديار" not in _mentions(layer, "وقال مفتي القدس والديار المقدسة إن الاقتحام مرفوض.")
    assert "البقاع" in _mentions(layer, "وتسلل المسلحون إلى البقاع من الجرود الشرقية.")
