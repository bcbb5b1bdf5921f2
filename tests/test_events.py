"""The events layer on sentences with hand-placed entity mentions (the entity layer is tested apart)."""

from __future__ import annotations

from marsad.document import Document, Entity, Mention
from marsad.layers.events import EventLayer


def _doc(text: str, names: dict[str, tuple[str, str]], published: str = "2024-05-02") -> Document:
    """A document whose entities are the given surface forms: {form: (entity id, type)}."""
    doc = Document(text=text, published=published)
    by_id: dict[str, Entity] = {}
    for form, (eid, etype) in names.items():
        start = 0
        while (i := text.find(form, start)) >= 0:
            ent = by_id.setdefault(eid, Entity(eid, etype, form))
            ent.mentions.append(Mention(i, i + len(form), form))
            start = i + len(form)
    doc.entities = list(by_id.values())
    doc.layers.append("entities")
    return doc


LAYER = EventLayer()


def named_triples(text: str, names: dict[str, tuple[str, str]]) -> set[tuple[str, str | None, str | None]]:
    """The (type, actor, target) of the record's events (named mode) on a document of `names`."""
    doc = _doc(text, names)
    LAYER(doc)
    doc.check_offsets()
    return {(e.type, e.actor, e.target) for e in doc.events}


def test_verb_first_meeting_with_target_after_maa() -> None:
    doc = _doc("واستقبل الملك عبدالله الثاني في عمان وزير الخارجية الفرنسي جان نويل بارو.",
               {"الملك عبدالله الثاني": ("e1", "PER"), "عمان": ("e2", "LOC"), "جان نويل بارو": ("e3", "PER")})
    LAYER(doc)
    assert [(e.type, e.actor, e.mode) for e in doc.events] == [("CONSULT", "e1", "meet")]
    assert doc.events[0].trigger == "استقبل"
    doc.check_offsets()


def test_subject_first_condemnation() -> None:
    doc = _doc("البحرين تدين الهجوم الإرهابي على مسجد في السعودية.",
               {"البحرين": ("e1", "LOC"), "السعودية": ("e2", "LOC")})
    LAYER(doc)
    types = {(e.type, e.actor, e.target) for e in doc.events}
    assert ("ACCUSE", "e1", "e2") in types


def test_target_after_preposition_is_preferred() -> None:
    doc = _doc("وطالبت الأمم المتحدة في بيان الحكومة السودانية بوقف القتال، ودعت إلى الحوار مع قوات الدعم السريع.",
               {"الأمم المتحدة": ("e1", "ORG"), "الحكومة السودانية": ("e2", "ORG"), "قوات الدعم السريع": ("e3", "ORG")})
    LAYER(doc)
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and req[0].actor == "e1" and req[0].target == "e2"


def test_negated_trigger_is_not_an_event() -> None:
    doc = _doc("ولم تتفق إيران والولايات المتحدة على موعد الجولة المقبلة.",
               {"إيران": ("e1", "LOC"), "الولايات المتحدة": ("e2", "LOC")})
    LAYER(doc)
    assert doc.events == []


def test_assault_without_named_participant_is_kept_but_not_lent_a_name() -> None:
    doc = _doc("أسفر هجوم عن سقوط ضحايا. وصرّح وزير الداخلية الأردني بأن التحقيق جار.",
               {"وزير الداخلية الأردني": ("e1", "PER")})
    EventLayer(unnamed=True)(doc)
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].actor is None and assault[0].target is None
    assert assault[0].target_span.text == "ضحايا" and assault[0].target_sector == "CVL"
    doc.check_offsets()


def test_consult_trigger_without_any_participant_is_no_event() -> None:
    doc = _doc("وتناولت المحادثات ملفات عدة.", {})
    LAYER(doc)
    assert doc.events == []


def test_clitic_on_trigger_and_multiword_trigger() -> None:
    doc = _doc("وفرضت عقوبات أوروبية على روسيا، فيما أجرى ماكرون اتصالا هاتفيا مع شولتس.",
               {"روسيا": ("e1", "LOC"), "ماكرون": ("e2", "PER"), "شولتس": ("e3", "PER")})
    LAYER(doc)
    got = {(e.type, e.actor, e.target) for e in doc.events}
    assert ("CONSULT", "e2", "e3") in got
    doc.check_offsets()


def test_capital_stands_for_its_country_when_the_country_is_named() -> None:
    doc = _doc("وطلبت واشنطن من بكين وقف المناورات، فيما قالت الصين إن الطلب مرفوض.",
               {"واشنطن": ("e1", "LOC"), "بكين": ("e2", "LOC"), "الصين": ("e3", "LOC")})
    doc.entities[1].kb = "marsad:loc/beijing"
    doc.entities[2].kb = "marsad:loc/china"
    LAYER(doc)
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req and req[0].actor == "e1" and req[0].target == "e3"


def test_genitive_agent_of_a_noun_trigger_and_the_addressee_before_it() -> None:
    doc = _doc("جاء رد الولايات المتحدة على مطالب روسيا الأمنية سلبيا.",
               {"الولايات المتحدة": ("e1", "LOC"), "روسيا": ("e2", "LOC")})
    LAYER(doc)
    assert [(e.type, e.actor, e.target) for e in doc.events] == [("REQUEST", "e2", "e1")]


def test_object_is_not_sought_past_a_new_clause() -> None:
    doc = _doc("طلبت الولايات المتحدة عدم نشر الوثائق، لكن وزير الخارجية أنتوني بلينكن تحدث عنها.",
               {"الولايات المتحدة": ("e1", "LOC"), "أنتوني بلينكن": ("e2", "PER")})
    LAYER(doc)
    assert all(e.target != "e2" for e in doc.events)


# --- common-noun participants, passives, nominal and light-verb triggers, mode (unnamed=True) ---
OPEN = EventLayer(unnamed=True)


def _events(text: str, names: dict[str, tuple[str, str]] | None = None, etype: str | None = None) -> list:
    doc = _doc(text, names or {})
    OPEN(doc)
    doc.check_offsets()
    return [e for e in doc.events if etype is None or e.type == etype]


def test_verbal_trigger_with_common_noun_actor_and_target() -> None:
    [ev] = _events("وهاجم مسلحون مجهولون دورية للشرطة قرب الحدود مساء الأحد.", etype="ASSAULT")
    assert ev.actor is None and ev.actor_span.text == "مسلحون مجهولون" and ev.actor_sector == "UAF"
    assert ev.trigger == "هاجم" and ev.mode is None


def test_nominal_trigger_genitive_is_the_victim() -> None:
    [ev] = _events("أعلنت السلطات مقتل ثلاثة مدنيين في القرية.", etype="ASSAULT")
    assert ev.trigger == "مقتل" and ev.actor is None
    assert ev.target_span.text == "مدنيين" and ev.target_sector == "CVL"


def test_passive_has_no_actor_unless_an_agent_is_named() -> None:
    [ev] = _events("اغتيل الصحفي في منزله صباح اليوم.", etype="ASSAULT")
    assert ev.actor is None and ev.actor_span is None and ev.target_span.text == "الصحفي"
    [ev] = _events("اغتيل الصحفي برصاص مسلحين أمام منزله.", etype="ASSAULT")
    assert ev.actor_span.text == "مسلحين" and ev.target_span.text == "الصحفي"


def test_count_after_violent_verb_marks_the_object() -> None:
    [ev] = _events("قتل خمسة أشخاص في انفجار سيارة.", etype="ASSAULT")
    assert ev.actor_span is None and ev.target_span.text == "أشخاص"


def test_light_verb_construction_takes_the_subject_of_the_light_verb() -> None:
    [ev] = _events("وشنت الطائرات الحربية غارات على مواقع المتمردين.", etype="ASSAULT")
    assert ev.actor_sector == "MIL" and ev.actor_span.text == "الطائرات الحربية"
    assert ev.trigger.startswith("شنت") and ev.trigger.endswith("غارات")
    [ev] = _events("ونظم المعلمون وقفة احتجاجية أمام الوزارة.", etype="PROTEST")
    assert ev.actor_span.text == "المعلمون" and ev.actor_sector == "EDU"


def test_protest_verb_with_crowd_actor() -> None:
    [ev] = _events("واعتصم المحتجون أمام مبنى البلدية للمطالبة بالماء.", etype="PROTEST")
    assert ev.actor_span.text == "المحتجون" and ev.actor_sector == "CVL" and ev.mode == "sit-in"


def test_named_actor_keeps_its_entity_and_gains_a_sector() -> None:
    [ev] = _events("وقصف الجيش الوطني مواقع للمتمردين.", {"الجيش الوطني": ("e1", "ORG")}, "ASSAULT")
    assert ev.actor == "e1" and ev.actor_sector == "MIL"


def test_negation_sets_the_mode() -> None:
    [ev] = _events("ولم تهاجم القوات أي قرية خلال الليل.", etype="ASSAULT")
    assert ev.mode == "negated"
    [ev] = _events("ونفت الشرطة أن يكون عناصرها قد شنوا هجوما على المتظاهرين.", etype="ASSAULT")
    assert ev.mode == "negated"


def test_threat_sets_the_mode() -> None:
    evs = _events("وهدد المتمردون بشن هجوم على العاصمة.", etype="ASSAULT")
    assert evs and all(e.mode == "threatened" for e in evs)


def test_reference_to_a_past_attack_is_not_a_report() -> None:
    assert _events("وتحدث الوزير عن التحقيق بعد الهجوم.", etype="ASSAULT") == []


def test_named_only_layer_keeps_the_old_contract() -> None:
    doc = _doc("وهاجم مسلحون مجهولون دورية للشرطة قرب الحدود.", {})
    LAYER(doc)
    assert doc.events == []


def test_record_round_trip_of_the_new_fields() -> None:
    doc = _doc("وهاجم مسلحون قرية نائية فجر الأحد.", {})
    OPEN(doc)
    again = Document.from_record(doc.to_record())
    assert again.events == doc.events
    rec = doc.to_record()["events"][0]
    assert rec["actor"] is None and rec["actor_sector"] == "UAF" and rec["actor_span"]["text"] == "مسلحون"


def test_protesters_named_as_subject_are_the_actor_of_a_protest_without_one() -> None:
    [ev] = _events("واندلعت احتجاجات في المدينة، وأحرق المحتجون إطارات السيارات.", etype="PROTEST")
    assert ev.actor_span.text == "المحتجون" and ev.actor_sector == "CVL" and ev.actor is None
    # what a counted crowd of protesters does is itself a protest act (PLOVER PROTEST: demonstrate, riot) ...
    [ev] = _events("وأحرق مئات المحتجين إطارات السيارات عند مدخل المدينة.", etype="PROTEST")
    assert ev.actor_span.text == "المحتجين" and ev.trigger == "أحرق"
    # ... what they say is not
    assert _events("وقال المحتجون إن مطالبهم عادلة.", etype="PROTEST") == []


def test_verbal_noun_with_article_is_not_read_as_the_verb() -> None:
    assert _events("ويرفض الجميع القتل مهما كانت أسبابه.", etype="ASSAULT") == []


def test_verb_form_after_a_preposition_is_a_verbal_noun() -> None:
    assert _events("وأدانت المحكمة المتهمين بخطف سياح قبل عامين.", etype="ASSAULT") == []


def _types(text: str) -> list[tuple[str, str | None]]:
    doc = _doc(text, {})
    EventLayer(unnamed=True)(doc)
    return [(e.type, e.mode) for e in doc.events]


def test_planned_future_and_hypothetical_events_are_not_occurring() -> None:
    from marsad.layers.events import occurring

    for text in ("وسيتظاهر الطلاب غدا أمام مبنى الوزارة.",
                 "ولو تظاهر العمال لتوقفت المصانع كلها.",
                 "وقال إن النقابة سوف تنظم إضرابا الأسبوع المقبل."):
        doc = _doc(text, {})
        EventLayer(unnamed=True)(doc)
        assert doc.events and not any(occurring(e) for e in doc.events if e.type == "PROTEST"), text
    doc = _doc("وتظاهر مئات الطلاب أمس أمام مبنى الوزارة.", {})
    EventLayer(unnamed=True)(doc)
    assert any(occurring(e) for e in doc.events if e.type == "PROTEST")


def test_condemned_or_remembered_attack_is_not_a_new_report() -> None:
    assert not [t for t in _types("واستنكر الوزير في بيانه تفجيرات الأسبوع الماضي.") if t[0] == "ASSAULT"]
    assert not [t for t in _types("وأحيا السكان ذكرى اغتيال رئيس البلدية.") if t[0] == "ASSAULT"]


def test_chanting_alone_is_not_a_protest_report() -> None:
    assert not [t for t in _types("وهتف المتظاهرون بشعارات تطالب بالإصلاح.") if t[0] == "PROTEST"]
    assert [t for t in _types("وتجمع مئات العمال أمام مقر الشركة.") if t[0] == "PROTEST"]


def _occurring(text: str, etype: str) -> list:
    from marsad.layers.events import occurring

    doc = _doc(text, {})
    EventLayer(unnamed=True)(doc)
    doc.check_offsets()
    return [e for e in doc.events if e.type == etype and occurring(e)]


def test_undergoing_an_attack_makes_the_subject_the_target() -> None:
    (e,) = _occurring("وتعرضت دورية للشرطة لهجوم من مسلحين قرب الحدود.", "ASSAULT")
    assert e.actor_span.text == "مسلحين" and "شرطة" in e.target_span.text
    (e,) = _occurring("وتم اغتيال الصحفي على يد مسلحين.", "ASSAULT")
    assert e.actor_span.text == "مسلحين" and e.target_span.text == "الصحفي"


def test_bare_nominal_trigger_reports_only_with_an_occurrence_verb() -> None:
    assert not _occurring("وقال إن هجوم الأسبوع الماضي كان مدبرا.", "ASSAULT")
    assert _occurring("واندلعت مظاهرات في المدينة مساء الجمعة.", "PROTEST")
    assert not _occurring("وتشمل القضية تهمة قتل موظف في الشركة.", "ASSAULT")


def test_crowd_action_and_streets_are_protests() -> None:
    (e,) = _occurring("وأغلق المتظاهرون الطريق الرئيسي بالإطارات خلال الاحتجاج.", "PROTEST")
    assert e.actor_span.text == "المتظاهرون"
    assert _occurring("ونزل آلاف الأشخاص إلى الشوارع في العاصمة.", "PROTEST")
    assert not _occurring("وتجمعت السيارات عند المعبر الحدودي.", "PROTEST")


def test_protest_sides_subject_after_verb_and_what_is_protested() -> None:
    (e,) = _occurring("وتظاهر أمس آلاف الطلاب أمام مقر الحكومة احتجاجا على رفع الأسعار.", "PROTEST")
    assert e.actor_span.text == "الطلاب" and e.target_span.text == "الحكومة"
    (e,) = _occurring("ورشق مئات المحتجين قوات الأمن بالحجارة.", "PROTEST")
    assert e.actor_span.text == "المحتجين" and e.target_span.text == "قوات الأمن"


def test_violent_verb_passive_after_its_subject_and_bare_object() -> None:
    (e,) = _occurring("وقال المصدر إن ثلاثة جنود قتلوا في انفجار عبوة ناسفة.", "ASSAULT")
    assert e.actor_span is None and e.target_span.text == "جنود"
    (e,) = _occurring("وأعلنت الشرطة أن مسلحين خطفوا أمس مهندسا أجنبيا.", "ASSAULT")
    assert e.actor_span.text == "مسلحين" and e.target_span.text == "مهندسا أجنبيا"


def test_present_tense_violence_is_generic_unless_told_of_today() -> None:
    assert not _occurring("إن هذه الجماعات تقتل المدنيين وتخطف الصحافيين.", "ASSAULT")
    assert _occurring("وقالت الشرطة إن المسلحين يطلقون النار اليوم على المارة.", "ASSAULT")


def test_light_verbal_noun_only_after_a_preposition() -> None:
    doc = _doc("وتبنى تنظيم الدولة انفجار سيارة مفخخة قرب القنصلية في القاهرة.",
               {"تنظيم الدولة": ("e1", "ORG"), "القاهرة": ("e2", "LOC")})
    LAYER(doc)
    assert [(e.type, e.actor) for e in doc.events] == [("ASSAULT", "e1")]


def test_attack_carried_out_by_a_named_group() -> None:
    doc = _doc("وتعرضت كينيا لسلسلة من الهجمات نفذتها حركة الشباب خلال الأشهر الماضية.",
               {"كينيا": ("e1", "LOC"), "حركة الشباب": ("e2", "ORG")})
    LAYER(doc)
    assert [(e.type, e.actor, e.target) for e in doc.events] == [("ASSAULT", "e2", "e1")]


def test_crowd_act_alone_tells_of_a_protest_reported_elsewhere() -> None:
    # an act of protesters (burning, blocking, stoning) is a protest when the crowd is counted or the
    # sentence names the protest; alone, what protesters did during one told elsewhere
    assert not _occurring("وأحرق المتظاهرون أعلاما ورشقوا واجهات المحلات بالحجارة.", "PROTEST")
    assert _occurring("وأحرق المتظاهرون أعلاما خلال مظاهرة حاشدة وسط المدينة.", "PROTEST")
    (e,) = _occurring("ورشق عشرات المتظاهرين سيارات الشرطة بالحجارة.", "PROTEST")
    assert e.actor_span.text == "المتظاهرين"


def test_objection_verb_is_a_protest_only_of_a_counted_crowd() -> None:
    assert not _occurring("واحتجت الوزارة لدى السفير على تصريحاته الأخيرة.", "PROTEST")
    assert not _occurring("وقال إن المتظاهرين يحتجون على غلاء الأسعار.", "PROTEST")
    assert _occurring("واحتج أمس مئات الطلاب أمام مبنى الجامعة.", "PROTEST")


def test_verb_opening_its_clause_with_a_victim_after_it_is_a_passive() -> None:
    (e,) = _occurring("وقتل جنديان في انفجار عبوة ناسفة جنوب المدينة.", "ASSAULT")
    assert e.target_span.text == "جنديان" and e.actor_span is None
    (e,) = _occurring("وقتل أحد عناصر الشرطة بنيران مسلحين مجهولين وسط البلدة.", "ASSAULT")
    assert "عناصر الشرطة" in e.target_span.text and e.actor_span.text == "مسلحين مجهولين"
    # an armed subject after the verb acts
    (e,) = _occurring("وخطف مسلحون مهندسا أجنبيا من موقع عمله.", "ASSAULT")
    assert e.actor_span.text == "مسلحون" and e.target_span.text == "مهندسا أجنبيا"


def test_agent_named_after_the_attack() -> None:
    evs = _occurring("وقتل ثلاثة حراس في هجوم نفذه مسلحون على نقطة تفتيش.", "ASSAULT")
    assert any(e.actor_span is not None and e.actor_span.text == "مسلحون" for e in evs)
    evs = _occurring("وقتل خمسة مدنيين جراء غارة جوية إسرائيلية على المخيم.", "ASSAULT")
    assert any(e.actor_span is not None and e.actor_span.text == "إسرائيلية" for e in evs)


def test_suicide_bomber_is_the_actor_across_a_description() -> None:
    evs = _occurring("وقال المصدر إن انتحاريا يقود سيارة مفخخة، فجر نفسه قرب مقر البلدية.", "ASSAULT")
    assert evs and all(e.actor_span.text == "انتحاريا" for e in evs)


def test_governed_light_verb_warning_and_refusal_are_no_reports() -> None:
    # the light verb's own verbal noun after a preposition names the act as an option
    assert not _occurring("وقد تلجأ القوات إلى شن غارات على القرى الحدودية.", "ASSAULT")
    assert _occurring("وشنت القوات غارات على القرى الحدودية أمس.", "ASSAULT")
    assert not _occurring("وحذرت الشرطة من أن تفجيرا قد يقع في العاصمة.", "ASSAULT")
    assert not _occurring("وقال السفير: لن نقدم احتجاجا رسميا على القرار.", "PROTEST")
    assert not _occurring("وحالت قوات الأمن أمس دون وصول مظاهرة إلى مقر البرلمان.", "PROTEST")
    # dawn is no pair of bombers
    assert not _occurring("وخرج المزارعون فجرا إلى حقولهم.", "ASSAULT")


def test_passive_subject_after_a_complementizer_and_a_count_marking_the_object() -> None:
    (e,) = _occurring("وقال مسؤولون أمس إن أربعة من حراس السجن قتلوا في هجوم بقذائف الهاون.", "ASSAULT")
    assert e.target_span.text.startswith("حراس")
    # (the wounded after "وأصيب" are the target of an event of their own: events/attack_grammar.py)
    killed, wounded = _occurring("وقال مصدر إن 20 شخصا قتلوا وأصيب آخرون بجروح.", "ASSAULT")
    assert killed.target_span.text == "شخصا" and killed.actor_span is None
    assert wounded.target_span.text == "آخرون"
    (e,) = _occurring("وكانت جماعة مسلحة قد خطفت 12 من العمال الأجانب وبينهم مهندسون.", "ASSAULT")
    assert e.target_span.text.startswith("العمال")
    (e,) = _occurring("وأعلن الجيش أن وحداته قتلت 30 متمردا في الجبال.", "ASSAULT")
    assert "متمردا" in e.target_span.text


def test_protest_actor_inside_the_trigger_after_a_fronted_place_and_the_organiser() -> None:
    (e,) = _occurring("وسار المتظاهرون وهم يرفعون الأعلام في شوارع المدينة.", "PROTEST")
    assert e.actor_span.text == "المتظاهرون"
    (e,) = _occurring("وفي العاصمة نزل آلاف السكان إلى الشوارع للاحتجاج على الغلاء.", "PROTEST")
    assert e.actor_span.text.startswith("السكان")
    evs = _occurring("وفرقت الشرطة مظاهرة نظمها اتحاد الطلاب أمام الجامعة.", "PROTEST")
    assert evs and evs[0].actor_span.text == "الطلاب"  # the organisers, not the police
    (e,) = _occurring("وتجمع عشرات الأهالي في ساحة البلدة أمس.", "PROTEST")
    assert e.actor_span.text.startswith("الأهالي")


# --- issue #16: the words naming each side of a protest or an attack (sentences of our own) ---
def test_common_noun_side_keeps_its_adjectives_not_the_object() -> None:
    (e,) = _occurring("خرج متظاهرون أفغان إلى الشوارع في المدينة أمس.", "PROTEST")
    assert e.actor_span.text == "متظاهرون أفغان" and e.target_span is None
    (e,) = _occurring("وخرج المتظاهرون الغاضبون إلى الشوارع.", "PROTEST")
    assert e.actor_span.text == "المتظاهرون الغاضبون"
    (e,) = _occurring("وهاجم المسلحون المدنيين في السوق.", "ASSAULT")
    assert e.actor_span.text == "المسلحون" and e.target_span.text == "المدنيين"  # an object disagrees


def test_protest_verb_with_pronoun_subject_takes_the_protesters_before_it() -> None:
    (e,) = _occurring("وخرج العمال من المصنع وساروا نحو مقر الوزارة.", "PROTEST")
    assert e.actor_span.text == "العمال" and e.target_span.text == "الوزارة"
    (e,) = _occurring("وكان الآلاف من الفلاحين قد خرجوا في مسيرات في العاصمة.", "PROTEST")
    assert e.actor_span.text == "الفلاحين"


def test_protest_target_in_slogans_demands_and_refusals() -> None:
    (e,) = _occurring("وتظاهر مئات الطلاب في الجامعة مرددين هتافات منها «يسقط النظام».", "PROTEST")
    assert e.target_span.text == "النظام"
    # far from the verb, past a time and a place: what it demands, not where it stands
    (e,) = _occurring("احتشد مئات المحتجين أمس، في ظل أمطار غزيرة، في ساحة المدينة للمطالبة برحيل الحكومة.",
                      "PROTEST")
    assert e.target_span.text == "الحكومة"
    (e,) = _occurring("وتجمع عشرات المعلمين في الساحة معلنين رفضهم لقرار الوزارة.", "PROTEST")
    assert "الوزارة" in e.target_span.text


def test_attack_object_before_a_place_further_on() -> None:
    (e,) = _occurring("وخطف مسلحون مجهولون أمس مهندسا أجنبيا في قرية نائية بشمال البلاد.", "ASSAULT")
    assert e.actor_span.text == "مسلحون مجهولون" and e.target_span.text == "مهندسا أجنبيا"
    (e,) = _occurring("وهاجم مسلحون ملثمون حافلة للركاب بشرق العاصمة.", "ASSAULT")
    assert e.target_span.text.startswith("حافلة")
    (e,) = _occurring("وهاجم مسلح مجهول دورية للشرطة.", "ASSAULT")  # a singular's adjective is no object
    assert e.actor_span.text == "مسلح مجهول" and e.target_span.text.startswith("دورية")
    (e,) = _occurring("وقصفت قوات النظام أحياء سكنية في المدينة.", "ASSAULT")
    assert e.actor_span.text == "قوات النظام" and e.target_span.text == "أحياء سكنية"


def test_counted_subject_of_a_passive_and_the_body_whose_members_were_killed() -> None:
    (e,) = _occurring("وخطف ثلاثة جنود في كمين قرب الحدود.", "ASSAULT")
    assert e.actor_span is None and e.target_span.text == "جنود"
    (e,) = _occurring("وأعلن الجيش مقتل اثنين من جنوده في انفجار عبوة ناسفة.", "ASSAULT")
    assert e.actor_span is None and e.target_span.text == "الجيش"


def test_attack_sides_across_a_time_clause_and_a_possessed_subject() -> None:
    evs = _occurring("وقال مسؤولون إن 13 شخصا أصيبوا بعدما نفذت القوات الأميركية ضربة جوية.", "ASSAULT")
    hurt = next(e for e in evs if e.trigger == "أصيبوا")
    assert hurt.target_span.text == "شخصا"  # not the forces of the clause after "بعدما"
    strike = next(e for e in evs if e.trigger != "أصيبوا")
    assert strike.actor_span.text == "القوات الأميركية"
    (e,) = _occurring("وقال الجيش في بيان نشره على موقعه، أمس، إن طائراته قصفت مواقع للمتمردين.", "ASSAULT")
    assert e.actor_span.text == "الجيش"
    (e,) = _occurring("وفي المدينة قتل أحد عناصر الشرطة بنيران مسلحين مجهولين.", "ASSAULT")
    assert e.actor_span.text.startswith("مسلحين") and "الشرطة" in e.target_span.text


def test_protesters_named_before_a_gathering_or_an_act_in_protest() -> None:
    (e,) = _occurring("وذكرت الوكالة أن العمال تجمعوا أمس في ساحة المصنع.", "PROTEST")
    assert e.actor_span.text == "العمال"
    (e,) = _occurring("ولم يتردد أحد الفلسطينيين في إحراق نفسه احتجاجا على اعتقال شقيقه.", "PROTEST")
    assert e.trigger == "احتجاجا" and e.actor_span.text == "الفلسطينيين"
    (e,) = _occurring("وغضب السكان في مدينة الرمادي الذين خرجوا إلى الشوارع للاحتجاج على القرار.", "PROTEST")
    assert e.actor_span.text == "السكان"
