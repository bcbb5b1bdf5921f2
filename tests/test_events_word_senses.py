"""Triggers read in another sense in their sentence: a student, an aide, a speech's welcome, a team,
a thing that discusses, a body in its own official's title (events/word_senses.py). Sentences
written for these tests."""

from __future__ import annotations

from test_events import LAYER, _doc
from test_events import named_triples as _events


def test_a_student_demands_nothing() -> None:
    names = {"حسن علي": ("e1", "PER"), "سمير يوسف": ("e2", "PER")}
    found = _events("وكان الشاب حسن علي وهو طالب في العشرين يعمل مع سمير يوسف في مختبر الجامعة.", names)
    assert not any(t == "REQUEST" for t, _a, _g in found)
    names = {"فرنسا": ("e1", "LOC"), "المغرب": ("e2", "LOC")}
    assert not any(t == "REQUEST" for t, _a, _g in _events(
        "وقالت الصحيفة إن فرنسا منحت ابن طالب مغربي فرصة لزيارة المغرب.", names))


def test_an_aide_is_no_aid() -> None:
    names = {"أنجيلا ميركل": ("e1", "PER"), "فرانسوا هولاند": ("e2", "PER")}
    found = _events("مساعدة أنجيلا ميركل تنفي لقاء فرانسوا هولاند سرا.", names)
    assert not any(t == "AID" for t, _a, _g in found)


def test_a_welcome_in_a_ceremony_speech_is_no_support() -> None:
    names = {"سعد المالكي": ("e1", "PER"), "الأمير فيصل بن مشعل": ("e2", "PER")}
    found = _events("ثم ألقى مدير الجامعة سعد المالكي كلمة رحب فيها بالأمير فيصل بن مشعل والحضور.", names)
    assert not any(t == "SUPPORT" for t, _a, _g in found)


def test_a_congratulation_in_a_ceremony_speech_is_no_support() -> None:
    names = {"سعد الغامدي": ("e1", "PER"), "الأمير خالد الفيصل": ("e2", "PER")}
    assert _events("ثم ألقى الدكتور سعد الغامدي كلمة هنأ فيها الأمير خالد الفيصل بالنجاح.", names) == set()


def test_a_team_is_no_political_side() -> None:
    names = {"الاتحاد": ("e1", "ORG"), "الهلال": ("e2", "ORG")}
    found = _events("وأعلن الاتحاد رفض فريق الهلال إقامة المباراة في موعدها.", names)
    assert not any("e2" in (a, g) for _t, a, g in found)


def test_a_play_discusses_no_one() -> None:
    names = {"خالد الرشيد": ("e1", "PER"), "منى العتيبي": ("e2", "PER")}
    found = _events("وناقش العرض المسرحي وهو من تأليف خالد الرشيد وإخراج منى العتيبي، قضايا الأسرة.", names)
    assert not any(t == "CONSULT" for t, _a, _g in found)


def test_a_body_does_not_act_on_its_own_president() -> None:
    names = {"البرلمان العربي": ("e1", "ORG"), "البرلمان": ("e1", "ORG"), "مشعل السلمي": ("e2", "PER")}
    found = _events("وأدان البرلمان العربي الهجوم، وعبر رئيس البرلمان مشعل السلمي عن أسفه.", names)
    assert ("ACCUSE", "e1", "e2") not in found
    # the title's word only, the body named in full before it
    names = {"البرلمان العربي": ("e1", "ORG"), "مشعل السلمي": ("e2", "PER")}
    assert _events("وأدان البرلمان العربي الهجوم، وعبر رئيس البرلمان مشعل السلمي عن أسفه.", names) == set()


def test_a_body_does_not_act_on_the_organisation_it_sits_in() -> None:
    names = {"مجلس الأمن": ("e1", "ORG"), "الأمم المتحدة": ("e2", "ORG")}
    assert _events("ودان أعضاء مجلس الأمن بالأمم المتحدة في بيان الهجوم على السفارة.", names) == set()


def test_a_state_does_not_accuse_its_minister_who_voices_it() -> None:
    text = "وعبر وزير الخارجية عادل الجبير عن استنكار المملكة العربية السعودية لهذا الاعتداء."
    doc = _doc(text, {"عادل الجبير": ("e1", "PER"), "المملكة العربية السعودية": ("e2", "LOC")})
    doc.entities[0].kb, doc.entities[1].kb = "marsad:per/adel-al-jubeir", "marsad:loc/saudi-arabia"
    LAYER(doc)
    assert not any(e.type == "ACCUSE" for e in doc.events)


def test_a_body_in_its_officials_title_acts_not_on_him() -> None:
    names = {"مجلس التعاون الخليجي": ("e1", "ORG"), "سالم الدوسري": ("e2", "PER")}
    found = _events("وأشاد الأمين العام لاتحاد غرف دول مجلس التعاون الخليجي سالم الدوسري بجهود المنظمين.", names)
    assert ("SUPPORT", "e1", "e2") not in found


def test_the_political_readings_stay() -> None:
    names = {"لوران فابيوس": ("e1", "PER"), "إيران": ("e2", "LOC")}
    assert ("REQUEST", "e1", "e2") in _events("وطالب وزير الخارجية الفرنسي لوران فابيوس إيران بالإفراج عن المعتقلين.", names)
    names = {"الملك سلمان": ("e1", "PER"), "الباجي قايد السبسي": ("e2", "PER")}
    assert ("SUPPORT", "e1", "e2") in _events(
        "وبعث الملك سلمان برقية هنأ فيها الرئيس الباجي قايد السبسي بفوزه في الانتخابات الرئاسية.", names)
    names = {"سامح شكري": ("e1", "PER"), "عبد الله بن زايد": ("e2", "PER")}
    assert ("CONSULT", "e1", "e2") in _events("وبحث الوزير سامح شكري مع نظيره الإماراتي عبد الله بن زايد العلاقات الثنائية.", names)
    names = {"حيدر العبادي": ("e1", "PER"), "سليم الجبوري": ("e2", "PER")}
    assert ("CONSULT", "e1", "e2") in _events("واستقبل رئيس الوزراء حيدر العبادي رئيس البرلمان سليم الجبوري.", names)


def test_one_person_on_both_sides_is_no_event() -> None:
    names = {"سعود بن نايف عبدالعزيز": ("e1", "PER"), "الأمير سعود بن نايف بن عبدالعزيز": ("e2", "PER")}
    assert _events("واستقبل الأمير سعود بن نايف عبدالعزيز في مكتبه أمس الأمير سعود بن نايف بن عبدالعزيز.", names) == set()


def test_two_private_persons_are_local_news() -> None:
    names = {"سالم الزهراني": ("e1", "PER"), "عبدالله القحطاني": ("e2", "PER")}
    assert _events("وهنأ المعلم سالم الزهراني زميله عبدالله القحطاني بمناسبة تخرجه.", names) == set()
    # heads of state the knowledge base does not know are named after their office
    names = {"جون موانغي": ("e1", "PER"), "بيتر أوكيلو": ("e2", "PER")}
    assert ("CONSULT", "e1", "e2") in _events("والتقى الرئيس الكيني جون موانغي نظيره الأوغندي بيتر أوكيلو في نيروبي.", names)


def test_a_game_is_no_assault() -> None:
    names = {"الهلال": ("e1", "ORG"), "النصر": ("e2", "ORG")}
    assert _events("وفي الشوط الثاني شن الهلال هجمات متتالية على مرمى النصر.", names) == set()


def test_a_title_right_after_the_subject_is_the_object() -> None:
    names = {"مسعود بارزاني": ("e1", "PER"), "وزير الخارجية القطري": ("e2", "PER")}
    assert ("CONSULT", "e1", "e2") in _events("واستقبل رئيس الإقليم مسعود بارزاني وزير الخارجية القطري أمس.", names)


def test_help_given_to_a_person_is_not_his_aide() -> None:
    from marsad.layers.events.word_senses import _aide

    text = "وتحاول روسيا مساعدة فلاديمير كوزمين على تجاوز الأزمة."
    doc = _doc(text, {"فلاديمير كوزمين": ("e1", "PER"), "روسيا": ("e2", "LOC")})
    from marsad.document import Event

    e = Event(type="AID", start=0, end=len(text), text=text, actor="e1", target="e2", trigger="مساعدة")
    assert not _aide(doc, e, text.index("مساعدة"))
    head = "مساعدة فلاديمير كوزمين تنفي الخبر"
    doc = _doc(head, {"فلاديمير كوزمين": ("e1", "PER")})
    e = Event(type="AID", start=0, end=len(head), text=head, actor="e1", trigger="مساعدة")
    assert _aide(doc, e, 0)


def test_a_spokesman_in_the_next_clause_is_not_condemned() -> None:
    names = {"الأردن": ("e1", "LOC"), "سامر الخطيب": ("e2", "PER")}
    text = "ودان الأردن الاعتداء على السفارة، وأكدت الخارجية على لسان متحدثها سامر الخطيب رفضها للعنف."
    assert not any(g == "e2" for _t, _a, g in _events(text, names))
    names = {"الأردن": ("e1", "LOC"), "إسرائيل": ("e2", "LOC")}
    assert ("ACCUSE", "e1", "e2") in _events("ودان الأردن اعتداءات إسرائيل على المسجد الأقصى.", names)


def test_a_council_and_its_chair_do_not_meet() -> None:
    names = {"مجلس الشؤون الاقتصادية": ("e1", "ORG"), "الأمير سلطان بن فهد": ("e2", "PER")}
    text = "وناقش مجلس الشؤون الاقتصادية خلال اجتماع عقد أمس برئاسة الأمير سلطان بن فهد خطط الإسكان."
    assert _events(text, names) == set()


def test_a_state_in_the_title_before_a_name_does_not_condemn_him() -> None:
    names = {"تونس": ("e1", "LOC"), "عثمان بطيخ": ("e2", "PER")}
    assert _events("كما استنكر مفتي تونس د. عثمان بطيخ الاعتداء على المصلين.", names) == set()


def test_a_denied_dealing_stays_with_its_mode() -> None:
    # PLOVER keeps what the text denies as an event of mode "negated": the reader sees that it did not happen
    text = "وقال المتحدث إن الحكومة الفرنسية لم تتعاون مع إيران في هذا الملف."
    doc = _doc(text, {"الحكومة الفرنسية": ("e1", "ORG"), "إيران": ("e2", "LOC")})
    LAYER(doc)
    assert [(e.type, e.mode) for e in doc.events if e.type == "COOPERATE"] == [("COOPERATE", "negated")]


def test_an_embassy_standing_by_a_family_is_a_service() -> None:
    names = {"سفارة المملكة": ("e1", "ORG"), "ريم السبيعي": ("e2", "PER")}
    text = "وشكر والدها سفارة المملكة على وقوفها مع ابنته ريم السبيعي خلال علاجها في ألمانيا."
    assert not any(t == "SUPPORT" for t, _a, _g in _events(text, names))


def test_the_paper_told_is_no_side() -> None:
    names = {"الرياض": ("e1", "LOC"), "داعش": ("e2", "ORG")}
    text = "وقالت مصادر عسكرية لـ«الرياض» إن مقاتلي العشائر هاجموا مواقع داعش قرب الرمادي."
    assert not any(a == "e1" for _t, a, _g in _events(text, names))
    # "لـ«...»" of belonging: the group the suspects belong to
    names = {"الكاميرون": ("e1", "LOC"), "بوكو حرام": ("e2", "ORG")}
    assert ("COERCE", "e1", "e2") in _events("الكاميرون تعتقل 3 أشخاص يشتبه بانتمائهم لـ«بوكو حرام»", names)


def test_a_delegation_headed_by_a_leader_visits() -> None:
    names = {"إسماعيل هنية": ("e1", "PER"), "روسيا": ("e2", "LOC")}
    text = "وكان وفد من الحركة برئاسة إسماعيل هنية قد زار روسيا الشهر الماضي."
    doc = _doc(text, names)
    from marsad.document import Event, Span
    from marsad.layers.events.word_senses import _chair

    a, t = text.index("إسماعيل هنية"), text.index("روسيا")
    e = Event(type="CONSULT", start=0, end=len(text), text=text, actor="e1", target="e2", trigger="زار",
              actor_span=Span(a, a + 12, "إسماعيل هنية"), target_span=Span(t, t + 5, "روسيا"))
    assert not _chair(doc, e)


def test_agreeing_with_what_someone_said_is_no_agreement() -> None:
    names = {"سامي العلي": ("e1", "PER"), "خالد الحربي": ("e2", "PER")}
    found = _events("ويتفق المحلل السياسي سامي العلي مع ما ذهب إليه خالد الحربي من أن الأزمة ستطول.", names)
    assert not any(t == "AGREE" for t, _a, _g in found)
    names = {"الرئيس الفرنسي": ("e1", "PER"), "الملك عبدالله": ("e2", "PER")}
    found = _events("ولم يجد الرئيس الفرنسي بدا من موافقة ما قاله الملك عبدالله قبل سنوات.", names)
    assert not any(t == "AGREE" for t, _a, _g in found)


def test_an_agreement_between_states_stays() -> None:
    names = {"مصر": ("e1", "LOC"), "الأردن": ("e2", "LOC")}
    found = _events("واتفقت مصر مع الأردن على تشكيل لجنة مشتركة لمتابعة المشروعات.", names)
    assert ("AGREE", "e1", "e2") in found
