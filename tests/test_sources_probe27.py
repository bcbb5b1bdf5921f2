"""Sources: a kind found on develop2's train8 errors and on unlabelled articles (session 27): the
body named in marks after a spokesman's noun and "لـ" is the body he speaks for, not an outlet told
the words.

Sentences written for these tests."""

from __future__ import annotations

from source_fixtures import names, run


def test_the_body_a_spokesman_speaks_for_is_no_outlet():
    s = 'وأوضح سالم الحربي المتحدث الرسمي لـ"هيئة المساحة" أن أعمال الرصد ستبدأ الأسبوع المقبل.'
    assert names(run(s)) == []
    s = "وقال فهد العتيبي الناطق الإعلامي لـ«صحة تبوك» في بيان إن المستشفى استقبل المصابين."
    assert names(run(s)) == []
    s = "وذكرت منى الشهري المتحدثة الرسمية لـ«رقابة» أن الفرق أغلقت ثلاثة محلات."
    assert names(run(s)) == []


def test_words_said_to_a_paper_stay_cited():
    # a paper the KB knows by a common word: the spokesman told it the words
    assert names(run("وقال المتحدث الرسمي لـ«الوطن» إن الطريق سيفتح غدا.")) == ["الوطن"]
    assert names(run("وأكد مدير المستشفى لـ«الوطن» أن حالة المصابين مستقرة.")) == ["الوطن"]
