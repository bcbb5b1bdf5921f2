"""Speakers named at the end of a title chain or right after a describing word, when the entity
layer missed the name: a first name "علي" (folded with the preposition "على"), a body's name in
quotation marks inside the chain. Every sentence is written for these tests."""

from __future__ import annotations

from tests.test_quotes import LAYER, person, speaker_ids, speaker_texts

from marsad.arabic.tokens import tokenize


def test_ali_name_closing_a_title_chain():
    body = ("أوضح مدير عام الشؤون الإدارية بوزارة النقل علي الغامدي أن العمل في الطريق سينتهي قريبا.\n\n"
            "وأشار إلى أن الوزارة تتابع المشروع يوميا.")
    assert speaker_texts(body) == ["علي الغامدي", "علي الغامدي"]


def test_ali_name_right_after_the_verb():
    assert speaker_texts("وقال علي الزهراني إن الموسم جيد هذا العام.") == ["علي الزهراني"]


def test_ali_name_before_a_quoted_description():
    assert speaker_texts("ويقول علي الشهري «صاحب مزرعة»: إن الأمطار تأخرت هذا العام.") == ["علي الشهري"]


def test_ali_name_after_a_describing_word():
    assert speaker_texts("وقال المواطن علي حكمي إن التيار الكهربائي انقطع منذ الصباح.") == ["علي حكمي"]


def test_ali_as_the_preposition_is_no_name():
    # "علي" spelt for "على": its object runs on ("ضرورة ..."), no name closes the subject
    sp = speaker_texts("وشدد الوزير علي الأهالي ضرورة الالتزام بالتعليمات الجديدة.")
    assert all(s is None or "الأهالي" not in s for s in sp)


def test_name_after_a_quoted_body_in_a_title_chain():
    body = ("أكدت رئيسة فريق “همة التطوعي” نورة القحطاني، أن الفريق نظم معرضا للأسر المنتجة.\n\n"
            "وأوضحت أن المعرض يستمر أسبوعا.")
    ents = [("PER", "نورة القحطاني", [("نورة القحطاني", "name")])]
    assert speaker_texts(body, ents) == ["نورة القحطاني", "نورة القحطاني"]


def test_name_after_a_quoted_group_name_at_the_end_of_a_long_title_chain():
    # "مجموعة «...»": a head word the entity layer reads a quoted body name after, with no title
    # right before it; the chain runs on through the marks to the person, not to the one before
    body = ("وقال المدير التنفيذي للمصرف جون سميث إن «الصفقة ستفيد الطرفين». "
            "وقال رئيس مجلس إدارة مجموعة «الأفق» كينجي ساتو في البيان نفسه «نحن فخورون بالشراكة مع المصرف». "
            "وأضاف أن «التزامنا بخدمة العملاء قريب من التزام المصرف».")
    ents = [("PER", "جون سميث", [("جون سميث", "name")]), ("ORG", "الأفق", [("الأفق", "name")]),
            ("PER", "كينجي ساتو", [("كينجي ساتو", "name")])]
    assert speaker_texts(body, ents) == ["جون سميث", "كينجي ساتو", "كينجي ساتو"]


def test_bare_office_title_is_not_a_person_introduced_with_another_office():
    body = ("قال إمام وخطيب المسجد الكبير الشيخ سعود المالكي إن التسامح من أخلاق المسلم.\n\n"
            "وفي سياق متصل، قال الوزير إن خطط الموسم جاهزة.")
    speakers = speaker_texts(body, [person("سعود المالكي")])
    assert speakers[0] == "سعود المالكي" and speakers[1] == "الوزير"


def test_bare_office_title_held_by_the_person_links_to_him():
    body = ("قال وزير النقل فهد الدوسري إن الطريق سيفتتح قريبا. وأضاف الوزير أن العمل يسير وفق الجدول.")
    assert speaker_ids(body, [person("فهد الدوسري")]) == ["e1", "e1"]


def test_imam_spelt_with_hamza_below_is_a_title_after_the_verb():
    body = "أكد إمام وخطيب الجامع الكبير الشيخ صالح المحمد أن الصدقة تطفئ غضب الرب."
    assert speaker_ids(body, [person("صالح المحمد")]) == ["e1"]


def test_in_front_of_is_no_imam():
    lex = LAYER.lex
    front, imam = tokenize("أمام إمام")
    assert not lex.has("title", front) and lex.is_stop(front)
    assert lex.has("title", imam) and not lex.is_stop(imam)


def test_office_given_in_apposition_with_a_pronoun():
    body = ("أوضح رئيس الجمعية الدكتور أحمد الراشد وهو مدير أمني سابق، أن الخطر كبير.\n\n"
            "وأكد المدير الأمني أن الحروب العقائدية خطيرة.")
    assert speaker_ids(body, [person("أحمد الراشد")]) == ["e1", "e1"]


def test_office_far_back_in_a_chain_with_commas_still_counts():
    body = ("دعا مفتي عام الدولة، رئيس مجلس العلماء وإدارة الفتوى والبحوث الشيخ عبدالله الناصر، "
            "الشباب إلى الاعتدال.\n\nوقال المفتي العام إن الاعتدال واجب.")
    ents = [("PER", "عبدالله الناصر", [("مفتي عام الدولة", "title"), ("عبدالله الناصر", "name")])]
    assert speaker_ids(body, ents)[-1] == "e1"


def test_subject_after_a_resumptive_pronoun():
    body = ("أعلن صندوق التنمية، أمس السبت، أن الحكومة طلبت منه قرضا جديدا. "
            "في وقت أكدت فيه أثينا أنها ستبدأ محادثات مع دائنيها غدا.")
    ents = [("ORG", "صندوق التنمية", [("صندوق التنمية", "name")]), ("LOC", "أثينا", [("أثينا", "name")])]
    assert speaker_ids(body, ents) == ["e1", "e2"]


def test_noun_after_the_pronoun_of_a_report_is_the_object():
    body = "أصدرت شركة الأفق تقريرا اتهمت فيه كليات الإعلام بأنها تتأخر عن مواكبة التقنية."
    ents = [("ORG", "شركة الأفق", [("شركة الأفق", "name")])]
    assert speaker_ids(body, ents) == ["e1"]


def test_body_named_in_quotation_marks_after_its_head_word():
    body = "وتأتي هذه التطورات في وقت أكدت فيه شركة «نور الخليج للاستشارات المالية» أن السوق ينمو بسرعة."
    ents = [("ORG", "نور الخليج للاستشارات المالية", [("نور الخليج للاستشارات المالية", "name")])]
    assert speaker_ids(body, ents) == ["e1"]


def test_definite_body_head_takes_no_name_after_a_preposition():
    body = "كتبت الجامعة على موقع «تويتر»: «نحن متضامنون مع الضحايا وعائلاتهم في هذه المأساة»."
    ents = [("ORG", "جامعة الشمال", [("الجامعة", "name")]), ("ORG", "تويتر", [("تويتر", "name")])]
    assert speaker_ids(body, ents) == ["e1"]
