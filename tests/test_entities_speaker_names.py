"""Speakers' names repaired (`layers/entities/speaker_names.py`): a lineage after an honorific, a
name split at a clitic ب, a given name left out before a name, a name in apposition after a
title, and an unnamed source that is no entity. Sentences written for these tests."""

from __future__ import annotations

from entity_fixtures import analysed, layer, names, ner_layer  # noqa: F401 - pytest fixture

DATE = "2015-08-10"


def test_lineage_after_an_honorific_is_a_person(layer):
    doc = analysed(layer, "وأكد الأمير تركي بن سعد بن فهد أن المهرجان سيقام في موعده.", DATE)
    assert "تركي بن سعد بن فهد" in names(doc, "PER")


def test_lineage_with_a_compound_father_and_a_family_name(layer):
    doc = analysed(layer, "أوضح المتحدث باسم الجمعية الشيخ ناصر بن عبد الله المطيري، أن التبرعات زادت. "
                          "وبين المطيري أن الجمعية وزعتها.", DATE)
    persons = names(doc, "PER")
    assert "ناصر بن عبد الله المطيري" in persons
    assert "المطيري" in persons


def test_lineage_stops_before_the_title_after_it(layer):
    doc = analysed(layer, "وقال الشيخ سالم بن راشد رئيس المجلس إن الاجتماع انتهى.", DATE)
    persons = names(doc, "PER")
    assert "سالم بن راشد" in persons
    assert not any("رئيس" in n for n in persons)


def test_name_in_apposition_after_a_title(layer):
    doc = analysed(layer, "وقال المدعي العام في المدينة، كمال يلدرمان، إن التحقيق ما زال جاريا. "
                          "وأضاف يلدرمان أن المتهمين أوقفوا.", DATE)
    persons = names(doc, "PER")
    assert "كمال يلدرمان" in persons
    assert "يلدرمان" in persons


def test_no_apposition_for_a_common_phrase(layer):
    doc = analysed(layer, "وقال رئيس اللجنة، في تصريح صحفي، إن الاجتماع انتهى.", DATE)
    assert not any("تصريح" in n for n in names(doc, "PER"))


def test_given_name_left_out_joins_the_name(ner_layer):
    doc = analysed(ner_layer, "وأكد عضو المكتب السياسي لحركة الجهاد الإسلامي نافذ عزام، أن الحوار مستمر.", DATE)
    assert "نافذ عزام" in names(doc, "PER")


def test_name_split_at_a_clitic_is_one_name(ner_layer):
    doc = analysed(ner_layer, "وأفاد روجر برايس رئيس الشركة أن المشروع بدأ.", DATE)
    assert "روجر برايس" in names(doc, "PER")


def test_unnamed_official_is_no_entity(ner_layer):
    doc = analysed(ner_layer, "وقال مسؤول أمريكي رفيع المستوى إن المحادثات تعثرت.", DATE)
    assert not any(m.startswith("مسؤول") for typ in ("PER", "ORG") for m in names(doc, typ))


def test_name_ends_before_a_dash_description(ner_layer):
    doc = analysed(ner_layer, "وأكد سامي العتيبي -معلم متقاعد- أن الطرق تحسنت كثيرا.", DATE)
    persons = names(doc, "PER")
    assert not any("معلم" in n for n in persons)


def test_double_name_with_a_spaced_dash_stays_whole(ner_layer):
    doc = analysed(ner_layer, "وصدر الكتاب من تأليف ريتشارد ماكفي - هاملتون، المحاضر في الجامعة.", DATE)
    assert not any(n == "ريتشارد ماكفي" for n in names(doc, "PER"))


def test_person_noun_before_a_given_name_is_no_part_of_the_name(ner_layer):
    doc = analysed(ner_layer, "وأكد المواطن سعد آل ظافر، أن الطريق يحتاج إلى إنارة.", DATE)
    persons = names(doc, "PER")
    assert not any(n.startswith("المواطن") for typ in ("PER", "ORG") for n in names(doc, typ))
    assert any(n.startswith("سعد") for n in persons)


def test_foreign_name_in_apposition_after_a_feminine_title(layer):
    doc = analysed(layer, "وأعلنت مفوضة الشؤون الخارجية في الاتحاد، أنيكا فالستروم، أنها ستزور المنطقة.", DATE)
    assert "أنيكا فالستروم" in names(doc, "PER")


def test_unknown_words_after_a_verb_and_before_a_title_are_a_person(layer):
    doc = analysed(layer, "وقال تيمو سواريلا، المحلل في البنك، إن الأسعار سترتفع.", DATE)
    assert "تيمو سواريلا" in names(doc, "PER")


def test_no_person_after_between(layer):
    doc = analysed(layer, "ويبقى الفارق بين محترفي نادينا، وهو ما أدركته الإدارة متأخرة.", DATE)
    assert not any("محترفي" in n for n in names(doc, "PER"))


def test_given_name_and_family_name_before_a_title_are_a_person(layer):
    doc = analysed(layer, "أكد مشعل الزهراني رئيس لجنة المهرجان أن الفعاليات ستبدأ الأسبوع المقبل.", DATE)
    assert "مشعل الزهراني" in names(doc, "PER")


def test_given_name_middle_name_and_family_name_after_an_honorific(layer):
    doc = analysed(layer, "وأوضح الدكتور نايف علي الشهري الخبير في الطاقة أن الأسعار ستتراجع.", DATE)
    assert "نايف علي الشهري" in names(doc, "PER")


def test_given_name_that_is_also_a_word_needs_a_relational_family_name(layer):
    doc = analysed(layer, "وقال عوض السهيمي وهو مسؤول في البلدية إن الطريق سيفتح قريبا.", DATE)
    assert "عوض السهيمي" in names(doc, "PER")
    doc = analysed(layer, "وأكد على الالتزام رئيس المجلس بالقرارات كلها.", DATE)
    assert not names(doc, "PER")


def test_title_after_a_comma_and_wa_opens_the_next_person_of_a_list(layer):
    doc = analysed(layer, "وشكر محافظ المدينة سالم بن حمد، ومدير الجامعة الدكتور ماجد العنزي، على جهودهما.", DATE)
    first = next(e for e in doc.entities if e.name == "سالم بن حمد")
    assert not any("ماجد" in m.text for m in first.mentions)


def test_quoted_given_and_family_name_after_a_verb_of_saying_is_a_person(layer):
    doc = analysed(layer, "وأكد «مفرح الشهراني» أن أولياء الأمور ينتظرون قرار الوزارة.", DATE)
    assert "مفرح الشهراني" in names(doc, "PER")
    doc = analysed(layer, "وقال «الأمن العام» إن الطريق مغلق حتى المساء.", DATE)
    assert not names(doc, "PER")


def test_verb_of_saying_tagged_with_a_name_is_cut_off(ner_layer):
    doc = analysed(ner_layer, "قال عضو المجلس البلدي حسين آل جعثم إن الطريق خطر. ورأى آل جعثم أن الحل في الصيانة.", DATE)
    assert not any(m.text.startswith("رأى") for e in doc.entities for m in e.mentions)


def test_unknown_given_name_after_a_person_noun_joins_the_name(ner_layer):
    doc = analysed(ner_layer, "وقال والد الطالب المواطن هادي حسن مسعود الفيفي إن المدرسة لم تبلغه.", DATE)
    assert any(n.startswith("هادي") for n in names(doc, "PER"))


def test_rank_qualifier_is_no_given_name(ner_layer):
    doc = analysed(ner_layer, "وأشار عضو المجلس اللواء ركن علي التميمي، إلى أن الضربات موجعة.", DATE)
    assert not any(n.startswith("ركن") for n in names(doc, "PER"))


def test_listed_body_named_with_its_adjective_is_not_the_shorter_body(layer):
    # "صندوق النقد" alone is the IMF; with "العربي" it is another fund the name lists know
    doc = analysed(layer, "وقال صندوق النقد العربي في دراسة حديثة إن نمو الاقتصادات العربية سيتسارع.", DATE)
    assert "صندوق النقد العربي" in names(doc, "ORG")


def test_unlinked_body_runs_on_over_a_country_adjective(ner_layer):
    doc = analysed(ner_layer, "وأعلنت الخطوط الجوية الماليزية أنها ستستأنف رحلاتها إلى المدينة الأسبوع المقبل.", DATE)
    assert "الخطوط الجوية الماليزية" in names(doc, "ORG")


def test_proper_name_keeps_its_name_before_a_country_adjective(layer):
    doc = analysed(layer, "وتعاقد نادي فيرانزو البرتغالي مع المدافع الشاب لمدة موسمين.", DATE)
    assert not any(n.endswith("البرتغالي") for n in names(doc, "ORG"))


def test_body_for_the_defence_of_a_cause_goes_on_through_its_cause(ner_layer):
    doc = analysed(ner_layer, "وقال مجلس الدفاع عن الموارد الطبيعية في تقرير إن تلوث الأنهار ارتفع.", DATE)
    assert "مجلس الدفاع عن الموارد الطبيعية" in names(doc, "ORG")


def test_medical_city_named_after_a_king_is_a_body(ner_layer):
    doc = analysed(ner_layer, "وأعلنت مدينة الملك سلمان الطبية أن المستشفى الجديد استقبل أول مرضاه.", DATE)
    assert "مدينة الملك سلمان الطبية" in names(doc, "ORG")


def test_holder_named_after_a_long_title_phrase_at_a_verbs_subject(layer):
    # the title runs over its definite complements and a preposition; the two unknown words after
    # it and before the verb's object are the holder's name
    doc = analysed(layer, "من جهة أخرى، أكد قائد الشرطة في إقليم الساحل أوبينا نواكوتي الحادث. "
                          "وقال إن المسلحين فروا.", DATE)
    assert "أوبينا نواكوتي" in names(doc, "PER")


def test_given_name_that_is_a_word_before_a_relational_family_name(layer):
    # "مطلق" is an ordinary word too; after a title phrase at the verb's subject, with a family
    # name of the relational form after it, it is the holder's given name
    doc = analysed(layer, "وأشاد الزائر للمهرجان مطلق الحربي بما قدمته البلدية، مشيرا إلى أن العروض كانت ممتعة.", DATE)
    assert "مطلق الحربي" in names(doc, "PER")


def test_no_name_read_from_an_object_after_a_title_phrase(layer):
    # the words after the title phrase are the verb's object, not a name
    doc = analysed(layer, "وأكد المتحدث الرسمي للوزارة حرص المملكة على أمن الحجاج.", DATE)
    assert not any("حرص" in n for n in names(doc, "PER"))
