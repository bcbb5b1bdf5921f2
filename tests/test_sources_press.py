"""Sources layer: a spelled acronym after a proclitic ("لبي بي سي"), a press review's outlet
brought up by "أما", a survey an outlet ran, and an agency named by its country and its field of
news ("الوكالة اللبنانية للإعلام").

Sentences written for these tests; the shipped KB."""

from __future__ import annotations

from source_fixtures import names, run


def test_a_spelled_acronym_after_a_proclitic_received_the_words():
    assert names(run("وكان الوزير قد قال لبي بي سي قبل مغادرته إن المحادثات كانت صريحة.")) == ["بي بي سي"]
    assert names(run("وقال المتحدث لسي إن إن إن القوات انسحبت من البلدة.")) == ["سي إن إن"]


def test_a_word_made_of_a_proclitic_and_a_letter_name_alone_is_no_outlet():
    assert names(run("لبي المتطوعون نداء الجمعية وسي هو اسم القرية.")) == []


def test_a_press_review_brings_up_a_paper_with_amma_and_its_verb_after_fa():
    assert names(run('أما صحيفة "الغارديان" البريطانية فقالت إن الحكومة تأخرت في الرد.')) == ["الغارديان"]
    assert names(run("وأما وكالة سبأ فقد ذكرت أن الوفد غادر العاصمة مساء أمس.")) == ["وكالة سبأ"]


def test_amma_without_a_citing_verb_after_the_name_cites_nothing():
    assert names(run("أما صحيفة الندوة فتوزع في مدن المنطقة الغربية.")) == []
    assert names(run("أما مجلة النخبة فهي تصدر في مطلع كل شهر.")) == []


def test_an_outlet_that_ran_a_survey_is_its_source():
    body = "وتوقع خبراء استطلعت رويترز آراءهم أن يرتفع التضخم في الربع المقبل."
    assert names(run(body)) == ["رويترز"]
    assert names(run("واستطلعت البلدية آراء السكان حول مواقف السيارات.")) == []


def test_an_agency_named_by_its_country_and_its_field_of_news():
    assert names(run("وذكرت الوكالة اللبنانية للإعلام أن الحريق امتد إلى بساتين مجاورة.")) == [
        "الوكالة اللبنانية للإعلام"]
    assert names(run("وقالت الوكالة التونسية للأنباء إن الامتحانات تأجلت.")) == ["الوكالة التونسية للأنباء"]
    assert names(run("وذكرت الوكالة الدولية للطاقة الذرية أن المفتشين وصلوا.")) == []


def test_statements_given_to_a_channel_with_the_verb_of_giving_them():
    body = "وكانت التصريحات التي أدلى بها النائب لقناة الميادين قد أثارت جدلا واسعا."
    assert names(run(body)) == ["الميادين"]
    body = "وكانت التصريحات التي أدلى بها النائب لقناة فجر الشام بتاريخ 3 مايو قد أثارت جدلا واسعا."
    assert names(run(body)) == ["فجر الشام"]
    assert names(run("وأدلى الناخبون بأصواتهم لمرشحي الدائرة الأولى.")) == []


def test_an_interview_that_ran_on_a_channel_named_after_in_or_on():
    body = "وكان الوزير يجيب خلال مقابلة مع برنامج (صباح الخير) على تلفزيون أن.بي.سي عن سؤال حول الاتفاق."
    assert names(run(body)) == ["أن.بي.سي"]
    body = "وقال في مقابلة مع الصحفي سامي العلي على قناة الحرة إن المعارك ستتوقف قريبا."
    assert names(run(body)) == ["قناة الحرة"]
    assert names(run("وأجريت مقابلة مع المتقدمين في مقر الشركة على موقع التوظيف.")) == []


def test_a_station_named_in_marks_right_after_a_verb_of_news_telling():
    assert names(run("وذكرت محطة «سما» أن المفاوضات استؤنفت صباح اليوم.")) == ["سما"]
    assert names(run("وقالت محطة «النور» للقطارات إن الرحلات تأخرت ساعة.")) == []
    assert names(run("ووصل الركاب إلى محطة «الملز» مساء أمس.")) == []


def test_an_interview_word_in_marks_is_a_title_not_an_interview():
    body = "وتعيد صحف عدة نشر زاوية (حوار) يوم صدورها في جريدة الندوة كل أسبوع."
    assert names(run(body)) == []


def test_an_outlet_told_before_the_complementiser_past_its_closing_mark():
    body = "وفي وقت سابق أبلغ مسؤول في الميناء وكالة أنباء «رويترز» بأن السفينة غادرت فجرا."
    assert names(run(body)) == ["رويترز"]
