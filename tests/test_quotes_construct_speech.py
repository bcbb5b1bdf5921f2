"""Quotes layer: a noun of saying in construct with its speaker ("تصريح الوزير بأن ..."، "قول
فلان إن ...") reports the clause after it (construct_speech.py).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, org, person, run, texts


def test_statement_of_a_named_speaker_after_a_time_phrase():
    body = "وأثار تصريح سالم العتيبي قبل يومين بأن المشروع سيتأخر عامين قلق المستثمرين في المدينة."
    doc = run(make_doc(body, ents=[person("سالم العتيبي")]))
    found = [q for q in doc.quotes if q.text.startswith("أن المشروع سيتأخر")]
    assert found and found[0].speaker is not None and found[0].speaker.text == "سالم العتيبي"


def test_saying_of_a_titled_person():
    body = "ورد النائب على قول الرئيس فهد الماجد إن الميزانية لا تسمح بزيادة الرواتب هذا العام."
    doc = run(make_doc(body, ents=[person("فهد الماجد")]))
    found = [q for q in doc.quotes if q.text.startswith("إن الميزانية لا تسمح")]
    assert found and found[0].speaker is not None and found[0].speaker.text == "فهد الماجد"


def test_announcement_of_a_body():
    body = "وجاء ذلك بعد إعلان شركة النور القابضة أن أرباحها تراجعت بنسبة عشرة في المائة."
    doc = run(make_doc(body, ents=[org("شركة النور القابضة")]))
    assert any(t.startswith("أن أرباحها تراجعت") for t in texts(doc))


def test_with_the_article_it_is_the_writers_phrase():
    body = "ويمكن القول إن الموسم الحالي كان الأصعب على المزارعين منذ سنوات طويلة."
    doc = run(make_doc(body))
    assert not texts(doc)


def test_a_noun_with_no_named_genitive_says_nothing():
    body = "وهناك كلام كثير في المجالس بأن الأسعار سترتفع بعد العيد مباشرة."
    doc = run(make_doc(body))
    assert not texts(doc)


def test_a_relative_clause_gives_the_clause_to_its_own_verb():
    body = "ورفض المتحدث تصريحات فهد الماجد التي زعم فيها أن الوزارة أخفت الأرقام عن الجمهور."
    doc = run(make_doc(body, ents=[person("فهد الماجد")]))
    assert sum(t.startswith("أن الوزارة أخفت") for t in texts(doc)) <= 1


def test_a_preposition_before_the_clause_gives_it_to_the_verb():
    body = "واتفق الوزراء في تصريحات قبيل اجتماعهم في الرياض على أن التعاون سيستمر بين البلدين."
    doc = run(make_doc(body))
    assert not any(q.speaker is not None and q.speaker.text.startswith("قبيل") for q in doc.quotes)


def test_the_nearer_noun_of_saying_owns_the_clause():
    body = ("وأدلى الوزير فهد الماجد بتصريحه ردا على تأكيد سالم العتيبي في كلمته أن الخطة ستفشل "
            "قبل نهاية العام المقبل.")
    doc = run(make_doc(body, ents=[person("فهد الماجد"), person("سالم العتيبي")]))
    found = [q for q in doc.quotes if q.text.startswith("أن الخطة ستفشل")]
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.text == "سالم العتيبي"


def test_a_finding_reached_by_a_study():
    body = "وتوصلت الدراسة التي أجرتها جامعة الملك سعود إلى أن قلة النوم تضعف تركيز الطلاب في الامتحانات."
    doc = run(make_doc(body, ents=[org("جامعة الملك سعود")]))
    assert any(t.startswith("أن قلة النوم تضعف") for t in texts(doc))


def test_reaching_an_agreement_is_no_statement():
    body = "وارتفعت أسعار النفط عقب توصل الطرفين لاتفاق نهائي والقلق من أن يتراجع الطلب في آسيا."
    doc = run(make_doc(body))
    assert not texts(doc)


def test_a_verb_of_finding_with_no_clause_leaves_the_source_its_statement():
    body = ("لكن بحسب تقرير لـ«رويترز»، تعتقد شركة ناشئة في مدينة الرياض أنها توصلت إلى طريقة جديدة "
            "لتحلية المياه بتكلفة أقل.")
    doc = run(make_doc(body, ents=[org("رويترز")]))
    assert texts(doc)


# --- a verb with its colon inside a clause opens words of its own (clause_ends.py) ---------------
def test_a_verb_with_its_colon_ends_the_clause_before_it():
    body = ("وتوصل المسح إلى أن نصف الشركات لا توفر للزوار الدخول إلى شبكاتها، رغم أن ثلاثة أرباع "
            "المشاركين قالوا: إنهم يسمحون للموظفين باستخدام أجهزتهم.")
    doc = run(make_doc(body))
    found = texts(doc)
    assert any(t.startswith("أن نصف الشركات") and "قالوا" not in t for t in found)
    assert any(t.startswith("إنهم يسمحون للموظفين") for t in found)


def test_the_relative_before_that_verb_is_left_out():
    body = "وبحسب رويترز تعافى خام برنت من مستوياته المنخفضة بفعل تصريحات الوزير الذي قال: إن الاتفاق لن يتغير أبدا."
    doc = run(make_doc(body, ents=[org("رويترز")]))
    assert any(t.endswith("بفعل تصريحات الوزير") for t in texts(doc))
