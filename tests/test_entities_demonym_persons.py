"""Foreign persons named after a country adjective used as a noun. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names  # noqa: F401 - pytest fixtures


def test_person_after_a_country_adjective(layer):
    doc = analysed(layer, "وأشاد المدرب بأداء المهاجم، وطالب بالتعاقد مع مدافع بجانب البولندي ماركوفيتسكا، "
                          "كما رشح البرتغالي جواكيم ميرانديلا لقيادة خط الوسط.", "2015-08-10")
    persons = names(doc, "PER")
    assert "ماركوفيتسكا" in persons
    assert "جواكيم ميرانديلا" in persons


def test_no_person_after_an_adjective_that_describes(layer):
    # the adjective describes the definite noun before it; a short word after it is a verb or an adjective
    doc = analysed(layer, "وقصف الطيران السوري زملكانا أمس، وقال إن الروماني نتج عن عمله خير كثير.", "2015-08-10")
    persons = names(doc, "PER")
    assert "زملكانا" not in persons and "نتج" not in persons
