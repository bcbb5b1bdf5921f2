"""Sources: an outlet named inside words quoted after a colon is in what was said, not the one the
words were said to ("وأضاف: «أفضل طريقة لـ..»"); a statement an outlet broadcast or published
("في بيان بثه موقع ..") cites it. Sentences written for these tests."""

from __future__ import annotations

from source_fixtures import names, run


def test_an_outlet_inside_words_quoted_after_a_colon_received_nothing():
    s = ("باعت المجموعة الصحيفة لمستثمر ياباني. وأضاف المدير: «في هذا السوق الجديد أفضل طريق "
         "لفاينانشال تايمز أن تنضم إلى مؤسسة رقمية كبرى».")
    assert names(run(s)) == []


def test_an_outlet_told_before_the_colon_is_still_cited():
    s = "وقال وزير الخارجية لـ«الشرق الأوسط»: «نحن ماضون في الحوار»."
    assert names(run(s)) == ["الشرق الأوسط"]
    s = "وقال المتحدث لرويترز إن المحادثات ستستأنف الأسبوع المقبل."
    assert names(run(s)) == ["رويترز"]


def test_a_statement_an_outlet_broadcast_cites_it():
    s = "وقالت قيادة العمليات، في بيان بثه موقع «السومرية نيوز» الإخباري، إن القوات تقدمت في الحي."
    assert names(run(s)) == ["السومرية نيوز"]
    # a statement on a body's own site cites no outlet
    s = "وقال المدرب عبر تصريح بثه الموقع الرسمي لنادي الهلال: أنا سعيد بالفوز."
    assert names(run(s)) == []
