"""The record's (named) events: which sides word order proposes are no sides (events/checks.py
named_sides, title_holders). Sentences written for these tests."""

from __future__ import annotations

from test_events import LAYER, _doc
from test_events import named_triples as _events


def test_a_person_attacking_attacks_with_words() -> None:
    found = _events("وكان رئيس الوزراء السابق كمال داود قد هاجم تركيا في مقابلة تلفزيونية.",
                    {"كمال داود": ("e1", "PER"), "تركيا": ("e2", "LOC")})
    assert found == {("ACCUSE", "e1", "e2")}


def test_a_state_attacking_still_attacks() -> None:
    found = _events("وهاجمت إسرائيل لبنان فجر اليوم.", {"إسرائيل": ("e1", "LOC"), "لبنان": ("e2", "LOC")})
    assert ("ASSAULT", "e1", "e2") in found


def test_no_target_inside_a_time_adjunct() -> None:
    found = _events("وندد كمال داود عقب اجتماعه بوزير الخارجية سمير حداد بخطف الرهائن.",
                    {"كمال داود": ("e1", "PER"), "سمير حداد": ("e2", "PER")})
    assert ("ACCUSE", "e1", "e2") not in found


def test_a_place_after_bi_is_where_not_whom() -> None:
    found = _events("إندونيسيا توقف مشتبهين في تفجيرات بسومطرة.",
                    {"إندونيسيا": ("e1", "LOC"), "سومطرة": ("e2", "LOC")})
    assert not any(t == "ASSAULT" for t, _a, _b in found)


def test_a_noun_trigger_in_a_complement_clause_has_not_the_main_subject() -> None:
    found = _events("وحذر كمال داود النواب من أن رفض الخطة سيضر بمصالح فرنسا.",
                    {"كمال داود": ("e1", "PER"), "فرنسا": ("e2", "LOC")})
    assert not any(t == "REJECT" for t, _a, _b in found)


def test_the_body_in_a_title_with_an_adjective_is_the_holders() -> None:
    found = _events("وأدان الأمين العام للجامعة العربية سمير حداد القصف على غزة.",
                    {"الجامعة العربية": ("e1", "ORG"), "سمير حداد": ("e2", "PER")})
    assert ("ACCUSE", "e2", "e1") not in found and ("ACCUSE", "e1", "e2") not in found


def test_condemned_statements_name_whom_they_condemn_and_an_accusation_of_their_own() -> None:
    found = _events("وندد الاتحاد الأفريقي بشدة بتصريحات الرئيس السابق كمال داود ضد تونس.",
                    {"الاتحاد الأفريقي": ("e1", "ORG"), "كمال داود": ("e2", "PER"), "تونس": ("e3", "LOC")})
    assert ("ACCUSE", "e1", "e2") in found and ("ACCUSE", "e2", "e3") in found
    assert ("ACCUSE", "e1", "e3") not in found


def test_condemned_statements_across_a_relative_clause() -> None:
    found = _events("واستنكرت جامعة الدول العربية التصريحات التي أدلى بها وزير الخارجية السابق كمال داود أمس.",
                    {"جامعة الدول العربية": ("e1", "ORG"), "كمال داود": ("e2", "PER")})
    assert ("ACCUSE", "e1", "e2") in found


def test_talks_with_a_counterpart() -> None:
    found = _events("وأعرب وزير الخارجية سمير حداد أمس لنظيره الفرنسي جان مارتان عن أمله في حل الأزمة.",
                    {"سمير حداد": ("e1", "PER"), "جان مارتان": ("e2", "PER")})
    assert found == {("CONSULT", "e1", "e2")}


def test_a_counterpart_not_named_is_no_event() -> None:
    found = _events("وأعرب وزير الخارجية سمير حداد لنظيره عن أمله في أن تزور فرنسا البلاد قريبا.",
                    {"سمير حداد": ("e1", "PER"), "فرنسا": ("e2", "LOC")})
    assert not any(t == "CONSULT" for t, _a, _b in found)


def test_two_bodies_of_one_state_deal_administratively() -> None:
    found = _events("ووافقت وزارة المالية على طلب هيئة النقل العام تمويل المشروع.",
                    {"وزارة المالية": ("e1", "ORG"), "هيئة النقل العام": ("e2", "ORG")})
    assert found == set()


def test_a_ministry_and_a_foreign_state_interact() -> None:
    found = _events("وطالبت وزارة الخارجية فرنسا بتسليم المتهمين.",
                    {"وزارة الخارجية": ("e1", "ORG"), "فرنسا": ("e2", "LOC")})
    assert ("REQUEST", "e1", "e2") in found


def test_a_government_named_by_its_nationality_is_its_state() -> None:
    doc = _doc("وتتهم تركيا الحكومة السورية بدعم المسلحين. وتقع سوريا جنوب تركيا.",
               {"تركيا": ("e1", "LOC"), "سوريا": ("e2", "LOC")})
    for e in doc.entities:
        e.kb = {"e1": "marsad:loc/turkey", "e2": "marsad:loc/syria"}[e.id]
    LAYER(doc)
    assert ("ACCUSE", "e1", "e2") in {(e.type, e.actor, e.target) for e in doc.events}


def test_the_antecedent_of_a_relative_acts() -> None:
    found = _events("وجرت المفاوضات بين باريس ولندن، وتريد فرنسا التي تتهم بريطانيا بالتقصير حلا سريعا.",
                    {"فرنسا": ("e1", "LOC"), "بريطانيا": ("e2", "LOC")})
    assert ("ACCUSE", "e1", "e2") in found


def test_what_is_blamed_is_not_reported() -> None:
    found = _events("وتتهم تركيا سوريا بشن هجمات على حدودها.", {"تركيا": ("e1", "LOC"), "سوريا": ("e2", "LOC")})
    assert ("ACCUSE", "e1", "e2") in found
    assert not any(t == "ASSAULT" for t, _a, _b in found)


def test_companies_dealing_is_business() -> None:
    found = _events("ووقعت شركة النور مذكرة تفاهم مع شركة الأفق للتعاون في النقل.",
                    {"شركة النور": ("e1", "ORG"), "شركة الأفق": ("e2", "ORG")})
    assert found == set()


def test_a_common_noun_subject_leaves_the_name_its_object() -> None:
    found = _events("ويتهم القضاء الفرنسي كمال داود بتلقي رشاوى من شركة الأفق.",
                    {"كمال داود": ("e1", "PER"), "شركة الأفق": ("e2", "ORG")})
    assert found == set()


def test_a_common_noun_subject_before_the_verb_leaves_the_names_its_objects() -> None:
    found = _events("وقالت مصادر محلية إن قوات الأمن اعتقلت سامر حداد، وكمال داود، بعد مداهمة منزليهما.",
                    {"سامر حداد": ("e1", "PER"), "كمال داود": ("e2", "PER")})
    assert found == set()  # the first name arrested is no actor of the second's arrest
    found = _events("وقالت مصادر محلية إن الأردن اعتقلت سامر حداد.",
                    {"الأردن": ("e1", "LOC"), "سامر حداد": ("e2", "PER")})
    assert ("COERCE", "e1", "e2") in found  # a named subject before the verb acts


def test_no_target_in_a_reason() -> None:
    found = _events("فرنسا تحظر 40 موقعا لأنها أخطر من ألمانيا.", {"فرنسا": ("e1", "LOC"), "ألمانيا": ("e2", "LOC")})
    assert found == set()


def test_a_demand_about_a_country() -> None:
    doc = _doc("منظمة العفو تطالب بحماية الصحفيين في العراق.", {"منظمة العفو": ("e1", "ORG"), "العراق": ("e2", "LOC")})
    doc.entities[1].kb = "marsad:loc/iraq"
    LAYER(doc)
    assert ("REQUEST", "e1", "e2") in {(e.type, e.actor, e.target) for e in doc.events}


def test_a_meeting_in_a_country_is_not_with_it() -> None:
    doc = _doc("وبحث كمال داود خلال اجتماع عقد أمس في العراق خطة الإعمار.",
               {"كمال داود": ("e1", "PER"), "العراق": ("e2", "LOC")})
    doc.entities[1].kb = "marsad:loc/iraq"
    LAYER(doc)
    assert not doc.events


def test_fighting_between_two_sides_is_each_against_the_other() -> None:
    found = _events("واندلعت اشتباكات عنيفة أمس بين حركة النصر وأنصار الفجر شمال المدينة.",
                    {"حركة النصر": ("e1", "ORG"), "أنصار الفجر": ("e2", "ORG")})
    assert found == {("ASSAULT", "e1", "e2"), ("ASSAULT", "e2", "e1")}


def test_fighting_between_places_names_no_sides() -> None:
    found = _events("وتجددت الاشتباكات بين حلب وإدلب أمس.", {"حلب": ("e1", "LOC"), "إدلب": ("e2", "LOC")})
    assert found == set()


def test_the_outlet_spoken_to_is_no_target() -> None:
    found = _events("واتهم كمال داود في تصريح لـ«الأفق» الحكومة بالفشل.",
                    {"كمال داود": ("e1", "PER"), "الأفق": ("e2", "ORG")})
    assert found == set()


def test_fighting_between_an_unnamed_side_and_allies_is_not_among_the_allies() -> None:
    found = _events("وتتواصل المعارك بين المقاتلين المحليين وقوات حركة النصر وأنصار الفجر شمال المدينة.",
                    {"حركة النصر": ("e1", "ORG"), "أنصار الفجر": ("e2", "ORG")})
    assert not any(t == "ASSAULT" and {a, b} == {"e1", "e2"} for t, a, b in found)


def test_a_club_is_no_political_actor() -> None:
    found = _events("ووقع نادي الفجر مع اللاعب كمال داود عقدا لموسمين.",
                    {"نادي الفجر": ("e1", "ORG"), "كمال داود": ("e2", "PER")})
    assert found == set()


def test_a_name_in_a_time_adjunct_is_not_the_subject() -> None:
    found = _events("وأثناء زيارة للرئيس كمال داود وقعت فرنسا اتفاقا مع ألمانيا.",
                    {"كمال داود": ("e1", "PER"), "فرنسا": ("e2", "LOC"), "ألمانيا": ("e3", "LOC")})
    assert ("AGREE", "e1", "e2") not in found and ("AGREE", "e2", "e3") in found


def test_a_relative_agrees_with_its_antecedent() -> None:
    found = _events("وانتقد البرلمان تصريحات الوزير كمال داود التي تدعو إلى مقاطعة فرنسا.",
                    {"كمال داود": ("e1", "PER"), "فرنسا": ("e2", "LOC")})
    assert ("REQUEST", "e1", "e2") not in found


def test_a_party_leader_accusing_the_president_is_the_party_acting() -> None:
    found = _events("واتهم زعيم حزب العدالة الوطني الرئيس سمير حداد بتقويض الديمقراطية في البلاد.",
                    {"حزب العدالة الوطني": ("e1", "ORG"), "سمير حداد": ("e2", "PER")})
    assert found == {("ACCUSE", "e1", "e2")}


def test_an_envoys_country_before_the_ambassadors_name_is_his_title() -> None:
    found = _events("ودعا مندوب اليمن لدى الأمم المتحدة السفير كمال داود مجلس الأمن إلى التحرك.",
                    {"اليمن": ("e1", "LOC"), "الأمم المتحدة": ("e3", "ORG"), "كمال داود": ("e2", "PER"),
                     "مجلس الأمن": ("e4", "ORG")})
    assert found == {("REQUEST", "e2", "e4")}


def test_a_former_president_may_hold_the_party_title() -> None:
    from marsad.layers.events.checks import another_office
    assert not another_office(" الرئيس السابق ", "رئيس") and not another_office(" الرئيس السابق ", "زعيم")
    assert another_office(" الرئيس ", "زعيم") and not another_office(" السفير ", "مندوب")


def test_the_accused_is_the_object_before_the_bi_complement() -> None:
    found = _events("واتهمت تركيا روسيا بشن غارات على مواقع في سوريا.",
                    {"تركيا": ("e1", "LOC"), "روسيا": ("e2", "LOC"), "سوريا": ("e3", "LOC")})
    assert ("ACCUSE", "e1", "e2") in found and ("ACCUSE", "e1", "e3") not in found


def test_a_headline_accusation_of_a_person_against_a_country() -> None:
    found = _events("كمال داود يتهم سمير حداد بالتحريض ضد فرنسا",
                    {"كمال داود": ("e1", "PER"), "سمير حداد": ("e2", "PER"), "فرنسا": ("e3", "LOC")})
    assert found == {("ACCUSE", "e1", "e2")}


def test_the_object_after_the_actors_title_holder_is_asked() -> None:
    found = _events("وطالب وزير خارجية مصر سامح شكري إسرائيل بوقف الاعتداءات على لبنان.",
                    {"مصر": ("e1", "LOC"), "سامح شكري": ("e4", "PER"), "إسرائيل": ("e2", "LOC"),
                     "لبنان": ("e3", "LOC")})
    assert all(t != "e3" for _k, _a, t in found) and any(t == "e2" for _k, _a, t in found)


def test_a_condemned_attack_keeps_the_attacked_as_target() -> None:
    found = _events("وندد كمال داود بالهجوم الإسرائيلي على لبنان.",
                    {"كمال داود": ("e1", "PER"), "لبنان": ("e3", "LOC")})
    assert ("ACCUSE", "e1", "e3") in found


def test_ones_own_accusations_of_a_country_are_an_accusation() -> None:
    found = _events("وجدد كمال داود اتهاماته لإيران بدعم الجماعات المسلحة.",
                    {"كمال داود": ("e1", "PER"), "إيران": ("e2", "LOC")})
    assert found == {("ACCUSE", "e1", "e2")}
    found = _events("وجددت فرنسا اتهاماتها لإيران بدعم الجماعات المسلحة.",
                    {"فرنسا": ("e1", "LOC"), "إيران": ("e2", "LOC")})
    assert found == {("ACCUSE", "e1", "e2")}


def test_possessed_accusations_of_unnamed_leaders_take_no_place_as_target() -> None:
    found = _events("ويرى القياديون في حزب الوسط في إطار اتهاماتهم للقيادات الأخرى سواء في البصرة أو بغداد "
                    "أن الأزمة مفتعلة.", {"حزب الوسط": ("e1", "ORG"), "بغداد": ("e2", "LOC")})
    assert not any(t == "ACCUSE" for t, _a, _b in found)


def test_a_state_in_its_heads_styled_title_is_his() -> None:
    found = _events("وطالب رئيس جمهورية مصر العربية الرئيس سمير حداد إسرائيل بوقف الاستيطان.",
                    {"مصر": ("e1", "LOC"), "سمير حداد": ("e2", "PER"), "إسرائيل": ("e3", "LOC")})
    assert found == {("REQUEST", "e2", "e3")}


def test_a_styled_title_after_the_verb_of_a_name_before_is_met() -> None:
    found = _events("كمال داود يلتقي رئيس جمهورية الشيشان", {"كمال داود": ("e1", "PER"), "الشيشان": ("e2", "LOC")})
    assert ("CONSULT", "e1", "e2") in found


def test_fighting_between_two_camps_each_named_before_min_jiha() -> None:
    found = _events("واشتدت المعارك بين الجيش الوطني وحلفائه من جهة، والمتمردين الطوارق من جهة أخرى في شمال مالي.",
                    {"الجيش الوطني": ("e1", "ORG"), "الطوارق": ("e2", "ORG"), "مالي": ("e3", "LOC")})
    assert ("ASSAULT", "e1", "e2") in found and ("ASSAULT", "e2", "e1") in found


def test_allies_listed_in_one_camp_do_not_fight_each_other() -> None:
    found = _events("واندلعت اشتباكات بين حركة أمل وحزب الله من جهة وجيش الفتح من جهة أخرى قرب القلمون.",
                    {"حركة أمل": ("e1", "ORG"), "حزب الله": ("e2", "ORG"), "جيش الفتح": ("e3", "ORG")})
    assert ("ASSAULT", "e1", "e3") in found and ("ASSAULT", "e3", "e1") in found
    assert ("ASSAULT", "e1", "e2") not in found and ("ASSAULT", "e2", "e1") not in found


def test_allies_before_min_jiha_do_not_fight_when_the_other_camp_is_unnamed() -> None:
    found = _events("وتواصلت المعارك بين الجيش النظامي وحركة أمل من جهة والفصائل المسلحة من جهة أخرى في ريف حمص.",
                    {"الجيش النظامي": ("e1", "ORG"), "حركة أمل": ("e2", "ORG"), "حمص": ("e3", "LOC")})
    assert not any(t == "ASSAULT" and {a, b} == {"e1", "e2"} for t, a, b in found)


def test_second_camp_opened_by_a_repeated_bayn() -> None:
    found = _events("ودارت معارك في المدينة بين الجيش اليمني والمقاومة الشعبية من جهة، وبين ميليشيات الحوثي من جهة أخرى.",
                    {"الجيش اليمني": ("e1", "ORG"), "المقاومة الشعبية": ("e3", "ORG"), "الحوثي": ("e2", "ORG")})
    assert ("ASSAULT", "e2", "e1") in found
    assert not any(t == "ASSAULT" and {a, b} == {"e1", "e3"} for t, a, b in found)


def test_fighting_with_a_time_set_off_by_commas_before_bayn() -> None:
    found = _events("واستمرت المعارك، صباح الأحد، بين الجيش الليبي وتنظيم داعش في سرت.",
                    {"الجيش الليبي": ("e1", "ORG"), "تنظيم داعش": ("e2", "ORG"), "سرت": ("e3", "LOC")})
    assert ("ASSAULT", "e1", "e2") in found and ("ASSAULT", "e2", "e1") in found


def test_who_recalls_an_envoy_from_a_capital_protests_not_the_capital() -> None:
    found = _events("واستدعت قطر سفيرها من القاهرة احتجاجا على تصريحات عمرو داود.",
                    {"قطر": ("e1", "LOC"), "القاهرة": ("e2", "LOC"), "عمرو داود": ("e3", "PER")})
    assert ("PROTEST", "e1", "e3") in found
    assert not any(t == "PROTEST" and a == "e2" for t, a, _b in found)


def test_a_recall_noun_protests_against_whose_insistence_it_names() -> None:
    found = _events("وجاء قرار الكويت باستدعاء سفيرها من بغداد احتجاجا على إصرار العراق على التدخل.",
                    {"الكويت": ("e1", "LOC"), "بغداد": ("e2", "LOC"), "العراق": ("e3", "LOC")})
    assert ("PROTEST", "e1", "e3") in found
    assert not any(t == "PROTEST" and a in ("e2", "e3") for t, a, _b in found)


def test_the_ministry_whose_branch_hosts_a_meeting_is_no_side() -> None:
    found = _events("واجتمع وزير الخارجية سالم داود أمس في فرع وزارة الخارجية بالدمام مع نظيره الأردني كمال حداد.",
                    {"سالم داود": ("e1", "PER"), "وزارة الخارجية": ("e2", "ORG"), "الدمام": ("e3", "LOC"),
                     "كمال حداد": ("e4", "PER")})
    assert ("CONSULT", "e1", "e4") in found
    assert not any(t == "CONSULT" and "e2" in (a, b) for t, a, b in found)


def test_a_body_named_after_bimaqarr_is_where_the_talks_are() -> None:
    found = _events("وبحث الوزير سالم داود بمقر الجامعة العربية في القاهرة مع كمال حداد الأزمة الليبية.",
                    {"سالم داود": ("e1", "PER"), "الجامعة العربية": ("e2", "ORG"), "كمال حداد": ("e3", "PER")})
    assert ("CONSULT", "e1", "e3") in found
    assert not any(t == "CONSULT" and "e2" in (a, b) for t, a, b in found)


def test_the_one_named_after_min_qibal_accuses() -> None:
    found = _events("وجاء ذلك بعد اتهام حركة النهضة من قبل الحكومة التونسية بإثارة الفوضى.",
                    {"حركة النهضة": ("e1", "ORG"), "الحكومة التونسية": ("e2", "ORG")})
    assert ("ACCUSE", "e2", "e1") in found and ("ACCUSE", "e1", "e2") not in found


def test_a_possessed_accusation_noun_with_its_agent_after_min_qibal() -> None:
    found = _events("وقال المحلل إن جبهة النصرة تريد الثأر بعد اتهامها من قبل كمال داود بتنفيذ الهجوم.",
                    {"جبهة النصرة": ("e1", "ORG"), "كمال داود": ("e2", "PER")})
    assert ("ACCUSE", "e2", "e1") in found and ("ACCUSE", "e1", "e2") not in found


def test_attack_noun_opening_its_sentence_with_a_subject_is_the_verb() -> None:
    found = _events("قصف طيران التحالف أمس مخازن أسلحة تابعة لجماعة الحوثي في محافظة صعدة.",
                    {"التحالف": ("e1", "ORG"), "الحوثي": ("e2", "ORG"), "صعدة": ("e3", "LOC")})
    assert ("ASSAULT", "e1", "e2") in found


def test_attack_noun_opening_a_subheading_stays_a_noun() -> None:
    found = _events("قصف مواقع الحوثي في صعدة", {"الحوثي": ("e2", "ORG"), "صعدة": ("e3", "LOC")})
    assert not any(t == "ASSAULT" and a == "e2" for t, a, _b in found)


def test_second_side_named_through_a_noun_of_its_fighters() -> None:
    found = _events("واندلعت اشتباكات بين الجيش اللبناني ومسلحي جبهة النصرة في جرود عرسال.",
                    {"الجيش اللبناني": ("e1", "ORG"), "جبهة النصرة": ("e2", "ORG"), "عرسال": ("e3", "LOC")})
    assert ("ASSAULT", "e1", "e2") in found and ("ASSAULT", "e2", "e1") in found


def test_second_camp_named_past_a_noun_and_its_adjective() -> None:
    found = _events("ودارت معارك بين الجيش اليمني من جهة، والميليشيات المسلحة وأنصار الله من جهة أخرى في مأرب.",
                    {"الجيش اليمني": ("e1", "ORG"), "أنصار الله": ("e2", "ORG"), "مأرب": ("e3", "LOC")})
    assert ("ASSAULT", "e1", "e2") in found


def test_confrontations_between_two_named_sides_are_a_clash() -> None:
    found = _events("وتجددت المواجهات بين قوات الأمن العراقية وتنظيم داعش في أطراف الرمادي.",
                    {"قوات الأمن العراقية": ("e1", "ORG"), "تنظيم داعش": ("e2", "ORG"), "الرمادي": ("e3", "LOC")})
    assert ("ASSAULT", "e1", "e2") in found and ("ASSAULT", "e2", "e1") in found
