"""Sides of attacks and protests of unnamed participants read from the grammar of their clause
(events/attack_grammar.py, events/protest_subjects.py). Sentences written for these tests."""

from __future__ import annotations

from test_events import _events as _all


def _sides(text: str, etype: str, trigger: str, names: dict | None = None) -> tuple[str, str]:
    found = [e for e in _all(text, names, etype=etype) if e.trigger == trigger]
    assert found, [e.trigger for e in _all(text, etype=etype)]
    e = found[0]
    return (e.actor_span.text if e.actor_span else "", e.target_span.text if e.target_span else "")


def test_an_attack_noun_before_the_verb_is_its_subject() -> None:
    actor, target = _sides("وقتل سبعة مدنيين في تفجير سيارة مفخخة استهدف سوقا شعبية في المدينة.", "ASSAULT", "استهدف")
    assert actor == "" and target.startswith("سوقا")


def test_the_nationality_of_an_attack_noun_after_the_verb_is_the_attacker() -> None:
    actor, target = _sides("واستهدفت غارة روسية مخزنا للذخيرة قرب الحدود.", "ASSAULT", "استهدفت")
    assert actor == "روسية" and target.startswith("مخزنا")


def test_the_agent_named_for_the_attack_a_killing_was_in() -> None:
    actor, target = _sides("قتل تسعة مسلحين في غارات جوية نفذتها طائرات حربية على مواقعهم.", "ASSAULT", "قتل")
    assert actor.startswith("طائرات") and "مسلحين" in target


def test_an_attack_of_a_group_named_with_lam() -> None:
    actor, target = _sides("وأصيب ثلاثة جنود في هجوم لمسلحين على نقطة تفتيش.", "ASSAULT", "أصيب")
    assert "مسلحين" in actor and "جنود" in target


def test_the_victim_is_the_phrase_right_after_a_passive() -> None:
    actor, target = _sides("وقتل جندي وأصيب آخران في اشتباكات بين الجيش والمسلحين.", "ASSAULT", "أصيب")
    assert target == "آخران" and actor == ""


def test_a_count_before_a_preposition_is_who_was_hit() -> None:
    _actor, target = _sides("وأصيب العشرات بجروح في المواجهات.", "ASSAULT", "أصيب")
    assert target == "العشرات"


def test_the_subject_before_a_passive_is_the_victim() -> None:
    _actor, target = _sides("وكان الصحفي المعروف، قد قتل في انفجار عبوة بمدينة الموصل.", "ASSAULT", "قتل")
    assert "الصحفي" in target
    _actor, target = _sides("وقال المستشفى إن 5 أشخاص قتلوا و12 أصيبوا بجروح.", "ASSAULT", "أصيبوا")
    assert target == "12"


def test_an_active_verb_with_its_object_is_no_passive() -> None:
    actor, target = _sides("وقال الجيش إن المسلحين قتلوا ثلاثة حراس.", "ASSAULT", "قتلوا")
    assert actor == "المسلحين" and "حراس" in target


def test_a_time_of_day_or_a_weapon_is_no_target() -> None:
    actor, target = _sides("وقالت الشرطة إن انتحاريا فجر نفسه صباحا في السوق.", "ASSAULT", "فجر نفسه")
    assert actor == "انتحاريا" and "صباحا" not in target
    _actor, target = _sides("وقتل مدني برصاصة في الرأس أطلقها جندي.", "ASSAULT", "قتل")
    assert "برصاصة" not in target


def test_an_agent_is_the_actor_not_the_target() -> None:
    actor, target = _sides("وقال مسؤول إن مهندسين اثنين خطفا على يد مسلحين مجهولين.", "ASSAULT", "خطفا")
    assert "مسلحين" in actor and "مسلحين" not in target and "مهندسين" in target


def test_a_count_after_a_protest_verb_is_who_protests() -> None:
    actor, _target = _sides("وفي ذكرى سقوط البلدة تظاهر أمس مئات العمال أمام مبنى البلدية.", "PROTEST", "تظاهر")
    assert "العمال" in actor and "البلدة" not in actor


def test_a_word_of_about_is_no_count_of_protesters() -> None:
    actor, _target = _sides("وخرج المعلمون من المدرسة وساروا نحو مبنى الوزارة.", "PROTEST", "ساروا")
    assert "نحو" not in actor


def test_a_possessed_object_makes_the_verb_active() -> None:
    actor, target = _sides("قتل شاب عشريني شقيقه بسكين بعد خلاف عائلي.", "ASSAULT", "قتل")
    assert actor == "شاب عشريني" and target == "شقيقه"


def test_the_subject_a_complementizer_brings_before_a_passive() -> None:
    actor, target = _sides("وأعلنت الشرطة أن مهربا قتل واعتقل ثلاثة آخرون عند الحدود.", "ASSAULT", "قتل")
    assert target == "مهربا" and actor == ""


def test_a_place_name_does_not_attack() -> None:
    actor, _target = _sides("ووقع الحادث في ولاية تكساس وقتل فيه خمسة أشخاص.", "ASSAULT", "قتل",
                            {"تكساس": ("e1", "LOC")})
    assert "تكساس" not in actor


def test_the_agent_after_its_mark_past_a_count() -> None:
    actor, _target = _sides("وأكدت الفتاة أنه تم اغتصابها من قبل عدة حراس في المعتقل.", "ASSAULT", "اغتصابها")
    assert "حراس" in actor


def test_the_subject_a_complementizer_brings_before_a_protest_verb() -> None:
    actor, _target = _sides("وأوضح المحامي أن أسرته نظموا اعتصاما أمام مبنى المحكمة.", "PROTEST", "نظموا اعتصاما")
    assert actor == "أسرته"


def test_the_subject_of_a_light_verb_or_its_verbal_noun_owns_the_attack() -> None:
    actor, _target = _sides("وقالت مصادر إن الطيران شن عدة غارات استهدفت مخازن للسلاح.", "ASSAULT", "شن عدة غارات")
    assert actor == "الطيران"
    actor, _target = _sides("وشن الطيران عدة غارات استهدفت مخازن للسلاح.", "ASSAULT", "استهدفت")
    assert actor == "الطيران"
    actor, _target = _sides("وأصيب خمسة جراء تنفيذ طائرات حربية عدة ضربات استهدفت مواقع المسلحين.", "ASSAULT", "استهدفت")
    assert actor.startswith("طائرات")


def test_a_verb_with_a_resumptive_pronoun_has_its_victim_after() -> None:
    actor, target = _sides("وتشهد البلدة مواجهات بين السكان وقوات الأمن قتل فيها أمس خمسة شبان.", "ASSAULT", "قتل")
    assert "شبان" in target and "الأمن" not in target


def test_where_a_protest_is_held_does_not_protest() -> None:
    actor, _target = _sides("وكانوا يتظاهرون في القاهرة والإسكندرية طوال الشهر الماضي.", "PROTEST", "يتظاهرون")
    assert "الإسكندرية" not in actor and "القاهرة" not in actor
    actor, _target = _sides("وأعلنت النقابة تنظيم تظاهرة أمام البرلمان غدا احتجاجا على القانون.", "PROTEST", "احتجاجا")
    assert "البرلمان" not in actor


def test_a_word_of_the_subject_is_no_object() -> None:
    actor, target = _sides("قتل شاب عمره عشرون عاما في الحادث.", "ASSAULT", "قتل")
    assert actor == "" and target.startswith("شاب")


def test_the_victim_phrase_stops_before_the_next_item() -> None:
    _actor, target = _sides("وأسفر الهجوم عن مقتل عقيد وإصابة ستة جنود.", "ASSAULT", "مقتل")
    assert target == "عقيد"


def test_a_passive_after_wa_has_its_victim_after_it() -> None:
    _actor, target = _sides("وقتل شرطي وأصيب بجروح أربعة مدنيين في الانفجار.", "ASSAULT", "أصيب")
    assert "مدنيين" in target
    _actor, target = _sides("وقتل شرطي وأصيب بجروح أربعة مدنيين في الانفجار.", "ASSAULT", "قتل")
    assert target == "شرطي"


def test_a_victim_keeps_its_nisba() -> None:
    _actor, target = _sides("وأكدت مصادر محلية مصرع قياديين حوثيين في الغارة.", "ASSAULT", "مصرع")
    assert target == "قياديين حوثيين"


def test_the_subject_a_complementizer_brings_before_a_light_verb_of_attack() -> None:
    actor, target = _sides("وقالت الوزارة إن التحالف شن عشر غارات جوية في اليمن.", "ASSAULT", "شن عشر غارات جوية")
    assert actor == "التحالف" and "اليمن" not in target


def test_what_is_protested_runs_through_its_genitives() -> None:
    _actor, target = _sides("وتظاهر مئات السكان احتجاجا على رفع أسعار الخبز في المدينة.", "PROTEST", "تظاهر")
    assert target == "رفع أسعار الخبز"
    _actor, target = _sides("واعتصم العمال احتجاجا على تأخر صرف الرواتب التي وعدت بها الشركة.", "PROTEST", "اعتصم")
    assert "التي" not in target and target.startswith("تأخر")


def test_an_attack_target_takes_its_definite_genitive_only() -> None:
    _actor, target = _sides("وهاجم مسلحون مقرات جماعة الإخوان في المدينة.", "ASSAULT", "هاجم")
    assert target.endswith("الإخوان")
    _actor, target = _sides("وقال مسؤول إن جنودا قتلوا في الاشتباكات.", "ASSAULT", "قتلوا")
    assert "قتلوا" not in target


def test_an_indefinite_noun_a_verb_describes_is_its_subject() -> None:
    actor, target = _sides("وردت قوات الجيش بإطلاق النار على مسلحين هاجموا حاجزا أمنيا قرب البلدة.", "ASSAULT", "هاجموا")
    assert actor == "مسلحين" and target.startswith("حاجزا")


def test_the_doer_of_the_told_attack_named_in_another_clause() -> None:
    # (events/told_doers.py) "نفذ الهجوم" names who did the attack the sentence reports
    actor, target = _sides("وقال مسؤول في الشرطة إن 15 شخصا قتلوا في انفجار هز سوقا شعبيا، مرجحا أن انتحاريا نفذ الهجوم.",
                           "ASSAULT", "قتلوا")
    assert actor == "انتحاريا" and target == "شخصا"


def test_no_doer_when_the_clause_denies_it() -> None:
    actor, _target = _sides("وقال مسؤول في الشرطة إن 15 شخصا قتلوا في انفجار هز سوقا شعبيا، ولم تنفذ أي جهة الهجوم.",
                            "ASSAULT", "قتلوا")
    assert actor == ""


def test_a_three_letter_attack_form_after_a_pronoun_complementizer_is_the_verb() -> None:
    # "أنه قصف" is "that it shelled": the complementizer carries the subject, the verb follows
    actor, target = _sides("وأعلن الجيش في بيان أنه قصف مواقع للمتمردين قرب الحدود.", "ASSAULT", "قصف")
    assert actor == "الجيش" and "متمردين" in target



def _speaker_sides(text: str, trigger: str) -> str:
    """The actor's words of an attack read by the whole pipeline: the statement's speaker comes from
    the quotes layer."""
    from marsad.pipeline import Analyzer

    doc = Analyzer(config={"events": {"unnamed": True}}).analyze(text, published="2024-03-10")
    found = [e for e in doc.events if e.type == "ASSAULT" and e.trigger == trigger]
    assert found, [e.trigger for e in doc.events]
    return found[0].actor_span.text if found[0].actor_span else ""


def test_the_speaker_whose_complementizer_carries_the_attackers_pronoun() -> None:
    # the subject stands far from the verb, past a comma: the statement's speaker attacked
    actor = _speaker_sides("وأقرت القيادة العسكرية للتحالف، في بيان صدر مساء أمس، أنها نفذت غارات على مواقع للمسلحين.",
                           "نفذت غارات")
    assert actor == "القيادة العسكرية"


def test_no_speaker_as_attacker_for_an_aim() -> None:
    # "استهدف" of no mode may be an aim, not a blow: its speaker is left out
    assert _speaker_sides("وأوضحت الشركة في بيانها أنها استهدفت فصل الصيف لبدء التشغيل.", "استهدفت") == ""


def test_a_bombing_told_by_the_verb_apart_from_its_object() -> None:
    # (events/detonations.py) the subject stands between "فجر" and what it blew up
    assert _speaker_sides("وقتل سبعة أشخاص عندما فجر مهاجم نفسه عند مدخل السوق صباح اليوم.", "فجر") == "مهاجم"
    assert _speaker_sides("وفجر المسلحون عبوتين ناسفتين قرب دورية للشرطة.", "فجر") == "المسلحون"


def test_the_dawn_is_no_bombing() -> None:
    from marsad.pipeline import Analyzer

    doc = Analyzer(config={"events": {"unnamed": True}}).analyze(
        "وغادر الفريق فجر الجمعة إلى المعسكر، وصلى اللاعبون في المسجد نفسه.", published="2024-03-10")
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_an_attack_the_subject_managed_to_do() -> None:
    # (events/deed_verbs.py) "تمكنت X من قتل ...": X did it, told as done
    actor, target = _sides("وتمكنت قوات الأمن من قتل أربعة مسلحين خلال المداهمة.", "ASSAULT", "وتمكنت قوات الأمن من قتل")
    assert actor == "قوات الأمن" and "مسلحين" in target


def test_a_place_before_the_verb_of_managing_is_not_its_subject() -> None:
    # "بحلب" is where the fighters stand, not who killed; the subject before it is a common noun
    actor, _target = _sides("وقال إن المقاتلين في جبهة الشمال بحلب تمكنوا من قتل عشرة مسلحين.", "ASSAULT",
                            "تمكنوا من قتل", {"حلب": ("e1", "LOC")})
    assert actor != "حلب"


def test_an_accusative_force_noun_keeps_its_adjective() -> None:
    # "جنودا متمردين": the soldiers are the side, the adjective says which
    actor, _target = _sides("وقال شهود إن جنودا متمردين أطلقوا النار على موكب الوزير في العاصمة.", "ASSAULT",
                            "أطلقوا النار")
    assert actor == "جنودا متمردين"
