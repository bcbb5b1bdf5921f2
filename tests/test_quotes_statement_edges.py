"""Quotes layer: statements lost at their edges on unseen news (a verb form inside a kunya, a
verbal noun's scan running into a participle's colon, "it is thought that" inside a colon
statement, a complementiser right after the setting that ends a long subject, content nouns of
"أكد", an outlet in brackets before the subject).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, org, person, quote_with, run, texts


def test_a_verb_form_inside_a_kunya_is_a_name():
    body = ("وسقطت قذيفة على مزرعة في أطراف القرية دون إصابات. "
            "وقال سالم أبو طالب وفهد العتيبي: نشكر الجهات الأمنية على سرعة الاستجابة وحماية الأهالي.")
    doc = run(make_doc(body, ents=[person("سالم أبو طالب"), person("فهد العتيبي")]))
    q = quote_with(doc, "نشكر الجهات الأمنية")
    assert q.cue.text == "قال"
    assert not any(x.cue.text == "طالب" for x in doc.quotes)


def test_a_kunya_verb_form_does_not_stop_the_search_for_the_clause():
    body = "وقال الدكتور ماجد أبو طالب إن المستشفى استقبل ثلاثين حالة خلال الأسبوع الماضي."
    doc = run(make_doc(body, ents=[person("ماجد أبو طالب")]))
    q = quote_with(doc, "المستشفى استقبل ثلاثين حالة")
    assert q.cue.text == "قال" and q.text.startswith("إن المستشفى")


def test_a_verbal_noun_does_not_take_the_colon_of_a_later_participle():
    body = ("وثمن الأمير دعم الوزارة للمشروع الذي سعت اللجنة لإقراره منذ سنوات وهذا جهد مشكور مضيفا: "
            "بدأنا العمل مع الوزارة قبل عامين على هذا المشروع.")
    doc = run(make_doc(body))
    q = quote_with(doc, "بدأنا العمل مع الوزارة")
    assert q.cue.text == "مضيفا"


def test_it_is_thought_that_goes_on_with_a_colon_statement():
    body = ("وقال مدير المركز خالد الدوسري: انهار المبنى، ويرجح أن السبب تسرب للغاز، "
            "في الحي القديم وسط المدينة.")
    doc = run(make_doc(body, ents=[person("خالد الدوسري")]))
    q = quote_with(doc, "انهار المبنى")
    assert "ويرجح أن السبب" in q.text and q.speaker.text == "خالد الدوسري"


def test_a_second_verb_with_its_own_subject_still_ends_the_clause():
    body = ("وقال مدير المركز خالد الدوسري إن المبنى انهار صباح اليوم، "
            "وأكد الدفاع المدني أن فرق الإنقاذ انتشلت المصابين.")
    doc = run(make_doc(body, ents=[person("خالد الدوسري"), org("الدفاع المدني")]))
    assert "وأكد" not in quote_with(doc, "المبنى انهار").text


def test_a_complementiser_right_after_the_setting_of_a_long_subject():
    body = ("وأوضح معالي رئيس مجلس إدارة الهيئة العامة للأوقاف عضو المجلس الاقتصادي الأعلى في المملكة "
            "الدكتور سليمان بن عبد الرحمن الحمد في بيان أمس أن الهيئة ستطلق برنامجا لتنمية الأوقاف.")
    doc = run(make_doc(body, ents=[person("سليمان بن عبد الرحمن الحمد")]))
    q = quote_with(doc, "ستطلق برنامجا لتنمية")
    assert q.text.startswith("أن الهيئة")


def test_the_depth_of_relations_is_what_was_affirmed():
    body = ("أكد الرئيس سامر الخطيب، عمق العلاقات التي تجمع بلاده بدول الخليج، "
            "مشددا على حرص حكومته على تطويرها في مختلف المجالات.")
    doc = run(make_doc(body, ents=[person("سامر الخطيب")]))
    assert quote_with(doc, "عمق العلاقات التي تجمع").text.startswith("عمق")
    assert quote_with(doc, "حرص حكومته على تطويرها").text.startswith("على حرص")


def test_standing_by_a_people_is_what_was_affirmed():
    body = "وأكد الوزير نايف السالم وقوف المملكة إلى جانب الشعب السوداني في مواجهة آثار الفيضانات."
    doc = run(make_doc(body, ents=[person("نايف السالم")]))
    assert quote_with(doc, "وقوف المملكة إلى جانب").text.startswith("وقوف")


def test_an_outlet_in_brackets_before_the_subject():
    body = ("كشف لـ(الأنباء) مدير عام الشؤون الصحية بالمنطقة الدكتور عادل الشهري عن تجهيز "
            "ثلاثة مستشفيات ميدانية لخدمة الحجاج.")
    doc = run(make_doc(body, ents=[org("الأنباء"), person("عادل الشهري")]))
    q = quote_with(doc, "تجهيز ثلاثة مستشفيات ميدانية")
    assert q.speaker.text == "عادل الشهري"


def test_an_outlet_in_brackets_is_not_the_speaker_of_the_clause():
    body = "وأوضحت لـ(الأنباء) مديرة المركز الدكتورة هند العمري أن العيادات ستعمل طوال أيام العيد."
    doc = run(make_doc(body, ents=[org("الأنباء"), person("هند العمري")]))
    q = quote_with(doc, "العيادات ستعمل طوال")
    assert q.speaker.text == "هند العمري" and q.text.startswith("أن العيادات")


def test_brackets_with_a_number_after_the_preposition_stay_no_statement():
    body = "وارتفع عدد المراكز لـ(35) مركزا في مختلف المحافظات خلال العام."
    assert texts(run(make_doc(body))) == []


def test_an_anonymity_clause_is_no_content_of_the_verb():
    body = "وأوضح المسؤول الذي فضل عدم الكشف عن اسمه، أن اللجنة سترفع توصياتها إلى المجلس الأسبوع المقبل."
    doc = run(make_doc(body))
    assert quote_with(doc, "سترفع توصياتها إلى المجلس").text.startswith("أن اللجنة")
    assert not any(t.startswith("عدم") for t in texts(doc))


def test_said_with_a_first_person_pronoun_and_no_complementiser():
    body = "وأهدى العداء سلمان الحربي الميدالية لوالده وقال أنا فخور جدا بهذا الفوز وبتمثيل بلادي في البطولة."
    doc = run(make_doc(body, ents=[person("سلمان الحربي")]))
    assert quote_with(doc, "فخور جدا بهذا الفوز").text.startswith("أنا فخور")


def test_a_continuation_participle_with_a_comma_and_bare_words():
    body = ("وقال الطبيب سامي الحربي إن العملية نجحت في إنقاذ حياة المصاب، مضيفا، المصاب وصل إلينا "
            "في حالة حرجة وتمكنا من إيقاف النزيف.")
    doc = run(make_doc(body, ents=[person("سامي الحربي")]))
    q = quote_with(doc, "وصل إلينا في حالة حرجة")
    assert q.text.startswith("المصاب وصل") and q.cue.text == "مضيفا"


def test_a_continuation_participle_with_a_comma_then_a_complementiser_is_left_to_it():
    body = ("وقال الطبيب سامي الحربي إن العملية نجحت في إنقاذ حياة المصاب، مضيفا، في حديثه للصحيفة، "
            "أن المصاب وصل في حالة حرجة.")
    doc = run(make_doc(body, ents=[person("سامي الحربي")]))
    assert quote_with(doc, "المصاب وصل في حالة حرجة").text.startswith("أن المصاب")


def test_on_the_tongue_of_is_no_preposition_of_a_present_verb():
    body = "وتؤكد الصحيفة، على لسان أحد الخبراء، أن قطعا أثرية مسروقة عرضت للبيع في أسواق المدينة."
    doc = run(make_doc(body, ents=[org("الصحيفة")]))
    assert quote_with(doc, "قطعا أثرية مسروقة عرضت").text.startswith("أن قطعا")


def test_on_the_tongue_of_is_left_out_of_a_noun_phrase_statement():
    body = "وشددت الهيئة على لسان متحدثها الرسمي على أهمية الالتزام بالتعليمات الصادرة عن الجهات المختصة."
    doc = run(make_doc(body))
    assert quote_with(doc, "أهمية الالتزام بالتعليمات").text.startswith("على أهمية")


def test_a_present_appeal_of_a_body_head_in_construct():
    body = "وتهيب أمانة المنطقة بالمواطنين والمقيمين أخذ الحيطة والالتزام بمسار التحويلة المرورية الجديدة."
    doc = run(make_doc(body))
    q = quote_with(doc, "أخذ الحيطة والالتزام بمسار")
    assert q.speaker.text == "أمانة المنطقة"


def test_a_present_appeal_with_fa():
    body = ("وقد رصدت الوزارة عددا من المخالفات في الأشهر الماضية. "
            "فتهيب وزارة الصحة بالمستشفيات الخاصة عدم صرف الأدوية المهدئة إلا بوصفة طبية معتمدة.")
    doc = run(make_doc(body, ents=[org("وزارة الصحة")]))
    assert quote_with(doc, "عدم صرف الأدوية المهدئة").speaker.text == "وزارة الصحة"


def test_a_present_verb_of_a_study_in_construct_stays_no_appeal():
    body = "وتدعو دراسة الجامعة إلى إعادة النظر في المناهج الدراسية للمرحلة الابتدائية."
    assert texts(run(make_doc(body))) == []


def test_a_notice_of_vacancies_is_no_statement():
    body = "أعلنت جامعة الشمال عن توافر مجموعة من الوظائف الإدارية والفنية للجنسين على سلم الموظفين العام."
    doc = run(make_doc(body, ents=[org("جامعة الشمال")]))
    assert texts(doc) == []


def test_a_notice_of_admission_is_no_statement():
    body = "أعلنت الكلية التقنية بالمدينة بدء القبول للعام التدريبي الجديد في جميع التخصصات المتاحة."
    assert texts(run(make_doc(body))) == []


def test_an_announced_death_is_still_a_statement():
    body = "أعلنت وزارة الصحة عن تسجيل حالة وفاة جديدة وحالتي إصابة بالفيروس في المنطقة الشرقية."
    doc = run(make_doc(body, ents=[org("وزارة الصحة")]))
    assert quote_with(doc, "تسجيل حالة وفاة جديدة").speaker.text == "وزارة الصحة"


def test_an_announcement_in_a_clause_about_registration_is_still_a_statement():
    body = "وأعلنت الجامعة أن التسجيل في البرامج الصيفية سيبدأ الأسبوع المقبل عبر البوابة الإلكترونية."
    assert quote_with(run(make_doc(body)), "سيبدأ الأسبوع المقبل").text.startswith("أن التسجيل")


def test_a_place_before_what_forces_did_there_is_a_label():
    ents = [("LOC", "ليبيا", [("ليبيا", "name")])]
    body = "شهدت عدة مدن ليبية أمس مواجهات عنيفة بين الأطراف المتنازعة."
    doc = run(make_doc(body, title="ليبيا: قوات الحكومة تستعيد السيطرة على مطار المدينة", ents=ents))
    assert texts(doc) == []
    doc = run(make_doc(body, title="ليبيا: المقاومة تدخل وسط المدينة بعد معارك عنيفة", ents=ents))
    assert texts(doc) == []


def test_a_place_before_a_body_that_rejects_still_speaks():
    ents = [("LOC", "ليبيا", [("ليبيا", "name")])]
    body = "أعلنت الحكومة الليبية أمس موقفها من المبادرة."
    doc = run(make_doc(body, title="ليبيا: الحكومة ترفض أي تدخل أجنبي في شؤونها", ents=ents))
    assert quote_with(doc, "الحكومة ترفض أي تدخل").kind == "direct"


def test_a_joined_preposition_on_a_place_places_the_subject():
    ents = [("LOC", "منطقة تبوك", [("منطقة تبوك", "name")]), ("PER", "فارس بن سعد العنزي", [("فارس بن سعد العنزي", "name")])]
    body = ("وصرح المتحدث الرسمي للدفاع المدني بمنطقة تبوك الرائد فارس بن سعد العنزي، أنه تم إخماد "
            "الحريق دون تسجيل إصابات.")
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "تم إخماد الحريق دون").text.startswith("أنه تم")


def test_the_resistance_and_the_passport_office_speak_as_bodies():
    doc = run(make_doc("وأشارت المقاومة إلى سقوط خمسة عشر من عناصر الميليشيا خلال مواجهات ليلية على أطراف المطار."))
    assert quote_with(doc, "سقوط خمسة عشر من عناصر").speaker.text == "المقاومة"
    doc = run(make_doc("ودعت الجوازات الأشقاء المقيمين المتأخرين عن تجديد هوياتهم إلى مراجعة مكاتبها قبل نهاية الشهر."))
    q = quote_with(doc, "مراجعة مكاتبها قبل")
    assert q.speaker.text == "الجوازات"


def test_reaching_an_agreement_is_what_was_affirmed():
    ents = [("PER", "فهد الطيب", [("فهد الطيب", "name")])]
    body = "وأكد مدير أعمال اللاعب فهد الطيب توصل اللاعب والنادي إلى اتفاق لتجديد عقده لثلاثة مواسم."
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "اتفاق لتجديد عقده").text.startswith("توصل")


def test_a_verb_after_a_relative_is_no_content_noun():
    body = "وشهدت الحكومة تعديلا واسعا استبعد فيه رئيس الوزراء كل من عارض الاتفاق الذي توصل إليه مع الدائنين مؤخرا."
    assert texts(run(make_doc(body))) == []


def test_bayyana_with_a_joined_word_inside_a_named_subject_is_the_verb():
    ents = [("ORG", "إدارة الشؤون الدينية والأوقاف", [("إدارة الشؤون الدينية والأوقاف", "name")]),
            ("PER", "سالم أبو حسين", [("سالم أبو حسين", "name")])]
    body = ("وبين مدير إدارة الشؤون الدينية والأوقاف بالمحافظة الدكتور سالم أبو حسين أن الخطة تشمل "
            "صيانة المساجد القديمة.")
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "الخطة تشمل صيانة المساجد").text.startswith("أن الخطة")


def test_between_a_manager_and_his_staff_stays_a_preposition():
    body = "وتتوزع المسؤولية بين مدير الإدارة والموظفين في الفرع بالتساوي بحسب اللائحة."
    assert texts(run(make_doc(body))) == []


def test_a_subject_cut_at_a_verb_form_of_its_kunya_is_the_named_person():
    ents = [("PER", "ماجد أبو طالب", [("ماجد أبو طالب", "name")])]
    body = "وأوضح مدير المستشفى الدكتور ماجد أبو طالب أن المستشفى استقبل ثلاثين حالة خلال الأسبوع الماضي."
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "المستشفى استقبل ثلاثين").speaker.entity == "e1"


def test_a_participle_with_no_comma_before_it_starts_the_next_statement():
    doc = run(make_doc("وأكد مدير الأمانة خالد السالم أن المشروع سيكتمل في موعده المحدد مشيرا إلى أن العمل يسير بوتيرة متسارعة."))
    assert texts(doc) == ["أن المشروع سيكتمل في موعده المحدد", "أن العمل يسير بوتيرة متسارعة"]
    doc = run(make_doc("وقال الوزير إن الخدمات متاحة عبر الموقع الإلكتروني لافتاً أن النظام يعمل على مدار الساعة."))
    assert texts(doc) == ["إن الخدمات متاحة عبر الموقع الإلكتروني", "أن النظام يعمل على مدار الساعة"]


def test_a_participle_as_a_predicate_stays_inside_the_statement():
    doc = run(make_doc("وقال المدرب إن الأمر بات مؤكدا أن الفريق سيشارك في البطولة المقبلة."))
    assert texts(doc) == ["إن الأمر بات مؤكدا أن الفريق سيشارك في البطولة المقبلة"]


def test_a_noun_phrase_statement_opens_after_its_setting():
    doc = run(make_doc("وأشاد الوزير خالد العمري بجهود العاملين في المشروع، مطالباً في هذا السياق بتوحيد الجهود بين الجهات المعنية.",
                       ents=[person("خالد العمري")]))
    assert texts(doc)[-1] == "بتوحيد الجهود بين الجهات المعنية"
    doc = run(make_doc("وأكد الوزير خالد العمري، في اتصال هاتفي مع الصحيفة، عملية نقل المعدات إلى الموقع الجديد.",
                       ents=[person("خالد العمري")]))
    assert texts(doc) == ["عملية نقل المعدات إلى الموقع الجديد"]
    doc = run(make_doc("ودعا وزير الطاقة في مقال نشرته الصحيفة إلى مضاعفة الجهود لتنفيذ الخطة."))
    assert texts(doc) == ["إلى مضاعفة الجهود لتنفيذ الخطة"]


def test_a_comma_after_a_name_inside_the_setting_does_not_close_it():
    doc = run(make_doc("وأكد الوزير خالد العمري، في رسالة بعث بها إلى سالم الحربي، رئيس اللجنة، أهمية الزيارة المقبلة للوفد.",
                       ents=[person("خالد العمري"), person("سالم الحربي")]))
    assert not any(t.startswith("رئيس اللجنة") for t in texts(doc))


def test_a_named_object_after_the_setting_stays_in_the_statement():
    doc = run(make_doc("وطالب الرئيس محمود عباس في تصريح نشرته الوكالة الرسمية إسرائيل بالتوقف فورا عن الاستيطان.",
                       ents=[person("محمود عباس"), ("LOC", "إسرائيل", [("إسرائيل", "name")])]))
    assert texts(doc) == ["إسرائيل بالتوقف فورا عن الاستيطان"]
    doc = run(make_doc("وأوصى مدير الجامعة خالد العمري في كلمته الخريجين بالمثابرة وخدمة الوطن في كل موقع.",
                       ents=[person("خالد العمري")]))
    assert texts(doc) == ["الخريجين بالمثابرة وخدمة الوطن في كل موقع"]


def test_a_genitive_of_the_subject_with_lam_is_not_what_was_called_for():
    # the body's name stops before its "of" ("الأمانة العامة" | "لمجلس الأمناء")
    doc = run(make_doc("دعت الأمانة العامة لمجلس الأمناء إلى نشر عقود المشاريع الحكومية كاملة أمام الجمهور.",
                       ents=[org("الأمانة العامة")]))
    q = quote_with(doc, "نشر عقود المشاريع")
    assert q.text.startswith("إلى نشر")
    assert q.speaker.text == "الأمانة العامة"
    # a verbal noun after "لـ" is what was called for, and the later "إلى" is its own
    doc = run(make_doc("ودعا سعد الحربي لعودة الأطراف المتنازعة إلى طاولة الحوار برعاية دولية.",
                       ents=[person("سعد الحربي")]))
    assert quote_with(doc, "طاولة الحوار").text.startswith("لعودة")


def test_the_paper_the_speaker_told_is_not_what_he_confirmed():
    ents = [person("سعد الحربي")]
    doc = run(make_doc("وأكد سعد الحربي لـ«المدينة» إغلاق ثلاثة مستودعات مخالفة في الحي الصناعي.", ents=ents))
    assert quote_with(doc, "ثلاثة مستودعات").text.startswith("إغلاق")


def test_a_meeting_with_a_pronoun_is_the_setting_of_a_call():
    ents = [person("خالد المنصور")]
    doc = run(make_doc("ودعا خالد المنصور خلال لقائه أمس وفد الغرفة التجارية إلى دعم المشاريع الصغيرة في القرى.",
                       ents=ents))
    assert quote_with(doc, "دعم المشاريع الصغيرة").text.startswith("إلى دعم")


def test_a_headline_speaker_ends_before_the_people_he_addressed():
    doc = run(make_doc("قال المعلم إن الطلاب بحاجة إلى وقت أطول.", title="معلم متقاعد للمسؤولين: أعيدوا حصص القراءة"))
    assert quote_with(doc, "أعيدوا حصص القراءة").speaker.text == "معلم متقاعد"
    doc = run(make_doc("تقدمت الأم بشكوى إلى المحكمة.", title="أم بالطائف للقضاة: أعيدوا إلي أطفالي"))
    assert quote_with(doc, "أعيدوا إلي أطفالي").speaker.text == "أم بالطائف"


def test_the_paper_told_after_a_participle_is_not_its_object():
    ents = [person("سعد الحربي")]
    doc = run(make_doc("وطالب سعد الحربي بإصلاح الطرق في الحي، مؤكدا لـ«المدينة» بأن الحفر أتلفت عشرات السيارات.",
                       ents=ents))
    assert quote_with(doc, "أتلفت عشرات السيارات").text.startswith("أن الحفر")
    doc = run(make_doc("وطالب سعد الحربي بإصلاح الطرق في الحي، مؤكدا لـ«المدينة» تضرر عشرات السيارات من الحفر.",
                       ents=ents))
    assert quote_with(doc, "عشرات السيارات من الحفر").text.startswith("تضرر")


def test_a_setting_given_to_a_paper_is_not_what_was_confirmed():
    ents = [person("سعد الحربي")]
    for told in ("إلى «المدينة»", "لـ«المدينة»", "له لـ«المدينة»"):
        doc = run(make_doc(f"وأكد سعد الحربي في تصريح {told} إغلاق ثلاثة مستودعات مخالفة في الحي الصناعي.",
                           ents=ents))
        assert quote_with(doc, "ثلاثة مستودعات").text.startswith("إغلاق")


def test_a_name_set_off_by_commas_after_a_titled_subject_is_not_what_was_said():
    body = ("ناقش المجلس الوزاري الخطة في اجتماعه الدوري. "
            "ووصف وزير الاقتصاد، سالم الراشد، الخطة التي أقرها المجلس بالطموحة والواقعية.")
    doc = run(make_doc(body, ents=[person("سالم الراشد")]))
    q = quote_with(doc, "الخطة التي أقرها المجلس")
    assert q.text.startswith("الخطة التي أقرها")


def test_a_name_after_a_titled_subject_and_a_comma_goes_with_the_subject():
    body = ("واختتمت الجمعية العمومية أعمالها مساء أمس. "
            "وأشاد الرئيس المنتهية ولايته، فهد الشمري بخطة العمل الجديدة للمؤسسة في السنوات المقبلة.")
    doc = run(make_doc(body, ents=[person("فهد الشمري")]))
    q = quote_with(doc, "بخطة العمل الجديدة")
    assert q.text.startswith("بخطة العمل")


def test_a_title_set_off_by_commas_after_the_name_is_not_what_was_said():
    body = ("افتتح المعرض الدولي للسياحة أبوابه أمس. "
            "وأكد ماجد الحربي، الرئيس التنفيذي لشركة الواحة للفنادق، زيادة الطلب على الغرف "
            "الفندقية مع اقتراب موعد المعرض.")
    ents = [("PER", "ماجد الحربي", [("ماجد الحربي", "name"), ("الرئيس التنفيذي لشركة الواحة للفنادق", "title")]),
            org("شركة الواحة للفنادق")]
    doc = run(make_doc(body, ents=ents))
    q = quote_with(doc, "زيادة الطلب على الغرف")
    assert q.text.startswith("زيادة الطلب")


def test_a_quotation_opened_in_the_clause_runs_past_its_full_stop():
    body = ("وعقدت الجمعية اجتماعها السنوي أمس. "
            "وقال سامي العتيبي بأنهم يدعمون القرار، لكنهم يعرفون أن «المهمة ستكون صعبة. ستكون مهمة "
            "جيل كامل». وقال إن الجمعية ستعمل مع الجميع.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    q = quote_with(doc, "يدعمون القرار")
    assert q.text.endswith("ستكون مهمة جيل كامل»")
    assert quote_with(doc, "الجمعية ستعمل مع الجميع").text == "إن الجمعية ستعمل مع الجميع"


def test_a_long_description_of_the_subject_before_inna_is_the_subjects():
    body = ("وأعلن الجيش إغراق قارب في الميناء. "
            "وقال سالم الحربي وهو متحدث باسم قائد القوات الحكومية المعترف بها دوليا والتي يوجد مقرها "
            "في شمال البلاد إن الهجوم استهدف أيضا قاربا ثانيا كان يحمل ذخيرة.")
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    q = quote_with(doc, "الهجوم استهدف أيضا")
    assert q.text == "إن الهجوم استهدف أيضا قاربا ثانيا كان يحمل ذخيرة"
    assert q.speaker.entity == "e1"


def test_a_description_between_dashes_before_the_colon_is_the_subjects():
    body = ("وفتحت المصارف أبوابها صباح اليوم بعد إغلاق دام أسبوعين. "
            "وقال مسؤول كبير في بنك الخليج -وهو واحد من أكبر خمسة بنوك في البلاد-: لا أتوقع مشكلات "
            "كبيرة، شبكتنا مستعدة لخدمة العملاء.")
    doc = run(make_doc(body, ents=[org("بنك الخليج")]))
    q = quote_with(doc, "لا أتوقع مشكلات")
    assert q.text == "لا أتوقع مشكلات كبيرة، شبكتنا مستعدة لخدمة العملاء"


def test_a_negated_reporting_verb_after_a_comma_starts_the_next_statement():
    body = ("وأوقفت الشرطة عشرة أشخاص في الحي. "
            "وقال سامي العتيبي إن التحقيقات مستمرة مع الموقوفين، ولم يستبعد أن يكون بينهم قادة كبار.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert texts(doc) == ["إن التحقيقات مستمرة مع الموقوفين", "أن يكون بينهم قادة كبار"]


def test_a_noun_phrase_statement_leaves_the_negation_of_the_next_one():
    body = ("وأوقفت الشرطة عشرة أشخاص في الحي. "
            "وأكد سامي العتيبي وجود قادة كبار بين الموقوفين، ولم يستبعد أن يكون بينهم مسؤولون سابقون.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "وجود قادة كبار").text == "وجود قادة كبار بين الموقوفين"


def test_that_said_after_a_comma_gives_back_the_words_before_it():
    body = ("وتستقبل الفرق زوارها في ساحة المهرجان طوال أيام العيد من الرابعة عصرا حتى منتصف الليل، "
            "وتقدم عروضا للأطفال والعائلات، أوضح ذلك مدير المهرجان المهندس سامي العتيبي.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    q = quote_with(doc, "وتقدم عروضا للأطفال")
    assert q.text.startswith("وتستقبل الفرق زوارها") and q.text.endswith("للأطفال والعائلات")
    assert q.speaker.entity == "e1"


def test_a_noun_phrase_statement_leaves_the_relative_that_opens_the_next_one():
    body = ("واجتمع أعضاء الجمعية مساء أمس. "
            "وأعلنت الجمعية حملة واسعة على قرار البلدية بإغلاق السوق القديم، الذي قالت إنه "
            "«يهدد مصدر رزق مئات الأسر».")
    doc = run(make_doc(body, ents=[org("الجمعية")]))
    assert quote_with(doc, "حملة واسعة").text == "حملة واسعة على قرار البلدية بإغلاق السوق القديم"


def test_the_letter_n_of_an_abbreviation_is_no_complementiser():
    body = ("وتحدث السيناتور عن الاتفاق في مقابلة تلفزيونية. "
            "وقال لبرنامج «لقاء الأسبوع» على قناة (إن. بي. سي) أمس: إيران دولة تهدد جيرانها ولا يمكن "
            "الوثوق بها.")
    doc = run(make_doc(body))
    assert quote_with(doc, "دولة تهدد جيرانها").text == "إيران دولة تهدد جيرانها ولا يمكن الوثوق بها"


def test_one_of_description_before_inna_is_the_subjects():
    body = ("وانتقد عدد من أعضاء الكونغرس الاتفاق. "
            "وقال السيناتور سامي العتيبي وهو من قدامى المحاربين في الجيش وأحد منتقدي الحكومة إن الناس "
            "يتشككون في الاتفاق الجديد.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "الناس يتشككون").text == "إن الناس يتشككون في الاتفاق الجديد"


def test_a_comma_inside_a_long_description_before_inna():
    body = ("وخطف مسلحون ثلاثة عمال أجانب. "
            "وقال محمد الحربي وهو متحدث عسكري موال للحكومة المعترف بها دوليا، والتي يوجد مقرها في "
            "الشرق إن عملية الخطف وقعت في البلدة الصغيرة.")
    doc = run(make_doc(body, ents=[person("محمد الحربي")]))
    assert quote_with(doc, "عملية الخطف وقعت").text == "إن عملية الخطف وقعت في البلدة الصغيرة"


def test_a_verb_after_wa_huwa_still_keeps_its_own_inna():
    doc = run(make_doc("وقال سامي وهو يعلم إن الأمر صعب سأحاول مرة أخرى في الموسم المقبل."))
    assert texts(doc) == []


def test_an_occasion_without_a_comma_is_where_the_call_was_made():
    body = ("أقام الحزب حفلا بمناسبة العيد. "
            "ودعا نائب رئيس الحزب سامي العتيبي في حفل بمناسبة العيد أقامه الحزب بحضور الرئيس إلى "
            "الحفاظ على الأمن والدخول في الحوار.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "الحفاظ على الأمن").text == "إلى الحفاظ على الأمن والدخول في الحوار"


def test_a_meeting_before_the_verbs_own_preposition_is_no_part_of_the_statement():
    body = ("اجتمع الوزير بمديري التعليم أمس. "
            "وأكد وزير التعليم في الاجتماع الأول للجنة العليا والذي عقده في مكتبه صباح أمس مع مديري "
            "التعليم على أهمية مراعاة سلامة الطلاب والطالبات.")
    doc = run(make_doc(body))
    assert quote_with(doc, "مراعاة سلامة الطلاب").text == "على أهمية مراعاة سلامة الطلاب والطالبات"


def test_a_statement_ends_where_according_to_what_a_paper_reported_starts():
    body = ("وتتزايد التكهنات حول مستقبل رئيس الشركة. "
            "وقال سامي العتيبي لعدد من المقربين أمس إنه يعتزم الاستقالة بحسب ما ذكرته صحيفة الوطن "
            "اليوم دون أن تكشف عن مصادرها.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "يعتزم الاستقالة").text == "إنه يعتزم الاستقالة"


def test_as_planned_is_no_source_and_the_statement_goes_on():
    body = ("وزار الوزير موقع المشروع أمس. "
            "وأكد سامي العتيبي أن العمل في المشروع يسير بحسب ما هو مخطط له منذ البداية.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "العمل في المشروع").text.endswith("مخطط له منذ البداية")


def test_and_that_before_the_source_is_no_part_of_the_statement():
    body = ("ولن يلعب المهاجم الدولي مع فريقه في الموسم المقبل بسبب رغبته في الانتقال، وذلك بحسب ما "
            "أكد مدير أعماله.")
    doc = run(make_doc(body))
    assert quote_with(doc, "مع فريقه في الموسم").text.endswith("رغبته في الانتقال")


def test_provided_that_after_a_comma_is_no_clause_of_the_verb():
    body = ("وتغلق المسابقة باب المشاركات في ديسمبر، وتعلن النتائج في شهر مارس، على أن تتكفل الجمعية "
            "بطباعة الأعمال الفائزة.")
    assert texts(run(make_doc(body))) == []
    doc = run(make_doc("وشدد الوزير في كلمته، على أن المملكة ماضية في الإصلاح الاقتصادي."))
    assert quote_with(doc, "المملكة ماضية").text == "أن المملكة ماضية في الإصلاح الاقتصادي"


def test_the_bottom_line_is_the_writers_aside():
    assert texts(run(make_doc("وخلاصة القول أن الفريق خسر قائدا كبيرا كسبه المنافس بضربة معلم."))) == []


def test_two_quoted_names_joined_by_and_are_the_clauses_subject():
    body = "وأوضح الوزير أن «درع الشمال» و«حماية الحدود» حققتا كثيرا من الأهداف في المنطقة."
    doc = run(make_doc(body))
    assert texts(doc) == ["أن «درع الشمال» و«حماية الحدود» حققتا كثيرا من الأهداف في المنطقة"]


def test_the_name_of_an_operation_in_marks_is_no_quotation():
    body = ("وقالت مصادر إن الشاب قتل وسط مجموعة من المقاتلين، في عملية «معسكر الجبل في ريف المدينة».")
    assert [q.kind for q in run(make_doc(body)).quotes] == ["indirect"]
    body = "وقال الوزير إن العملية «لن تتوقف حتى تحقق أهدافها كاملة»."
    assert any(q.kind == "direct" and q.text.startswith("لن تتوقف") for q in run(make_doc(body)).quotes)


def test_a_quoted_name_opening_the_clause_is_its_subject_not_the_words():
    body = ("وتحدث الوزير عن مشروع القانون الجديد. "
            "وأضاف الوزير أن «مجلس الشورى» لن يوافق على القانون في صيغته الحالية.")
    doc = run(make_doc(body, ents=[org("مجلس الشورى")]))
    assert texts(doc) == ["أن «مجلس الشورى» لن يوافق على القانون في صيغته الحالية"]


def test_a_long_relative_aside_with_a_date_in_brackets_is_the_subjects():
    body = ("وشدد سامي العتيبي، الذي يعد أحد أبرز المرشحين لرئاسة المجلس البلدي الشاغرة في المدينة منذ "
            "25 مايو (أيار) 2014، على ضرورة إقرار نظام جديد للانتخابات.")
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "إقرار نظام جديد").text == "على ضرورة إقرار نظام جديد للانتخابات"


def test_a_title_after_the_subjects_comma_may_be_whom_the_verb_invites():
    body = ("وتتواصل الاستعدادات لعودة الحكومة إلى العاصمة. "
            "ودعا سامي العتيبي، مفوض الأمم المتحدة السامي لحقوق الإنسان، لزيارة المحافظة للاطلاع على "
            "أوضاع السكان.")
    ents = [person("سامي العتيبي"), ("PER", "مفوض", [("مفوض الأمم المتحدة السامي لحقوق الإنسان", "title")])]
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "لزيارة المحافظة").text.startswith("مفوض الأمم المتحدة")


def test_a_title_mention_running_into_the_object_is_not_skipped():
    body = ("ودعا العميد سالم الحربي، مدير جوازات المنطقة جميع المقيمين في المنطقة بطريقة غير نظامية، "
            "إلى سرعة مراجعة لجنة التصحيح.")
    ents = [("PER", "سالم الحربي", [("سالم الحربي", "name"),
                                     ("مدير جوازات المنطقة جميع المقيمين في المنطقة بطريقة غير نظامية", "title")])]
    doc = run(make_doc(body, ents=ents))
    assert quote_with(doc, "مراجعة لجنة التصحيح")


def test_added_then_a_past_verb_and_its_subject_is_the_statement():
    body = ("وأوضح مدير المكتب أن الحملة توزع الخبز يوميا على الأسر. "
            "وأضاف بلغت التكلفة الإجمالية لهذا المشروع في المدينة مئتي ألف ريال.")
    doc = run(make_doc(body))
    q = quote_with(doc, "بلغت التكلفة الإجمالية")
    assert q.text == "بلغت التكلفة الإجمالية لهذا المشروع في المدينة مئتي ألف ريال"
    assert q.cue.text == "أضاف"
