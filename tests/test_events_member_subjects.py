"""The men of a named body as a verb's subject make the body the actor (events/member_subjects.py)."""

from __future__ import annotations

from test_events import named_triples as _events

NAMES = {"جماعة الشباب": ("e1", "ORG"), "الجيش الكيني": ("e2", "ORG"), "حزب العمال الكردستاني": ("e3", "ORG"),
         "الشرطة التركية": ("e4", "ORG")}


def test_gunmen_of_a_group_after_the_verb_make_the_group_the_actor() -> None:
    text = "وهاجم مسلحون من جماعة الشباب قاعدة الجيش الكيني قرب الحدود فجر اليوم."
    assert ("ASSAULT", "e1", "e2") in _events(text, NAMES)
    text = "وقتل عناصر من حزب العمال الكردستاني ثلاثة من أفراد الشرطة التركية في هجوم ليلي."
    assert ("ASSAULT", "e3", "e4") in _events(text, NAMES)


def test_a_count_and_a_group_head_may_stand_around_the_men() -> None:
    text = "وهاجم عشرات المسلحين من جماعة الشباب مواقع الجيش الكيني."
    text2 = "وهاجم مقاتلون من تنظيم جماعة الشباب مواقع الجيش الكيني."
    assert ("ASSAULT", "e1", "e2") in _events(text, NAMES)
    assert ("ASSAULT", "e1", "e2") in _events(text2, NAMES)


def test_members_of_a_body_as_object_stay_the_target() -> None:
    text = "واعتقلت الشرطة التركية عناصر من حزب العمال الكردستاني في مدينة ديار بكر."
    assert ("COERCE", "e4", "e3") in _events(text, NAMES)
