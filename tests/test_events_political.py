"""The record's events that are no political interaction reported, and the visitor who meets
(events/political.py). Sentences written for these tests."""

from __future__ import annotations

from test_events import LAYER, _doc
from test_events import named_triples as _events


def test_here_is_not_congratulated() -> None:
    names = {"الأردن": ("e1", "LOC"), "مصر": ("e2", "LOC")}
    assert _events("وقال إن الأردن هنا مصر على موقفه.", names) == set()
    assert ("SUPPORT", "e1", "e2") in _events("وهنأ الأردن مصر بنجاح الانتخابات.", names)


def test_quarrel_of_artists_is_no_political_event() -> None:
    found = _events("وانتقد الممثل خالد سامي زميله المخرج فهد ناصر في حوار تلفزيوني.",
                    {"خالد سامي": ("e1", "PER"), "فهد ناصر": ("e2", "PER")})
    assert found == set()


def test_criticism_between_politicians_is_kept() -> None:
    found = _events("وانتقد النائب خالد سامي رئيس الوزراء فهد ناصر في جلسة البرلمان.",
                    {"خالد سامي": ("e1", "PER"), "فهد ناصر": ("e2", "PER")})
    assert found == {("ACCUSE", "e1", "e2")}


def test_any_agreement_is_hypothetical() -> None:
    names = {"الكويت": ("e1", "LOC"), "العراق": ("e2", "LOC")}
    assert _events("وترحب الكويت بأي اتفاق مع العراق يضمن أمن الحدود.", names) == set()
    assert _events("وأقيمت المنطقة بموجب اتفاق الكويت مع العراق.", names) == set()


def test_a_family_acts_not_the_leader_named_in_it() -> None:
    found = _events("ورفضت عائلة رئيس جنوب السودان قرار أوغندا.",
                    {"جنوب السودان": ("e1", "LOC"), "أوغندا": ("e2", "LOC")})
    assert found == set()


def test_the_visitor_meets_not_the_capital_visited() -> None:
    names = {"ماريا لوبيز": ("e1", "PER"), "الرياض": ("e2", "LOC"), "فيصل بن فرحان": ("e3", "PER")}
    found = _events("وزارت المبعوثة الأممية ماريا لوبيز الرياض أمس حيث التقت وزير الخارجية فيصل بن فرحان.", names)
    assert ("CONSULT", "e1", "e3") in found
    assert not any(actor == "e2" for _t, actor, _g in found)
    found = _events("وجاء ذلك خلال زيارة المبعوثة ماريا لوبيز إلى الرياض التقت خلالها بالوزير فيصل بن فرحان.", names)
    assert ("CONSULT", "e1", "e3") in found


def test_a_name_with_the_other_hamza_is_no_trigger() -> None:
    names = {"الأردن": ("e1", "LOC"), "مصر": ("e2", "LOC")}
    assert _events("ولم يجد إيد مارتن دليلا على صلة الأردن مع مصر.", {**names, "إيد مارتن": ("e3", "PER")}) == set()
    assert ("SUPPORT", "e1", "e2") in _events("وأيد الأردن مصر في موقفها.", names)


def test_falling_is_no_backing_down() -> None:
    names = {"بورصة دبي": ("e1", "ORG"), "بورصة قطر": ("e2", "ORG")}
    assert _events("وتراجعت بورصة دبي أمام بورصة قطر.", names) == set()


def test_a_call_upon_a_common_noun_has_no_named_target() -> None:
    names = {"الكويت": ("e1", "LOC"), "حركة حماس": ("e2", "ORG"), "اليمن": ("e3", "LOC")}
    assert _events("ودعت الكويت العلماء إلى تسوية الخلاف داخل حركة حماس.", names) == set()
    assert ("REQUEST", "e1", "e3") in _events("ودعت الكويت اليوم إلى تعاون أكبر مع اليمن.", names)
    assert ("REQUEST", "e1", "e3") in _events("ودعت الكويت اليمن إلى التعاون.", names)


def test_a_visit_needs_the_visited_after_ila() -> None:
    names = {"جون كيري": ("e1", "PER"), "نتنياهو": ("e2", "PER"), "كينيا": ("e3", "LOC")}
    assert _events("وتأتي التصريحات رغم زيارة الوزير جون كيري قبل أيام، وقال نتنياهو.", names) == set()
    assert ("CONSULT", "e1", "e3") in _events("وبدأ الوزير جون كيري زيارة إلى كينيا.", names)


def test_violence_to_a_professional_stays_an_event() -> None:
    doc = _doc("واختطف تنظيم داعش المصور سامر خليل من منزله في الموصل.",
               {"تنظيم داعش": ("e1", "ORG"), "سامر خليل": ("e2", "PER")})
    doc.entities[0].kb = "Q2429253"
    LAYER(doc)
    assert ("ASSAULT", "e1", "e2") in {(e.type, e.actor, e.target) for e in doc.events}


def test_a_noun_heading_the_name_is_the_subject_with_it() -> None:
    found = _events("واتهمت ميليشيا قوات الدعم السريع الجيش السوداني بقصف المدنيين.",
                    {"قوات الدعم السريع": ("e1", "ORG"), "الجيش السوداني": ("e2", "ORG")})
    assert ("ACCUSE", "e1", "e2") in found


def test_a_reservation_is_a_rejection() -> None:
    found = _events("وتحفظت سلطنة عمان على بيان الجامعة العربية.", {"سلطنة عمان": ("e1", "LOC"),
                                                                  "الجامعة العربية": ("e2", "ORG")})
    assert ("REJECT", "e1", "e2") in found


def test_a_phone_call_is_a_consultation() -> None:
    found = _events("واتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس اللبناني جوزيف عون مساء أمس.",
                    {"إيمانويل ماكرون": ("e1", "PER"), "جوزيف عون": ("e2", "PER")})
    assert ("CONSULT", "e1", "e2") in found


def test_support_given_is_aid() -> None:
    found = _events("وقال إن مصر قدمت دعمها إلى الأردن بعد السيول.", {"مصر": ("e1", "LOC"), "الأردن": ("e2", "LOC")})
    assert ("AID", "e1", "e2") in found


def test_a_nationality_adjective_names_the_target_state() -> None:
    doc = _doc("واستنكرت دولة الكويت التصريحات الإيرانية الأخيرة. وكانت جمهورية إيران قد هددت.",
               {"دولة الكويت": ("e1", "LOC"), "جمهورية إيران": ("e2", "LOC")})
    doc.entities[0].kb, doc.entities[1].kb = "marsad:loc/kuwait", "marsad:loc/iran"
    LAYER(doc)
    assert ("ACCUSE", "e1", "e2") in {(e.type, e.actor, e.target) for e in doc.events}


def test_the_actors_own_nationality_is_no_target() -> None:
    # the states are named in full: the test's mentions are found as substrings ("الكويت" in "الكويتي")
    names = {"ناصر جابر": ("e1", "PER"), "دولة الكويت": ("e2", "LOC"), "جمهورية إيران": ("e3", "LOC")}
    found = _events("وأدان ناصر جابر وزير الخارجية الكويتي بشدة الهجوم على السفارة. وقالت دولة الكويت.", names)
    assert not any(target == "e2" for _t, _a, target in found)
    doc = _doc("ودولة الكويت تبدي انزعاجها الشديد من التدخل الإيراني في الشؤون العربية. وصرحت جمهورية إيران.",
               names)
    doc.entities[0].kb, doc.entities[1].kb = "marsad:loc/kuwait", "marsad:loc/iran"  # the states the KB knows
    LAYER(doc)
    assert ("ACCUSE", "e2", "e3") in {(e.type, e.actor, e.target) for e in doc.events}


def test_whoever_rejects_is_no_one_named() -> None:
    found = _events("وقال خالد سامي إن الحملة فرصة لمن يرفض سياسة الأردن أن يغادر.",
                    {"خالد سامي": ("e1", "PER"), "الأردن": ("e2", "LOC")})
    assert found == set()


def test_a_city_naming_an_agreement_is_no_party() -> None:
    doc = _doc("خالد سامي يمتدح اتفاق فيينا.. وفهد ناصر يحذر",
               {"خالد سامي": ("e1", "PER"), "فيينا": ("e2", "LOC"), "فهد ناصر": ("e3", "PER")})
    doc.entities[1].kb = "marsad:loc/vienna"  # a capital the KB knows, a participant elsewhere
    LAYER(doc)
    assert not any(e.type == "AGREE" for e in doc.events)


def test_a_service_praising_a_citizen_is_local_news() -> None:
    names = {"إدارة التعليم بمنطقة الجوف": ("e1", "ORG"), "سعد المطيري": ("e2", "PER")}
    assert _events("وأشادت إدارة التعليم بمنطقة الجوف بالمعلم سعد المطيري لتفوقه.", names) == set()


def _linked_events(text: str, names: dict[str, tuple[str, str, str]]) -> set[tuple[str, str | None, str | None]]:
    doc = _doc(text, {form: (eid, etype) for form, (eid, etype, _kb) in names.items()})
    kbs = {eid: kb for eid, _t, kb in names.values()}
    for ent in doc.entities:
        ent.kb = kbs[ent.id]
    LAYER(doc)
    return {(e.type, e.actor, e.target) for e in doc.events}


def test_a_leader_praising_his_own_state_is_no_support() -> None:
    leader = ("e1", "PER", "marsad:per/recep-tayyip-erdogan")
    assert _linked_events("وأشاد الرئيس أردوغان بموقف تركيا.",
                          {"أردوغان": leader, "تركيا": ("e2", "LOC", "marsad:loc/turkey")}) == set()
    assert ("SUPPORT", "e1", "e2") in _linked_events("وأشاد الرئيس أردوغان بموقف مصر.",
                                                     {"أردوغان": leader, "مصر": ("e2", "LOC", "marsad:loc/egypt")})


def test_a_name_in_a_prepositional_phrase_before_the_verb_is_no_subject() -> None:
    names = {"كندا": ("e1", "LOC"), "خالد العمري": ("e2", "PER"), "فرنسا": ("e3", "LOC")}
    found = _events("وفي رسالة لجالية كندا رفض وزير الخارجية خالد العمري موقف فرنسا من الأزمة.", names)
    assert ("REJECT", "e2", "e3") in found
    assert not any(actor == "e1" for _t, actor, _g in found)


def test_a_foreign_ministry_acts_for_its_state() -> None:
    names = {"الخارجية التونسية": ("e1", "ORG"), "تونس": ("e2", "LOC"), "مالطا": ("e3", "LOC")}
    doc = _doc("وأكدت تونس حرصها على الحوار. وانتقدت الخارجية التونسية قرار مالطا بإغلاق الحدود.", names)
    kbs = {"e2": "marsad:loc/tunisia", "e3": "marsad:loc/malta"}
    for ent in doc.entities:
        ent.kb = kbs.get(ent.id)
    LAYER(doc)
    assert ("ACCUSE", "e2", "e3") in {(e.type, e.actor, e.target) for e in doc.events}


def test_talks_of_two_sides_are_one_consultation() -> None:
    names = {"الهند": ("e1", "LOC"), "نيبال": ("e2", "LOC")}
    found = _events("وأجرت الهند محادثات مع نيبال أمس. وستعقد نيبال محادثات جديدة مع الهند الشهر المقبل.", names)
    consults = {(a, g) for t, a, g in found if t == "CONSULT"}
    assert consults == {("e1", "e2")}


def test_a_choice_or_a_possibility_is_no_act() -> None:
    names = {"البرلمان": ("e1", "ORG"), "فرنسا": ("e2", "LOC"), "كندا": ("e3", "LOC")}
    assert _events("وأمام البرلمان شهر ليقبل أو يرفض المعاهدة مع فرنسا.", names) == set()
    assert _events("وقد تتعاون كندا مع فرنسا في مكافحة التهريب.", names) == set()
    assert ("AGREE", "e3", "e2") in _events("وقد وقعت كندا اتفاقا مع فرنسا لمكافحة التهريب.", names)


def test_whoever_accuses_a_state_is_not_that_state() -> None:
    names = {"واشنطن": ("e1", "LOC"), "كوبا": ("e2", "LOC")}
    assert _events("وهناك من اتهم واشنطن بالتقصير في التعامل مع كوبا.", names) == set()


def test_a_nationality_adjective_names_the_state_behind_a_sanction_or_aid() -> None:
    names = {"اليابان": ("e1", "LOC"), "كوريا الشمالية": ("e2", "LOC"), "الفلبين": ("e3", "LOC")}
    text = "وقالت اليابان إنها قلقة. ولم تنجح العقوبات اليابانية على كوريا الشمالية في وقف التجارب."
    doc = _doc(text, names)
    for e in doc.entities:
        e.kb = {"e1": "marsad:loc/japan", "e2": "marsad:loc/north-korea", "e3": "marsad:loc/philippines"}[e.id]
    LAYER(doc)
    assert ("SANCTION", "e1", "e2") in {(e.type, e.actor, e.target) for e in doc.events}
    # what the aid is meant to counter is not whom it goes to
    doc = _doc("وقالت اليابان إن المساعدات اليابانية للتصدي لكوريا الشمالية ستزيد.", names)
    for e in doc.entities:
        e.kb = {"e1": "marsad:loc/japan", "e2": "marsad:loc/north-korea"}[e.id]
    LAYER(doc)
    assert not any(e.type == "AID" for e in doc.events)


def test_the_cooperation_a_call_asks_for_is_no_cooperation() -> None:
    names = {"أحمد كمال": ("e1", "PER"), "كينيا": ("e2", "LOC")}
    found = _events("ودعا الرئيس أحمد كمال إلى «تعاون أوثق» مع كينيا في حماية الحدود.", names)
    assert not any(t == "COOPERATE" for t, _a, _g in found)
    assert ("REQUEST", "e1", "e2") in found  # the call itself stays


def test_a_contract_a_company_signs_is_business_not_politics() -> None:
    found = _events("ووقعت شركة نور للطاقة اتفاقا بقيمة 300 مليون دولار مع شركة نفط البصرة لتطوير حقل الرميلة.",
                          {"نور للطاقة": ("e1", "ORG"), "نفط البصرة": ("e2", "ORG")})
    assert not any(t == "AGREE" for t, _a, _b in found)


def test_a_company_named_with_its_head_noun_signing_with_a_state() -> None:
    found = _events("ووقعت شركة نور للطاقة اتفاقا مع الأردن لبناء محطة شمسية.",
                          {"شركة نور للطاقة": ("e1", "ORG"), "الأردن": ("e2", "LOC")})
    assert not any(t == "AGREE" for t, _a, _b in found)


def test_two_states_signing_an_agreement_still_agree() -> None:
    found = _events("ووقعت مصر اتفاقا مع روسيا لبناء محطة نووية في الضبعة.",
                          {"مصر": ("e1", "LOC"), "روسيا": ("e2", "LOC")})
    assert ("AGREE", "e1", "e2") in found


def test_talks_someone_tries_to_arrange_are_not_held() -> None:
    found = _events("وسبق للمسؤولين الكويتيين السعي لتنظيم جولات مباحثات بين القاهرة وأنقرة.",
                    {"القاهرة": ("e1", "LOC"), "أنقرة": ("e2", "LOC")})
    assert not any(t == "CONSULT" for t, _a, _b in found)


def test_a_meeting_that_may_be_held_is_no_meeting() -> None:
    found = _events("وتحدثت الصحيفة عن إمكان عقد لقاء بين وزيري خارجية مصر وتركيا في الدوحة.",
                    {"مصر": ("e1", "LOC"), "تركيا": ("e2", "LOC")})
    assert not any(t == "CONSULT" for t, _a, _b in found)


def test_a_round_of_talks_held_is_still_held() -> None:
    found = _events("وعقدت جولة مباحثات بين القاهرة وأنقرة في الدوحة أمس.",
                    {"القاهرة": ("e1", "LOC"), "أنقرة": ("e2", "LOC")})
    assert any(t == "CONSULT" for t, _a, _b in found)
