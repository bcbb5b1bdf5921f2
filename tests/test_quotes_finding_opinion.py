"""Quotes layer: opinion verbs, quoted subject names and statements after a naming word (issue #14).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, org, quote_with, run, texts


# --- "رأى" / "يرى" written as the verb: any subject before the clause ------------------------
def test_opinion_verb_with_a_common_noun_subject():
    doc = run(make_doc("ويرى المهندسون العاملون في المصنع أن الإنتاج سيرتفع خلال الأشهر المقبلة."))
    assert quote_with(doc, "الإنتاج سيرتفع").text.startswith("أن الإنتاج")
    doc = run(make_doc("ووفقا للمسح، رأى عدد أكبر من المشاركين أن الخطة لن تنجح في خفض الأسعار."))
    assert quote_with(doc, "الخطة لن تنجح")


def test_the_noun_opinion_and_a_question_are_no_statements():
    assert not run(make_doc("وفي رأي الخبراء أن الأسعار ستتراجع في الربع الأخير.")).quotes
    assert not run(make_doc("سؤال: هل ترى أن الحكومة ستنجح في مهمتها الصعبة؟")).quotes
    assert not run(make_doc("وكان المحلل لا يتراجع لأنه يرى أن كل قرار يتخذه خاطئ.")).quotes


# --- a quoted name right after the verb is its subject ---------------------------------------
def test_quoted_name_then_description_then_clause():
    body = 'وقال "بنك الساحل" أكبر المصارف في المنطقة إن أرباحه ارتفعت في الربع الثاني من العام.'
    doc = run(make_doc(body, ents=[org("بنك الساحل")]))
    q = quote_with(doc, "أرباحه ارتفعت")
    assert q.text.startswith("إن أرباحه") and q.speaker.text == "بنك الساحل"


def test_object_after_a_quoted_subject_starts_after_the_mark():
    body = "واتهمت «منظمة الرصد الدولية» الميليشيات بارتكاب انتهاكات خطيرة في عدة مدن."
    doc = run(make_doc(body, ents=[org("منظمة الرصد الدولية")]))
    assert quote_with(doc, "بارتكاب انتهاكات").text.startswith("الميليشيات")


# --- a naming word in the speaker's description, then what he said ---------------------------
def test_statement_after_a_naming_word_in_the_subject():
    body = 'وقال مخرج الفيلم "لقد صورنا المشاهد في ثلاث دول وكان العمل مرهقا جدا". وأضاف أن العرض قريب.'
    assert quote_with(run(make_doc(body)), "صورنا المشاهد في ثلاث دول")
    body = "ويقول سالم العمري، مؤلف كتاب «رحلة طويلة في صحراء الربع الخالي مع القوافل القديمة»، إنه سعيد."
    assert not any("رحلة طويلة" in t for t in texts(run(make_doc(body))))


# --- an impersonal form with a subject, "وبين أن" after a sentence with "بين", titles on the way --
def test_impersonal_form_with_a_subject_noun_after_it():
    body = "وقال الطبيب إن المرض ما زال منتشرا. ويرى المسؤولون أن العدوى تنتقل بالمخالطة المباشرة فقط."
    assert quote_with(run(make_doc(body)), "العدوى تنتقل بالمخالطة")
    assert not run(make_doc("وقال الطبيب إن المرض ما زال منتشرا. ويذكر أن المستشفى افتتح قبل عامين.")).quotes[1:]


def test_the_verb_bayyana_after_a_sentence_with_between():
    body = "ويجمع المعرض بين القديم والحديث. وبين أن الزوار تضاعفوا خلال الأسبوع الأول من افتتاحه."
    assert quote_with(run(make_doc(body)), "الزوار تضاعفوا")
    assert not run(make_doc("ويقع المبنى بين الحديقة وبين المسجد الكبير في وسط المدينة القديمة.")).quotes


def test_a_title_between_the_verb_and_its_clause():
    body = "وقالت الصحيفة في افتتاحيتها بعنوان «المدينة تنهض من جديد»، إن الإعمار يسير بخطى ثابتة."
    assert quote_with(run(make_doc(body)), "الإعمار يسير").text.startswith("إن الإعمار")


def test_the_verbs_preposition_on_the_complementiser():
    body = "وصرحت مصادر ملاحية بمطار الملك خالد بأنها أوقفت الرحلات ثلاث ساعات بسبب الغبار."
    doc = run(make_doc(body, ents=[("LOC", "مطار الملك خالد", [("مطار الملك خالد", "name")])]))
    assert quote_with(doc, "أوقفت الرحلات").text.startswith("أنها")


def test_a_quotation_never_closed_hides_no_later_sentence():
    body = ("وحسب تقرير «مركز الدراسات المالية، فإن المؤشرات تراجعت تراجعا معتدلا في الربع الثاني. "
            "وذكر التقرير، أن الشكوك لا تزال تحيط بفعالية الحوافز الحكومية في البلاد.")
    assert quote_with(run(make_doc(body)), "الشكوك لا تزال تحيط").text.startswith("أن الشكوك")


# --- estimates -------------------------------------------------------------------------------
def test_an_estimate_with_a_clause_after_time_words():
    body = "وقد قدرت الوزارة في مارس (آذار) الماضي، أن 150 شخصا غادروا البلاد للقتال في الخارج."
    assert quote_with(run(make_doc(body)), "150 شخصا غادروا").text.startswith("أن 150")
    assert not run(make_doc("وقدرت الخسائر الأولية بنحو مليون دولار في المنطقة الصناعية.")).quotes
    assert not run(make_doc("وحاولت قدر ما استطعت أن أهدئ الطفل الصغير قبل وصول أبيه.")).quotes



# --- signs, and relative clauses of the object ----------------------------------------------
def test_words_on_a_sign_are_no_statement():
    body = "وكانت بعض المتاجر تعلق لوحة على بابها تقول «مغلق يوم الجمعة». وقال التاجر إن الإقبال ضعيف هذا الموسم."
    assert [q.cue.text for q in run(make_doc(body)).quotes] == ["قال"]


def test_an_objects_relative_clause_is_no_statement():
    body = "وأشاد بدور إدارة التعليم ومدير المدرسة سالم العتيبي الذي قام بدوره في تهيئة بيئة مثالية للطلاب."
    doc = run(make_doc(body, ents=[("PER", "سالم العتيبي", [("سالم العتيبي", "name")])]))
    assert not any(t.startswith("الذي") for t in texts(doc))


def test_a_short_description_after_the_subject_needs_no_comma():
    body = "وقال خالد العمري وهو صاحب الورشة إنه يصلح جميع الأسلحة المعطوبة خلال أيام قليلة."
    doc = run(make_doc(body, ents=[("PER", "خالد العمري", [("خالد العمري", "name")])]))
    assert quote_with(doc, "يصلح جميع الأسلحة").text.startswith("إنه")
    body = "وقال خالد العمري وهو يعلم أن الناس ينتظرون الحل منذ أشهر طويلة."
    assert not run(make_doc(body, ents=[("PER", "خالد العمري", [("خالد العمري", "name")])])).quotes
