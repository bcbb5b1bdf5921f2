"""The one ordering the attack a toll resulted from is the attacker (events/ordered_attacks.py).
Sentences written for these tests."""

from __future__ import annotations

from test_events_attack_grammar import _sides


def test_the_subject_of_amara_before_the_ordered_strikes_is_the_attacker() -> None:
    actor, target = _sides("وذكر المرصد أن القوات الحكومية أمرت بضربات جوية على قرية في الريف أسفرت عن "
                           "مقتل خمسة مدنيين.", "ASSAULT", "مقتل")
    assert actor == "القوات الحكومية" and "مدنيين" in target


def test_a_toll_with_no_order_told_keeps_no_actor() -> None:
    actor, _ = _sides("وذكر المرصد أن ضربات جوية على قرية في الريف أسفرت عن مقتل خمسة مدنيين.", "ASSAULT", "مقتل")
    assert actor == ""
