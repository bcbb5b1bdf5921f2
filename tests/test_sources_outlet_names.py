"""Sources layer: where an outlet's name begins and ends, and when a name is no source.

Outlets missing from the KB are read by construction (`layers/sources/outlets.py`); these
sentences are written for the tests, on the shipped KB.
"""

from __future__ import annotations

from source_fixtures import names, run


def texts(body: str, title: str = "") -> list[str]:
    return names(run(body, title))


def test_a_paper_far_from_its_verb_with_the_interview_right_after_it():
    # the verb of saying is many words back (a relative clause describes the speaker); "في مقابلة"
    # right after the paper's name says the paper received the words
    assert texts("وقال رئيس الحكومة الذي تسلم منصبه قبل عامين إثر انتخابات مبكرة شهدتها البلاد "
                 "لصحيفة دي فيلت الألمانية في مقابلة نشرت الأحد «لن نقبل بهذه الشروط».") == ["دي فيلت"]
    assert texts("وقال المدير لـ\"المدينة\" خلال تصريحاته إن الشراكة مهمة.") == ["المدينة"]


def test_a_website_with_its_remit_after_its_name_reports_with_the_verb_after_it():
    assert texts("لكن موقع رادار أونلاين لأخبار المشاهير قال يوم الجمعة إن الممثل دخل المستشفى.") \
        == ["رادار أونلاين"]


def test_a_public_broadcaster_named_by_its_corporation_word():
    assert texts("وقالت هيئة الإذاعة الأسترالية إن الشرطة اعتقلت رجلين.") == ["هيئة الإذاعة الأسترالية"]
    assert texts("وذكرت مؤسسة الإذاعة والتلفزيون اليابانية أن الهزة لم توقع إصابات.") \
        == ["مؤسسة الإذاعة والتلفزيون اليابانية"]
    # the regulator of broadcasting, with no adjective of origin, is a body
    assert texts("وقال رئيس هيئة الإذاعة إن اللوائح الجديدة تصدر قريبا.") == []


def test_a_spelled_code_ends_before_the_complementiser():
    assert texts("وقالت قناة إن إتش كيه إن الهزة لم توقع إصابات.") == ["إن إتش كيه"]


def test_a_definite_website_word_with_its_origin_before_the_quoted_name():
    assert texts("وقال الموقع المصري «الوطن» إن الحادث وقع فجرا.") == ["الوطن"]


def test_a_name_ends_before_a_word_of_belonging_or_a_year():
    assert texts("وقال تلفزيون المنار التابع لحزب الله إن الاشتباكات عنيفة.") == ["المنار"]
    assert texts("وقالت صحيفة جيروزليم بوست عام 2010 إن المشروع توقف.") == ["جيروزليم بوست"]


def test_a_channel_number_belongs_to_the_name():
    assert texts("وقال المدرب لإذاعة سبورت 24 اليونانية إن الفريق جاهز.") == ["سبورت 24"]


def test_a_part_of_a_website_is_no_outlet():
    assert texts("وذكر موقع البوابة الإلكترونية للوزارة أن التسجيل بدأ.") == []


def test_the_commercial_director_of_an_outlet_works_there():
    assert texts("وأكد المدير التجاري لموقع \"إم إس إن\" العربية أن الشراكة مهمة.") == []


def test_an_outlet_that_is_what_the_article_is_about_is_not_its_source():
    # the subject of a statement opened by a complementiser, not the verb's
    assert texts("وأضاف المدير أن عرب نيوز تلعب دورا مهما في نقل صورة المنطقة.") == []
    # a name in marks opening a title, with words after it and no dateline dash
    assert texts("احتلت الصحيفة المركز الأول.", title="«عرب نيوز» الأولى في الصحف الإنجليزية") == []
    # a wire tag at the start of the body or closing a paragraph is still a credit
    assert texts("(رويترز) - وقع انفجار كبير.", title="انفجار في المدينة") == ["رويترز"]
    assert texts("وقع انفجار كبير. «رويترز»", title="انفجار في المدينة") == ["رويترز"]


def test_a_name_in_marks_that_opens_with_a_common_noun_is_one_name():
    assert texts("ذكرت «سوق عكاظ» في بيانها أن الفعاليات تبدأ غدا.") == []


def test_a_statement_given_in_a_talk_to_a_quoted_outlet():
    assert texts("وأكد الوزير خلال تصريحاته لـ«الحياة»، إن المباحثات إيجابية.") == ["الحياة"]


def test_a_programme_on_a_channel_where_the_words_were_said():
    assert texts("وقالت في تعليقها مساء الأربعاء في برنامج على قناة \"إيه آر دي\" إن البلاد قادرة على ذلك.") \
        == ["إيه آر دي"]
    # a name that opens with a definite word goes on with definite words only
    assert texts("وظهر المدرب في برنامج على قناة العربية ليرد على منتقديه.") == ["العربية"]


def test_an_op_ed_in_a_paper_is_its_origin():
    # the writer's name and title between the verb of writing and the paper
    assert texts("ورد الوزير على مقال رأي كتبته مسؤولة السياسة الخارجية للاتحاد الأوروبي في صحيفة "
                 "«الغارديان» البريطانية أمس.") == ["الغارديان"]
    # the article's title in marks between the article and "بصحيفة"
    assert texts("وفي مقاله \"رسالة من الوزير\"، بصحيفة \"الحياة\"، يتخيل الكاتب أن الوزير يرسل رسالة.") \
        == ["الحياة"]


def test_a_paper_name_between_slashes():
    assert texts("وقالت الوزيرة في تعليق مشترك نشر في صحيفة /صنداي تليجراف/ «ما نواجهه أزمة».") \
        == ["صنداي تليجراف"]


def test_a_conjunction_before_a_word_with_hamza_is_no_agency_code():
    # "وأم" is "و" + "أم" (a mother), never the code of the Emirates agency written "وام"
    assert texts("وأكدت سارة –موظفة، وأم لخمسة أبناء- على أنها تقضي العيد مع الأهل.") == []
    assert texts("وقالت وام إن الوزير وصل.") == ["وام"]


def test_a_colon_inside_misplaced_marks_is_not_part_of_the_name():
    assert texts("وقال الشيخ في حديثه لقناة \"المجد: \"من يقرأ صحفنا يعرف ذلك\".") == ["المجد"]


def test_a_station_named_in_latin_letters_is_a_broadcaster():
    assert texts("وذكرت محطة NHK اليابانية أن الهزة لم توقع إصابات.") == ["NHK"]
    assert texts("وتوقف القطار في محطة الملك عبدالله وسط المدينة.") == []


def test_a_second_outlet_joined_after_the_first_ones_adjective():
    # "صحيفة تايمز": the KB's The Times with its outlet word, as "صحيفة الحياة" is
    assert texts("وقالت صحيفة تايمز البريطانية ومحطة إيه آر دي الألمانية إنهما حصلتا على الوثائق.") \
        == ["صحيفة تايمز", "إيه آر دي"]
    assert texts("ونقلت صحيفة «لوموند» الفرنسية وإذاعة «فرانس إنتر» عن الوزير أن الحكومة ستستقيل.") \
        == ["لوموند", "فرانس إنتر"]


def test_an_agency_told_by_a_verb_of_telling_with_its_subject_between():
    assert texts("أبلغ جوردون ديريك رئيس اتحاد الكاريبي رويترز أنه لم يتلق أي طلب رسمي.") == ["رويترز"]


def test_a_known_outlet_after_a_station_word_the_speaker_spoke_on():
    assert texts("وقال مساعد الوزير قبل ثلاثة أسابيع على محطة الـ«سي إن إن» إن بلاده لا ترى ذلك.") \
        == ["سي إن إن"]
    assert texts("وسافر الوفد على متن طائرة وشاهد الركاب على قناة الجزيرة المباراة.") == []


def test_a_document_an_agency_in_marks_saw():
    assert texts("ويشير محضر اجتماع عقد يوم 15 يوليو، واطلعت عليه «رويترز»، إلى أن الوزيرة قالت ذلك.") \
        == ["رويترز"]
