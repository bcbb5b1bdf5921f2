"""Reporting words and quotations that carry nobody's statement (`not_statements`): "as if" speech, a
subject's name in quotation marks right after the verb, a work's title before its author.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from test_quotes import make_doc, run, texts


def test_as_if_speech_is_no_statement():
    doc = run(make_doc("وقف المصمم أمام الفستان وكأنه يقول بأن الأناقة لا تحتاج إلى الكثير من الزينة أبدا."))
    assert texts(doc) == []
    doc = run(make_doc("رفض اللاعب العودة إلى التدريبات، كأنها تشير إلى أنه سيبقى بعيدا عن الفريق حتى نهاية الموسم."))
    assert texts(doc) == []


def test_was_saying_still_reports():
    doc = run(make_doc("وكان الوزير يقول إن الخطة ستنجح في موعدها المحدد رغم الصعوبات."))
    assert texts(doc) == ["إن الخطة ستنجح في موعدها المحدد رغم الصعوبات"]


def test_quoted_subject_name_right_after_the_verb_is_no_quote():
    doc = run(make_doc("بدوره أكد «المركز الوطني» تحقيق الفريق تقدما كبيرا في المنطقة الغربية خلال اليومين الماضيين."))
    assert "المركز الوطني" not in texts(doc)
    doc = run(make_doc("أعلنت «شركة النخيل»، المدرجة في السوق المالية، عن أرباح بلغت مليار ريال في النصف الأول."))
    assert "شركة النخيل" not in texts(doc)


def test_quoted_subject_name_with_its_entity_keeps_the_content():
    doc = run(make_doc("بدوره أكد «المركز الوطني» تحقيق الفريق تقدما كبيرا في المنطقة الغربية خلال اليومين الماضيين.",
                       ents=[("ORG", "المركز الوطني", [("المركز الوطني", "name")])]))
    assert texts(doc) == ["تحقيق الفريق تقدما كبيرا في المنطقة الغربية خلال اليومين الماضيين"]


def test_short_words_said_right_after_the_verb_stay_quotes():
    doc = run(make_doc("وقال «نحن مستعدون للحوار» خلال المؤتمر الصحفي أمس."))
    assert texts(doc) == ["نحن مستعدون للحوار"]


def test_title_before_its_author_is_no_quote():
    doc = run(make_doc("وعن قراءاتها هذا الصيف تقول الكاتبة: «ظلال على الجدار» لسالم الحربي، ثم «أيام البحر» للشاعرة العمانية.",
                       ents=[("PER", "سالم الحربي", [("سالم الحربي", "name")])]))
    assert texts(doc) == []


def test_words_said_to_a_person_stay_a_quote():
    doc = run(make_doc("وقال الوزير: «لن نتراجع عن قرارنا» لسالم الحربي بعد الاجتماع.",
                       ents=[("PER", "سالم الحربي", [("سالم الحربي", "name")])]))
    assert texts(doc) == ["لن نتراجع عن قرارنا"]


def test_negated_participle_after_and_is_an_adjective():
    doc = run(make_doc("وتفاجأ العملاء بأن الجهاز يقدم مبالغ كبيرة وغير متوقعة، ويبدو أن خللا أصاب الجهاز خلال أيام العيد."))
    assert texts(doc) == []


def test_as_long_as_governs_its_complementiser():
    doc = run(make_doc("يحق للزوار أن يحتفلوا بطريقتهم، ووفق عاداتهم الخاصة طالما أنها لا تخالف الأنظمة المعمول بها في البلاد."))
    assert texts(doc) == []


def test_the_writers_own_voice_is_no_statement():
    doc = run(make_doc("وبقي أن نقول للقراء: لا تحكموا على الأمور من ظاهرها قبل أن تعرفوا تفاصيلها."))
    assert texts(doc) == []
    doc = run(make_doc("ويجب القول إن الكاتب كان يملك خيالا واسعا في رواياته الأولى."))
    assert texts(doc) == []


def test_a_verbal_noun_said_by_a_speaker_still_reports():
    doc = run(make_doc("وأكد الوزير القول إن الخطة تسير وفق الجدول المحدد لها."))
    assert texts(doc) == ["إن الخطة تسير وفق الجدول المحدد لها"]


def test_a_question_reports_nothing():
    doc = run(make_doc("فهل قال أحد إن المدارس هي السبب في انتشار هذه الظاهرة؟!"))
    assert texts(doc) == []
    doc = run(make_doc("وردا على سؤال هل ستترشح؟ قال الوزير إنه لم يحسم أمره بعد."))
    assert texts(doc) == ["إنه لم يحسم أمره بعد"]


def test_the_first_person_of_an_interview_is_the_one_who_answers():
    body = ("هل أنتم راضون عن نتائج الموسم؟\n\nنعم، وأقول إن الفريق قدم كل ما لديه طوال الموسم.\n\n"
            "وما خططكم للموسم المقبل؟\n\nنعمل على تدعيم الفريق بلاعبين جدد، ونقول إن الجمهور سيرى فريقا مختلفا.")
    doc = run(make_doc(body))
    assert texts(doc) == ["إن الفريق قدم كل ما لديه طوال الموسم", "إن الجمهور سيرى فريقا مختلفا"]


def test_a_quotation_answered_as_if_expected_stays_a_quote():
    doc = run(make_doc("وعن سؤالنا رد المدرب بثقة وكأنه توقع سماعه: «الفريق قادر على المنافسة حتى آخر جولة»."))
    assert texts(doc) == ["الفريق قادر على المنافسة حتى آخر جولة"]


def test_a_relative_clause_whose_verb_takes_the_head_noun_reports_nothing():
    doc = run(make_doc("وشارك في الحفل مسؤولون من المشروع الذي أعلنت وزارة الإسكان عن تدشينه في مدينة جدة الأسبوع الماضي."))
    assert texts(doc) == []
    doc = run(make_doc("والمبادرة التي أعلن عنها المجلس الشهر الماضي استطاعت أن تجمع تبرعات كبيرة للأسر المحتاجة."))
    assert texts(doc) == []
    doc = run(make_doc("وبالمهارات التي ذكرها الباحث استطاع الطالب أن يبني مشروعه الأول بنجاح."))
    assert texts(doc) == []


def test_a_relative_clause_of_the_speaker_or_of_what_was_said_still_reports():
    doc = run(make_doc("والتقينا بالمدرب سامي الحربي الذي أكد أن الفريق جاهز للمباراة المقبلة."))
    assert texts(doc) == ["أن الفريق جاهز للمباراة المقبلة"]
    doc = run(make_doc("وهو الوضع الذي قالت عنه الوزيرة منى العلي إنه لا يحتمل التأجيل."))
    assert texts(doc) == ["إنه لا يحتمل التأجيل"]
    doc = run(make_doc("ويأتي ذلك في الوقت الذي أعلنت فيه الشرطة عن ضبطها عصابة لسرقة السيارات في المدينة."))
    assert texts(doc) == ["عن ضبطها عصابة لسرقة السيارات في المدينة"]
    doc = run(make_doc("ويأتي ذلك في الوقت الذي كشفت الهيئة العامة للسياحة عن خطتها لتطوير المواقع الأثرية في المنطقة."))
    assert texts(doc) == ["عن خطتها لتطوير المواقع الأثرية في المنطقة"]


def test_the_aforementioned_is_the_writers_back_reference():
    doc = run(make_doc("وعقد المؤتمر أمس. ولا يبرر ما سبق ذكره من صعوبات أن يتأخر الموظف عن عمله المعتاد كل يوم."))
    assert texts(doc) == []
    doc = run(make_doc("وخلاصة الحلول وفقا لما تقدم ذكره؛ تتمحور في الآتي: رفع مستوى الشراكة مع القطاع الخاص."))
    assert texts(doc) == []


def test_a_verbal_noun_whose_object_is_the_relatives_head_is_no_statement():
    doc = run(make_doc("عاد زعيم الخلية التي أعلنت وزارة الداخلية القبض عليها أول من أمس من العراق قبل خمسة أعوام."))
    assert texts(doc) == []
    doc = run(make_doc("وحققت الصفقة التي أعلنت الشركة إتمامها الأسبوع الماضي أرباحا كبيرة للمساهمين."))
    assert texts(doc) == []


def test_a_clause_after_the_relatives_verb_still_reports():
    doc = run(make_doc("وزار الوفد المصنع الذي أكدت الشركة أن إنتاجه سيتضاعف العام المقبل."))
    assert texts(doc) == ["أن إنتاجه سيتضاعف العام المقبل"]
    doc = run(make_doc("والتقى الوفد بالفنان سالم الراشد، والذي أكد بدوره بأن الورشة التي يقدمها تعلم الأطفال الرسم."))
    assert len(texts(doc)) == 1 and "الورشة التي يقدمها" in texts(doc)[0]
