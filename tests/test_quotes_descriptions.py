"""Definite descriptions as speakers ("وقالت الشركة", "وأوضحت الجامعة"): the named entity of the
article they refer to, or no name. Every sentence is written for these tests."""

from __future__ import annotations

from test_quotes import make_doc, person, quote_with, run


def test_the_company_is_the_subject_not_the_company_acted_on():
    body = ("وافقت الجمعية العامة لشركة النور للصناعات الغذائية على شراء حصة في شركة الريف للتغليف "
            "بقيمة عشرين مليون ريال. وقالت الشركة في بيان إن الصفقة ستكتمل قبل نهاية العام.")
    doc = run(make_doc(body, ents=[("ORG", "شركة النور للصناعات الغذائية", [("شركة النور للصناعات الغذائية", "name")]),
                                   ("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])]))
    assert quote_with(doc, "الصفقة ستكتمل").speaker.entity == "e1"


def test_the_company_named_where_the_entity_layer_marked_no_mention():
    body = ("وافقت الجمعية العامة لشركة النور للصناعات الغذائية على شراء حصة في شركة الريف للتغليف. "
            "وقالت الشركة في بيان إن الصفقة ستكتمل قبل نهاية العام، وإن فرعا لشركة النور للصناعات الغذائية "
            "سيفتتح في جدة.")
    doc = make_doc(body, ents=[("ORG", "شركة النور للصناعات الغذائية", [("شركة النور للصناعات الغذائية", "name")]),
                               ("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])])
    doc.entities[0].mentions = doc.entities[0].mentions[1:]  # only the later one is marked
    run(doc)
    assert quote_with(doc, "الصفقة ستكتمل").speaker.entity == "e1"


def test_a_company_acted_on_is_still_the_one_meant_when_no_other_is_named():
    body = ("استحوذ المستثمرون على حصة كبيرة في شركة الريف للتغليف. "
            "وقالت الشركة إن الإدارة الحالية باقية في مناصبها.")
    doc = run(make_doc(body, ents=[("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])]))
    assert quote_with(doc, "الإدارة الحالية").speaker.entity == "e1"


def test_a_head_word_of_another_kind_of_body_links_nothing():
    # "الجامعة" is no company: the company named before is not the speaker
    body = ("وقعت شركة الريف للتغليف اتفاقية تدريب. وقالت الجامعة إن الطلاب سيبدؤون التدريب في الصيف.")
    doc = run(make_doc(body, ents=[("ORG", "شركة الريف للتغليف", [("شركة الريف للتغليف", "name")])]))
    assert quote_with(doc, "الطلاب سيبدؤون").speaker.entity != "e1"


def test_the_general_secretariat_speaks_for_its_organisation():
    body = ("رحبت الأمانة العامة لرابطة المدن الساحلية بالاتفاق الجديد. "
            "وأكدت الأمانة العامة لرابطة المدن الساحلية أن الاتفاق يحمي الشواطئ من التلوث.")
    doc = run(make_doc(body, ents=[("ORG", "الأمانة العامة", [("الأمانة العامة", "name")]),
                                   ("ORG", "رابطة المدن الساحلية", [("رابطة المدن الساحلية", "name")])]))
    assert quote_with(doc, "يحمي الشواطئ").speaker.entity == "e2"


def test_the_office_of_the_body_named_before_by_its_head_word():
    body = ("بدأ صندوق الإغاثة الدولي توزيع الخيام في المخيمات. "
            "وذكر بيان وزعه مكتب الصندوق في عمان أن التوزيع سيستمر أسبوعين.")
    doc = run(make_doc(body, ents=[("ORG", "صندوق الإغاثة الدولي", [("صندوق الإغاثة الدولي", "name")])]))
    assert quote_with(doc, "التوزيع سيستمر").speaker.entity == "e1"


def test_an_office_with_a_name_of_its_own_is_no_office_of_another_body():
    body = ("وقال مكتب التحقيقات المركزي إن المشتبه به اعتقل في المطار.")
    doc = run(make_doc(body, ents=[("ORG", "مكتب التحقيقات المركزي", [("مكتب التحقيقات المركزي", "name")])]))
    assert quote_with(doc, "المشتبه به").speaker.entity == "e1"


def test_an_indefinite_report_names_its_issuer_after_it():
    body = "وقال تقرير صدر عن هيئة الأسواق الإقليمية إن التداول ارتفع في الربع الثاني."
    doc = run(make_doc(body, ents=[("ORG", "هيئة الأسواق الإقليمية", [("هيئة الأسواق الإقليمية", "name")])]))
    assert quote_with(doc, "التداول ارتفع").speaker.entity == "e1"


def test_an_indefinite_report_again_is_the_last_report_whose_issuer_was_named():
    # "ونقلت الوكالة عن تقرير": the feminine verb is the relaying agency's; the report with no issuer
    # of its own is the one the bank issued, named before
    body = ("وتراجعت أسهم شركات التقنية بنسبة خمسة في المائة بحسب تقرير مصرف الخليج الأول. "
            "ونقلت وكالة الأنباء الدولية عن تقرير أن المستثمرين يتجهون إلى السندات.")
    doc = run(make_doc(body, ents=[("ORG", "مصرف الخليج الأول", [("مصرف الخليج الأول", "name")]),
                                   ("ORG", "وكالة الأنباء الدولية", [("وكالة الأنباء الدولية", "name")])]))
    assert quote_with(doc, "يتجهون إلى السندات").speaker.entity == "e1"


def test_a_new_report_introduced_later_is_not_the_earlier_one():
    body = ("وقال تقرير صادر عن مصرف الخليج الأول إن الأسهم تراجعت. "
            "وقال تقرير آخر إن السندات ارتفعت. وأوضح تقرير صادر عن هيئة السوق المالية أن السيولة زادت.")
    doc = run(make_doc(body, ents=[("ORG", "مصرف الخليج الأول", [("مصرف الخليج الأول", "name")]),
                                   ("ORG", "هيئة السوق المالية", [("هيئة السوق المالية", "name")])]))
    assert quote_with(doc, "الأسهم تراجعت").speaker.entity == "e1"
    assert quote_with(doc, "السندات ارتفعت").speaker.entity != "e1"  # "تقرير آخر": another report
    assert quote_with(doc, "السيولة زادت").speaker.entity == "e2"


def test_a_document_the_verb_does_not_agree_with_is_its_object():
    # "ووصفت" is feminine, "قرار" masculine: the decision is what was described, not who spoke
    body = ("ووصفت جمعية حماية المسافرين قرار شركة الطيران الوطنية بإلغاء الرحلات بأنه مخيب للآمال.")
    doc = run(make_doc(body, ents=[("ORG", "شركة الطيران الوطنية", [("شركة الطيران الوطنية", "name")])]))
    assert all(q.speaker is None or q.speaker.entity != "e1" for q in doc.quotes)


def test_a_past_verb_whose_root_ends_in_taa_is_masculine():
    from marsad.arabic.tokens import tokenize
    from marsad.layers.quotes.speech_lexicon import load_speech_lexicon
    lex = load_speech_lexicon()
    genders = [lex.cue(t).gender for t in tokenize("ولفت لفتت") if t.is_word]
    assert genders == ["m", "f"]


def test_the_findings_of_a_survey_speak_for_the_body_behind_the_report():
    body = ("أصدرت هيئة الإحصاء الوطنية تقريرا عن سوق العمل. "
            "وأشارت نتائج استطلاع شمل ألف أسرة إلى أن البطالة تراجعت. "
            "وأوضحت النتائج أن النساء أكثر إقبالا على العمل.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الإحصاء الوطنية", [("هيئة الإحصاء الوطنية", "name")])]))
    assert quote_with(doc, "البطالة تراجعت").speaker.entity == "e1"
    assert quote_with(doc, "أكثر إقبالا").speaker.entity == "e1"


def test_findings_described_at_length_speak_for_the_report_before_them():
    body = ("وقال التقرير الذي تعده هيئة الإحصاء الوطنية كل عام إن الأسعار ارتفعت. "
            "وأشارت نتائج مسح شمل ألفي أسرة في المدن إلى أن الإنفاق على السكن زاد.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الإحصاء الوطنية", [("هيئة الإحصاء الوطنية", "name")])]))
    assert quote_with(doc, "الإنفاق على السكن").speaker.entity == "e1"


def test_findings_with_no_document_before_them_name_nobody():
    body = ("أعلنت اللجنة العليا للانتخابات موعد الاقتراع. "
            "وأظهرت نتائج الانتخابات أن الحزب الحاكم فاز بأغلبية المقاعد.")
    doc = run(make_doc(body, ents=[("ORG", "اللجنة العليا للانتخابات", [("اللجنة العليا للانتخابات", "name")])]))
    assert quote_with(doc, "الحزب الحاكم").speaker.entity != "e1"


def test_the_minister_of_a_country_is_the_counterpart_named_with_its_adjective():
    body = ("استقبل وزير النقل سامي الخطيب نظيره التونسي منير العياري في المطار. "
            "وقال الوزير التونسي إن خط الشحن الجديد سيفتتح قريبا.")
    doc = run(make_doc(body, ents=[("PER", "سامي الخطيب", [("سامي الخطيب", "name")]),
                                   ("PER", "منير العياري", [("منير العياري", "name")])]))
    assert quote_with(doc, "خط الشحن").speaker.entity == "e2"


def test_a_title_given_with_another_origin_is_another_persons():
    # the nearest title is the Canadian minister's: "الوزير البرازيلي" is the one named before him
    body = ("وقال وزير الزراعة البرازيلي روبرتو ليما إن بلاده ستصدر المزيد. "
            "وانتقد وزير الخارجية الكندي مارك دوبوا الخطة. "
            "وأكد الوزير البرازيلي أن المحاصيل وفيرة هذا العام.")
    doc = run(make_doc(body, ents=[("PER", "مارك دوبوا", [("مارك دوبوا", "name")]),
                                   ("PER", "روبرتو ليما", [("روبرتو ليما", "name")])]))
    assert quote_with(doc, "المحاصيل وفيرة").speaker.entity == "e2"


def test_a_bare_spokesman_speaks_for_the_body_that_spoke_before():
    body = ("أعلنت هيئة الطيران المدني تعليق الرحلات إلى الجنوب. "
            "وقال متحدث إعلامي للصحفيين إن القرار مؤقت.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الطيران المدني", [("هيئة الطيران المدني", "name")])]))
    assert quote_with(doc, "القرار مؤقت").speaker.entity == "e1"


def test_a_bare_spokesman_speaks_for_the_body_of_the_unnamed_source_before():
    # the statement before has no speaker (an unnamed source), but its source belongs to a body
    body = ("أعلن مصدر أمني بوزارة الداخلية المحلية أمس أن الأجهزة تلاحق المشتبه بهم. "
            "وقال متحدث إعلامي للصحفيين إن التحقيق مستمر مع الموقوفين.")
    doc = run(make_doc(body, ents=[("ORG", "وزارة الداخلية المحلية", [("وزارة الداخلية المحلية", "name")])]))
    assert quote_with(doc, "التحقيق مستمر").speaker.entity == "e1"


def test_a_bare_spokesman_after_an_official_in_a_body_speaks_for_it():
    body = ("وذكر مسؤول في هيئة الطيران المدني أن الرحلات تأخرت بسبب العاصفة. "
            "وقال متحدث رسمي إن القرار مؤقت.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الطيران المدني", [("هيئة الطيران المدني", "name")])]))
    assert quote_with(doc, "القرار مؤقت").speaker.entity == "e1"


def test_a_person_after_an_unnamed_source_of_a_body_is_not_the_body():
    body = ("أعلن مصدر أمني بوزارة الداخلية المحلية أمس أن الأجهزة تلاحق المشتبه بهم. "
            "وقال طبيب إن الجرحى في حالة مستقرة.")
    doc = run(make_doc(body, ents=[("ORG", "وزارة الداخلية المحلية", [("وزارة الداخلية المحلية", "name")])]))
    sp = quote_with(doc, "حالة مستقرة").speaker
    assert sp is None or sp.entity != "e1"


def test_a_spokesman_for_the_body_by_its_head_word_speaks_for_the_body_named_before():
    # "متحدث باسم الهيئة": the head word alone, no name; the body of that kind named before
    body = ("أعلنت هيئة الطيران المدني تعليق الرحلات إلى الجنوب. "
            "وقال متحدث باسم الهيئة إن القرار مؤقت.")
    doc = run(make_doc(body, ents=[("ORG", "هيئة الطيران المدني", [("هيئة الطيران المدني", "name")])]))
    assert quote_with(doc, "القرار مؤقت").speaker.entity == "e1"


def test_a_spokesman_is_not_the_agency_that_reported_before():
    body = ("ونقلت وكالة الأنباء الإقليمية عن شهود أن الطرق مغلقة. "
            "وقال متحدث إعلامي للصحفيين إن القرار مؤقت.")
    doc = run(make_doc(body, ents=[("ORG", "وكالة الأنباء الإقليمية", [("وكالة الأنباء الإقليمية", "name")])],
                       sources=[("وكالة الأنباء الإقليمية", "e1")]))
    assert quote_with(doc, "القرار مؤقت").speaker is None or quote_with(doc, "القرار مؤقت").speaker.entity != "e1"


def test_the_authorities_of_a_country_named_by_its_adjective_are_the_country():
    body = ("وتواصل الطائرات قصف المواقع على الحدود مع اليونان. "
            "وأعلنت السلطات البلغارية أنها ستغلق المعابر مؤقتا، فيما دعت بلغاريا جيرانها إلى التهدئة.")
    doc = run(make_doc(body, ents=[("LOC", "اليونان", [("اليونان", "name")]),
                                   ("LOC", "بلغاريا", [("بلغاريا", "name")])]))
    assert quote_with(doc, "ستغلق المعابر").speaker.entity == "e2"


def test_local_authorities_name_no_place():
    body = ("وصلت العاصفة إلى مدينة الساحل. وأعلنت السلطات المحلية إغلاق الطرق في المدينة.")
    doc = run(make_doc(body, ents=[("LOC", "مدينة الساحل", [("مدينة الساحل", "name")])]))
    sp = quote_with(doc, "إغلاق الطرق").speaker
    assert sp is None or sp.entity != "e1"


def test_an_agency_saying_a_bare_verbal_noun_is_the_speaker():
    body = ("زار وزير الخارجية الأردني سمير الهاشمي العاصمة العمانية أمس. واكتفت وكالة أنباء الشرق الرسمية "
            "بالقول إن الجانبين تبادلا الآراء حول قضايا المنطقة.")
    agency = ("ORG", "وكالة أنباء الشرق", [("وكالة أنباء الشرق", "name")])
    doc = run(make_doc(body, ents=[("PER", "سمير الهاشمي", [("سمير الهاشمي", "name")]), agency],
                       sources=[("وكالة أنباء الشرق", "e2")]))
    assert quote_with(doc, "تبادلا الآراء").speaker.entity == "e2"
    # "نقلت الوكالة عن الوزير القول": the agency relays the minister's words
    body = ("زار وزير الخارجية الأردني سمير الهاشمي العاصمة العمانية أمس. ونقلت وكالة أنباء الشرق عن "
            "سمير الهاشمي القول إن الجانبين تبادلا الآراء حول قضايا المنطقة.")
    doc = run(make_doc(body, ents=[("PER", "سمير الهاشمي", [("سمير الهاشمي", "name")]), agency],
                       sources=[("وكالة أنباء الشرق", "e2")]))
    assert quote_with(doc, "تبادلا الآراء").speaker.entity == "e1"


# --- "وهو من سكان القرية أيضا": a description of the subject that names its group ----------------
def test_description_naming_the_group_of_the_subject():
    body = "وأكد سامر الحداد وهو من سكان الحي أيضا أن المياه انقطعت عن المنازل منذ ثلاثة أيام."
    doc = run(make_doc(body, ents=[person("سامر الحداد")]))
    q = quote_with(doc, "المياه انقطعت عن المنازل")
    assert q.speaker is not None and q.speaker.text == "سامر الحداد"


def test_bare_surname_right_after_a_repeated_description_names_its_holder():
    # "لمدرب الفريق العتيبي": the surname alone, with no mention of its own, after the description
    from tests.test_quotes import LAYER, make_doc

    from marsad.layers.quotes import holders
    from marsad.layers.quotes.attribution import SpeakerFinder

    body = ("قال ماجد العتيبي إن التدريبات بدأت. وسبق لمدرب الفريق العتيبي الإشراف على منتخب الشباب.")
    doc = make_doc(body, ents=[("PER", "ماجد العتيبي", [("ماجد العتيبي", "name")])])
    finder = SpeakerFinder(doc, LAYER.lex)
    k = next(i for i, t in enumerate(finder.toks) if t.text == "لمدرب")
    end = finder.toks[k + 1].end
    assert holders.person_beside(finder, k, end) == "e1"


def test_an_adjective_after_a_place_stays_in_the_title_not_the_name():
    # the entity layer marked the place without its adjective: the name starts at the given name
    body = "وأوضح المتحدث الرسمي للدفاع المدني بمنطقة الحدود الشمالية خالد المطيري، أن فرق الإنقاذ وصلت إلى الموقع."
    doc = run(make_doc(body, ents=[("LOC", "منطقة الحدود", [("منطقة الحدود", "name")])]))
    assert quote_with(doc, "فرق الإنقاذ").speaker.text == "خالد المطيري"


def test_a_relative_adjective_before_a_genitive_is_no_name_start():
    body = ("وأكد نائب رئيس الاتحاد السعودي لكرة اليد وعضو الاتحاد الآسيوي سامي الحربي أن المنتخب "
            "سيشارك في البطولة القادمة.")
    doc = run(make_doc(body, ents=[("ORG", "الاتحاد", [("الاتحاد", "name")])]))
    assert not quote_with(doc, "سيشارك في البطولة").speaker.text.startswith("السعودي")


def test_a_body_adjective_before_a_given_name_is_left_in_the_title():
    body = "وقال رئيس البرلمان العربي محمد الجروان إن المجلس سيعقد جلسة طارئة الأسبوع المقبل."
    doc = run(make_doc(body, ents=[("ORG", "البرلمان", [("البرلمان", "name")])]))
    assert quote_with(doc, "سيعقد جلسة").speaker.text == "محمد الجروان"
