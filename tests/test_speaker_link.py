"""Speaker spans and links: the right person reached through a title, a rank or a cut-short name.

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, quote_with, run


def test_repeated_description_takes_the_name_it_stood_before():
    body = ("وقال مدير الشركة الوطنية للنقل سامر الحداد إن الحافلات الجديدة تصل الشهر المقبل. "
            "ثم جرى افتتاح المعرض بحضور عدد من الزوار. "
            "وأكد مدير الشركة الوطنية للنقل أن أسعار التذاكر لن ترتفع هذا العام.")
    doc = run(make_doc(body, ents=[("PER", "سامر الحداد", [("سامر الحداد", "name")])]))
    assert quote_with(doc, "أسعار التذاكر لن ترتفع").speaker.entity == "e1"


def test_repeated_description_with_an_unknown_name():
    body = ("وقال سفير كندا لدى الأردن مارك بيرنز إن بلاده تدعم مشاريع المياه في المنطقة. "
            "وجرت المباحثات في مقر الوزارة. "
            "وأشار سفير كندا لدى الأردن إلى أن التعاون سيتوسع في قطاع الطاقة.")
    doc = run(make_doc(body, ents=[("LOC", "كندا", [("كندا", "name")]), ("LOC", "الأردن", [("الأردن", "name")])]))
    assert quote_with(doc, "التعاون سيتوسع").speaker.text == "مارك بيرنز"


def test_first_name_ali_after_a_place_closes_a_description():
    body = "وقال السفير المغربي لدى اليابان علي بنعيسى إن الزيارة ناجحة جدا."
    doc = run(make_doc(body, ents=[("LOC", "اليابان", [("اليابان", "name")])]))
    assert quote_with(doc, "الزيارة ناجحة").speaker.text == "علي بنعيسى"


def test_preposition_is_no_definite_word_before_a_name():
    body = "وتطرق المندوب الدائم إلى اتفاق الشراكة الجديد، مؤكدا أن المفاوضات انتهت بنجاح."
    doc = run(make_doc(body))
    speaker = quote_with(doc, "المفاوضات انتهت").speaker
    assert speaker is None or not speaker.text.startswith("اتفاق")


def test_rank_before_a_name_is_dropped():
    body = "وقال العميد حسان الراشد إن قوات الدفاع المدني أخمدت الحريق خلال ساعة."
    doc = run(make_doc(body))
    assert quote_with(doc, "أخمدت الحريق").speaker.text == "حسان الراشد"


def test_title_before_a_surname_named_earlier_is_dropped():
    body = ("التقى الوزير كمال برادة وفدا من المستثمرين. "
            "وبحسب الوزير برادة فإن المشروع سيوفر ألفي وظيفة.")
    doc = run(make_doc(body))
    assert quote_with(doc, "سيوفر ألفي وظيفة").speaker.text == "برادة"


def test_description_with_spokesman_is_not_cut_to_a_name():
    body = ("وتحدث قائد الفرقة عن العملية. وقال المتحدث باسم الفرقة إن الهجوم انتهى، "
            "وأضاف المتحدث الرسمي أن الخسائر محدودة.")
    doc = run(make_doc(body))
    assert quote_with(doc, "الهجوم انتهى").speaker.text == "المتحدث باسم الفرقة"


def test_compound_given_name_is_not_cut_after_its_first_word():
    body = "وقال سيف الدين مراد إن الاتفاق لا يشمل الموانئ."
    doc = run(make_doc(body))
    assert quote_with(doc, "لا يشمل الموانئ").speaker.text == "سيف الدين مراد"


def test_time_clause_after_a_title_is_no_name():
    body = ("وحضر الحفل محافظ المدينة جمال السعيد ومدير التعليم. "
            "وأوضح محافظ المدينة عند افتتاح المعرض أن المدينة تستقبل آلاف الزوار.")
    doc = run(make_doc(body, ents=[("PER", "جمال السعيد", [("جمال السعيد", "name")])]))
    speaker = quote_with(doc, "تستقبل آلاف الزوار").speaker
    assert speaker.entity == "e1"
    assert "عند" not in speaker.text


def test_asked_person_in_a_when_clause_answers():
    body = ("عند سؤال الخبير نادر الفارس عن أسباب الأزمة في الأسواق؟ "
            "أجاب: «الطلب ارتفع والعرض بقي كما هو».")
    doc = run(make_doc(body, ents=[("PER", "نادر الفارس", [("نادر الفارس", "name")])]))
    assert quote_with(doc, "الطلب ارتفع").speaker.entity == "e1"


def test_report_issuer_named_in_brackets_speaks():
    body = ("وأوضح التقرير الصادر عن مؤسسة (نجوم للاستشارات) المالية أن أسعار العقار تراجعت. "
            "وأضاف أن الطلب على الشقق الصغيرة ما زال قويا.")
    doc = run(make_doc(body))
    assert quote_with(doc, "أسعار العقار تراجعت").speaker.text == "نجوم للاستشارات"
    assert quote_with(doc, "الطلب على الشقق").speaker.text == "نجوم للاستشارات"


def test_name_cut_before_its_title_is_completed():
    body = "وذكر خالد منير حداد الناطق باسم البلدية أن الطريق سيفتح غدا."
    doc = run(make_doc(body, ents=[("PER", "خالد منير", [("خالد منير", "name")])]))
    speaker = quote_with(doc, "الطريق سيفتح").speaker
    assert (speaker.entity, speaker.text) == ("e1", "خالد منير حداد")


def test_word_joining_a_title_is_no_surname():
    body = "وقال سامي الخطيب مساعد المدير العام للشركة إن الرحلات ستعود الأسبوع المقبل."
    doc = run(make_doc(body, ents=[("PER", "سامي الخطيب", [("سامي الخطيب", "name")])]))
    assert quote_with(doc, "الرحلات ستعود").speaker.text == "سامي الخطيب"


def test_headline_description_takes_the_name_in_the_body():
    title = "المتحدث باسم الدفاع المدني: الحريق تحت السيطرة"
    body = "أكد المتحدث باسم الدفاع المدني نبيل الحسون أن فرق الإطفاء حاصرت النيران في المستودع."
    doc = run(make_doc(body, title=title))
    assert quote_with(doc, "الحريق تحت السيطرة").speaker.text == "نبيل الحسون"


def test_name_after_a_quoted_body_closes_the_description():
    body = "وقال مدير عام «مؤسسة الموانئ» سمير الساعدي: إن الرصيف الجديد يعمل منذ الصباح."
    doc = run(make_doc(body))
    assert quote_with(doc, "الرصيف الجديد يعمل").speaker.text == "سمير الساعدي"


def test_unnamed_source_repeated_stays_unnamed():
    body = ("وقال مصدر أمني إن الحدود مغلقة منذ يومين. "
            "وأضاف المصدر نفسه أن الدوريات ستستمر طوال الأسبوع.")
    doc = run(make_doc(body))
    speaker = quote_with(doc, "الدوريات ستستمر").speaker
    assert speaker is None or speaker.entity is None


def test_object_before_a_title_and_its_holder_is_no_surname():
    body = "واتهم مراد سالم حكومة الرئيس فادي نصار بإهمال القرى، قائلا إن الطرق مقطوعة."
    doc = run(make_doc(body, ents=[("PER", "مراد سالم", [("مراد سالم", "name")]),
                                   ("PER", "فادي نصار", [("فادي نصار", "name")])]))
    assert quote_with(doc, "الطرق مقطوعة").speaker.text == "مراد سالم"


def test_words_after_a_compound_name_that_go_on_are_no_name():
    body = "وقال رسول الله صلى الله عليه وسلم إن الدين يسر."
    doc = run(make_doc(body))
    assert quote_with(doc, "الدين يسر").speaker.text == "رسول الله"


def test_addressee_before_the_speaker_is_skipped():
    body = "وفي السوق القديم قال لي أحد التجار إن الأسعار تضاعفت منذ الشتاء."
    doc = run(make_doc(body))
    speaker = quote_with(doc, "الأسعار تضاعفت").speaker
    assert speaker is None or not speaker.text.startswith("لي")


def test_bare_preposition_is_no_speaker():
    body = "وذكر مسؤول بارز في البلدية، أكد لـ«الصحيفة» أن المشروع متوقف منذ أشهر."
    doc = run(make_doc(body))
    speaker = quote_with(doc, "المشروع متوقف").speaker
    assert speaker is None or speaker.text not in ("لـ", "ل")
