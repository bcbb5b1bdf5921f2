"""Sources layer: kinds found on a probe of unlabelled articles of several outlets (kept-aside
outlets included): a country's masculine adjective after an outlet word names no outlet, a body's
official channel is no outlet, and outlets the KB lists since (a tech news portal cited without an
outlet word, a tabloid spelled with "دا", a Russian agency by its short name after "وكالة").

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_masculine_country_adjective_after_an_outlet_word_names_no_outlet():
    assert names(run("وقال الممثل في برنامج حواري على تلفزيون روسي إنه سيعتزل قريبا.")) == []
    assert names(run("وذكر موقع بريطاني متخصص أن الهاتف سيطرح في الخريف.")) == []
    # a name ending like an adjective is still a name
    assert names(run("وقالت قناة دبي إن الحفل سيقام مساء الغد.")) == ["دبي"]


def test_an_official_channel_of_a_body_is_no_outlet():
    assert names(run("وأعلن الاتحاد عبر القناة الرسمية للاتحاد أن المدرب جدد عقده.")) == []
    assert names(run("وبثت الإذاعة الرسمية للجامعة أن التسجيل يبدأ الأحد.")) == []
    # state television named by its country is an outlet
    assert names(run("ونقل التلفزيون الرسمي اليمني عن مصدر عسكري أن القصف توقف.")) == ["التلفزيون الرسمي اليمني"]


def test_outlets_the_kb_lists():
    assert names(run("ويأتي الجهاز بشاشة كبيرة بحسب البوابة العربية للأخبار التقنية.")) == [
        "البوابة العربية للأخبار التقنية"]
    assert names(run("ووصفت صحيفة دايلي ستار انتقال المهاجم بأنه صفقة الموسم.")) == ["دايلي ستار"]
    assert names(run("وقال المتحدث لوكالة ريا إن الزيارة ستتم الشهر المقبل.")) == ["وكالة ريا"]


def test_a_latin_name_with_the_article_written_on_it():
    assert names(run("وقال الوزير في مقابلة أجرتها معه محطة الـCNN الأميركية إن المحادثات مثمرة.")) == ["CNN"]


def test_a_poll_or_figures_an_outlet_made():
    assert names(run("وتصدر المدرب أكبر استفتاء أجرته إذاعة إم بي سي إف إم بين المستمعين.")) == ["إم بي سي"]
    assert names(run("وتراجعت المبيعات وفق أرقام نشرتها صحيفة الحياة أمس.")) == ["صحيفة الحياة"]


def test_an_issue_of_a_paper():
    assert names(run("وفي عدد اليوم من صحيفة «التايمز» البريطانية روى شهود تفاصيل الحادث.")) == ["التايمز"]
    assert names(run("وحضر عدد كبير من صحيفة الرياض حفل التكريم.")) == []


def test_a_closing_credit_line_with_a_paper_called_by_a_common_word():
    assert names(run("ويبقى الحوار هو الطريق الوحيد للخروج من الأزمة.\n\nنقلا عن الجزيرة")) == ["الجزيرة"]
    assert names(run("وقال الباحث نقلا عن الجزيرة العربية القديمة إن النقوش كثيرة.")) == []


def test_a_name_stops_before_a_verb_and_its_subject():
    assert names(run("وبحسب صحيفة نجم الملاعب تضمن الغلاف صورة اللاعب.")) == ["نجم الملاعب"]
    assert names(run("وذكرت صحيفة شيكاغو تريبيون الأمريكية أن المدينة تعاني.")) == ["شيكاغو تريبيون"]


def test_a_kuwaiti_paper_named_with_a_news_word():
    assert names(run("وذكرت صحيفة الأنباء الكويتية أن المجلس سيعقد جلسة طارئة.")) == ["صحيفة الأنباء الكويتية"]
    assert names(run("وأبلغ المتحدث وكالة «رويترز» للأنباء: «الوضع هادئ».")) == ["رويترز"]


def test_the_owner_of_an_official_channel_sharing_a_papers_name():
    assert names(run("وأعلن الاتحاد عبر القناة الرسمية للاتحاد أن المدرب جدد عقده.")) == []


def test_a_latin_or_quoted_name_in_apposition_after_a_definite_outlet_word():
    assert names(run("ووفقا للموقع الأمريكي XYZ فقد تأخر إطلاق الهاتف.")) == ["XYZ"]
    assert names(run("وبثت القناة الرسمية في فرنسا «فرانس تو» تقريرا عن الحادث.")) == ["فرانس تو"]
    assert names(run("وتراجعت أسهم الشركة الأمريكية ABC بنسبة كبيرة.")) == []


def test_what_an_outlet_published_in_a_relative_clause():
    assert names(run("وأكدت الوثائق التي تناولتها أيضا صحيفة «لوموند» الفرنسية أن الصفقة تمت سرا.")) == ["لوموند"]


def test_a_channel_after_a_programme_and_the_clause_of_its_host():
    assert names(run("وقال الضيف في برنامج «حديث المساء» الذي يقدمه الإعلامي خالد العمر على قناة «الإخبارية» إن "
                     "المشروع متأخر.")) == ["الإخبارية"]


def test_a_presenters_name_in_marks_after_la_is_no_outlet():
    assert names(run("وقال الوزير في حديث لـ«عبدالله العمر» إن المشروع سينتهي قريبا.")) == []
    assert names(run("وقال الوزير في حديث لـ«الشرق الأوسط» إن المشروع سينتهي قريبا.")) == ["الشرق الأوسط"]
