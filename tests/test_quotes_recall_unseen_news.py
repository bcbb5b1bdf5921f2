"""Quotes layer: statements missed on unseen news outlets (a verbless description before "إن" or
a colon, "وأضاف،" with bare words, a quoted body after a homograph verb, the verb's own
preposition right after it, a group of people as the subject, stance verbs, an appeal).

Every sentence here is written for these tests; the helpers come from test_quotes.
"""

from __future__ import annotations

from test_quotes import make_doc, org, person, quote_with, run, texts


def test_a_description_with_wa_hiya_before_inna():
    body = "وقالت منى الراشد (28 عاما) وهي ممرضة في مستشفى خاص بجدة إن ساعات العمل الطويلة ترهق الكادر الطبي."
    doc = run(make_doc(body, ents=[person("منى الراشد")]))
    q = quote_with(doc, "ساعات العمل الطويلة")
    assert q.text.startswith("إن ساعات") and q.speaker.text == "منى الراشد"


def test_a_description_with_wa_huwa_before_a_colon():
    body = "وقال النائب جون ميلر وهو ديمقراطي: لن نوافق على الميزانية بصيغتها الحالية مهما كانت الضغوط."
    doc = run(make_doc(body, ents=[person("جون ميلر")]))
    q = quote_with(doc, "لن نوافق على الميزانية")
    assert q.speaker.text == "جون ميلر"


def test_a_clause_after_wa_huwa_with_a_verb_stays_its_own():
    body = "وقال المدرب وهو يغادر الملعب غاضبا أمس إن التحكيم ظلم فريقه في المباراة."
    doc = run(make_doc(body))
    assert not any(t.startswith("إن التحكيم") for t in texts(doc))


def test_wa_adaf_with_a_comma_and_bare_words():
    body = ("وقال مدير الدفاع المدني سعد الزهراني إن عمليات البحث مستمرة منذ الصباح. "
            "وأضاف، باشرت فرق الغوص تمشيط قاع البحيرة بحثا عن الطفل المفقود.")
    doc = run(make_doc(body, ents=[person("سعد الزهراني")]))
    q = quote_with(doc, "باشرت فرق الغوص")
    assert q.text.startswith("باشرت") and q.speaker.text == "سعد الزهراني"


def test_wa_adaf_with_a_comma_then_a_complementiser_keeps_it():
    body = ("وقال مدير الدفاع المدني سعد الزهراني إن عمليات البحث مستمرة منذ الصباح. "
            "وأضاف، في تصريحه للصحيفة، أن فرق الغوص باشرت تمشيط قاع البحيرة.")
    doc = run(make_doc(body, ents=[person("سعد الزهراني")]))
    assert quote_with(doc, "فرق الغوص باشرت").text.startswith("أن فرق")


def test_a_quoted_body_after_a_homograph_verb():
    body = "وتابع «المرصد» أن القصف أدى إلى تدمير عشرات المنازل في ريف المدينة خلال الأسبوع."
    doc = run(make_doc(body))
    assert quote_with(doc, "القصف أدى إلى تدمير").text.startswith("أن القصف")


def test_quoted_names_after_between_stay_a_preposition():
    body = "وتقاسمت الجائزة بين «الفيصلي» و«الرائد» بعد أن تساويا في عدد النقاط هذا الموسم."
    assert texts(run(make_doc(body))) == []


def test_the_verbs_own_preposition_right_after_it_drops_the_subject():
    body = ("وقال الشيخ خالد المنيع إن الشباب هم عماد المستقبل. "
            "وطالب بإنشاء مراكز رياضية وثقافية في الأحياء لشغل أوقات فراغهم.")
    doc = run(make_doc(body, ents=[person("خالد المنيع")]))
    q = quote_with(doc, "بإنشاء مراكز رياضية")
    assert q.text.startswith("بإنشاء")


def test_a_pronoun_object_of_the_verb_is_no_content():
    body = "وكانت هذه الفكرة من المقترحات التي طالبت بها قبل سنوات في مقالات عدة نشرتها الصحيفة."
    assert not any(t.startswith("بها") for t in texts(run(make_doc(body))))


def test_a_group_of_people_as_the_subject():
    body = "وشدد عدد من المختصين في الشأن التربوي على ضرورة تطوير المناهج الدراسية قبل العام المقبل."
    doc = run(make_doc(body))
    assert quote_with(doc, "تطوير المناهج الدراسية").text.startswith("على ضرورة")


def test_a_group_subject_before_a_joined_preposition_is_left_out_of_the_content():
    body = "وطالب عدد من الأهالي بسرعة افتتاح المركز الصحي في الحي لخدمة السكان."
    doc = run(make_doc(body))
    assert quote_with(doc, "افتتاح المركز الصحي").text.startswith("بسرعة")


def test_abda_with_a_stance_noun():
    body = "وأبدى الوزير فهد السالم استعداده لدعم المبادرات الشبابية بكل الإمكانات المتاحة."
    doc = run(make_doc(body, ents=[person("فهد السالم")]))
    q = quote_with(doc, "لدعم المبادرات الشبابية")
    assert q.text.startswith("استعداده") and q.speaker.text == "فهد السالم"


def test_abda_with_a_noun_of_behaviour_is_no_statement():
    body = "وأبدت الشرطة في المدينة صرامة واضحة في تطبيق النظام الجديد على المخالفين."
    assert texts(run(make_doc(body))) == []


def test_ahaba_an_appeal():
    body = "وأهابت المديرية العامة للدفاع المدني بالمواطنين الابتعاد عن مجاري السيول والأودية."
    doc = run(make_doc(body, ents=[org("المديرية العامة للدفاع المدني")]))
    assert quote_with(doc, "الابتعاد عن مجاري السيول").text.startswith("بالمواطنين")


def test_jaddada_with_a_content_noun():
    body = "وجدد الوزير فهد السالم دعم بلاده الكامل لجهود التهدئة في المنطقة."
    doc = run(make_doc(body, ents=[person("فهد السالم")]))
    assert quote_with(doc, "لجهود التهدئة").text.startswith("دعم بلاده")


def test_jaddada_a_contract_and_new_players_are_no_statements():
    body = ("وجدد النادي عقد حارسه الأساسي لمدة موسمين إضافيين. "
            "وتعاقدت الإدارة مع ثلاثة لاعبين جدد قبل انطلاق المعسكر الخارجي.")
    assert texts(run(make_doc(body))) == []


def test_nabbaha_with_ala():
    body = "ونبه الشيخ فهد السالم على ضرورة توعية الشباب بمخاطر الأفكار المتطرفة."
    doc = run(make_doc(body, ents=[person("فهد السالم")]))
    assert quote_with(doc, "توعية الشباب").text.startswith("على ضرورة")


def test_mubayyinan_without_a_comma_after_a_main_clause():
    body = "وأطلقت شركة النخبة تطبيقها الجديد في الأسواق الخليجية مبينة أنه سيتوفر باللغة العربية قريبا."
    doc = run(make_doc(body, ents=[org("شركة النخبة")]))
    assert quote_with(doc, "سيتوفر باللغة العربية").text.startswith("أنه")


def test_ahaba_where_no_clause_starts_is_i_fear():
    body = "ومنذ ذلك اليوم وأنا أهاب الكاميرا، وتعلمت ألا أظن أني محور اهتمام الجميع."
    assert texts(run(make_doc(body))) == []


def test_a_colon_after_the_following_opens_a_list_not_words():
    body = ("وأوضح مدير الجمعية فهد السالم أن البرامج تخدم مئات الأسر، مهيبا بالمحسنين دعم "
            "الجمعية عبر الحسابات التالية: حساب التبرعات العام رقم 2040 في البنك الأهلي.")
    doc = run(make_doc(body, ents=[person("فهد السالم")]))
    assert not any("حساب التبرعات" in t for t in texts(doc))
    assert quote_with(doc, "دعم الجمعية").text.endswith("التالية")


def test_the_verbs_preposition_with_a_pronoun_points_back():
    body = "وتبنت اللجنة الرؤية التي عبرت عنها في اجتماعها الماضي عن أولويات التنمية في المحافظة."
    assert not any(t.startswith("عن أولويات") for t in texts(run(make_doc(body))))


def test_the_partitive_min_of_a_group_subject_is_no_preposition_of_the_verb():
    body = "وحذر عدد من أطباء الأسنان في المدينة من أن المشروبات الغازية تضر بأسنان الأطفال."
    doc = run(make_doc(body))
    assert quote_with(doc, "المشروبات الغازية تضر").text.startswith(("من أن", "أن"))


def test_a_subject_after_kana_before_the_verb_and_its_noun_object():
    body = "وكانت الشرطة أعلنت الأحد توقيف ثلاثة متهمين بسرقة محلات الذهب في السوق القديم."
    doc = run(make_doc(body))
    assert quote_with(doc, "ثلاثة متهمين").text.startswith("توقيف")


def test_a_thing_after_kana_makes_no_statement():
    body = "وكانت هذه الطريقة أكدت نجاحها في عدد من الدول الأوروبية خلال السنوات الماضية."
    assert texts(run(make_doc(body))) == []


def test_a_body_named_in_quotation_marks_right_after_the_verb():
    body = "وأكدت «صحة الجوف» تقديم الرعاية الطبية اللازمة لجميع المصابين في الحادث."
    doc = run(make_doc(body))
    q = quote_with(doc, "الرعاية الطبية اللازمة")
    assert q.text.startswith("تقديم") and q.speaker.text == "صحة الجوف"


def test_a_quoted_title_after_the_verb_with_a_clause_is_left_alone():
    body = "وأكد «الاتحاد السعودي» أن المباراة ستقام في موعدها المحدد مساء الجمعة."
    doc = run(make_doc(body))
    assert quote_with(doc, "المباراة ستقام").text.startswith("أن")


def test_a_stance_verb_joined_to_a_relative_clause_describes_its_antecedent():
    body = ("وقالت المديرة: نشكر ولي الأمر الذي زار المدرسة وتفقد الفصول وأبدى دعمه "
            "الكامل لبرنامج القراءة الصيفي.")
    doc = run(make_doc(body))
    assert not any(t.startswith("دعمه الكامل") for t in texts(doc))


def test_a_joined_preposition_in_the_subject_before_ila_anna():
    body = ("ونبهت الدراسة التي أجريت في مركز الأبحاث بجامعة الملك سعود إلى أن قلة النوم "
            "ترفع خطر الإصابة بأمراض القلب.")
    doc = run(make_doc(body))
    assert quote_with(doc, "قلة النوم").text.startswith("أن")


def test_a_blessing_asked_for_somebody_is_a_prayer():
    body = ("وأشاد مدير التعليم بجهود المعلمين طوال العام الدراسي. "
            "ودعا لجميع الطلاب المتخرجين بالتوفيق والنجاح في حياتهم.")
    doc = run(make_doc(body))
    assert not any("بالتوفيق" in t for t in texts(doc))


def test_a_one_word_name_in_quotation_marks_is_not_taken_for_a_body():
    body = "وخلال ساعة من المشي تحت الغيوم أشارت «ساعتي» إلى نسبة خمسة في المائة فقط من الأشعة."
    assert texts(run(make_doc(body))) == []


def test_a_semicolon_between_the_subject_and_the_complementiser():
    body = 'وأوضح مدير فرع المكتب "سالم الحربي" لـ"الصحيفة"؛ أن الحملة التفتيشية ستستمر حتى نهاية الصيف.'
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    q = quote_with(doc, "الحملة التفتيشية ستستمر")
    assert q.text.startswith("أن الحملة")


def test_a_semicolon_before_a_new_clause_still_ends_the_sentence():
    body = "وقال المدير سالم الحربي إن الحملة مستمرة؛ بينما تواصل الفرق عملها في الأحياء الأخرى."
    doc = run(make_doc(body, ents=[person("سالم الحربي")]))
    assert quote_with(doc, "الحملة مستمرة").text == "إن الحملة مستمرة"


def test_bare_words_after_a_setting_and_the_outlet():
    body = "وقال العقيد ناصر الشهري في تصريحات لـ«الصحيفة» الفرق الميدانية سيطرت على الحريق خلال ساعتين."
    doc = run(make_doc(body, ents=[person("ناصر الشهري")]))
    q = quote_with(doc, "سيطرت على الحريق")
    assert q.text.startswith("الفرق الميدانية") and q.speaker.text == "ناصر الشهري"


def test_a_surname_with_the_article_in_quotation_marks_after_the_verb():
    body = "وأشار «الزهراني» إلى جاهزية جميع اللاعبين للمباراة الافتتاحية باستثناء المصابين."
    doc = run(make_doc(body))
    assert quote_with(doc, "جاهزية جميع اللاعبين").text.startswith("إلى")


def test_qala_with_a_long_relative_subject_then_inna():
    body = ("وقالت الدراسة التي أعدها مركز البحوث الاجتماعية بجامعة الملك عبدالعزيز بالتعاون مع "
            "عدد من الجمعيات الخيرية واعتمدت على استبانة شملت ألف أسرة في مدن المملكة الكبرى "
            "إن نسبة الإنفاق على التعليم ارتفعت خلال الأعوام الأخيرة.")
    doc = run(make_doc(body))
    assert quote_with(doc, "نسبة الإنفاق على التعليم").text.startswith("إن نسبة")


def test_qala_with_a_long_list_of_bodies_then_a_colon():
    body = ("وقالت الجمعيات المشاركة في الملتقى، ومنها جمعية البر الأهلية وجمعية رعاية الأيتام "
            "وجمعية الإسكان الخيري، والجمعية الوطنية للمتقاعدين ولجنة التنمية الاجتماعية بالحي: "
            "إن برامج الدعم تحتاج إلى تمويل أكبر في العام المقبل.")
    doc = run(make_doc(body))
    assert quote_with(doc, "تحتاج إلى تمويل أكبر").text.startswith("إن برامج")


def test_a_pronoun_preposition_inside_the_object_does_not_stop_the_content():
    body = ("وحث مدير الجوازات العميد سعد القحطاني المقيمين ممن تنطبق عليهم الشروط على سرعة "
            "مراجعة مكاتب التصحيح قبل نهاية المهلة.")
    doc = run(make_doc(body, ents=[person("سعد القحطاني")]))
    assert quote_with(doc, "مراجعة مكاتب التصحيح")


def test_an_unnamed_plural_of_bodies_calls_on_someone():
    body = "ودعت المنظمات النقابية الحكومة إلى مراجعة قرار رفع أسعار الوقود قبل نهاية الشهر."
    doc = run(make_doc(body))
    assert quote_with(doc, "مراجعة قرار رفع أسعار الوقود").speaker.text == "المنظمات النقابية"


def test_a_counted_plural_of_bodies_warns():
    body = "وحذرت خمس جمعيات أهلية من تراجع التبرعات المخصصة لكفالة الأيتام هذا العام."
    doc = run(make_doc(body))
    assert quote_with(doc, "تراجع التبرعات المخصصة").text.startswith("من")


def test_a_broken_plural_of_bodies_speaks():
    body = "وأكدت الأحزاب المعارضة على ضرورة إجراء الانتخابات البلدية في موعدها المحدد."
    doc = run(make_doc(body))
    assert quote_with(doc, "إجراء الانتخابات البلدية")


def test_bodies_after_a_verb_with_a_plural_ending_are_its_object_not_a_speaker():
    body = "واجتمع أهالي الحي أمس، وطالبوا الوزارات المعنية، ولا سيما البلدية، بإصلاح الطرق المتضررة."
    doc = run(make_doc(body))
    assert not any(t.startswith("ولا سيما") for t in texts(doc))


def test_a_bodys_appeal_in_the_present_opening_its_sentence():
    body = "وتدعو الجمعية الخيرية الأهالي إلى المشاركة في حملة التبرع بالدم التي تبدأ الأسبوع المقبل."
    doc = run(make_doc(body))
    q = quote_with(doc, "في حملة التبرع بالدم")
    assert q.text.startswith(("الأهالي", "إلى")) and q.speaker.text.startswith("الجمعية")


def test_a_named_bodys_present_appeal_with_bi():
    body = "وتهيب وزارة الصحة بالمواطنين الالتزام بالإجراءات الوقائية وعدم التجمع في الأماكن العامة."
    doc = run(make_doc(body, ents=[org("وزارة الصحة")]))
    q = quote_with(doc, "الالتزام بالإجراءات الوقائية")
    assert q.text.startswith("بالمواطنين") and q.speaker.text == "وزارة الصحة"


def test_a_document_or_a_thing_calling_in_the_present_is_no_statement():
    body = ("ويدعو القرار إلى تطبيق كامل للجدول الزمني الوارد في الاتفاق المبرم بين الأطراف. "
            "وتدعو التوقعات في قطاع الزراعة إلى التشاؤم بعد موجة الجفاف التي ضربت البلاد.")
    assert texts(run(make_doc(body))) == []


def test_a_present_appeal_inside_a_sentence_stays_out():
    body = "وأصدر التنظيم فتوى تدعو المقاتلين إلى مبايعة زعيمه الجديد في كل المناطق."
    assert not any(t.startswith(("المقاتلين", "إلى مبايعة")) for t in texts(run(make_doc(body))))


def test_the_public_a_body_addresses_is_no_part_of_its_name():
    body = ("ودعت الهيئة الجمهور إلى الإبلاغ عن أي مخالفات يلاحظونها في الأسواق التجارية. "
            "ويدعو المركز القراء إلى المشاركة في مسابقة الترجمة التي يطلقها هذا العام.")
    doc = run(make_doc(body))
    assert quote_with(doc, "الإبلاغ عن أي مخالفات").speaker.text == "الهيئة"
    assert quote_with(doc, "مسابقة الترجمة").speaker.text == "المركز"


def test_a_participle_with_its_own_object_ends_the_noun_phrase_content():
    body = "وحث المدرب سامي العتيبي الحضور على المثابرة في التدريب اليومي وعدم الاستسلام للإصابات مؤكدا وجود فرص كثيرة أمام الشباب الموهوبين."
    doc = run(make_doc(body, ents=[person("سامي العتيبي")]))
    assert quote_with(doc, "المثابرة في التدريب").text.endswith("للإصابات")
    assert quote_with(doc, "فرص كثيرة أمام").text.startswith("وجود")


def test_a_participle_with_its_own_preposition_word_ends_the_statement_before_it():
    body = ("وأكد السفير فهد السالم أهمية الزيارة للعلاقات بين البلدين الشقيقين معربا عن شكره "
            "للحكومة المضيفة على حسن الاستقبال والضيافة.")
    doc = run(make_doc(body, ents=[person("فهد السالم")]))
    assert quote_with(doc, "للعلاقات بين البلدين").text.endswith("الشقيقين")
    assert quote_with(doc, "للحكومة المضيفة").text.startswith("عن شكره")


def test_two_short_statements_around_a_participle_stay_one():
    body = "وأشارت سفارة أستراليا في بيانها إلى المشروع معربة عن تهانيها لمصر."
    doc = run(make_doc(body, ents=[org("سفارة أستراليا")]))
    assert quote_with(doc, "إلى المشروع").text.endswith("تهانيها لمصر")
