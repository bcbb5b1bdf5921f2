"""Speaker candidates the entity layer did not hand over: a body behind a spokesman, a given name
it did not know, a subject before "الذي" or after "كان", a body named for its purpose.

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, quote_with, run


def test_spokesman_of_an_unknown_body_speaks_for_the_body_and_its_statement():
    body = ("وقال المتحدث باسم الهيئة العامة للطيران المدني في بيان إن الرحلات ستستأنف صباح الغد. "
            "وأضاف البيان أن المطار يعمل بشكل طبيعي منذ المساء.")
    doc = run(make_doc(body))
    assert quote_with(doc, "الرحلات ستستأنف").speaker.text == "الهيئة العامة للطيران المدني"
    assert quote_with(doc, "المطار يعمل").speaker.text == "الهيئة العامة للطيران المدني"


def test_spokesman_of_a_generic_body_keeps_the_description():
    doc = run(make_doc("وقال المتحدث باسم الوزارة إن التسجيل يبدأ الأسبوع المقبل."))
    assert quote_with(doc, "التسجيل يبدأ").speaker.text.startswith("المتحدث باسم")


def test_given_name_between_an_honorific_and_a_known_surname():
    body = "وأوضح الدكتور فهيم الساعدي أن نتائج الدراسة ستعلن قريبا."
    doc = run(make_doc(body, ents=[("PER", "الساعدي", [("الساعدي", "name")])]))
    speaker = quote_with(doc, "نتائج الدراسة").speaker
    assert speaker.entity == "e1" and speaker.text == "فهيم الساعدي"


def test_title_before_a_surname_is_no_given_name():
    body = "وأوضح الرئيس الساعدي أن نتائج الدراسة ستعلن قريبا."
    doc = run(make_doc(body, ents=[("PER", "الساعدي", [("الساعدي", "name")])]))
    assert quote_with(doc, "نتائج الدراسة").speaker.text == "الساعدي"


def test_person_before_a_relative_clause_with_a_reporting_verb():
    body = ("وتواصلت الصحيفة مع مدير المدرسة وضاح العمري الذي أكد الخبر وقال إن الدراسة ستبدأ يوم الأحد.")
    doc = run(make_doc(body))
    assert quote_with(doc, "الدراسة ستبدأ").speaker.text == "وضاح العمري"


def test_subject_between_kan_and_the_reporting_verb():
    body = ("ارتفعت أسعار الخضار في الأسواق. "
            "وكانت الرابطة الوطنية لحماية المستهلك أعلنت في مطلع الشهر أن الأسعار سترتفع.")
    doc = run(make_doc(body))
    assert quote_with(doc, "الأسعار سترتفع").speaker.text == "الرابطة الوطنية لحماية المستهلك"


def test_object_pronoun_after_the_verb_is_no_speaker():
    body = "وتجددت الاشتباكات في أطراف المدينة، بحسب ما أفاد به المرصد الوطني لحقوق الإنسان."
    doc = run(make_doc(body))
    speaker = quote_with(doc, "تجددت الاشتباكات").speaker
    assert speaker is not None and speaker.text == "المرصد الوطني لحقوق الإنسان"


def test_subject_of_a_relative_clause_on_the_object_is_not_the_actor():
    body = ("وقال النائب سالم الحربي إن الحكومة تأخرت في معالجة الأزمة. "
            "وهاجم الإجراءات التي أعلنها الوزير خالد المنصور، معتبرا أنها غير كافية لحل المشكلة.")
    doc = run(make_doc(body, ents=[("PER", "سالم الحربي", [("سالم الحربي", "name")]),
                                   ("PER", "خالد المنصور", [("خالد المنصور", "name")])]))
    assert quote_with(doc, "غير كافية").speaker.entity == "e1"


def test_body_named_for_its_purpose_is_the_whole_speaker_span():
    body = "وقالت اللجنة الوطنية لمكافحة التصحر إن المساحات الخضراء زادت هذا العام."
    doc = run(make_doc(body, ents=[("ORG", "اللجنة الوطنية", [("اللجنة الوطنية", "name")])]))
    speaker = quote_with(doc, "المساحات الخضراء").speaker
    assert speaker.entity == "e1" and speaker.text == "اللجنة الوطنية لمكافحة التصحر"


def test_addressee_body_after_an_organisation_is_not_its_name():
    body = "وأكدت الأمم المتحدة لمجلس الأمن أن المساعدات وصلت إلى المخيمات."
    doc = run(make_doc(body, ents=[("ORG", "الأمم المتحدة", [("الأمم المتحدة", "name")])]))
    assert quote_with(doc, "المساعدات وصلت").speaker.text == "الأمم المتحدة"


def test_description_with_the_name_in_apposition_after_it_is_that_person():
    body = "وقال رئيس الهيئة الوطنية للأرصاد، ماجد الحربي، إن الأمطار ستستمر حتى نهاية الأسبوع."
    doc = run(make_doc(body, ents=[("PER", "ماجد الحربي", [("ماجد الحربي", "name")])]))
    assert quote_with(doc, "الأمطار ستستمر").speaker.entity == "e1"
