"""People an attack befalls as news counts them ("12 مجندا"، "ثلاثة من الركاب") are participants,
and the one driving a car bomb ("يقودها انتحاري") is its attacker (lexicons/event_actors.tsv,
event_words.tsv agent_after). Sentences written for these tests."""

from __future__ import annotations

from test_events_attack_grammar import _sides


def test_counted_recruits_are_the_target() -> None:
    actor, target = _sides("وقتل مسلح 12 مجندا في معسكر للتدريب أمس.", "ASSAULT", "قتل")
    assert actor == "مسلح" and target.startswith("مجندا")


def test_passengers_taken_are_the_target() -> None:
    actor, target = _sides("وخطف مسلحون ثلاثة من الركاب على الطريق الصحراوي.", "ASSAULT", "خطف")
    assert actor == "مسلحون" and target == "الركاب"


def test_the_driver_of_a_car_bomb_is_the_attacker() -> None:
    actor, target = _sides("وقتل خمسة جنود في تفجير شاحنة مفخخة يقودها انتحاري عند حاجز شمال المدينة.",
                           "ASSAULT", "قتل")
    assert actor == "انتحاري" and target == "جنود"


def test_a_clause_describing_the_attackers_holds_no_target() -> None:
    actor, target = _sides("وخطف مسلحون يرتدون زي الشرطة خمسة أجانب من مكتب في الوزارة.", "ASSAULT", "خطف")
    assert actor == "مسلحون" and target == "أجانب"
    _, target = _sides("وخطف مسلحون يرتدون زي الجيش الوزير السابق.", "ASSAULT", "خطف")
    assert "الجيش" not in target


def test_every_counted_group_killed_is_the_target() -> None:
    _, target = _sides("وقال الجيش إن نحو 30 مسلحا ونحو 12 جنديا قتلوا في اشتباكات على الحدود.", "ASSAULT", "قتلوا")
    assert target.startswith("مسلحا") and target.endswith("جنديا")
    _, target = _sides("وقال المصدر إن ثلاثة جنود قتلوا في الهجوم.", "ASSAULT", "قتلوا")
    assert target == "جنود"


def test_a_suicide_attack_or_its_driver_is_no_target() -> None:
    actor, target = _sides("وجرح ثمانية جنود في تفجير شاحنة مفخخة يقودها انتحاري عند حاجز للجيش.", "ASSAULT", "جرح")
    assert "انتحاري" not in target
    _, target = _sides("وأوقعت سلسلة هجمات أمس، بينها هجوم انتحاري بشاحنة مفخخة، عشرات القتلى.", "ASSAULT", "هجمات")
    assert target == ""
    _, target = _sides("وقتلت الشرطة انتحاريا قبل أن يصل إلى السوق.", "ASSAULT", "قتلت")
    assert target == "انتحاريا"


def test_the_head_before_a_partitive_is_who_was_killed() -> None:
    _, target = _sides("وقال إن ثلاثة جنود من الجيش قتلوا في الهجوم.", "ASSAULT", "قتلوا")
    assert target == "جنود من الجيش"
    _, target = _sides("وقال إن 5 مدنيين و3 جنود قتلوا في الهجوم.", "ASSAULT", "قتلوا")
    assert target == "مدنيين و3 جنود"


def test_a_verb_after_its_subject_and_before_while_is_a_passive() -> None:
    actor, target = _sides("وقالت المصادر إن المزارع قتل بينما كان يعمل في أرضه.", "ASSAULT", "قتل")
    assert actor == "" and target == "المزارع"
