"""Sources: kinds found on develop2's train6 errors and on unlabelled articles (session 26): a
paper named with its issue or headline after it, Bloomberg News said to, and a paper's
common-word name that is the short form of a body the text named in full.

Sentences written for these tests."""

from __future__ import annotations

from marsad.document import Document, Mention
from marsad.layers.entities.add import add_entity
from source_fixtures import LAYER, names, run


def test_a_paper_followed_by_its_issue_or_headline_is_cited():
    s = "وخصصت صحيفة «الوطن» السورية في عددها الصادر أمس صفحة كاملة للحديث عن زيارة الوزير."
    assert names(run(s)) == ["الوطن"]
    s = "أما صحيفة «الأيام» فحمل عنوانها الرئيس عبارة «لا مكان للعنف»."
    assert names(run(s)) == ["الأيام"]
    s = "وحملت صحيفة «الوسط» عنوانها «يوم حزين في المدينة» فوق صورة كبيرة."
    assert names(run(s)) == ["الوسط"]


def test_a_paper_with_no_issue_after_it_stays_no_source():
    # what the paper is, not what it carried: no issue word with "ها" after its name
    assert names(run("وزار الوفد مقر صحيفة «الأيام» في المنامة أمس.")) == []
    assert names(run("ويعمل شقيقه محررا في صحيفة «الوسط» منذ عشر سنوات.")) == []


def test_bloomberg_news_received_the_words():
    s = "وقال المحلل الاقتصادي لأخبار بلومبيرج إن الطلب على الحديد سيتراجع هذا العام."
    assert names(run(s)) == ["أخبار بلومبيرج"]
    assert names(run("وذكرت بلومبرغ نيوز أن المصرف يدرس خفض الوظائف.")) == ["بلومبرغ نيوز"]


def test_a_common_word_short_for_a_body_named_in_full_is_no_paper():
    text = ("وقال «المرصد السوري لحقوق الإنسان» إنه وثق مقتل عشرين شخصا. وبحسب «المرصد»، "
            "استهدفت الغارات ثلاث بلدات في الريف.")
    doc = Document(text=text, title="")
    body = "المرصد السوري لحقوق الإنسان"
    start = text.index(body)
    add_entity(doc, "ORG", body, [Mention(start, start + len(body), body, "name")])
    LAYER(doc)
    assert names(doc) == []
    # alone, the paper of that name is cited as before
    assert names(run("وبحسب «المرصد»، ارتفعت أسعار الإيجارات في جدة.")) == ["المرصد"]


def test_a_name_completing_a_chain_of_nouns_after_a_preposition_is_no_source():
    s = "وقال المسؤول عن تنظيم سوق عكاظ المهندس سالم العتيبي: إن الفعاليات تبدأ الأسبوع المقبل."
    assert names(run(s)) == []
    assert names(run("وتنوي الهيئة إطلاق جائزة باسم سوق عكاظ للشعراء الشباب.")) == []
    # a verb of polling, not a noun, before the wire: the wire made the poll
    assert names(run("وكان اقتصاديون من خبراء استطلعت رويترز آراءهم توقعوا ارتفاع الأسعار.")) == ["رويترز"]


def test_a_social_network_in_another_spelling_is_no_outlet():
    assert names(run("ونشر المغني المقطع على حسابه في موقع «إنستاجرام» مساء أمس.")) == []
    assert names(run("وكتب اللاعب عبر موقع انستقرام أنه سعيد بالانتقال.")) == []


def test_editors_at_a_paper_work_there_and_told_the_wire():
    s = "وأبلغ محررون في صحيفة الغارديان رويترز بأن الإدارة لم تشرح أسباب القرار."
    assert names(run(s)) == ["رويترز"]


def test_an_outlet_that_showed_footage_is_cited_not_one_that_aired_a_drama():
    s = "وعرضت قناة «تي آر تي» التركية لقطات لسيارات الإسعاف أمام المبنى المنهار."
    assert names(run(s)) == ["تي آر تي"]
    assert names(run("وعرض التلفزيون الرسمي الليبي صورا للمعتقلين بعد القبض عليهم.")) == ["التلفزيون الرسمي الليبي"]
    # a drama or films it aired are no news taken from it
    assert names(run("وعرضت قناة «دبي» مسلسلا كوميديا طوال شهر رمضان.")) == []
    assert names(run("وعرض التلفزيون الفرنسي ثلاثة أفلام وثائقية عن حياة الرسام.")) == []


def test_a_site_named_in_latin_sounds_closed_by_an_adjective_of_speciality():
    s = "وأضاف المدير أنه يقود سيارة قديمة، كما نقل عنه موقع كار آند درايفر المتخصص في أخبار السيارات."
    assert names(run(s)) == ["كار آند درايفر"]
    # a ministry's site stays no outlet
    assert names(run("ويمكن التقديم عبر موقع الوزارة المتخصص في التوظيف.")) == []
