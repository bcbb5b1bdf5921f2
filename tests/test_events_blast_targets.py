"""A bombing that names no target takes what it went off near ("فجر نفسه قرب موكب الوزير"،
"أمام مقر الشرطة"، "لدى مرور دورية"), not a town it went off by (events/detonations.py).
Sentences written for these tests."""

from __future__ import annotations

from test_events_attack_grammar import _sides


def test_what_a_bomber_blew_himself_up_near_is_the_target() -> None:
    actor, target = _sides("وفجر انتحاري يرتدي حزاما ناسفا نفسه قرب حافلة تقل جنودا شمال المدينة.", "ASSAULT", "فجر")
    assert actor == "انتحاري" and target.startswith("حافلة")


def test_a_patrol_passing_by_is_the_target() -> None:
    actor, target = _sides("وقال المتحدث إن انتحاريا فجر نفسه مساء أمس لدى مرور قافلة عسكرية على الطريق.",
                           "ASSAULT", "فجر نفسه")
    assert actor == "انتحاريا" and target.startswith("قافلة")


def test_what_stands_on_board_is_the_target() -> None:
    _, target = _sides("وفجر المسلحون عبواتهم على متن حافلتين للركاب.", "ASSAULT", "فجر")
    assert target.startswith("حافلتين")


def test_a_town_near_which_a_bomb_went_off_is_no_target() -> None:
    _, target = _sides("وفجر انتحاري نفسه قرب مدينة الحلة جنوب العاصمة.", "ASSAULT", "فجر")
    assert target == ""
