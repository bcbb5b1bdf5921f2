"""Sources layer: kinds reported on the kept-aside outlets and checked on unlabelled articles
(session 23, second round): a thing an outlet runs or plans, the object of a verb of saying before
"ل" + the outlet, is the outlet's own and says nothing of who heard the words.

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_programme_or_a_plan_for_a_channel_is_no_words_said_to_it():
    assert names(run("وقال المدير إن الهيئة تعلن برامج جديدة للقناة الثقافية في الشتاء.")) == []
    assert names(run("وكشف المدير عن خطة جديدة لقناة «الأفق» تشمل برامج حوارية.")) == []
    assert names(run("وأعلن الوزير دعما جديدا لقناة الأطفال في الميزانية.")) == []
    # a programme in construct inside the speaker's title: the agency heard the words
    assert names(run("وقال مسؤول في برنامج الغذاء لوكالة رويترز إن المساعدات وصلت.")) == ["وكالة رويترز"]
    assert names(run("وقال مدير البرنامج لـ«الأفق» إن التسجيل يبدأ غدا.")) == ["الأفق"]
    # the object after the outlet: the outlet heard the words
    assert names(run("وكشف مصدر مسؤول لـ«الأفق» أن خطة جديدة للنقل جاهزة.")) == ["الأفق"]


def test_the_paper_ain_alyoum_is_in_the_kb_but_not_its_byline():
    doc = run("وقال المدير في تصريح لـ«عين اليوم» إن المشروع سينتهي قريبا.")
    assert names(doc) == ["عين اليوم"]
    ent = next(e for e in doc.entities if e.id == doc.sources[0].entity)
    assert ent.name_en == "Ain Alyoum"
    # the paper's own byline and a dateline after it are no source
    assert names(run("سامي العلي – عين اليوم\n\nأعلنت الأمانة اليوم افتتاح الحديقة.")) == []
    assert names(run("عين اليوم – جدة\n\nأعلنت الأمانة اليوم افتتاح الحديقة.")) == []
    # "العين اليوم": the club today, not the paper
    assert names(run("ويلتقي الهلال العين اليوم في المباراة الحاسمة.")) == []


def test_a_kb_site_named_by_a_number_opening_another_sites_name():
    assert names(run("ونقل موقع 24 ساتا الإخباري عن مصادر طبية أن عدد المصابين ارتفع.")) == ["24 ساتا"]
    assert names(run("وذكر موقع 24 ساتا التركي أن الجسر أغلق.")) == ["24 ساتا"]
    # the KB site itself, alone or with its own adjective
    assert names(run("وأكد المصدر وفقا لموقع 24 أن الجسر أغلق.")) == ["موقع 24"]
    assert names(run("وقالت في رسالة عبر موقع 24 الإخباري إن الجسر أغلق.")) == ["موقع 24"]


def test_a_speaker_appearing_on_a_channel_to_say_the_words():
    assert names(run("وأطل المدير مساء أمس عبر قناة «الأفق» الفضائية ليؤكد أن الخطة ماضية.")) == ["الأفق"]
    assert names(run("وأطل المدير عبر شاشة قناة «الأفق» قائلا إن الخطة ماضية.")) == ["الأفق"]
    # no verb of saying: a passage through a canal, a debate shown on a channel
    assert names(run("ومرت السفينة عبر قناة السويس لتصل إلى الميناء.")) == []
    assert names(run("ويظهر المرشحون على قناة «الأفق» لتقديم المناظرة الأولى.")) == []


def test_the_wires_parent_company_cited_for_its_data_or_poll():
    assert names(run("وأجرت «تومسون رويترز» استطلاعا للرأي شمل مئة مصرفي.")) == ["تومسون رويترز"]
    assert names(run("وتمت الصفقة في الربع الثاني وفقا لـ«تومسون رويترز».")) == ["تومسون رويترز"]
    # an index named after it cites nobody
    assert names(run("وارتفع مؤشر تومسون رويترز للسلع الأساسية اثنين في المئة.")) == []


def test_words_in_marks_after_a_long_aside_and_the_agency_between_commas():
    text = ("وقال المسؤول، الذي اشترط عدم ذكر اسمه لأنه غير مخول بالحديث في هذا الملف الذي تتابعه اللجنة "
            "منذ شهور طويلة، لوكالة الصحافة الفرنسية، «الاتفاق لم يكتمل بعد».")
    assert names(run(text)) == ["وكالة الصحافة الفرنسية"]


def test_a_kb_paper_name_followed_by_an_outlet_suffix_names_another_site():
    assert names(run("وبحسب موقع الجزيرة أونلاين ظهر القيادي في أحد الشوارع.")) == ["الجزيرة أونلاين"]
    doc = run("وبحسب موقع الجزيرة أونلاين ظهر القيادي في أحد الشوارع.")
    assert all(e.kb != "marsad:outlet/al-jazirah" for e in doc.entities)
    assert names(run("وبحسب صحيفة الجزيرة فإن المشروع تأخر.")) == ["صحيفة الجزيرة"]


def test_a_government_service_website_is_no_outlet():
    assert names(run("بينما يشير موقع مساند إلى أن عدد المكاتب المسجلة بلغ مئة مكتب.")) == []
    assert names(run("ورفض منحه التفويض بحسب موقع المرور الإلكتروني.")) == []
    assert names(run("وأعلنت الشركة على موقع تداول أن الأرباح ارتفعت.")) == []
    # a news site keeps its place
    assert names(run("وذكر موقع سبورتس مول أن اللاعب انتقل.")) == ["سبورتس مول"]


def test_an_outlet_singled_out_of_the_media_the_words_went_to():
    text = ("وتحدث عنه رئيس النادي السابق الأستاذ سامي العلي الفلاني صراحة لوسائل الإعلام وتحديداً "
            "لقناة «الأفق» عن غياب اللاعب.")
    assert names(run(text)) == ["الأفق"]
    assert names(run("وقال المدير لوسائل الإعلام، وخاصة لقناة «الأفق»، إن العمل مستمر.")) == ["الأفق"]
    # thanks to the media: no words said
    assert names(run("وقدم الرئيس شكره لوسائل الإعلام وخاصة لقناة «الأفق» على التغطية.")) == []


def test_a_channel_named_in_marks_after_the_words_of_its_owner():
    assert names(run("وجاء الاعتراف في برنامج بثته قناة الرئيس السابق «الأفق»؛ إذ اعترف القيادي بالهزيمة.")) == ["الأفق"]
    assert names(run("وقال القيادي في مقابلة بثتها قناة حزب الله «الأفق» إن الهجوم فشل.")) == ["الأفق"]
    # a paper, then the headline it ran in marks: the paper
    assert names(run("وعنونت صحيفة ذي ستاندارد «البلاد ترحب بالضيف» على صفحتها الأولى.")) == ["ذي ستاندارد"]


def test_news_after_a_kb_agency_name_is_the_agency_itself():
    doc = run("وقال رئيس اللجنة لوكالة فارس نيوز أن البرلمان سيصوت.")
    assert [e.kb for e in doc.entities if e.id in {s.entity for s in doc.sources}] == ["marsad:agency/fars"]


def test_the_website_of_a_named_body_is_no_outlet():
    assert names(run("وتقول الخطة التي نشرت على موقع مصرف الشمال المركزي إن النمو سيتواصل.")) == []
    assert names(run("وذكر موقع هيئة الإذاعة البريطانية أن الرحلة ألغيت.")) == ["هيئة الإذاعة البريطانية"]


def test_an_outlet_stopped_or_banned_is_what_the_news_is_about():
    assert names(run("وأعلنت الهيئة تعليق صدور صحيفة الأفق حتى إشعار آخر.")) == []
    assert names(run("ونفت الوزارة منع توزيع صحيفة الحياة في أسواقها.")) == []
    assert names(run("وقررت السلطات إيقاف صحيفة الأفق لمدة شهر.")) == []
    # a comment given to a paper
    assert names(run("وقال الوزير في تعليق لصحيفة الحياة إن القرار نهائي.")) == ["صحيفة الحياة"]


def test_an_article_that_dates_or_explains_an_event_cites_no_paper():
    assert names(run("منعت من الكتابة بعد مقال في جريدة الوطن، فكيف تقرؤون هذا المنع؟")) == []
    assert names(run("وأوقف الكاتب بسبب مقالة في صحيفة الحياة.")) == []
    # words taken from the article: the paper is cited
    assert names(run("وقال الكاتب في مقال له في صحيفة الحياة إن الوضع خطير.")) == ["صحيفة الحياة"]
    assert names(run("وكتب الكاتب بعد ذلك مقالا نشر في صحيفة الحياة يقول فيه إن الوضع خطير.")) == ["صحيفة الحياة"]
