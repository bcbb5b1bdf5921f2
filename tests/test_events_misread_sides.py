"""Sides of the record's events misread from a name part, a place, a loan received, a time clause,
an agent (events/misread_sides.py), and verb triggers added with them. Sentences written for these tests."""

from __future__ import annotations

from test_events import named_triples as _events


def test_a_later_part_of_a_patronymic_is_no_participant() -> None:
    names = {"فيصل بن خالد": ("e1", "PER"), "عبد الله": ("e2", "PER"), "أيمن الصفدي": ("e3", "PER")}
    found = _events("واجتمع الأمير فيصل بن خالد بن عبد الله مع الوزير أيمن الصفدي.", names)
    assert ("CONSULT", "e1", "e3") in found
    assert not any("e2" in (actor, target) for _t, actor, target in found)


def test_the_city_travelled_to_is_no_actor() -> None:
    names = {"القاهرة": ("e1", "LOC"), "مصر": ("e3", "LOC"), "أحمد أبو الغيط": ("e2", "PER")}
    found = _events("وتوجه المبعوث أمس إلى القاهرة بهدف عقد اجتماع مع الأمين العام للجامعة أحمد أبو الغيط.", names)
    assert not any(actor in ("e1", "e3") for _t, actor, _g in found)


def test_a_loan_received_is_no_aid_given() -> None:
    names = {"مصر": ("e1", "LOC"), "صندوق النقد الدولي": ("e2", "ORG")}
    assert not any(t == "AID" for t, _a, _g in _events("وتلقت مصر قرضا جديدا من صندوق النقد الدولي.", names))
    assert ("AID", "e2", "e1") in _events("وقدم صندوق النقد الدولي قرضا جديدا إلى مصر.", names)


def test_a_name_in_a_time_clause_is_no_target() -> None:
    names = {"حركة الشباب": ("e1", "ORG"), "حسن شيخ محمود": ("e2", "PER")}
    found = _events("وشنت حركة الشباب عشرات الهجمات منذ تولي الرئيس حسن شيخ محمود الحكم.", names)
    assert not any(target == "e2" for _t, _a, target in found)


def test_an_agent_after_min_qibal_is_the_attacker() -> None:
    names = {"خالد عمر": ("e1", "PER"), "تنظيم داعش": ("e2", "ORG")}
    found = _events("وقال المرصد إن القائد خالد عمر قتل جراء استهدافه من قبل تنظيم داعش قرب تدمر.", names)
    assert ("ASSAULT", "e1", "e2") not in found


def test_a_target_inside_the_actors_title_is_none() -> None:
    names = {"وزير خارجية كوبا": ("e1", "PER"), "كوبا": ("e2", "LOC")}
    found = _events("ومن المقرر أن يزور وزير خارجية كوبا العاصمة الأسبوع المقبل.", names)
    assert ("CONSULT", "e1", "e2") not in found


def test_approval_obtained_is_not_given_by_the_one_who_obtains_it() -> None:
    names = {"سامي خالد": ("e1", "PER"), "البرلمان": ("e2", "ORG"), "فرنسا": ("e3", "LOC")}
    found = _events("وسعى سامي خالد إلى الحصول على موافقة النواب على التعاون مع فرنسا.", names)
    assert not any(t == "AGREE" and actor == "e1" for t, actor, _g in found)
    found = _events("وحصل سامي خالد على موافقة البرلمان على الخطة.", names)
    assert ("AGREE", "e2", "e1") in found


def test_an_approval_not_yet_given_is_no_agreement() -> None:
    names = {"الكونغرس": ("e1", "ORG"), "إيران": ("e2", "LOC"), "مجلس الأمن": ("e3", "ORG")}
    found = _events("وأرسل الرئيس الاتفاق إلى مجلس الأمن قبل أن يوافق عليه الكونغرس.", names)
    assert not any(t == "AGREE" for t, _a, _g in found)


def test_the_accused_is_not_the_accuser() -> None:
    names = {"روسيا": ("e1", "LOC"), "أوكرانيا": ("e2", "LOC")}
    found = _events("وتوترت العلاقات على خلفية اتهام روسيا بالتدخل في أوكرانيا.", names)
    assert ("ACCUSE", "e1", "e2") not in found


def test_a_sports_article_has_no_political_events() -> None:
    names = {"الوحدة": ("e1", "ORG"), "سامي خالد": ("e2", "PER"), "مصر": ("e3", "LOC"), "تونس": ("e4", "LOC")}
    report = ("وشن الوحدة هجوما على سامي خالد حارس المرمى في المباراة. وقال المدرب إن الفريق سيواصل التعاقد "
              "مع لاعب جديد قبل الدوري، بعد أن خسر النادي المباراة الثانية في البطولة بهدفين. ويلتقي منتخب مصر "
              "منتخب تونس في الملعب نفسه، وسيخوض اللاعبون المباراة المقبلة في الدوري بعد أن سجل اللاعب هدفين.")
    assert _events(report, names) == set()
    assert _events("ووقعت مصر وتونس اتفاقية للتعاون.", names)


def test_verbs_of_raiding_negotiating_concluding_and_backing() -> None:
    names = {"إسرائيل": ("e1", "LOC"), "حزب الله": ("e2", "ORG"), "مصر": ("e3", "LOC"), "إثيوبيا": ("e4", "LOC")}
    assert ("ASSAULT", "e1", "e2") in _events("وأغارت إسرائيل فجر اليوم على مواقع حزب الله.", names)
    assert ("CONSULT", "e3", "e4") in _events("وتفاوضت مصر طويلا مع إثيوبيا حول حصص المياه.", names)
    assert ("AGREE", "e3", "e4") in _events("وأبرمت مصر مع إثيوبيا اتفاقا لتقاسم المياه.", names)
    assert ("SUPPORT", "e3", "e4") in _events("وساندت مصر إثيوبيا في مسعاها.", names)


def test_a_headlines_next_item_holds_no_target() -> None:
    names = {"روسيا": ("e1", "LOC"), "أوكرانيا": ("e2", "LOC"), "بولندا": ("e3", "LOC")}
    assert ("THREATEN", "e1", "e2") in _events("وأنذرت روسيا أوكرانيا بقطع الغاز.", names)
    found = _events("روسيا تنذر.. ووفود أوروبية تتوافد على بولندا", names)
    assert not any(target == "e3" for _t, _a, target in found)


def test_the_place_discussed_is_not_the_one_met() -> None:
    names = {"مجلس الأمن": ("e1", "ORG"), "ليبيا": ("e2", "LOC"), "سامح شكري": ("e3", "PER")}
    found = _events("ووصل المبعوث إلى القاهرة قبل اجتماع مجلس الأمن بشأن ليبيا", names)
    assert not any(target == "e2" for _t, _a, target in found)
    assert ("CONSULT", "e3", "e1") in _events("والتقى سامح شكري بأعضاء مجلس الأمن حول ليبيا.", names)


def test_a_body_in_the_title_after_the_actor_is_no_target() -> None:
    names = {"سامي خالد": ("e1", "PER"), "البنك الأهلي": ("e2", "ORG"), "مصر": ("e3", "LOC")}
    found = _events("ودعا سامي خالد رئيس اتحاد الغرف والبنك الأهلي أمس التجار إلى الهدوء.", names)
    assert not any(target == "e2" for _t, _a, target in found)
    assert ("REQUEST", "e1", "e3") in _events("ودعا سامي خالد مصر إلى الهدوء.", names)


def test_the_speaker_telling_of_a_condemnation_is_not_condemned() -> None:
    names = {"سالم العتيبي": ("e1", "PER"), "مجلس الشورى": ("e2", "ORG"), "إيران": ("e3", "LOC")}
    found = _events("وأكد العضو سالم العتيبي استنكار مجلس الشورى البالغ لهذا الاعتداء على المصلين.", names)
    assert not any(target == "e1" for _t, _a, target in found)
    found = _events("وأكد سالم العتيبي استنكار مجلس الشورى لتدخلات إيران في شؤون المنطقة.", names)
    assert not any(target == "e1" for _t, _a, target in found)
    assert ("ACCUSE", "e1", "e3") in _events("واتهم سالم العتيبي إيران بالتدخل في شؤون المنطقة.", names)


def test_the_side_opposed_is_not_the_one_acting() -> None:
    names = {"قوات التحالف": ("e1", "ORG"), "تنظيم القاعدة": ("e2", "ORG"), "اليمن": ("e3", "LOC")}
    found = _events("ونفذت قوات التحالف الدولي ضد تنظيم القاعدة الإرهابي سبع ضربات جوية على مواقع للتنظيم في اليمن.", names)
    assert found == {("ASSAULT", "e1", "e2")}
    # no name before "ضد": the sides cannot be read, the opposed side is still no actor
    found = _events("ونفذت الطائرات ضد تنظيم القاعدة الإرهابي سبع ضربات جوية على مواقع للتنظيم في اليمن.", names)
    assert not any(actor == "e2" for _t, actor, _g in found)


def test_the_one_met_after_a_meeting_noun_with_a_pronoun_is_the_target() -> None:
    names = {"السفير هيل": ("e1", "PER"), "نجيب ميقاتي": ("e2", "PER"), "لبنان": ("e3", "LOC")}
    found = _events("وأكد السفير هيل بعد لقائه نجيب ميقاتي أمس دعم بلاده لجيش لبنان.", names)
    assert ("CONSULT", "e1", "e2") in found and not any(a == "e2" for _t, a, _g in found)
    names = {"الرئيس الفرنسي": ("e1", "PER"), "سالم الحربي": ("e2", "PER")}
    found = _events("وبعد لقائه سالم الحربي صباح اليوم قال الرئيس الفرنسي إن المحادثات كانت مثمرة.", names)
    assert ("CONSULT", "e1", "e2") in found


def test_the_subject_of_a_passive_relative_clause_undergoes_the_act() -> None:
    names = {"سعيد الناصري": ("e1", "PER"), "صحيفة الصباح": ("e2", "ORG")}
    found = _events("كما حصل مع الكاتب سعيد الناصري الذي طرد من صحيفة الصباح بسبب مقال.", names)
    assert not any(actor == "e1" for _t, actor, _g in found)
    names = {"سامي الحداد": ("e1", "PER"), "منظمة العفو": ("e2", "ORG"), "اليمن": ("e3", "LOC")}
    found = _events("وطالبت منظمة العفو بالإفراج عن الصحفي سامي الحداد الذي اختطف الأحد الماضي في اليمن.", names)
    assert not any(actor == "e1" for _t, actor, _g in found)


def test_the_name_after_an_accusing_verb_with_its_charge_is_the_accused() -> None:
    names = {"قطر": ("e1", "LOC"), "جماعة الإخوان المسلمين": ("e2", "ORG"), "الهند": ("e3", "LOC")}
    found = _events("وتتهم دول عدة قطر بدعم جماعة الإخوان المسلمين.", names)
    assert not any(actor == "e1" for _t, actor, _g in found)
    assert ("ACCUSE", "e1", "e3") in _events("واتهمت قطر الهند بانتهاك الاتفاق.", names)


def test_a_meeting_that_discusses_has_its_matters_as_no_sides() -> None:
    names = {"اليمن": ("e1", "LOC"), "ليبيا": ("e2", "LOC"), "الكويت": ("e3", "LOC"), "داعش": ("e4", "ORG")}
    found = _events("وأوضح البيان أن الاجتماع سيناقش سبل التهدئة في اليمن وليبيا والعراق.", names)
    assert not any(t == "CONSULT" for t, _a, _g in found)
    found = _events("لقاء الكويت الرباعي يبحث مواجهة داعش في المنطقة", names)
    assert not any(t == "CONSULT" for t, _a, _g in found)


def test_a_meeting_in_an_adjunct_leaves_the_named_subject_to_discuss() -> None:
    names = {"عادل الجبير": ("e1", "PER"), "جون كيري": ("e2", "PER")}
    found = _events("وخلال الاجتماع ناقش عادل الجبير مع جون كيري تطورات الأوضاع.", names)
    assert ("CONSULT", "e1", "e2") in found


def test_a_group_owning_the_sites_struck_is_no_attacker() -> None:
    from marsad.pipeline import analyze

    doc = analyze("شنت قوات التحالف الدولي بقيادة فرنسا أمس ثلاثين ضربة جوية استهدفت مواقع لتنظيم «داعش» "
                  "المتطرف في العراق وسوريا.")
    names = {e.id: e.name for e in doc.entities}
    actors = [names.get(ev.actor or "", "") for ev in doc.events if ev.type == "ASSAULT"]
    assert actors and not any("داعش" in a for a in actors)
