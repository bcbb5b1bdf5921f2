"""The sources layer on what an outlet did itself to get the news (`newsroom.py`) and on an outlet
called by a common word in quotation marks (`quoted_names.py`): the publishing paper naming itself
most of all ("علمت «الوطن»"), an optional source in the guide, and any other paper named so."""

from __future__ import annotations

from source_fixtures import names, run

LEAD = "بدأت البلدية أمس أعمال الصيانة في عدد من الشوارع الرئيسية بالمدينة. "  # no dateline


def test_a_paper_that_learned_observed_or_reached_someone():
    assert names(run(LEAD + "وعلمت «عكاظ» من مصادرها أن الاجتماع تأجل إلى الأسبوع المقبل.")) == ["عكاظ"]
    assert names(run(LEAD + "ورصدت «عكاظ» خلال جولتها ازدحاما عند المداخل.")) == ["عكاظ"]
    assert names(run(LEAD + "وتواصلت «عكاظ» مع مدير الفرع فأوضح أن العمل مستمر.")) == ["عكاظ"]


def test_a_paper_that_obtained_a_copy_or_asked_a_question():
    assert names(run(LEAD + "وجاء في الخطاب الذي حصلت «عكاظ» على نسخة منه أن المهلة انتهت.")) == ["عكاظ"]
    assert names(run(LEAD + "وردا على سؤال «عكاظ» عن موعد الافتتاح، قال المدير إنه قريب.")) == ["عكاظ"]


def test_a_paper_called_by_a_common_word_in_marks_and_cited():
    assert names(run(LEAD + "وعلمت «الوطن» أن اللجنة رفعت توصياتها إلى الوزير.")) == ["الوطن"]
    assert names(run(LEAD + "وأكد المقاول لـ«الوطن» رغبته في إنهاء المشروع قبل الشتاء.")) == ["الوطن"]
    assert names(run(LEAD + "وحصلت «المدينة» على نسخة من القرار الذي صدر أمس.")) == ["المدينة"]
    assert names(run(LEAD + "وأشارت افتتاحية «الحياة» إلى أن الأسعار سترتفع.")) == ["الحياة"]


def test_a_common_word_in_marks_outside_a_citation_is_no_source():
    assert names(run(LEAD + "وقال لاعب «الرياض» إن الفريق مستعد للمباراة.")) == []
    assert names(run(LEAD + "وقال رئيس نادي «الرياض» إن المباراة صعبة.")) == []
    assert names(run(LEAD + "وقدم المحافظ الشكر لـ«الوطن» على مواقفها.")) == []
    assert names(run(LEAD + "ويشارك في مهرجان «الحياة» عدد من الفنانين.")) == []


def test_a_first_person_verb_of_learning_names_no_outlet():
    assert names(run(LEAD + "وقال الأب: عندما علمت بالخبر لم أصدق ما سمعت.")) == []


def test_a_common_word_the_kb_lists_only_with_its_outlet_word_gets_its_outlet():
    doc = run(LEAD + "وأفادت قناة «العربية» بأن الطائرة هبطت بسلام.")
    assert names(doc) == ["العربية"]
    assert next(e for e in doc.entities if e.id == doc.sources[0].entity).kb == "marsad:outlet/al-arabiya"


def test_a_named_member_of_unnamed_media_is_cited():
    assert names(run(LEAD + "ونقلت وسائل إعلام من بينها «العربية» أن الطائرة هبطت بسلام.")) == ["العربية"]
    assert names(run(LEAD + "وقال المعلم إن اللغة «العربية» تحتاج إلى عناية.")) == []


def test_a_paper_named_in_brackets_with_the_date_of_its_issue():
    assert names(run(LEAD + "وقال الكاتب: \"لا بد من حل سريع\" (صحيفة الوطن 12/3/2015م).")) == ["صحيفة الوطن"]
    assert names(run(LEAD + "وهذا ما قاله المدير \"سنبدأ قريبا\" (صحيفة المدينة: الخميس 4/2/2015).")) == ["صحيفة المدينة"]
    assert names(run(LEAD + "وتسلم المحافظ درعا من مدير صحيفة الوطن (فرع أبها) أمس.")) == []


def test_a_gulf_news_site_the_kb_lacks_in_marks_and_cited():
    assert names(run(LEAD + "وعلمت «عين اليوم» أن المشروع سيسلم بعد شهرين.")) == ["عين اليوم"]
    assert names(run(LEAD + "وبحسب \"أنحاء\" فإن الطريق أغلق ساعتين.")) == ["أنحاء"]
    assert names(run(LEAD + "وكان \"صدى\" الانفجار قويا في الحي.")) == []


def test_a_paper_read_by_construction_is_linked_to_its_kb_outlet():
    doc = run(LEAD + "وقال مدير الفرع لـ«الوئام» إن العمل مستمر.")
    assert names(doc) == ["الوئام"]
    assert next(e for e in doc.entities if e.id == doc.sources[0].entity).kb == "marsad:outlet/al-weeam"


def test_the_world_after_a_verb_of_saying_is_no_paper():
    assert names(run(LEAD + "وأراد الوزير أن يقول للعالم إن بلاده لن تتراجع.")) == []
    assert names(run(LEAD + "وقال المدير لـ«العالم» إن الهجوم فشل.")) == ["العالم"]


def test_a_development_agency_tells_no_news():
    assert names(run(LEAD + "ودعا المحافظ وكالة التنمية الأميركية إلى زيادة المساعدات.")) == []


def test_an_outlet_that_made_a_call_or_an_interview_with_the_speaker():
    assert names(run(LEAD + "وقال الشيخ في اتصال هاتفي أجرته معه قناة «الإخبارية» إن الفكر دخيل.")) == ["الإخبارية"]
    assert names(run(LEAD + "وزار المصنع الذي أجرته معه الشركة قبل عام.")) == []


def test_a_paper_that_was_there_itself():
    assert names(run(LEAD + "وحضرت «عكاظ» الأمسية التي أقيمت في النادي الأدبي.")) == ["عكاظ"]


def test_a_city_named_like_a_paper_after_la_inside_a_statement_is_no_source():
    assert names(run(LEAD + "وقال المدير إن الحجاج وصلوا لـ«مكة» أمس.")) == []
    assert names(run(LEAD + "وأوضح أن القطار سينقل الزوار لـ\"المدينة\" يوميا.")) == []
    assert names(run(LEAD + "وأوضح المتحدث في تصريح لـ\"المدينة\" أن القطار سيعمل يوميا.")) == ["المدينة"]


def test_sources_that_told_a_common_word_paper_under_an_according_word():
    assert names(run(LEAD + "وحسب مصادر لـ«الوطن»، فإن الاجتماع خصص لمناقشة الميزانية.")) == ["الوطن"]
