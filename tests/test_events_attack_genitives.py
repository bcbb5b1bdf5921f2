"""The armed genitive of an attack noun in construct, in the clause of a killing, is who attacked
("قتل جنود في هجمات المسلحين"; events/attack_grammar.py). Sentences written for these tests."""

from __future__ import annotations

from test_events_attack_grammar import _sides


def test_the_armed_genitive_of_the_attack_a_killing_was_in_is_the_attacker() -> None:
    actor, target = _sides("وقتل خمسة جنود في هجمات الإرهابيين على نقاط التفتيش قرب الحدود.", "ASSAULT", "قتل")
    assert actor == "الإرهابيين" and "جنود" in target


def test_a_genitive_that_names_no_armed_side_is_no_attacker() -> None:
    actor, _ = _sides("وقتل خمسة جنود في هجوم المدينة الشمالية أمس.", "ASSAULT", "قتل")
    assert actor == ""
