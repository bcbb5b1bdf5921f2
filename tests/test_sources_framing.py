"""Sources layer: outlets cited without a reporting verb (a press review's verbs, a poll or report
an outlet made, a syndication credit line, a station that broadcast, an article an author wrote
in a paper) and the guards that keep the same words from naming an outlet.

Sentences written for these tests."""

from __future__ import annotations

from source_fixtures import names
from test_sources import run


def test_press_review_verbs_with_the_outlet_right_after_them():
    assert names(run("واهتمت صحيفة «ميامي هيرالد» بخبر إغلاق المصنع.")) == ["ميامي هيرالد"]
    assert names(run("وركزت مجلة «بيزنس ويك» على أرباح الشركات.")) == ["بيزنس ويك"]
    assert names(run("ووصفت صحيفة «دي ستاندارد» الخطة بأنها جريئة.")) == ["دي ستاندارد"]
    assert names(run("وانتقدت وكالة رويترز في تقريرها تأخر الإجراءات.")) == ["وكالة رويترز"]


def test_an_outlet_as_the_object_of_such_a_verb_is_not_cited():
    assert names(run("وانتقد الوزير صحيفة «الصباح الجديد» بسبب تغطيتها.")) == []
    assert names(run("واهتم الزوار بمجلة «العربي الصغير» في المعرض.")) == []


def test_speaking_after_the_name_with_bi_qawl():
    assert names(run("واكتفت وكالة رويترز بالقول إن المحادثات مستمرة.")) == ["وكالة رويترز"]
    assert names(run("وعلقت شبكة «إن إتش كيه» اليابانية بقولها إن الزلزال قوي.")) == ["إن إتش كيه"]


def test_poll_or_report_made_by_an_outlet():
    assert names(run("وأظهر استطلاع للرأي أجرته صحيفة «لو باريزيان» تراجع شعبية الحكومة.")) == ["لو باريزيان"]
    assert names(run("وبين الاستطلاع الذي قامت به شبكة «سي تي في» أن الأغلبية راضية.")) == ["سي تي في"]
    assert names(run("وكشف تحقيق أعدته وكالة رويترز عن مخالفات في العقود.")) == ["وكالة رويترز"]


def test_a_study_made_by_a_body_is_no_outlet():
    assert names(run("وأظهر استطلاع أجرته مؤسسة «غالوب» أن الثقة ارتفعت.")) == []


def test_syndication_credit_line():
    body = "وتوقع الخبراء أن تستمر الأسعار في الارتفاع.\n\n* خدمة «بوسطن غلوب»"
    assert names(run(body)) == ["بوسطن غلوب"]
    body = "وتوقع الخبراء أن تستمر الأسعار في الارتفاع.\n\n* خدمة: {رويترز}"
    assert names(run(body)) == ["رويترز"]


def test_service_inside_a_sentence_is_no_credit():
    assert names(run("وتعمل الشركة على تحسين خدمة «الدفع السريع» للعملاء.\n\nوتابع المدير حديثه.")) == []


def test_station_of_a_broadcaster_and_a_railway_station():
    assert names(run("وقال السفير لمحطة التلفزيون الوطنية «إن تي في»: «سنعود قريبا».")) == ["إن تي في"]
    assert names(run("وتعتبر محطة «الملك عبدالعزيز» للقطارات من أكبر المحطات.")) == []


def test_appearing_on_a_channel_and_an_author_writing_in_a_paper():
    assert names(run("وظهر الوزير على قناة «تي آر تي» مساء أمس وكرر موقفه.")) == ["تي آر تي"]
    assert names(run("وكتب الصحافي جون براون في صحيفة «بوسطن غلوب»: «الأزمة ستطول».")) == ["بوسطن غلوب"]
    assert names(run("وفي مقال رأي بصحيفة «لا ناسيون»، قال الكاتب إن الأزمة ستطول.")) == ["لا ناسيون"]


def test_the_official_gazette_is_no_outlet():
    assert names(run("ويعمل بالقانون بعد نشره في الجريدة الرسمية.")) == []


def test_definite_article_written_apart_from_a_quoted_name():
    assert names(run("وأصدر الحزب ما وصفته صحيفة الـ«إندبندنت» بأنه بيان غامض.")) == ["إندبندنت"]


def test_a_dotted_abbreviation_in_marks_after_an_outlet_word():
    doc = run("وقال الوزير في حديث أدلى به إلى قناة «إن. تي. في» الروسية إن الحوار مستمر.")
    assert names(doc) == ["إن. تي. في"]


def test_interview_or_talk_with_a_quoted_name():
    assert names(run("وقال الوزير في مقابلة خاصة مع «الغد» إن الحوار مستمر.")) == ["الغد"]
    assert names(run("وأوضح المدير في حديث إلى «المستقبل» أن المشروع تأخر.")) == ["المستقبل"]
    assert names(run("وعقد الوفد لقاء مع «المستقبل» لبحث المشروع.")) == []
    assert names(run("وبدأ حوار مع «لجنة المتابعة» حول المطالب.")) == []


def test_a_quoted_name_closing_a_sentence_is_no_tag():
    opening = "وبدأت الرحلة في موعدها من المحطة الرئيسية صباح أمس. "
    assert names(run(opening + "واستمع الركاب إلى أغان وأخبار «رويترز».\n\nوتابعت الرحلة.", "عنوان")) == []
    assert names(run(opening + "وارتفعت الأسعار مجددا. «رويترز»\n\nوتابعت الأسواق.", "عنوان")) == ["رويترز"]


def test_shipped_kb_knows_more_outlets():
    from marsad.document import Document
    from marsad.layers.sources import SourceLayer

    layer = SourceLayer()
    doc = Document(text="وذكر موقع «إرم نيوز» أن الاجتماع تأجل، ونقلت صحيفة «كيهان» عن مسؤول أن الرد قريب.")
    layer(doc)
    assert [s.text for s in doc.sources] == ["إرم نيوز", "كيهان"]


def test_dateline_dashes_and_slashes():
    title = "عنوان الخبر"
    assert names(run("الرياض ـ واس ـ أعلنت الهيئة إطلاق برنامج جديد للشباب.", title)) == ["واس"]
    body = "وأعلنت الهيئة إطلاق برنامج جديد للشباب في المنطقة الشرقية /واس/."
    assert names(run(body, title)) == ["واس"]


def test_an_agency_named_by_a_common_word_only_as_a_dateline_tag():
    from marsad.document import Document
    from marsad.layers.sources import SourceLayer

    layer = SourceLayer()

    def found(text: str) -> list[str]:
        doc = Document(text="عنوان الخبر\n\n" + text, title="عنوان الخبر")
        layer(doc)
        return [s.text for s in doc.sources]

    assert found("مسقط - العمانية\nاستقبل الوزير الوفد الزائر.") == ["العمانية"]
    assert found("المنامة - بنا:\nاستقبل الوزير الوفد الزائر.") == ["بنا"]
    assert found("أبها - فارس العسيري\nاستقبل الوزير الوفد الزائر.") == []
    assert found("وقال إن الثقة بنا - نحن الشعوب - كبيرة.") == []


def test_a_name_in_marks_ending_like_an_outlet_in_a_citing_construction():
    assert names(run("وبحسب «دجلة نيوز» فإن الاشتباكات استمرت حتى الصباح.")) == ["دجلة نيوز"]
    assert names(run("وذكرت «الفرات برس» أن القوات دخلت المدينة.")) == ["الفرات برس"]
    assert names(run("وقال الوزير لـ«روسيا 24» إن الحوار مستمر.")) == ["روسيا 24"]
    assert names(run("وزار الوفد فندق «غراند بوست» في وسط المدينة.")) == []


def test_a_report_an_outlet_published():
    assert names(run("وأشار تقرير نشره موقع «المونيتور» إلى أن المفاوضات متعثرة.")) == ["المونيتور"]
