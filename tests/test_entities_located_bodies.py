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


def test_a_court_or_chamber_in_a_country_or_city_keeps_the_place_too(layer):
    doc = analysed(layer, "ورفضت المحكمة العليا في باكستان الطعن، وعلقت الغرفة التجارية في الدمام على القرار.",
                   "2015-08-10")
    assert {"المحكمة العليا في باكستان", "الغرفة التجارية في الدمام"} <= names(doc, "ORG")
    assert {"باكستان", "الدمام"} <= names(doc, "LOC")


def test_a_body_named_by_its_country_adjective_ends_before_in(layer):
    found = bodies(layer, "وقال أستاذ في الجامعة الأمريكية في بيروت إن الوضع صعب.")
    assert not any(b.endswith("بيروت") for b in found)


def test_a_body_described_by_its_rank_is_not_named_by_its_place(layer):
    found = bodies(layer, "وتعد المحكمة الأولى في باكستان أقدم محاكم البلاد.")
    assert not any(b.endswith("باكستان") for b in found)
