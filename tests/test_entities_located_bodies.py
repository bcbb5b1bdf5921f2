"""A body named by a definite institution word, its adjectives and ب + the city it is in (issue
14). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixture


def bodies(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "ORG")


def test_a_chamber_college_or_court_of_a_city(layer):
    text = "واجتمع وفد الغرفة التجارية الصناعية بجدة مع مسؤولي الكلية التقنية بأبها والمحكمة الجزائية بالرياض."
    assert {"الغرفة التجارية الصناعية بجدة", "الكلية التقنية بأبها", "المحكمة الجزائية بالرياض"} <= bodies(layer, text)


def test_no_council_nor_generic_part_nor_unknown_place(layer):
    text = ("وعقد المجلس الوزاري الخليجي اجتماعه بالرياض، فيما زارت اللجنة التنفيذية بجدة "
            "الكلية التقنية بالحي الجنوبي والجامعة بالدمام.")
    assert not any(b.startswith(("المجلس", "اللجنة", "الكلية", "الجامعة")) for b in bodies(layer, text))
