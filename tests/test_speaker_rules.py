"""Speaker rules (attribution, antecedents, resolution) without the learned ranker.

Every sentence here is written for these tests. Entities are built by hand, as the entity layer
would produce them, so the rules are tested on their own.
"""

from __future__ import annotations

from tests.test_quotes import make_doc, quote_with

from marsad.document import Document, Entity, Mention
from marsad.layers.quotes.attribution import SpeakerFinder
from marsad.layers.quotes.layer import QuoteLayer

RULES = QuoteLayer(speaker_model=False)


def run(doc: Document) -> Document:
    RULES(doc)
    doc.check_offsets()
    return doc


def test_title_chain_ends_with_the_holders_name():
    body = "وقال رئيس مجلس إدارة الشركة الشيخ خالد بن فهد إن الفريق جاهز للموسم الجديد."
    doc = run(make_doc(body, ents=[("PER", "خالد بن فهد", [("خالد بن فهد", "name")])]))
    sp = quote_with(doc, "الفريق جاهز").speaker
    assert sp.text == "خالد بن فهد" and sp.entity == "e1"


def test_genitive_name_inside_a_description_is_still_not_the_speaker():
    body = "وقال عضو في حزب الرئيس السابق سامي نور إن الانتخابات ستجرى في موعدها."
    doc = run(make_doc(body, ents=[("PER", "سامي نور", [("سامي نور", "name")])]))
    sp = quote_with(doc, "الانتخابات ستجرى").speaker
    assert sp is None or sp.text != "سامي نور"


def test_name_cut_after_a_particle_takes_the_next_word():
    # the entity layer stopped at "بن" because "سالم" is also an ordinary word
    body = "وقال عبدالله بن سالم إن المشروع سينتهي قبل نهاية العام."
    doc = run(make_doc(body, ents=[("PER", "عبدالله بن", [("عبدالله بن", "name")])]))
    sp = quote_with(doc, "المشروع سينتهي").speaker
    assert sp.text == "عبدالله بن سالم" and sp.entity == "e1"


def test_unknown_first_name_and_family_name_before_a_description():
    body = "وأوضحت نوال الحربي مديرة مكتب التعليم أن الدراسة تبدأ الأحد المقبل."
    doc = run(make_doc(body))
    assert quote_with(doc, "الدراسة تبدأ").speaker.text == "نوال الحربي"


def test_definite_word_after_an_unknown_name_stays_the_object():
    body = "وحذر سامر المسؤولين من أن الأسعار سترتفع قريبا."
    doc = run(make_doc(body))
    sp = quote_with(doc, "الأسعار سترتفع").speaker
    assert sp is None or sp.text == "سامر"


def test_ali_after_an_honorific_is_a_name_not_a_preposition():
    body = "وأشار خبير الزلازل الدكتور علي منصور إلى أن الزلزال كان ضعيفا."
    doc = run(make_doc(body))
    assert quote_with(doc, "الزلزال كان").speaker.text == "علي منصور"


def test_definite_outlet_noun_refers_to_the_last_outlet_of_its_kind():
    body = ("ونشرت صحيفة «الأخبار» تقريرا عن الأزمة، ونقلت قناة الشروق صورا من العاصمة. "
            "وقالت الصحيفة إن الحكومة ستستقيل قريبا.")
    doc = run(make_doc(body, ents=[("ORG", "الأخبار", [("الأخبار", "name")]),
                                   ("ORG", "قناة الشروق", [("قناة الشروق", "name")])],
                       sources=[("الأخبار", "e1")]))
    sp = quote_with(doc, "الحكومة ستستقيل").speaker
    assert sp.text == "الصحيفة" and sp.entity == "e1"


def test_definite_outlet_noun_without_an_outlet_named_stays_unlinked():
    body = "وقالت الصحيفة إن الحكومة ستستقيل قريبا."
    doc = run(make_doc(body))
    sp = quote_with(doc, "الحكومة ستستقيل").speaker
    assert sp is None or sp.entity is None


def test_noun_before_a_verb_with_wa_is_not_its_subject():
    body = "انتقد النائب سعيد فارس قرار الوزير كمال حداد وقال إن القرار يضر بالمزارعين."
    doc = run(make_doc(body, ents=[("PER", "سعيد فارس", [("سعيد فارس", "name")]),
                                   ("PER", "كمال حداد", [("كمال حداد", "name")])]))
    assert quote_with(doc, "القرار يضر").speaker.text == "سعيد فارس"


def test_subject_before_its_verb_is_still_found():
    body = "الوزير كمال حداد قال إن القرار لن يتغير."
    doc = run(make_doc(body, ents=[("PER", "كمال حداد", [("كمال حداد", "name")])]))
    assert quote_with(doc, "القرار لن").speaker.text == "كمال حداد"


def test_definite_outlet_noun_is_not_linked_past_a_newer_unknown_outlet():
    body = ("ونشرت صحيفة «الأخبار» تقريرا عن الأزمة. واهتمت صحيفة «النهار» بالانتخابات، "
            "وقالت الصحيفة إن الحكومة ستستقيل قريبا.")
    doc = run(make_doc(body, ents=[("ORG", "الأخبار", [("الأخبار", "name")])], sources=[("الأخبار", "e1")]))
    sp = quote_with(doc, "الحكومة ستستقيل").speaker
    assert sp is None or sp.entity != "e1"


def test_short_person_mention_is_linked_to_the_full_name_it_starts():
    body = ("افتتح الأمير ماجد بن سلطان المعرض أمس. وقال ماجد إن المعرض يضم مئة جناح. "
            "وحضر الحفل سامي نور.")
    doc = make_doc(body, ents=[("PER", "ماجد بن سلطان", [("ماجد بن سلطان", "name")])])
    at = body.index("وقال ماجد") + len("وقال ")
    doc.entities.append(Entity("e2", "PER", "ماجد", None, None, [Mention(at, at + 4, "ماجد", "name")]))
    sp = quote_with(run(doc), "المعرض يضم").speaker
    assert sp.entity == "e1"


def test_continuation_after_a_new_subject_of_a_plain_verb():
    body = ("وقال الوزير كمال حداد إن الميناء سيفتح قريبا. "
            "واستقبل المحافظ سامي نور وفدا من التجار في مكتبه. وقال إن السوق ستتوسع العام المقبل.")
    doc = run(make_doc(body, ents=[("PER", "كمال حداد", [("كمال حداد", "name")]),
                                   ("PER", "سامي نور", [("سامي نور", "name")])]))
    assert quote_with(doc, "السوق ستتوسع").speaker.text == "سامي نور"


def test_continuation_after_a_sentence_without_a_new_subject_keeps_the_speaker():
    body = ("وقال الوزير كمال حداد إن الميناء سيفتح قريبا. "
            "وتبلغ كلفة المشروع مليار دولار. وأضاف أن السوق ستتوسع العام المقبل.")
    doc = run(make_doc(body, ents=[("PER", "كمال حداد", [("كمال حداد", "name")])]))
    assert quote_with(doc, "السوق ستتوسع").speaker.text == "كمال حداد"


def test_quoted_organisation_inside_a_description():
    body = "وقال رئيس «جمعية الصيادين» المحلية سامي نور إن الموسم كان جيدا."
    doc = run(make_doc(body, ents=[("PER", "سامي نور", [("سامي نور", "name")])]))
    assert quote_with(doc, "الموسم كان").speaker.text == "سامي نور"


def test_short_quotation_after_an_indefinite_title_is_the_statement():
    doc = make_doc("وقال مسؤول «الوضع هادئ تماما». وانتهى الاجتماع.")
    finder = SpeakerFinder(doc, RULES.lex)
    sp = finder.subject_after(1, len(finder.toks))
    assert sp is None or "الوضع" not in sp.text


def test_title_modifier_heads_a_description_before_a_title():
    # "مساعد" is also a given name; before a title word it heads the description, and the
    # holder is named after the comma, behind an honorific
    body = "وقال مساعد الوزير للشؤون الفنية، المهندس فهد بن علي القحطاني، إن المشروع سيكتمل قريبا."
    doc = run(make_doc(body, ents=[("PER", "فهد بن علي القحطاني", [("فهد بن علي القحطاني", "name")])]))
    sp = quote_with(doc, "المشروع سيكتمل").speaker
    assert sp.text == "فهد بن علي القحطاني" and sp.entity == "e1"


def test_title_modifier_before_a_family_name_stays_a_name():
    body = "وقال مساعد العيبان إن المشروع سيكتمل قريبا."
    doc = run(make_doc(body, ents=[("PER", "مساعد العيبان", [("مساعد العيبان", "name")])]))
    sp = quote_with(doc, "المشروع سيكتمل").speaker
    assert sp.text == "مساعد العيبان" and sp.entity == "e1"


def test_an_outlet_in_quotation_marks_after_a_preposition_is_its_object():
    body = "وقال سامي الحربي لـ«الصحيفة» إن الاتفاق خطير. وفي مقابلة مع قناة «الأفق» أوضح الحربي أن الحل قريب."
    doc = make_doc(body, ents=[("PER", "سامي الحربي", [("سامي الحربي", "name"), ("الحربي", "name")]),
                               ("ORG", "الصحيفة", [("الصحيفة", "name")]), ("ORG", "الأفق", [("الأفق", "name")])])
    finder = SpeakerFinder(doc, RULES.lex)
    refs = {doc.text[r.start:r.end]: r for r in finder.mentions_between(0, len(doc.text))}
    assert finder.in_pp(refs["الصحيفة"]) and finder.in_pp(refs["الأفق"])
    assert not finder.in_pp(refs["سامي الحربي"])


def test_an_outlet_after_an_according_word_is_the_source_not_an_object():
    body = "ووفقا لصحيفة «الأفق» فإن المفاوضات ستستأنف الأسبوع المقبل."
    doc = make_doc(body, ents=[("ORG", "الأفق", [("الأفق", "name")])])
    finder = SpeakerFinder(doc, RULES.lex)
    assert not finder.in_pp(finder.mentions_between(0, len(doc.text))[0])


def test_body_named_by_a_construct_chain_is_whole():
    # an organisation head in construct state: indefinite nouns go on until a definite one closes the chain
    doc = run(make_doc("وقال مركز رصد الزلازل الإقليمي إن الهزة لم تخلف أضرارا."))
    assert quote_with(doc, "الهزة لم تخلف").speaker.text == "مركز رصد الزلازل الإقليمي"
    doc = run(make_doc("وأوضحت مصلحة الجمارك العامة أن الرسوم الجديدة تطبق من الشهر المقبل."))
    assert quote_with(doc, "الرسوم الجديدة").speaker.text == "مصلحة الجمارك العامة"


def test_indefinite_word_after_a_closed_chain_is_the_object():
    doc = run(make_doc("وأبلغت وزارة الصحة مراجعي المستشفيات أن المواعيد ستتغير."))
    assert quote_with(doc, "المواعيد ستتغير").speaker.text == "وزارة الصحة"


def test_agency_relaying_a_body_with_naqlan_an():
    # "ذكرت وكالة X نقلا عن Y أن": Y said it, the agency carried it
    body = "وذكرت وكالة الأنباء الرسمية أمس، نقلا عن مركز مراقبة السيول الوطني، أن منسوب الوادي ارتفع."
    doc = run(make_doc(body, ents=[("ORG", "وكالة الأنباء الرسمية", [("وكالة الأنباء الرسمية", "name")])],
                       sources=[("وكالة الأنباء الرسمية", "e1")]))
    assert quote_with(doc, "منسوب الوادي").speaker.text == "مركز مراقبة السيول الوطني"


def test_interviewee_speaks_through_a_verb_without_subject():
    # "في مقابلة لفلان مع قناة X أوضح أن": whoever gave the interview is the speaker
    body = ("وأشاد الوزير سالم العمري بالمبادرة. وفي مقابلة لخالد المنصور مع قناة «الأفق» أوضح "
            "أن المشروع سيكتمل العام المقبل.")
    doc = run(make_doc(body, ents=[("PER", "سالم العمري", [("سالم العمري", "name")]),
                                   ("PER", "خالد المنصور", [("خالد المنصور", "name")]),
                                   ("ORG", "الأفق", [("الأفق", "name")])], sources=[("الأفق", "e3")]))
    assert quote_with(doc, "المشروع سيكتمل").speaker.entity == "e2"
    doc = run(make_doc("وجاء ذلك بعد تصريحات للحكومة المحلية قالت فيها إن الطرق ستغلق."))
    assert quote_with(doc, "الطرق ستغلق").speaker.text == "حكومة المحلية"
    doc = run(make_doc("وفي تصريح لرئيس مجلس إدارة الجمعية قال: إن المعرض يضم مئة جناح."))
    assert quote_with(doc, "المعرض يضم").speaker.text == "رئيس مجلس إدارة الجمعية"


def test_outlet_interviewing_is_not_the_speaker():
    body = "وقال الوزير سالم العمري إن الخطة جاهزة. وفي تصريح لـ«الأفق» قال: إن التنفيذ يبدأ غدا."
    doc = run(make_doc(body, ents=[("PER", "سالم العمري", [("سالم العمري", "name")]),
                                   ("ORG", "الأفق", [("الأفق", "name")])], sources=[("الأفق", "e2")]))
    assert quote_with(doc, "التنفيذ يبدأ").speaker.entity == "e1"


def test_given_name_before_a_surname_closing_a_description():
    # a person is introduced by the full name: the plain word before a surname met first is the given name
    body = "وقالت مديرة مدرسة النور للبنات سلوى الحربش إن الدوام يبدأ الأحد."
    doc = run(make_doc(body, ents=[("PER", "الحربش", [("الحربش", "name")])]))
    assert quote_with(doc, "الدوام يبدأ").speaker.text == "سلوى الحربش"
    body = "وكرمت الحربش أمس. وقالت مديرة مدرسة النور للبنات سلوى الحربش إن الدوام يبدأ الأحد."
    doc = run(make_doc(body, ents=[("PER", "الحربش", [("الحربش", "name")])]))
    assert quote_with(doc, "الدوام يبدأ").speaker.text == "الحربش"


def test_possessor_named_before_the_speaker_is_no_part_of_his_name():
    # "أحد محامي X فلان الفلاني": X, already named, owns the noun; the lawyer's name follows it
    body = ("وتبدأ محاكمة الوزير السابق رامي القاسم الأسبوع المقبل. وأعلن أحد محامي القاسم سليم فارس عودة "
            "أن موكله لن يحضر الجلسة.")
    doc = run(make_doc(body, ents=[("PER", "رامي القاسم", [("رامي القاسم", "name")]),
                                   ("PER", "القاسم سليم فارس عودة", [("القاسم سليم فارس عودة", "name")])]))
    assert quote_with(doc, "موكله لن يحضر").speaker.text == "سليم فارس عودة"
    doc = run(make_doc("وأعلن القاسم سليم فارس أن الجلسة تأجلت.",
                       ents=[("PER", "القاسم سليم فارس", [("القاسم سليم فارس", "name")])]))
    assert quote_with(doc, "الجلسة تأجلت").speaker.text == "القاسم سليم فارس"


def test_name_between_a_rank_and_a_title_in_apposition():
    doc = run(make_doc("قال اللواء سامر الخطيب قائد شرطة المنطقة أمس إن الطرق آمنة."))
    assert quote_with(doc, "الطرق آمنة").speaker.text == "سامر الخطيب"
    doc = run(make_doc("وقال الوزير الجديد رئيس اللجنة إن الطرق آمنة."))
    assert quote_with(doc, "الطرق آمنة").speaker.text == "الوزير الجديد رئيس اللجنة"


def test_name_closing_a_long_description_before_the_colon():
    body = ("وقالت سيدة الأعمال المعروفة رئيسة لجنة الحرف اليدوية بالغرفة التجارية بالدمام سعاد المطيري: "
            "إن المعرض ناجح.")
    doc = run(make_doc(body, ents=[("LOC", "الدمام", [("الدمام", "name")])]))
    assert quote_with(doc, "المعرض ناجح").speaker.text == "سعاد المطيري"


def test_mention_run_from_the_description_into_the_name_is_no_name():
    # the entity layer took "المجلة غاري" for a name: the holder is the name that closes the description
    body = "وقال رئيس تحرير المجلة غاري ماتسون إن العدد المقبل سيصدر غدا."
    doc = run(make_doc(body, ents=[("ORG", "المجلة غاري", [("المجلة غاري", "name")])]))
    assert quote_with(doc, "العدد المقبل").speaker.text == "غاري ماتسون"


def test_nasab_or_kunya_opens_the_name():
    doc = run(make_doc("ويقول شاعرهم ابن الوردي: إن الصبر مفتاح الفرج.",
                       ents=[("PER", "الوردي", [("الوردي", "name")])]))
    assert quote_with(doc, "الصبر مفتاح").speaker.text == "ابن الوردي"
    doc = run(make_doc("وقال أبو خالد إن السوق مزدحم.", ents=[("PER", "خالد", [("خالد", "name")])]))
    assert quote_with(doc, "السوق مزدحم").speaker.text == "أبو خالد"
