"""Quotes layer: statement forms found missing or wrongly taken in the gold errors of develop2.

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, org, person, quote_with, run, texts


# --- "خلص إلى أن"، "عرج على أن": verbs that report only a clause after their preposition ------
def test_a_study_concludes_that():
    body = "وخلصت الدراسة التي أعدها فريق من الباحثين إلى أن معدلات البطالة ستنخفض خلال العامين المقبلين."
    q = quote_with(run(make_doc(body)), "معدلات البطالة ستنخفض")
    assert q.cue.text == "خلصت" and q.text.startswith("أن معدلات")


def test_the_speaker_turns_to_a_further_point():
    body = "ونفى سامي العتيبي، بيع الشركة لأحد مصانعها إلى شركة أخرى، معرجا على أنه لا حاجة لتغيير الخطة الحالية."
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "لا حاجة لتغيير الخطة").cue.text == "معرجا"
    # the participle closes the denial: its noun phrase is a statement of its own
    assert quote_with(doc, "بيع الشركة لأحد مصانعها").cue.text == "نفى"


def test_stopping_at_a_place_says_nothing():
    body = "وكان المسافرون يعرجون على السوق فيشترون حاجاتهم، ومن الغريب أن الأسعار لم تتغير منذ سنوات."
    assert texts(run(make_doc(body))) == []


def test_a_conclusion_of_nouns_governs_no_quotation():
    body = "وخلصت اللجنة التي راجعت المنتجات الحاملة لعلامة «خال من المواد الضارة» إلى نتائج مقلقة للغاية."
    assert texts(run(make_doc(body))) == []


def test_a_point_turned_to_without_a_clause_stays_in_the_statement():
    body = ("وكشف سامي العتيبي أن السوق تشهد ارتفاعا كبيرا في الأسعار سببه العشوائية، معرجا إلى نظام "
            "الإيجار الذي لم يحقق أهدافه منذ تطبيقه.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "السوق تشهد ارتفاعا").text.endswith("منذ تطبيقه")


def test_the_clause_of_a_later_verb_is_not_the_point_turned_to():
    body = ("وكشف سامي العتيبي أن السوق تشهد ارتفاعا كبيرا في الأسعار، معرجا إلى نظام الإيجار الذي لم يحقق "
            "أهدافه، مشيرا إلى أن المراهنة عليه لم تنجح.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "السوق تشهد ارتفاعا").text.endswith("لم يحقق أهدافه")
    assert quote_with(doc, "المراهنة عليه لم تنجح").cue.text == "مشيرا"


# --- "وجاء في التعميم، أن ...": texts that speak only through "جاء في" / "ورد في" -------------
def test_what_a_circular_says():
    body = "وأصدر الوزير تعميما للمدارس. وجاء في التعميم، أن من بين الضوابط أن تطبق المناهج المعتمدة في كل مرحلة."
    q = quote_with(run(make_doc(body)), "من بين الضوابط")
    assert q.cue.text == "وجاء" and q.speaker.text == "التعميم"


def test_what_an_article_says():
    body = "وجاء في مقال الكاتب سامي العتيبي أن المدينة تحتاج إلى مزيد من الحدائق العامة."
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "المدينة تحتاج إلى مزيد").cue.text == "وجاء"


def test_a_circular_issued_is_no_statement():
    body = "وأصدر الوزير تعميما يقضي بتطبيق الزي الموحد في جميع المدارس الحكومية."
    assert texts(run(make_doc(body))) == []


def test_a_modal_clause_after_a_column_is_the_writer_s():
    body = "فقد جاء في المقال السابق التأكيد على متابعة البلدية، ويمكن أن نضيف على ذلك ما يلي من الملاحظات."
    assert texts(run(make_doc(body))) == []


# --- forms the lexicon lacked: the dual "اعتبرا"، "أجابه"، "اشتكى من أن" ------------------------
def test_a_dual_verb_has_its_subject_in_it():
    body = "وعقد النائبان مؤتمرا صحفيا. واعتبرا القرار نوعا من تضييق الخناق على النواب في البرلمان."
    q = quote_with(run(make_doc(body)), "نوعا من تضييق")
    assert q.text.startswith("القرار نوعا")


def test_a_group_that_holds_a_view_reports_nothing():
    body = "ويسعد المرضى الذين اعتبروا مثل هذه الزيارات دافعا ومحفزا لهم على الشفاء."
    assert texts(run(make_doc(body))) == []


def test_he_answered_him_that():
    body = "وبحث الوزير الأمر مع سامي العتيبي. فأجابه بأن المشروع لم يطرح بعد على الحكومات الأوروبية."
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "المشروع لم يطرح بعد").cue.text == "أجابه"


def test_a_complaint_that():
    body = "واشتكى سكان الحي، الذين تجمعوا أمام البلدية، من أن الكهرباء لا تصلهم سوى ساعات قليلة."
    assert quote_with(run(make_doc(body)), "الكهرباء لا تصلهم").cue.text == "اشتكى"


def test_a_complaint_of_a_pain_is_no_statement():
    body = "وشكت الأسر من انقطاع الكهرباء طوال الأسبوع، ومن الغريب أن الشركة لم ترد على أحد."
    assert texts(run(make_doc(body))) == []


def test_his_answer_is_a_noun():
    body = "وكنت أتوقع إجابته كما قالها تماما، ولكني أردت أن أستوثق منه بنفسي قبل كتابة هذا المقال."
    assert all(q.cue.text != "إجابته" for q in run(make_doc(body)).quotes)


# --- "وفق فلان،"، "حسب التقرير" inside their sentence: the whole sentence is the source's ---------
def test_according_to_a_person_inside_the_sentence():
    body = "وفي حال سيطرت الفصائل على البلدة، يصبح بإمكانها، وفق سامي العتيبي، التقدم باتجاه الجبال الغربية."
    q = quote_with(run(make_doc(body, ents=[person("سامي العتيبي")])), "التقدم باتجاه الجبال")
    assert q.cue.text == "وفق" and q.text.startswith("وفي حال سيطرت")


def test_according_to_the_report_inside_the_sentence():
    body = "وارتفع إجمالي الإنفاق الحكومي في دول المجلس حسب التقرير بواقع خمسة في المائة خلال العام الماضي."
    q = quote_with(run(make_doc(body)), "ارتفع إجمالي الإنفاق")
    assert q.cue.text == "حسب" and q.text.startswith("وارتفع إجمالي")


def test_according_to_a_schedule_is_nobody_s_word():
    body = "وتسير الأعمال حسب الجدول الزمني المحدد لها دون أي تأخير يذكر في المشروع."
    assert texts(run(make_doc(body))) == []


def test_the_source_of_a_quoted_phrase_inside_a_sentence():
    body = ("ورغم أن باريس كانت الأكثر تشددا وأنها جعلت الاتفاق «أكثر صلابة» بحسب تعبير سامي العتيبي، إلا أن "
            "ذلك لم يمنع ظهور تحفظات عليه.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert all(not q.text.startswith("ورغم أن باريس") for q in doc.quotes)


# --- "بما يشير إلى أن": the writer's inference, not a statement ----------------------------------
def test_which_shows_that_is_the_writer_s_inference():
    body = "وتسارع نمو قطاع الأعمال في المنطقة الشهر الماضي بما يشير إلى أن التعافي الاقتصادي يسير في الاتجاه الصحيح."
    assert texts(run(make_doc(body))) == []


def test_what_the_director_pointed_out_is_his_statement():
    body = "وأشاد الوزير بما أشار إليه المدير من أن المشروع سينتهي قريبا في موعده المحدد."
    assert quote_with(run(make_doc(body)), "المشروع سينتهي قريبا").cue.text == "أشار"


# --- "ووجد الباحثون أن"، "وقدر الجيش أن": verbs spelled like nouns, cues only with a subject ----
def test_researchers_found_that():
    body = "وأجرى فريق من الجامعة تجربة على مئتي متطوع. ووجد الباحثون أن المشي اليومي يخفض ضغط الدم لدى كبار السن."
    q = quote_with(run(make_doc(body)), "المشي اليومي يخفض")
    assert q.cue.text == "وجد" and q.kind == "indirect"


def test_an_army_estimated_that():
    body = "وقدر الجيش أن استعادة المدينة ستحتاج إلى أربعة ألوية على الأقل خلال الأشهر المقبلة."
    assert quote_with(run(make_doc(body)), "استعادة المدينة ستحتاج").cue.text == "قدر"


def test_the_passive_found_and_the_noun_amount_say_nothing():
    body = ("ووجد أن أغلب المباني القديمة في الحي تحتاج إلى ترميم عاجل. "
            "وقدر كبير من السكان غادروا الحي بعد أن ارتفعت الإيجارات.")
    assert texts(run(make_doc(body))) == []


def test_found_without_a_subject_goes_on_with_the_statement():
    body = ("وقال اللاعب إن الأجواء في النادي رائعة ووجدت ترحيبا كبيرا منذ وصولي إلى المدينة. "
            "وأكد الطبيب أن المرض يصيب بعض الرجال حيث وجد أن ثلثهم لا يعرفون أعراضه.")
    doc = run(make_doc(body, ents=[person("اللاعب")]))
    assert quote_with(doc, "الأجواء في النادي").text.endswith("منذ وصولي إلى المدينة")
    assert quote_with(doc, "المرض يصيب").text.endswith("لا يعرفون أعراضه")


# --- the preposition written apart, "وفقا لـ «X»"; a relative clause describing the source ----------
def test_according_to_an_agency_with_its_preposition_apart():
    body = 'وتراجعت البورصة أمس. ووفقا لـ "رويترز"، فقد هبط المؤشر الرئيسي بنسبة اثنين في المئة خلال التداولات.'
    doc = run(make_doc(body, ents=[org("رويترز")], sources=[("رويترز", "e1")]))
    q = quote_with(doc, "هبط المؤشر الرئيسي")
    assert q.cue.text == "ووفقا" and q.speaker is not None and q.speaker.text == "رويترز"


def test_according_to_a_club_described_by_a_relative_clause():
    body = ('مدد الحارس ماجد الشهري عقده مع نادي الوحدة لثلاثة أعوام بحسب ما أعلن النادي الذي يلعب في '
            'دوري الدرجة الأولى مساء الخميس، وقال الحارس في تغريدة: "سعيد بالبقاء مع فريقي".')
    doc = run(make_doc(body, ents=[person("ماجد الشهري", "الحارس"), org("نادي الوحدة")]))
    q = quote_with(doc, "مدد الحارس ماجد الشهري عقده")
    assert q.cue.text == "بحسب" and q.text.endswith("لثلاثة أعوام")
    assert quote_with(doc, "سعيد بالبقاء").cue.text == "قال"


def test_a_quotation_before_a_source_described_at_length_stays_direct():
    body = ('وبالنسبة للطلاب فقد يكون من الممكن تقليل الدين، «فالحاسبة تخبرك '
            'بما سيتراكم عليك بعد عشر سنوات»، حسب منى الحربي التي سددت قرضها قبل موعده بعامين كاملين.')
    doc = run(make_doc(body, ents=[person("منى الحربي")]))
    q = quote_with(doc, "فالحاسبة تخبرك")
    assert q.kind == "direct" and q.text.startswith("فالحاسبة") and q.cue.text == "حسب"


def test_an_agency_relaying_a_speaker_is_no_statement_of_its_own():
    body = 'وتراجعت البورصة أمس. ووفقا لـ "رويترز"، فقد ذكر محلل في بنك كبير أن المؤشر سيواصل الهبوط هذا الأسبوع.'
    doc = run(make_doc(body, ents=[org("رويترز")], sources=[("رويترز", "e1")]))
    assert quote_with(doc, "المؤشر سيواصل الهبوط").cue.text == "ذكر"


def test_according_to_an_unnamed_thing_described_by_a_relative_clause_is_no_attribution():
    body = ('ويستطيع النادي أن يوقع مع المدرب بأي مبلغ وفق العرض الذي تفرضه خبرته ومسيرته الطويلة في الملاعب '
            'الأوروبية، ويرى أنصاره أن ذلك ممكن.')
    assert all(not q.cue.text.startswith("وفق") for q in run(make_doc(body)).quotes)


def test_an_attribution_after_a_figure_closes_its_statement():
    body = "وارتفع عدد المسافرين عبر المطار خلال الصيف إلى 120 ألفا بحسب ما أعلنت الهيئة العامة للطيران."
    doc = run(make_doc(body, ents=[org("الهيئة العامة للطيران")]))
    q = quote_with(doc, "وارتفع عدد المسافرين")
    assert q.cue.text == "بحسب" and q.text.endswith("ألفا")
