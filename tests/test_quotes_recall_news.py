"""Quotes layer: statements missed on unlabelled news (names with a particle, modal openers,
a surname after a homograph verb).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, person, quote_with, run, texts


def test_a_dutch_name_particle_is_no_consequence_clause():
    body = "وقال فان دن برخ إن المساعدات ستصل إلى المدينة خلال الأيام القليلة المقبلة."
    doc = run(make_doc(body, ents=[person("دن برخ")]))
    assert quote_with(doc, "المساعدات ستصل").text.startswith("إن المساعدات")


def test_fan_without_hamza_before_a_place_still_answers():
    body = "وإذا تأخر التمويل، فان المملكة ستتولى تنفيذ المشروع بنفسها كما قال الوزير."
    doc = run(make_doc(body, ents=[("LOC", "المملكة", [("المملكة", "name")])]))
    assert not any(t.startswith("المملكة ستتولى") for t in texts(doc))


def test_a_modal_after_the_subject_opens_the_statement():
    body = "وقال الوزير خالد العمر يجب أن نعمل معا لحماية البيئة في المنطقة."
    doc = run(make_doc(body, ents=[person("خالد العمر")]))
    q = quote_with(doc, "نعمل معا")
    assert q.text.startswith("يجب أن") and q.speaker.text == "خالد العمر"


def test_a_modal_with_no_complementiser_after_a_title():
    body = "وقال مدير الشرطة ينبغي على السائقين الالتزام بالسرعة المحددة على الطريق الدائري."
    doc = run(make_doc(body))
    assert quote_with(doc, "الالتزام بالسرعة").text.startswith("ينبغي على")


def test_an_opener_swallowed_by_the_subject_is_cut_off_it():
    body = "وقال المتحدث الرسمي لا شك أن الإجراءات الجديدة ستحد من المخالفات المرورية."
    doc = run(make_doc(body))
    q = quote_with(doc, "الإجراءات الجديدة")
    assert q.text.startswith("لا شك أن") and q.speaker.text == "المتحدث الرسمي"


def test_a_surname_after_a_homograph_verb_then_the_clause():
    body = "وتابع العتيبي أن فرق الإنقاذ وصلت إلى موقع الحادث بعد دقائق من البلاغ."
    doc = run(make_doc(body))
    q = quote_with(doc, "فرق الإنقاذ وصلت")
    assert q.speaker.text == "العتيبي"


def test_between_two_members_is_still_a_preposition():
    body = "وتتراوح أعمار المشاركين بين العشرين والثلاثين عاما في جميع الفئات المشاركة."
    assert texts(run(make_doc(body))) == []


def test_a_relative_clause_set_off_by_commas_is_skipped_before_the_preposition():
    body = "ودعت منظمة العفو الدولية، التي يصفها مسؤولون حكوميون بأنها منحازة، إلى الإفراج الفوري عن جميع المعتقلين."
    doc = run(make_doc(body, ents=[("ORG", "منظمة العفو الدولية", [("منظمة العفو الدولية", "name")])]))
    assert quote_with(doc, "الإفراج الفوري").text.startswith("إلى الإفراج")


def test_a_relative_clause_with_its_own_clause_before_the_verbs_clause():
    body = "وقال المتحدث، الذي أكد أن التحقيقات مستمرة منذ أسابيع، إن الجناة سيحاسبون أمام القضاء قريبا."
    doc = run(make_doc(body))
    assert quote_with(doc, "الجناة سيحاسبون").text.startswith("إن الجناة")


def test_a_surname_after_a_homograph_verb_then_a_colon():
    body = "وتابع القحطاني: هذه الإجراءات تهدف إلى حماية المستهلك من الغش التجاري."
    doc = run(make_doc(body))
    q = quote_with(doc, "هذه الإجراءات تهدف")
    assert q.speaker.text == "القحطاني"


def test_afada_with_a_joined_preposition_reports():
    body = "وأفادت منظمة الصحة العالمية بتسجيل ثلاثين إصابة جديدة بالمرض في المنطقة خلال الأسبوع."
    doc = run(make_doc(body, ents=[("ORG", "منظمة الصحة العالمية", [("منظمة الصحة العالمية", "name")])]))
    assert quote_with(doc, "ثلاثين إصابة جديدة").speaker.text == "منظمة الصحة العالمية"


def test_a_joined_preposition_on_a_definite_noun_places_the_subject():
    body = "وأفاد بيان أصدره مكتب الشؤون الإنسانية بالمنظمة اليوم أن المساعدات وصلت إلى المخيمات الشمالية."
    doc = run(make_doc(body))
    assert quote_with(doc, "المساعدات وصلت").text.startswith("أن المساعدات")


def test_said_with_bare_words_after_its_named_subject():
    body = "وقالت المعلمة نورة السالم شكرا لكل من ساهم في نجاح هذا البرنامج التطوعي."
    doc = run(make_doc(body, ents=[person("نورة السالم")]))
    q = quote_with(doc, "شكرا لكل من ساهم")
    assert q.text.startswith("شكرا") and q.speaker.text == "نورة السالم"


def test_said_with_a_description_and_no_words_gives_nothing():
    body = "وقال سعد الغامدي مدير التعليم بالمنطقة خلال الحفل الختامي للبرنامج."
    doc = run(make_doc(body, ents=[person("سعد الغامدي")]))
    assert texts(doc) == []


def test_the_time_of_the_statement_is_left_out_of_a_joined_preposition_content():
    body = "وأفادت منظمة الصحة العالمية أمس الاثنين بتسجيل حالات جديدة بالمرض في ثلاث مدن ساحلية."
    doc = run(make_doc(body, ents=[("ORG", "منظمة الصحة العالمية", [("منظمة الصحة العالمية", "name")])]))
    assert quote_with(doc, "حالات جديدة بالمرض").text.startswith("بتسجيل")


def test_an_unnamed_source_with_a_joined_preposition_gives_nothing():
    body = "وأفاد مصدر أمني أمس بمقتل خمسة مسلحين في اشتباك مع قوات الأمن قرب الحدود."
    assert texts(run(make_doc(body))) == []


def test_except_that_is_no_clause_of_the_verb():
    body = "وطالب اللاعب بالمفاوضات المباشرة مع إدارة النادي إلا أنه تراجع عن ذلك في آخر لحظة."
    assert not any(t.startswith("أنه تراجع") for t in texts(run(make_doc(body))))


def test_a_future_verb_right_after_said_opens_the_statement():
    body = "وعن أثر القرار على السوق، قال سيكون من الصعب توقع حجم الطلب خلال الأشهر المقبلة."
    assert quote_with(run(make_doc(body)), "من الصعب توقع").text.startswith("سيكون")


def test_afada_after_a_quoted_outlet_and_its_adjective():
    body = "في غضون ذلك، أفادت صحيفة «الغارديان» البريطانية بفرار عشرات المسؤولين من العاصمة خلال الأسبوع."
    doc = run(make_doc(body, ents=[("ORG", "الغارديان", [("الغارديان", "name")])]))
    assert quote_with(doc, "عشرات المسؤولين").text.startswith("بفرار")


def test_a_quotation_after_except_that_is_not_the_verbs_words():
    body = "وكان المحامي قد طالب المحكمة بتشكيل لجنة مستقلة من الخبراء، إلا أنه «قرر الانسحاب من القضية نهائيا»."
    doc = run(make_doc(body))
    assert quote_with(doc, "بتشكيل لجنة مستقلة")


def test_afada_takes_the_clause_after_a_described_subject():
    body = "من جهته، أفاد المحامي المختص بمتابعة القضية، خالد الزهراني، بأن موكله لم يكن يعلم بالأنظمة الجديدة."
    doc = run(make_doc(body, ents=[person("خالد الزهراني")]))
    assert quote_with(doc, "موكله لم يكن يعلم").text.startswith("أن موكله")


def test_a_long_setting_of_the_statement_before_the_verbs_preposition_and_clause():
    body = ("وشدد وزير الخارجية فهد العتيبي خلال مؤتمر صحفي مشترك عقده مع نظيره الفرنسي في الرياض، "
            "عقب اختتام أعمال اللجنة الوزارية المشتركة التي عقدت في مقر الوزارة صباح اليوم، "
            "على أن التعاون بين البلدين يشهد تطورا مستمرا في كل المجالات.")
    doc = run(make_doc(body, ents=[person("فهد العتيبي")]))
    assert quote_with(doc, "التعاون بين البلدين يشهد").text.startswith("أن التعاون")


def test_an_opener_far_before_the_complementiser_is_not_the_start():
    body = "ورفض سعد المهنا إثبات أو نفي صحة ما تم تداوله حول أنه لن يتولى اختيار الحكام في الموسم المقبل."
    doc = run(make_doc(body, ents=[person("سعد المهنا")]))
    assert not any(t.startswith("تم تداوله") for t in texts(doc))
