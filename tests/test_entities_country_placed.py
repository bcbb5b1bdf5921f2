"""A town named by any word between an administrative head and a country's adjective (issue 14).
Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixture


def places(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "LOC")


def test_a_short_or_unknown_name_before_a_country_adjective(ner_layer):
    """NER reads "بون" as ب + "ون" and "كريمس" as ك + "ريمس": the construction takes the word whole."""
    text = ("وعقد الاجتماع في مدينة بون الألمانية، ثم انتقل الوفد إلى بلدة كريمس النمساوية "
            "وإقليم لومبوك الإندونيسي.")
    found = places(ner_layer, text)
    assert {"بون", "كريمس", "لومبوك"} <= found
    assert not {"ون", "ريمس"} & found


def test_no_adjective_of_the_head_nor_known_place(layer):
    text = "وزار الوفد مدينة حلب السورية ثم مدينة صغيرة مصرية."
    found = places(layer, text)
    assert "حلب" in found
    assert not any(p.startswith(("مدينة", "صغيرة")) for p in found)
