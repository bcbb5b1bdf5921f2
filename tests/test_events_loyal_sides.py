"""A side loyal to another ("المسلحون الموالون للتنظيم"، "القوات التابعة للحكومة") takes whom it
serves into its name, and that one is no target of its act (events/loyal_sides.py). Sentences
written for these tests."""

from __future__ import annotations

from test_events_attack_grammar import _sides


def test_whom_armed_men_are_loyal_to_is_no_target() -> None:
    actor, target = _sides("وهاجم مسلحون موالون لتنظيم داعش نقطة للجيش قرب الحدود.", "ASSAULT", "هاجم")
    assert actor.startswith("مسلحون موالون لتنظيم") and "تنظيم" not in target and "داعش" not in target


def test_the_object_after_the_served_side_is_the_target() -> None:
    actor, target = _sides("وقصفت القوات الموالية للحكومة مواقع المعارضة في المدينة.", "ASSAULT", "قصفت")
    assert actor == "القوات الموالية للحكومة" and "الحكومة" not in target


def test_a_served_noun_keeps_its_genitive_but_not_the_next_phrase() -> None:
    actor, _ = _sides("وقتل خمسة جنود في هجوم شنه المسلحون الموالون لحلف الشمال الأطلسي على نقطة تفتيش.",
                      "ASSAULT", "قتل")
    assert actor.endswith("لحلف الشمال الأطلسي")


def test_protesters_loyal_to_a_party_protest_as_its_side() -> None:
    actor, target = _sides("وتظاهر المئات من الطلاب الموالين للحزب الحاكم احتجاجا على قرار المحكمة.",
                           "PROTEST", "تظاهر")
    assert actor.endswith("للحزب الحاكم") and "الحزب" not in target
