"""A given name that is also a word ("علي", "إيمان") after a title, an honorific, a noun for a
person or a country's adjective names a person with any name-like word after it
(`ali_persons.py`). Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixture


def persons(layer, text):
    return names(analysed(layer, text, "2015-08-10"), "PER")


def test_a_titled_ali_with_an_indefinite_or_plain_second_name(layer):
    assert "علي قنبشي" in persons(layer, "وأوضح الأستاذ الدكتور علي قنبشي أن الدراسة اكتملت.")
    assert "علي الدهام" in persons(layer, "ويرى المواطن علي الدهام أن الأسعار ارتفعت.")


def test_a_name_after_a_profession_and_a_country_adjective(layer):
    assert "إيمان شطور" in persons(layer, "وعرضت المخرجة التونسية إيمان شطور فيلمها الجديد أمس.")


def test_a_titled_name_runs_on_to_its_family_but_not_over_a_description(layer):
    assert "علي سعيدان حمد الزهراني" in persons(
        layer, "وقال العقيد علي سعيدان حمد الزهراني المتحدث باسم الشرطة إن التحقيق مستمر.")
    found = persons(layer, "وكان الطفل علي سمارنة ابن الأعوام الثلاثة قد أصيب إصابة بالغة.")
    assert "علي سمارنة" in found and not any("ابن" in p for p in found)


def test_the_preposition_after_a_title_stays_a_preposition(layer):
    found = persons(layer, "وأكد السفير علي أهمية العلاقات، وشدد الرئيس علي ضرورة الحوار، "
                    "وأثنى المواطن علي جهود الأمانة.")
    assert not any(p.startswith("علي") for p in found)
