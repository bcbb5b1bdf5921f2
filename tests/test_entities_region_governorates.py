"""A Saudi region's or town's governorate, "إمارة" + the place (sentences written for these tests)."""

from __future__ import annotations

from entity_fixtures import analysed, layer  # noqa: F401 - pytest fixtures


def _names(doc, typ):
    return sorted({m.text for e in doc.entities if e.type == typ for m in e.mentions})


def test_the_governorate_of_a_saudi_region_is_a_body(layer):  # noqa: F811
    doc = analysed(layer, "وأصدرت إمارة منطقة القصيم تعميما للبلديات بشأن الأسواق.", "2015-07-25")
    assert "إمارة منطقة القصيم" in _names(doc, "ORG")
    # the region inside the body's name is a place of its own too, as the gold sets list it
    # (body_places.py); what must not happen is the region alone standing for the body
    assert "منطقة القصيم" not in _names(doc, "ORG")


def test_the_governorate_of_a_saudi_town_after_a_clitic(layer):  # noqa: F811
    doc = analysed(layer, "وتقدم المواطن بشكوى لإمارة تبوك قبل شهر دون رد.", "2015-07-25")
    assert "إمارة تبوك" in _names(doc, "ORG")


def test_an_emirate_of_the_uae_stays_a_place(layer):  # noqa: F811
    doc = analysed(layer, "وافتتح المعرض في إمارة الشارقة أمس بحضور الزوار.", "2015-07-25")
    assert "إمارة الشارقة" not in _names(doc, "ORG")
