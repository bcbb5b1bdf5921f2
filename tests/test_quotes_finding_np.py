"""Quotes layer: noun-phrase statements and what is no statement (issue #14).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, org, person, quote_with, run, texts


def test_a_prayer_is_no_statement():
    body = ("وزار الأمير المرضى في المستشفى، داعياً الله أن يمن عليهم بالشفاء العاجل. "
            "وقال الأمير إن العمل جبان، داعياً سموه المولى أن يحفظ البلاد من كل سوء. "
            "ودعا عبد الله الناس إلى التبرع بالدم في المستشفيات القريبة.")
    doc = run(make_doc(body, ents=[("PER", "عبد الله", [("عبد الله", "name")])]))
    assert not any("الشفاء" in t or "يحفظ البلاد" in t for t in texts(doc))
    assert quote_with(doc, "التبرع بالدم")


def test_an_unnamed_body_announces_an_event():
    body = ("وقصفت الطائرات مواقع في الجبال، وقد أعلنت سلطات الإقليم عن سقوط مدنيين جراء الغارات الأخيرة. "
            "وأعلنت القوات الحكومية مقتل عشرة مسلحين في اشتباكات قرب الحدود.")
    doc = run(make_doc(body))
    assert quote_with(doc, "سقوط مدنيين جراء الغارات")
    assert quote_with(doc, "مقتل عشرة مسلحين")


def test_the_latter_announces_for_the_one_named_before():
    body = ("شكر رئيس النادي خالد السالم رئيس الاتحاد بعد أن أعلن الأخير عن دعمه الكامل للفريق في البطولة القارية.")
    doc = run(make_doc(body, ents=[("PER", "خالد السالم", [("خالد السالم", "name")])]))
    assert quote_with(doc, "دعمه الكامل للفريق")


def test_a_set_phrase_before_the_object_of_a_participle():
    body = "وقال المدير إن الحملات مستمرة، مؤكدا في الوقت ذاته استمرار الجولات الرقابية على المحلات في المدينة."
    doc = run(make_doc(body))
    assert quote_with(doc, "استمرار الجولات الرقابية").text.startswith("استمرار")


def test_a_quotation_inside_the_subject_before_the_verbs_clause():
    body = ('وأشارت نتائج دراسة عن "الشباب الذين يبحثون عن عمل في الخارج" إلى أن نصف الخريجين '
            "يفكرون في الهجرة خلال عامين.")
    doc = run(make_doc(body))
    assert texts(doc) == ["أن نصف الخريجين يفكرون في الهجرة خلال عامين"]


def test_a_verb_form_after_a_preposition_is_a_verbal_noun():
    body = "وفسر المحلل إصرار الوزير على ذكر الأرقام بأنه محاولة لطمأنة الأسواق المحلية والخارجية."
    assert not any(q.cue.text == "ذكر" for q in run(make_doc(body)).quotes)


def test_a_report_points_to_a_noun_phrase():
    body = "وأشار التقرير إلى قرار المجلس بتكليف البلدية متابعة المقاولين في الأحياء الجديدة."
    assert quote_with(run(make_doc(body)), "قرار المجلس بتكليف البلدية").cue.text == "أشار"


def test_bayyana_before_a_titled_subject_and_a_clause_is_the_verb():
    body = ("وبين تقرير اقتصادي أن ثلث الشركات الصغيرة نقلت أعمالها إلى الخارج. "
            "ووزعت الجمعية المساعدات بين المدن والقرى التي تضررت من السيول.")
    doc = run(make_doc(body))
    assert texts(doc) == ["أن ثلث الشركات الصغيرة نقلت أعمالها إلى الخارج"]


def test_a_named_subject_between_commas_before_a_content_noun():
    body = "وأعلنت منسقة السياسة الخارجية في الاتحاد، هيلين فالدو، اعتزامها زيارة العاصمة قريبا."
    doc = run(make_doc(body, ents=[("PER", "هيلين فالدو", [("هيلين فالدو", "name")])]))
    assert quote_with(doc, "اعتزامها زيارة العاصمة")


# --- "according to" ---------------------------------------------------------------------
def test_according_to_a_source_with_a_description_between_commas():
    body = "وحسب خالد العمري، أحد منظمي الحملة، فإن نحو ألف متطوع شاركوا في تنظيف الشواطئ."
    doc = run(make_doc(body, ents=[("PER", "خالد العمري", [("خالد العمري", "name")])]))
    assert texts(doc) == ["إن نحو ألف متطوع شاركوا في تنظيف الشواطئ"]


def test_according_to_an_explicit_source_closing_a_sentence_without_a_comma():
    body = ("وغاب اللاعب عن المباراة بعد أن تم استبعاده من القائمة النهائية بحسب ما أكده الاتحاد المحلي. "
            "وسيبقى الوفد في العاصمة ثلاثة أيام وفقا لـ«وكالة الأنباء الرسمية». "
            "وتوزع المساعدات على الأسر المحتاجة بحسب الحاجة. "
            "ويمكنك تصفح الصفحات بسهولة وفقا لزاوية ميلان الجهاز.")
    doc = run(make_doc(body, ents=[("ORG", "وكالة الأنباء الرسمية", [("وكالة الأنباء الرسمية", "name")]),
                                   ("LOC", "ميلان", [("ميلان", "name")])]))
    assert texts(doc) == ["وغاب اللاعب عن المباراة بعد أن تم استبعاده من القائمة النهائية",
                          "وسيبقى الوفد في العاصمة ثلاثة أيام"]


def test_a_quotation_before_according_to_in_the_middle_of_a_sentence():
    body = "هذه المخطوطة «المقدرة قيمتها بأكثر من مليون دولار»، بحسب الجمارك، تعود ملكيتها إلى تاجر معروف."
    doc = run(make_doc(body, ents=[("ORG", "الجمارك", [("الجمارك", "name")])]))
    assert quote_with(doc, "المقدرة قيمتها").cue.text == "بحسب"


def test_fahasb_is_only():
    body = "ولا يريد المرشح أن يركز الناخبون على اسمه الأول فحسب، بل على برنامجه الانتخابي كله."
    assert texts(run(make_doc(body))) == []


def test_a_reported_clause_goes_on_through_the_answer_after_a_semicolon():
    body = ("وقال الموقع البريطاني: إنه برغم أن الهاتف الجديد يعد الأنحف في السوق؛ فإن شركات أخرى تبيع أجهزة "
            "أقل سمكا. وقال المدير إن الطلب مرتفع؛ وأضاف أن المخزون يكفي لشهر.")
    doc = run(make_doc(body))
    assert quote_with(doc, "برغم أن الهاتف").text.endswith("تبيع أجهزة أقل سمكا")
    assert quote_with(doc, "إن الطلب مرتفع").text == "إن الطلب مرتفع"


def test_a_quotation_after_a_head_noun_is_the_name_of_a_body():
    body = ("وأكدت شركة «الخليج للاستشارات العقارية» في تقرير حديث أن أسعار المكاتب سترتفع العام المقبل. "
            "وقالت مديرة «التحالف من أجل حماية الأطفال» إن الأوضاع تدهورت كثيرا في المخيمات. "
            "وقال مسؤول «لن نسمح بتكرار ما حدث في المدينة».")
    doc = run(make_doc(body))
    assert texts(doc) == ["أن أسعار المكاتب سترتفع العام المقبل", "إن الأوضاع تدهورت كثيرا في المخيمات",
                          "لن نسمح بتكرار ما حدث في المدينة"]


def test_a_short_quotation_before_according_to_at_the_sentence_end_leaves_the_sentence_to_x():
    body = "وقد رد الجيش بعملية أمنية استمرت خمسة أيام، قتل خلالها عشرون «مسلحا»، وفقا لما أعلنه المتحدث العسكري."
    doc = run(make_doc(body))
    assert quote_with(doc, "رد الجيش بعملية أمنية").cue.text == "وفقا"


def test_an_unclosed_quotation_after_a_head_noun_is_read_without_failing():
    # a mark opened and never closed ("مديرة «المركز ... إن"): the layer goes on, nothing is cut at None
    for body in ("وأكدت مديرة «المركز الوطني للدراسات إن الوضع مستقر في المدينة ولا داعي للقلق.",
                 "وأكدت شركة «النقل البحري أن الرحلات ستستأنف الأسبوع المقبل بعد توقف طويل."):
        doc = run(make_doc(body))
        for q in doc.quotes:
            assert doc.text[q.start : q.end] == q.text


def test_verbal_noun_of_an_action_opens_the_content():
    # "أوضح X قيام Y بـ...": what was done is the content of the statement
    body = "وأوضح المتحدث الرسمي باسم وزارة الصحة سالم الحربي قيام الوزير بتشكيل لجنة للتحقيق في الحادثة."
    doc = run(make_doc(body, ents=[("PER", "سالم الحربي", [("سالم الحربي", "name")])]))
    q = quote_with(doc, "قيام الوزير بتشكيل لجنة")
    assert q.speaker.entity == "e1"


def test_ruling_out_an_event_is_a_statement_but_not_a_player():
    said = run(make_doc("واستبعد الوزير سالم الحربي وقوع مواجهة عسكرية في المنطقة خلال الأشهر المقبلة.",
                        ents=[("PER", "سالم الحربي", [("سالم الحربي", "name")])]))
    assert quote_with(said, "وقوع مواجهة عسكرية").speaker.entity == "e1"
    dropped = run(make_doc("استبعد المدرب اللاعب من قائمة المباراة المقبلة بسبب الإصابة."))
    assert dropped.quotes == []


def test_a_recorded_result_or_a_departure_opens_the_content():
    body = ("وبعد نهاية التداول أعلنت الشركة تسجيل نمو في أرباحها الفصلية بفضل ارتفاع المبيعات. "
            "وأكد مصدر طبي في المنطقة خروج معظم المصابين من المستشفى بعد تلقيهم العلاج.")
    doc = run(make_doc(body))
    assert quote_with(doc, "تسجيل نمو في أرباحها").text.startswith("تسجيل")
    assert quote_with(doc, "خروج معظم المصابين").text.startswith("خروج")


def test_a_short_object_of_a_participle_headed_by_a_content_noun():
    body = ("وتحفظت الحكومة على بيان اللجنة، مؤكدة دعمها «الكامل» للاتفاق، وفق ما نشرته وكالة الأنباء. "
            "وغادر الوفد المدينة، مؤكدا السفر غدا.")
    doc = run(make_doc(body))
    assert quote_with(doc, "دعمها «الكامل» للاتفاق").text == "دعمها «الكامل» للاتفاق"
    assert not any("السفر غدا" in t for t in texts(doc))  # three words with no noun of speech: too short


def test_a_militia_makes_an_accusation():
    body = "واتهمت ميليشيا الحرس الشعبي الجماعات المتشددة بقصف المدارس في الأحياء الشرقية من المدينة."
    assert quote_with(run(make_doc(body)), "بقصف المدارس في الأحياء").cue.text == "اتهمت"


def test_the_quoted_title_of_a_film_or_book_is_no_statement():
    body = ("وقال مدير المهرجان إن الدورة ستفتتح بالفيلم الإيطالي «رحلة طويلة نحو البحر البعيد». "
            "وأضاف الروائي أن روايته الأخيرة «أيام في مدينة الضباب والمطر» ترجمت إلى لغات عدة. "
            "وقال المتحدث باسم الهيئة الملكية «إن المشروع سيكتمل خلال العام المقبل».")
    doc = run(make_doc(body))
    assert not any(q.kind == "direct" and ("رحلة طويلة" in q.text or "مدينة الضباب" in q.text) for q in doc.quotes)
    assert quote_with(doc, "المشروع سيكتمل خلال").kind == "direct"


def test_a_condition_or_a_teaching_is_no_statement():
    body = ("ويتيح النظام الجديد للشركات الأجنبية تملك المباني شريطة أن تكون في المناطق الاقتصادية. "
            "ونرفض الإساءة استنادا إلى تعاليم الدين الذي أمرنا بأن نحترم الجار ونحفظ الأمانة. "
            "واستنادا إلى مصادر في الوزارة، فإن القرار سيصدر خلال أيام قليلة.")
    doc = run(make_doc(body))
    assert not any("المناطق الاقتصادية" in t or "نحترم الجار" in t for t in texts(doc))
    assert quote_with(doc, "القرار سيصدر خلال أيام")


def test_who_are_expected_to_is_no_statement():
    body = ("وأوقفت الشرطة ثلاثة شبان والذين يتوقع أن يمثلوا أمام القاضي يوم الخميس بتهمة التخطيط لهجوم. "
            "وضبطت القوات الأسلحة التي يعتقد أنها مهربة من الخارج عبر الحدود الشمالية. "
            "ويتوقع الخبراء أن ترتفع أسعار النفط خلال الأشهر المقبلة.")
    doc = run(make_doc(body))
    assert not any("يمثلوا أمام القاضي" in t or "مهربة من الخارج" in t for t in texts(doc))
    assert quote_with(doc, "ترتفع أسعار النفط")


def test_a_reported_clause_goes_on_past_a_semicolon_after_a_name():
    body = ("وأفادت مصادر محلية بأن العقيد سالم الحربي؛ قائد القوات المتمردة في الجنوب فر من المعسكر "
            "بعد محاصرته.")
    doc = run(make_doc(body, ents=[("PER", "سالم الحربي", [("سالم الحربي", "name")])]))
    assert quote_with(doc, "فر من المعسكر").text.startswith("أن العقيد سالم الحربي")


def test_a_title_or_a_slogan_after_a_colon_is_no_statement():
    body = ("وأصدرت الدار كتابا عنوانه: «قصة المدينة القديمة وأسرار أسواقها» هذا الشهر. "
            "وصار للحملة شعار آخر يقول: «معا من أجل مدينة نظيفة». "
            "وقال أحدهم في الفيلم: «لم نعد نخاف من البحر بعد تلك الليلة الطويلة». "
            "وقال الوزير: «سنواصل العمل حتى تحقيق كل الأهداف».")
    doc = run(make_doc(body))
    assert not any("أسرار أسواقها" in t or "مدينة نظيفة" in t for t in texts(doc))
    assert quote_with(doc, "لم نعد نخاف من البحر")
    assert quote_with(doc, "سنواصل العمل حتى")


def test_a_long_phrase_quoted_after_a_preposition_does_not_continue_the_speaker():
    body = ("وقال الخبير: «الإعلام الجديد غير قواعد اللعبة تماما في المنطقة». "
            "وتحولت المنصات الرقمية بعد ذلك إلى «ساحة كبيرة للشائعات والأخبار الكاذبة التي لا يعرف أحد مصدرها».")
    doc = run(make_doc(body))
    assert quote_with(doc, "الإعلام الجديد غير")
    assert not any("ساحة كبيرة للشائعات" in t for t in texts(doc))


def test_a_naming_word_ending_the_headline_leaves_the_first_verb_of_the_body_alone():
    doc = run(make_doc("قال رئيس البلدية إن مشروع الطريق الجديد سيكتمل قبل الصيف المقبل.",
                       title="حملة جديدة على الإنترنت تحت وسم"))
    assert quote_with(doc, "مشروع الطريق الجديد سيكتمل").cue.text == "قال"


def test_a_plural_object_after_a_continuation_verb_is_no_subject():
    # "المشاركين" in -ين is the object of "طالب"/"دعا"; the speaker is the one named before
    body = ("أشاد المدرب سامي الجابر بأداء الفريق في المعسكر، وطالب اللاعبين بمضاعفة جهودهم في الأسابيع المقبلة "
            "قبل انطلاق الموسم. ودعا المشاركين إلى الالتزام بمواعيد التدريب الصباحية والمسائية.")
    doc = run(make_doc(body, ents=[("PER", "سامي الجابر", [("سامي الجابر", "name")])]))
    for anchor in ("بمضاعفة جهودهم في الأسابيع", "الالتزام بمواعيد التدريب"):
        q = quote_with(doc, anchor)
        assert q.text.startswith("ال") and q.speaker is not None and q.speaker.entity == "e1"


def test_a_named_subject_then_the_object_of_a_verb_of_judging():
    body = "واعتبرت هيئة السياحة المهرجانات أحد أهم الروافد التي تدعم الاقتصاد المحلي في المحافظات."
    doc = run(make_doc(body, ents=[("ORG", "هيئة السياحة", [("هيئة السياحة", "name")])]))
    q = quote_with(doc, "أحد أهم الروافد")
    assert q.text.startswith("المهرجانات") and q.speaker.entity == "e1"


def test_a_noun_of_a_reported_result_ends_the_subject():
    body = "وبعد إغلاق السوق، أعلنت الشركة تسجيل نمو كبير في أرباح النصف الأول من العام الحالي."
    q = quote_with(run(make_doc(body)), "نمو كبير في أرباح")
    assert q.text.startswith("تسجيل")


def test_point_out_with_a_content_noun_and_no_preposition():
    body = "ولفت مدير الهيئة سالم الفهد وجود نقص في أعداد الفنيين المؤهلين في المصانع الصغيرة."
    doc = run(make_doc(body, ents=[("PER", "سالم الفهد", [("سالم الفهد", "name")])]))
    assert quote_with(doc, "نقص في أعداد الفنيين").text.startswith("وجود")
    assert not run(make_doc("ولفت المنتخب الأنظار في البطولة بأدائه الرائع أمام المنافسين.")).quotes


def test_the_palace_accuses_without_being_named():
    body = "واتهم القصر الصحيفة البريطانية باستغلال صور قديمة للعائلة المالكة لأغراض تجارية."
    assert quote_with(run(make_doc(body)), "باستغلال صور قديمة للعائلة")


def test_urge_someone_to_do_something():
    body = ("وحث مدير المرور سالم الفهد السائقين على الالتزام بالسرعة المحددة داخل الأحياء السكنية. "
            "وواصل الباحث بحثه عن علاج جديد للمرض في مختبرات الجامعة.")
    doc = run(make_doc(body, ents=[("PER", "سالم الفهد", [("سالم الفهد", "name")])]))
    assert quote_with(doc, "الالتزام بالسرعة المحددة").speaker.entity == "e1"
    assert [q.cue.text for q in doc.quotes] == ["حث"]


def test_a_plural_object_after_an_unnamed_body_that_points_back():
    body = ("أعلنت كلية الطب أسماء الطلاب المقبولين في برنامج الامتياز. "
            "ودعت الكلية المقبولين إلى مراجعة عمادة القبول خلال أسبوع من تاريخ الإعلان. "
            "وطالب اتحاد المهندسين المصريين بزيادة رواتب العاملين في القطاع الحكومي.")
    doc = run(make_doc(body, ents=[("ORG", "كلية الطب", [("كلية الطب", "name")])]))
    q = quote_with(doc, "مراجعة عمادة القبول")
    assert q.text.startswith("المقبولين") and q.speaker.entity == "e1"
    assert quote_with(doc, "رواتب العاملين").speaker.text == "اتحاد المهندسين المصريين"


# --- "أفاد" takes "عن" and a content noun as "أعلن" does -----------------------------------------
def test_reported_with_an_about_phrase():
    body = "وأفادت وزارة الداخلية عن ضبط شبكة لتهريب الأسلحة في المنطقة الشرقية خلال الأسبوع الماضي."
    doc = run(make_doc(body, ents=[org("وزارة الداخلية")]))
    q = quote_with(doc, "ضبط شبكة لتهريب الأسلحة")
    assert q.speaker is not None and q.speaker.text == "وزارة الداخلية"


def test_reported_with_a_content_noun_after_the_subject():
    body = "وأفادت وزارة الصحة إصابة ثلاثة عمال بحروق في حريق اندلع داخل مصنع بالمدينة الصناعية."
    doc = run(make_doc(body, ents=[org("وزارة الصحة")]))
    assert quote_with(doc, "إصابة ثلاثة عمال بحروق").text.startswith("إصابة")


def test_benefited_is_no_statement():
    body = "وقد أفاد البرنامج الطلاب في تحسين مستواهم الدراسي خلال العام الماضي."
    doc = run(make_doc(body))
    assert not doc.quotes


# --- "توقع"، "رجح" with a content noun: a forecast said by a named body ------------------------
def test_forecast_with_a_content_noun():
    body = "وتوقع صندوق النقد الدولي ارتفاع عجز الموازنة إلى مستوى قياسي خلال العام المقبل."
    doc = run(make_doc(body, ents=[org("صندوق النقد الدولي")]))
    q = quote_with(doc, "ارتفاع عجز الموازنة")
    assert q.text.startswith("ارتفاع") and q.speaker.text == "صندوق النقد الدولي"


def test_forecast_of_nobody_named_is_left_alone():
    body = "وجاءت الأرباح أعلى مما توقع المحللون في استطلاع للرأي نشر أمس."
    doc = run(make_doc(body))
    assert not doc.quotes


def test_its_amount_is_not_the_content_noun_ability():
    # "قدره" (its amount) folds to the key of "قدرة" (ability); it opens no statement
    body = "وتوقع محللون في استطلاع للرأي صافي ربح قدره 17 مليون ريال للشركة في الربع الثاني."
    doc = run(make_doc(body))
    assert not any(q.text.startswith("قدره") for q in doc.quotes)


def test_expectation_heading_a_sentence_is_a_noun():
    body = ("وتراجعت أسعار الذهب أمس. توقع ارتفاع أسعار الفائدة في الخريف المقبل يضغط على المعادن "
            "الثمينة في الأسواق العالمية.")
    doc = run(make_doc(body))
    assert not doc.quotes


def test_a_later_consequence_clause_is_not_the_verbs():
    body = ("وبينت الدراسة حجم الاستهلاك الكبير للمياه في استخراج النفط، وبالتالي فإن استخراجه غير "
            "مناسب في الدول ذات الموارد المحدودة.")
    doc = run(make_doc(body))
    assert not any(q.text.startswith("إن استخراجه") for q in doc.quotes)


def test_as_someone_explained_then_the_consequence_clause():
    body = "ومثلما أوضح الباحث سامر الحداد، فإن استخراج المعادن من القمر قد يغير صناعة الطاقة في المستقبل."
    doc = run(make_doc(body, ents=[("PER", "سامر الحداد", [("سامر الحداد", "name")])]))
    assert quote_with(doc, "استخراج المعادن من القمر").speaker.text == "سامر الحداد"


# --- giving a reason: "برر"، "عزا"، "أرجع" ------------------------------------------------------
def test_justified_with_a_clause():
    body = "وبررت الشركة الوطنية للكهرباء أن سبب الانقطاع يعود إلى ارتفاع الأحمال في فصل الصيف."
    doc = run(make_doc(body, ents=[org("الشركة الوطنية للكهرباء")]))
    assert quote_with(doc, "سبب الانقطاع يعود").speaker.text == "الشركة الوطنية للكهرباء"


def test_put_down_to_with_its_object():
    body = "وعزا وزير المالية سالم الفهد التأخير في صرف المستحقات إلى إجراءات المراجعة الجديدة."
    doc = run(make_doc(body, ents=[person("سالم الفهد")]))
    q = quote_with(doc, "إجراءات المراجعة الجديدة")
    assert q.text.startswith("التأخير") and q.speaker.text == "سالم الفهد"


def test_returned_a_thing_is_no_statement():
    body = "وأرجع الطالب الكتاب إلى المكتبة بعد انتهاء مدة الإعارة المحددة."
    doc = run(make_doc(body))
    assert not doc.quotes


def test_put_down_a_fall_to_a_cause():
    body = "وأرجعت الشركة الوطنية للبتروكيماويات تراجع الأرباح إلى انخفاض أسعار بيع المنتجات."
    doc = run(make_doc(body, ents=[org("الشركة الوطنية للبتروكيماويات")]))
    assert quote_with(doc, "انخفاض أسعار بيع").text.startswith("تراجع الأرباح")


def test_the_preposition_of_another_verb_opens_nothing():
    body = "وأفادت مصادر أمنية، لم تكشف عن هويتها، بأن المسلحين انسحبوا من المدينة فجر اليوم."
    doc = run(make_doc(body))
    assert not any(q.text.startswith("عن هويتها") for q in doc.quotes)


# --- the writer's inference: "مما يؤكد أن"، "فإن ذلك يشير إلى أن" --------------------------------
def test_inference_of_the_writer_is_no_statement():
    body = ("وتراجع سهم الشركة بنسبة كبيرة خلال الجلسة، مما يؤكد أن المستثمرين قلقون من النتائج. "
            "وإذا استمر التراجع فإن ذلك يشير إلى أن السوق تتجه إلى موجة بيع واسعة.")
    doc = run(make_doc(body))
    assert not doc.quotes


def test_meanwhile_before_a_reporting_verb_still_reports():
    body = "وقال الوزير إن الخطة جاهزة. وإلى ذلك أكد أن التمويل متوفر بالكامل لجميع المشاريع."
    doc = run(make_doc(body))
    assert quote_with(doc, "التمويل متوفر بالكامل").text.startswith("أن التمويل")


def test_a_name_read_as_fa_plus_an_does_not_stop_the_search():
    body = "اعترف اللاعب الهولندي فان دير سار بأنه يشعر بالندم على رحيله عن ناديه السابق."
    doc = run(make_doc(body))
    assert quote_with(doc, "يشعر بالندم على رحيله")


def test_via_an_account_does_not_stop_the_search_for_the_preposition():
    body = "وكشف الشيخ سامر الحداد عبر حسابه في موقع تويتر عن عدم وجود إصابات بين أفراد أسرته."
    doc = run(make_doc(body, ents=[person("سامر الحداد")]))
    assert quote_with(doc, "عدم وجود إصابات").speaker.text == "سامر الحداد"


def test_always_explaining_is_the_speakers_own_words():
    body = "وقال الصحافي سامر الحداد إنني دائما ما أوضح للناس أن هدفي هو فهم سلوك الأشخاص لا الحكم عليهم."
    doc = run(make_doc(body, ents=[person("سامر الحداد")]))
    assert quote_with(doc, "هدفي هو فهم سلوك")


def test_a_report_with_its_statement_after_a_comma_and_fa_inna():
    body = "وأوضح تقرير صدر هذا العام عن شركة استشارات دولية، فإن خمسة بالمئة فقط من المقاعد تشغلها نساء."
    doc = run(make_doc(body))
    assert quote_with(doc, "خمسة بالمئة فقط من المقاعد")


def test_a_noun_spelt_as_a_reporting_verb_does_not_stop_the_search():
    body = "وقد ابتدأ الشيخ سامر الحداد كتابه بمقدمة حث فيها طالب العلم على قراءة سير العلماء وأخبارهم."
    doc = run(make_doc(body, ents=[person("سامر الحداد")]))
    assert quote_with(doc, "قراءة سير العلماء")


def test_the_connective_hadha_wa_before_a_verb_still_reports():
    body = "هذا وتؤكد نقابة العاملين في القطاع أن اللجوء إلى الإضراب يبقى الخيار الأخير لديها."
    doc = run(make_doc(body, ents=[org("نقابة العاملين")]))
    assert quote_with(doc, "اللجوء إلى الإضراب")


def test_a_document_or_data_shows_a_finding_with_a_noun_phrase():
    doc = run(make_doc("وأظهرت الدراسة ارتفاع معدل البطالة إلى 12 في المائة خلال الربع الثاني."))
    assert texts(doc) == ["ارتفاع معدل البطالة إلى 12 في المائة خلال الربع الثاني"]
    doc = run(make_doc("وأظهر التقرير السنوي للوزارة تراجع عدد الحوادث المرورية في المدن الكبرى خلال العام الماضي."))
    assert len(texts(doc)) == 1 and texts(doc)[0].startswith("تراجع عدد الحوادث")


def test_a_person_showing_a_quality_states_nothing():
    doc = run(make_doc("ورغم صغر سنه أظهر الفتى قدرة كبيرة على التأقلم مع الحياة في المدينة الجديدة."))
    assert texts(doc) == []


def test_a_poll_named_without_its_article_finds():
    doc = run(make_doc("وتتواصل الحملة الانتخابية. ووجد استطلاع أجرته مؤسسة محلية، أن نصف الناخبين لم يحسموا أمرهم بعد."))
    assert texts(doc) == ["أن نصف الناخبين لم يحسموا أمرهم بعد"]


def test_the_passive_found_still_states_nothing():
    doc = run(make_doc("وبعد فحص العينات ووجد أن نصفها ملوث بالبكتيريا تم إتلاف الشحنة بالكامل."))
    assert texts(doc) == []


def test_a_quotation_ending_a_noun_phrase_content_is_part_of_it():
    # the verb's own preposition opens the statement; the marks only set off its tail
    body = ("وشدد الوزير على ضرورة صرف رواتب المعلمين المتأخرة «وفق جدول زمني واضح يرضي جميع الأطراف» "
            "قبل نهاية العام الدراسي.")
    doc = run(make_doc(body))
    q = quote_with(doc, "ضرورة صرف رواتب المعلمين")
    assert "وفق جدول زمني واضح" in q.text
    assert not any(t.startswith("وفق جدول") for t in texts(doc))


def test_a_quotation_after_another_speech_word_stays_its_own():
    body = ("وحذر المحافظ من انتشار المخدرات بين الشباب في المدن الصغيرة بقوله «لن نسمح لأحد بأن يعبث "
            "بمستقبل أبنائنا».")
    doc = run(make_doc(body))
    assert quote_with(doc, "لن نسمح لأحد بأن يعبث").text.startswith("لن نسمح")


def test_an_indefinite_stance_noun_is_an_attitude_shown():
    # "أبدى رغبة في": what a club showed; "أبدى استعداده": a stance it stated
    body = ("وكان نادي الهلال قد أبدى رغبة في التعاقد مع المهاجم البرازيلي قبل عامين لكنه تراجع. "
            "وأبدى نادي الهلال استعداده للتعاون مع الاتحاد في تنظيم البطولة المقبلة.")
    doc = run(make_doc(body, ents=[org("نادي الهلال")]))
    assert not any("التعاقد مع المهاجم" in t for t in texts(doc))
    assert quote_with(doc, "استعداده للتعاون مع الاتحاد")
